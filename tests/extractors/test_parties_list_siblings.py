"""Parties: an unnamed item of a list of organisations is an organisation too."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, {}))
    return [p.name for p in parties]


def test_item_between_two_organisations_is_one() -> None:
    text = ("Projektet er et samarbejde mellem Realdania, Nordlys Rådgivning, KAB og Socialstyrelsen, "
            "og det løber i tre år.")
    assert "Nordlys Rådgivning" in names(text)


def test_last_item_after_the_closing_joint_is_one() -> None:
    text = "Partnerskabet består af Bikubenfonden, Socialstyrelsen, KAB og Falck."
    assert "Falck" in names(text)


def test_a_persons_name_in_the_list_is_no_organisation() -> None:
    text = "Aftalen blev underskrevet af KL, Danske Regioner og Anders Holm i går."
    assert "Anders Holm" not in names(text)


def test_a_place_in_the_list_is_no_organisation() -> None:
    text = "Pengene går til Socialstyrelsen, Realdania og Vejle, hvor projektet skal køre."
    assert "Vejle" not in names(text)


def test_the_plural_of_municipalities_closing_a_list_is_no_organisation() -> None:
    text = "Bikubenfonden, Realdania og Egedal Kommuner har fået ni millioner kroner."
    assert "Egedal Kommuner" not in names(text)


def test_a_clause_after_the_list_is_not_read_as_an_item() -> None:
    text = "Både KL og Danske Regioner har sagt ja, og Ministeren er enig."
    assert "Ministeren" not in names(text)
