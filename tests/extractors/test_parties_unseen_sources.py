"""Parties in documents from publishers not seen before: a region named only as the place of a
service in a text that deals with the region's own council."""

from __future__ import annotations

import pytest

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, {}))
    return [p.name for p in parties]


# a region named only after "i", in a text about the region's council or house: the organisation


@pytest.mark.parametrize("text", [
    "Regionsrådet behandlede sagen på sit møde.\n\n4. Oversigt over botilbud i Region Midtjylland",
    "Ole Brink er regionsrådsmedlem i Region Nordjylland og sidder i udvalget.",
    "Mødet holdes i Regionshuset.\n\nPladserne på de psykiatriske afdelinger i Region Sjælland er optaget.",
])
def test_region_only_as_a_place_acts_where_its_council_is_named(text: str) -> None:
    assert any(n.startswith("Region ") for n in names(text))


@pytest.mark.parametrize("text", [
    "Fonden uddeler 3 mio. kr. til projekter og aktiviteter i Region Syddanmark.",
    "En del af midlerne skal bruges på foreningsliv i Region Sjælland, og resten fordeles senere.",
])
def test_region_only_as_a_place_without_its_council_is_no_party(text: str) -> None:
    assert not any(n.startswith("Region ") for n in names(text))
