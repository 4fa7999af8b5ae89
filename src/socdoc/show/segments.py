"""Turn possibly overlapping character spans into well-nested HTML pieces.

Facts may nest (a date inside a decision text), share boundaries, or cross (an amount that
starts inside one period and ends after it). :func:`segments` cuts the text at every span
boundary; :func:`events` walks those segments with a stack of open spans and emits
``open``/``text``/``close`` events that always nest properly. A span is split into several
pieces only where it crosses another one; every piece keeps the span's kind, fact id and
hover text.

>>> hl = [Highlight(0, 5, "amount", "a", "amount-0"), Highlight(3, 8, "period", "p", "period-0")]
>>> [(s.start, s.end, [h.fact for h in s.highlights]) for s in segments(10, hl)]
[(0, 3, ['amount-0']), (3, 5, ['amount-0', 'period-0']), (5, 8, ['period-0']), (8, 10, [])]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Literal, Optional, Union

KIND_ORDER: tuple[str, ...] = (
    "decision", "decision_step", "focus_area", "period", "party", "area", "person", "participant",
    "amount", "date",
)
"""Kinds from outermost to innermost, used when two spans cover exactly the same text."""


@dataclass(frozen=True)
class Highlight:
    """One span of text to mark: ``[start, end)`` with its kind, hover text and fact id.

    Several highlights may share a ``fact`` id (the mentions of one party, say).
    ``attrs`` holds extra ``data-*`` attributes for the rendered element.
    """

    start: int
    end: int
    kind: str
    title: str
    fact: str
    attrs: tuple[tuple[str, str], ...] = ()

    def nesting_key(self, seq: int) -> tuple[int, int, int, int]:
        """Outer spans sort first: earlier start, then later end, then :data:`KIND_ORDER`."""
        rank = KIND_ORDER.index(self.kind) if self.kind in KIND_ORDER else len(KIND_ORDER)
        return self.start, -self.end, rank, seq


@dataclass(frozen=True)
class Segment:
    """A stretch of text with no span boundary inside; ``highlights`` go outermost first."""

    start: int
    end: int
    highlights: tuple[Highlight, ...] = ()


@dataclass(frozen=True)
class Open:
    """Start an element for ``highlight``; ``first`` is true for the first piece of its fact."""

    highlight: Highlight
    first: bool
    kind: Literal["open"] = field(default="open", init=False)


@dataclass(frozen=True)
class Text:
    text: str
    kind: Literal["text"] = field(default="text", init=False)


@dataclass(frozen=True)
class Close:
    kind: Literal["close"] = field(default="close", init=False)


Event = Union[Open, Text, Close]


def clip(highlights: Iterable[Highlight], length: int) -> tuple[list[Highlight], int]:
    """Highlights that lie inside ``[0, length)`` and are not empty, and how many were dropped."""
    kept: list[Highlight] = []
    dropped = 0
    for hl in highlights:
        if 0 <= hl.start < hl.end <= length:
            kept.append(hl)
        else:
            dropped += 1
    return kept, dropped


def segments(length: int, highlights: Iterable[Highlight]) -> list[Segment]:
    """Cut ``[0, length)`` at every boundary of the highlights.

    The segments are contiguous and cover the whole text; spans outside the text must have
    been removed (see :func:`clip`). Runs in O((n + b) log n) for n spans and b boundaries,
    plus the size of each segment's active set.
    """
    ordered = sorted(enumerate(highlights), key=lambda p: p[1].nesting_key(p[0]))
    rank = {id(hl): i for i, (_, hl) in enumerate(ordered)}
    starts: dict[int, list[Highlight]] = {}
    ends: dict[int, list[Highlight]] = {}
    for _, hl in ordered:
        starts.setdefault(hl.start, []).append(hl)
        ends.setdefault(hl.end, []).append(hl)
    cuts = sorted({0, length, *starts, *ends})
    active: dict[int, Highlight] = {}
    out: list[Segment] = []
    for left, right in zip(cuts, cuts[1:]):
        for hl in ends.get(left, ()):
            active.pop(id(hl), None)
        for hl in starts.get(left, ()):
            active[id(hl)] = hl
        inside = tuple(sorted(active.values(), key=lambda h: rank[id(h)]))
        out.append(Segment(left, right, inside))
    return out


def events(text: str, highlights: Iterable[Highlight]) -> list[Event]:
    """Properly nested open/text/close events for ``text`` with its highlights.

    Spans outside the text are ignored. Adjacent segments that keep the same outer spans
    keep those elements open; a span is closed and reopened only where it crosses another.

    >>> hl = [Highlight(0, 4, "decision", "d", "d0"), Highlight(2, 6, "date", "t", "t0")]
    >>> [e.kind if e.kind != "text" else e.text for e in events("abcdefg", hl)]
    ['open', 'ab', 'open', 'cd', 'close', 'close', 'open', 'ef', 'close', 'g']
    """
    kept, _ = clip(highlights, len(text))
    out: list[Event] = []
    stack: list[Highlight] = []
    seen: set[str] = set()
    for seg in segments(len(text), kept):
        wanted = seg.highlights
        common = 0
        while common < len(stack) and common < len(wanted) and stack[common] is wanted[common]:
            common += 1
        while len(stack) > common:
            stack.pop()
            out.append(Close())
        for hl in wanted[common:]:
            out.append(Open(hl, first=hl.fact not in seen))
            seen.add(hl.fact)
            stack.append(hl)
        out.append(Text(text[seg.start:seg.end]))
    out.extend(Close() for _ in stack)
    return out


def pieces(evts: Iterable[Event]) -> list[tuple[Optional[str], str]]:
    """``(fact id of the innermost open element or None, text)`` for each text event; for tests."""
    stack: list[str] = []
    out: list[tuple[Optional[str], str]] = []
    for ev in evts:
        if isinstance(ev, Open):
            stack.append(ev.highlight.fact)
        elif isinstance(ev, Close):
            stack.pop()
        else:
            out.append((stack[-1] if stack else None, ev.text))
    return out
