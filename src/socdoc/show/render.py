"""One document as a self-contained HTML page with every fact highlighted.

>>> from socdoc.records import Amount, Document
>>> text = "Kommunen giver 8,1 mio. kr. årligt."
>>> doc = Document(amounts=[Amount(start=15, end=27, text="8,1 mio. kr.", value=8100000, per_year=True)])
>>> page = render_document(text, doc)
>>> 'title="Amount: 8.100.000 kr. (årligt) [DKK 8100000]"' in page
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, Optional, Sequence

import jinja2

from socdoc.records import Decision, Document, Mention
from socdoc.show import values
from socdoc.show.segments import Highlight, clip, events


@dataclass(frozen=True)
class Kind:
    """A fact type on the page: its CSS name, legend label and colour."""

    name: str
    label: str
    colour: str
    underline: bool = False


KINDS: tuple[Kind, ...] = (
    Kind("amount", "Amounts", "#ffd166"),
    Kind("date", "Dates", "#9ad0f5"),
    Kind("period", "Periods", "#b8e0a0", underline=True),
    Kind("party", "Parties", "#f4a6a6"),
    Kind("person", "People", "#d5b3f0"),
    Kind("participant", "Participants", "#e6ccff"),
    Kind("area", "Areas", "#a0e0d8"),
    Kind("focus_area", "Focus areas", "#f7c59f", underline=True),
    Kind("decision", "Decisions", "#c7c7f2", underline=True),
    Kind("decision_step", "Earlier decisions", "#dcdcdc", underline=True),
)
"""Every kind in legend order; the colours are light enough for black text."""

KIND_BY_NAME = {kind.name: kind for kind in KINDS}


@dataclass(frozen=True)
class OffsetProblem:
    """A fact whose offsets fall outside the text or do not give its ``text``."""

    fact: str
    expected: str
    found: Optional[str]


def _located(text: str, fact_id: str, start: Optional[int], end: Optional[int], surface: str,
             problems: list[OffsetProblem]) -> bool:
    """True when ``[start, end)`` is a usable span; records a problem when it is not exact."""
    if start is None or end is None:
        return False
    if not 0 <= start < end <= len(text):
        problems.append(OffsetProblem(fact_id, surface, None))
        return False
    found = text[start:end]
    if surface and found != surface:
        problems.append(OffsetProblem(fact_id, surface, found))
    return True


def _mention_spans(start: int, end: int, surface: str, mentions: Sequence[Mention]) -> list[tuple[int, int, str]]:
    spans = {(m.start, m.end): m.text for m in mentions}
    spans.setdefault((start, end), surface)
    return [(s, e, t) for (s, e), t in sorted(spans.items())]


def _join(*parts: Optional[str]) -> str:
    return " · ".join(p for p in parts if p)


def _decision_title(decision: Decision) -> str:
    return "Decision: " + values.decision_text(decision)


def highlights(text: str, doc: Document, problems: Optional[list[OffsetProblem]] = None) -> list[Highlight]:
    """Every located fact of ``doc`` as highlights of ``text``; bad offsets go to ``problems``."""
    probs: list[OffsetProblem] = [] if problems is None else problems
    out: list[Highlight] = []

    def add(kind: str, i: object, start: Optional[int], end: Optional[int], surface: str, title: str,
            **data: str) -> None:
        fact = f"{kind}-{i}"
        if _located(text, fact, start, end, surface, probs):
            out.append(Highlight(start, end, kind, title, fact, tuple(data.items())))  # type: ignore[arg-type]

    for i, a in enumerate(doc.amounts):
        raw = values.amount_raw(a)
        add("amount", i, a.start, a.end, a.text, f"Amount: {values.amount_text(a)} [DKK {raw}]",
            value=raw, per_year=str(a.per_year).lower())
    for i, d in enumerate(doc.dates):
        note = " (year from context)" if d.year_inferred else ""
        add("date", i, d.start, d.end, d.text, f"Date: {d.date.isoformat()}{note}", value=d.date.isoformat())
    for i, p in enumerate(doc.periods):
        add("period", i, p.char_start, p.char_end, p.text, f"Period: {values.period_text(p.start, p.end)}",
            value=f"{p.start.isoformat()}/{p.end.isoformat()}")
    named = (("party", doc.parties, "Party"), ("area", doc.areas, "Area"))
    for kind, facts, label in named:
        for i, f in enumerate(facts):
            title = f"{label}: {f.name}" + (f" ({f.type})" if f.type else "")
            for start, end, surface in _mention_spans(f.start, f.end, f.text, f.mentions):
                add(kind, i, start, end, surface, title, value=f.name)
    for i, person in enumerate(doc.people):
        title = "Person: " + _join(person.name, person.role, f"party {person.party}" if person.party else None)
        for start, end, surface in _mention_spans(person.start, person.end, person.text, person.mentions):
            add("person", i, start, end, surface, title, value=person.name)
    for i, focus in enumerate(doc.focus_areas):
        add("focus_area", i, focus.start, focus.end, focus.text, f"Focus area: {focus.name}", value=focus.name)
    if doc.meeting is not None:
        absent = set(doc.meeting.absent)
        for i, att in enumerate(doc.meeting.participants):
            title = "Participant: " + _join(att.name, f"party {att.party}" if att.party else None,
                                            "absent" if att.name in absent else None)
            add("participant", i, att.start, att.end, "", title, value=att.name)
    for i, dec in enumerate(doc.decisions):
        add("decision", i, dec.start, dec.end, dec.text, _decision_title(dec), value=dec.outcome)
        for j, step in enumerate(dec.history):
            title = "Earlier decision: " + _join(step.body, step.outcome)
            add("decision_step", f"{i}-{j}", step.start, step.end, step.text, title, value=step.outcome)
    return out


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The Jinja2 environment of the page templates, with HTML autoescaping on."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("socdoc.show", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def _counts(hls: Iterable[Highlight]) -> dict[str, int]:
    facts: dict[str, set[str]] = {}
    for hl in hls:
        facts.setdefault(hl.kind, set()).add(hl.fact)
    return {kind: len(ids) for kind, ids in facts.items()}


def _legend(hls: list[Highlight]) -> Iterator[tuple[Kind, int]]:
    counts = _counts(hls)
    for kind in KINDS:
        yield kind, counts.get(kind.name, 0)


def render_document(text: str, doc: Document, *, title: Optional[str] = None) -> str:
    """The HTML page of ``doc``, whose offsets point into ``text``."""
    problems: list[OffsetProblem] = []
    hls = highlights(text, doc, problems)
    kept, _ = clip(hls, len(text))
    template = environment().get_template("document.html.j2")
    return template.render(
        page_title=title or doc.title or doc.doc_id or "socdoc",
        doc=doc,
        text_length=len(text),
        events=events(text, kept),
        legend=list(_legend(kept)),
        kinds=KINDS,
        problems=problems,
        values=values,
    )
