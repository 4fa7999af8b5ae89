"""A bare day/month that a meeting noun dates: right after the noun, or on a line the noun labels."""

import datetime as dt

import pytest

from socdoc.extractors.dates import find_dates


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("2. Godkendelse af referat fra mødet 14/3.", dt.date(2022, 4, 20), ["2022-03-14"]),
        ("4. Forberedelse af generalforsamling 22/5\n- valg af dirigent", dt.date(2022, 4, 20), ["2022-05-22"]),
        ("Kommende møder: 7/6 med grill", dt.date(2022, 4, 20), ["2022-06-07"]),
        # one labelled line per calendar: each turns the year on its own
        ("Styregruppemøder: 30/8 (Kirsten), 4/10 (Ole), 6/12 (Mette), 7/2 (Lars)\n"
         "Fællesspisninger: ti 13/9, on 9/11 og ti 14/2\n",
         dt.date(2022, 6, 1),
         ["2022-08-30", "2022-10-04", "2022-12-06", "2023-02-07", "2022-09-13", "2022-11-09", "2023-02-14"]),
    ],
)
def test_a_meeting_noun_dates_a_bare_day_and_month(text: str, published: dt.date, expected: list[str]) -> None:
    assert [str(d.date) for d in find_dates(text, published=published)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "På mødet: 1/3 af tiden gik med budgettet.",  # a share of something
        "Mødet besluttede at 2/3 af midlerne går til drift.",
        "Sagsnr.: 10/11 Resumé: Kommunen har modtaget en ansøgning.",  # a case number
        "Vi havde et godt møde 3/4 procent over sidste år",
        "Referat af møde 17/6-2021",  # a full date, found as such
    ],
)
def test_shares_case_numbers_and_full_dates_are_not_meeting_days(text: str) -> None:
    days = [d for d in find_dates(text, published=dt.date(2021, 8, 1)) if d.text.count("/") == 1 and "-" not in d.text]
    assert days == []
