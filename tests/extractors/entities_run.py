"""The parties and areas extractors run on a raw text, with the NER model's entities set by hand."""

from __future__ import annotations

from socdoc.extractors.areas import find_areas
from socdoc.extractors.parties import find_parties, find_party_candidates
from socdoc.normalize import normalize

from model_ents import doc_with_ents


def parties(text: str, ents: dict[str, str] | None = None) -> list[str]:
    """The party names found in ``text``, with ``ents`` ({surface: label}) as the model's entities."""
    norm = normalize(text)
    found, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in found]


def areas(text: str, ents: dict[str, str] | None = None) -> list[str]:
    """The area names found in ``text``, with ``ents`` as the model's entities."""
    norm = normalize(text)
    doc = doc_with_ents(norm, ents or {})
    return [a.name for a in find_areas(norm, text, doc, parties=find_party_candidates(norm, doc))]
