"""Money moved or carried from one year to the next is no period: "Driftsoverførsler fra 2023 til
2024", "mindreforbrug fra 2019 til 2020". Texts written for these tests."""

from __future__ import annotations

import pytest

from socdoc.extractors.periods import find_periods


def _spans(text: str) -> list[tuple[str, str]]:
    return [(str(p.start), str(p.end)) for p in find_periods(text)]


NOT_PERIODS = [
    "Punkt 4: Driftsoverførsler fra 2023 til 2024 på Børne- og Skoleudvalgets område",
    "Udvalget godkendte anlægsoverførslerne fra 2016 til 2017.",
    "Opgørelse af institutionernes mindreforbrug fra 2019 til 2020",
    "Sag nr. 12 Afdelingens driftsunderskud fra 2021 til 2022",
]

PERIODS = [
    # a carry word before a range of more than two years: a period
    ("Afdelingen havde et samlet overskud fra 2018 til 2021 på 2,3 mio. kr.", [("2018-01-01", "2021-12-31")]),
    # the year range of a move of residents is still a period
    ("Indflytning i nybyggeriet sker i perioden 2025-2027.", [("2025-01-01", "2027-12-31")]),
    ("Budgetoverslagsårene fra 2025 til 2028 viser et fald.", [("2025-01-01", "2028-12-31")]),
]


@pytest.mark.parametrize("text", NOT_PERIODS)
def test_a_carry_over_between_two_years_is_no_period(text: str) -> None:
    assert _spans(text) == []


@pytest.mark.parametrize("text,expected", PERIODS)
def test_other_ranges_stay_periods(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected
