"""socdoc's spaCy components, registered with ``@Language.factory``.

Each component reads the shared :class:`~socdoc.pipeline.state.DocState`, calls one extractor
and writes its facts to the state and to ``doc.spans[<fact type>]``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from spacy.language import Language
from spacy.tokens import Doc

from socdoc.extractors import amounts, dates, docinfo, periods
from socdoc.pipeline.state import DocState, add_spans, get_state, register_extensions

register_extensions()


class DocInfo:
    """Kind, own date, source URL and title; also the date candidates later components use.

    A kind or date given in ``doc.user_data`` (``socdoc_kind``, ``socdoc_published``: a later piece
    of a long text inherits them from the first) is kept.
    """

    def __call__(self, doc: Doc) -> Doc:
        state = get_state(doc)
        state.date_candidates = dates.find_candidates(state.text)
        state.kind = doc.user_data.get("socdoc_kind") or docinfo.classify(state.text)
        given = doc.user_data.get("socdoc_published")
        state.published = (
            dt.date.fromisoformat(given)
            if given
            else docinfo.find_published(state.text, state.date_candidates, state.kind)
        )
        state.source_url = docinfo.find_source_url(state.raw)
        state.title = docinfo.find_headline(state.raw)
        return doc


class FactComponent:
    """Run one extractor over the document state; store its facts and their spans under ``key``."""

    def __init__(self, key: str, find: Callable[[DocState], list[Any]]):
        self.key = key
        self.find = find

    def __call__(self, doc: Doc) -> Doc:
        state = get_state(doc)
        found = self.find(state)
        state.facts[self.key] = found
        add_spans(doc, self.key, [fact.offsets for fact in found])
        return doc


def _amounts(state: DocState) -> list[Any]:
    return amounts.find_amounts(state.text, state.raw)


def _dates(state: DocState) -> list[Any]:
    return dates.resolve(state.text, state.raw, state.date_candidates, state.published)


def _periods(state: DocState) -> list[Any]:
    return periods.find_periods(state.text, state.raw, state.date_candidates, state.published)


@Language.factory("socdoc_docinfo", assigns=["doc._.socdoc"])
def make_docinfo(nlp: Language, name: str) -> DocInfo:
    return DocInfo()


@Language.factory("socdoc_amounts", requires=["doc._.socdoc"], assigns=["doc.spans"])
def make_amounts(nlp: Language, name: str) -> FactComponent:
    """Money amounts in DKK."""
    return FactComponent("amounts", _amounts)


@Language.factory("socdoc_dates", requires=["doc._.socdoc"], assigns=["doc.spans"])
def make_dates(nlp: Language, name: str) -> FactComponent:
    """Calendar dates, years settled from the document's date or context."""
    return FactComponent("dates", _dates)


@Language.factory("socdoc_periods", requires=["doc._.socdoc"], assigns=["doc.spans"])
def make_periods(nlp: Language, name: str) -> FactComponent:
    """Periods with a start and an end."""
    return FactComponent("periods", _periods)
