"""Turn a processed spaCy Doc into a :class:`~socdoc.records.Document` record."""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Doc

from socdoc.extractors.docinfo import settle_published
from socdoc.pipeline.state import get_state
from socdoc.records import Document, ErrorInfo

# Fact lists the components may fill; anything else in the state is ignored.
FACT_FIELDS = ("amounts", "dates", "periods", "parties", "people", "areas", "focus_areas", "decisions")


def count_words(doc: Doc) -> int:
    """Tokens that are neither white space nor punctuation (read from the lexeme flags at once)."""
    if not len(doc):
        return 0
    flags = doc.to_array([IS_SPACE, IS_PUNCT])
    return int((flags.sum(axis=1) == 0).sum())


def to_record(
    doc: Doc,
    *,
    doc_id: Optional[str] = None,
    source: Optional[str] = None,
    source_url: Optional[str] = None,
    published: Optional[dt.date] = None,
    version: str = "",
) -> Document:
    """The record of one processed document."""
    state = get_state(doc)
    fields: dict[str, Any] = {name: state.facts.get(name, []) for name in FACT_FIELDS}
    errors = state.facts.get("errors") or []
    return Document(
        doc_id=doc_id,
        source=source,
        source_url=source_url or state.source_url,
        kind=state.kind,  # type: ignore[arg-type]
        published=published or settle_published(state.published, state.kind, state.facts.get("meeting")),
        title=state.title,
        n_chars=len(state.raw),
        n_words=count_words(doc),
        meeting=state.facts.get("meeting"),
        extractor_version=version,
        error=ErrorInfo(type="ComponentError", message="; ".join(errors)) if errors else None,
        **fields,
    )
