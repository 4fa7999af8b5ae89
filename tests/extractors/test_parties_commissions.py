"""Parties: a commission named by its field in one word ("Taksationskommissionen", "Ungdomskommissionen")
is a body that acts; the indefinite word of a body yet to be formed ("en ny fælles Beredskabskommission")
names none."""

from __future__ import annotations

import pytest

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, {}))
    return [p.name for p in parties]


@pytest.mark.parametrize("text,name", [
    ("21. Nordvej 7 - Afgørelse fra Taksationskommissionen - Lukket punkt\n", "Taksationskommissionen"),
    ("Regeringens udspil følger mange af anbefalingerne fra Ungdomskommissionen og bliver nu til lov.",
     "Ungdomskommissionen"),
    ("Trivselskommissionen afleverede i går sine anbefalinger til ministeren.", "Trivselskommissionen"),
])
def test_commission_in_the_definite_is_a_party(text: str, name: str) -> None:
    assert name in names(text)


def test_commission_to_be_formed_is_no_party() -> None:
    text = "Valg af medlemmer til en ny fælles Beredskabskommission for de to kommuner pr. 1. januar."
    assert not any("kommission" in n.lower() for n in names(text))
