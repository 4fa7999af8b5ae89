"""The minutes component: meeting facts and one decision per agenda item."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from socdoc.extractors import docinfo, minutes
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
            state.published = result.meeting.date
        add_spans(doc, "decisions", result.spans)
        return doc


@Language.factory("socdoc_minutes", requires=["doc._.socdoc"], assigns=["doc.spans"])
def make_minutes(nlp: Language, name: str) -> Minutes:
    return Minutes()
