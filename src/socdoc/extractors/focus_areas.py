"""Focus areas: named indsatsområder / fokusområder / themes listed as such.

A list noun ("fire indsatsområder", "tre temaer", "fire spor", "4 tværgående områder") opens a
list that is either inline ("…: A, B samt C", "hhv. A, B og C", quoted items) or a block of bullet
or numbered lines under it. "særligt fokus på X og Y" opens an inline list as well. Goals and
success criteria ("mål", "succeskriterier") open no list.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from socdoc.extractors.entities import UPPER, area_like, cues
from socdoc.records import FocusArea

_QUOTED = re.compile(r"[\"'‘’“”«»](?P<item>[^\"'‘’“”«»\n]{2,80})[\"'‘’“”«»]")
_BULLET = re.compile(r"(?m)^[ \t]*(?:[-•*·–]|\d{1,2}[.)]|[a-z][.)])[ \t]+(?P<item>[^\n]{2,120})$")


@dataclass(frozen=True)
class _Patterns:
    opener: re.Pattern[str]
    phrase: re.Pattern[str]
    joiners: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def patterns() -> _Patterns:
    data = cues()["focus_areas"]
    nouns = "|".join(re.escape(n) for n in sorted(data["list_nouns"], key=len, reverse=True))
    openers = "|".join(re.escape(o) for o in data["list_openers"])
    count = r"(?:\d+|to|tre|fire|fem|seks|syv|otte|ni|ti|følgende|disse|de|nogle|flere|otte)"
    opener = re.compile(
        rf"(?i:(?<![\w])(?:{count}[ ](?:[\w-]+[ ]){{0,2}}(?:{nouns})|(?:{nouns})))"
        rf"(?P<tail>[^\n.:]{{0,60}}?)(?::|,?[ ](?:{openers}))[ \t]*",
    )
    phrases = "|".join(re.escape(p) for p in data["focus_phrases"])
    phrase = re.compile(rf"(?<![\w])(?:{phrases})[ ]")
    return _Patterns(opener, phrase, tuple(data["list_joiners"]))


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


def _clean(item: str) -> str:
    item = re.split(r"[ ]+[-–][ ]+", item, maxsplit=1)[0]
    return item.strip(" \t\"'‘’“”.,;:")


def _items_after(text: str, pos: int, pat: _Patterns) -> list[tuple[str, int]]:
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[pos:line_end]
    sentence = re.split(r"(?<=[a-zæøå0-9)\"'])\.(?:\s|$)", rest, maxsplit=1)[0]
    if sentence.strip():
        quoted = list(_QUOTED.finditer(sentence))
        if len(quoted) >= 2:
            return [(q.group("item").strip(), pos + q.start("item")) for q in quoted]
        items = _split_inline(sentence)
        if len(items) >= 2:
            return [(i, pos + max(0, sentence.find(i))) for i in items]
        return []
    items = []
    for m in _BULLET.finditer(text, line_end):
        gap = text[line_end:m.start()]
        if gap.strip():
            break
        items.append((m.group("item"), m.start("item")))
        line_end = m.end()
    return items


def find_focus_areas(text: str, raw: str) -> list[FocusArea]:
    """Focus areas in order of appearance, each name once."""
    pat = patterns()
    not_nouns = set(cues()["focus_areas"]["not_list_nouns"])
    found: dict[str, FocusArea] = {}
    starts = [(m.end(), m.group(0)) for m in pat.opener.finditer(text)]
    starts += [(m.end(), m.group(0)) for m in pat.phrase.finditer(text)]
    for pos, head in sorted(starts):
        if any(re.search(rf"(?<![\w]){n}(?![\w])", head, re.IGNORECASE) for n in not_nouns):
            continue
        for item, start in _items_after(text, pos, pat):
            name = _clean(item)
            if not name or len(name) > 80 or len(name.split()) > 9 or name.casefold() in found:
                continue
            if name.lower().startswith("at ") or (area_like(name) and not name.endswith("området")):
                continue
            start = text.find(name, start) if text.find(name, start) >= 0 else start
            found[name.casefold()] = FocusArea(
                name=name, text=raw[start:start + len(name)], start=start, end=start + len(name)
            )
    return list(found.values())
