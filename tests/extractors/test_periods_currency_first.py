"""A year range followed by "kr." and a figure: the "kr." is the currency written before the amount
that follows ("budget 2022-2025 kr. 450.000"), so the range stays a period; a range ending in "kr." with no
figure after it is an amount. Texts written for these tests."""

from __future__ import annotations

import pytest

from socdoc.extractors.periods import find_periods


def _spans(text: str) -> list[tuple[str, str]]:
    return [(str(p.start), str(p.end)) for p in find_periods(text)]


@pytest.mark.parametrize("text,expected", [
    ("Kommunalbestyrelsen afsatte med budget 2022-2025 kr. 450.000,- til projektet.",
     [("2022-01-01", "2025-12-31")]),
    ("Der er i planperioden 2019-2021 kr 1.200.000 til rådighed for puljen.", [("2019-01-01", "2021-12-31")]),
])
def test_currency_before_the_amount_after_a_range(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    "Et værelse koster mellem 2000-2500 kr. om måneden.",
    "Prisen er 1950-2100 kr pr. deltager.",
])
def test_range_of_kroner_is_no_period(text: str) -> None:
    assert _spans(text) == []
