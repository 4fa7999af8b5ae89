"""The people extractor run on a raw text, with the NER model's person names given by hand."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from socdoc.extractors.people import find_people
from socdoc.normalize import normalize


@dataclass
class _Ent:
    start_char: int
    end_char: int
    label_: str = "PER"


@dataclass
class _Doc:
    """Stands in for a spaCy Doc whose NER model found the given person names."""

    ents: list[_Ent]


def _model(text: str, *names: str) -> _Doc:
    ents = [_Ent(m.start(), m.end()) for name in names for m in re.finditer(re.escape(name), text)]
    return _Doc(sorted(ents, key=lambda e: e.start_char))


def people(text: str, *model_names: str, blocked: tuple[str, ...] = ()) -> dict[str, Any]:
    """The people of ``text`` by name; ``model_names`` are what the model found, ``blocked`` the
    spans other entities took."""
    spans = [(m.start(), m.end()) for b in blocked for m in re.finditer(re.escape(b), text)]
    doc = _model(text, *model_names) if model_names else None
    return {p.name: p for p in find_people(normalize(text), text, doc, None, spans)}
