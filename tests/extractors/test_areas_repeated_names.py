"""Areas: a place inside an organisation's name stays out of areas also where the text writes
that name out again and nothing else marks it as a name (a contents line, a heading)."""

from __future__ import annotations

from socdoc.extractors.areas import find_areas
from socdoc.normalize import normalize


def areas(text: str, organisations: list[str]) -> list[str]:
    norm = normalize(text)
    return [a.name for a in find_areas(norm, text, organisations=organisations)]


def test_place_in_a_repeated_organisation_name_is_no_area() -> None:
    text = (
        "  åbent 4 Aftale med Turisme Samsø om markedsføring\n"
        "  åbent 5 Turisme Samsøs årsplan\n"
    )
    assert "Samsø" not in areas(text, ["Turisme Samsø"])


def test_place_outside_the_name_is_still_an_area() -> None:
    text = "Turisme Samsø vil have flere gæster til Samsø i skuldersæsonen."
    assert "Samsø" in areas(text, ["Turisme Samsø"])


def test_town_of_a_persons_postal_address_is_no_area() -> None:
    text = "Der er indkommet et spørgsmål fra Ida Holm, Torvegade 4, 2. th., Haderslev. Borgmesteren svarede."
    assert "Haderslev" not in areas(text, [])


def test_town_after_a_street_in_a_sentence_without_a_person_is_still_an_area() -> None:
    text = "Der åbner et nyt værested på Torvegade 4, Haderslev, til efteråret."
    assert "Haderslev" in areas(text, [])
