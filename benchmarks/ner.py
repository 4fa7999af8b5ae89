"""Benchmark socdoc's Danish NER model: accuracy on UNER Danish-DDT, speed and size.

Usage (from the repository root)::

    .venv/bin/python benchmarks/ner.py --data ../shared/data/danish-ner

Prints precision/recall/F1 per type and micro-F1 over PER/ORG/LOC for the dev and test
splits (exact character-span match against the gold entities, text tokenised by the
model's own tokenizer), words per second on one core (``nlp.pipe``) and the model's size.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

from ner.corpus import LABELS, SPLITS, UNER_DIR, read_iob2, sentences_to_docs  # noqa: E402

Span3 = tuple[int, int, str]


def gold_docs(nlp: spacy.Language, data_dir: Path, split: str, sents_per_doc: int = 10) -> list[Doc]:
    """Gold docs of one UNER split, grouped like the training docs."""
    sentences = read_iob2(data_dir / UNER_DIR / SPLITS[split])
    return sentences_to_docs(nlp.vocab, sentences, sents_per_doc)


def char_spans(doc: Doc, labels: tuple[str, ...]) -> set[Span3]:
    return {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in labels}


def score(nlp: spacy.Language, golds: list[Doc], labels: tuple[str, ...] = LABELS) -> dict[str, dict[str, float]]:
    """Exact-match P/R/F1 per label and micro-averaged over ``labels``."""
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for gold, pred in zip(golds, nlp.pipe((g.text for g in golds), batch_size=256)):
        g, p = char_spans(gold, labels), char_spans(pred, labels)
        for _, _, label in g:
            n_gold[label] += 1
        for _, _, label in p:
            n_pred[label] += 1
        for _, _, label in g & p:
            tp[label] += 1

    def prf(t: int, np_: int, ng: int) -> dict[str, float]:
        p = t / np_ if np_ else 0.0
        r = t / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": p, "r": r, "f": f, "n": ng}

    result = {label: prf(tp[label], n_pred[label], n_gold[label]) for label in labels}
    result["micro"] = prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return result


def words_per_second(
    nlp: spacy.Language, texts: list[str], min_words: int = 200_000
) -> tuple[float, float, int]:
    """Throughput of ``nlp.pipe`` over ``texts`` repeated to at least ``min_words`` tokens.

    Returns words per wall-clock second, words per CPU second of this (single-threaded) process,
    and the number of words. On a shared machine the CPU-time figure is the per-core speed.
    """
    n_words_once = sum(len(d) for d in nlp.tokenizer.pipe(texts))
    reps = max(1, -(-min_words // n_words_once))
    corpus = texts * reps
    list(nlp.pipe(texts[:20], batch_size=256))  # warm-up
    start, cpu_start = time.perf_counter(), time.process_time()
    n_words = sum(len(doc) for doc in nlp.pipe(corpus, batch_size=256))
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    return n_words / wall, n_words / cpu, n_words


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def print_table(name: str, result: dict[str, dict[str, float]]) -> None:
    print(f"\n{name}")
    print(f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}")
    for label, s in result.items():
        print(f"{label:<8}{s['p']:>8.3f}{s['r']:>8.3f}{s['f']:>8.3f}{s['n']:>7}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "danish-ner")
    parser.add_argument("--model", type=Path, default=REPO / "models" / "da_socdoc_ner")
    parser.add_argument("--splits", nargs="+", default=["dev", "test"], choices=list(SPLITS))
    parser.add_argument("--min-words", type=int, default=200_000, help="words to time for the speed test")
    parser.add_argument(
        "--numpy-gemm",
        action="store_true",
        help="run thinc's matrix products through numpy's BLAS instead of blis (a runtime choice)",
    )
    parser.add_argument("--no-speed", action="store_true", help="accuracy only")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    args = parser.parse_args()

    if args.numpy_gemm:
        from thinc.api import NumpyOps, set_current_ops

        set_current_ops(NumpyOps(use_blis=False))
    nlp = spacy.load(args.model)
    print(f"model: {args.model}  pipeline: {nlp.pipe_names}  labels: {nlp.get_pipe('ner').labels}")

    results: dict[str, object] = {}
    all_texts: list[str] = []
    for split in args.splits:
        golds = gold_docs(nlp, args.data, split)
        all_texts += [g.text for g in golds]
        results[split] = score(nlp, golds)
        print_table(f"{split} (UNER Danish-DDT, exact span match)", results[split])

    if not args.no_speed:
        wps, cpu_wps, n_words = words_per_second(nlp, all_texts, args.min_words)
        results["words_per_second"] = wps
        results["words_per_cpu_second"] = cpu_wps
        print(
            f"\nspeed: {cpu_wps:,.0f} words per CPU second, {wps:,.0f} words per wall-clock second "
            f"(one thread, {n_words:,} words, nlp.pipe batch_size=256)"
        )
    size = dir_size(args.model)
    results["size_bytes"] = size
    print(f"size on disk: {size / 1e6:.1f} MB")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
