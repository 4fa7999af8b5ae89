"""Throughput of ``socdoc extract`` on one archive of mixed documents, with 1 and 2 workers.

Usage (from the repository root)::

    .venv/bin/python benchmarks/archive.py [--docs 2000] [--workers 1 2] [--archive zip|tar.gz] [--keep DIR]

Builds, in a temporary folder, one archive of ``--docs`` documents in turn .txt, .html, .pdf and
.docx (folders per municipality and year), each a different slice of a ``corpus/docs/*.txt``
document (a random run of its paragraphs, seeded), then runs, as subprocesses::

    socdoc extract ARCHIVE -o /dev/null --quiet --workers N

for each N and prints documents/s, words/s, the speed-up over the first N, and the peak RSS of
the main process (it reads the archive) and of each worker process (it extracts), sampled per
process with psutil every 0.1 s (a short spike may be missed); the CPU time and largest RSS of
the whole process tree are exact (``wait4``). Words are the whitespace-separated words of the
documents' source text.

On a machine shared with other jobs wall time also measures the others: the load average is
printed before and after each run, ``--rounds R`` runs the worker counts in turn R times and
keeps each one's fastest run, and an estimate of the speed-up on an otherwise idle machine is
derived from the CPU time of each process (the main process reads, the workers extract).
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional

import psutil

REPO = Path(__file__).resolve().parents[1]
FORMATS = ("txt", "html", "pdf", "docx")
SAMPLE_SECONDS = 0.1
MB = 2**20


# ---------------------------------------------------------------- building the archive


def corpus_paragraphs() -> list[list[str]]:
    """Each corpus document as a list of paragraphs (blank-line separated blocks, else lines)."""
    docs = []
    for path in sorted((REPO / "corpus" / "docs").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
        if len(blocks) < 4:
            blocks = [line.strip() for line in text.splitlines() if line.strip()]
        docs.append(blocks)
    if not docs:
        sys.exit("no corpus/docs/*.txt found")
    return docs


def varied_text(docs: list[list[str]], rng: random.Random) -> list[str]:
    """A random run of 50–100 % of one document's paragraphs, its title kept."""
    blocks = rng.choice(docs)
    n = max(1, round(len(blocks) * rng.uniform(0.5, 1.0)))
    start = rng.randint(1, max(1, len(blocks) - n)) if len(blocks) > n else 0
    return [blocks[0], *blocks[start : start + n]] if start else blocks[:n]


def to_txt(blocks: list[str]) -> bytes:
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def to_html(blocks: list[str]) -> bytes:
    body = [f"<h1>{html.escape(blocks[0])}</h1>"]
    body += [f"<p>{html.escape(b).replace(chr(10), '<br>')}</p>" for b in blocks[1:]]
    page = (
        '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Nyhed</title></head>'
        f'<body><nav><a href="/">Forside</a></nav><main><article>{"".join(body)}</article></main>'
        "<footer><p>Kommunen · Rådhuset</p></footer></body></html>"
    )
    return page.encode("utf-8")


def to_pdf(blocks: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for block in blocks:
        text = block.encode("windows-1252", "replace").decode("windows-1252")
        pdf.multi_cell(0, 5, text)
        pdf.ln(3)
    return bytes(pdf.output())


def to_docx(blocks: list[str]) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(blocks[0], level=1)
    for block in blocks[1:]:
        document.add_paragraph(block)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


WRITERS: dict[str, Callable[[list[str]], bytes]] = {"txt": to_txt, "html": to_html, "pdf": to_pdf, "docx": to_docx}
PLACES = ("aarhus", "esbjerg", "koege", "odense", "vejle", "aalborg", "herning", "roskilde")


def members(n_docs: int, seed: int) -> Iterator[tuple[str, bytes, int]]:
    """(member path, bytes, source words) of ``n_docs`` documents, the formats in turn."""
    rng = random.Random(seed)
    docs = corpus_paragraphs()
    for k in range(n_docs):
        fmt = FORMATS[k % len(FORMATS)]
        blocks = varied_text(docs, rng)
        name = f"{rng.choice(PLACES)}/{rng.randint(2010, 2024)}/dok{k:05d}.{fmt}"
        yield name, WRITERS[fmt](blocks), sum(len(b.split()) for b in blocks)


def build_archive(path: Path, n_docs: int, seed: int) -> dict[str, int]:
    """Write the archive; returns counts (documents, words, bytes, per format)."""
    stats = {"docs": 0, "words": 0, **{fmt: 0 for fmt in FORMATS}}
    if path.name.endswith(".zip"):
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data, words in members(n_docs, seed):
                archive.writestr(name, data)
                _count(stats, name, words)
    else:
        with tarfile.open(path, "w:gz") as archive:
            for name, data, words in members(n_docs, seed):
                info = tarfile.TarInfo(name)
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
                _count(stats, name, words)
    stats["bytes"] = path.stat().st_size
    return stats


def cached_or_built(archive: Path, n_docs: int, seed: int) -> dict[str, int]:
    """The archive kept by an earlier ``--keep`` run with the same settings, else a new one."""
    sidecar = archive.with_name(archive.name + ".json")
    corpus = sorted(p.name for p in (REPO / "corpus" / "docs").glob("*.txt"))
    wanted = {"n_docs": n_docs, "seed": seed, "corpus": corpus}
    if archive.exists() and sidecar.exists():
        saved = json.loads(sidecar.read_text(encoding="utf-8"))
        if saved["settings"] == wanted and saved["stats"]["bytes"] == archive.stat().st_size:
            return saved["stats"]
    stats = build_archive(archive, n_docs, seed)
    sidecar.write_text(json.dumps({"settings": wanted, "stats": stats}), encoding="utf-8")
    return stats


def _count(stats: dict[str, int], name: str, words: int) -> None:
    stats["docs"] += 1
    stats["words"] += words
    stats[name.rsplit(".", 1)[1]] += 1


# ---------------------------------------------------------------- running and sampling


@dataclass
class ProcStats:
    """What was last seen of one process: peak RSS and CPU seconds."""

    peak_rss: int = 0
    cpu: float = 0.0


@dataclass
class RunResult:
    workers: int
    seconds: float
    returncode: int
    main: ProcStats
    children: dict[int, ProcStats] = field(default_factory=dict)
    cpu: float = 0.0
    """CPU seconds of the whole process tree (exact, from ``wait4``)."""
    tree_peak_rss: int = 0
    """Largest RSS of any one process of the tree (exact, from ``wait4``)."""
    load: tuple[float, float] = (0.0, 0.0)
    """1-minute load average before and after the run."""
    stderr: str = ""

    @property
    def pool(self) -> list[ProcStats]:
        """The worker processes (children that did real work, not short-lived helpers)."""
        return [c for c in self.children.values() if c.cpu > 0.5]


def _sample(proc: psutil.Process, stats: ProcStats) -> None:
    try:
        with proc.oneshot():
            stats.peak_rss = max(stats.peak_rss, proc.memory_info().rss)
            times = proc.cpu_times()
            stats.cpu = max(stats.cpu, times.user + times.system)
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        pass


def run_extract(socdoc: str, archive: Path, workers: int) -> RunResult:
    """One ``socdoc extract`` run; its process tree is sampled until it ends."""
    command = [socdoc, "extract", str(archive), "-o", os.devnull, "--quiet", "--workers", str(workers)]
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        popen = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, text=True)
        main = psutil.Process(popen.pid)
        result = RunResult(workers=workers, seconds=0.0, returncode=0, main=ProcStats())
        while True:
            pid, status, usage = os.wait4(popen.pid, os.WNOHANG)  # rusage of the tree, unlike poll()
            if pid:
                break
            _sample(main, result.main)
            try:
                for child in main.children(recursive=True):
                    _sample(child, result.children.setdefault(child.pid, ProcStats()))
            except psutil.NoSuchProcess:
                pass
            time.sleep(SAMPLE_SECONDS)
        result.seconds = time.perf_counter() - started
        result.returncode = popen.returncode = os.waitstatus_to_exitcode(status)
        result.cpu = usage.ru_utime + usage.ru_stime
        result.tree_peak_rss = usage.ru_maxrss * 1024  # KiB on Linux
        result.load = (load_before, os.getloadavg()[0])
        errors.seek(0)
        result.stderr = errors.read()
    return result


def socdoc_command() -> str:
    script = Path(sys.executable).with_name("socdoc")
    found = str(script) if script.exists() else shutil.which("socdoc")
    if not found:
        sys.exit("the socdoc command is not installed (pip install -e .)")
    return found


# ---------------------------------------------------------------- report


def idle_seconds(r: RunResult, cores: int) -> float:
    """Wall time the run would take alone on ``cores`` cores, from its CPU time.

    The work spreads over the cores but no process can finish before its own CPU time: the main
    process reads, the workers extract. With one worker, extraction runs in the main process.
    """
    longest = max([r.main.cpu, *(c.cpu for c in r.pool)])
    return max(r.cpu / min(cores, 1 + len(r.pool)), longest) if r.pool else r.cpu


def report(stats: dict[str, int], results: list[RunResult], cores: int) -> list[dict]:
    rows = []
    base, base_idle = results[0].seconds, idle_seconds(results[0], cores)
    for r in results:
        rows.append({
            "workers": r.workers,
            "seconds": round(r.seconds, 1),
            "docs_per_s": round(stats["docs"] / r.seconds, 1),
            "words_per_s": round(stats["words"] / r.seconds),
            "speedup": round(base / r.seconds, 2),
            "cpu_s": round(r.cpu, 1),
            "cpu_ms_per_doc": round(1000 * r.cpu / stats["docs"], 1),
            "idle_speedup_estimate": round(base_idle / idle_seconds(r, cores), 2),
            "busy_cores_estimate": round(r.cpu / idle_seconds(r, cores), 2),
            "main_peak_rss_mb": round(r.main.peak_rss / MB),
            "main_cpu_s": round(r.main.cpu, 1),
            "worker_peak_rss_mb": [round(c.peak_rss / MB) for c in r.pool],
            "worker_cpu_s": [round(c.cpu, 1) for c in r.pool],
            "tree_peak_rss_mb": round(r.tree_peak_rss / MB),
            "load_before_after": [round(x, 2) for x in r.load],
            "returncode": r.returncode,
        })
    return rows


def print_table(rows: list[dict]) -> None:
    print(f"{'workers':>7} {'seconds':>8} {'docs/s':>7} {'words/s':>8} {'speed-up':>8} {'CPU s':>7} "
          f"{'alone':>6} {'cores':>6} {'load':>10} {'main MB':>8} {'main CPU':>8}  worker MB (CPU s)")
    for row in rows:
        per_worker = ", ".join(f"{m} ({c})" for m, c in zip(row["worker_peak_rss_mb"], row["worker_cpu_s"]))
        load = "→".join(f"{x:.1f}" for x in row["load_before_after"])
        print(f"{row['workers']:>7} {row['seconds']:>8} {row['docs_per_s']:>7} {row['words_per_s']:>8,} "
              f"{row['speedup']:>7}x {row['cpu_s']:>7} {row['idle_speedup_estimate']:>5}x "
              f"{row['busy_cores_estimate']:>6} {load:>10} "
              f"{row['main_peak_rss_mb']:>8} {row['main_cpu_s']:>8}  {per_worker or '(extraction in main)'}")
    print("speed-up: wall time against the first run. alone: the speed-up estimated from CPU time for an "
          "otherwise idle machine (idle_seconds; CPU time itself varies with the load). cores: cores the run "
          "would keep busy alone. load: 1-minute load average before→after.")


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents in the archive (default 2000)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to run (default 1 2)")
    parser.add_argument("--archive", choices=["zip", "tar.gz"], default="zip", help="archive type (default zip)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="run the worker counts in turn this often and keep the fastest (default 1)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, default=None,
                        help="build the archive in this folder and keep it; a later run with the same settings "
                             "reuses it")
    parser.add_argument("--json", action="store_true", help="also print the results as JSON")
    args = parser.parse_args(argv)

    socdoc = socdoc_command()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="socdoc-archive-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        archive = folder / f"bench.{args.archive}"
        started = time.perf_counter()
        stats = cached_or_built(archive, args.docs, args.seed)
        print(f"archive: {stats['docs']} documents ({', '.join(f'{stats[f]} {f}' for f in FORMATS)}), "
              f"{stats['words']:,} words, {stats['bytes'] / MB:.1f} MB, ready in {time.perf_counter() - started:.0f} s")
        cores = os.cpu_count() or 1
        print(f"cores: {cores}, load average before: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
        best: dict[int, RunResult] = {}
        for _ in range(args.rounds):
            for n in args.workers:
                result = run_extract(socdoc, archive, n)
                if result.returncode not in (0, 1):
                    sys.exit(f"socdoc extract --workers {n} failed ({result.returncode}):\n{result.stderr}")
                if n not in best or result.seconds < best[n].seconds:
                    best[n] = result
        results = [best[n] for n in args.workers]
        rows = report(stats, results, cores)
        print_table(rows)
        if args.json:
            print(json.dumps({"archive": stats, "runs": rows}, indent=2))
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
