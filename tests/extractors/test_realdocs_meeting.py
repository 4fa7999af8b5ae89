"""Meeting header, attendance and minutes detection on the real documents in ../shared/realdocs.

The floors sit a little under the scores measured when they were set (all 1.00), so that a
regression in the header or attendance readers fails the suite. Skipped when the folder is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from socdoc import evaluate

REALDOCS = Path(__file__).resolve().parents[2] / ".." / "shared" / "realdocs"

MEETING_FLOORS = {
    "meeting.body": 0.95,
    "meeting.date": 0.95,
    "meeting.time": 0.95,
    "meeting.location": 0.95,
    "meeting.participants": 0.95,
    "meeting.absent": 0.95,
}


@pytest.fixture(scope="module")
def realdocs() -> tuple[dict, dict]:
    if not (REALDOCS / "gold").is_dir() or not (REALDOCS / "docs").is_dir():
        pytest.skip("../shared/realdocs is not here")
    gold = evaluate.load_gold(REALDOCS / "gold")
    return gold, evaluate.predict_dir(REALDOCS / "docs")


@pytest.mark.parametrize("field,floor", sorted(MEETING_FLOORS.items()))
def test_realdocs_meeting_floor(realdocs: tuple[dict, dict], field: str, floor: float) -> None:
    report = evaluate.score(*realdocs)
    assert report.f1(field) >= floor, report.format()


def test_realdocs_minutes_are_told_from_other_texts(realdocs: tuple[dict, dict]) -> None:
    gold, predicted = realdocs
    wrong = [doc_id for doc_id, g in gold.items()
             if (g.get("kind") == "minutes") != (predicted.get(doc_id, {}).get("kind") == "minutes")]
    assert not wrong, wrong
