"""Real-document quality: socdoc eval on ``../shared/realdocs`` (skipped when the folder is absent).

These are real public documents, as a crawler saved them, with gold annotations kept outside the
project. The floors sit a little under the scores measured when they were last raised, so that a
change that loses quality on real layouts fails the suite. Raise them when the extractors improve.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from socdoc import evaluate
from socdoc.records import Document

REALDOCS = Path(__file__).resolve().parents[2] / "shared" / "realdocs"

# field -> (F1 floor, precision floor), a little under the scores measured when last raised
# (2026-12: kind 0.977, parties 0.987 / P 1.000, areas 0.946 / P 0.957, role 0.978, every
# meeting field, decisions and focus areas 1.000). Precision floors guard the facts that feed
# money-per-party and per-area views, where a false fact misleads more than a missed one.
REALDOCS_FLOORS: dict[str, tuple[float, float]] = {
    "kind": (0.95, 0.0),
    "published": (0.95, 0.95),
    "amounts": (0.97, 0.98),
    "amounts.per_year": (0.95, 0.95),
    "dates": (0.97, 0.98),
    "periods": (0.97, 0.97),
    "parties": (0.97, 0.98),
    "people": (0.96, 0.97),
    "people.role": (0.95, 0.94),
    "people.party": (0.97, 0.97),
    "areas": (0.93, 0.94),
    "focus_areas": (0.90, 0.95),
    "meeting.body": (0.95, 0.95),
    "meeting.date": (0.95, 0.95),
    "meeting.time": (0.95, 0.95),
    "meeting.location": (0.95, 0.95),
    "meeting.participants": (0.95, 0.95),
    "meeting.absent": (0.95, 0.95),
    "decisions": (0.95, 0.95),
}


@pytest.fixture(scope="module")
def realdocs_report() -> evaluate.Report:
    if not (REALDOCS / "gold").is_dir() or not (REALDOCS / "docs").is_dir():
        pytest.skip("../shared/realdocs is not present")
    gold = evaluate.load_gold(REALDOCS / "gold")
    return evaluate.score(gold, _predictions())


@functools.lru_cache(maxsize=1)
def _predictions() -> dict:
    """socdoc's records of the real documents, computed once per test session."""
    return evaluate.predict_dir(REALDOCS / "docs")


def test_realdocs_every_document_predicted(realdocs_report: evaluate.Report) -> None:
    assert realdocs_report.missing == []


@pytest.mark.parametrize("field,floors", sorted(REALDOCS_FLOORS.items()))
def test_realdocs_floor(realdocs_report: evaluate.Report, field: str, floors: tuple[float, float]) -> None:
    f1_floor, precision_floor = floors
    counts = realdocs_report.fields[field]
    assert counts.f1 >= f1_floor, realdocs_report.format()
    assert counts.precision >= precision_floor, realdocs_report.format()


def test_realdocs_minutes_are_told_from_other_texts() -> None:
    """Every real minutes document is minutes and no press release or article is."""
    if not (REALDOCS / "gold").is_dir():
        pytest.skip("../shared/realdocs is not present")
    gold = evaluate.load_gold(REALDOCS / "gold")
    predicted = _predictions()
    wrong = [doc_id for doc_id, g in gold.items()
             if (g.get("kind") == "minutes") != (predicted.get(doc_id, {}).get("kind") == "minutes")]
    assert not wrong, wrong


def test_realdocs_offsets_hold() -> None:
    """Every fact's ``text`` is the slice of the document at its offsets, on real layouts too."""
    if not (REALDOCS / "docs").is_dir():
        pytest.skip("../shared/realdocs is not present")
    import socdoc

    for path in sorted((REALDOCS / "docs").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        record = socdoc.extract(text, doc_id=path.stem)
        for fact in _facts(record):
            start, end = _offsets(fact)
            assert text[start:end] == fact["text"], (path.name, fact)


def _facts(record: Document) -> list[dict]:
    data = record.model_dump(mode="json")
    facts: list[dict] = []
    for name in ("amounts", "dates", "periods", "decisions"):
        facts.extend(f for f in data.get(name) or [] if isinstance(f, dict) and "text" in f)
    for name in ("parties", "people", "areas"):
        for entity in data.get(name) or []:
            facts.extend(m for m in entity.get("mentions") or [] if "text" in m)
    return [f for f in facts if _offsets(f) != (None, None)]


def _offsets(fact: dict) -> tuple[int | None, int | None]:
    if "char_start" in fact:
        return fact.get("char_start"), fact.get("char_end")
    start, end = fact.get("start"), fact.get("end")
    return (start, end) if isinstance(start, int) and isinstance(end, int) else (None, None)
