"""Benchmark the Dask engine against the local engine on the same documents.

Usage (from the repository root)::

    .venv/bin/python benchmarks/dask.py [--docs 2000] [--workers 1 2] [--partition-size 64] [--json]

Writes ``--docs`` text files (the ``corpus/docs/*.txt`` documents repeated, each copy its own
file) to a temporary folder, then prints documents/s for the local engine in one process
(``socdoc extract --workers 1``), and for ``socdoc.engines.dask.extract_records`` on a
``LocalCluster`` with 1 and 2 single-threaded worker processes, plus the Dask overhead per
document and the peak memory of each worker. Besides wall time it reports CPU time per
document (all worker processes, and the client process, which also runs the local
scheduler): on a machine shared with other jobs wall time mostly measures the others,
CPU time measures socdoc. The Dask overhead is (all CPU of the Dask run - CPU of the local
run) per document; ``--idle-seconds`` also measures the CPU the client, scheduler and workers
use while idle (heartbeats, monitors), a cost per second rather than per document. Pipeline loading is left out of every timing (it happens once per
process: local warm-up, ``PipelineLoader`` on the workers) and reported separately.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# this file's name would shadow the dask package for scripts run from this folder
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import itertools  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))


def write_docs(n: int, folder: Path) -> int:
    """``n`` text files made from the corpus documents, repeated; returns their total characters."""
    sources = sorted((REPO / "corpus" / "docs").glob("*.txt"))
    if not sources:
        raise SystemExit("corpus/docs/*.txt not found")
    texts = [p.read_text(encoding="utf-8") for p in sources]
    total = 0
    for i, (source, text) in enumerate(zip(itertools.cycle(sources), itertools.cycle(texts))):
        if i == n:
            break
        (folder / f"{i:06d}_{source.name}").write_text(text, encoding="utf-8")
        total += len(text)
    return total


def run_local(folder: Path) -> dict:
    """The local engine in this process, as ``socdoc extract --workers 1`` runs it."""
    from socdoc.cli import _records
    from socdoc.pipeline import pipeline

    started = time.perf_counter()
    pipeline()
    load_s = time.perf_counter() - started
    started, cpu = time.perf_counter(), _cpu_s()
    n = sum(1 for _ in _records((str(folder),), 1, None))
    seconds, cpu = time.perf_counter() - started, _cpu_s() - cpu
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"engine": "local", "workers": 1, "docs": n, "seconds": seconds, "pipeline_load_s": load_s,
            "worker_cpu_s": cpu, "client_cpu_s": 0.0, "peak_rss_mb_per_worker": rss_mb}


def _cpu_s() -> float:
    """CPU seconds of this process, all threads."""
    times = os.times()
    return times.user + times.system


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_dask(folder: Path, workers: int, partition_size: int, idle_seconds: float = 0.0) -> dict:
    """``extract_records`` on a fresh LocalCluster of ``workers`` processes."""
    from distributed import Client, LocalCluster

    from socdoc.engines.dask import PipelineLoader, extract_records

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        started = time.perf_counter()
        client.register_plugin(PipelineLoader(), name=PipelineLoader.name)
        load_s = time.perf_counter() - started
        idle = _idle_cpu(client, idle_seconds) if idle_seconds > 0 else {}
        worker_cpu = client.run(_cpu_s)
        started, client_cpu = time.perf_counter(), _cpu_s()
        n = sum(1 for _ in extract_records([str(folder)], scheduler=client, partition_size=partition_size))
        seconds, client_cpu = time.perf_counter() - started, _cpu_s() - client_cpu
        after = client.run(_cpu_s)
        rss = client.run(_peak_rss_mb)
    return {"engine": "dask", "workers": workers, "docs": n, "seconds": seconds, "pipeline_load_s": load_s,
            "worker_cpu_s": sum(after[w] - worker_cpu[w] for w in after), "client_cpu_s": client_cpu,
            "peak_rss_mb_per_worker": max(rss.values()), **idle}


def _idle_cpu(client, seconds: float) -> dict:  # noqa: ANN001
    """Share of a core the client process (with the scheduler) and each worker use while idle."""
    workers, own, started = client.run(_cpu_s), _cpu_s(), time.perf_counter()
    time.sleep(seconds)
    after, elapsed = client.run(_cpu_s), time.perf_counter() - started
    per_worker = sum(after[w] - workers[w] for w in after) / len(after) / elapsed
    return {"idle_client_core_share": (_cpu_s() - own) / elapsed, "idle_worker_core_share": per_worker}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents to extract (default 2000)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="Dask worker counts")
    parser.add_argument("--partition-size", type=int, default=64)
    parser.add_argument("--idle-seconds", type=float, default=0.0,
                        help="also measure idle CPU of the Dask processes for this long")
    parser.add_argument("--json", action="store_true", help="print the results as JSON lines too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="socdoc_bench_") as tmp:
        folder = Path(tmp)
        chars = write_docs(args.docs, folder)
        print(f"{args.docs} documents, {chars / args.docs:,.0f} characters on average, "
              f"{os.cpu_count()} cores, partition size {args.partition_size}", flush=True)
        results = [run_local(folder)]
        report(results[-1], None, args.json)
        for workers in args.workers:
            results.append(run_dask(folder, workers, args.partition_size, args.idle_seconds))
            report(results[-1], results[0], args.json)


def report(result: dict, local: dict | None, as_json: bool) -> None:
    n = result["docs"]
    rate = n / result["seconds"]
    cpu_rate = n / result["worker_cpu_s"] if result["worker_cpu_s"] > 0 else float("nan")
    line = (f"{result['engine']:>5} {result['workers']} worker(s): {n} docs in {result['seconds']:.1f} s = "
            f"{rate:.2f} docs/s wall ({rate / result['workers']:.2f} per worker); "
            f"{1000 * result['worker_cpu_s'] / n:.0f} ms worker CPU/doc = {cpu_rate:.1f} docs per CPU-second; "
            f"client+scheduler CPU {1000 * result['client_cpu_s'] / n:.1f} ms/doc; "
            f"pipeline load {result['pipeline_load_s']:.1f} s; peak {result['peak_rss_mb_per_worker']:.0f} MB per worker")
    if local is not None:
        overhead = (result["worker_cpu_s"] + result["client_cpu_s"] - local["worker_cpu_s"]) / n * 1000
        result["overhead_cpu_ms_per_doc"] = overhead
        line += f"; Dask overhead {overhead:+.1f} ms CPU/doc"
        if result["workers"] == 1:
            wall = (result["seconds"] - local["seconds"]) / n * 1000
            result["overhead_wall_ms_per_doc"] = wall
            line += f" ({wall:+.1f} ms wall/doc)"
    if "idle_client_core_share" in result:
        line += (f"; idle: client+scheduler {100 * result['idle_client_core_share']:.1f}% of a core, "
                 f"each worker {100 * result['idle_worker_core_share']:.1f}%")
    print(line, flush=True)
    if as_json:
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
