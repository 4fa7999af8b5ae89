"""A spaCy doc whose model entities are set by hand, so the entity rules are tested on their own."""

from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc

_NLP = spacy.blank("da")


def doc_with_ents(text: str, ents: dict[str, str]) -> Doc:
    """A doc of ``text`` whose entities are the given surface strings with their labels."""
    doc = _NLP.make_doc(text)
    spans = []
    for surface, label in ents.items():
        for m in re.finditer(re.escape(surface), text):
            span = doc.char_span(m.start(), m.end(), label=label, alignment_mode="expand")
            if span is not None and not any(span.start < s.end and s.start < span.end for s in spans):
                spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc
