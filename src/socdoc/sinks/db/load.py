"""Load :class:`~socdoc.records.Document` records into SQLite or PostgreSQL.

Guarantees (see ``docs/database.md``):

- *Idempotent*: a record whose JSON (``record_hash``) and text hash (``content_hash``) equal
  the stored ones is skipped; nothing of it is written, not even ``loaded_at``.
- *Incremental*: :func:`needs_extraction` tells which documents must be extracted again
  (new, text changed, extractor version changed, or failed last time).
- *Atomic per batch*: the document rows of a batch are upserted, their old facts deleted
  and their new facts inserted in one transaction, so a process killed at any moment
  leaves every document either as it was or fully replaced.
- *Concurrent-safe*: ``doc_id`` is unique and every write is an
  ``INSERT … ON CONFLICT (doc_id) DO UPDATE``; PostgreSQL row locks (taken in ``doc_id``
  order) and SQLite's ``BEGIN IMMEDIATE`` serialize writers of the same document.

Run as a module to load JSONL files: ``python -m socdoc.sinks.db.load --db URL FILE...``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import random
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Optional, Union

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from socdoc.records import Area, Document, ErrorInfo, Party
from socdoc.sinks.db import migrate
from socdoc.sinks.db.basics import DEFAULT_BATCH_SIZE, LoadStats, content_hash  # noqa: F401 (re-exported)
from socdoc.sinks.db.engine import has_table, make_engine
from socdoc.sinks.db.schema import DOCUMENTS, FACT_TABLES

QUERY_CHUNK = 500
MAX_RETRIES = 8
MUNICIPALITY_TYPE = "municipality"
MUNICIPALITY_SUFFIX = " Kommune"  # Danish: "<name> Kommune" is how every municipality is named

_HEX64 = re.compile(r"[0-9a-f]{64}")

Record = tuple[Document, Optional[str]]


# --- hashing -------------------------------------------------------------------------


def as_content_hash(text_or_hash: Optional[str]) -> Optional[str]:
    """A 64-character lowercase hex string is taken as a hash already; other text is hashed."""
    if text_or_hash is None:
        return None
    if len(text_or_hash) == 64 and _HEX64.fullmatch(text_or_hash):
        return text_or_hash
    return content_hash(text_or_hash)


def record_hash(doc: Document) -> str:
    """sha256 hex digest of the record's JSON: two records with equal hashes are equal.

    ``None`` fields are left out of the JSON (the models have no field whose absence could
    be confused with ``None``), which makes hashing unchanged records cheaper.
    """
    return hashlib.sha256(doc.__pydantic_serializer__.to_json(doc, exclude_none=True)).hexdigest()


# --- rows ----------------------------------------------------------------------------


def _utf8_safe(value: str) -> str:
    """Surrogate-escaped bytes (a file name that is not UTF-8) as ``\\xNN``, which drivers can encode."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        try:
            return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:
            return value.encode("utf-8", "backslashreplace").decode("utf-8")


def _clean(value: Any) -> Any:
    """Replace NUL characters, which PostgreSQL text and JSONB refuse, keeping offsets valid;
    surrogate escapes become ``\\xNN`` text."""
    if isinstance(value, str):
        value = value.replace("\x00", "\ufffd") if "\x00" in value else value
        return value if value.isascii() else _utf8_safe(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


def _clean_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _clean(v) for k, v in row.items()}


def _municipality(doc: Document) -> Optional[str]:
    """The first party, else area, of type municipality; else the first named "… Kommune"."""
    named: list[Union[Party, Area]] = [
        *sorted(doc.parties, key=lambda f: f.start), *sorted(doc.areas, key=lambda f: f.start)]
    for fact in named:
        if fact.type == MUNICIPALITY_TYPE:
            return fact.name
    for fact in named:
        if fact.name.endswith(MUNICIPALITY_SUFFIX):
            return fact.name
    return None


def _year(doc: Document) -> Optional[int]:
    if doc.published is not None:
        return doc.published.year
    if doc.meeting is not None and doc.meeting.date is not None:
        return doc.meeting.date.year
    return None


def document_row(doc: Document, text_hash: Optional[str], rec_hash: str) -> dict[str, Any]:
    """The ``documents`` row of a record (without ``id`` and ``loaded_at``)."""
    if not doc.doc_id:
        raise ValueError("a record needs a doc_id to be loaded")
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "source_url": doc.source_url,
        "content_hash": text_hash,
        "record_hash": rec_hash,
        "kind": doc.kind,
        "published": doc.published,
        "year": _year(doc),
        "municipality": _municipality(doc),
        "title": doc.title,
        "language": doc.language,
        "n_chars": doc.n_chars,
        "n_words": doc.n_words,
        "extractor_version": doc.extractor_version,
        "error_type": doc.error.type if doc.error else None,
        "error_message": doc.error.message if doc.error else None,
        "legacy_id": None,
        "failure_type": None,
        "failure_message": None,
        "failed_at": None,
    }


def _mentions(mentions: list[Any]) -> list[dict[str, Any]]:
    return [m.model_dump(mode="json") for m in mentions]


def _point_value(value: Any, low: Any, high: Any) -> Optional[float]:
    if value is not None:
        return value
    if low is not None and high is not None:
        return (low + high) / 2
    return low if low is not None else high


def fact_rows(doc: Document) -> dict[str, list[dict[str, Any]]]:
    """Rows of every fact table for one record (without ``id`` and ``document_id``)."""
    rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in FACT_TABLES}
    for i, a in enumerate(doc.amounts):
        rows["amounts"].append({
            "seq": i, "char_start": a.start, "char_end": a.end, "text": a.text,
            "value": a.value, "low": a.low, "high": a.high,
            "point_value": _point_value(a.value, a.low, a.high),
            "currency": a.currency, "per_year": a.per_year,
        })
    for i, d in enumerate(doc.dates):
        rows["dates"].append({
            "seq": i, "char_start": d.start, "char_end": d.end, "text": d.text,
            "date": d.date, "year_inferred": d.year_inferred,
        })
    for i, p in enumerate(doc.periods):
        rows["periods"].append({
            "seq": i, "char_start": p.char_start, "char_end": p.char_end, "text": p.text,
            "start_date": p.start, "end_date": p.end,
        })
    for i, party in enumerate(doc.parties):
        rows["parties"].append({
            "seq": i, "char_start": party.start, "char_end": party.end, "text": party.text,
            "name": party.name, "type": party.type, "mentions": _mentions(party.mentions),
        })
    for i, person in enumerate(doc.people):
        rows["people"].append({
            "seq": i, "char_start": person.start, "char_end": person.end, "text": person.text,
            "name": person.name, "role": person.role, "party": person.party,
            "mentions": _mentions(person.mentions),
        })
    for i, area in enumerate(doc.areas):
        rows["areas"].append({
            "seq": i, "char_start": area.start, "char_end": area.end, "text": area.text,
            "name": area.name, "type": area.type, "mentions": _mentions(area.mentions),
        })
    for i, focus in enumerate(doc.focus_areas):
        rows["focus_areas"].append({
            "seq": i, "char_start": focus.start, "char_end": focus.end, "text": focus.text,
            "name": focus.name,
        })
    if doc.meeting is not None:
        meeting = doc.meeting
        rows["meetings"].append({
            "body": meeting.body, "date": meeting.date, "time": meeting.time,
            "location": meeting.location,
        })
        for i, attendee in enumerate(meeting.participants):
            rows["participants"].append({
                "seq": i, "char_start": attendee.start, "char_end": attendee.end,
                "name": attendee.name, "party": attendee.party, "absent": False,
            })
        offset = len(meeting.participants)
        for i, name in enumerate(meeting.absent):
            rows["participants"].append({
                "seq": offset + i, "char_start": None, "char_end": None,
                "name": name, "party": None, "absent": True,
            })
    for i, dec in enumerate(doc.decisions):
        vote = dec.vote
        rows["decisions"].append({
            "seq": i, "char_start": dec.start, "char_end": dec.end, "text": dec.text,
            "item": dec.item, "title": dec.title, "outcome": dec.outcome,
            "postponed_to": dec.postponed_to,
            "has_vote": vote is not None,
            "vote_for": vote.for_ if vote else None,
            "vote_against": vote.against if vote else None,
            "vote_abstained": vote.abstained if vote else None,
            "vote_for_count": vote.for_count if vote else None,
            "vote_against_count": vote.against_count if vote else None,
            "vote_abstained_count": vote.abstained_count if vote else None,
            "absent": list(dec.absent),
            "history": [h.model_dump(mode="json") for h in dec.history],
        })
    return rows


@dataclass
class _Prepared:
    doc: Document
    doc_id: str
    content_hash: Optional[str]
    record_hash: str

    @property
    def failed(self) -> bool:
        return self.doc.error is not None


def _prepare(record: Union[Record, Document]) -> _Prepared:
    doc, text_or_hash = record if isinstance(record, tuple) else (record, None)
    if not doc.doc_id:
        raise ValueError(f"a record needs a doc_id to be loaded (source={doc.source!r})")
    names = {"doc_id": _clean(doc.doc_id), "source": _clean(doc.source)}
    if names["doc_id"] != doc.doc_id or names["source"] != doc.source:  # surrogate-escaped file names
        doc = doc.model_copy(update=names)
    return _Prepared(doc, doc.doc_id, as_content_hash(text_or_hash), record_hash(doc))  # type: ignore[arg-type]


# --- database access -----------------------------------------------------------------


def _insert_fn(engine: Engine) -> Callable[..., Any]:
    from sqlalchemy.dialects import postgresql, sqlite

    inserts: dict[str, Callable[..., Any]] = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}
    if engine.dialect.name not in inserts:  # pragma: no cover - guarded by the CLI
        raise ValueError(f"unsupported database: {engine.dialect.name}")
    return inserts[engine.dialect.name]


def _upsert_statement(engine: Engine) -> Any:
    """``INSERT … ON CONFLICT (doc_id) DO UPDATE … WHERE changed RETURNING id, doc_id``.

    Executed with many rows at once; a row that conflicts with an identical stored
    record (same record hash, and same content hash unless the new one is unknown) is
    neither updated nor returned.
    """
    stmt = _insert_fn(engine)(DOCUMENTS)
    excluded = stmt.excluded
    update = {c.name: excluded[c.name] for c in DOCUMENTS.columns if c.name not in ("id", "doc_id")}
    changed = sa.or_(
        DOCUMENTS.c.record_hash != excluded.record_hash,
        DOCUMENTS.c.failure_type.is_not(None),
        DOCUMENTS.c.legacy_id.is_not(None),
        sa.and_(excluded.content_hash.is_not(None),
                DOCUMENTS.c.content_hash.is_distinct_from(excluded.content_hash)),
    )
    return stmt.on_conflict_do_update(
        index_elements=[DOCUMENTS.c.doc_id], set_=update, where=changed
    ).returning(DOCUMENTS.c.id, DOCUMENTS.c.doc_id)


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _stored(
    engine: Engine, doc_ids: list[str], columns: tuple[str, ...]
) -> dict[str, tuple[Any, ...]]:
    """``doc_id -> (columns…)`` for the stored documents among ``doc_ids`` (read-only)."""
    cols = [DOCUMENTS.c.doc_id, *(DOCUMENTS.c[name] for name in columns)]
    found: dict[str, tuple[Any, ...]] = {}
    with engine.connect().execution_options(readonly=True) as conn:
        for chunk in _chunks(doc_ids, QUERY_CHUNK):
            for row in conn.execute(sa.select(*cols).where(DOCUMENTS.c.doc_id.in_(chunk))):
                found[row[0]] = tuple(row[1:])
    return found


def _is_retryable(exc: sa.exc.DBAPIError) -> bool:
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    if code in ("40P01", "40001"):  # deadlock detected, serialization failure
        return True
    message = str(exc.orig).lower()
    return "database is locked" in message or "database is busy" in message


def _write(engine: Engine, todo: list[_Prepared], upsert: Any) -> set[str]:
    """Upsert documents and replace their facts in one transaction; return doc_ids written."""
    now = dt.datetime.now(dt.timezone.utc)
    by_id = {prep.doc_id: prep for prep in todo}
    rows = []
    for doc_id in sorted(by_id):  # one lock order for all writers
        prep = by_id[doc_id]
        row = _clean_row(document_row(prep.doc, prep.content_hash, prep.record_hash))
        row["loaded_at"] = now
        rows.append(row)
    with engine.begin() as conn:
        result = conn.execute(upsert, rows)
        written: dict[int, _Prepared] = {pk: by_id[doc_id] for pk, doc_id in result}
        if not written:
            return set()
        pks = list(written)
        for table in FACT_TABLES:
            for chunk in _chunks(pks, QUERY_CHUNK):
                conn.execute(table.delete().where(table.c.document_id.in_(chunk)))
        batch: dict[str, list[dict[str, Any]]] = {t.name: [] for t in FACT_TABLES}
        for doc_pk, prep in written.items():
            for name, facts in fact_rows(prep.doc).items():
                for fact in facts:
                    fact = _clean_row(fact)
                    fact["document_id"] = doc_pk
                    batch[name].append(fact)
        for table in FACT_TABLES:
            if batch[table.name]:
                conn.execute(table.insert(), batch[table.name])
    return {prep.doc_id for prep in written.values()}


def _write_with_retry(engine: Engine, todo: list[_Prepared], upsert: Any) -> set[str]:
    for attempt in itertools.count():
        try:
            return _write(engine, todo, upsert)
        except sa.exc.DBAPIError as exc:
            if attempt >= MAX_RETRIES or not _is_retryable(exc):
                raise
            time.sleep(min(2.0, 0.05 * 2 ** attempt) * (0.5 + random.random()))
    raise AssertionError("unreachable")


def _is_data_error(exc: Exception) -> bool:
    """An error caused by a record's content (not by the connection or a lock)."""
    if isinstance(exc, (sa.exc.OperationalError, sa.exc.InterfaceError)):
        return False
    return isinstance(exc, (sa.exc.StatementError, ValueError, OverflowError, TypeError))


def _load_error_record(prep: _Prepared, exc: Exception) -> _Prepared:
    """The record stored for a document the database refused: no facts, a ``LoadError``."""
    cause = getattr(exc, "orig", None) or exc
    message = " ".join(str(cause).split())[:1000] or type(cause).__name__
    empty: dict[str, list[Any]] = {name: [] for name in (
        "amounts", "dates", "periods", "parties", "people", "areas", "focus_areas", "decisions")}
    doc = prep.doc.model_copy(update={
        **empty, "meeting": None, "error": ErrorInfo(type="LoadError", message=message)})
    return _Prepared(doc, prep.doc_id, prep.content_hash, record_hash(doc))


def _write_batch(engine: Engine, batch: list[_Prepared], upsert: Any) -> tuple[set[str], set[str]]:
    """Write a batch; if the database refuses it, write its documents one by one.

    Returns the doc_ids written and those stored as ``LoadError`` failures instead.
    """
    try:
        return _write_with_retry(engine, batch, upsert), set()
    except Exception as exc:
        if not _is_data_error(exc):
            raise
    written: set[str] = set()
    refused: set[str] = set()
    for prep in batch:
        try:
            written |= _write_with_retry(engine, [prep], upsert)
        except Exception as exc:
            if not _is_data_error(exc):
                raise
            written |= _write_with_retry(engine, [_load_error_record(prep, exc)], upsert)
            refused.add(prep.doc_id)
    return written, refused


def _unchanged(stored: Optional[tuple[Any, ...]], prep: _Prepared) -> bool:
    """Same record as stored, no failure beside it; an unknown content hash (``None``) keeps the stored one."""
    if stored is None or stored[0] != prep.record_hash or stored[3] is not None:
        return False
    return prep.content_hash is None or stored[1] == prep.content_hash


_STORED_COLUMNS = ("record_hash", "content_hash", "error_type", "failure_type", "failure_message", "source")


def _from_other_file(stored: tuple[Any, ...], prep: _Prepared) -> bool:
    """The stored row came from another file (``source``) with other text (``content_hash``)."""
    source = _clean(prep.doc.source)
    return (stored[5] is not None and source is not None and stored[5] != source
            and prep.content_hash is not None and stored[1] != prep.content_hash)


def _keeps_good_facts(stored: Optional[tuple[Any, ...]], prep: _Prepared) -> bool:
    """A failed record for a document stored without error: its good facts stay."""
    return prep.failed and stored is not None and stored[2] is None


def _retrying(engine: Engine, work: Callable[[sa.Connection], Any]) -> Any:
    """Run ``work`` in one write transaction, retried on deadlocks and busy databases."""
    for attempt in itertools.count():
        try:
            with engine.begin() as conn:
                return work(conn)
        except sa.exc.DBAPIError as exc:
            if attempt >= MAX_RETRIES or not _is_retryable(exc):
                raise
            time.sleep(min(2.0, 0.05 * 2 ** attempt) * (0.5 + random.random()))
    raise AssertionError("unreachable")


def _record_failures(engine: Engine, failures: list[_Prepared]) -> None:
    """Record each failure beside the stored good facts (``failure_*`` columns); facts stay."""
    now = dt.datetime.now(dt.timezone.utc)
    rows = [{"key": prep.doc_id, "ftype": _clean(prep.doc.error.type),  # type: ignore[union-attr]
             "fmessage": _clean(prep.doc.error.message), "now": now}  # type: ignore[union-attr]
            for prep in sorted(failures, key=lambda p: p.doc_id)]
    stmt = (DOCUMENTS.update().where(DOCUMENTS.c.doc_id == sa.bindparam("key"))
            .values(failure_type=sa.bindparam("ftype"), failure_message=sa.bindparam("fmessage"),
                    failed_at=sa.bindparam("now")))
    _retrying(engine, lambda conn: conn.execute(stmt, rows))


def legacy_id(doc_id: str) -> Optional[str]:
    """The id the same document had before ids were paths: the file stem, ``archive stem::member``."""
    from socdoc.read.base import stem_of
    from socdoc.read.ids import DUPLICATE_MARK

    head, sep, rest = doc_id.partition("::")
    name = head.rsplit("/", 1)[-1]
    if not name or (not sep and DUPLICATE_MARK in name):
        return None
    return stem_of(name) + sep + rest


def _has_legacy_rows(engine: Engine) -> bool:
    with engine.connect().execution_options(readonly=True) as conn:
        return conn.execute(sa.select(DOCUMENTS.c.id).where(DOCUMENTS.c.legacy_id.is_not(None)).limit(1)).first() \
            is not None


def count_legacy_rows(url: Optional[str] = None, *, engine: Optional[Engine] = None) -> int:
    """How many rows are still stored under an old (file stem) id."""
    own = engine is None
    engine = engine or make_engine(url)
    try:
        if not has_table(engine, DOCUMENTS.name):
            return 0
        with engine.connect().execution_options(readonly=True) as conn:
            return conn.execute(sa.select(sa.func.count()).where(DOCUMENTS.c.legacy_id.is_not(None))).scalar_one()
    finally:
        if own:
            engine.dispose()


def _match_legacy(engine: Engine, preps: list[_Prepared]) -> int:
    """Rename rows stored under an old (stem) id to the new id of the same document.

    A row matches when its ``legacy_id`` is the document's old id and its ``source`` is the
    document's source, or ends with the document's relative path (the folder was moved). Each
    row matches at most one document; the rest stay listed by ``socdoc db stats``.
    """
    wanted: dict[str, list[_Prepared]] = {}
    for prep in preps:
        old = legacy_id(prep.doc_id)
        if old is not None:
            wanted.setdefault(old, []).append(prep)
    if not wanted:
        return 0
    cols = (DOCUMENTS.c.id, DOCUMENTS.c.legacy_id, DOCUMENTS.c.source)
    with engine.connect().execution_options(readonly=True) as conn:
        rows = [row for chunk in _chunks(sorted(wanted), QUERY_CHUNK) for row in conn.execute(
            sa.select(*cols).where(DOCUMENTS.c.legacy_id.in_(chunk)))]
    renames: dict[int, str] = {}
    for pk, old, source in rows:
        for prep in wanted.get(old, []):
            new_source = _clean(prep.doc.source or "")
            if source and (source == new_source or source.endswith("/" + _clean(prep.doc_id))):
                renames[pk] = prep.doc_id
                wanted[old].remove(prep)
                break
    if not renames:
        return 0
    stmt = (DOCUMENTS.update().where(DOCUMENTS.c.id == sa.bindparam("pk"))
            .where(DOCUMENTS.c.legacy_id.is_not(None))
            .values(doc_id=sa.bindparam("new_id"), legacy_id=None))
    _retrying(engine, lambda conn: conn.execute(stmt, [{"pk": pk, "new_id": new} for pk, new in renames.items()]))
    return len(renames)


def _load_window(
    engine: Engine, window: list[_Prepared], upsert: Any, batch_size: int, legacy: bool = False
) -> LoadStats:
    """Check a window of records against the database; write the changed ones in batches."""
    stats = LoadStats()
    latest = {prep.doc_id: prep for prep in window}  # a doc_id given twice: the last one wins
    stats.unchanged += len(window) - len(latest)
    stored = _stored(engine, list(latest), _STORED_COLUMNS)
    if legacy:
        missing = [prep for doc_id, prep in latest.items() if doc_id not in stored]
        stats.matched_legacy = _match_legacy(engine, missing) if missing else 0
        if stats.matched_legacy:
            stored = _stored(engine, list(latest), _STORED_COLUMNS)
    todo: list[_Prepared] = []
    failures: list[_Prepared] = []
    for doc_id, prep in latest.items():
        row = stored.get(doc_id)
        if _keeps_good_facts(row, prep):
            stats.failed += 1
            stats.kept += 1
            stats.failed_ids.append(doc_id)
            error = prep.doc.error
            if error is not None and (row[3], row[4]) != (_clean(error.type), _clean(error.message)):  # type: ignore[index]
                failures.append(prep)
        elif _unchanged(row, prep):
            if prep.failed:
                stats.failed += 1
                stats.failed_ids.append(doc_id)
            else:
                stats.unchanged += 1
        else:
            todo.append(prep)
    if failures:
        _record_failures(engine, failures)
    for batch in _chunks(todo, batch_size):
        written, refused = _write_batch(engine, batch, upsert)
        for prep in batch:
            if prep.failed or prep.doc_id in refused:
                stats.failed += 1
                stats.failed_ids.append(prep.doc_id)
            elif prep.doc_id not in written:
                stats.unchanged += 1  # another loader stored the same record meanwhile
            elif prep.doc_id in stored:
                stats.replaced += 1
                if _from_other_file(stored[prep.doc_id], prep):
                    stats.other_source_ids.append(prep.doc_id)
            else:
                stats.loaded += 1
    return stats


def load_records(
    records: Iterable[Union[Record, Document]],
    url: Optional[str] = None,
    *,
    engine: Optional[Engine] = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    upgrade: bool = True,
    progress: Optional[Callable[[int], Any]] = None,
) -> LoadStats:
    """Load ``(Document, content hash or text)`` pairs (or bare documents) into ``url``.

    Runs the migrations first (``upgrade=False`` skips that), then compares windows of
    records with the stored ones and writes the new or changed ones in batches of
    ``batch_size`` documents, one transaction per batch. ``progress(n)`` is called after
    each window with the number of documents it handled.
    """
    started = time.perf_counter()
    own = engine is None
    engine = engine or make_engine(url)
    try:
        if upgrade:
            migrate.upgrade(engine=engine)
        upsert = _upsert_statement(engine)
        stats = LoadStats()
        prepared = (_prepare(record) for record in records)
        window_size = batch_size  # each batch is committed as soon as its records are there
        legacy = _has_legacy_rows(engine)
        while window := list(itertools.islice(prepared, window_size)):
            stats.add(_load_window(engine, window, upsert, batch_size, legacy))
            if progress is not None:
                progress(len(window))
        stats.seconds = time.perf_counter() - started
        return stats
    finally:
        if own:
            engine.dispose()


def default_extractor_version() -> Optional[str]:
    """``socdoc.EXTRACTOR_VERSION`` when the extraction core defines it."""
    import socdoc

    return getattr(socdoc, "EXTRACTOR_VERSION", None)


def needs_extraction(
    url: Optional[str],
    doc_ids_hashes: Union[Mapping[str, str], Iterable[tuple[str, str]]],
    extractor_version: Optional[str] = None,
    *,
    engine: Optional[Engine] = None,
) -> set[str]:
    """The doc_ids (of ``doc_id -> content hash``) that must be extracted and loaded again.

    A document needs extraction when it is not stored, its stored content hash differs,
    it was extracted by another extractor version (when a version is known), or its
    stored record carries an error or a failure beside its last good facts. Every other document is unchanged and can be skipped.
    """
    pairs = dict(doc_ids_hashes.items() if isinstance(doc_ids_hashes, Mapping) else doc_ids_hashes)
    version = extractor_version if extractor_version is not None else default_extractor_version()
    own = engine is None
    engine = engine or make_engine(url)
    try:
        if not has_table(engine, DOCUMENTS.name):
            return set(pairs)
        stored = _stored(engine, list(pairs), ("content_hash", "extractor_version", "error_type", "failure_type"))
    finally:
        if own:
            engine.dispose()
    needed = set()
    for doc_id, text_hash in pairs.items():
        row = stored.get(doc_id)
        if (
            row is None
            or row[0] != as_content_hash(text_hash)
            or (version is not None and row[1] != version)
            or row[2] is not None
            or row[3] is not None
        ):
            needed.add(doc_id)
    return needed


def main(argv: Optional[list[str]] = None) -> None:
    """``python -m socdoc.sinks.db.load [--db URL] FILE.jsonl…``: load JSONL record files."""
    import argparse
    import sys

    from socdoc.sinks.jsonl import read_jsonl_lenient

    parser = argparse.ArgumentParser(prog="python -m socdoc.sinks.db.load", description=main.__doc__)
    parser.add_argument("files", nargs="+", help="JSONL files of records ('-' for stdin)")
    parser.add_argument("--db", default=None, help="database URL (default: sqlite:///socdoc.db)")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    args = parser.parse_args(argv)
    problems: list[str] = []
    records = itertools.chain.from_iterable(
        read_jsonl_lenient(sys.stdin if name == "-" else name, problems, name=name) for name in args.files
    )
    stats = load_records(records, args.db, batch_size=args.batch_size)
    for problem in problems:
        print(f"bad record: {problem}", file=sys.stderr)
    print(stats.summary(), file=sys.stderr)
    sys.exit(1 if problems else 0)  # failed documents are stored with their errors


if __name__ == "__main__":
    main()
