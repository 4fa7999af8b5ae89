"""Database commands: ``socdoc db upgrade``, ``socdoc db stats`` and ``socdoc load``.

The main CLI adds them with ``cli.add_command(db_group)`` and ``cli.add_command(load_command)``.
"""

from __future__ import annotations

import collections
import contextlib
import errno
import inspect
import itertools
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import click

from socdoc.cli_limits import limit_options, read_limits
from socdoc.sinks.db import quick
from socdoc.sinks.db.basics import DEFAULT_BATCH_SIZE, DEFAULT_URL, LoadStats, content_hash, resolve_url

if TYPE_CHECKING:  # SQLAlchemy, Alembic and pydantic are imported when the database must be touched
    from socdoc.records import Document

SOURCE_CHUNK = 200
"""How many read documents are checked against the database at once."""

db_option = click.option(
    "--db", "db_url", envvar="SOCDOC_DB_URL", default=DEFAULT_URL, show_default=True,
    help="Database URL: sqlite:///FILE or postgresql+psycopg://USER@HOST/DB (env SOCDOC_DB_URL).",
)


def _shown(url: str) -> str:
    if quick.plain_sqlite_file(url) is not None:
        return url  # what SQLAlchemy renders for it, without importing it
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _checked_url(db_url: Optional[str]) -> str:
    """The database URL, or a usage error (exit 2) when it is not one socdoc can use."""
    url = resolve_url(db_url)
    plain = quick.plain_sqlite_file(url)
    if plain is not None:  # the standard library's sqlite3 driver; checked as below, without SQLAlchemy
        if not Path(plain).parent.is_dir():
            raise click.BadParameter(f"the folder of {plain} does not exist", param_hint="--db")
        return url
    from sqlalchemy.engine import make_url

    from socdoc.sinks.db.engine import make_engine

    try:
        backend = make_url(url).get_backend_name()
    except Exception as exc:  # sqlalchemy.exc.ArgumentError and friends
        raise click.BadParameter(f"{url!r} is not a database URL (sqlite:///FILE or "
                                 "postgresql+psycopg://USER@HOST/DB)", param_hint="--db") from exc
    if backend not in ("sqlite", "postgresql"):
        raise click.BadParameter("only sqlite:/// and postgresql+psycopg:// URLs are supported",
                                 param_hint="--db")
    from socdoc.sinks.db.engine import sqlite_path

    path = sqlite_path(url)
    if path is not None and not Path(path).parent.is_dir():
        raise click.BadParameter(f"the folder of {path} does not exist", param_hint="--db")
    try:
        make_engine(url).dispose()  # loads the driver
    except ImportError as exc:
        raise click.BadParameter(f"no database driver for {_shown(url)} ({exc})", param_hint="--db") from exc
    return url


@contextlib.contextmanager
def _database_errors(url: str) -> Iterator[None]:
    """One line on stderr and exit 1 instead of a traceback when the database fails us."""
    try:
        yield
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise click.ClickException(f"no space left on the device ({exc.filename or _shown(url)})") from exc
        raise
    except Exception as exc:
        sa = sys.modules.get("sqlalchemy")  # no DBAPIError without SQLAlchemy imported
        if sa is None or not isinstance(exc, sa.exc.DBAPIError):
            raise
        reason = " ".join(str(exc.orig).split()) or type(exc.orig).__name__
        raise click.ClickException(f"database {_shown(url)}: {reason[:300]}") from exc


@click.group("db")
def db_group() -> None:
    """Manage the socdoc database (SQLite or PostgreSQL)."""


@db_group.command("upgrade")
@db_option
def upgrade_command(db_url: str) -> None:
    """Create or migrate the database schema to the newest revision.

    Example: socdoc db upgrade --db sqlite:///socdoc.db
    """
    from socdoc.sinks.db import migrate

    url = _checked_url(db_url)
    with _database_errors(url):
        migrate.upgrade(url)
    click.echo(f"{_shown(url)}: schema at revision {migrate.head_revision()}", err=True)


@db_group.command("stats")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
@click.option("--max-failed", default=20, show_default=True, help="Failed documents to list.")
def stats_command(db_url: str, as_json: bool, max_failed: int) -> None:
    """Rows per table, documents per kind, and failed documents.

    Example: socdoc db stats --db sqlite:///socdoc.db
    """
    from socdoc.sinks.db.engine import MissingDatabaseError, require_existing
    from socdoc.sinks.db.stats import collect_stats, format_stats

    url = _checked_url(db_url)
    try:
        require_existing(url)  # opening a missing SQLite file would create it
    except MissingDatabaseError as exc:
        raise click.ClickException(str(exc)) from exc
    with _database_errors(url):
        stats = collect_stats(url, max_failed=max_failed)
    click.echo(json.dumps(stats, indent=2, ensure_ascii=False) if as_json else format_stats(stats))


# --- load ----------------------------------------------------------------------------


class _Progress:
    """A tqdm bar on stderr when it is a terminal, else nothing."""

    def __init__(self, enabled: bool) -> None:
        self.bar = None
        if enabled and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True)

    def update(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _iter_sources(paths: list[Path], skipped: Any = None, limits: Any = None) -> Iterator[Any]:
    """``socdoc.read.iter_sources`` with the given (else default) limits, counting skipped files."""
    from socdoc import read

    extra = {"limits": limits} if limits is not None else {}
    return read.iter_sources(paths, skipped=skipped, **extra)


def _read_failure(source: Any) -> Document:
    """The record of a document that could not be read."""
    from socdoc.records import Document, ErrorInfo

    error = source.error
    if not isinstance(error, ErrorInfo):
        error = ErrorInfo(type=type(error).__name__ if isinstance(error, BaseException) else "ReadError",
                          message=str(error))
    from socdoc import EXTRACTOR_VERSION

    return Document(doc_id=source.doc_id, source=source.source, error=error,
                    extractor_version=EXTRACTOR_VERSION)


def _extract(
    pairs: Iterable[tuple[str, dict[str, Any]]], workers: int
) -> Iterator[tuple[Document, dict[str, Any]]]:
    """``socdoc.extract_many`` over ``(text, context)`` pairs, yielding ``(record, context)``."""
    import socdoc

    extract_many = socdoc.extract_many
    if "as_tuples" in inspect.signature(extract_many).parameters:
        yield from extract_many(pairs, n_process=workers, as_tuples=True)  # type: ignore[call-arg,misc]
        return
    contexts: collections.deque[dict[str, Any]] = collections.deque()

    def remember() -> Iterator[tuple[str, dict[str, Any]]]:
        for text, context in pairs:
            contexts.append(context)
            yield text, context

    for record in extract_many(remember(), n_process=workers):  # records come in input order
        yield record, contexts.popleft()


def _records_from_paths(
    paths: list[Path], url: str, workers: int, stats: LoadStats, progress: _Progress, skipped: Any = None,
    limits: Any = None, pending: Optional[Iterator[Any]] = None,
) -> Iterator[tuple[Document, Optional[str]]]:
    """Read, skip unchanged documents, extract the rest; count the skipped ones in ``stats``.
    ``pending``: the sources still to do when :func:`_skip_unchanged` read the first ones."""
    from socdoc import EXTRACTOR_VERSION
    from socdoc.sinks.db.engine import make_engine
    from socdoc.sinks.db.load import needs_extraction

    engine = make_engine(url)

    def to_extract() -> Iterator[tuple[str, dict[str, Any]]]:
        sources = pending if pending is not None else iter(_iter_sources(paths, skipped, limits))
        while chunk := list(itertools.islice(sources, SOURCE_CHUNK)):
            hashes = {s.doc_id: content_hash(s.text if s.text is not None else "") for s in chunk}
            needed = needs_extraction(url, hashes, EXTRACTOR_VERSION, engine=engine)
            for source in chunk:
                if source.doc_id not in needed:
                    stats.unchanged += 1
                    progress.update(1)
                    continue
                context = {"doc_id": source.doc_id, "source": source.source,
                           "content_hash": hashes[source.doc_id],
                           "read_failure": source if source.error is not None else None}
                yield (source.text or "", context)

    try:
        for record, context in _extract(to_extract(), workers):
            failure = context.get("read_failure")
            if failure is not None:
                record = _read_failure(failure)
            elif record.doc_id != context["doc_id"] or record.source != context["source"]:
                record = record.model_copy(update={"doc_id": context["doc_id"],
                                                   "source": context["source"]})
            yield record, context["content_hash"]
    finally:
        engine.dispose()


@click.command("load")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@db_option
@click.option("--from-jsonl", "jsonl_files", multiple=True,
              type=click.Path(exists=True, dir_okay=False, allow_dash=True),
              help="Load records written by `socdoc extract` (repeatable; '-' for stdin).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1),
              help="Extraction processes.")
@click.option("--batch-size", default=DEFAULT_BATCH_SIZE, show_default=True,
              type=click.IntRange(min=1), help="Documents per database transaction.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line.")
@click.option("--verbose", "-v", is_flag=True, help="Name every skipped file and every bad JSONL line.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Extract in local processes or on a Dask cluster (loading stays a single writer).")
@click.option("--scheduler", default=None,
              help="Dask scheduler address (tcp://HOST:8786); without it --engine dask starts a LocalCluster.")
@limit_options
def load_command(
    paths: tuple[Path, ...], db_url: str, jsonl_files: tuple[str, ...], workers: int,
    batch_size: int, quiet: bool, verbose: bool, engine: str, scheduler: Optional[str],
    max_archive_bytes: Optional[int], max_archive_members: Optional[int], max_depth: Optional[int],
) -> None:
    """Extract documents under PATHs (or take --from-jsonl records) and load them into a database.

    Unchanged documents (same text hash and extractor version, no earlier error) are skipped
    without extraction; changed ones are replaced; failed ones are recorded and retried on
    the next run. A document that was stored with good facts and now fails to read keeps
    those facts, with the failure recorded beside them. Running it twice over the same input
    changes nothing. Each document's id is its path relative to the PATH it was found under
    ('2020/referat.txt', 'arkiv.zip::a/b.pdf'): give the same PATHs on every run.

    \b
    Exit status: 0 every document and record loaded, 1 some failed (a missing PATH, an
    unreadable document, a bad --from-jsonl line: each is reported, the rest is loaded),
    2 usage error.

    \b
    Examples:
      socdoc load corpus/docs --db sqlite:///socdoc.db
      socdoc load arkiv.zip --db postgresql+psycopg://user@host/socdoc --workers 2
      socdoc extract arkiv.zip -o facts.jsonl && socdoc load --from-jsonl facts.jsonl
      socdoc load arkiv/ --engine dask --scheduler tcp://scheduler:8786
    """
    if not paths and not jsonl_files:
        raise click.UsageError("give PATHs to read or --from-jsonl FILE")
    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    url = _checked_url(db_url)
    workers = _capped_workers(workers)
    limits = read_limits(max_archive_bytes, max_archive_members, max_depth)
    if limits is not None and engine != "local":
        raise click.UsageError("--max-archive-bytes, --max-archive-members and --max-depth work with --engine local")
    with _database_errors(url):
        _load(paths, url, jsonl_files, workers, batch_size, quiet, verbose, engine, scheduler, limits)


def _capped_workers(workers: int) -> int:
    """No more extraction processes than cores: more only add memory."""
    import os

    cores = os.cpu_count() or 1
    if workers > cores:
        click.echo(f"socdoc: --workers {workers} capped at the {cores} cores of this machine", err=True)
    return min(workers, cores)


def _skip_unchanged(conn: Any, paths: list[Path], stats: LoadStats, progress: _Progress, skipped: Any,
                    limits: Any) -> Optional[Iterator[Any]]:
    """Read and hash the documents, a chunk at a time, and count them unchanged while the SQLite
    file (opened by :func:`quick.open_current`) holds each of them unchanged. ``None`` when all
    were; else the sources from the first chunk with a document to extract on (for the full path)."""
    from socdoc import EXTRACTOR_VERSION

    sources = iter(_iter_sources(paths, skipped, limits))
    while chunk := list(itertools.islice(sources, SOURCE_CHUNK)):
        hashes = {s.doc_id: content_hash(s.text if s.text is not None else "") for s in chunk}
        try:
            unchanged = quick.stored_unchanged(conn, hashes, EXTRACTOR_VERSION)
        except Exception:  # sqlite3.Error and friends: the full path decides (and reports)
            unchanged = False
        if not unchanged:
            return itertools.chain(chunk, sources)
        stats.unchanged += len(chunk)
        progress.update(len(chunk))
    return None


def _load(paths: tuple[Path, ...], url: str, jsonl_files: tuple[str, ...], workers: int, batch_size: int,
          quiet: bool, verbose: bool, engine: str, scheduler: Optional[str], limits: Any = None) -> None:
    from socdoc.read import SkipLog

    started = time.perf_counter()
    # A re-run over unchanged documents in a SQLite file is answered with the standard library
    # alone: SQLAlchemy, Alembic and the pipeline are imported only when something is to be done.
    conn = quick.open_current(url) if paths and not jsonl_files and engine == "local" else None
    if conn is None:
        from socdoc.sinks.db import migrate

        migrate.upgrade(url)
    progress = _Progress(enabled=not quiet)
    stats = LoadStats()
    problems: list[str] = []
    skipped = SkipLog(keep_names=-1 if verbose else 5)
    pending: Optional[Iterator[Any]] = None
    try:
        try:
            if conn is not None:
                pending = _skip_unchanged(conn, list(paths), stats, progress, skipped, limits)
                if pending is not None:
                    conn.close()
                    conn = None
                    from socdoc.sinks.db import migrate

                    migrate.upgrade(url)
            if jsonl_files:
                from socdoc.sinks.db.load import load_records
                from socdoc.sinks.jsonl import read_jsonl_lenient

                records: Iterable[tuple[Document, Optional[str]]] = itertools.chain.from_iterable(
                    read_jsonl_lenient(click.open_file(name, encoding="utf-8"), problems, name=name)
                    for name in jsonl_files
                )
                stats.add(load_records(records, url, batch_size=batch_size, upgrade=False,
                                       progress=progress.update))
            if paths and engine == "dask":
                from socdoc.engines.dask import load_records_dask

                stats.add(load_records_dask([str(p) for p in paths], url, scheduler=scheduler, n_workers=workers,
                                            batch_size=batch_size, progress=progress.update))
            elif paths and conn is None:
                from socdoc.sinks.db.load import load_records

                records = _records_from_paths(list(paths), url, workers, stats, progress, skipped, limits, pending)
                stats.add(load_records(records, url, batch_size=batch_size, upgrade=False,
                                       progress=progress.update))
        finally:
            progress.close()
        stats.seconds = time.perf_counter() - started
        _report(stats, problems, skipped, url, quiet, verbose, paths, jsonl_files,
                legacy_rows=(lambda: quick.legacy_rows(conn)) if conn is not None else None)
    finally:
        if conn is not None:
            conn.close()
    sys.exit(1 if stats.failed or problems else 0)


def _report(stats: LoadStats, problems: list[str], skipped: Any, url: str, quiet: bool, verbose: bool,
            paths: tuple[Path, ...], jsonl_files: tuple[str, ...],
            legacy_rows: Optional[Callable[[], int]] = None) -> None:
    """The summary of a load on stderr: counts, bad JSONL lines, skipped files, old ids left
    (counted by ``legacy_rows`` when given)."""
    shown = problems if verbose else problems[:20]
    for problem in shown:
        click.echo(f"socdoc load: bad record: {problem}", err=True)
    if len(problems) > len(shown):
        click.echo(f"socdoc load: … {len(problems) - len(shown)} more bad records (--verbose lists all)", err=True)
    if quiet:
        return
    bad = f", {len(problems)} bad JSONL lines" if problems else ""
    click.echo(f"socdoc load: {stats.summary()}{bad} into {_shown(url)}", err=True)
    note = skipped.summary(all_names=verbose)
    if note:
        click.echo(f"socdoc load: {note}", err=True)
    if stats.total == 0 and not problems:
        inputs = " ".join([*map(str, paths), *jsonl_files])
        click.echo(f"socdoc load: warning: no documents found in {inputs}", err=True)
    if stats.other_source_ids:
        shown_ids = ", ".join(stats.other_source_ids[:5]) + (" …" if len(stats.other_source_ids) > 5 else "")
        click.echo(f"socdoc load: warning: {len(stats.other_source_ids)} documents replaced a stored one of the "
                   f"same id read from another file with other text ({shown_ids}); if they are different "
                   "files, load with the same PATHs as before", err=True)
    if legacy_rows is None:
        from socdoc.sinks.db.load import count_legacy_rows

        legacy = count_legacy_rows(url)
    else:
        legacy = legacy_rows()
    if legacy:
        click.echo(f"socdoc load: {legacy} rows are still keyed by old (file stem) ids; "
                   "`socdoc db stats` lists them", err=True)


@click.group()
def main() -> None:
    """socdoc database commands (standalone entry point)."""


main.add_command(db_group)
main.add_command(load_command)

if __name__ == "__main__":
    main()
