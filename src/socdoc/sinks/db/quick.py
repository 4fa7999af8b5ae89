"""The no-change check of ``socdoc load`` on a SQLite file, with the standard library only.

A re-run over unchanged documents must not pay for importing SQLAlchemy, Alembic, pydantic or the
pipeline: :func:`open_current` opens the file read-only when its schema is at the newest revision,
and :func:`stored_unchanged` answers :func:`socdoc.sinks.db.load.needs_extraction`'s question for
the documents it is given. Anything unusual (another backend, a URL with options, an old schema,
a missing file) answers ``None``, and the caller takes the full path.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from importlib import resources
from pathlib import Path
from typing import Mapping, Optional
from urllib.parse import quote

from socdoc.sinks.db.basics import SQLITE_BUSY_TIMEOUT_MS

# sqlite:///relative/file.db or sqlite:////absolute/file.db: no driver, options, escapes or non-ASCII
_PLAIN_SQLITE = re.compile(r"sqlite:///(?P<path>[A-Za-z0-9_./ -]+)")
_REVISION = re.compile(r"""^revision\s*(?::[^=\n]*)?=\s*["'](?P<id>[^"'\n]+)["']\s*$""", re.MULTILINE)
_DOWN = re.compile(r"""^down_revision\s*(?::[^=\n]*)?=\s*(?:None|["'](?P<id>[^"'\n]+)["'])\s*$""", re.MULTILINE)
_QUERY_CHUNK = 500


def plain_sqlite_file(url: str) -> Optional[str]:
    """The file of a plain ``sqlite:///FILE`` URL (shown as it is written), else ``None``."""
    m = _PLAIN_SQLITE.fullmatch(url)
    if m is None or m.group("path") == ":memory:":
        return None
    return m.group("path")


@functools.lru_cache(maxsize=1)
def head_revision() -> Optional[str]:
    """The newest migration's revision, read from the migration scripts (``None`` when they do
    not form one simple chain)."""
    folder = resources.files("socdoc.sinks.db").joinpath("migrations", "versions")
    revisions, downs = set(), set()
    for script in folder.iterdir():
        if not script.name.endswith(".py") or script.name.startswith("_"):
            continue
        text = script.read_text(encoding="utf-8")
        rev, down = _REVISION.findall(text), list(_DOWN.finditer(text))
        if len(rev) != 1 or len(down) != 1:
            return None
        revisions.add(rev[0])
        if down[0].group("id"):
            downs.add(down[0].group("id"))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def open_current(url: str) -> Optional[sqlite3.Connection]:
    """A read-only connection to the SQLite file of ``url`` when it exists and its schema is at
    the newest revision; else ``None``."""
    path = plain_sqlite_file(url)
    head = head_revision()
    if path is None or head is None or not Path(path).is_file():
        return None
    uri = "file:" + quote(str(Path(path).resolve())) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error:
        return None
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"alembic_version", "documents"} <= tables:
            raise LookupError
        versions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
        if versions != [head]:
            raise LookupError
    except (sqlite3.Error, LookupError):
        conn.close()
        return None
    return conn


def stored_unchanged(conn: sqlite3.Connection, hashes: Mapping[str, str], extractor_version: str) -> bool:
    """True when every ``doc_id -> content hash`` is stored with that hash and extractor version
    and without an error or a failure: none of them needs extraction."""
    ids = list(hashes)
    seen = 0
    for i in range(0, len(ids), _QUERY_CHUNK):
        chunk = ids[i : i + _QUERY_CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            "SELECT doc_id, content_hash, extractor_version, error_type, failure_type FROM documents "
            f"WHERE doc_id IN ({marks})", chunk)
        for doc_id, stored_hash, version, error_type, failure_type in rows:
            if stored_hash != hashes[doc_id] or version != extractor_version or error_type is not None \
                    or failure_type is not None:
                return False
            seen += 1
    return seen == len(ids)


def legacy_rows(conn: sqlite3.Connection) -> int:
    """How many rows are still stored under an old (file stem) id."""
    return conn.execute("SELECT count(*) FROM documents WHERE legacy_id IS NOT NULL").fetchone()[0]
