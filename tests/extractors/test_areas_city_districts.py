"""Areas: harbour districts and neighbourhoods of the larger cities, and a well-known estate, named
without a locative word."""

from __future__ import annotations

from entity_views import area_names as areas


def test_harbour_districts_named_as_objects() -> None:
    text = "Udvalget ønsker at inddrage Sluseholmen og Teglholmen i arbejdet med den nye plan.\n"
    assert areas(text) == ["Sluseholmen", "Teglholmen"]


def test_harbour_islands_of_the_capital() -> None:
    text = "Der er stadig få beboere på Refshaleøen, mens Margretheholm vokser.\n"
    assert areas(text) == ["Refshaleøen", "Margretheholm"]


def test_district_after_for_in_a_plan_title() -> None:
    assert areas("Kommunen har vedtaget en helhedsplan for Nordbyen i år.\n") == ["Nordbyen"]


def test_estate_after_a_body_of_its_own_name() -> None:
    assert "Høje Gladsaxe" in areas("Der skal være plads til alle i Høje Gladsaxe, siger formanden.\n")


def test_lower_case_direction_is_no_district() -> None:
    assert areas("Trafikken i nordbyen er tæt om morgenen.\n") == []
