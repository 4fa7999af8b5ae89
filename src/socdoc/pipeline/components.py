"""socdoc's spaCy components, registered with ``@Language.factory``.

Each component reads the shared :class:`~socdoc.pipeline.state.DocState`, calls one extractor
and writes its facts to the state and to ``doc.spans[<fact type>]``.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from socdoc.extractors import amounts, dates, docinfo, periods
from socdoc.pipeline.state import add_spans, get_state, register_extensions

register_extensions()


class DocInfo:
    """Kind, own date, source URL and title; also the date candidates later components use."""

    def __call__(self, doc: Doc) -> Doc:
        state = get_state(doc)
        state.date_candidates = dates.find_candidates(state.text)
        state.kind = docinfo.classify(state.text)
        given = doc.user_data.get("socdoc_published")
        state.published = (
            dt.date.fromisoformat(given)
            if given
            else docinfo.find_published(state.text, state.date_candidates, state.kind)
        )
        state.source_url = docinfo.find_source_url(state.raw)
        state.title = docinfo.find_title(state.raw)
        return doc


class Amounts:
    """Money amounts in DKK."""

    def __call__(self, doc: Doc) -> Doc:
        state = get_state(doc)
        found = amounts.find_amounts(state.text, state.raw)
        state.facts["amounts"] = found
        add_spans(doc, "amounts", [(a.start, a.end) for a in found])
        return doc


class Dates:
    """Calendar dates, years settled from the document's date or context."""

    def __call__(self, doc: Doc) -> Doc:
        state = get_state(doc)
        found = dates.resolve(state.text, state.raw, state.date_candidates, state.published)
        state.facts["dates"] = found
        add_spans(doc, "dates", [(d.start, d.end) for d in found])
        return doc


class Periods:
    """Periods with a start and an end."""

    def __call__(self, doc: Doc) -> Doc:
        state = get_state(doc)
        found = periods.find_periods(state.text, state.raw, state.date_candidates, state.published)
        state.facts["periods"] = found
        add_spans(doc, "periods", [(p.char_start, p.char_end) for p in found])
        return doc


@Language.factory("socdoc_docinfo", assigns=["doc._.socdoc"])
def make_docinfo(nlp: Language, name: str) -> DocInfo:
    return DocInfo()


@Language.factory("socdoc_amounts", requires=["doc._.socdoc"], assigns=["doc.spans"])
def make_amounts(nlp: Language, name: str) -> Amounts:
    return Amounts()


@Language.factory("socdoc_dates", requires=["doc._.socdoc"], assigns=["doc.spans"])
def make_dates(nlp: Language, name: str) -> Dates:
    return Dates()


@Language.factory("socdoc_periods", requires=["doc._.socdoc"], assigns=["doc.spans"])
def make_periods(nlp: Language, name: str) -> Periods:
    return Periods()
