"""Areas: an unlisted farm's name that the text places something near or around ("området omkring
Egholtgård", "klubhus ved Nybjerggaard") is a landmark, not an area, in every mention; housing estates
named like farms stay areas where the text places nothing around them, and a listed estate stays one."""

from __future__ import annotations

from entity_views import area_names as areas


# farms as landmarks


def test_area_around_a_farm_names_no_area() -> None:
    text = ("Boligselskabet tager nu fat på sit næste projekt: området omkring Egholtgård. "
            "Selskabet har for nylig købt Egholtgård, den sidste gård i bydelen.\n")
    assert "Egholtgård" not in areas(text)


def test_building_near_a_farm_names_no_area() -> None:
    text = "Et nyt klubhus ved Nybjerggaard opføres i 2026.\n"
    assert areas(text) == []


# estates named like farms


def test_estate_named_like_a_farm_after_i_stays_an_area() -> None:
    text = "Helhedsplanen i Vapnagård er vedtaget, og boligerne i Tranemosegård skal renoveres.\n"
    assert areas(text) == ["Vapnagård", "Tranemosegård"]


def test_listed_estate_around_which_people_live_stays_an_area() -> None:
    text = "Beboerne omkring Hørgården har fået et nyt beboerhus.\n"
    assert areas(text) == ["Hørgården"]
