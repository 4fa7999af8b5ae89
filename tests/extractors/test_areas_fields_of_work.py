"""Areas: an acronym before "-området" names a field of work, not a place."""

from __future__ import annotations

from socdoc.api import extract


def _areas(text: str) -> list[str]:
    return [a.name for a in extract(text).areas]


def test_acronym_field_of_work_is_no_area() -> None:
    text = "Regeringen vil styrke FGU-området, og ministeren for SOSU-området fremlægger planen i dag."
    assert _areas(text) == []


def test_street_area_keeps_its_name() -> None:
    text = "Der kommer nye stier og mere lys i Energivej-området i Nordby."
    assert "Energivej-området" in _areas(text)
