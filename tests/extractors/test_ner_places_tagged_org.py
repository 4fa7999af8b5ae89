"""Places the NER model tags as organisations ("i Nordby" read as ORG): after a locative word, or
closing a list of places after one, a place the gazetteers know is no party and are read as the
model's places are (socdoc.extractors.ner_evidence.model_place_spans). Entities set by hand."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from socdoc.extractors.areas import find_areas
from socdoc.extractors.parties import find_parties

sys.path.insert(0, str(Path(__file__).parent))
from model_ents import doc_with_ents  # noqa: E402


def _parties(text: str, ents: dict[str, str]) -> list[str]:
    parties, _ = find_parties(text, text, doc_with_ents(text, ents))
    return [p.name for p in parties]


def _areas(text: str, ents: dict[str, str]) -> list[str]:
    return [a.name for a in find_areas(text, text, doc_with_ents(text, ents))]


def test_a_place_after_a_locative_tagged_org_is_an_area_not_a_party() -> None:
    text = "Foreningen søger tilskud til en sommerlejr i Kragelund for 30 børn."
    assert "Kragelund" not in _parties(text, {"Kragelund": "ORG"})
    assert "Kragelund" in _areas(text, {"Kragelund": "ORG"})


def test_a_place_closing_a_list_of_places_tagged_org_is_no_party() -> None:
    text = "Folderen er omdelt i Lyngby Mark, Østre Hede og Abbetved."
    assert "Abbetved" not in _parties(text, {"Abbetved": "ORG", "Lyngby Mark": "LOC", "Østre Hede": "LOC"})


@pytest.mark.parametrize(
    "text, span",
    [
        # an organisation's word in the name: the organisation
        ("Han er ansat i Nordby Boligforening og sidder i bestyrelsen.", "Nordby Boligforening"),
        # an acronym: the organisation
        ("Sagen blev drøftet i KKR Syddanmark på mødet i marts.", "KKR Syddanmark"),
    ],
)
def test_an_organisation_after_i_is_no_area(text: str, span: str) -> None:
    assert span not in _areas(text, {span: "ORG"})


def test_an_organisation_acting_without_a_locative_is_kept() -> None:
    text = "Vestermose Ungdom har søgt om 10.000 kr. til en tur."
    assert _parties(text, {"Vestermose Ungdom": "ORG"}) == ["Vestermose Ungdom"]
