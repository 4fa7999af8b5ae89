"""A short day/month after a weekday, whole or cut short ("lø 16/3"), is a date."""

import datetime as dt

import pytest

from socdoc.extractors.dates import find_dates


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Bestyrelsesmøde lø 16/3 kl. 10 i klubhuset", dt.date(2019, 2, 1), ["2019-03-16"]),
        ("Næste møde: tors. 9/5 kl. 19", dt.date(2019, 4, 1), ["2019-05-09"]),
        ("Arbejdsdag Søndag 7/4", dt.date(2019, 3, 1), ["2019-04-07"]),
        # the number words "to" and "ti" are no weekdays: "to 1/3" stays a fraction
        ("Der er brugt to 1/3 af budgettet", dt.date(2019, 3, 1), []),
        ("Så skal man 1/2 time før være der", dt.date(2019, 3, 1), []),
    ],
)
def test_a_short_day_and_month_after_a_weekday_is_a_date(text: str, published: dt.date, expected: list[str]) -> None:
    assert [str(d.date) for d in find_dates(text, published=published)] == expected
