"""Areas: a listed town or village whose first word is written abbreviated
("Kr." for Kirke, "Nr." for Nørre, "Sdr." for Sønder) names the same place."""

from __future__ import annotations

from entity_views import area_names as areas


def test_abbreviated_first_word_of_a_listed_town_is_the_town() -> None:
    found = areas("Skolebestyrelsen holder næste møde på afdelingen i Kr. Hyllinge den 4. marts.")
    assert "Kr. Hyllinge" in found


def test_abbreviated_village_still_needs_a_locative_word() -> None:
    assert "Nr. Søby" in areas("Der etableres en ny cykelsti ved Nr. Søby i løbet af foråret.")
    assert "Nr. Søby" not in areas("Nr. Søby Cykelklub takkede for tilskuddet til det nye klubhus.")


def test_abbreviation_before_an_unlisted_word_is_no_new_place() -> None:
    assert not areas("Nr. Beskrivelse\n1. Godkendelse af dagsorden\n")
