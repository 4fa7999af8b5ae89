"""Focus areas on the shared real documents (skipped when ../shared/realdocs is absent).

Only the focus-area extractor runs, on the same normalised text the pipeline gives it; names are
compared as ``socdoc eval`` compares them. The floors sit a little under the scores measured when
they were set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize

REALDOCS = Path(__file__).resolve().parents[2].parent / "shared" / "realdocs"
FLOORS = {"precision": 0.95, "recall": 0.90}


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


@pytest.fixture(scope="module")
def counts() -> dict[str, int]:
    if not (REALDOCS / "gold").is_dir():
        pytest.skip("../shared/realdocs is not present")
    tp = fp = fn = 0
    for path in sorted((REALDOCS / "gold").glob("*.json")):
        gold = {_norm(n) for n in json.loads(path.read_text(encoding="utf-8"))["focus_areas"]}
        raw = (REALDOCS / "docs" / f"{path.stem}.txt").read_text(encoding="utf-8")
        found = {_norm(f.name) for f in find_focus_areas(normalize(raw), raw)}
        tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
    return {"tp": tp, "fp": fp, "fn": fn}


def test_focus_area_precision(counts: dict[str, int]) -> None:
    assert counts["tp"] / max(1, counts["tp"] + counts["fp"]) >= FLOORS["precision"], counts


def test_focus_area_recall(counts: dict[str, int]) -> None:
    assert counts["tp"] / max(1, counts["tp"] + counts["fn"]) >= FLOORS["recall"], counts
