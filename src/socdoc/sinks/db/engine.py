"""Engines set up for safe concurrent loading.

SQLite: WAL journal, a long busy timeout, foreign keys on, and every write transaction
opened with ``BEGIN IMMEDIATE`` so that two loaders queue for the write lock instead of
failing on a lock upgrade. Read-only work passes ``execution_options(readonly=True)`` and
gets a deferred ``BEGIN``, which never blocks a writer in WAL mode.
"""

from __future__ import annotations

import os
import sqlite3
import time
import uuid
from contextlib import contextmanager
from typing import Any, Iterator

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url

from socdoc.sinks.db.basics import DEFAULT_URL, SQLITE_BUSY_TIMEOUT_MS, resolve_url  # noqa: F401 (re-exported)


def is_sqlite(engine_or_url: Engine | str) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own is deferred and late).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        _use_wal(cursor)
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _use_wal(cursor: Any) -> None:
    """Switch the file to the WAL journal (a lasting property of the file). Switching needs a moment
    alone with a fresh file, and SQLite answers "database is locked" at once, without waiting for
    the busy timeout, when another process opens the same new file at that moment: wait and retry."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    delay = 0.01
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                return
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def _sqlite_on_begin(conn: sa.Connection) -> None:
    if conn.get_execution_options().get("readonly"):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """Create an engine for ``url`` (see :func:`resolve_url`) with the settings above."""
    url = resolve_url(url)
    if is_sqlite(url):
        kwargs.setdefault("connect_args", {}).setdefault("timeout", SQLITE_BUSY_TIMEOUT_MS / 1000)
        engine = sa.create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return sa.create_engine(url, **kwargs)


class MissingDatabaseError(Exception):
    """A command that only reads was pointed at a database that does not exist."""


def sqlite_path(url: str) -> str | None:
    """The file of a SQLite URL, ``None`` for an in-memory database or another backend."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    database = parsed.database
    if database.startswith("file:"):
        database = database[5:].split("?", 1)[0]
    return database


def require_existing(url: str) -> None:
    """Raise :class:`MissingDatabaseError` when ``url`` names a SQLite file that is not there.

    Read-only commands call this first: opening a missing SQLite file would create it empty.
    """
    path = sqlite_path(url)
    if path is not None and not os.path.isfile(path):
        raise MissingDatabaseError(f"no database at {path} (run `socdoc load` or `socdoc db upgrade` first)")


def has_table(engine: Engine, name: str) -> bool:
    """Whether ``name`` exists, checked in a read-only transaction (no SQLite write lock)."""
    with engine.connect().execution_options(readonly=True) as conn:
        return sa.inspect(conn).has_table(name)


@contextmanager
def scratch_postgres_database(server_url: str, prefix: str = "socdoc_scratch") -> Iterator[str]:
    """Create an empty PostgreSQL database on the server at ``server_url``; drop it afterwards.

    Yields the new database's URL. Used by the tests and the load benchmark.
    """
    admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
