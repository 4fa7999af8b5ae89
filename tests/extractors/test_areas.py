"""Areas: housing areas, towns, municipalities as places; not countries, streets, organisations."""

from __future__ import annotations

from entity_views import area_names as areas


def test_housing_areas_by_gazetteer_and_shape() -> None:
    text = "Helhedsplanen dækker Agervang, Ladegårdsparken og Bøgeparken i Holbæk."
    assert areas(text) == ["Agervang", "Ladegårdsparken", "Bøgeparken", "Holbæk"]


def test_municipality_as_place_and_party() -> None:
    assert "Holbæk Kommune" in areas("de tre større boligområder i Holbæk Kommune")
    assert areas("Holbæk Kommune har indgået en aftale.") == []


def test_countries_and_streets_are_not_areas() -> None:
    text = "Danmarks største boligområde ligger i Danmark. Sekretariatet flytter til Stengårdsvej 61."
    assert areas(text) == []


def test_place_inside_organisation_name_is_no_area() -> None:
    assert areas("Jobcenter Aarhus og Aarhus Kommune samarbejder.") == []


def test_compass_part_and_genitive() -> None:
    assert areas("en ny bymidte i Aalborg Øst") == ["Aalborg Øst"]
