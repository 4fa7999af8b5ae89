"""Parties: museums named by one compound ("Nordbymuseet", "Skibsmuseet", "Egnsmuseerne") or a place and a
compound ("Vestby Slotsmuseum") act like any institution: they receive grants, take over tasks, run projects."""

from __future__ import annotations

from entity_views import party_names as parties


def test_museums_in_a_list_of_grant_receivers_are_parties() -> None:
    text = ("Kulturpakken fordeles mellem Søfartsmuseet, Landbrugsmuseet og Hedemuseet, "
            "der hver får 2 mio. kr. i 2024.\n")
    assert {"Søfartsmuseet", "Landbrugsmuseet", "Hedemuseet"} <= set(parties(text))


def test_place_and_museum_compound_receiving_a_grant_is_a_party() -> None:
    text = "Tidligere tilskud\n\nEgelund Slotsmuseum fik tilsagn om tilskud på kr. 300.000 til en ny trappe.\n"
    assert "Egelund Slotsmuseum" in parties(text)


def test_plural_museums_taking_over_a_task_are_a_party() -> None:
    text = "Udvalget godkendte overdragelse af driften af fyrtårnet fra foreningen til Vestegnsmuseerne.\n"
    assert "Vestegnsmuseerne" in parties(text)


def test_a_museum_in_lower_case_is_no_party() -> None:
    text = "Klassen besøgte museet i sidste uge og så udstillingen om vikingetiden.\n"
    assert parties(text) == []


def test_a_museum_in_an_agenda_title_with_its_building_is_no_party() -> None:
    text = "141 Fritidspakke 2024\n142 Kystmuseum/besøgscenter i Pakhuset – status\n143 Eventuelt\n"
    assert "Kystmuseum" not in parties(text)
