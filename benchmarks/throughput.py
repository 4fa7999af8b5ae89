"""Throughput, start-up and long-line figures of socdoc, next to spaCy's bare Danish tokenizer.

Builds a corpus of about --words words from corpus/docs (repeated) and times, each mode in its
own subprocess (so peak RSS is measured separately) with the environment the user has (no
BLAS thread variables are set: the library limits its BLAS threads itself):

  tokenizer   spacy.blank("da") tokenisation of the same texts (the yardstick)
  rules       socdoc without the statistical NER (SOCDOC_MODEL="")
  ner         socdoc's tokenizer + tok2vec + ner only (the rule components disabled)
  full        socdoc with the trained NER model (the default), one process
  full-2p     the same with extract_many(n_process=2); the ratio column "×1p" compares to full

The pipeline is built before the clock starts (in the parent, which the workers are forked
from). Then, unless --no-startup, it times the command line (best of --repeat):

  socdoc --version, socdoc --help, socdoc extract <the smallest corpus document>

and, unless --no-long-line, one line of fact-dense Danish of --long-line-mb MB through
``socdoc extract --workers 1`` (wall time, words/s, peak RSS).

    python benchmarks/throughput.py --words 1000000
    python benchmarks/throughput.py --words 200000 --modes full full-2p --no-long-line
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODES = ("tokenizer", "rules", "ner", "full", "full-2p")
SENTENCE = ("Byrådet bevilger 2,5 mio. kr. til Søparken i perioden 2024-2026, og Udvalget for Børn og "
            "Unge afsætter 700.000 kr. årligt fra 1. marts 2025. ")


def build_texts(target_words: int) -> list[str]:
    docs = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "docs").glob("*.txt"))]
    if not docs:
        sys.exit("no corpus/docs/*.txt found")
    texts, words, i = [], 0, 0
    while words < target_words:
        text = docs[i % len(docs)]
        texts.append(text)
        words += len(text.split())
        i += 1
    return texts


def _cpu_split() -> tuple[float, float]:
    """CPU seconds (user + system) of this process, and of its children that have ended."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and of its children that have ended."""
    return sum(_cpu_split())


def _timed_ner(texts: list[str]) -> tuple[float, float]:
    import contextlib

    import socdoc

    try:
        from socdoc.pipeline import limited_threads
    except ImportError:  # an older checkout (--src) without it
        limited_threads = contextlib.nullcontext
    nlp = socdoc.pipeline()
    keep = [name for name in nlp.pipe_names if name in ("tok2vec", "ner")]
    if not keep:
        sys.exit("no trained NER model found")
    with nlp.select_pipes(enable=keep), limited_threads():
        list(nlp.pipe(texts[:2]))  # warm up
        start, cpu = time.perf_counter(), _cpu_seconds()
        for _ in nlp.pipe(texts, batch_size=4):
            pass
        return time.perf_counter() - start, _cpu_seconds() - cpu


def run_mode(mode: str, target_words: int) -> dict:
    texts = build_texts(target_words)
    n_words = sum(len(t.split()) for t in texts)
    if mode == "tokenizer":
        import spacy

        nlp = spacy.blank("da")
        start, cpu = time.perf_counter(), _cpu_seconds()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
        elapsed, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
        parent_cpu, children_cpu = cpu, 0.0
    elif mode == "ner":
        elapsed, cpu = _timed_ner(texts)
        parent_cpu, children_cpu = cpu, 0.0
    else:
        import socdoc

        n_process = 2 if mode == "full-2p" else 1
        list(socdoc.extract_many(texts[:1]))  # build the pipeline and fill its caches, untimed
        start, (own, children) = time.perf_counter(), _cpu_split()
        for _ in socdoc.extract_many(texts, n_process=n_process):
            pass
        elapsed = time.perf_counter() - start
        own_after, children_after = _cpu_split()  # workers have ended: counted
        parent_cpu, children_cpu = own_after - own, children_after - children
        cpu = parent_cpu + children_cpu
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"mode": mode, "words": n_words, "seconds": elapsed, "words_per_s": n_words / elapsed,
            "cpu_seconds": cpu, "words_per_cpu_s": n_words / cpu, "peak_rss_mb": max(self_mb, children_mb),
            "parent_cpu_seconds": parent_cpu, "children_cpu_seconds": children_cpu}


SRC = ROOT / "src"


def _env(mode: str) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    if mode == "rules":
        env["SOCDOC_MODEL"] = ""
    return env


def throughput(words: int, modes: list[str]) -> None:
    results = {}
    for mode in modes:
        out = subprocess.run([sys.executable, __file__, "--mode", mode, "--words", str(words)],
                             env=_env(mode), check=True, capture_output=True, text=True).stdout
        results[mode] = json.loads(out.strip().splitlines()[-1])
    base = results.get("tokenizer", {}).get("words_per_s")
    base_cpu = results.get("tokenizer", {}).get("words_per_cpu_s")
    one = results.get("full", {}).get("words_per_s")
    print(f"sources: {SRC}")
    print(f"corpus: ~{words:,} words from corpus/docs (whitespace-separated words counted); "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"{'mode':10} {'words':>10} {'seconds':>8} {'words/s':>10} {'peak MB':>8} {'ratio':>6} {'×1p':>5} "
          f"{'CPU s':>7} {'words/CPU s':>12} {'CPU ratio':>9}")
    for mode, r in results.items():
        ratio = f"{r['words_per_s'] / base:6.2f}" if base else f"{'':6}"
        vs_one = f"{r['words_per_s'] / one:5.2f}" if one and mode == "full-2p" else f"{'':5}"
        cpu_ratio = f"{r['words_per_cpu_s'] / base_cpu:9.2f}" if base_cpu else ""
        print(f"{mode:10} {r['words']:10,} {r['seconds']:8.1f} {r['words_per_s']:10,.0f} "
              f"{r['peak_rss_mb']:8.0f} {ratio} {vs_one} {r['cpu_seconds']:7.1f} {r['words_per_cpu_s']:12,.0f} "
              f"{cpu_ratio}")
    for mode, r in results.items():
        if r.get("children_cpu_seconds"):
            print(f"{mode}: CPU s of the parent {r['parent_cpu_seconds']:.1f} (reading the texts, building the "
                  f"records from the workers' results), of the workers {r['children_cpu_seconds']:.1f}")
    print("(ratio: words/s against the tokenizer's; CPU ratio: the same in words per CPU second, which the "
          "other processes of a busy machine disturb less)")


def _socdoc_command() -> list[str]:
    script = Path(sys.executable).with_name("socdoc")
    return [str(script)] if script.exists() else [sys.executable, "-m", "socdoc.cli"]


def _run_timed(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds (user + system) of one command and its children."""
    start = time.perf_counter()
    env = _env("full")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # warm starts, as installed: compiled sources are kept
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def startup(repeat: int) -> None:
    small = min((ROOT / "corpus" / "docs").glob("*.txt"), key=lambda p: p.stat().st_size)
    command = _socdoc_command()
    with tempfile.TemporaryDirectory() as tmp:
        cases = {
            "--version": [*command, "--version"],
            "--help": [*command, "--help"],
            f"extract {small.name} ({small.stat().st_size:,} B)": [*command, "extract", str(small), "-o",
                                                                   str(Path(tmp) / "out.jsonl")],
        }
        print(f"\nstart-up (best of {repeat}); load average {os.getloadavg()[0]:.2f}")
        for name, args in cases.items():
            runs = [_run_timed(args) for _ in range(repeat)]
            best, best_cpu = min(r[0] for r in runs), min(r[2] for r in runs)
            print(f"  socdoc {name:40} {best:6.2f} s  ({best_cpu:.2f} CPU s)")


def long_line(megabytes: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long-line.txt"
        n = max(1, int(megabytes * 2**20 / len(SENTENCE.encode("utf-8"))))
        text = SENTENCE * n
        path.write_text(text, encoding="utf-8")
        args = [*_socdoc_command(), "extract", str(path), "-o", str(Path(tmp) / "out.jsonl"), "--workers", "1"]
        seconds, rss, _ = _run_timed(args)
        words = len(text.split())
        print(f"\nlong line: {len(text.encode('utf-8')) / 2**20:.1f} MB, {words:,} words on one line: "
              f"{seconds:.1f} s, {words / seconds:,.0f} words/s (start-up included), peak RSS {rss:.0f} MB")
        folder = Path(tmp) / "as-documents"
        folder.mkdir()
        per_doc = max(1, 2000 // len(SENTENCE))
        for i in range(0, n, per_doc):
            (folder / f"doc{i:07d}.txt").write_text(SENTENCE * min(per_doc, n - i), encoding="utf-8")
        args = [*_socdoc_command(), "extract", str(folder), "-o", str(Path(tmp) / "docs.jsonl"), "--workers", "1"]
        doc_seconds, doc_rss, _ = _run_timed(args)
        print(f"the same text as {len(list(folder.iterdir())):,} documents of about 2,000 characters: "
              f"{doc_seconds:.1f} s, {words / doc_seconds:,.0f} words/s, peak RSS {doc_rss:.0f} MB; "
              f"one line runs at {doc_seconds / seconds:.2f} of that speed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    parser.add_argument("--repeat", type=int, default=3, help="Runs of each start-up case (best is shown).")
    parser.add_argument("--long-line-mb", type=float, default=3.0)
    parser.add_argument("--no-startup", action="store_true")
    parser.add_argument("--no-long-line", action="store_true")
    parser.add_argument("--src", type=Path, default=None,
                        help="Measure the socdoc sources in this folder (another checkout's src/) instead.")
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.src is not None:
        global SRC
        SRC = args.src.resolve()
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.words)))
        return
    if args.modes:
        throughput(args.words, args.modes)
    if not args.no_startup:
        startup(args.repeat)
    if not args.no_long_line:
        long_line(args.long_line_mb)


if __name__ == "__main__":
    main()
