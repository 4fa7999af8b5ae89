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


from socdoc.extractors.amounts import find_amounts  # noqa: E402


def _values(text):
    return [(a.value, a.low, a.high, a.per_year) for a in find_amounts(text)]


def test_bare_numbers_listed_before_an_amount_share_its_unit():
    text = "Puljen fordeles med henholdsvis 40, 25,5 og 12 mio. kr. til de tre regioner."
    assert [v for v, *_ in _values(text)] == [40_000_000, 25_500_000, 12_000_000]


def test_two_numbers_joined_by_og_share_unit_and_per_year():
    text = "De to klubber får 150.000 og 200.000 kr. årligt i driftstilskud."
    assert _values(text) == [(150_000, None, None, True), (200_000, None, None, True)]


def test_mellem_still_makes_a_range():
    assert _values("Prisen ventes at ligge mellem 4 og 6 mio. kr.") == [(None, 4_000_000, 6_000_000, False)]


def test_a_year_before_og_is_not_an_amount_of_the_list():
    assert [v for v, *_ in _values("Der bruges 3 mio. kr. i 2021 og 7 mio. kr. i 2022.")] == [3_000_000, 7_000_000]
    assert [v for v, *_ in _values("Afsat i 2023 og 4 mio. kr. ekstra året efter.")] == [4_000_000]


def test_an_item_number_before_og_is_not_an_amount():
    assert [v for v, *_ in _values("Se pkt. 6 og 9 mio. kr. i bilaget.")] == [9_000_000]


from socdoc.extractors.dates import find_dates  # noqa: E402


def test_a_horizon_year_is_not_the_year_of_a_later_date_without_year():
    text = ("Underskuddet fra 2020 er flyttet med over i 2021. Frem til 2024 ventes et merforbrug, "
            "og udvalget drøfter sagen på mødet den 12. marts.")
    assert [d.date for d in find_dates(text)] == [dt.date(2021, 3, 12)]


def test_frem_mod_year_skipped_for_a_date_without_year():
    text = "Budgettet for 2022 blev vedtaget. Planen rækker frem mod 2030, og borgermødet holdes den 5. april."
    assert [d.date for d in find_dates(text)] == [dt.date(2022, 4, 5)]


def test_a_horizon_year_that_is_the_only_year_still_gives_the_year():
    assert [d.date for d in find_dates("Indsatsen løber frem til 2026. Næste møde er den 4. juni.")] == [
        dt.date(2026, 6, 4)
    ]


def test_count_of_years_from_a_start_year_is_a_period():
    assert _spans("Rammen på 16 mio. kr. udmøntes over tre år fra 2025.") == [(dt.date(2025, 1, 1), dt.date(2027, 12, 31))]
    assert _spans("Foreningen får tilskud i to år fra 2019.") == [(dt.date(2019, 1, 1), dt.date(2020, 12, 31))]


def test_start_year_and_years_forward_is_a_period():
    assert _spans("Ordningen gælder fra 2023 og fem år frem.") == [(dt.date(2023, 1, 1), dt.date(2027, 12, 31))]


def test_a_long_count_of_years_is_not_a_plan_period():
    assert _spans("Hun har arbejdet i skolen i 32 år fra 1985.") == []
