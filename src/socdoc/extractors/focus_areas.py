"""Focus areas: named indsatsområder / fokusområder / themes listed as such.

A list noun ("fire indsatsområder", "tre temaer", "fire spor", "4 tværgående områder") opens a
list that is either inline ("…: A, B samt C", "hhv. A, B og C", quoted items) or a block of bullet
or numbered lines under it; an inline list may wrap over lines and number its items ("1) A, 2) B").
A heading made of the noun alone ("Indsatsområder") opens a block of bullets. A verb or a definite
noun may join the noun to its items ("fire indsatsområder er A, B og C", "indsatsområderne A og B").
"særligt fokus på X og Y" opens an inline list as well, also of one item. Goals and success
criteria ("mål", "succeskriterier") open no list.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from socdoc.extractors.entities import UPPER, Prefiltered, area_like, cues, prefix_starts, trie_regex
from socdoc.records import FocusArea

_QUOTED = re.compile(r"[\"'‘’“”«»](?P<item>[^\"'‘’“”«»\n]{2,80})[\"'‘’“”«»]")
_BULLET = re.compile(r"(?m)^[ \t]*(?:[-•*·–]|\d{1,2}[.)]|[a-z][.)])[ \t]+(?P<item>[^\n]{2,400})$")
_MARKER = re.compile(r"(?<![\w])(?:\d{1,2}|[a-z])\)[ ]+")
_WRAP = re.compile(r"[ \t]*\n[ \t]*(?=\S)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_EXPLANATION = re.compile(r"[ ]+[-–][ ]+|:[ ]|(?<=[\w)])\.[ ]")


@dataclass(frozen=True)
class _Patterns:
    opener: Prefiltered
    phrase: Prefiltered
    heading: re.Pattern[str]
    direct: Prefiltered
    phrase_stop: re.Pattern[str]
    joiners: tuple[str, ...]
    not_item_starts: frozenset[str]


_COUNT_WORDS = ("to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "følgende", "disse", "de", "nogle",
                "flere", "otte")


@functools.lru_cache(maxsize=1)
def patterns() -> _Patterns:
    data = cues()["focus_areas"]
    nouns = trie_regex(data["list_nouns"])  # longest first
    openers = "|".join(re.escape(o) for o in data["list_openers"])
    count = rf"(?:\d+|{'|'.join(_COUNT_WORDS)})"
    verbs = "|".join(re.escape(v) for v in data["direct_openers"])
    opener = Prefiltered(
        re.compile(
            rf"(?i:(?<![\w])(?:{count}[ ](?:[\w-]+[ ]){{0,2}}(?:{nouns})|(?:{nouns})))"
            rf"(?:[ ](?P<verb>{verbs})[ ]|(?P<tail>[^\n.:]{{0,60}}?)(?::|,?[ ](?:{openers}))[ \t]*)",
        ),
        prefix_starts([*_COUNT_WORDS, *data["list_nouns"]], r"\d", not_after=r"[\w]", ignore_case=True),
    )
    phrases = "|".join(re.escape(p) for p in data["focus_phrases"])
    phrase = Prefiltered(
        re.compile(rf"(?<![\w])(?:{phrases})[ ]"), prefix_starts(data["focus_phrases"], not_after=r"[\w]")
    )
    heading = re.compile(rf"(?im)^[ \t]*(?:[\w-]+[ ]){{0,2}}(?:{nouns})[ \t]*:?[ \t]*$")
    direct_nouns = "|".join(re.escape(n) for n in data["direct_list_nouns"])
    direct = Prefiltered(
        re.compile(rf"(?i:(?<![\w])(?:{direct_nouns}))[ ](?=[\w])"),
        prefix_starts(data["direct_list_nouns"], not_after=r"[\w]", ignore_case=True),
    )
    stops = "|".join(re.escape(w) for w in sorted(data["phrase_item_stops"], key=len, reverse=True))
    phrase_stop = re.compile(rf"[ ](?:{stops})(?![\w])")
    return _Patterns(
        opener, phrase, heading, direct, phrase_stop, tuple(data["list_joiners"]),
        frozenset(w.casefold() for w in data["not_item_starts"]),
    )


def _split_inline(text: str) -> list[str]:
    """Split "A, B samt C" / "A, B og C" / "A; B; samt C" into items."""
    text = text.strip().rstrip(".")
    if ";" in text:
        parts = [p.strip() for p in text.split(";")]
        parts = [re.sub(r"^(?:samt|og)[ ]", "", p) for p in parts if p]
        return [p for p in parts if p]
    chunks = [c.strip() for c in text.split(",")]
    last = chunks.pop()
    if " samt " in last:
        head, tail = last.rsplit(" samt ", 1)
        chunks += [head, tail]
    else:
        capital = all(c[:1].isupper() for c in chunks if c) and last[:1].isupper()
        split = re.split(rf"[ ]og[ ](?=[{UPPER}])", last) if capital else last.rsplit(" og ", 1)
        if len(split) > 1 and (capital or len(chunks) >= 1):
            chunks += [split[0], *split[1:]]
        else:
            chunks.append(last)
    merged: list[str] = []
    first_capital = bool(chunks) and chunks[0][:1].isupper()
    for chunk in chunks:
        if merged and first_capital and chunk[:1].islower():
            merged[-1] = f"{merged[-1]}, {chunk}"
        else:
            merged.append(chunk)
    return [m.strip() for m in merged if m.strip()]


def _split_marked(text: str) -> list[tuple[str, int]]:
    """Items of an inline numbered list ("1) A, 2) B og 3) C"), or [] when it is not one."""
    marks = list(_MARKER.finditer(text))
    if len(marks) < 2 or text[:marks[0].start()].strip():
        return []
    items = []
    for mark, nxt in zip(marks, [*marks[1:], None]):
        chunk = text[mark.end():nxt.start() if nxt else len(text)]
        chunk = re.sub(r"(?:[,;]|[ ](?:og|samt|eller))?[ ]*$", "", chunk)
        items.append((chunk, mark.end()))
    return items


def _clean(item: str) -> str:
    """The name of an item: no explanation after a dash, colon or full stop, no list marks."""
    item = _EXPLANATION.split(item, maxsplit=1)[0]
    return re.sub(r"\s+", " ", item).strip(" \t\"'‘’“”.,;:")


def _locate(text: str, name: str, start: int) -> tuple[int, int]:
    """Where ``name`` occurs from ``start`` on, also across a line break; at ``start`` if nowhere."""
    found = re.compile(r"\s+".join(map(re.escape, name.split()))).search(text, start)
    return found.span() if found else (start, start + len(name))


def _inline_items(sentence: str) -> list[tuple[str, int]]:
    quoted = list(_QUOTED.finditer(sentence))
    if len(quoted) >= 2:
        return [(q.group("item").strip(), q.start("item")) for q in quoted]
    marked = _split_marked(sentence)
    if marked:
        return marked
    return [(i, max(0, sentence.find(i))) for i in _split_inline(sentence)]


def _items_after(text: str, pos: int, pat: _Patterns, mode: str = "list") -> list[tuple[str, int]]:
    """Items after an opener; ``mode`` is "list", "direct" (verb or definite noun) or "phrase"."""
    wrapped = _WRAP.match(text, pos)
    if wrapped and not _BULLET.match(text, text.rfind("\n", 0, wrapped.end()) + 1):
        pos = wrapped.end()  # the list goes on on the next line: "indsatsområder:\nA, B og C."
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    if text[pos:line_end].strip():
        blank = _BLANK_LINE.search(text, pos)
        rest = text[pos:blank.start() if blank else len(text)].replace("\n", " ")
        sentence = re.split(r"(?<=[a-zæøå0-9)\"'])\.(?:\s|$)", rest, maxsplit=1)[0]
        if mode == "phrase":
            sentence = pat.phrase_stop.split(sentence, maxsplit=1)[0]
        items = [(i, pos + at) for i, at in _inline_items(sentence)]
        if mode == "direct" and not _direct_ok([i for i, _ in items], pat):
            return []
        return items if len(items) >= (1 if mode == "phrase" else 2) else []
    if mode != "list":
        return []
    items = []
    for m in _BULLET.finditer(text, line_end):
        gap = text[line_end:m.start()]
        if gap.strip():
            break
        items.append((m.group("item"), m.start("item")))
        line_end = m.end()
    return items


def _direct_ok(items: list[str], pat: _Patterns) -> bool:
    """A list joined without a colon: three or more items, or capitalised ones, not a clause."""
    if not items or items[0].split()[0].casefold().rstrip(".") in pat.not_item_starts:
        return False
    return len(items) >= 3 or all(i[:1].isupper() for i in items)


def find_focus_areas(text: str, raw: str) -> list[FocusArea]:
    """Focus areas in order of appearance, each name once."""
    pat = patterns()
    data = cues()["focus_areas"]
    not_nouns = set(data["not_list_nouns"])
    weak = re.compile(rf"(?i)(?<![\w])(?:{'|'.join(map(re.escape, data['weak_list_nouns']))})[ ]")
    single = tuple(data["single_item_phrases"])
    found: dict[str, FocusArea] = {}
    starts = [
        (m.end(), m.group(0), "direct" if m.group("verb") else "list")
        for m in pat.opener.finditer(text) if not (m.group("verb") and weak.search(m.group(0)))
    ]
    starts += [(m.end(), m.group(0), "list") for m in pat.heading.finditer(text)]
    starts += [(m.end(), m.group(0), "direct") for m in pat.direct.finditer(text)]
    starts += [
        (m.end(), m.group(0), "phrase" if m.group(0).strip() in single else "list")
        for m in pat.phrase.finditer(text)
    ]
    for pos, head, mode in sorted(starts):
        if any(re.search(rf"(?<![\w]){n}(?![\w])", head, re.IGNORECASE) for n in not_nouns):
            continue
        for item, start in _items_after(text, pos, pat, mode):
            name = _clean(item)
            if not name or len(name) > 80 or len(name.split()) > 9 or name.casefold() in found:
                continue
            if name.lower().startswith("at ") or (area_like(name) and not name.endswith("området")):
                continue
            start, end = _locate(text, name, start)
            found[name.casefold()] = FocusArea(name=name, text=raw[start:end], start=start, end=end)
    return list(found.values())
