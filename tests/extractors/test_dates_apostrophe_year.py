"""A written date whose year is cut to two digits after an apostrophe ("11. maj ’23"), as newsletters
and blogs write it. Texts written for these tests."""

from __future__ import annotations

import pytest

from socdoc.extractors.dates import find_dates


@pytest.mark.parametrize("text,expected", [
    ("Den 11. maj ’23 sendte ministeriet en ny opgørelse ud.", ["2023-05-11"]),
    ("Se indslaget lørdag den 20. maj '23, hvor formanden forklarer sagen.", ["2023-05-20"]),
    ("Klubhuset blev indviet den 4. juni ’98 af borgmesteren.", ["1998-06-04"]),
])
def test_apostrophe_year(text: str, expected: list[str]) -> None:
    assert [str(d.date) for d in find_dates(text)] == expected


def test_apostrophe_year_not_taken_from_a_later_sentence_or_code() -> None:
    assert [str(d.date) for d in find_dates("Den 3. maj kom han. ’23 var et godt år.")] == []
    assert [str(d.date) for d in find_dates("Mødet den 3. maj ’23-45 i sag nr. 7.")] == []
