"""Parties whose "for" field goes on as a list written with its later words in lower case
("Center for Familie og rådgivning"): the whole list is the name, not its first word; a definite
or plural word after "og" is an actor of its own."""

from __future__ import annotations

import pytest

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, {}))
    return [p.name.casefold() for p in parties]


@pytest.mark.parametrize("text,name", [
    ("Indsatsen i Center for Trivsel og vejledning er bygget på byrådets strategi for tidlig hjælp.",
     "center for trivsel og vejledning"),
    ("3. Udvalget for kirke, kirkegård, sognehus og præstegårdshave orienterede om sit arbejde i foråret.",
     "udvalget for kirke, kirkegård, sognehus og præstegårdshave"),
    ("Der er afsat 12 mio. kr. til initiativer på Ministeriet for Kultur, idræt og Forsknings område.",
     "ministeriet for kultur, idræt og forskning"),
])
def test_field_list_in_lower_case_belongs_to_the_name(text: str, name: str) -> None:
    found = names(text)
    assert name in found
    assert name.split(",")[0].split(" og ")[0] not in found


@pytest.mark.parametrize("text,short", [
    ("Et samarbejde mellem Center for Beskæftigelse og virksomheder i byen er sat i gang.",
     "center for beskæftigelse"),
    ("Aftalen er indgået mellem Center for Sundhed og kommunen, og den gælder i to år.",
     "center for sundhed"),
])
def test_definite_or_plural_word_after_og_is_no_part_of_the_name(text: str, short: str) -> None:
    found = names(text)
    assert not any(n.startswith(short + " og") for n in found)
