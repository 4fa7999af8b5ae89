"""Families of amounts, dates and periods seen on fresh real pages (texts written for the tests)."""

import datetime as dt

from socdoc.extractors.periods import find_periods


def _spans(text):
    return [(p.start, p.end) for p in find_periods(text)]


def test_two_consecutive_years_after_for_aarene_are_one_period():
    text = "Kommunen forventer at bruge yderligere 12 mio. kr. for årene 2026 og 2027."
    assert _spans(text) == [(dt.date(2026, 1, 1), dt.date(2027, 12, 31))]


def test_two_consecutive_years_after_i_aarene_are_one_period():
    assert _spans("Indsatsen styrkes i årene 2018 og 2019 med flere medarbejdere.") == [
        (dt.date(2018, 1, 1), dt.date(2019, 12, 31))
    ]


def test_years_after_aarene_that_are_not_consecutive_are_no_period():
    assert _spans("Tallene for årene 2015 og 2019 sammenlignes i bilaget.") == []
