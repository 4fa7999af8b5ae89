"""Spans of days written as "fra den 25. juni og frem til den 10. september", "mellem 14. og 21. august",
and a start with a count of months forward ("fra den 1. december og fire måneder frem"). Two days listed
with "og" ("den 10. og 19. oktober") stay two days. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from socdoc.extractors.periods import find_periods


def _spans(text: str, published: dt.date | None = None) -> list[tuple[str, str]]:
    return [(str(p.start), str(p.end)) for p in find_periods(text, published=published)]


@pytest.mark.parametrize("text,expected", [
    ("Markedet holder åbent fra den 24. juni og frem til den 9. september 2023.", [("2023-06-24", "2023-09-09")]),
    ("Udstillingen kan ses fra 3. maj 2021 og frem til 30. juni 2021.", [("2021-05-03", "2021-06-30")]),
    ("Der indkaldes til et møde mellem 12. og 19. august 2019 om stierne.", [("2019-08-12", "2019-08-19")]),
    ("Fra den 1. november 2018 og tre måneder frem åbner værestedet om natten.", [("2018-11-01", "2019-01-31")]),
    ("Fra 1. januar 2024 og seks måneder frem gælder ordningen.", [("2024-01-01", "2024-06-30")]),
])
def test_day_spans(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected


def test_yearless_span_takes_the_document_year() -> None:
    text = "Aktiviteterne foregår fra den 25. juni og frem til den 10. september på torvet."
    assert _spans(text, published=dt.date(2022, 5, 2)) == [("2022-06-25", "2022-09-10")]


@pytest.mark.parametrize("text", [
    "Mødet holdes den 10. og 19. oktober 2016 på rådhuset.",
    "Der er borgermøder 4. og 18. marts 2020.",
    "Huset var lukket i tre måneder i 2019.",
])
def test_listed_days_and_bare_month_counts_are_no_period(text: str) -> None:
    assert _spans(text) == []


# A change between two points in time, next year or next month, is a comparison, not a period.
@pytest.mark.parametrize("text", [
    "I kun 12 kommuner steg udgifterne til ældreplejen fra 2021 til 2022.",
    "Antallet af ledige faldt med 2.300 personer fra oktober til november 2011.",
])
def test_change_between_consecutive_points_is_no_period(text: str) -> None:
    assert _spans(text) == []


@pytest.mark.parametrize("text,expected", [
    # a change over more than one step, a span named as a period, and a plain range stay periods
    ("Udgifterne er steget med 40 % fra 2020 til 2023.", [("2020-01-01", "2023-12-31")]),
    ("Antallet steg i perioden fra 2019 til 2020.", [("2019-01-01", "2020-12-31")]),
    ("Ledigheden steg. Kampagnen kører fra november til december 2009.", [("2009-11-01", "2009-12-31")]),
    # a multi-year period whose end the sentence gives: the stated range
    ("Foreningen skal i en femårig periode fra 2021 til 2026 arbejde med strategien.", [("2021-01-01", "2026-12-31")]),
    ("Foreningen skal i en treårig periode fra 2022 arbejde med strategien.", [("2022-01-01", "2024-12-31")]),
])
def test_ranges_that_stay_periods(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected
