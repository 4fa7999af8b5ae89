"""The leave-one-set-out measurement of the press/article decision (``scripts/kind_loso.py``): its signal split
adds up to the rules' scores, and its regression and folds behave on composed rows. Texts written for these
tests."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from kind_loso import NAMES, errors_by_set, fit, loso, prior_weights, rule_kind, signals  # noqa: E402

from socdoc.extractors.docinfo import classify  # noqa: E402

RELEASE = """Pressemeddelelse

Ny pulje skal få flere unge i job
Kommunen afsætter i dag fem millioner kroner til en ny indsats for unge ledige i de udsatte boligområder.

Yderligere oplysninger:
Kontakt: Pressechef Eva Holm, tlf. 12 34 56 78
"""

NEWS = """Af Lars Toft

Kommunen vil have flere unge i job
- Vi har brug for en ny indsats, siger borgmester Bo Dam til Ritzau.
Det skriver Dagbladet Vest i dag. Oppositionen er kritisk over for planen.
"""


def _row(set_name: str, gold: str, **on: int) -> dict:
    sig = {name: 0 for name in NAMES}
    sig.update(on)
    return {"set": set_name, "gold": gold, "minutes": False, "signals": sig}


def test_signals_add_up_to_the_rules_decision():
    for text in (RELEASE, NEWS):
        assert rule_kind(signals(text)) == classify(text)
    assert signals(RELEASE)["release"] == 1 and signals(RELEASE)["contact"] == 1
    assert signals(NEWS)["byline"] == 1 and signals(NEWS)["reported_speech"] == 1


def test_fit_separates_composed_rows():
    rows = [_row("a", "press_release", release=1)] * 5 + [_row("a", "article", byline=1)] * 5
    x = np.array([[float(r["signals"][n]) for n in NAMES] + [1.0] for r in rows])
    y = np.array([r["gold"] == "press_release" for r in rows], dtype=float)
    w = fit(x, y, lam=0.001)
    assert ((x @ w > 0) == (y == 1)).all()


def test_a_strong_prior_keeps_the_rules_weights():
    x = np.array([[0.0] * len(NAMES) + [1.0]] * 4)
    w = fit(x, np.array([1.0, 0.0, 1.0, 0.0]), lam=1000.0, prior=prior_weights())
    assert np.allclose(w[:-1], prior_weights()[:-1], atol=1e-3)


def test_each_set_is_scored_by_a_model_fitted_without_it():
    # set "b" alone has the contact signal on its press releases: without it, no fold can learn that signal
    rows = [_row(s, "press_release", release=1) for s in "ac" for _ in range(3)] \
        + [_row(s, "article", byline=1) for s in "ac" for _ in range(4)] \
        + [_row("b", "press_release", contact=1)] * 2
    errors = loso(rows, lam=0.01, prior=None)
    assert errors["a"] == errors["c"] == 0 and errors["b"] == 2
    assert errors_by_set([{**rows[0], "minutes": True}], lambda r: "article")["a"] == 1
