"""Areas: the town of a firm's address, and a municipality named as the scope of a plan."""

from __future__ import annotations

import socdoc

from entity_views import area_names as areas


def test_town_of_a_firms_address_is_no_area() -> None:
    text = "Trykkeriet er en moderne virksomhed med adresse på Industrivej 4 i Brande. Udvalget besøger stedet."
    assert "Brande" not in areas(text)


def test_town_where_something_happens_is_still_an_area() -> None:
    text = "Kommunen åbner et nyt bibliotek i Brande til foråret."
    assert "Brande" in areas(text)


def test_region_of_a_broadcaster_is_no_area() -> None:
    assert "Fyn" not in areas("Det oplyser TV 2 Fyn, som har talt med flere af beboerne.")
    assert "Nordjylland" not in areas("Sagen blev først omtalt af TV2 Nordjylland i sidste uge.")


def test_municipality_after_an_adjective_is_the_territory() -> None:
    text = "Dagsorden:\n- Scenarier for fossilfrie Holstebro Kommune 2035\n- Energirådgivning til boligejere"
    assert "Holstebro Kommune" in areas(text)


def test_district_led_by_its_town_in_the_genitive_is_one_area() -> None:
    found = areas("Festivalen flytter i år til Københavns Nørrebro, hvor der er mere plads.")
    assert "Københavns Nørrebro" in found


def test_district_and_town_apart_stay_two_areas() -> None:
    found = areas("Vi har åbnet et nyt kontor i Vollsmose i Odense.")
    assert "Vollsmose" in found and "Odense" in found


def test_municipalities_with_suspended_hyphens_after_a_locative_are_places() -> None:
    record = socdoc.extract("Pengene går til foreninger i Odder-, Skanderborg- og Horsens Kommune.")
    names = {a.name for a in record.areas}
    assert {"Odder Kommune", "Skanderborg Kommune"} <= names
    assert "Horsens Kommune" not in {p.name for p in record.parties}
