"""The library API: :func:`extract` one text, :func:`extract_many` for a stream of texts."""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import itertools
import os
import signal
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Optional, Union

from socdoc import EXTRACTOR_VERSION
from socdoc.records import Document, ErrorInfo

if TYPE_CHECKING:  # spaCy is imported when the first document is extracted
    from spacy.language import Language
    from spacy.tokens import Doc

# Texts longer than this skip the statistical components (they would take most of the time); the
# rule-based extractors still run on them.
STATISTICAL_MAX_CHARS = 1_000_000
STATISTICAL_PIPES = ("tok2vec", "ner")
# Documents per spaCy batch, and most tokens in one batch: the NER's working memory grows with the
# batch's tokens (about 16 KB a token). A longer document runs alone, its NER in sentence pieces.
PIPE_BATCH_SIZE = 4
PIPE_BATCH_TOKENS = 10_000

Context = Mapping[str, Any]
Item = Union[str, tuple[str, Context]]


def _as_date(value: Union[str, dt.date, None]) -> Optional[dt.date]:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _error_record(context: Context, exc: BaseException, text: str = "") -> Document:
    return Document(
        doc_id=context.get("doc_id"),
        source=context.get("source"),
        source_url=context.get("source_url"),
        n_chars=len(text),
        extractor_version=EXTRACTOR_VERSION,
        error=ErrorInfo(type=type(exc).__name__, message=str(exc) or type(exc).__name__),
    )


def _check_text(text: object) -> str:
    from socdoc.pipeline import MAX_LENGTH

    if not isinstance(text, str):
        raise TypeError(f"expected text as str, got {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        raise ValueError(f"text has {len(text):,} characters; the limit is {MAX_LENGTH:,}")
    if not text.strip():
        from socdoc.read.errors import EmptyDocumentError  # the readers' error, as the CLI reports it

        raise EmptyDocumentError("no text found (the text is empty or only whitespace)")
    return text


def _check_arguments(text: object, doc_id: object, source_url: object, published: object) -> None:
    """Raise :class:`TypeError` for an argument of the wrong type (a programming error)."""
    if not isinstance(text, str):
        hint = " (decode bytes first, or read files with socdoc.read.iter_sources)" if isinstance(
            text, (bytes, bytearray)) else ""
        raise TypeError(f"socdoc.extract() takes the text as str, got {type(text).__name__}{hint}")
    for name, value in (("doc_id", doc_id), ("source_url", source_url)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"socdoc.extract() takes {name} as str or None, got {type(value).__name__}")
    if published is not None and not isinstance(published, (str, dt.date)):
        raise TypeError(f"socdoc.extract() takes published as an ISO date str, a date or None, "
                        f"got {type(published).__name__}")


def _make_doc(nlp: Language, text: str, context: Context, kind: Optional[str] = None) -> Doc:
    from socdoc import invisible

    stripped, hidden = invisible.strip(text)  # "Boligsel\u00adskabet": read without, offsets restored
    doc = nlp.make_doc(stripped)
    if hidden:
        doc.user_data[invisible.USER_DATA_KEY] = (text, hidden)
    published = _as_date(context.get("published"))
    if published is not None:
        doc.user_data["socdoc_published"] = published.isoformat()
    if kind is not None:
        doc.user_data["socdoc_kind"] = kind
    return doc


def _record(doc: Doc, context: Context) -> Document:
    from socdoc.assemble import to_record
    from socdoc.invisible import USER_DATA_KEY, restore

    record = to_record(
        doc,
        doc_id=context.get("doc_id"),
        source=context.get("source"),
        source_url=context.get("source_url"),
        published=_as_date(context.get("published")),
        version=EXTRACTOR_VERSION,
    )
    hidden = doc.user_data.get(USER_DATA_KEY)
    return restore(record, *hidden) if hidden else record


def extract(
    text: str,
    doc_id: Optional[str] = None,
    source_url: Optional[str] = None,
    published: Union[str, dt.date, None] = None,
) -> Document:
    """Extract all facts from one Danish text.

    >>> doc = extract("Kommunen giver 8,1 mio. kr. årligt i perioden 2013-2015.")
    >>> doc.amounts[0].value, doc.amounts[0].per_year, str(doc.periods[0].end)
    (8100000, True, '2015-12-31')

    Bad *content* (empty text, junk, a 5 MB line) never raises: the record's ``error`` says what
    failed (empty text gives ``EmptyDocumentError``, as ``socdoc extract`` does for an empty file).
    An argument of the wrong type (``None``, bytes) is a programming error: :class:`TypeError`.
    """
    _check_arguments(text, doc_id, source_url, published)
    context = {"doc_id": doc_id, "source_url": source_url, "published": published}
    return next(_extract_local([(text, context)]))


def _normalise_items(items: Iterable[Item]) -> Iterator[tuple[str, Context]]:
    for item in items:
        if isinstance(item, tuple):
            yield item[0], dict(item[1] or {})
        else:
            yield item, {}


def _extract_local(pairs: Iterable[tuple[str, Context]], batch_size: int = 32) -> Iterator[Document]:
    """Records of ``pairs`` in this process; the pipeline is built when the first text arrives
    (a run with nothing to extract never loads it) and BLAS threads are limited while it runs."""
    iterator = iter(pairs)
    nlp = None
    while True:
        chunk = list(itertools.islice(iterator, batch_size))
        if not chunk:
            return
        if nlp is None:
            from socdoc.pipeline import pipeline

            nlp = pipeline()
        yield from _limited(_extract_chunk(nlp, chunk))


def _limited(records: Iterator[Document]) -> Iterator[Document]:
    """The records of one chunk, computed with BLAS/OpenMP threads limited (not while the caller
    holds a record: the limit is lifted before each ``yield``)."""
    from socdoc.pipeline import limited_threads

    with limited_threads():
        done = list(records)
    yield from done


class DocumentTimeoutError(RuntimeError):
    """Extraction of one document took longer than its time budget (see :func:`time_budget`)."""


TIME_BUDGET_SECONDS = 60.0
TIME_BUDGET_CHARS_PER_SECOND = 5_000
"""A document may take 60 s plus 1 s per 5,000 characters (1 MB: about 4 minutes, 5 MB: 18
minutes). On one idle core fact-dense text runs at about 20,000 characters a second with the NER
and 40,000 past ``STATISTICAL_MAX_CHARS`` (rules only), and time is linear in the length (long
texts run in pieces), so the budget leaves room for a machine loaded four times over and catches
a runaway."""


def time_budget(n_chars: int) -> float:
    """Seconds one document of ``n_chars`` characters may take before it becomes an error record."""
    return TIME_BUDGET_SECONDS + n_chars / TIME_BUDGET_CHARS_PER_SECOND


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`DocumentTimeoutError` in this block after ``seconds`` (main thread on POSIX
    only, and only when no other interval timer is running; elsewhere there is no deadline)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise DocumentTimeoutError(f"extraction took longer than its time budget of {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _n_chars(doc: Doc) -> int:
    raw = doc.user_data.get("socdoc_raw")
    return len(raw) if raw is not None else len(doc.text)  # doc.text joins every token: only if needed


def _pipe_batch(nlp: Language, docs: list[Doc]) -> list[Union[Doc, DocumentTimeoutError, None]]:
    """The processed documents of one batch; a long document alone (its NER in pieces); when the
    batch fails, each document again on its own so the one that failed is found."""
    if len(docs) == 1 and len(docs[0]) > PIPE_BATCH_TOKENS:
        return [_safe_single(nlp, docs[0])]
    try:
        with _deadline(sum(time_budget(_n_chars(d)) for d in docs)):
            return list(nlp.pipe(docs, batch_size=len(docs)))
    except Exception:
        return [_safe_single(nlp, d) for d in docs]


def _long_record(nlp: Language, text: str, context: Context) -> Document:
    """The record of a text longer than ``LONG_TEXT_CHARS``: its pieces run one after another
    (within the whole text's time budget) and their records are merged. Past
    ``STATISTICAL_MAX_CHARS`` the statistical components are left out."""
    from socdoc.normalize import normalize
    from socdoc.pipeline.pieces import RecordMerger, split_text

    try:
        with _deadline(time_budget(len(text))):
            merger = RecordMerger()
            given = context.get("published")
            kind: Optional[str] = None
            rules_only = len(text) > STATISTICAL_MAX_CHARS
            for start, end in split_text(text, normalize(text)):
                piece_context = {**context, "published": given}
                doc = _make_doc(nlp, text[start:end], piece_context, kind)
                record = _record(_run(nlp, doc, rules_only), piece_context)
                if kind is None:  # later pieces inherit the first piece's kind and date
                    kind, given = record.kind, given or record.published
                merger.add(start, record)
            return merger.record(len(text))
    except Exception as exc:
        return _error_record(context, exc, text)


def _extract_chunk(nlp: Language, chunk: list[tuple[str, Context]]) -> Iterator[Document]:
    """Records of ``chunk`` in order. Documents are made and run one spaCy batch at a time (at
    most ``PIPE_BATCH_SIZE`` documents and ``PIPE_BATCH_TOKENS`` tokens), so only one batch, or
    one long document, is held at a time."""
    from socdoc.pipeline.pieces import LONG_TEXT_CHARS

    pending: list[tuple[str, Context, Union[Doc, Document]]] = []  # documents and error records
    batch: list[Doc] = []
    for text, context in chunk:
        try:
            if len(_check_text(text)) > LONG_TEXT_CHARS:
                yield from _flush(nlp, pending, batch)
                yield _long_record(nlp, text, context)
                continue
            doc = _make_doc(nlp, text, context)
        except Exception as exc:  # a bad document must not stop the batch
            pending.append((text, context, _error_record(context, exc, text if isinstance(text, str) else "")))
            continue
        tokens = sum(len(d) for d in batch) + len(doc)
        if batch and (len(batch) >= PIPE_BATCH_SIZE or tokens > PIPE_BATCH_TOKENS):
            yield from _flush(nlp, pending, batch)
        pending.append((text, context, doc))
        batch.append(doc)
    yield from _flush(nlp, pending, batch)


def _flush(nlp: Language, pending: list[tuple[str, Context, Any]], batch: list[Doc]) -> Iterator[Document]:
    """Run ``batch`` and yield the records of ``pending`` (its documents and the error records
    between them) in order; both lists are emptied."""
    results = iter(_pipe_batch(nlp, batch) if batch else [])
    entries = list(pending)
    pending.clear()
    batch.clear()
    for text, context, item in entries:
        if isinstance(item, Document):
            yield item
            continue
        result = next(results)
        if isinstance(result, DocumentTimeoutError):
            yield _error_record(context, result, text)
        elif result is None:
            yield _safe_record(nlp, item, context)
        else:
            yield _record(result, context)


def _run(nlp: Language, doc: Doc, rules_only: bool = False) -> Doc:
    """Run the pipeline over one document; on a document of more than ``PIPE_BATCH_TOKENS``
    tokens the statistical components run over sentence pieces (bounded memory)."""
    from socdoc.pipeline.pieces import run_statistical_in_pieces

    statistical = [proc for name, proc in nlp.pipeline if name in STATISTICAL_PIPES]
    in_pieces = len(doc) > PIPE_BATCH_TOKENS and statistical
    for name, proc in nlp.pipeline:
        if name not in STATISTICAL_PIPES or not (in_pieces or rules_only):
            doc = proc(doc)
        elif proc is statistical[0] and not rules_only:
            doc = run_statistical_in_pieces(doc, statistical)
    return doc


def _safe_single(nlp: Language, doc: Doc) -> Union[Doc, DocumentTimeoutError, None]:
    """The processed document; its timeout error; ``None`` when a component failed."""
    try:
        with _deadline(time_budget(_n_chars(doc))):
            return _run(nlp, doc)
    except DocumentTimeoutError as exc:
        return exc
    except Exception:
        return None


def _safe_record(nlp: Language, doc: Doc, context: Context) -> Document:
    from socdoc.invisible import USER_DATA_KEY

    text = doc.user_data.get("socdoc_raw", doc.text)
    try:
        with _deadline(time_budget(len(text))):
            again = nlp.make_doc(text)
            if USER_DATA_KEY in doc.user_data:  # the text without invisible characters: keep where they were
                again.user_data[USER_DATA_KEY] = doc.user_data[USER_DATA_KEY]
            return _record(_run(nlp, again), context)
    except Exception as exc:
        return _error_record(context, exc, text)


def _worker_chunk(chunk: list[tuple[str, dict[str, Any]]]) -> list[Document]:
    return list(_extract_local(chunk))


class WorkerCrashError(RuntimeError):
    """A worker process died (killed, out of memory) while it held the document."""


PARENT_POLL_SECONDS = 1.0


def _exit_with_parent(parent: int) -> None:
    """Worker initializer: end this worker as soon as the process that started it is gone."""

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="socdoc-parent-watch", daemon=True).start()


def _new_pool(n_process: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=n_process, initializer=_exit_with_parent, initargs=(os.getpid(),))


def _crash_records(chunk: list[tuple[str, dict[str, Any]]], exc: BaseException) -> list[Document]:
    error = WorkerCrashError(f"the worker process extracting this document died ({exc or type(exc).__name__})")
    return [_error_record(context, error, text if isinstance(text, str) else "") for text, context in chunk]


class _Pool:
    """A process pool that is replaced when a worker dies; the chunks it held are run again one at
    a time in a fresh pool, so the chunk that kills a worker again is found and becomes error
    records while the others are extracted as usual."""

    def __init__(self, n_process: int) -> None:
        self.n_process = n_process
        self.executor = _new_pool(n_process)

    def submit(self, chunk: list[tuple[str, dict[str, Any]]]) -> Future:
        """The chunk's future; a pool that broke before the chunk got in gives a failed future,
        so the chunk is run again with the others the dead worker held."""
        try:
            return self.executor.submit(_worker_chunk, chunk)
        except BrokenProcessPool as exc:
            failed: Future = Future()
            failed.set_exception(exc)
            return failed

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = _new_pool(self.n_process)

    def isolate(self, chunk: list[tuple[str, dict[str, Any]]]) -> list[Document]:
        try:
            return self.submit(chunk).result()
        except BrokenProcessPool as exc:
            self.restart()
            return _crash_records(chunk, exc)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


WARM_UP_TEXT = "Udvalget bevilger 1,5 mio. kr. til projektet i perioden 2024-2026."


def _warm_parent() -> None:
    """Build the pipeline (and fill its lazy caches) here when workers are forked from this
    process: they inherit it instead of each building their own."""
    import multiprocessing

    if multiprocessing.get_start_method(allow_none=False) != "fork":
        return
    list(_extract_local([(WARM_UP_TEXT, {})]))


def _parallel(chunks: Iterator[list[tuple[str, Context]]], n_process: int) -> Iterator[Document]:
    _warm_parent()
    pool = _Pool(n_process)
    pending: collections.deque = collections.deque()

    def oldest() -> Iterator[Document]:
        chunk, future = pending.popleft()
        try:
            yield from future.result()
        except BrokenProcessPool:
            suspects = [chunk, *(c for c, _ in pending)]
            pending.clear()
            pool.restart()
            for suspect in suspects:
                yield from pool.isolate(suspect)

    try:
        for chunk in chunks:
            pending.append((chunk, pool.submit(chunk)))
            while len(pending) >= PARALLEL_CHUNKS_PER_PROCESS * n_process:
                yield from oldest()
        while pending:
            yield from oldest()
    finally:
        pool.close()


PARALLEL_CHUNK_CHARS = 20_000
"""A chunk sent to a worker process closes at ``batch_size`` documents or at this many characters
(a few seconds of work at most; one longer document is a chunk of its own). Chunks of 32 documents
(about 13,000 words of ``corpus/docs``, 2 s of one core) left one worker idle for up to a chunk at
the end of a run while the other finished; small chunks keep both busy to the end. A chunk costs
the parent and the worker well under a millisecond (pickling, the BLAS thread limit)."""
PARALLEL_CHUNKS_PER_PROCESS = 4
"""Chunks submitted ahead per worker process: the parent waits for the oldest chunk's records (they
come out in input order), and the others keep the workers busy meanwhile."""


def _chunks(pairs: Iterator[tuple[str, Context]], max_docs: int, max_chars: int) -> Iterator[list[tuple[str, Context]]]:
    """Lists of at most ``max_docs`` pairs, closed once their texts reach ``max_chars`` characters."""
    chunk: list[tuple[str, Context]] = []
    chars = 0
    for pair in pairs:
        chunk.append(pair)
        text = pair[0]
        chars += len(text) if isinstance(text, str) else 0
        if len(chunk) >= max_docs or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def extract_many(
    texts_or_pairs: Iterable[Item], n_process: int = 1, batch_size: int = 32
) -> Iterator[Document]:
    """Extract facts from many texts, in input order.

    Items are texts or ``(text, context)`` pairs whose context may give ``doc_id``, ``source``,
    ``source_url`` and ``published``. With ``n_process > 1`` chunks run in worker processes; a
    worker that dies (killed, out of memory) is replaced and the documents it held get records
    with a ``WorkerCrashError``; the run goes on. Workers end when the calling process ends.
    """
    pairs = _normalise_items(texts_or_pairs)
    if n_process <= 1:
        yield from _extract_local(pairs, batch_size)
        return
    chunks = _chunks(pairs, batch_size, PARALLEL_CHUNK_CHARS)
    first = next(chunks, None)
    second = next(chunks, None) if first is not None else None
    if second is None:  # one chunk would run in one worker anyway: spare the pool's start-up
        yield from _extract_local(first or [], batch_size)
        return
    yield from _parallel(itertools.chain([first, second], chunks), n_process)
