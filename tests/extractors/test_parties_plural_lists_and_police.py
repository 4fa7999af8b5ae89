"""Parties: every municipality of a list closed by the plural "kommuner" (the last one too), and the
police capitalised inside a sentence as the institution."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, {}))
    return [p.name for p in parties]


def test_last_municipality_before_the_plural_is_named_too() -> None:
    found = names("Ringsted og Sorø kommuner får hver 12 millioner kroner fra puljen.\n")
    assert {"Ringsted Kommune", "Sorø Kommune"} <= set(found)


def test_three_municipalities_acting_together_in_capitals() -> None:
    found = names("I 2019 indgik Albertslund, Glostrup og Brøndby Kommuner en fælles aftale om tryghed.\n")
    assert {"Albertslund Kommune", "Glostrup Kommune", "Brøndby Kommune"} <= set(found)


def test_singular_head_after_a_list_still_names_each() -> None:
    found = names("Projektet drives af Faaborg-Midtfyn, Nyborg og Kerteminde Kommune i fællesskab.\n")
    assert {"Faaborg-Midtfyn Kommune", "Nyborg Kommune", "Kerteminde Kommune"} <= set(found)


def test_police_capitalised_as_an_object_is_a_party() -> None:
    assert "Politiet" in names("Samtidig har kommunen bedt Politiet om at opsætte skilte ved skolen.\n")


def test_police_capitalised_after_a_preposition_is_a_party() -> None:
    assert "Politiet" in names("I gruppen sidder to socialrådgivere og en medarbejder fra Politiet.\n")


def test_police_in_lower_case_after_a_preposition_is_no_party() -> None:
    assert "Politiet" not in names("Tilliden til politiet er steget i alle tre kommuner.\n")
