"""The minutes component: meeting facts and one decision per agenda item."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from socdoc.extractors import dates, docinfo, minutes, periods
from socdoc.extractors.minutes_layout import parse_layout
from socdoc.pipeline.state import add_spans, get_state, register_extensions

register_extensions()


class Minutes:
    """Meeting, agenda items and their decisions for council and committee minutes.

    Runs on documents classified as minutes, and on any text whose agenda items carry decision
    sections (the kind is then corrected to ``minutes``). The meeting date becomes the
    document's date unless the caller gave one.
    """

    def __call__(self, doc: Doc) -> Doc:
        state = get_state(doc)
        layout = parse_layout(state.text)
        if state.kind != "minutes":
            if not minutes.layout_looks_like_minutes(layout, weak_ok=not docinfo.media_voice(state.text.lower())):
                return doc
            state.kind = "minutes"
        result = minutes.extract_minutes(state.text, state.raw, state.date_candidates, state.published, layout)
        state.facts["meeting"] = result.meeting
        state.facts["decisions"] = result.decisions
        if result.meeting.date is not None and not doc.user_data.get("socdoc_published"):
            if result.meeting.date != state.published:
                _settle_years(doc, state, result.meeting.date)
            state.published = result.meeting.date
        add_spans(doc, "decisions", result.spans)
        return doc


def _settle_years(doc: Doc, state: Any, meeting_date: Any) -> None:
    """Dates and periods written without a year took it from the document's date as the header gave it (or
    from the nearest year in the text when the header had none, as in a converted PDF whose meeting line is
    long): settle them again from the meeting date the minutes extractor found."""
    if not any(cand.year is None for cand, _ in state.date_candidates):
        return
    found = dates.resolve(state.text, state.raw, state.date_candidates, meeting_date)
    state.facts["dates"] = found
    add_spans(doc, "dates", [fact.offsets for fact in found])
    spans = periods.find_periods(state.text, state.raw, state.date_candidates, meeting_date)
    state.facts["periods"] = spans
    add_spans(doc, "periods", [fact.offsets for fact in spans])


@Language.factory("socdoc_minutes", requires=["doc._.socdoc"], assigns=["doc.spans"])
def make_minutes(nlp: Language, name: str) -> Minutes:
    return Minutes()
