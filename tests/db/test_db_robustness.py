"""Kill -9 in the middle of a load, and two loads at once, leave a correct database."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from db_helpers import count, dump, subprocess_env

from socdoc.sinks.db.engine import make_engine
from socdoc.sinks.db.load import load_records
from socdoc.sinks.db.synthetic import synthetic_records
from socdoc.sinks.jsonl import read_jsonl, write_jsonl


def _load_cmd(url: str, *files: Path, batch_size: int = 50) -> list[str]:
    return [sys.executable, "-m", "socdoc.sinks.db.load", "--db", url,
            "--batch-size", str(batch_size), *map(str, files)]


def _documents_now(engine: sa.Engine) -> int:
    with engine.connect().execution_options(readonly=True) as conn:
        if not sa.inspect(conn).has_table("documents"):
            return 0
        return conn.execute(sa.text("SELECT COUNT(*) FROM documents")).scalar_one()


def _kill_when(url: str, cmd: list[str], at_least: int, timeout: float = 60.0) -> int:
    """Start ``cmd``, SIGKILL it once ``documents`` has ``at_least`` rows; return the count then."""
    engine = make_engine(url)
    proc = subprocess.Popen(cmd, env=subprocess_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and proc.poll() is None:
            if _documents_now(engine) >= at_least:
                break
            time.sleep(0.02)
        assert proc.poll() is None, f"load ended before the kill: {proc.stderr.read().decode()}"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        return _documents_now(engine)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        assert proc.stderr is not None
        proc.stderr.close()
        engine.dispose()


def test_kill_9_mid_load_then_rerun_equals_clean_load(
    new_db: Callable[[], str], big_jsonl: tuple[Path, int]
) -> None:
    path, n = big_jsonl
    url = new_db()
    seen = _kill_when(url, _load_cmd(url, path), at_least=n // 3)
    assert 0 < seen < n, seen

    done = subprocess.run(_load_cmd(url, path), env=subprocess_env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "unchanged" in done.stderr

    clean = new_db()
    load_records(read_jsonl(path), clean)
    resumed, expected = dump(url, loaded_at=False), dump(clean, loaded_at=False)
    assert resumed["orphans"] == [] and count(url) == n
    for table in expected:
        assert resumed[table] == expected[table], table


def test_two_concurrent_loads_over_overlapping_inputs(new_db: Callable[[], str], tmp_path: Path) -> None:
    records = synthetic_records(600, seed=21)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    write_jsonl(first, records[:400])
    write_jsonl(second, list(reversed(records[200:])))
    url = new_db()  # fresh: the two processes also race to create the schema

    procs = [subprocess.Popen(_load_cmd(url, f, batch_size=20), env=subprocess_env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for f in (first, second)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err

    clean = new_db()
    load_records(records, clean)
    together, expected = dump(url, loaded_at=False), dump(clean, loaded_at=False)
    assert count(url) == 600 and together["orphans"] == []
    for table in expected:
        assert together[table] == expected[table], table


def test_kill_9_at_several_points_then_rerun_equals_clean_load(
    new_db: Callable[[], str], big_jsonl: tuple[Path, int]
) -> None:
    """Killed three times, each time further on (the first batches are committed before the
    rest is read), then run to the end: the same database as one clean load."""
    path, n = big_jsonl
    url = new_db()
    seen = [_kill_when(url, _load_cmd(url, path, batch_size=20), at_least=k * n // 5) for k in (1, 2, 4)]
    assert seen == sorted(seen) and 0 < seen[0] and seen[-1] < n, seen

    done = subprocess.run(_load_cmd(url, path), env=subprocess_env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    clean = new_db()
    load_records(read_jsonl(path), clean)
    resumed, expected = dump(url, loaded_at=False), dump(clean, loaded_at=False)
    assert resumed["orphans"] == [] and count(url) == n
    for table in expected:
        assert resumed[table] == expected[table], table



def _open_and_read(url: str, barrier, results) -> None:  # noqa: ANN001 - multiprocessing objects
    engine = make_engine(url)
    try:
        barrier.wait()
        with engine.connect().execution_options(readonly=True) as conn:
            results.put(conn.exec_driver_sql("PRAGMA journal_mode").scalar())
    except BaseException as exc:  # noqa: BLE001 - reported to the parent
        results.put(repr(exc))


def test_processes_opening_a_new_sqlite_file_at_once_all_get_wal(tmp_path: Path) -> None:
    """Switching a fresh file to WAL needs it alone for a moment, and SQLite refuses at once,
    without the busy timeout, a process that opens it then: every process waits and retries."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    for trial in range(10):
        url = f"sqlite:///{tmp_path / f'fresh{trial}.db'}"
        barrier, results = ctx.Barrier(6), ctx.Queue()
        procs = [ctx.Process(target=_open_and_read, args=(url, barrier, results)) for _ in range(6)]
        for proc in procs:
            proc.start()
        modes = [results.get(timeout=60) for _ in procs]
        for proc in procs:
            proc.join()
        assert modes == ["wal"] * 6
