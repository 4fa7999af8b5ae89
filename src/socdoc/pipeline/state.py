"""Per-document state that socdoc's components share through ``doc._.socdoc``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Optional

from spacy.tokens import Doc

from socdoc.extractors.dates import DateCandidate


@dataclass
class DocState:
    """What the components know about one document.

    ``text`` is the normalised text the Doc was made from; ``raw`` is the text the user passed in
    (same length), which facts quote.
    """

    raw: str
    text: str
    kind: str = "article"
    published: Optional[dt.date] = None
    source_url: Optional[str] = None
    title: Optional[str] = None
    date_candidates: list[tuple[DateCandidate, Optional[int]]] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)


def register_extensions() -> None:
    """Register the ``doc._.socdoc`` extension once."""
    if not Doc.has_extension("socdoc"):
        Doc.set_extension("socdoc", default=None)


# Where spaCy keeps ``doc._.socdoc`` (``Underscore._get_key`` of a Doc): read there directly, since
# every component and extractor asks for the state and ``doc._`` builds an object on each access.
_STATE_KEY = ("._.", "socdoc", None, None)


def get_state(doc: Doc) -> DocState:
    """The document's state, created on first use."""
    state = doc.user_data.get(_STATE_KEY)
    if state is None:
        state = doc._.socdoc
    if state is None:
        text = doc.user_data.get("socdoc_text")
        if text is None:
            text = doc.text
        state = DocState(raw=doc.user_data.get("socdoc_raw", text), text=text)
        doc._.socdoc = state
    return state


def add_spans(doc: Doc, key: str, offsets: list[tuple[int, int]]) -> None:
    """Expose fact offsets as ``doc.spans[key]`` (token-aligned, expanded)."""
    spans = []
    for start, end in offsets:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[key] = spans
