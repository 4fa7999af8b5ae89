"""Benchmark of ``socdoc load``: a first load, then a second run over unchanged input.

Builds 2,000 records (varied copies of the gold corpus in ``corpus/`` when present,
else synthetic ones), loads them into a fresh SQLite file and, when
``SOCDOC_TEST_PG_URL`` is set, into a fresh PostgreSQL database, and prints documents/s
for the first load, for the second no-change load, and for the incremental check that
``socdoc load PATH`` makes before extracting (``needs_extraction``). The second run must
be at least 10x faster than the first; the exit code is 1 when it is not.

With ``--cli N`` it times the command as users run it instead: ``socdoc load`` over N documents
of ``corpus/docs`` into a fresh SQLite file (extraction included), then the re-run over the
unchanged documents (best of ``--repeat``), each a new process, so start-up counts. ``--src``
measures another checkout's ``src/`` (compare two versions in one run, A B A B).

    python benchmarks/load.py [--n 2000] [--batch-size 100]
    python benchmarks/load.py --cli 40 [--repeat 3] [--src OTHER/src]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


from socdoc.records import Document  # noqa: E402
from socdoc.sinks.db import migrate  # noqa: E402
from socdoc.sinks.db.engine import scratch_postgres_database  # noqa: E402
from socdoc.sinks.db.load import load_records, needs_extraction  # noqa: E402
from socdoc.sinks.db.synthetic import gold_pairs, synthetic_records, varied_gold_records  # noqa: E402

MIN_RATIO = 10.0


def build_records(n: int) -> tuple[list[tuple[Document, str]], str]:
    pairs = list(gold_pairs(REPO / "corpus" / "gold", REPO / "corpus" / "docs"))
    if pairs:
        return varied_gold_records(pairs, n), f"{len(pairs)} gold documents of corpus/, varied"
    return synthetic_records(n), "synthetic"


@contextmanager
def fresh_database(backend: str) -> Iterator[str]:
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            yield f"sqlite:///{tmp}/bench.sqlite"
        return
    with scratch_postgres_database(os.environ["SOCDOC_TEST_PG_URL"], "socdoc_bench") as url:
        yield url


def bench(backend: str, records: list[tuple[Document, str]], batch_size: int) -> float:
    n = len(records)
    with fresh_database(backend) as url:
        migrate.upgrade(url)
        first = load_records(records, url, batch_size=batch_size)
        second = load_records(records, url, batch_size=batch_size)
        assert second.loaded == second.replaced == 0, second
        hashes = {doc.doc_id: text_hash for doc, text_hash in records}
        version = records[0][0].extractor_version
        started = time.perf_counter()
        needed = needs_extraction(url, hashes, version)
        check = time.perf_counter() - started
    ratio = first.seconds / second.seconds
    print(f"{backend:<10} first load {n / first.seconds:9.0f} docs/s ({first.seconds:6.2f} s)   "
          f"second run {n / second.seconds:9.0f} docs/s ({second.seconds:6.2f} s)   "
          f"ratio {ratio:5.1f}x   incremental check {n / check:9.0f} docs/s "
          f"({len(needed)} need extraction: the failed ones)")
    return ratio


def _socdoc_load(src: Path, args: list[str]) -> float:
    """Wall seconds of one ``socdoc load`` process with ``src`` first on the path."""
    script = Path(sys.executable).with_name("socdoc")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "socdoc.cli"]
    env = {**os.environ, "PYTHONPATH": str(src) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    started = time.perf_counter()
    subprocess.run([*command, "load", *args, "-q"], env=env, check=True)
    return time.perf_counter() - started


def bench_cli(n_docs: int, repeat: int, src: Path) -> float:
    """First ``socdoc load`` of ``n_docs`` corpus documents and the best no-change re-run."""
    docs = sorted((REPO / "corpus" / "docs").glob("*.txt"))[:n_docs]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for doc in docs:
            shutil.copy(doc, folder / doc.name)
        url = f"sqlite:///{tmp}/bench.sqlite"
        first = _socdoc_load(src, ["--db", url, str(folder)])
        rerun = min(_socdoc_load(src, ["--db", url, str(folder)]) for _ in range(repeat))
    ratio = first / rerun
    print(f"socdoc load, {len(docs)} documents ({src}): first {first:6.2f} s   re-run (best of {repeat}) "
          f"{rerun:5.2f} s   ratio {ratio:5.1f}x   load average {os.getloadavg()[0]:.2f}")
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--cli", type=int, metavar="N", help="Time the socdoc load command over N documents.")
    parser.add_argument("--repeat", type=int, default=3, help="Re-runs timed with --cli (the best is shown).")
    parser.add_argument("--src", type=Path, default=REPO / "src", help="The sources measured with --cli.")
    args = parser.parse_args()
    if args.cli:
        ok = bench_cli(args.cli, args.repeat, args.src.resolve()) >= MIN_RATIO
        print(f"re-run >= {MIN_RATIO:.0f}x faster: {'yes' if ok else 'NO'}")
        return 0 if ok else 1
    records, origin = build_records(args.n)
    n_facts = sum(len(d.amounts) + len(d.dates) + len(d.parties) + len(d.people) + len(d.areas)
                  + len(d.decisions) for d, _ in records)
    print(f"{len(records)} records ({origin}), {n_facts / len(records):.1f} facts per document")
    backends = ["sqlite"] + (["postgresql"] if os.environ.get("SOCDOC_TEST_PG_URL") else [])
    ratios = [bench(backend, records, args.batch_size) for backend in backends]
    if len(backends) == 1:
        print("postgresql skipped: SOCDOC_TEST_PG_URL is not set (source .ci/postgres.sh)")
    ok = all(r >= MIN_RATIO for r in ratios)
    print(f"second run >= {MIN_RATIO:.0f}x faster: {'yes' if ok else 'NO'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
