"""Leave-one-set-out measurement of the press release / article decision.

    PYTHONPATH=src python scripts/kind_loso.py ../shared/realdocs /path/to/setA /path/to/setB ...

Each folder holds ``docs/`` and ``gold/`` (gold JSON with ``kind``). The script reads every document as the
pipeline does (reader, normalisation, ``docinfo.classify`` and the minutes component's layout correction), splits
the press/article cue score into its named signals (each signal with the weight the rules give it) and compares,
per left-out folder:

* the rules as they are (fixed: their errors on the folder);
* a logistic regression over the same signals, fitted on all other folders, plain (L2 towards 0) and with an L2
  prior centred on the rules' weights, for a few strengths.

Documents read as minutes keep that kind in every variant (the minutes rules are not refitted); a gold minutes
document read as something else counts as an error in every variant. Only the signals' names and counts leave
the documents: no word of their text becomes a feature.

The decomposition mirrors ``press_score`` and ``article_score``; the script checks on every document that the
weighted signals add up to both scores and stops when they do not (update ``signals`` after changing the rules).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from socdoc.extractors import docinfo as D
from socdoc.extractors import minutes
from socdoc.extractors.minutes_layout import parse_layout
from socdoc.normalize import normalize
from socdoc.read import read_bytes

# name → weight in press_score (positive) or article_score (negative), as the rules weigh them
PRESS_WEIGHTS = {"release": 2, "contact": 2, "release_header": 2, "news_label": 1, "cms_dateline": 2, "footer": 1,
                 "titled_quote": 1, "i_dag": 1, "sender": 2, "own_call": 2, "org_headline": 2, "own_date": 2, "dated_label": 2, "own_meeting": 2,
                 "digest": 2, "titled_statement": 2, "grant_list": 2, "speaker_colon": 2, "service_head": 2, "own_voice": 1,
                 "actor_headline": 1, "own_site": 1, "reprinted": 4}
ARTICLE_WEIGHTS = {"article_cues": 1, "section_label": 1, "opinion": 2, "byline": 2, "reported_release": 2,
                   "reported_speech": 2, "source_attribution": 2, "place_dateline": 1, "dash_quote": 1}
NAMES = list(PRESS_WEIGHTS) + list(ARTICLE_WEIGHTS)


def signals(text: str) -> dict[str, int]:
    """The named signals of ``classify``'s press/article decision for a normalised text."""
    plain = D._URL.sub(" ", text)
    if len(plain) > D.HEAD_CHARS + D.FOOT_CHARS:
        plain = plain[: D.HEAD_CHARS] + "\n" + plain[-D.FOOT_CHARS:]
    low = plain.lower()
    p, cues = D._kind_patterns(), D._cues()
    head = D._head_lines(plain, 10)
    own_voice = not D._has(cues["opinion_cues"], low) and D._own_voice(plain)
    f = {
        "release": D._has(cues["release_words"], low)
        and len(p.release.findall(low)) > len(p.reported_release.findall(low)),
        "contact": D._has(cues["press_contacts"], low)
        or (D._has(cues["more_info"] + ["kontakt"], low) and p.more_info.search(low) is not None),
        "release_header": p.release_header.search(low[:1500]) is not None or D._is_circular(low),
        "news_label": p.news_label.search(low[:1500]) is not None or D._lone_written_dateline(plain),
        "cms_dateline": D._cms_dateline(plain),
        "footer": D._has(cues["own_page_footer"], low) and p.footer.search(low) is not None,
        "titled_quote": D._has(cues["speech_verbs"], low) and p.quote.search(low) is not None,
        "i_dag": D.re.search(r"\bi dag\b", low[:800]) is not None,
        "sender": any(D._sender_pattern().fullmatch(x) or D._authority_logo().fullmatch(x) for x in head)
        or bool(head) and D._first_line_sender().fullmatch(head[0]) is not None,
        "own_call": D._own_call(low),
        "org_headline": D._org_headline(plain),
        "own_date": D._own_date_line(low),
        "dated_label": D._dated_news_label(low),
        "own_meeting": D._own_meeting_decision(low),
        "digest": D._council_digest_title(plain),
        "titled_statement": D._has(cues["official_titles"], low) and D._titled_statement().search(plain) is not None,
        "grant_list": D._grant_list(low),
        "speaker_colon": D._speaker_colon_statement(plain),
        "service_head": D._service_sender_head(plain),
        "own_voice": own_voice,
        "actor_headline": own_voice and D._actor_headline(plain),
        "own_site": 0,  # set below: it confirms the other press signals
        "reprinted": D._reprinted_release(text),
        "article_cues": D._count(cues["article_cues"], low),
        "section_label": D._has(cues["article_section_labels"], low) and D._section_label().search(low) is not None,
        "opinion": D._count(cues["opinion_cues"], low) > 0,
        "byline": any(len(m.group().split()) <= 9 for m in D._BYLINE.finditer(plain)),
        "reported_release": D._has(cues["release_words"], low) and p.reported_release.search(low) is not None,
        "reported_speech": D._has(cues["speech_verbs"], low) and " til " in low
        and any(not D._SPEAKER_AFTER.match(plain, m.end()) for m in p.reported_speech.finditer(plain)),
        "source_attribution": D._has(cues["report_verbs"], low) and p.source_attribution.search(plain) is not None,
        "place_dateline": any(m.group(1).lower() not in cues["capital_labels"]
                              for m in D._PLACE_DATELINE.finditer(plain[:1500])),
        "dash_quote": D._dash_quote().search(plain) is not None,
    }
    out = {k: int(v) for k, v in f.items()}
    press = sum(PRESS_WEIGHTS[k] * out[k] for k in PRESS_WEIGHTS if k != "reprinted")
    out["own_site"] = int(D._own_site_page(low, press))
    press += PRESS_WEIGHTS["own_site"] * out["own_site"]
    article = sum(ARTICLE_WEIGHTS[k] * out[k] for k in ARTICLE_WEIGHTS)
    if press != D.press_score(plain, low) or article != D.article_score(plain, low):
        raise SystemExit("the signal decomposition no longer matches press_score/article_score: update signals()")
    return out


def rule_kind(sig: dict[str, int]) -> str:
    press = sum(PRESS_WEIGHTS[k] * sig[k] for k in PRESS_WEIGHTS)
    article = sum(ARTICLE_WEIGHTS[k] * sig[k] for k in ARTICLE_WEIGHTS)
    return "press_release" if press >= 2 and press > article else "article"


def pipeline_kind(text: str) -> str:
    """The kind as the pipeline settles it: ``classify``, then the minutes component's layout correction."""
    kind = D.classify(text)
    if kind != "minutes" and minutes.layout_looks_like_minutes(
            parse_layout(text), weak_ok=not D.media_voice(text.lower())):
        return "minutes"
    return kind


def load(folders: list[Path]) -> list[dict]:
    rows = []
    for folder in folders:
        docs = {p.stem: p for p in (folder / "docs").iterdir()}
        for gold_path in sorted((folder / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            doc = docs[gold_path.stem]
            text = normalize(read_bytes(doc.name, doc.read_bytes()))
            kind = pipeline_kind(text)
            rows.append({"set": folder.name, "gold": gold["kind"], "minutes": kind == "minutes",
                         "signals": signals(text) if kind != "minutes" else None})
    return rows


def vector(sig: dict[str, int]) -> np.ndarray:
    return np.array([float(sig[n]) for n in NAMES] + [1.0])


def prior_weights(scale: float = 0.8, bias: float = -1.5) -> np.ndarray:
    """The rules' weights as logistic coefficients (press positive, article negative), with a bias for the
    rules' threshold."""
    return np.array([scale * (PRESS_WEIGHTS.get(n, 0) - ARTICLE_WEIGHTS.get(n, 0)) for n in NAMES] + [bias])


def fit(x: np.ndarray, y: np.ndarray, lam: float, prior: np.ndarray | None = None,
        iters: int = 3000, rate: float = 0.1) -> np.ndarray:
    """L2-regularised logistic regression by gradient descent; the penalty pulls towards ``prior`` (or 0), never
    on the bias (the last column)."""
    centre = np.zeros(x.shape[1]) if prior is None else prior
    w = centre.copy()
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y)
        pull = lam * (w - centre)
        pull[-1] = 0.0
        w -= rate * (grad + pull)
    return w


def errors_by_set(rows: list[dict], decide) -> Counter:  # type: ignore[no-untyped-def]
    """Errors per set when ``decide(row, set)`` gives the press/article kind of a non-minutes row."""
    out: Counter = Counter()
    for row in rows:
        kind = "minutes" if row["minutes"] else decide(row)
        out[row["set"]] += kind != row["gold"]
    return out


def loso(rows: list[dict], lam: float, prior: np.ndarray | None) -> Counter:
    """Errors per left-out set of a regression fitted on the other sets' press releases and articles."""
    sets = sorted({r["set"] for r in rows})
    out: Counter = Counter()
    for held in sets:
        train = [r for r in rows if r["set"] != held and not r["minutes"] and r["gold"] != "minutes"]
        x = np.array([vector(r["signals"]) for r in train])
        y = np.array([r["gold"] == "press_release" for r in train], dtype=float)
        w = fit(x, y, lam, prior)
        test = [r for r in rows if r["set"] == held]
        out += errors_by_set(test, lambda r: "press_release" if vector(r["signals"]) @ w > 0 else "article")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path, help="gold folders (each with docs/ and gold/)")
    ap.add_argument("--lambdas", default="0.3,0.03,0.01,0.003", help="L2 strengths to try")
    args = ap.parse_args(argv)
    rows = load(args.folders)
    sets = [f.name for f in args.folders]
    columns = {"rules": errors_by_set(rows, lambda r: rule_kind(r["signals"]))}
    for lam in (float(x) for x in args.lambdas.split(",")):
        columns[f"lr {lam}"] = loso(rows, lam, None)
        columns[f"lr@rules {lam}"] = loso(rows, lam, prior_weights())
    size = Counter(r["set"] for r in rows)
    print("errors per left-out set (documents in brackets)")
    print(f"{'set':12s}" + "".join(f"{name:>16s}" for name in columns))
    for s in sets:
        print(f"{s + f' ({size[s]})':12s}" + "".join(f"{columns[c][s]:16d}" for c in columns))
    total = len(rows)
    print(f"{'accuracy':12s}" + "".join(f"{1 - sum(columns[c].values()) / total:16.3f}" for c in columns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
