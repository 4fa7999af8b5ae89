"""Sentences and paragraphs for Danish public documents.

A line break ends a segment when the line has no final punctuation (headings, list items,
labels) and a blank line ends a paragraph. Inside a line, ``.``, ``!`` and ``?`` end a sentence
before a capitalised word, except after an abbreviation (``f.eks.``, ``bl.a.``, ``jf.``) or an
agenda number at the start of a line (``212.``).
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from socdoc.lang import da

# Abbreviations that may also close a sentence when a capitalised word follows ("… 500 kr. Det …").
_CAN_END = frozenset({"kr.", "mio.", "mia.", "mill.", "tkr.", "t.kr.", "m.m.", "mv.", "m.v.", "osv.", "etc."})
_FINAL = (".", "!", "?", ":")


def _starts_line(token: Token) -> bool:
    return token.i == 0 or "\n" in token.nbor(-1).text_with_ws


def _opens_sentence(token: Token) -> bool:
    first = token.text[:1]
    return first.isupper() or first in "\"'-•" or (first.isdigit() and not token.like_num)


def _ends_sentence(token: Token, abbreviations: frozenset[str]) -> bool:
    text = token.text
    if not text.endswith(_FINAL[:3]):
        return False
    lower = text.lower()
    if lower in abbreviations and lower not in _CAN_END:
        return False
    if text[:-1].isdigit() and _starts_line(token):
        return False  # agenda number "212."
    if text == "." and token.i > 0 and token.nbor(-1).text.isdigit() and _starts_line(token.nbor(-1)):
        return False  # agenda number tokenised as "212" "."
    return True


def _gap(text: str, prev: Token | None, token: Token) -> str:
    """The whitespace between the previous non-space token and this one."""
    begin = prev.idx + len(prev.text) if prev is not None else 0
    return text[begin : token.idx]


def _continues_line(prev: Token, token: Token) -> bool:
    """A wrapped line: the previous line stops mid-sentence and this one starts in lower case."""
    return not prev.text.endswith(_FINAL) and token.text[:1].islower()


@Language.component("socdoc_segmenter", assigns=["token.is_sent_start", "doc.spans"])
def segment(doc: Doc) -> Doc:
    """Set sentence starts and ``doc.spans["paragraphs"]``."""
    if len(doc) == 0:
        doc.spans["paragraphs"] = []
        return doc
    abbreviations = da.load().abbreviations
    text = doc.text
    starts = numpy.full((len(doc), 1), -1, dtype="int32")  # spaCy: 1 start, -1 inside
    paragraphs = []
    para_start = 0
    prev: Token | None = None
    for token in doc:
        if token.is_space:
            if token.i == 0:
                starts[0, 0] = 1
            continue
        gap = _gap(text, prev, token)
        if prev is None:
            opens = True
        elif "\n" in gap:
            opens = not _continues_line(prev, token)
        else:
            opens = _ends_sentence(prev, abbreviations) and _opens_sentence(token)
        if opens or token.i == 0:
            starts[token.i, 0] = 1
        if gap.count("\n") >= 2 and token.i > para_start:
            paragraphs.append(doc[para_start : token.i])
            para_start = token.i
        prev = token
    doc.from_array([SENT_START], starts.astype("uint64"))
    if para_start < len(doc):
        paragraphs.append(doc[para_start:])
    doc.spans["paragraphs"] = paragraphs
    return doc
