"""Run socdoc reading and extraction on a Dask cluster (``dask.distributed``).

The client plans, the workers work:

- The client lists the documents without reading them: file paths from folders, member
  names of zip archives. A tar archive cannot be read out of order, so the client streams
  it once and ships each member's raw bytes; parsing (PDF, DOCX, HTML) still happens on
  the workers. Standard input is read on the client.
- Documents are grouped into partitions of ``partition_size``; one task reads a partition
  and extracts it with the worker's spaCy pipeline, which :class:`PipelineLoader` loads
  once per worker process.
- At most ``window`` partitions are in flight or waiting for their turn, so memory stays
  bounded however many documents there are; records come back in input order.
- A document that cannot be read or extracted becomes a record with ``error``. A task
  that raises is retried twice; a partition that still fails (for example a document that
  crashes every worker that reads it) is split and run document by document, and only
  the documents that still fail get an error record.

With the default ``read_on="workers"`` the workers must see the input paths at the same
absolute location as the client (a shared or network file system). ``read_on="client"``
reads every document on the client and ships the texts instead.

>>> from socdoc.engines.dask import extract_records
>>> for record in extract_records(["arkiv/"], scheduler="tcp://10.0.0.5:8786"):  # doctest: +SKIP
...     print(record.doc_id, len(record.amounts))
"""

from __future__ import annotations

import asyncio
import dataclasses
import concurrent.futures
import itertools
import os
import threading
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Optional, Union

import dask.bag as db
from dask import delayed
from distributed import Client, Future, LocalCluster, as_completed
from distributed.comm.core import CommClosedError
from distributed.diagnostics.plugin import WorkerPlugin

from socdoc.api import EXTRACTOR_VERSION, Item, extract_many
from socdoc.read import ReadError, ReadLimits, SourceDoc, iter_sources, read_bytes
from socdoc.read import _walk as walk_folder  # the reader's folder order, so records keep it
from socdoc.read.archives import (
    Budget,
    Where,
    _check_zip_member,
    _error_doc,
    _member_doc,
    _nested,
    _wanted,
    iter_tar,
    read_bounded,
    safe_member_name,
    zip_member_name,
)
from socdoc.read.base import archive_kind, error_info, fmt_label, format_of
from socdoc.read.ids import IdRegistry
from socdoc.read.errors import CorruptDocumentError
from socdoc.records import Document, ErrorInfo

__all__ = [
    "PipelineLoader",
    "Unit",
    "dask_client",
    "extract_bag",
    "extract_many_dask",
    "extract_records",
    "load_records_dask",
    "plan_units",
    "summary_row",
    "to_dataframe",
]

DEFAULT_PARTITION_SIZE = 64
TASK_RETRIES = 2
ReadOn = Literal["workers", "client"]
Scheduler = Union[None, str, Client]

_CLIENT_ERRORS = (asyncio.CancelledError, concurrent.futures.CancelledError, CommClosedError)
"""Errors of the connection to the cluster, not of a task: they stop the run."""


# ---------------------------------------------------------------- planning (client)


@dataclass(frozen=True)
class Unit:
    """One document (or one nested archive) to read, and how a worker gets its bytes.

    ``kind`` is ``file`` (a path the worker reads), ``zip_member`` (member ``index`` of the
    zip archive at ``path``), ``bytes`` (raw member bytes shipped from the client) or
    ``source`` (a :class:`~socdoc.read.SourceDoc` read on the client).
    """

    kind: str
    doc_id: str
    source: str
    path: Optional[str] = None
    index: Optional[int] = None
    name: Optional[str] = None
    payload: Any = field(default=None, repr=False)
    prefix: Optional[str] = None
    """The id of the archive a ``zip_member`` unit belongs to."""


def _source_unit(doc: SourceDoc) -> Unit:
    return Unit("source", doc.doc_id, doc.source, payload=doc)


def plan_units(
    paths: Iterable[Union[str, Path]], limits: ReadLimits = ReadLimits(), read_on: ReadOn = "workers"
) -> Iterator[Unit]:
    """The work units of ``paths`` in the order :func:`socdoc.read.iter_sources` reads them.

    Lazy: tar member bytes are read only as the units are consumed.
    """
    if read_on == "client":
        yield from map(_source_unit, iter_sources(paths, limits))
        return
    registry = IdRegistry()
    for unit in _raw_units(paths, limits):
        doc_id = registry.claim(unit.doc_id)
        if doc_id != unit.doc_id:
            if unit.kind == "source":
                unit.payload.doc_id = doc_id
            unit = dataclasses.replace(unit, doc_id=doc_id)
        yield unit


def _raw_units(paths: Iterable[Union[str, Path]], limits: ReadLimits) -> Iterator[Unit]:
    """The units of :func:`plan_units` with the ids the reader gives before they are made unique."""
    for item in paths:
        path = Path(item)
        if str(item) != "-" and path.is_dir():
            for file in walk_folder(path):
                yield from _file_units(file, False, limits, file.relative_to(path).as_posix())
        elif str(item) != "-" and path.is_file():
            yield from _file_units(path, True, limits, path.name)
        else:  # standard input or a missing path: the reader reads or reports it here
            yield from map(_source_unit, iter_sources([item], limits))


def _file_units(path: Path, explicit: bool, limits: ReadLimits, doc_id: str) -> Iterator[Unit]:
    source = os.path.abspath(path)
    kind = archive_kind(path.name)
    if kind == "zip":
        yield from _zip_units(path, source, limits, doc_id)
    elif kind == "tar":
        yield from _tar_units(path, source, limits, doc_id)
    elif format_of(path.name) is not None or explicit:
        yield Unit("file", doc_id, source, path=source)


def _zip_units(path: Path, source: str, limits: ReadLimits, prefix: str) -> Iterator[Unit]:
    """One unit per wanted member, named as the reader names it; nothing is decompressed."""
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        yield from map(_source_unit, _renamed(iter_sources([source], limits), path.name, prefix))
        return
    with archive:
        for index, info in enumerate(archive.infolist()):
            if info.is_dir():
                continue
            name = safe_member_name(zip_member_name(info))
            if _wanted(name) is not None:
                yield Unit("zip_member", f"{prefix}::{name}", f"{source}::{name}", path=source, index=index,
                           name=name, prefix=prefix)


def _renamed(docs: Iterable[SourceDoc], old: str, new: str) -> Iterator[SourceDoc]:
    """Documents read from one file by its name, with ids under ``new`` (its id in the run)."""
    for doc in docs:
        if doc.doc_id == old or doc.doc_id.startswith(old + "::"):
            doc.doc_id = new + doc.doc_id[len(old):]
        yield doc


def _tar_units(path: Path, source: str, limits: ReadLimits, prefix: str) -> Iterator[Unit]:
    """Streams a tar archive once; members become ``bytes`` units parsed on the workers."""
    captured: list[tuple[str, bytes]] = []

    def capture(name: str, data: bytes) -> str:
        captured.append((name, data))
        return ""

    try:
        handle = open(source, "rb")
    except OSError:
        yield from map(_source_unit, _renamed(iter_sources([source], limits), path.name, prefix))
        return
    with handle:
        where = Where(source=source, doc_prefix=prefix, depth=1)
        for doc in iter_tar(handle, where, limits, Budget(limit=limits.max_total_bytes), capture):
            if doc.error is None and captured:
                name, data = captured.pop()
                yield Unit("bytes", doc.doc_id, doc.source, name=name, payload=data)
            else:
                yield _source_unit(doc)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


# ---------------------------------------------------------------- reading and extraction (workers)


def _read_zip_member(unit: Unit, archive: zipfile.ZipFile, limits: ReadLimits) -> Iterator[SourceDoc]:
    """The documents of one zip member, exactly as :func:`socdoc.read.archives.iter_zip` gives them."""
    name = unit.name or ""
    prefix = unit.prefix if unit.prefix is not None else unit.doc_id[: -len(name) - 2]
    where = Where(source=unit.path or "", doc_prefix=prefix, depth=1)
    budget = Budget(limit=limits.max_total_bytes)  # per member here, per archive in iter_zip

    def read_doc(member: str, data: bytes) -> str:
        return read_bytes(member, data, limits)

    try:
        info = archive.infolist()[unit.index or 0]
        _check_zip_member(info, name, limits)
        with archive.open(info) as stream:
            kind = archive_kind(name)
            if kind is not None:
                yield from _nested(where, name, kind, stream, limits, budget, read_doc)
                return
            data = read_bounded(stream, limits.max_member_bytes, budget, name)
    except ReadError as exc:
        yield _error_doc(where, name, exc)
        return
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError, IndexError) as exc:
        yield _error_doc(where, name, CorruptDocumentError(f"damaged zip member ({exc})"))
        return
    yield _member_doc(where, name, data, read_doc)


def _read_bytes_unit(unit: Unit, limits: ReadLimits) -> SourceDoc:
    name = unit.name or unit.doc_id
    fmt = fmt_label(name)
    try:
        return SourceDoc(unit.doc_id, unit.source, fmt, read_bytes(name, unit.payload, limits))
    except ReadError as exc:
        return SourceDoc(unit.doc_id, unit.source, fmt, None, error_info(exc))


def read_partition(units: list[Unit], limits: ReadLimits = ReadLimits()) -> list[SourceDoc]:
    """Read the documents of a partition (runs on a worker)."""
    archives: dict[str, zipfile.ZipFile] = {}
    docs: list[SourceDoc] = []
    try:
        for unit in units:
            if unit.kind == "file":
                name = Path(unit.path or unit.source).name
                docs.extend(_renamed(iter_sources([unit.path or unit.source], limits), name, unit.doc_id))
            elif unit.kind == "zip_member":
                own = f"{unit.prefix}::{unit.name}"
                docs.extend(_renamed(_read_zip_member(unit, _open_zip(archives, unit), limits), own, unit.doc_id))
            elif unit.kind == "bytes":
                docs.append(_read_bytes_unit(unit, limits))
            else:
                docs.append(unit.payload)
    finally:
        for archive in archives.values():
            archive.close()
    return docs


def _open_zip(archives: dict[str, zipfile.ZipFile], unit: Unit) -> zipfile.ZipFile:
    path = unit.path or ""
    if path not in archives:
        archives[path] = zipfile.ZipFile(path)
    return archives[path]


def _read_failure(doc: SourceDoc) -> Document:
    error = doc.error or ErrorInfo(type="ReadError", message="the document has no text")
    return Document(doc_id=doc.doc_id, source=doc.source, error=error, extractor_version=EXTRACTOR_VERSION)


def extract_sources(docs: list[SourceDoc], only: Optional[Iterable[str]] = None) -> list[Document]:
    """Records of read documents, in order (runs on a worker); ``only`` keeps those doc_ids."""
    if only is not None:
        wanted = set(only)
        docs = [doc for doc in docs if doc.doc_id in wanted]
    _warm_pipeline()
    failures = [None if doc.error is None and doc.text is not None else _read_failure(doc) for doc in docs]
    items = [(doc.text, {"doc_id": doc.doc_id, "source": doc.source}) for doc, f in zip(docs, failures) if f is None]
    extracted = extract_many(items, n_process=1)
    return [failure if failure is not None else next(extracted) for failure in failures]


def extract_partition(units: list[Unit], limits: ReadLimits = ReadLimits()) -> list[Document]:
    """Read and extract one partition (runs on a worker)."""
    return extract_sources(read_partition(units, limits))


def source_hashes(docs: list[SourceDoc]) -> list[tuple[str, str]]:
    """``(doc_id, content hash)`` of read documents, as the database loader computes it."""
    from socdoc.sinks.db.load import content_hash

    return [(doc.doc_id, content_hash(doc.text if doc.text is not None else "")) for doc in docs]


def extract_items(pairs: list[tuple[Any, dict[str, Any]]]) -> list[Document]:
    """:func:`socdoc.extract_many` over ``(text, context)`` pairs (runs on a worker)."""
    _warm_pipeline()
    return list(extract_many(pairs, n_process=1))


_PIPELINE_LOCK = threading.Lock()


def _warm_pipeline() -> None:
    """Build the process's cached spaCy pipeline once, even when two threads ask at once."""
    from socdoc.pipeline import pipeline

    with _PIPELINE_LOCK:
        pipeline()


class PipelineLoader(WorkerPlugin):
    """Loads socdoc's spaCy pipeline when a worker starts, so tasks never wait for it."""

    name = "socdoc-pipeline"

    async def setup(self, worker: Any) -> None:  # noqa: ARG002 - the plugin interface
        await asyncio.to_thread(_warm_pipeline)


# ---------------------------------------------------------------- the cluster (client)


@contextmanager
def dask_client(
    scheduler: Scheduler = None, n_workers: Optional[int] = None, **cluster_options: Any
) -> Iterator[Client]:
    """A client of ``scheduler`` (an address or a :class:`Client`), or of a new local cluster.

    The local cluster has ``n_workers`` single-threaded worker processes (default: one per
    core) and no dashboard unless ``dashboard_address`` is given. Every worker gets
    :class:`PipelineLoader`.
    """
    if isinstance(scheduler, Client):
        _register_loader(scheduler)
        yield scheduler
        return
    if scheduler:
        with Client(scheduler) as client:
            _register_loader(client)
            yield client
        return
    options = {"threads_per_worker": 1, "processes": True, "dashboard_address": None, **cluster_options}
    with LocalCluster(n_workers=n_workers or os.cpu_count() or 1, **options) as cluster, Client(cluster) as client:
        _register_loader(client)
        yield client


def _register_loader(client: Client) -> None:
    client.register_plugin(PipelineLoader(), name=PipelineLoader.name)


def _default_window(client: Client) -> int:
    return max(4, 2 * sum(client.nthreads().values()))


@dataclass
class _Job:
    slot: int
    sub: int
    part: list[Any]
    split: bool
    state: dict[str, Any] = field(default_factory=dict)


Start = Callable[[list[Any]], tuple[Future, dict[str, Any]]]
Step = Callable[[list[Any], dict[str, Any], Any], Union[list[Any], tuple[Future, dict[str, Any]]]]
Fallback = Callable[[list[Any], BaseException], list[Any]]


def run_ordered(
    partitions: Iterable[list[Any]],
    start: Start,
    fallback: Fallback,
    window: int,
    step: Optional[Step] = None,
) -> Iterator[list[Any]]:
    """Results of every partition in input order, with at most ``window`` partitions pending.

    ``start(part)`` submits a partition's first task and returns ``(future, state)``;
    ``step(part, state, value)`` returns the partition's result, or the next ``(future,
    state)`` of a multi-stage partition. A failed partition is run again unit by unit, and
    ``fallback(units, error)`` gives the result of a unit that still fails.
    """
    pending = as_completed()
    jobs: dict[str, _Job] = {}
    slots: dict[int, list[Optional[list[Any]]]] = {}
    source = iter(partitions)
    n_in = n_out = 0
    exhausted = False

    def submit(job: _Job, future: Future, state: dict[str, Any]) -> None:
        job.state = state
        jobs[future.key] = job
        pending.add(future)

    while True:
        while not exhausted and n_in - n_out < window:
            part = next(source, None)
            if part is None:
                exhausted = True
                break
            slots[n_in] = [None]
            submit(_Job(n_in, 0, part, False), *start(part))
            n_in += 1
        if n_out == n_in:
            return
        future = next(pending)
        job = jobs.pop(future.key)
        try:
            value = future.result()
        except _CLIENT_ERRORS:
            raise
        except Exception as exc:  # the task failed after its retries, or killed its workers
            if not job.split and len(job.part) > 1:
                slots[job.slot] = [None] * len(job.part)
                for sub, unit in enumerate(job.part):
                    submit(_Job(job.slot, sub, [unit], True), *start([unit]))
            else:
                slots[job.slot][job.sub] = fallback(job.part, exc)
        else:
            result = step(job.part, job.state, value) if step is not None else value
            if isinstance(result, tuple):
                submit(job, *result)
            else:
                slots[job.slot][job.sub] = result
        del future
        while n_out in slots and all(r is not None for r in slots[n_out]):
            yield list(itertools.chain.from_iterable(slots.pop(n_out)))  # type: ignore[arg-type]
            n_out += 1


def _crash_record(doc_id: Optional[str], source: Optional[str], exc: BaseException) -> Document:
    message = f"the task failed after {TASK_RETRIES} retries: {exc}" if str(exc) else type(exc).__name__
    return Document(
        doc_id=doc_id, source=source, extractor_version=EXTRACTOR_VERSION,
        error=ErrorInfo(type=type(exc).__name__, message=message),
    )


def _unit_crashes(units: list[Unit], exc: BaseException) -> list[Document]:
    return [_crash_record(unit.doc_id, unit.source, exc) for unit in units]


# ---------------------------------------------------------------- public API


def extract_records(
    paths: Iterable[Union[str, Path]],
    scheduler: Scheduler = None,
    n_workers: Optional[int] = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    *,
    limits: ReadLimits = ReadLimits(),
    read_on: ReadOn = "workers",
    window: Optional[int] = None,
) -> Iterator[Document]:
    """Records of every document in ``paths``, in input order, extracted on a Dask cluster.

    ``scheduler`` is a scheduler address (``tcp://host:8786``), a :class:`Client`, or ``None``
    for a local cluster of ``n_workers`` processes. ``paths`` are what ``socdoc extract``
    takes; record ``doc_id`` and ``source`` are those of :func:`socdoc.read.iter_sources`.
    """
    with dask_client(scheduler, n_workers) as client:
        def start(units: list[Unit]) -> tuple[Future, dict[str, Any]]:
            return client.submit(extract_partition, units, limits, pure=False, retries=TASK_RETRIES), {}

        partitions = _chunks(plan_units(paths, limits, read_on), partition_size)
        for records in run_ordered(partitions, start, _unit_crashes, window or _default_window(client)):
            yield from records


def extract_many_dask(
    items: Iterable[Item],
    scheduler: Scheduler = None,
    n_workers: Optional[int] = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    *,
    window: Optional[int] = None,
) -> Iterator[Document]:
    """:func:`socdoc.extract_many` on a Dask cluster: texts or ``(text, context)`` pairs in, records out in order."""
    pairs = ((item[0], dict(item[1] or {})) if isinstance(item, tuple) else (item, {}) for item in items)

    def crashes(part: list[tuple[Any, dict[str, Any]]], exc: BaseException) -> list[Document]:
        return [_crash_record(ctx.get("doc_id"), ctx.get("source"), exc) for _, ctx in part]

    with dask_client(scheduler, n_workers) as client:
        def start(part: list[tuple[Any, dict[str, Any]]]) -> tuple[Future, dict[str, Any]]:
            return client.submit(extract_items, part, pure=False, retries=TASK_RETRIES), {}

        for records in run_ordered(_chunks(pairs, partition_size), start, crashes, window or _default_window(client)):
            yield from records


def load_records_dask(
    paths: Iterable[Union[str, Path]],
    url: Optional[str] = None,
    scheduler: Scheduler = None,
    n_workers: Optional[int] = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    *,
    batch_size: Optional[int] = None,
    limits: ReadLimits = ReadLimits(),
    read_on: ReadOn = "workers",
    window: Optional[int] = None,
    progress: Optional[Callable[[int], Any]] = None,
) -> Any:
    """Extract ``paths`` on a Dask cluster and load the records into the database at ``url``.

    Each partition is read once on a worker and kept there; only its ``(doc_id, content
    hash)`` pairs come to the client, which asks :func:`needs_extraction` and has the
    worker extract just the new, changed or failed documents. The client is the only
    writer, through :func:`socdoc.sinks.db.load.load_records` (idempotent upserts keyed on
    ``doc_id`` and content hash), so a worker that dies only makes a partition run again.
    Returns the loader's ``LoadStats``; skipped documents count as ``unchanged``.
    """
    from socdoc.sinks.db import migrate
    from socdoc.sinks.db.engine import make_engine, resolve_url
    from socdoc.sinks.db.load import DEFAULT_BATCH_SIZE, load_records, needs_extraction

    url = resolve_url(url)
    migrate.upgrade(url)
    engine = make_engine(url)
    skipped = 0
    try:
        with dask_client(scheduler, n_workers) as client:
            def start(units: list[Unit]) -> tuple[Future, dict[str, Any]]:
                read = client.submit(read_partition, units, limits, pure=False, retries=TASK_RETRIES)
                hashes = client.submit(source_hashes, read, pure=False, retries=TASK_RETRIES)
                return hashes, {"read": read}

            def step(units: list[Unit], state: dict[str, Any], value: Any) -> Any:
                nonlocal skipped
                if "hashes" in state:  # extraction done: pair records with their hashes
                    return list(zip(value, state["hashes"]))
                needed = needs_extraction(url, dict(value), EXTRACTOR_VERSION, engine=engine)
                kept = [h for doc_id, h in value if doc_id in needed]
                skipped += len(value) - len(kept)
                if progress is not None and len(value) > len(kept):
                    progress(len(value) - len(kept))
                if not kept:
                    return []
                future = client.submit(extract_sources, state["read"], sorted(needed), pure=False,
                                       retries=TASK_RETRIES)
                return future, {"hashes": kept}

            def crashes(units: list[Unit], exc: BaseException) -> list[tuple[Document, None]]:
                return [(record, None) for record in _unit_crashes(units, exc)]

            partitions = _chunks(plan_units(paths, limits, read_on), partition_size)
            results = run_ordered(partitions, start, crashes, window or _default_window(client), step)
            records = itertools.chain.from_iterable(results)
            stats = load_records(records, url, engine=engine, batch_size=batch_size or DEFAULT_BATCH_SIZE,
                                 upgrade=False, progress=progress)
    finally:
        engine.dispose()
    stats.unchanged += skipped
    return stats


def _bag_partition(units: list[Unit], limits: ReadLimits) -> list[dict[str, Any]]:
    return [record.model_dump(mode="json") for record in extract_partition(units, limits)]


def extract_bag(
    paths: Iterable[Union[str, Path]],
    partition_size: int = DEFAULT_PARTITION_SIZE,
    *,
    limits: ReadLimits = ReadLimits(),
    read_on: ReadOn = "workers",
) -> db.Bag:
    """A lazy :class:`dask.bag.Bag` of record dicts (``model_dump(mode="json")``), one partition per task.

    The documents are listed now and read when the bag is computed, on whatever scheduler is
    active (a ``Client`` makes it the cluster). Tar members are read now and travel in the graph.
    """
    parts = [delayed(_bag_partition, pure=False)(units, limits)
             for units in _chunks(plan_units(paths, limits, read_on), partition_size)]
    if not parts:
        return db.from_sequence([], npartitions=1)
    return db.from_delayed(parts)


SUMMARY_COLUMNS: dict[str, str] = {
    "doc_id": "object",
    "source": "object",
    "kind": "object",
    "title": "object",
    "published": "datetime64[ns]",
    "n_chars": "int64",
    "n_words": "int64",
    "n_amounts": "int64",
    "total_amount": "float64",
    "n_dates": "int64",
    "n_periods": "int64",
    "n_parties": "int64",
    "n_people": "int64",
    "n_areas": "int64",
    "n_focus_areas": "int64",
    "n_decisions": "int64",
    "meeting_body": "object",
    "meeting_date": "datetime64[ns]",
    "error_type": "object",
}
"""Columns of :func:`to_dataframe` and their dtypes."""


def _amount_value(amount: dict[str, Any]) -> Optional[float]:
    if amount.get("value") is not None:
        return float(amount["value"])
    low, high = amount.get("low"), amount.get("high")
    if low is not None and high is not None:
        return (float(low) + float(high)) / 2
    return float(low if low is not None else high) if (low is not None or high is not None) else None


def summary_row(record: dict[str, Any]) -> dict[str, Any]:
    """One flat row of a record dict: counts per fact, the DKK total of its amounts, the error type.

    ``total_amount`` adds each amount's value (a range counts with its midpoint).
    """
    meeting = record.get("meeting") or {}
    values = [v for v in map(_amount_value, record.get("amounts") or []) if v is not None]
    error = record.get("error") or {}
    return {
        "doc_id": record.get("doc_id"),
        "source": record.get("source"),
        "kind": record.get("kind"),
        "title": record.get("title"),
        "published": record.get("published"),
        "n_chars": record.get("n_chars") or 0,
        "n_words": record.get("n_words") or 0,
        "n_amounts": len(record.get("amounts") or []),
        "total_amount": float(sum(values)),
        "n_dates": len(record.get("dates") or []),
        "n_periods": len(record.get("periods") or []),
        "n_parties": len(record.get("parties") or []),
        "n_people": len(record.get("people") or []),
        "n_areas": len(record.get("areas") or []),
        "n_focus_areas": len(record.get("focus_areas") or []),
        "n_decisions": len(record.get("decisions") or []),
        "meeting_body": meeting.get("body"),
        "meeting_date": meeting.get("date"),
        "error_type": error.get("type"),
    }


def _typed_frame(rows: list[dict[str, Any]]) -> Any:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))
    for column, dtype in SUMMARY_COLUMNS.items():
        if dtype.startswith("datetime"):
            frame[column] = pd.to_datetime(frame[column]).astype(dtype)
        else:
            frame[column] = frame[column].astype(dtype)
    return frame


def to_dataframe(bag: db.Bag) -> Any:
    """A dask DataFrame with one row per record of ``bag`` (see :data:`SUMMARY_COLUMNS`).

    Needs pandas (``pip install "dask[dataframe]"``).
    """
    import dask.dataframe as dd

    frames = [delayed(_typed_frame)(rows) for rows in bag.map(summary_row).to_delayed()]
    return dd.from_delayed(frames, meta=_typed_frame([]), verify_meta=False)
