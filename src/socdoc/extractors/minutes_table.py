"""Minutes kept as a table whose last column is the decision, flattened to one line per row.

A heading row such as "Pkt. Dagsorden: Bemærkninger: Beslutning:" stands over rows that run item
number, title, remarks and decision together ("3. Vedtægter Forslaget blev vedtaget."). Each
row's decision starts at the sentence that states the outcome, or else at the capitalised word
that opens its first sentence; a row with no sentence after its title has no decision.
"""

from __future__ import annotations

from socdoc import lazy_re as re
from dataclasses import dataclass
from typing import Optional

from socdoc.extractors import decisions as dec
from socdoc.extractors.minutes_layout import Item, Layout, decision_column_heading

_TOKEN = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:kr|pr|ca|evt|bl\.a|mv|mio|mia|nr|pkt|f\.eks|jf|dvs|inkl|ekskl)\.$", re.IGNORECASE)


@dataclass(frozen=True)
class RowDecision:
    """The split of one flattened row: title span and decision span (offsets in the text)."""

    title_start: int
    title_end: int
    start: int
    end: int
    stated: bool  # an outcome phrase opens the decision


def table_heading_line(layout: Layout) -> Optional[int]:
    """The line of the decision-column heading row above the first item, if any."""
    heads = [item.head.line for item in layout.items if item.head is not None]
    if not heads:
        return None
    for line in layout.lines[: heads[0]]:
        if not line.blank and decision_column_heading(line.clean):
            return line.idx
    return None


def row_decisions(layout: Layout, raw: str) -> dict[int, RowDecision]:
    """Line of an item's heading → the decision read from its flattened table row; empty unless some row states
    an outcome phrase after its title (proof that the decision column is filled in)."""
    heading = table_heading_line(layout)
    if heading is None:
        return {}
    found: dict[int, RowDecision] = {}
    for item in layout.items:
        if item.head is None or item.head.line <= heading or item.sections:
            continue
        row = _split_row(layout, raw, item)
        if row is not None:
            found[item.head.line] = row
    return found if any(r.stated for r in found.values()) else {}


def _row_end(layout: Layout, item: Item) -> int:
    """End offset of the last non-blank line of the item's row."""
    end = item.head.title_end if item.head else 0
    for i in range(item.head.line if item.head else item.start_line, item.end_line):
        line = layout.lines[i]
        if not line.blank and not line.noise:
            end = max(end, line.end)
    return end


def _split_row(layout: Layout, raw: str, item: Item) -> Optional[RowDecision]:
    head = item.head
    assert head is not None
    first = raw[head.title_start : head.title_end]
    tokens = list(_TOKEN.finditer(first))
    if len(tokens) < 2:
        return None
    outcome = dec.sentence_outcome(first)
    stated = outcome is not None and outcome[0] != "other"
    split = _sentence_start(tokens, outcome[1]) if stated and outcome is not None else None
    if split is None:
        stated = False
        split = _first_sentence_start(first, tokens)
    if split is None:
        return None
    title_end = len(first[:split].rstrip())
    return RowDecision(head.title_start, head.title_start + title_end, head.title_start + split,
                       _row_end(layout, item), stated)


def _capitalised(token: str) -> bool:
    """A word that may open a sentence: capital initial, not an abbreviation in capitals."""
    word = token.strip("\"'«»(")
    return bool(word) and word[0].isupper() and not (len(word) > 1 and word.isupper())


def _sentence_start(tokens: list[re.Match[str]], at: int) -> Optional[int]:
    """Start of the capitalised word at or before offset ``at`` that opens its sentence; never the
    first word (that one opens the title)."""
    for k in range(len(tokens) - 1, 0, -1):
        tok = tokens[k]
        if tok.start() > at:
            continue
        if _capitalised(tok.group()):
            return tok.start()
        if tok.group()[-1] in ".!?:":
            return None  # the sentence began in the title column
    return None


def _first_sentence_start(first: str, tokens: list[re.Match[str]]) -> Optional[int]:
    """Start of the row's first sentence after the title: the last capitalised word before the
    first sentence end that follows a lower-case word or an abbreviation in capitals."""
    end = None
    for m in _SENTENCE_END.finditer(first):
        if not _ABBREVIATION_END.search(first[: m.end()]):
            end = m.start()
            break
    if end is None:
        return None
    for k in range(len(tokens) - 1, 0, -1):
        tok = tokens[k]
        if tok.start() >= end:
            continue
        prev = tokens[k - 1].group()
        after_title = k == 1 or not _capitalised(prev)  # "Eventuelt Ole …": a one-word title
        if _capitalised(tok.group()) and prev[-1] not in ".!?:" and after_title:
            return tok.start()
    return None
