"""JSON Lines files of :class:`~socdoc.records.Document` records, one record per line.

A line is ``Document.model_dump(mode="json")``, optionally with one extra key,
``content_hash`` (sha256 hex of the text the record was extracted from), which the
database loader uses to skip unchanged documents.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Optional, Union

from socdoc.records import Document

CONTENT_HASH_KEY = "content_hash"

PathOrFile = Union[str, Path, IO[str]]


def _open(target: PathOrFile, mode: str) -> tuple[IO[str], bool]:
    if isinstance(target, (str, Path)):
        return open(target, mode, encoding="utf-8"), True
    return target, False


def has_surrogates(text: str) -> bool:
    """Whether ``text`` holds surrogate-escaped bytes (from a file name that is not UTF-8)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def record_line(doc: Document, content_hash: Optional[str] = None) -> str:
    """Serialize one record (and its content hash, when known) as a JSON line without newline."""
    obj = doc.model_dump(mode="json")
    if content_hash:
        obj[CONTENT_HASH_KEY] = content_hash
    # A file name that is not valid UTF-8 reaches ``source`` as surrogate escapes: those records
    # are written with JSON's \u escapes, which Python reads back to exactly the same string.
    ascii_only = has_surrogates(doc.source or "") or has_surrogates(doc.doc_id or "")
    return json.dumps(obj, ensure_ascii=ascii_only)


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
            fh.write(record_line(doc, content_hash) + "\n")
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
