"""Dates with a day, Danish order, years from context."""

from __future__ import annotations

import datetime as dt

import pytest

import socdoc

from socdoc.extractors.dates import find_dates

PUBLISHED = dt.date(2017, 6, 29)

CASES = [
    ("Den 09.06.2020 kl. 08:30 i Byrådsstue Niels Juel", ["2020-06-09"]),
    ("Opdateret af Køge Kommune 10.06.20", ["2020-06-10"]),
    ("Aftalen blev indgået 3/5-2013.", ["2013-05-03"]),
    ("03-05-2013", ["2013-05-03"]),
    ("Mødedato: 2020-06-09", ["2020-06-09"]),
    ("Samarbejdet slutter d. 31. august.", ["2017-08-31"]),
    ("Alle kommuner kan frem til fredag den 20. december 2013 søge.", ["2013-12-20"]),
    ("Fristen er 30. sept. 2019.", ["2019-09-30"]),
    ("Planen træder i kraft 1. maj.", ["2017-05-01"]),
    ("Udsat til 16. juni 2020.", ["2020-06-16"]),
    ("Konferencen holdes 18.-19. april 2024.", ["2024-04-18", "2024-04-19"]),
    ("fra 6. februar 2023 til 14. april 2023", ["2023-02-06", "2023-04-14"]),
    ("14.11.2019", ["2019-11-14"]),
    ("Velfærdsministeriet\n27/8 2008\n", ["2008-08-27"]),
    ("Dato: Tirsdag den 26-august-2008", ["2008-08-26"]),
    ("Dato: Mandag, September 10, 2018 - 17:00", ["2018-09-10"]),
    ("Mødet holdes 7 juni, 2021.", ["2021-06-07"]),
    ("Rådet mødes den 6. marts, den 12. juni og den 11. september 2018.", ["2018-03-06", "2018-06-12", "2018-09-11"]),
    ("Høringsfristen er d. 25/4.", ["2017-04-25"]),
    ("Planen træder i kraft den 1/7 og løber i perioden 2022-2026.", ["2017-07-01"]),
]

NOT_DATES = [
    "Vi gennemfører familieferie i uge 26.",
    "Der er møde i maj måned.",
    "Tilskuddet er 8,1 mio. kr.",
    "Tlf: +45 26 37 02 78",
    "den store gruppe omkring eller over 18 år",
    "i dag har ministeriet indgået en aftale",
    "Sagsnr.: 05.01.00-P20-3-09",
    "Åbent - 03.10.00-P20-2-13",
    "kl. 16.00-18.30",
    "pkt. 3.2 2020",
    "1/2 af budgettet",
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_dates(text: str, expected: list[str]) -> None:
    assert [d.date.isoformat() for d in find_dates(text, published=PUBLISHED)] == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert find_dates(text, published=PUBLISHED) == []


def test_year_from_nearest_year_in_context_without_document_date() -> None:
    text = "Handleplanen for 2021 vedtages, og der er frist d. 1. oktober."
    (date,) = find_dates(text)
    assert date.date == dt.date(2021, 10, 1) and date.year_inferred


def test_no_year_anywhere_gives_no_date() -> None:
    assert find_dates("Vi ses d. 31. august.") == []


def test_year_from_a_header_without_a_full_date() -> None:
    text = (
        "BO NU · Magasin for beboere · Marts 2023\n\n"
        "Helhedsplanen for boligområdet løber til 31. december 2026, og ungerådet holder sit første møde "
        "d. 18. april i ungehuset."
    )
    dates = [d.date.isoformat() for d in find_dates(text)]
    assert dates == ["2026-12-31", "2023-04-18"]


def test_day_month_without_year_after_den_or_pr() -> None:
    """"pr. 31.7" and a list "den 12.2., 26.2. og 5.3." take the year of the document's context."""
    text = "Budgetopfølgning 2018. Regnskabet pr. 31.7, som udvalget fik i efteråret, viste et mindreforbrug."
    assert [str(d.date) for d in socdoc.extract(text).dates] == ["2018-07-31"]
    text = "Referat 2014. Udvalget holdt temadage den 12.2., 26.2. og 5.3. om budgettet."
    facts = socdoc.extract(text).dates
    assert [str(d.date) for d in facts] == ["2014-02-12", "2014-02-26", "2014-03-05"]
    assert [d.text for d in facts] == ["den 12.2.", "26.2.", "5.3."]
    assert all(text[d.start:d.end] == d.text for d in facts)


@pytest.mark.parametrize("text", [
    "I 2019 steg udgiften den 3.4 pct. mere end ventet.",
    "I 2020 kostede den 2.5 mio. kr. mere.",
    "Mødet i 2021 begyndte kl. 14.30 og sluttede kl. 16.45.",
    "Version 2.1 af planen blev vedtaget i 2019.",
])
def test_day_month_look_alikes_are_not_dates(text: str) -> None:
    assert socdoc.extract(text).dates == []


def test_a_named_weekday_picks_the_year_it_fits() -> None:
    # 14 September is a Tuesday in 2021, a Thursday in 2017: the range's end year, not its start
    text = "Tirsdag d. 14. september samledes styregruppen og sagde farvel til projektet 2017-2021."
    assert [str(d.date) for d in find_dates(text)] == ["2021-09-14"]


def test_a_weekday_that_fits_the_context_year_keeps_it() -> None:
    text = "Torsdag den 14. september holdt vi afslutning på projektet 2017-2021."
    assert [str(d.date) for d in find_dates(text)] == ["2017-09-14"]


def test_a_weekday_fitting_no_stated_year_of_an_undated_text_leaves_the_date_out() -> None:
    # 14 September is a Sunday in none of the years stated; the text has no date of its own to count from
    text = "Søndag den 14. september holdt vi afslutning på projektet 2017-2021."
    assert [str(d.date) for d in find_dates(text)] == []
    # with the document's date, a weekday that fits neither its year nor the ones either side keeps its year
    assert [str(d.date) for d in find_dates(text, published=dt.date(2017, 10, 2))] == ["2017-09-14"]


def test_day_list_in_minutes_takes_the_meeting_year_from_a_run_in_header() -> None:
    text = (
        "1 SKOVBY KOMMUNE Referat til Byrådet Mødedato: Mandag den 27. maj 2019 Mødetidspunkt: 17:00 "
        "Mødelokale: Byrådssalen Medlemmer: Anna Holm, Bo Lind\n\n"
        "2 Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Kvalitetsrapport for skoleårene 2016/17 og "
        "2017/18 3. Sager fra udvalgenes temadage den 11.3., 25.3. og 8.4.\n"
    )
    dates = [str(d.date) for d in socdoc.extract(text).dates]
    assert dates == ["2019-05-27", "2019-03-11", "2019-03-25", "2019-04-08"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a meeting system set up in English prints English month names in Danish minutes
        ("Dato\n12. February 2021 -\nUdvalg\nØkonomiudvalget", ["2021-02-12"]),
        ("Mødet blev holdt 3. October 2018 på rådhuset.", ["2018-10-03"]),
        ("Mødedato: May 7, 2019", ["2019-05-07"]),
        # a US machine timestamp is month first, told by its AM/PM clock
        ("Starttidspunkt\n11/24/2016 4:00:00 PM", ["2016-11-24"]),
        ("Starttidspunkt: 3/4/2020 9:30 AM", ["2020-03-04"]),
        # without the clock a slash date stays day first
        ("Indkaldt den 3/4/2020 til møde.", ["2020-04-03"]),
    ],
)
def test_english_month_names_and_us_timestamps(text: str, expected: list[str]) -> None:
    assert [d.date.isoformat() for d in find_dates(text)] == expected


def test_english_words_alone_are_no_dates() -> None:
    assert find_dates("We may march in June.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a range of days closed by one year gives both days that year
        ("Forslaget er i høring i perioden 3. marts – 31. marts 2022.", ["2022-03-03", "2022-03-31"]),
        ("Udstillingen vises 14. maj til 2. juni 2023.", ["2023-05-14", "2023-06-02"]),
        # the year of a numeric date earlier in the text dates a later day without a year
        ("Referat af mødet 14-03-2016\n\n1. Regnskab pr. 31. december", ["2016-03-14", "2016-12-31"]),
        # a part of the day between the weekday and the date
        ("Mødet blev holdt tirsdag eftermiddag 4. oktober 2022.", ["2022-10-04"]),
        # two days joined by an ampersand
        ("Konferencen 2019: d. 7. & 8. november holdes den i Vejle.", ["2019-11-07", "2019-11-08"]),
        # a dateline glued to the word before it, told by its clock
        ("Loven er vedtaget12.5.2024 10:15:42 CET | Pressemeddelelse", ["2024-05-12"]),
        # a label glued to its date by text extraction, without a clock
        ("NYHEDSBREV14.03.2019\nNye boliger i bydelen", ["2019-03-14"]),
    ],
)
def test_ranges_context_years_and_glued_datelines(text: str, expected: list[str]) -> None:
    assert [d.date.isoformat() for d in find_dates(text)] == expected


def test_the_end_of_a_range_of_years_is_no_context_year() -> None:
    dates = find_dates("Strategien for 2017-2021 blev vedtaget.\n\nMødet 3. maj blev aflyst.")
    assert [d.date.isoformat() for d in dates] == ["2017-05-03"]


@pytest.mark.parametrize(
    "text, text_of_date, date",
    [
        ("Udvalget godkendte referatet fra mødet 14. 3. 2023 uden bemærkninger.", "14. 3. 2023", dt.date(2023, 3, 14)),
        ("Referatet fra mødet d.7.11.2022 blev godkendt.", "7.11.2022", dt.date(2022, 11, 7)),
    ],
)
def test_numeric_dates_spaced_after_each_dot_or_glued_to_d(text: str, text_of_date: str, date: dt.date) -> None:
    [found] = find_dates(text)
    assert (text[found.start:found.end], found.date) == (text_of_date, date)


def test_a_spaced_count_with_a_short_year_is_no_date() -> None:
    assert find_dates("Der kom 20. 6. 22 borgere til mødet.") == []


def test_a_list_of_days_sharing_a_month_gives_every_day() -> None:
    text = "Styrelsen holder informationsmøder den 9., 16. og 2. november 2021 i hver region."
    assert sorted(d.date for d in find_dates(text)) == [dt.date(2021, 11, 2), dt.date(2021, 11, 9),
                                                       dt.date(2021, 11, 16)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bilag: Nyhedsbrev for perioden 06.03.2017-02.04.2017.", ["2017-03-06", "2017-04-02"]),
        ("Opgørelsen dækker 3.1.19-28.2.19 og er foreløbig.", ["2019-01-03", "2019-02-28"]),
        # a case number with a letter code after the year is still no range
        ("Sagsnr. 12.05.2016-P20 behandles.", []),
    ],
)
def test_two_numeric_dates_joined_by_a_hyphen_are_both_dates(text: str, expected: list[str]) -> None:
    assert [str(d.date) for d in find_dates(text)] == expected


def test_a_school_year_calendar_without_years_passes_new_year() -> None:
    text = ("Referat af bestyrelsesmøde 14. juni 2023\n\nMøder i det kommende skoleår:\n\n"
            "6. september\n\n8. november\n\n10. januar kl. 17.00\n\n13. marts\n")
    dates = [str(d.date) for d in find_dates(text)]
    assert dates == ["2023-06-14", "2023-09-06", "2023-11-08", "2024-01-10", "2024-03-13"]


def test_yearless_dates_listed_newest_first_keep_the_documents_year() -> None:
    text = "Referat 4. december 2020. Tidligere møder: 12. november, 9. september og 3. juni."
    assert [str(d.date) for d in find_dates(text)] == ["2020-12-04", "2020-11-12", "2020-09-09", "2020-06-03"]


def test_a_meeting_calendar_of_bare_days_and_months_spans_the_school_year() -> None:
    text = ("Referat af skolebestyrelsesmøde 12. februar 2020\n"
            "Mødeplan: 20/8 - 24/9 - 5/11 - 14/1 - 12/2 - 16/4 - 10/6\n")
    dates = [str(d.date) for d in find_dates(text, published=dt.date(2020, 2, 12))]
    assert dates == ["2020-02-12", "2019-08-20", "2019-09-24", "2019-11-05", "2020-01-14", "2020-02-12",
                     "2020-04-16", "2020-06-10"]


def test_a_list_of_days_with_a_dot_after_the_month_is_dates() -> None:
    text = "Beslutninger fra udvalgets møder i 2016: 12.5., 2.6., 23.6. og 18.8."
    assert [str(d.date) for d in find_dates(text)] == ["2016-05-12", "2016-06-02", "2016-06-23", "2016-08-18"]


@pytest.mark.parametrize("text", ["Se punkt 2.3., 2.4. og 3.1. i rapporten fra 2018.", "Brøkerne 1/2, 3/4 og 1/3 i 2018."])
def test_section_numbers_and_fractions_are_no_calendar(text: str) -> None:
    assert find_dates(text) == []


def test_a_clause_that_looks_ahead_and_names_the_coming_year_puts_a_yearless_date_in_it() -> None:
    published = dt.date(2010, 11, 29)
    text = "Der planlægges afholdt Beskæftigelseskonference 2011 den 10. og 11. marts i Roskilde."
    assert [d.date.isoformat() for d in find_dates(text, published=published)] == ["2011-03-10", "2011-03-11"]
    from socdoc.extractors.periods import find_periods
    assert [(p.start.isoformat(), p.end.isoformat()) for p in find_periods(text, published=published)] == [
        ("2011-03-10", "2011-03-11")]


def test_a_yearless_date_keeps_the_documents_year_without_the_coming_year_or_when_ahead() -> None:
    published = dt.date(2010, 11, 29)
    # no year named: half a year back is not enough to move it
    assert [d.date.isoformat() for d in find_dates("Sagen er behandlet den 10. marts.", published=published)] == [
        "2010-03-10"]
    # the coming year named, but the date lies ahead of the document in its own year
    text = "Budget 2012 skal vedtages den 5. oktober."
    assert [d.date.isoformat() for d in find_dates(text, published=dt.date(2011, 8, 15))] == ["2011-10-05"]


def test_a_year_first_date_written_with_dots() -> None:
    found = find_dates("Bestyrelsesmøde 2022.03.15 i fælleshuset")
    assert [(d.text, str(d.date)) for d in found] == [("2022.03.15", "2022-03-15")]


def test_a_longer_dotted_code_that_starts_with_a_year_is_no_date() -> None:
    assert find_dates("Journalnr. 2022.03.15.07 vedlægges.") == []


def test_a_figure_as_at_a_year_end_in_january_is_as_at_the_year_gone_by() -> None:
    found = find_dates("Udvalget orienteres om budgetstatus pr. 31. december.", published=dt.date(2023, 1, 18))
    assert [str(d.date) for d in found] == ["2022-12-31"]
