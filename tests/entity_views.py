"""What the entity extractors find in a text, as plain names: the shared view of the extractor tests."""

from __future__ import annotations

from socdoc.extractors.areas import find_areas
from socdoc.extractors.parties import find_parties, find_party_candidates
from socdoc.normalize import normalize


def party_names(text: str) -> list[str]:
    """The names of the parties found in ``text``, in text order."""
    parties, _ = find_parties(normalize(text), text)
    return [p.name for p in parties]


def area_names(text: str) -> list[str]:
    """The names of the areas found in ``text``, with the party candidates the pipeline gives them."""
    norm = normalize(text)
    return [a.name for a in find_areas(norm, text, parties=find_party_candidates(norm))]
