"""Areas: towns of the same name told apart by a letter ("Nykøbing F", "Nykøbing M.")."""

from __future__ import annotations

from socdoc.extractors.areas import find_areas
from socdoc.normalize import normalize


def area_names(text: str) -> list[str]:
    return [a.name for a in find_areas(normalize(text), text)]


def test_town_with_its_island_letter_is_one_area() -> None:
    found = area_names("Indsatsen begynder i Haderslev og Nykøbing F, og senere følger flere byer.")
    assert "Nykøbing F" in found
    assert "Nykøbing" not in found


def test_full_town_name_still_found() -> None:
    assert "Nykøbing Sjælland" in area_names("Et nyt værested åbner i Nykøbing Sjælland til foråret.")


def test_town_opening_a_headline_before_a_council_act_is_no_area() -> None:
    text = "Holstebro satser på flere boliger til unge\n\nHolstebro Kommune vil bygge 80 nye boliger."
    assert "Holstebro" not in area_names(text)


def test_town_after_a_locative_before_the_same_verb_stays_an_area() -> None:
    text = "Foreningerne i Holstebro satser på flere frivillige i år."
    assert "Holstebro" in area_names(text)
