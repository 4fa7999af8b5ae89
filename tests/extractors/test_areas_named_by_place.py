"""Areas: a town or district that closes a body's or a project's name is no area of its own."""

from __future__ import annotations

from entity_views import area_names


def test_district_after_an_indefinite_body_word_is_part_of_the_name() -> None:
    found = area_names("Punkt 4. Afrapportering fra Miljøpunkt Vesterbro om året der gik. Mødet blev holdt i Valby.")
    assert "Vesterbro" not in found and "Valby" in found


def test_town_after_a_definite_building_stays_an_area() -> None:
    found = area_names("Mødet blev holdt på Rådhuset Skive, og derefter besøgte udvalget Vesterbro.")
    assert "Skive" in found and "Vesterbro" in found


def test_listed_village_closing_a_title_after_a_lower_case_word_is_an_area() -> None:
    text = "Dagsorden\n373. Ekspropriation. Forlængelse af stien over banen, Stensved\n374. Salg af grund\n"
    assert "Stensved" in area_names(text)


def test_unlisted_name_closing_a_title_after_a_lower_case_word_is_no_area() -> None:
    assert area_names("Dagsorden\n12. Aftale om rengøring, Hansen\n13. Eventuelt\n") == []
