"""Dates without a year that end a span, lists of day.month sharing one year, meetings told as past, two years
as one span ("i hhv. 2022 og 2023", "mellem 2021 og 2025") and day ranges that repeat "den"."""

import datetime as dt

import pytest

from socdoc.extractors.dates import find_dates
from socdoc.extractors.periods import find_periods


def _dates(text: str, published: dt.date | None) -> list[str]:
    return [d.date.isoformat() for d in find_dates(text, published=published)]


def _periods(text: str, published: dt.date | None) -> list[tuple[str, str]]:
    return [(p.start.isoformat(), p.end.isoformat()) for p in find_periods(text, published=published)]


def test_the_end_of_a_span_takes_the_year_of_its_start() -> None:
    # minutes of January: a bare "31. december" would otherwise be the December just gone
    text = "Udpegning af medlemmer til Huslejenævnet for perioden 1. januar 2010 til 31. december."
    published = dt.date(2010, 1, 25)
    assert _dates(text, published) == ["2010-01-01", "2010-12-31"]
    assert _periods(text, published) == [("2010-01-01", "2010-12-31")]


def test_a_span_between_two_yearless_days_that_passes_new_year() -> None:
    text = "Fælleslokalet kan ikke lejes mellem 1. august og 1. maj, hvor det bruges af klubben."
    published = dt.date(2017, 8, 2)
    assert _dates(text, published) == ["2017-08-01", "2018-05-01"]
    assert _periods(text, published) == [("2017-08-01", "2018-05-01")]


def test_a_span_over_new_year_in_a_text_without_its_own_date() -> None:
    text = "Julemarked i hallen 2016: udstillingen kan ses fra 1. december til 15. januar."
    assert _periods(text, None) == [("2016-12-01", "2017-01-15")]


def test_a_span_with_both_years_written_is_unchanged() -> None:
    text = "Høringen løber fra 1. maj 2020 til 30. juni 2021."
    assert _periods(text, dt.date(2020, 3, 3)) == [("2020-05-01", "2021-06-30")]


def test_days_listed_with_og_are_no_span_without_mellem() -> None:
    text = "Der holdes borgermøder den 1. august og 1. maj."
    assert _periods(text, dt.date(2017, 8, 2)) == []


def test_a_calendar_of_dashed_days_is_no_span() -> None:
    assert _periods("Mødeplan: 22/8 - 27/9 - 30/10", dt.date(2020, 3, 3)) == []


def test_day_month_list_without_closing_dots_shares_the_year_after_it() -> None:
    text = "Administrationen indstiller, at der holdes temamøder den 18.2, 20.5, 16.9 og 25.11 2015 kl. 16.00."
    assert _dates(text, dt.date(2014, 10, 27)) == ["2015-02-18", "2015-05-20", "2015-09-16", "2015-11-25"]


def test_a_figure_after_a_listed_day_month_is_no_date() -> None:
    assert _dates("Taksten steg den 1.5, og igen 2.5 procent i efteråret.", dt.date(2014, 10, 27)) == ["2014-05-01"]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the clause after the date tells of it as past
        ("På kommunalbestyrelsens møde den 25. november blev det besluttet, at Anders Holm indtræder.",
         dt.date(2015, 2, 5), ["2014-11-25"]),
        # the minutes of a meeting are of a meeting held
        ("2. Godkendelse af referat fra mødet den 2. december", dt.date(2014, 2, 11), ["2013-12-02"]),
        # a meeting to come stays ahead
        ("Næste møde holdes den 2. december.", dt.date(2014, 2, 11), ["2014-12-02"]),
    ],
)
def test_a_yearless_meeting_told_as_past_lies_behind_the_document(
        text: str, published: dt.date, expected: list[str]) -> None:
    assert _dates(text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Som del af aftalen blev der afsat 15 mio. kr. i hhv. 2022 og 2023.", [("2022-01-01", "2023-12-31")]),
        ("Regionen giver 77 mio. kr. ekstra til psykiatrien i løbet af 2022 og 2023.", [("2022-01-01", "2023-12-31")]),
        ("Helhedsplanen, der samlet mellem 2021 og 2025 tilfører over 33 mio. kr., er vedtaget.",
         [("2021-01-01", "2025-12-31")]),
        # two years compared, not spanned
        ("Forskellen mellem 2020 og 2021 er lille.", []),
    ],
)
def test_two_years_as_one_span(text: str, expected: list[tuple[str, str]]) -> None:
    assert _periods(text, None) == expected


def test_a_day_range_that_repeats_den_before_its_last_day() -> None:
    text = "Studietur til Stockholm for udvalget fra den 4. til den 8. september 2011."
    assert _dates(text, None) == ["2011-09-04", "2011-09-08"]
    assert _periods(text, None) == [("2011-09-04", "2011-09-08")]


def test_two_days_listed_with_den_repeated_are_no_span() -> None:
    text = "Der holdes møder den 10. og den 19. oktober 2011."
    assert _dates(text, None) == ["2011-10-10", "2011-10-19"]
    assert _periods(text, None) == []


def test_the_abbreviation_run_into_a_date_with_a_two_digit_year() -> None:
    text = "Der er aftalt et møde med ministeren d.12.04.24. Stillingen blev ledig d.1.2.24. Se pkt. d.3.4.5 i bilaget."
    assert _dates(text, None) == ["2024-04-12", "2024-02-01"]


def test_a_yearless_date_takes_the_year_of_a_parallel_clause_after_it() -> None:
    # minutes of March 2023 telling how a plan was passed: the June before the August of 2022
    text = ("Hjemløseplanen blev godkendt af Socialudvalget den 22. juni og af Borgerrepræsentationen "
            "den 25. august 2022.")
    assert _dates(text, dt.date(2023, 3, 1)) == ["2022-06-22", "2022-08-25"]
    # a later month after "og" is no parallel clause's year for an earlier date
    text = "Mødet den 3. maj og mødet den 1. april 2024 blev aflyst."
    assert _dates(text, dt.date(2023, 3, 1)) == ["2023-05-03", "2024-04-01"]
