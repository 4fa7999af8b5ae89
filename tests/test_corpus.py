"""End-to-end quality: socdoc eval on the project's corpus (and the shared seeds when present).

The floors sit a little under the scores measured when they were set, so that a regression in
any extractor fails the suite. Raise them when the extractors improve.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from socdoc import evaluate

CORPUS_FLOORS = {
    "kind": 0.95,
    "published": 0.95,
    "amounts": 0.97,
    "amounts.per_year": 0.95,
    "dates": 0.97,
    "periods": 0.97,
    "parties": 0.90,
    "people": 0.95,
    "people.role": 0.96,
    "people.party": 0.95,
    "areas": 0.88,
    "focus_areas": 0.95,
    "meeting.body": 0.95,
    "meeting.date": 0.95,
    "meeting.time": 0.95,
    "meeting.location": 0.95,
    "meeting.participants": 0.95,
    "meeting.absent": 0.95,
    "decisions": 0.95,
    "decisions.postponed_to": 0.95,
}

SEED_FLOORS = {"amounts": 0.95, "dates": 0.93, "periods": 0.80, "people": 0.85, "parties": 0.75, "areas": 0.75}


@pytest.fixture(scope="module")
def corpus_report(corpus_dir: Path) -> evaluate.Report:
    gold = evaluate.load_gold(corpus_dir)
    assert len(gold) >= 40
    return evaluate.score(gold, evaluate.predict_dir(corpus_dir))


@pytest.mark.parametrize("field,floor", sorted(CORPUS_FLOORS.items()))
def test_corpus_floor(corpus_report: evaluate.Report, field: str, floor: float) -> None:
    assert corpus_report.f1(field) >= floor, corpus_report.format()


def test_corpus_has_every_prediction(corpus_report: evaluate.Report) -> None:
    assert corpus_report.missing == []


def test_seeds(seeds_dir: Path) -> None:
    report = evaluate.score(evaluate.load_gold(seeds_dir), evaluate.predict_dir(seeds_dir))
    for field, floor in SEED_FLOORS.items():
        assert report.f1(field) >= floor, report.format()


def test_corpus_gold_is_well_formed(corpus_dir: Path) -> None:
    import json

    keys = {"id", "source_url", "kind", "published", "amounts", "dates", "periods", "parties", "people",
            "areas", "focus_areas", "meeting", "decisions"}
    for path in sorted((corpus_dir / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (corpus_dir / "docs" / f"{path.stem}.txt").read_text(encoding="utf-8")
        assert keys <= gold.keys(), path.name
        assert gold["id"] == path.stem
        for field in ("amounts", "dates", "periods", "parties", "areas"):
            for fact in gold[field]:
                assert fact["text"] in text, (path.name, field, fact["text"])
