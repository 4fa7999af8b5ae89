"""Sentences and paragraphs for Danish public documents.

A line break starts a segment (headings, list items and labels have no final punctuation), except
where a wrapped line goes on in lower case after a line without final punctuation. A blank line
ends a paragraph. Inside a line, ``.``, ``!`` and ``?`` end a sentence before a capitalised word,
except after an abbreviation (``f.eks.``, ``bl.a.``, ``jf.``) or an agenda number at the start of
a line (``212.``).

The boundaries are found with regular expressions over the text and mapped to tokens through the
token offsets, so the component costs little next to tokenisation.
"""

from __future__ import annotations

import functools
from socdoc import lazy_re as re
from typing import Iterator

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from socdoc.lang import da
from socdoc.pipeline.state import get_state

# Abbreviations that may also close a sentence when a capitalised word follows ("… 500 kr. Det …").
_CAN_END = frozenset({"kr.", "mio.", "mia.", "mill.", "tkr.", "t.kr.", "m.m.", "mv.", "m.v.", "osv.", "etc."})

# A line break and the first character of the next non-blank line, with what ends the line before.
_LINE_START = re.compile(r"(?P<last>[^\s]?)[ \t]*\n\s*(?P<first>\S)")
# Sentence-final punctuation inside a line, the word it closes, and a capitalised opener after it.
_IN_LINE = re.compile(r"(?P<word>[^\s]*?)[.!?]+[\"')]*[ \t]+(?P<first>[\"'\-•]?[A-ZÆØÅ0-9])")
# _IN_LINE without its word: where a sentence ends (see _in_line_ends).
_SENTENCE_END = re.compile(_IN_LINE.pattern.replace(r"(?P<word>[^\s]*?)", "", 1))
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*(?P<first>\S)")
_AGENDA_NUMBER = re.compile(r"(?:^|\n)[ \t]*\d+$")


@functools.lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(a for a in da.load().abbreviations if a not in _CAN_END)


# _LINE_START from its line break on: the regex engine skips to each line break instead of trying the
# optional character and the blanks before it at every position (see _line_starts)
_LINE_BREAK = re.compile(r"\n\s*(?P<first>\S)")


def _line_starts(text: str) -> list[int]:
    """The ``first`` of each ``_LINE_START`` match that does not continue its sentence. Found from
    the line break on: a match begins at the blanks before it (back to the previous match's end),
    or one character earlier, its ``last``, where that is no space and after the previous match."""
    starts = []
    end = 0
    for m in _LINE_BREAK.finditer(text):
        at = m.start()
        while at > end and text[at - 1] in " \t":
            at -= 1
        last = text[at - 1] if at > end and not text[at - 1].isspace() else ""
        first = m.group("first")
        continues = last and last not in ".!?:" and first.islower()
        if not continues:
            starts.append(m.start("first"))
        end = m.end()
    return starts


def _in_line_starts(text: str) -> list[int]:
    abbreviations = _abbreviations()
    starts = []
    for word_start, word_end, first in _in_line_ends(text):
        word = text[word_start:word_end]
        closing = text[word_start:first].rstrip()
        token = closing.rstrip("\"')").lower()
        if token in abbreviations or (word.lower() + ".") in abbreviations:
            continue
        if word.isdigit() and _AGENDA_NUMBER.search(text, max(0, word_start - 12), word_end):
            continue  # agenda number "212. Titel"
        if word.isdigit() and len(word) <= 2 and text[first:first + 1].isdigit():
            continue  # "1. 2. 3." numbering or dates
        starts.append(first)
    return starts


def _in_line_ends(text: str) -> Iterator[tuple[int, int, int]]:
    """``(word start, word end, first)`` of each ``_IN_LINE`` match, found from the punctuation on.

    ``_IN_LINE`` begins with a lazy run of non-space characters, which the regex engine tries at
    every position; the same matches are the ``_SENTENCE_END`` matches (which begin at the
    punctuation) with the word reaching back over non-space characters to the previous match."""
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start()
        start = end
        while start > pos and not text[start - 1].isspace():
            start -= 1
        yield start, end, m.start("first")
        pos = m.end()

def _token_indices(idx: numpy.ndarray, positions: list[int]) -> numpy.ndarray:
    """Indices of the tokens that begin exactly at the given character positions."""
    pos = numpy.asarray(positions, dtype="int64")
    found = numpy.searchsorted(idx, pos)
    keep = found < len(idx)
    found, pos = found[keep], pos[keep]
    return found[idx[found] == pos]


@Language.component("socdoc_segmenter", assigns=["token.is_sent_start", "doc.spans"])
def segment(doc: Doc) -> Doc:
    """Set sentence starts and ``doc.spans["paragraphs"]``."""
    if len(doc) == 0:
        doc.spans["paragraphs"] = []
        return doc
    text = get_state(doc).text
    idx = doc.to_array(IDX).astype("int64")
    starts = numpy.full(len(doc), -1, dtype="int64")
    starts[0] = 1
    starts[_token_indices(idx, _line_starts(text))] = 1
    starts[_token_indices(idx, _in_line_starts(text))] = 1
    doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
    bounds = [0, *_token_indices(idx, [m.start("first") for m in _PARAGRAPH.finditer(text)]).tolist(), len(doc)]
    doc.spans["paragraphs"] = [doc[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]
    return doc
