"""Periods with a start and an end."""

from __future__ import annotations

import datetime as dt

import pytest

from socdoc.extractors.periods import find_periods

PUBLISHED = dt.date(2017, 6, 29)

CASES = [
    ("tilskud i perioden 2013-2015.", [("2013-01-01", "2015-12-31")]),
    ("i 2019-26 afsættes midler", [("2019-01-01", "2026-12-31")]),
    ("i perioden 2019-2022", [("2019-01-01", "2022-12-31")]),
    ("Der afsættes midler i 2024 og 2025.", [("2024-01-01", "2025-12-31")]),
    ("Helhedsplanen træder i kraft fra 1. september og fortsætter fire år frem.", [("2017-09-01", "2021-08-31")]),
    ("fra 3. februar 2023 til 28. april 2023", [("2023-02-03", "2023-04-28")]),
    ("Konferencen holdes 18.-19. april 2024.", [("2024-04-18", "2024-04-19")]),
    ("Puljen er et treårigt projekt, der afsluttes i 2016.", [("2014-01-01", "2016-12-31")]),
    ("en fireårig indsats, der starter i 2020", [("2020-01-01", "2023-12-31")]),
    ("fra 2019 til 2022", [("2019-01-01", "2022-12-31")]),
    ("Byrådet godkender taksterne for 2015 og 2016.", [("2015-01-01", "2016-12-31")]),
    ("Lånerammen vedrørende 2015 og 2016 udnyttes fuldt ud.", [("2015-01-01", "2016-12-31")]),
    ("1. maj til 30. juni 2021", [("2021-05-01", "2021-06-30")]),
]

NOT_PERIODS = [
    "unge mellem 18-25 år",
    "koden 09-13",
    "målet frem til 2030",
    "i 2020 blev planen vedtaget",
    "i 2024, 2025 og 2026",
    "taksterne for 2015 og 2017",
    "oversigt over ventelisten for 2021 og 2022 pr. marts 2022 til orientering",
    "Sagsnr. 2019-2020-1",
    "Overførsel af driftsbevillinger fra 2013 til 2014",
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_periods(text: str, expected: list) -> None:
    found = [(p.start.isoformat(), p.end.isoformat()) for p in find_periods(text, published=PUBLISHED)]
    assert found == expected


@pytest.mark.parametrize("text", NOT_PERIODS)
def test_not_periods(text: str) -> None:
    assert find_periods(text, published=PUBLISHED) == []


def test_period_offsets() -> None:
    text = "særtilskud på 8,1 mio. kr. årligt i perioden 2013-2015."
    (period,) = find_periods(text)
    assert text[period.char_start : period.char_end] == period.text


@pytest.mark.parametrize(
    "text, span, bounds",
    [
        ("Pengene går til varmestuer i vinteren 2021-'22 og ikke senere.", "2021-'22", ("2021-01-01", "2022-12-31")),
        ("Puljen til lektiehjælp i 2024- og 2025 er nu åben.", "2024- og 2025", ("2024-01-01", "2025-12-31")),
    ],
)
def test_short_and_suspended_year_ranges(text: str, span: str, bounds: tuple[str, str]) -> None:
    periods = find_periods(text)
    assert [(p.text, p.start.isoformat(), p.end.isoformat()) for p in periods] == [(span, *bounds)]


def test_a_count_going_from_one_year_to_the_next_is_no_period() -> None:
    assert find_periods("Antallet af sager faldt fra 48 i 2021 til 31 i 2022.") == []


def test_two_numeric_dates_joined_by_a_hyphen_are_a_period() -> None:
    (period,) = find_periods("Aktivitetsliste for perioden 06.03.2017-02.04.2017 vedlægges.", published=PUBLISHED)
    assert (str(period.start), str(period.end)) == ("2017-03-06", "2017-04-02")


def test_a_year_before_a_clock_time_is_no_period() -> None:
    assert find_periods("Dato: Onsdag, Maj 13, 2015 - 16:00", published=PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "span", "bounds"),
    [
        ("Byggeriet foregår marts – oktober 2025.", "marts – oktober 2025", ("2025-03-01", "2025-10-31")),
        ("Forsøget kører i perioden fra september 2021 til juni 2022.",
         "i perioden fra september 2021 til juni 2022", ("2021-09-01", "2022-06-30")),
        # no year after the first month: a range that passes New Year starts the year before
        ("Fra oktober til februar 2024 er hallen lukket.", "Fra oktober til februar 2024", ("2023-10-01", "2024-02-29")),
        ("Målingen dækker 3. kvartal 2022 - 2. kvartal 2023.", "3. kvartal 2022 - 2. kvartal 2023",
         ("2022-07-01", "2023-06-30")),
        ("Bevillingen gælder 2. halvår 2024 til 1. halvår 2026.", "2. halvår 2024 til 1. halvår 2026",
         ("2024-07-01", "2026-06-30")),
    ],
)
def test_ranges_of_months_quarters_and_half_years(text: str, span: str, bounds: tuple[str, str]) -> None:
    (period,) = find_periods(text, published=PUBLISHED)
    assert period.text == span and text[period.char_start:period.char_end] == span
    assert (str(period.start), str(period.end)) == bounds


def test_a_month_after_a_day_is_left_to_the_dates() -> None:
    assert find_periods("Høringen løber fra den 3. marts - juni 2021.", published=PUBLISHED) == []


def test_a_calendar_of_dashed_days_has_no_periods() -> None:
    text = "Mødeplan for 2021: 20/8 - 24/9 - 5/11 - 14/12"
    assert find_periods(text, published=PUBLISHED) == []


def test_a_compound_of_a_transfer_word_does_not_hide_a_period() -> None:
    text = "borgere på overførselsindkomster. I perioden 2015-2018 afsættes 40 mio. kr."
    (period,) = find_periods(text, published=PUBLISHED)
    assert (str(period.start), str(period.end)) == ("2015-01-01", "2018-12-31")


def test_amounts_carried_over_between_years_are_no_period() -> None:
    assert find_periods("Oversigt over de overførte beløb fra 2020 til 2021.", published=PUBLISHED) == []


def test_date_range_with_weekdays_and_clock_times() -> None:
    text = ("Zonen gælder fra fredag den 3. marts 2023, kl. 1800 til fredag den 10. marts 2023 kl. 1800. "
            "Den forlænges i perioden fra lørdag den 11. marts 2023 kl. 18.00 til lørdag den 25. marts 2023.")
    got = [(str(p.start), str(p.end)) for p in find_periods(text)]
    assert got == [("2023-03-03", "2023-03-10"), ("2023-03-11", "2023-03-25")]


def test_two_days_joined_by_og_are_a_period_only_when_consecutive() -> None:
    assert [(str(p.start), str(p.end)) for p in find_periods("Kurset holdes den 14. og 15. juni 2022.")] == [
        ("2022-06-14", "2022-06-15")]
    assert find_periods("Politiet fandt våben den 4. og 17. juni 2022.") == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Partnerskabet arbejder fra foråret 2021 til udgangen af 2024 med trivsel i skolerne.", "2021-01-01", "2024-12-31"),
        ("Indsatsen kører fra sommeren 2020 til 2023.", "2020-01-01", "2023-12-31"),
        ("Byggeriet står på i perioden primo 2025 til ultimo 2027.", "2025-01-01", "2027-12-31"),
        ("Projektlederen er ansat fra august 2022 til 2025.", "2022-08-01", "2025-12-31"),
        ("Helhedsplanen gælder fra 2023 til og med juni 2026.", "2023-01-01", "2026-06-30"),
    ],
)
def test_a_part_of_a_year_or_a_month_on_a_bound_of_a_year_range(text: str, start: str, end: str) -> None:
    [period] = find_periods(text)
    assert (str(period.start), str(period.end)) == (start, end)


def test_a_part_of_a_year_before_a_move_between_two_years_is_no_period() -> None:
    assert find_periods("Restbevillingen overføres fra udgangen af 2023 til 2024.") == []


def test_two_years_after_a_sentence_opening_i() -> None:
    import socdoc

    record = socdoc.extract("I 2015 og 2016 vil rammen udgøre 2,6 mia. kr. om året.")
    assert [(p.text, str(p.start), str(p.end)) for p in record.periods] == [("2015 og 2016", "2015-01-01", "2016-12-31")]
