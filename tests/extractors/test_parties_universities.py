"""Parties: the Danish universities are listed institutions ("Aarhus Universitet", "Syddansk
Universitet"), found by their names without the model."""

from __future__ import annotations

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, None)
    return [p.name for p in parties]


def test_university_receiving_a_grant_is_a_party() -> None:
    found = names("Aarhus Universitet får fem millioner kroner til et nyt forskningsprojekt om hjemløshed.")
    assert "Aarhus Universitet" in found


def test_university_known_by_its_acronym() -> None:
    found = names("Roskilde Universitet (RUC) evaluerer indsatsen, og RUC afleverer rapporten i foråret.")
    assert found == ["Roskilde Universitet"]
