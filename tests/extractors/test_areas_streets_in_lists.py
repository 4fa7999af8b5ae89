"""Areas: streets named in lists beside estates, a zone's boundary or a department's addresses."""

from __future__ import annotations

from entity_views import area_names as areas


def test_streets_listed_with_an_estate_are_no_areas() -> None:
    text = ("Helhedsplanen gælder Afd. 12 Engparken, Tjørnevej og Hasselvej, 8200 Aarhus N, hvor "
            "beboerne selv har valgt indsatserne.\n")
    assert areas(text) == ["Engparken"]


def test_streets_of_a_renovated_department_are_no_areas() -> None:
    text = ("Boligforeningen har længe arbejdet med en plan for boligerne på Solsikkevej, Lupinvej og "
            "Valmuevej i Vestparken, hvor 400 lejligheder skal moderniseres.\n")
    assert areas(text) == ["Vestparken"]


def test_estate_inside_a_list_of_boundary_streets_is_the_street() -> None:
    text = ("Zonen er afgrænset af Skovbrynet, Nordre Ringvej, Ellemosevej, Mileparken, Stationsvej og "
            "Industrivej. Politiet vurderer zonen igen efter to uger.\n")
    assert "Mileparken" not in areas(text)


def test_estate_opening_a_list_with_its_streets_stays() -> None:
    text = "Indsatsen omfatter Mileparken, Kildevej og Engvej samt området ved stationen.\n"
    assert areas(text) == ["Mileparken"]


def test_estates_listed_together_stay() -> None:
    text = "Helhedsplanen dækker Vestparken, Engparken og Mileparken i den sydlige bydel.\n"
    assert areas(text) == ["Vestparken", "Engparken", "Mileparken"]

