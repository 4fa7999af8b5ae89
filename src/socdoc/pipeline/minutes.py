"""The minutes component: meeting facts and one decision per agenda item."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from socdoc.extractors import dates, docinfo, minutes, periods
from socdoc.extractors.minutes_layout import parse_layout
from socdoc.extractors.minutes_lineview import line_view
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
        view = line_view(state.text)  # flattened pages with their line breaks put back; same offsets
        view_layout = parse_layout(view) if view is not state.text else None
        if state.kind != "minutes":
            weak_ok = not docinfo.media_voice(state.text.lower())
            if not minutes.layout_looks_like_minutes(layout, weak_ok=weak_ok) and not (
                    view_layout is not None and minutes.layout_looks_like_minutes(view_layout, weak_ok=weak_ok)):
                return doc
            state.kind = "minutes"
        result = minutes.extract_minutes(state.text, state.raw, state.date_candidates, state.published, layout)
        if view_layout is not None:
            result = _with_view(result, minutes.extract_minutes(view, state.raw, state.date_candidates,
                                                                state.published, view_layout))
        state.facts["meeting"] = result.meeting
        state.facts["decisions"] = result.decisions
        if result.meeting.date is not None and not doc.user_data.get("socdoc_published"):
            if result.meeting.date != state.published:
                _settle_years(doc, state, result.meeting.date)
            state.published = result.meeting.date
        add_spans(doc, "decisions", result.spans)
        return doc


def _with_view(result: minutes.MinutesResult, seen: minutes.MinutesResult) -> minutes.MinutesResult:
    """The minutes read through the line view of flattened pages where it finds more of the agenda's
    decisions than the text as it stands (whose readers of run-on pages keep the rest)."""
    return seen if len(seen.decisions) > len(result.decisions) else result


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
