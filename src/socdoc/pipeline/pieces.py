"""Long documents in bounded pieces: memory per document stays flat and time linear in its length.

Two levels, both invisible for documents of ordinary size:

* The statistical components (``tok2vec``, ``ner``) need about 16 KB per token while they run,
  so a document of more than :data:`STATISTICAL_PIECE_TOKENS` tokens is tagged in pieces of whole
  sentences (:func:`run_statistical_in_pieces`); the entities are set on the whole document and the
  rule-based components see it whole.
* A text longer than :data:`LONG_TEXT_CHARS` is cut into pieces of at most :data:`PIECE_CHARS`
  characters at paragraph, line, sentence or word boundaries (:func:`split_text`); each piece runs
  through the whole pipeline and the pieces' records are merged (:func:`merge_records`) with every
  offset shifted back into the whole text.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Optional

from spacy.tokens import Doc, Span

from socdoc.records import Document, ErrorInfo

STATISTICAL_PIECE_TOKENS = 8_000
"""Most tokens the statistical components see at once (about 130 MB of working memory)."""
CONTEXT_TOKENS = 32
"""Tokens of context on either side of a statistical piece."""
LONG_TEXT_CHARS = 300_000
"""Texts longer than this (about 120 pages) are processed in pieces."""
PIECE_CHARS = 200_000
"""Longest piece of a long text."""

_OFFSET_KEYS = frozenset({"start", "end", "char_start", "char_end"})
_NAMED_FACTS = ("parties", "people", "areas", "focus_areas")
_LISTED_FACTS = ("amounts", "dates", "periods", "decisions")
_SENTENCE_END = re.compile(r"[.!?][\"')]*[ \n]+(?=[\"'\-]?[A-ZÆØÅ0-9])")

Proc = Callable[[Doc], Doc]


# --- statistical components over sentence pieces ----------------------------------------------


def _token_pieces(doc: Doc, max_tokens: int) -> list[tuple[int, int]]:
    """Token ranges of whole sentences, each at most ``max_tokens`` long (a longer sentence is cut)."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for sent in doc.sents:
        if sent.end - start > max_tokens and sent.start > start:
            pieces.append((start, sent.start))
            start = sent.start
        while sent.end - start > max_tokens:
            pieces.append((start, start + max_tokens))
            start += max_tokens
    if start < len(doc):
        pieces.append((start, len(doc)))
    return pieces


def run_statistical_in_pieces(doc: Doc, procs: Iterable[Proc], max_tokens: Optional[int] = None) -> Doc:
    """Run ``procs`` (tok2vec, ner) on sentence pieces of ``doc`` of at most ``max_tokens``
    (default :data:`STATISTICAL_PIECE_TOKENS`) tokens and set their entities on ``doc``.

    Each piece is tagged with :data:`CONTEXT_TOKENS` tokens of its neighbours on either side, so
    the model sees the context it sees in the whole document; a piece keeps the entities that
    begin inside it.
    """
    procs = list(procs)
    ents: list[Span] = []
    taken = 0
    for a, b in _token_pieces(doc, max_tokens or STATISTICAL_PIECE_TOKENS):
        left = max(0, a - CONTEXT_TOKENS)
        piece = doc[left:min(len(doc), b + CONTEXT_TOKENS)].as_doc()
        for proc in procs:
            piece = proc(piece)
        for e in piece.ents:
            start = left + e.start
            if a <= start < b and start >= taken:
                ents.append(Span(doc, start, left + e.end, label=e.label_))
                taken = left + e.end
    doc.ents = ents
    return doc


# --- long texts: cut, run, merge ----------------------------------------------------------------


def _cut_before(text: str, lo: int, hi: int) -> int:
    """The best cut in ``text[lo:hi]``: after a blank line, else a line end, a sentence end, a space;
    ``hi`` when there is none."""
    for mark in ("\n\n", "\n"):
        at = text.rfind(mark, lo, hi)
        if at >= 0:
            return at + len(mark)
    last = None
    for last in _SENTENCE_END.finditer(text, lo, hi):
        pass
    if last is not None:
        return last.end()
    at = text.rfind(" ", lo, hi)
    return at + 1 if at >= 0 else hi


def split_text(raw: str, text: str, max_chars: Optional[int] = None) -> list[tuple[int, int]]:
    """``(start, end)`` pieces covering ``raw`` (whose normalised form is ``text``), each at most
    ``max_chars`` (default :data:`PIECE_CHARS`) long and about equally long, cut at the best
    boundary in each piece's second half."""
    max_chars = max_chars or PIECE_CHARS
    n = len(text)
    n_pieces = -(-n // max_chars)
    target = -(-n // n_pieces)
    pieces = []
    start = 0
    while n - start > max_chars:
        hi = min(start + target, n)
        cut = _cut_before(text, start + target // 2, hi)
        if raw[cut - 1] == "\r" and cut < n and raw[cut] == "\n":
            cut += 1  # never between the two characters of a CR LF
        pieces.append((start, cut))
        start = cut
    pieces.append((start, n))
    return pieces


def _shift(value: Any, offset: int) -> Any:
    """``value`` (a record's dumped fact) with every character offset moved by ``offset``."""
    if isinstance(value, list):
        return [_shift(v, offset) for v in value]
    if isinstance(value, dict):
        return {
            k: v + offset if k in _OFFSET_KEYS and type(v) is int else _shift(v, offset)
            for k, v in value.items()
        }
    return value


def _merge_named(into: dict[str, dict], facts: list[dict]) -> None:
    """Add facts that are one per name: a name seen before gains the new mentions, and a role,
    party or type it lacked."""
    for fact in facts:
        key = fact["name"].casefold()
        known = into.get(key)
        if known is None:
            into[key] = fact
            continue
        if "mentions" in known:
            known["mentions"].extend(fact.get("mentions", []))
        for field in ("role", "party", "type"):
            if field in known and known[field] is None:
                known[field] = fact.get(field)


class RecordMerger:
    """The record of a long text, from the records of its pieces in order.

    Facts listed per occurrence (amounts, dates, periods, decisions) are concatenated; facts kept
    once per name (parties, people, areas, focus areas) are merged by name. The document's kind,
    date, title and meeting come from the first piece that has them; a piece classified as minutes
    makes the document minutes.
    """

    def __init__(self) -> None:
        self.head: Optional[dict[str, Any]] = None
        self.listed: dict[str, list[dict]] = {name: [] for name in _LISTED_FACTS}
        self.named: dict[str, dict[str, dict]] = {name: {} for name in _NAMED_FACTS}
        self.errors: list[str] = []
        self.n_words = 0

    def add(self, start: int, record: Document) -> None:
        part = _shift(record.model_dump(exclude={"id"}), start)
        if self.head is None:
            self.head = part
        else:
            for field in ("published", "title", "source_url", "meeting"):
                if self.head[field] is None:
                    self.head[field] = part[field]
            if part["kind"] == "minutes":
                self.head["kind"] = "minutes"
        for name in _LISTED_FACTS:
            self.listed[name].extend(part[name])
        for name in _NAMED_FACTS:
            _merge_named(self.named[name], part[name])
        if part["error"] is not None and part["error"]["message"] not in self.errors:
            self.errors.append(part["error"]["message"])
        self.n_words += part["n_words"]

    def record(self, n_chars: int) -> Document:
        assert self.head is not None, "no piece was added"
        data = dict(self.head, n_chars=n_chars, n_words=self.n_words, **self.listed)
        data.update({name: list(found.values()) for name, found in self.named.items()})
        data["error"] = ErrorInfo(type="ComponentError", message="; ".join(self.errors)) if self.errors else None
        return Document.model_validate(data)

