"""The segment builder: overlapping, nested, adjacent and crossing spans become nested HTML pieces."""

from __future__ import annotations

import random

import pytest

from socdoc.show.segments import Close, Highlight, Open, Text, clip, events, pieces, segments


def hl(start: int, end: int, fact: str, kind: str = "amount") -> Highlight:
    return Highlight(start, end, kind, f"title of {fact}", fact)


def shape(evts: list) -> list[str]:
    """``<fact``, ``>`` and text pieces: a compact picture of the event stream."""
    out = []
    for ev in evts:
        if isinstance(ev, Open):
            out.append("<" + ev.highlight.fact)
        elif isinstance(ev, Close):
            out.append(">")
        else:
            out.append(ev.text)
    return out


def check_balanced(evts: list) -> None:
    depth = 0
    for ev in evts:
        depth += isinstance(ev, Open) - isinstance(ev, Close)
        assert depth >= 0
    assert depth == 0


def test_no_highlights_is_one_text_piece() -> None:
    assert shape(events("Køge Kommune", [])) == ["Køge Kommune"]


def test_empty_text() -> None:
    assert events("", [hl(0, 3, "a")]) == []


def test_nested_span_opens_inside_the_outer_one() -> None:
    text = "Udsat til 16. juni 2020."
    outer = hl(0, 24, "decision-0", "decision")
    inner = hl(10, 23, "date-0", "date")
    assert shape(events(text, [inner, outer])) == [
        "<decision-0", "Udsat til ", "<date-0", "16. juni 2020", ">", ".", ">",
    ]


def test_same_span_nests_by_kind_order() -> None:
    text = "Køge Kommune"
    evts = events(text, [hl(0, 12, "area-0", "area"), hl(0, 12, "party-0", "party")])
    assert shape(evts) == ["<party-0", "<area-0", "Køge Kommune", ">", ">"]


def test_adjacent_spans_do_not_nest() -> None:
    text = "8,1 mio. kr.årligt"
    assert shape(events(text, [hl(0, 12, "a"), hl(12, 18, "b")])) == ["<a", "8,1 mio. kr.", ">", "<b", "årligt", ">"]


def test_crossing_spans_split_the_later_one() -> None:
    text = "abcdefgh"
    evts = events(text, [hl(0, 5, "x"), hl(3, 8, "y")])
    assert shape(evts) == ["<x", "abc", "<y", "de", ">", ">", "<y", "fgh", ">"]
    opens = [ev for ev in evts if isinstance(ev, Open)]
    assert [(o.highlight.fact, o.first) for o in opens] == [("x", True), ("y", True), ("y", False)]


def test_mentions_of_one_fact_share_the_id_and_only_the_first_is_first() -> None:
    text = "Køge Kommune og Køge Kommune"
    evts = events(text, [hl(0, 12, "party-0", "party"), hl(16, 28, "party-0", "party")])
    firsts = [ev.first for ev in evts if isinstance(ev, Open)]
    assert firsts == [True, False]


def test_danish_letters_keep_their_offsets() -> None:
    text = "Ældre i Høje-Taastrup og Ærø får 2,5 mio. kr."
    start = text.index("Høje-Taastrup")
    evts = events(text, [hl(start, start + len("Høje-Taastrup"), "area-0", "area")])
    assert pieces(evts) == [(None, "Ældre i "), ("area-0", "Høje-Taastrup"), (None, " og Ærø får 2,5 mio. kr.")]


def test_spans_outside_the_text_are_dropped() -> None:
    kept, dropped = clip([hl(0, 3, "a"), hl(2, 99, "b"), hl(-1, 2, "c"), hl(4, 4, "d")], 10)
    assert [h.fact for h in kept] == ["a"] and dropped == 3
    assert shape(events("0123456789", [hl(2, 99, "b")])) == ["0123456789"]


def test_segments_cover_the_text_contiguously() -> None:
    segs = segments(10, [hl(2, 4, "a"), hl(3, 7, "b")])
    assert [(s.start, s.end) for s in segs] == [(0, 2), (2, 3), (3, 4), (4, 7), (7, 10)]
    assert [[h.fact for h in s.highlights] for s in segs] == [[], ["a"], ["a", "b"], ["b"], []]


def test_html_is_not_produced_here() -> None:
    """Escaping belongs to the template: the events carry the raw text."""
    text = "<script>alert(1)</script>"
    assert events(text, [hl(0, 8, "a")])[1] == Text("<script>")


@pytest.mark.parametrize("seed", range(25))
def test_random_spans_reassemble_the_text_and_nest(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice("abcæøå \n") for _ in range(200))
    spans = []
    for i in range(rng.randint(0, 40)):
        start = rng.randrange(0, 200)
        spans.append(hl(start, min(200, start + rng.randint(1, 30)), f"f{i}", rng.choice(["amount", "period", "decision"])))
    evts = events(text, spans)
    check_balanced(evts)
    assert "".join(ev.text for ev in evts if isinstance(ev, Text)) == text
    # every character lies inside exactly the spans that cover it
    stack: list[str] = []
    pos = 0
    for ev in evts:
        if isinstance(ev, Open):
            stack.append(ev.highlight.fact)
        elif isinstance(ev, Close):
            stack.pop()
        else:
            covering = {s.fact for s in spans if s.start <= pos < s.end}
            assert set(stack) == covering
            assert len(stack) == len(covering)
            pos += len(ev.text)
    # each fact has exactly one first piece
    firsts = [ev.highlight.fact for ev in evts if isinstance(ev, Open) and ev.first]
    assert sorted(firsts) == sorted({s.fact for s in spans})


def test_long_text_with_many_facts_keeps_every_character() -> None:
    """100k characters with 6,000 nested highlights (its speed: ``benchmarks/show.py``)."""
    text = ("Køge Kommune bevilger 8,1 mio. kr. årligt i perioden 2013-2015. " * 1600)[:100_000]
    spans = []
    for i, start in enumerate(range(0, 99_000, 64)):
        spans += [hl(start, start + 12, f"party-{i}", "party"), hl(start + 22, start + 34, f"amount-{i}"),
                  hl(start + 42, start + 62, f"period-{i}", "period"), hl(start, start + 63, f"decision-{i}", "decision")]
    evts = events(text, spans)
    assert "".join(ev.text for ev in evts if isinstance(ev, Text)) == text
