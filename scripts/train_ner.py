"""Train socdoc's Danish NER pipeline and write it to ``models/da_socdoc_ner``.

Usage (from the repository root)::

    .venv/bin/python scripts/train_ner.py --data ../shared/data/danish-ner

Steps: convert UNER Danish-DDT (train/dev/test) to DocBin under ``training/ner/corpus``,
run ``spacy train configs/ner.cfg`` (fixed seed, dev split for model selection), and copy
the best pipeline to the output folder with filled-in ``meta.json``. Extra ``--set KEY=VALUE``
arguments are passed to spaCy as config overrides (e.g. ``--set training.max_steps=2000``).
``--lexical-vectors`` first builds the lexical-features table (``scripts/ner/lexical_vectors.py``)
under ``training/ner/lexical_vectors`` and trains with it as static vectors (runs K-K3 in
docs/training.md; not the shipped model).

``--train-splits train dev`` trains on UNER train and dev together (run L1 in docs/training.md). Dev is
then no held-out data: give a fixed ``training.max_steps``; the last checkpoint (``model-last``) is
exported, not the one with the best dev score. ``--socdoc-corpus corpus`` adds socdoc's own composed
documents as in-domain training examples (``scripts/ner/socdoc_corpus.py``, run L2).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path

from spacy.tokens import DocBin

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

from ner import augment, scoring  # noqa: E402,F401  (register socdoc.ner_variants.v1, socdoc.ner_core_scorer.v1)
from ner.corpus import convert  # noqa: E402
from ner.lexical_vectors import write_vectors  # noqa: E402

MODEL_NAME = "socdoc_ner"
# The training config selects checkpoints by PER/ORG/LOC F1; the exported model names spaCy's own scorer.
TRAINING_SCORER = "socdoc.ner_core_scorer.v1"
BUILTIN_SCORER = "spacy.ner_scorer.v1"
META = {
    "name": MODEL_NAME,
    "version": "0.1.0",
    "description": (
        "socdoc Danish named-entity recogniser (PER, ORG, LOC): hash-embedding CNN tok2vec + "
        "transition-based NER, trained on UNER Danish-DDT. No word vectors."
    ),
    "author": "socdoc",
    "license": "CC BY-SA 4.0",
    "sources": [
        {
            "name": "UNER Danish-DDT (Universal NER v1)",
            "url": "https://github.com/UniversalNER/UNER_Danish-DDT",
            "license": "CC BY-SA 4.0",
            "author": "Mayhew et al. 2024; annotations from DaN+ (Plank et al. 2020)",
        },
        {
            "name": "UD Danish-DDT",
            "url": "https://github.com/UniversalDependencies/UD_Danish-DDT",
            "license": "CC BY-SA 4.0",
        },
    ],
}


def parse_overrides(pairs: list[str]) -> dict[str, object]:
    """Turn ``key=value`` strings into spaCy config overrides (values parsed as JSON if possible)."""
    overrides: dict[str, object] = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value
    return overrides


LEXICAL_DESCRIPTION = (
    "socdoc Danish named-entity recogniser (PER, ORG, LOC): hash-embedding CNN tok2vec with a static "
    "table of lexical features (word lists, not word vectors) + transition-based NER, trained on UNER "
    "Danish-DDT train and dev."
)
_TRAINING_PATH = re.compile(r'^(train|dev|vectors) = "[^"]*"$', re.MULTILINE)


def export_model(best: Path, output: Path, lexical: bool = False) -> None:
    """Copy the best pipeline to ``output`` and fill in its metadata.

    The training paths in the exported config are set to null: the saved pipeline holds its
    vectors table and loads without them.
    """
    if output.exists():
        shutil.rmtree(output)
    shutil.copytree(best, output)
    meta_path = output / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(META)
    if lexical:
        meta["description"] = LEXICAL_DESCRIPTION
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    config_path = output / "config.cfg"
    config = config_path.read_text(encoding="utf-8")
    config = _TRAINING_PATH.sub(r"\1 = null", config.replace(TRAINING_SCORER, BUILTIN_SCORER))
    config_path.write_text(config, encoding="utf-8")


def merge_docbins(paths: list[Path], output: Path) -> Path:
    """Write the documents of several DocBin files into one (in the order given)."""
    merged = DocBin(store_user_data=False)
    for path in paths:
        merged.merge(DocBin().from_disk(path))
    merged.to_disk(output)
    print(f"training data: {len(merged)} docs from {', '.join(p.name for p in paths)} -> {output}")
    return output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="folder holding uner-ddt/ (the danish-ner data)")
    parser.add_argument("--config", type=Path, default=REPO / "configs" / "ner.cfg")
    parser.add_argument("--workdir", type=Path, default=REPO / "training" / "ner", help="git-ignored work folder")
    parser.add_argument("--output", type=Path, default=REPO / "models" / "da_socdoc_ner")
    parser.add_argument("--sents-per-doc", type=int, default=10, help="sentences grouped into one training doc")
    parser.add_argument(
        "--no-misc",
        dest="misc",
        action="store_false",
        help="learn PER/ORG/LOC only (default: also learn DaN+ MISC entities, which sharpens ORG)",
    )
    parser.add_argument(
        "--deriv-misc",
        action="store_true",
        help="also learn DaN+ derived names ('danske', 'københavnske') as MISC (default: O, as in UNER)",
    )
    parser.add_argument(
        "--lexical-vectors",
        action="store_true",
        help="train with the lexical-features table as static vectors (include_static_vectors=true)",
    )
    parser.add_argument(
        "--names-not-common",
        action="store_true",
        help="with --lexical-vectors: first names and surnames are not marked as common words",
    )
    parser.add_argument(
        "--word-freq",
        type=Path,
        help="with --lexical-vectors: wordfreq's Danish list (small_da.msgpack.gz) for a general-frequency column",
    )
    parser.add_argument(
        "--train-splits",
        nargs="+",
        default=["train"],
        choices=["train", "dev"],
        help="UNER splits to train on (default: train). With dev, model-last is exported, not model-best",
    )
    parser.add_argument(
        "--socdoc-corpus",
        type=Path,
        help="socdoc's composed corpus (docs/*.txt + gold/*.json) to add as in-domain training examples",
    )
    parser.add_argument(
        "--export-last",
        action="store_true",
        help="export model-last instead of model-best (implied when dev is trained on)",
    )
    parser.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--no-export", action="store_true", help="train only; do not overwrite --output")
    args = parser.parse_args()

    from spacy.cli.train import train

    corpus = convert(args.data, args.workdir / "corpus", args.sents_per_doc, args.misc, args.deriv_misc)
    train_path = corpus["train"]
    extra = [corpus[split] for split in args.train_splits if split != "train"]
    if args.socdoc_corpus:
        from ner.socdoc_corpus import write_docbin as write_socdoc_corpus

        socdoc_path = args.workdir / "corpus" / "socdoc.spacy"
        extra.append(write_socdoc_corpus(args.socdoc_corpus, socdoc_path, args.sents_per_doc))
    if extra or "train" not in args.train_splits:
        parts = ([corpus["train"]] if "train" in args.train_splits else []) + extra
        train_path = merge_docbins(parts, args.workdir / "corpus" / "train-all.spacy")
    overrides: dict[str, object] = {"paths.train": str(train_path), "paths.dev": str(corpus["dev"])}
    if args.lexical_vectors:
        overrides["paths.vectors"] = str(write_vectors(
            args.data, args.workdir / "lexical_vectors", names_not_common=args.names_not_common,
            word_freq=args.word_freq,
        ))
        overrides["components.tok2vec.model.embed.include_static_vectors"] = True
    overrides.update(parse_overrides(args.overrides))
    run_dir = args.workdir / "run"
    train(args.config, run_dir, use_gpu=-1, overrides=overrides)
    if not args.no_export:
        last = args.export_last or "dev" in args.train_splits
        export_model(run_dir / ("model-last" if last else "model-best"), args.output, args.lexical_vectors)
        print(f"{'Last' if last else 'Best'} pipeline written to {args.output}")


if __name__ == "__main__":
    main()
