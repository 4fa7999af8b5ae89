"""Real-document quality: socdoc eval on ``../shared/realdocs`` (skipped when the folder is absent).

These are real public documents, as a crawler saved them, with gold annotations kept outside the
project. The floors sit a little under the scores measured when they were last raised, so that a
change that loses quality on real layouts fails the suite. Raise them when the extractors improve.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from socdoc import evaluate

REALDOCS = Path(__file__).resolve().parents[2] / "shared" / "realdocs"

# field -> (F1 floor, precision floor)
REALDOCS_FLOORS: dict[str, tuple[float, float]] = {
    "kind": (0.75, 0.0),
    "published": (0.85, 0.85),
    "amounts": (0.95, 0.95),
    "amounts.per_year": (0.85, 0.0),
    "dates": (0.94, 0.95),
    "periods": (0.95, 0.95),
    "parties": (0.72, 0.68),
    "people": (0.90, 0.90),
    "people.role": (0.62, 0.0),
    "people.party": (0.95, 0.95),
    "areas": (0.62, 0.55),
    "focus_areas": (0.10, 0.0),
    "meeting.body": (0.58, 0.0),
    "meeting.date": (0.88, 0.90),
    "meeting.time": (0.88, 0.95),
    "meeting.location": (0.85, 0.95),
    "meeting.participants": (0.64, 0.95),
    "meeting.absent": (0.45, 0.90),
    "decisions": (0.72, 0.80),
}


@pytest.fixture(scope="module")
def realdocs_report() -> evaluate.Report:
    if not (REALDOCS / "gold").is_dir() or not (REALDOCS / "docs").is_dir():
        pytest.skip("../shared/realdocs is not present")
    gold = evaluate.load_gold(REALDOCS / "gold")
    return evaluate.score(gold, evaluate.predict_dir(REALDOCS / "docs"))


def test_realdocs_every_document_predicted(realdocs_report: evaluate.Report) -> None:
    assert realdocs_report.missing == []


@pytest.mark.parametrize("field,floors", sorted(REALDOCS_FLOORS.items()))
def test_realdocs_floor(realdocs_report: evaluate.Report, field: str, floors: tuple[float, float]) -> None:
    f1_floor, precision_floor = floors
    counts = realdocs_report.fields[field]
    assert counts.f1 >= f1_floor, realdocs_report.format()
    assert counts.precision >= precision_floor, realdocs_report.format()


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


def _facts(record: socdoc.Document) -> list[dict]:  # type: ignore[name-defined]
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
