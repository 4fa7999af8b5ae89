"""The minutes extractor run on a raw text, checking that every participant and decision keeps its offsets."""

from __future__ import annotations

from socdoc.extractors import dates
from socdoc.extractors.minutes import MinutesResult, extract_minutes
from socdoc.normalize import normalize


def run(raw: str) -> MinutesResult:
    text = normalize(raw)
    result = extract_minutes(text, raw, dates.find_candidates(text))
    for person in result.meeting.participants:
        assert person.start is not None and text[person.start:person.end] == person.name
    for d in result.decisions:
        assert d.start is not None and raw[d.start:d.end] == d.text
    return result
