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

from socdoc import lazy_re as re
from typing import Any, Callable, Iterable, Optional

from pydantic import BaseModel
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


_FIELDS_SETS: dict[frozenset[str], set[str]] = {}


def _shared_fields_set(fields: set[str]) -> set[str]:
    """One set object per distinct set of explicitly set fields.

    Pydantic keeps a set of the fields given at construction on every model; a long text's record
    holds some hundred thousand facts, and their own copies of the same few sets would be about a
    third of its memory.
    """
    key = frozenset(fields)
    shared = _FIELDS_SETS.get(key)
    if shared is None:
        shared = _FIELDS_SETS[key] = set(key)
    return shared


def _shift(value: Any, offset: int) -> Any:
    """``value`` (a fact, a list of facts, the meeting) with every character offset moved by
    ``offset``; a new object, so it may be changed (see :func:`_fill`)."""
    if isinstance(value, list):
        return [_shift(v, offset) for v in value]
    if not isinstance(value, BaseModel):
        return value
    update = {}
    for name, field_value in value:
        if name in _OFFSET_KEYS and type(field_value) is int:
            update[name] = field_value + offset
        elif isinstance(field_value, (list, BaseModel)):
            update[name] = _shift(field_value, offset)
    shifted = value.model_copy(update=update)
    object.__setattr__(shifted, "__pydantic_fields_set__", _shared_fields_set(shifted.__pydantic_fields_set__))
    return shifted


def _fill(fact: BaseModel, field: str, value: Any) -> None:
    """Set a field the fact lacked, giving it its own set of set fields first: that set is
    shared with other facts (:func:`_shared_fields_set`), and setting a field adds to it."""
    if field not in fact.__pydantic_fields_set__:
        object.__setattr__(fact, "__pydantic_fields_set__", set(fact.__pydantic_fields_set__))
    setattr(fact, field, value)


def _merge_named(into: dict[str, Any], facts: list[Any]) -> None:
    """Add facts that are one per name: a name seen before gains the new mentions, and a role,
    party or type it lacked."""
    for fact in facts:
        key = fact.name.casefold()
        known = into.get(key)
        if known is None:
            into[key] = fact
            continue
        if isinstance(getattr(known, "mentions", None), list):
            known.mentions.extend(fact.mentions)
        for field in ("role", "party", "type"):
            if getattr(known, field, "") is None:
                _fill(known, field, getattr(fact, field))


class RecordMerger:
    """The record of a long text, from the records of its pieces in order.

    Facts listed per occurrence (amounts, dates, periods, decisions) are concatenated; facts kept
    once per name (parties, people, areas, focus areas) are merged by name. The document's kind,
    date, title and meeting come from the first piece that has them; a piece classified as minutes
    makes the document minutes.
    """

    def __init__(self) -> None:
        self.head: dict[str, Any] = {}
        self.listed: dict[str, list[Any]] = {name: [] for name in _LISTED_FACTS}
        self.named: dict[str, dict[str, Any]] = {name: {} for name in _NAMED_FACTS}
        self.errors: list[str] = []
        self.n_words = 0
        self.first: Optional[Document] = None

    def add(self, start: int, record: Document) -> None:
        if self.first is None:
            self.first = record
        for field in ("published", "title", "source_url", "meeting"):
            if self.head.get(field) is None:
                self.head[field] = _shift(getattr(record, field), start)
        if record.kind == "minutes" or "kind" not in self.head:
            self.head["kind"] = record.kind
        for name in _LISTED_FACTS:
            self.listed[name].extend(_shift(getattr(record, name), start))
        for name in _NAMED_FACTS:
            _merge_named(self.named[name], _shift(getattr(record, name), start))
        if record.error is not None and record.error.message not in self.errors:
            self.errors.append(record.error.message)
        self.n_words += record.n_words

    def record(self, n_chars: int) -> Document:
        assert self.first is not None, "no piece was added"
        error = ErrorInfo(type="ComponentError", message="; ".join(self.errors)) if self.errors else None
        update = {**self.head, **self.listed, "n_chars": n_chars, "n_words": self.n_words, "error": error}
        update.update({name: list(found.values()) for name, found in self.named.items()})
        return self.first.model_copy(update=update)
