"""Throughput and memory of socdoc.extract_many next to spaCy's bare Danish tokenizer.

Builds a corpus of about --words words from corpus/docs (repeated), then, each in its own
subprocess so that peak RSS is measured separately, times:

  tokenizer   spacy.blank("da") tokenisation of the same texts (the yardstick)
  rules       socdoc without the statistical NER (SOCDOC_MODEL="")
  full        socdoc with the trained NER model (the default)

and prints words/s, peak RSS (MB) and the ratio to the tokenizer.

    python benchmarks/throughput.py --words 1000000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


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


def run_mode(mode: str, target_words: int) -> dict:
    texts = build_texts(target_words)
    n_words = sum(len(t.split()) for t in texts)
    if mode == "tokenizer":
        import spacy

        nlp = spacy.blank("da")
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
    else:
        import socdoc

        socdoc.pipeline()  # load once, outside the timing
        start = time.perf_counter()
        for _ in socdoc.extract_many(texts, batch_size=64):
            pass
    elapsed = time.perf_counter() - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": mode, "tokens": n_words, "seconds": elapsed, "words_per_s": n_words / elapsed, "peak_rss_mb": rss_mb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.words)))
        return
    results = {}
    for mode in ("tokenizer", "rules", "full"):
        env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
        if mode == "rules":
            env["SOCDOC_MODEL"] = ""
        out = subprocess.run(
            [sys.executable, __file__, "--mode", mode, "--words", str(args.words)],
            env=env, check=True, capture_output=True, text=True,
        ).stdout
        results[mode] = json.loads(out.strip().splitlines()[-1])
    base = results["tokenizer"]["words_per_s"]
    print(f"corpus: ~{args.words:,} words from corpus/docs (whitespace-separated words counted)")
    print(f"{'mode':10} {'words':>10} {'seconds':>8} {'words/s':>10} {'peak MB':>8} {'ratio':>6}")
    for mode, r in results.items():
        print(f"{mode:10} {r['tokens']:10,} {r['seconds']:8.1f} {r['words_per_s']:10,.0f} "
              f"{r['peak_rss_mb']:8.0f} {r['words_per_s'] / base:6.2f}")


if __name__ == "__main__":
    main()
