"""Organisations named as items of a list of organisations.

"Et samarbejde mellem Nordby Fonden, Sydby Boligselskab, KAB og Falck": where a list joins names that
the other party rules already found, a capitalised item of the same list (between two of them, or
after the last one behind the list's closing joint) is an organisation too, even without a cue word of
its own. The item must look like a name: capitalised words, no person's first name, no place, no
country, not one common word. Cues are in ``lang/da/party_recall.yaml`` (``list_siblings``).
"""

from __future__ import annotations

import functools
from typing import Callable, Sequence

from socdoc import lazy_re as re
from socdoc.extractors.entities import LOWER, UPPER, Candidate, common_word
from socdoc.extractors.party_recall import recall_cues


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    data = recall_cues()["list_siblings"]
    joints = "|".join(re.escape(j) for j in sorted(data["joints"], key=len, reverse=True))
    word = rf"(?:[{UPPER}][{UPPER}{LOWER}0-9'’&.-]*[{UPPER}{LOWER}0-9]|[0-9]+)"
    item = rf"(?:[{UPPER}][{UPPER}{LOWER}0-9'’&.-]*[{UPPER}{LOWER}0-9](?:[ ]{word}){{0,{data['max_item_words'] - 1}}})"
    sep = rf"(?:,[ ](?:(?:{joints})[ ])?|[ ](?:{joints})[ ])"
    # a gap between two found names: separators with items between them
    gap = re.compile(rf"{sep}(?:{item}{sep})*")
    # after the last found name: maybe comma items, then the closing joint and one item that ends there
    tail = re.compile(rf"(?:,[ ]{item})*(?:,[ ])?[ ]?(?:{joints})[ ]{item}(?=[.,;:)!?]|[ ][{LOWER}]|$)", re.M)
    items = re.compile(item)
    return gap, tail, items, frozenset(data["not_first_words"]), frozenset(data["not_last_words"])


def _item_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The capitalised items between ``start`` and ``end`` (joints are in lower case: no item holds one)."""
    return [(m.start(), m.end()) for m in _patterns()[2].finditer(text, start, end)]


def list_siblings(text: str, mentions: Sequence[tuple[int, int]],
                  is_other_name: Callable[[str], bool]) -> list[Candidate]:
    """New organisation candidates for the unnamed items of lists that join found party
    ``mentions`` (sorted, non-overlapping spans). ``is_other_name`` tells a place or a person's name."""
    gap, tail, _, not_first, not_last = _patterns()
    spans = sorted(set(mentions))
    out: list[Candidate] = []

    def add(start: int, end: int) -> None:
        name = text[start:end]
        words = name.split(" ")
        if words[0] in not_first or words[-1] in not_last or is_other_name(name):
            return
        if len(words) == 1 and (common_word(name) or len(name) < 2):
            return
        out.append(Candidate(start, end, name, "organisation", 1, {"list_sibling": True}))

    run = 1
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        m = gap.fullmatch(text, e1, s2)
        if m is None or "\n" in text[e1:s2]:
            run = 1
            continue
        run += 1
        for s, e in _item_spans(text, e1, s2):
            add(s, e)
        if run >= 2:
            after = [x for x in spans if x[0] >= e2]
            nxt = after[0][0] if after else len(text)
            t = tail.match(text, e2, nxt)
            if t is not None and "\n" not in t.group(0):
                for s, e in _item_spans(text, e2, t.end()):
                    add(s, e)
    seen: set[tuple[int, int]] = set()
    return [c for c in out if not ((c.start, c.end) in seen or seen.add((c.start, c.end)))]


__all__ = ["list_siblings"]
