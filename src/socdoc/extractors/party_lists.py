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
    joints = "|".join(re.escape(j) for j in re.longest_first(data["joints"]))
    word = rf"(?:[{UPPER}][{UPPER}{LOWER}0-9'’&.-]*[{UPPER}{LOWER}0-9]|[0-9]+)"
    item = rf"(?:[{UPPER}][{UPPER}{LOWER}0-9'’&.-]*[{UPPER}{LOWER}0-9](?:[ ]{word}){{0,{data['max_item_words'] - 1}}})"
    sep = rf"(?:,[ ](?:(?:{joints})[ ])?|[ ](?:{joints})[ ])"
    # a gap between two found names: separators with items between them
    gap = re.compile(rf"{sep}(?:{item}{sep})*")
    # after the last found name: maybe comma items, then the closing joint and one item that ends there
    tail = re.compile(rf"(?:,[ ]{item})*(?:,[ ])?[ ]?(?:{joints})[ ]{item}(?=[.,;:)!?]|[ ][{LOWER}]|$)", re.M)
    items = re.compile(item)
    return gap, tail, items, frozenset(data["not_first_words"]), frozenset(data["not_last_words"])


# an item that ends in a number: a room or a street address ("Mødelokale 2", "Studiestræde 38")
_ADDRESS_ITEM = re.compile(r"[ ][0-9]+[A-Za-z]?$")


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
        items = _item_spans(text, e1, s2)
        if any(_ADDRESS_ITEM.search(text, s, e) for s, e in items):
            run = 1  # "KAB, Mødelokale 2, Studiestræde 38, …": a meeting's place and address, no list of names
            continue
        run += 1
        for s, e in items:
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


@functools.lru_cache(maxsize=1)
def _row_patterns() -> tuple[re.Pattern[str], re.Pattern[str], int, int, frozenset[str]]:
    data = recall_cues()["represented_rows"]
    # a label ("Deltagere:") or a sentence that announces the list ("… følgende repræsentanter:")
    label = re.compile(r"(?m):[ \t]*$")
    name = rf"[{UPPER}][{LOWER}éü]+(?:[ -](?:[{UPPER}][{LOWER}éü.]+|[{UPPER}]\.))*"
    row = re.compile(
        rf"[ \t]*(?:[•·*–-][ \t]*)?(?P<person>{name})(?::|,)[ ]+(?P<org>[^\n]*?)[ \t]*$", re.M)
    return label, row, data["max_words"], data["min_rows"], frozenset(data["generic_articles"])


def represented_rows(text: str, mentions: Sequence[tuple[int, int]],
                     is_other_name: Callable[[str], bool], is_role: Callable[[str], bool],
                     is_person: Callable[[str], bool]) -> list[Candidate]:
    """New organisation candidates for the rows of a list under a line that ends in a colon ("Deltagere:",
    "… følgende repræsentanter:") and gives each person's organisation ("• Eva Lund: Nordby Frivilligcenter",
    "Bo Dam, Boli.nu"), where one row's organisation is a found party of ``mentions``."""
    label, row, max_words, min_rows, articles = _row_patterns()
    out: list[Candidate] = []
    for lab in label.finditer(text):
        rows = _rows_after(text, lab.end(), row)
        if len(rows) < min_rows or not any(_covered(m.span("org"), mentions) for m in rows):
            continue
        for m in rows:
            org = m.group("org")
            words = org.split(" ")
            if (not is_person(m.group("person")) or not org or _covered(m.span("org"), mentions)
                    or len(words) > max_words or not org[:1].isupper() or any(ch.isdigit() for ch in org)
                    or any(ch in org for ch in ",;()") or is_role(words[0]) or is_other_name(org)
                    or (len(words) == 1 and (common_word(org) or (org.isupper() and len(org) <= 5)))
                    or (words[0] in articles and words[1:2] and words[1].islower())):  # "De almene boligorganisationer"
                continue
            out.append(Candidate(m.start("org"), m.end("org"), org, "organisation", 1, {"represented": True}))
    return out


def _rows_after(text: str, pos: int, row: re.Pattern[str]) -> list[re.Match[str]]:
    """The rows of a list that start on the lines after ``pos`` (blank lines between them allowed)."""
    rows = []
    while True:
        while pos < len(text) and text[pos] in " \t\n":
            pos += 1
        m = row.match(text, pos)
        if m is None or not m.group(0).strip():
            return rows
        rows.append(m)
        pos = m.end()


def _covered(span: tuple[int, int], mentions: Sequence[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in mentions)


__all__ = ["list_siblings", "represented_rows"]
