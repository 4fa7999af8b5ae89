"""Parties and areas on the shared real documents (skipped when ``../shared/realdocs`` is absent).

The floors sit a little under the scores measured when they were set (parties P 0.99 R 0.91,
areas P 0.90 R 0.92), so that a regression in precision shows at once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from socdoc import evaluate

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

FLOORS = {"parties": 0.92, "areas": 0.88}
PRECISION_FLOORS = {"parties": 0.95, "areas": 0.87}


@pytest.fixture(scope="module")
def realdocs_report() -> evaluate.Report:
    path: Path = SHARED / "realdocs"
    if not (path / "gold").is_dir():
        pytest.skip("../shared/realdocs is not present")
    return evaluate.score(evaluate.load_gold(path), evaluate.predict_dir(path))


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_realdocs_entity_floor(realdocs_report: evaluate.Report, field: str) -> None:
    counts = realdocs_report.fields[field]
    assert counts.f1 >= FLOORS[field], realdocs_report.format()
    assert counts.precision >= PRECISION_FLOORS[field], realdocs_report.format()
