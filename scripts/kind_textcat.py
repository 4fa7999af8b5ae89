"""Experiment: a spaCy ``textcat`` over the words against the rules' press release / article decision.

    PYTHONPATH=src python scripts/kind_textcat.py --train SET_DIR ... [--heldout SET_DIR ...] [--candidates ...]

Each folder holds ``docs/`` and ``gold/`` (gold JSON with ``kind``). Only documents whose gold kind is not
``minutes`` are scored. Every document is read as ``socdoc extract`` reads it (``socdoc.evaluate._read``); the
rules' kind is ``socdoc.extract(text).kind``; a document the rules call minutes keeps that kind (an error) in
every variant, so the classifier only ever chooses between press release and article.

Candidates (all exclusive classes ``press_release`` / ``article``, trained with ``nlp.update`` on a blank
Danish tokenizer, fixed seed and epochs):

* ``bow``: ``spacy.TextCatBOW.v3`` unigrams over the page's head and foot (the part the rules read);
* ``bow2``: the same with bigrams;
* ``bow_sig``: unigrams plus one pseudo-token per named rule signal that fires (``kind_loso.signals``);
* ``bow_head``: unigrams over the first 1,500 characters plus the signal tokens;
* ``ens_head``: ``spacy.TextCatEnsemble.v2`` (a small CNN beside the bag of words) over the first 1,500
  characters plus the signal tokens.

Each classifier is scored alone and combined with the rules:

* ``gate0``: the classifier decides only pages with no press and no article signal, the rules decide the rest;
* ``gate1``: the classifier decides pages whose press score is below 2 and whose article score is 0;
* ``…@c``: the classifier counts only when its probability of one class is at least ``c``, else the rules
  decide;
* ``vote w``: the classifier is one more signal of weight ``w`` (press if its probability is ≥ 0.5, else
  article), added to the rules' scores before the rules' own test (press ≥ 2 and above article).

Leave-one-set-out: for every train folder, each classifier is trained on the other train folders' non-minutes
documents and scores the held folder. With ``--heldout`` the chosen candidates are trained once on all train
folders and scored on the held-out folders. Nothing of the documents' text is written anywhere; the tables
report counts only.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import kind_loso  # noqa: E402
from socdoc.evaluate import _read  # noqa: E402
from socdoc.extractors import docinfo as D  # noqa: E402
from socdoc.normalize import normalize  # noqa: E402

LABELS = ("press_release", "article")
HEAD_ONLY = 1500


def load(folders: list[Path]) -> list[dict]:
    import socdoc

    rows = []
    for folder in folders:
        for gold_path in sorted((folder / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))["kind"]
            if gold == "minutes":
                continue
            text = _read(folder / "docs" / f"{gold_path.stem}.txt")
            rules = socdoc.extract(text).kind
            norm = normalize(text)
            sig = kind_loso.signals(norm) if rules != "minutes" else {n: 0 for n in kind_loso.NAMES}
            press = sum(kind_loso.PRESS_WEIGHTS[k] * sig[k] for k in kind_loso.PRESS_WEIGHTS)
            article = sum(kind_loso.ARTICLE_WEIGHTS[k] * sig[k] for k in kind_loso.ARTICLE_WEIGHTS)
            plain = D._URL.sub(" ", norm)
            if len(plain) > D.HEAD_CHARS + D.FOOT_CHARS:
                plain = plain[: D.HEAD_CHARS] + "\n" + plain[-D.FOOT_CHARS:]
            rows.append({"set": folder.name, "id": gold_path.stem, "gold": gold, "rules": rules,
                         "press": press, "article": article, "plain": plain,
                         "sigtokens": " ".join(f"SIG{k}" for k, v in sig.items() if v)})
    return rows


CANDIDATES = {
    "bow": {"arch": "bow", "ngram": 1, "text": "plain", "sig": False},
    "bow2": {"arch": "bow", "ngram": 2, "text": "plain", "sig": False},
    "bow_sig": {"arch": "bow", "ngram": 1, "text": "plain", "sig": True},
    "bow_head": {"arch": "bow", "ngram": 1, "text": "head", "sig": True},
    "ens_head": {"arch": "ensemble", "ngram": 1, "text": "head", "sig": True},
}


def text_of(row: dict, spec: dict) -> str:
    body = row["plain"] if spec["text"] == "plain" else row["plain"][:HEAD_ONLY]
    return f"{row['sigtokens']}\n{body}" if spec["sig"] else body


def make_nlp(spec: dict):  # type: ignore[no-untyped-def]
    import spacy

    nlp = spacy.blank("da")
    if spec["arch"] == "bow":
        model = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": spec["ngram"],
                 "no_output_layer": False, "length": 262144}
    else:
        model = {"@architectures": "spacy.TextCatEnsemble.v2",
                 "tok2vec": {"@architectures": "spacy.Tok2Vec.v2",
                             "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 64,
                                       "rows": [2000, 2000, 500, 1000, 500],
                                       "attrs": ["NORM", "LOWER", "PREFIX", "SUFFIX", "SHAPE"],
                                       "include_static_vectors": False},
                             "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 64,
                                        "window_size": 1, "maxout_pieces": 3, "depth": 2}},
                 "linear_model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
                                  "ngram_size": 1, "no_output_layer": False, "length": 262144}}
    textcat = nlp.add_pipe("textcat", config={"model": model})
    for label in LABELS:
        textcat.add_label(label)
    return nlp


def train(rows: list[dict], spec: dict, epochs: int = 10, seed: int = 0):  # type: ignore[no-untyped-def]
    import spacy
    from spacy.training import Example

    spacy.util.fix_random_seed(seed)
    nlp = make_nlp(spec)
    examples = [Example.from_dict(nlp.make_doc(text_of(r, spec)),
                                  {"cats": {lab: float(r["gold"] == lab) for lab in LABELS}}) for r in rows]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for i in range(0, len(examples), 8):
            nlp.update(examples[i: i + 8], sgd=optimizer, drop=0.2)
    return nlp


def probabilities(nlp, rows: list[dict], spec: dict) -> list[float]:  # type: ignore[no-untyped-def]
    return [doc.cats["press_release"] for doc in nlp.pipe(text_of(r, spec) for r in rows)]


def combine(row: dict, p: float, how: str) -> str:
    if row["rules"] == "minutes":
        return "minutes"
    how, _, cut = how.partition("@")
    sure = float(cut) if cut else 0.5  # the classifier's probability needed for either class
    clf = "press_release" if p >= sure else "article" if p <= 1 - sure else None
    if clf is None:  # not sure enough: the rules decide
        return row["rules"]
    press, article = row["press"], row["article"]
    if how == "alone":
        return clf
    if how == "gate0":
        return clf if press == 0 and article == 0 else row["rules"]
    if how == "gate1":
        return clf if press < 2 and article == 0 else row["rules"]
    if how.startswith("vote"):
        w = int(how[4:])
        # the rules' kind already folds in the reprint signal and any layout correction: keep their decision
        # and let the classifier's weight move only the two scores
        if clf == "press_release":
            press += w
        else:
            article += w
        return "press_release" if press >= 2 and press > article else "article"
    raise ValueError(how)


COMBOS = ("alone", "gate0", "gate1", "vote1", "vote2", "gate1@0.6", "gate1@0.7", "vote1@0.7", "vote2@0.7")


def tally(rows: list[dict], kinds: list[str]) -> tuple[int, int, int]:
    """(right, press releases called articles, articles called press releases); a page called minutes is
    wrong in neither direction but counts as not right."""
    right = sum(k == r["gold"] for r, k in zip(rows, kinds))
    p2a = sum(r["gold"] == "press_release" and k != "press_release" for r, k in zip(rows, kinds))
    a2p = sum(r["gold"] == "article" and k == "press_release" for r, k in zip(rows, kinds))
    return right, p2a, a2p


def fmt(t: tuple[int, int, int], n: int) -> str:
    return f"{t[0] / n:.3f} ({t[1]}/{t[2]})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", nargs="+", type=Path, required=True)
    ap.add_argument("--heldout", nargs="*", type=Path, default=[])
    ap.add_argument("--candidates", default="bow,bow2,bow_sig,bow_head")
    ap.add_argument("--final", default="", help="candidate:combo pairs scored on --heldout, comma separated")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--no-loso", action="store_true")
    args = ap.parse_args(argv)
    rows = load(args.train)
    sets = [f.name for f in args.train]
    by_set = defaultdict(list)
    for r in rows:
        by_set[r["set"]].append(r)
    print(f"train folders {len(sets)}, non-minutes documents {len(rows)} "
          f"(press releases {sum(r['gold'] == 'press_release' for r in rows)})")
    print("rules:", fmt(tally(rows, [r["rules"] for r in rows]), len(rows)), "accuracy (press→article/article→press)")
    if not args.no_loso:
        cands = [c for c in args.candidates.split(",") if c]
        probs: dict[str, dict[str, float]] = {c: {} for c in cands}
        for cand in cands:
            t0 = time.time()
            spec = CANDIDATES[cand]
            for held in sets:
                nlp = train([r for r in rows if r["set"] != held], spec, args.epochs)
                for r, p in zip(by_set[held], probabilities(nlp, by_set[held], spec)):
                    probs[cand][f"{held}/{r['id']}"] = p
            print(f"[{cand}: {time.time() - t0:.0f} s]", flush=True)
        print("\nLOSO errors per left-out set, press→article/article→press (rules | candidate:combo ...)")
        cols = [("rules", None, None)] + [(f"{c}:{h}", c, h) for c in cands for h in COMBOS]
        totals: dict[str, Counter] = defaultdict(Counter)
        print("set n " + " ".join(name for name, _, _ in cols))
        for s in sets:
            cells = []
            for name, cand, how in cols:
                kinds = [r["rules"] if cand is None else combine(r, probs[cand][f"{s}/{r['id']}"], how)
                         for r in by_set[s]]
                right, p2a, a2p = tally(by_set[s], kinds)
                totals[name].update({"right": right, "p2a": p2a, "a2p": a2p})
                cells.append(f"{p2a}/{a2p}")
            print(s, len(by_set[s]), " ".join(cells))
        print("\ntotals: accuracy, right, press→article, article→press")
        for name, _, _ in cols:
            t = totals[name]
            print(f"{name:18s} {t['right'] / len(rows):.3f} {t['right']:4d} {t['p2a']:4d} {t['a2p']:4d}")
    if args.heldout and args.final:
        held_rows = load(args.heldout)
        groups = {"held-out sets": [r for r in held_rows if r["set"] != "realdocs"],
                  "realdocs": [r for r in held_rows if r["set"] == "realdocs"]}
        print("\nheld out: right / n, press→article, article→press")
        for name, group in groups.items():
            print(f"rules {name}: {tally(group, [r['rules'] for r in group])} of {len(group)}")
        for pair in args.final.split(","):
            cand, how = pair.split(":")
            spec = CANDIDATES[cand]
            nlp = train(rows, spec, args.epochs)
            for name, group in groups.items():
                ps = probabilities(nlp, group, spec)
                print(f"{pair} {name}: {tally(group, [combine(r, p, how) for r, p in zip(group, ps)])} "
                      f"of {len(group)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
