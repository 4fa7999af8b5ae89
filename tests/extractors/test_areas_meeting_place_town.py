"""Areas: the town that closes a meeting-place label is the place the meeting is held in."""

from __future__ import annotations

from entity_views import area_names as areas


def test_town_after_room_on_meeting_place_line_is_a_place() -> None:
    text = "Referat\nTirsdag den 3. marts 2020 kl. 16:00\nMødested: Byrådssalen, Tinglev\nUdvalg: Økonomiudvalget\n"
    assert areas(text) == ["Tinglev"]


def test_town_after_building_without_comma_is_a_place() -> None:
    assert areas("Mødested: Borgersalen Aarup\nMedlemmer: Jens Holm, Lise Berg\n") == ["Aarup"]


def test_town_of_postal_address_on_meeting_place_line_is_no_place() -> None:
    text = "Sted: Administrationshuset, Stationsparken 1, 7160 Tørring\nMedlemmer: Jens Holm\n"
    assert areas(text) == []


def test_room_without_town_on_meeting_place_line_gives_no_place() -> None:
    assert areas("Mødested: Byrådssalen, Rådhuset\nMedlemmer: Jens Holm\n") == []
