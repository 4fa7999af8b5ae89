"""Two consecutive years after "både" or "såvel": "i såvel 2023 og 2024", "for både 2019 og 2020"
are one period as "i 2023 og 2024" is; years that are not consecutive stay apart. Texts written for these
tests."""

from __future__ import annotations

import pytest

from socdoc.extractors.periods import find_periods


def _spans(text: str) -> list[tuple[str, str]]:
    return [(str(p.start), str(p.end)) for p in find_periods(text)]


@pytest.mark.parametrize("text,expected", [
    ("Forvaltningen arbejder på at løse problemerne i såvel 2023 og 2024.", [("2023-01-01", "2024-12-31")]),
    ("Underskuddet i daginstitutionerne gælder for både 2019 og 2020.", [("2019-01-01", "2020-12-31")]),
])
def test_correlative_before_two_consecutive_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected


def test_years_apart_after_a_correlative_are_no_period() -> None:
    assert _spans("Tallet faldt i både 2019 og 2021.") == []
