"""Areas: places inside the names of institutions and bodies are no areas of their own."""

from __future__ import annotations

from entity_views import area_names as areas


def test_town_before_plural_institution_is_part_of_its_name() -> None:
    assert areas("Budgettet for Haslev Skolerne og Haslev Hallerne blev godkendt.\n") == []


def test_town_after_hospital_head_is_part_of_its_name() -> None:
    assert areas("Kvartalsrapport for Universitetshospital Nordby, 3. kvartal 2019.\n") == []


def test_places_coordinated_before_organisation_tail_are_part_of_its_name() -> None:
    assert areas("Zonen grænser op til Nordsjællands og Københavns Politi.\n") == []


def test_coordinated_towns_without_organisation_stay() -> None:
    assert areas("Der bygges nye skoler i Esbjerg, Varde og Fanø.\n") == ["Esbjerg", "Varde", "Fanø"]


def test_name_after_body_kind_written_small_is_the_body() -> None:
    text = ("Derfor vil beboernes boligselskab, Egebo, tømme tre opgange. Rådet fik en indstilling fra "
            "Ældre Sagen, lokalafdeling Hvidovre.\n")
    assert areas(text) == []


def test_estate_after_area_word_stays() -> None:
    assert areas("Helhedsplanen for boligområdet Egeparken er vedtaget.\n") == ["Egeparken"]
