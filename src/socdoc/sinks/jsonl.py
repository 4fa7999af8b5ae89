"""JSON Lines files of :class:`~socdoc.records.Document` records, one record per line.

A line is ``json.dumps(Document.model_dump(mode="json"))``, optionally with one extra key,
``content_hash`` (sha256 hex of the text the record was extracted from), which the
database loader uses to skip unchanged documents.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Optional, Union

from pydantic import ValidationError

from socdoc.read.ids import has_surrogates
from socdoc.records import Document

CONTENT_HASH_KEY = "content_hash"

PathOrFile = Union[str, Path, IO[str]]


def _open(target: PathOrFile, mode: str) -> tuple[IO[str], bool]:
    if isinstance(target, (str, Path)):
        return open(target, mode, encoding="utf-8"), True
    return target, False


_STREAMED = ("amounts", "dates", "periods", "parties", "people", "areas")
"""List fields serialized one fact at a time: a record of a long, fact-dense text holds some
hundred thousand facts, whose whole dictionary tree would cost more memory than the facts."""


def record_line(doc: Document, content_hash: Optional[str] = None) -> str:
    """Serialize one record (and its content hash, when known) as a JSON line without newline."""
    return "".join(record_chunks(doc, content_hash))


def write_record(fh: IO[str], doc: Document, content_hash: Optional[str] = None) -> None:
    """Write one record's JSON line and its newline to ``fh``, a fact at a time."""
    for chunk in record_chunks(doc, content_hash):
        fh.write(chunk)
    fh.write("\n")


def record_chunks(doc: Document, content_hash: Optional[str] = None) -> Iterator[str]:
    """The pieces of a record's JSON line: exactly ``json.dumps(doc.model_dump(mode="json"))``
    (plus ``content_hash``), made field by field and fact by fact, so that only one fact at a time
    exists as a dictionary and as a string."""
    # A file name that is not valid UTF-8 reaches ``source`` as surrogate escapes: those records
    # are written with JSON's \u escapes, which Python reads back to exactly the same string.
    ascii_only = has_surrogates(doc.source or "") or has_surrogates(doc.doc_id or "")
    rest = doc.model_dump(mode="json", exclude=set(_STREAMED))
    sep = "{"
    for name in Document.model_fields:
        if name not in _STREAMED:
            yield sep + _item(name, rest.pop(name), ascii_only)
        else:
            yield f"{sep}{json.dumps(name)}: ["
            inner = ""
            for fact in getattr(doc, name):
                yield inner + json.dumps(fact.model_dump(mode="json"), ensure_ascii=ascii_only)
                inner = ", "
            yield "]"
        sep = ", "
    for key, value in rest.items():  # computed fields
        yield sep + _item(key, value, ascii_only)
    if content_hash:
        yield sep + _item(CONTENT_HASH_KEY, content_hash, ascii_only)
    yield "}"


def _item(key: str, value: object, ascii_only: bool) -> str:
    return f"{json.dumps(key, ensure_ascii=ascii_only)}: {json.dumps(value, ensure_ascii=ascii_only)}"


def parse_line(line: str) -> tuple[Document, Optional[str]]:
    """Parse one JSON line into ``(Document, content_hash or None)``."""
    obj = json.loads(line)
    content_hash = obj.pop(CONTENT_HASH_KEY, None)
    return Document.model_validate(obj), content_hash


def write_jsonl(
    target: PathOrFile, records: Iterable[Union[Document, tuple[Document, Optional[str]]]]
) -> int:
    """Write records (documents or ``(document, content_hash)`` pairs); return how many."""
    fh, owned = _open(target, "w")
    n = 0
    try:
        for record in records:
            doc, content_hash = record if isinstance(record, tuple) else (record, None)
            write_record(fh, doc, content_hash)
            n += 1
    finally:
        if owned:
            fh.close()
    return n


def read_jsonl(source: PathOrFile) -> Iterator[tuple[Document, Optional[str]]]:
    """Yield ``(Document, content_hash or None)`` for each non-blank line."""
    fh, owned = _open(source, "r")
    try:
        for line in fh:
            if line.strip():
                yield parse_line(line)
    finally:
        if owned:
            fh.close()


def read_jsonl_lenient(
    source: PathOrFile, problems: list[str], name: Optional[str] = None
) -> Iterator[tuple[Document, Optional[str]]]:
    """Like :func:`read_jsonl`, but a bad line is reported, not raised.

    Each line that is not valid JSON, not an object, or not a valid record (an unknown key, a
    wrong type, a cut-off last line) adds ``"<name>:<line>: <reason>"`` to ``problems``; the
    good lines are yielded.
    """
    fh, owned = _open(source, "r")
    label = name or (str(source) if isinstance(source, (str, Path)) else getattr(fh, "name", "-"))
    try:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield parse_line(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{label}:{number}: not valid JSON ({exc.msg} at column {exc.colno})")
            except ValidationError as exc:
                problems.append(f"{label}:{number}: not a socdoc record ({_first_error(exc)})")
            except (AttributeError, TypeError, ValueError) as exc:
                problems.append(f"{label}:{number}: not a socdoc record ({exc})")
    except UnicodeDecodeError as exc:
        problems.append(f"{label}: not UTF-8 text ({exc.reason} at byte {exc.start})")
    finally:
        if owned:
            fh.close()


def _first_error(exc: "ValidationError") -> str:
    errors = exc.errors()
    first = errors[0]
    where = ".".join(str(part) for part in first.get("loc", ())) or "record"
    more = f"; {len(errors) - 1} more" if len(errors) > 1 else ""
    return f"{where}: {first.get('msg', 'invalid')}{more}"
