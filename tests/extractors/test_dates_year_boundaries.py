"""Years of dates written without one, near a year boundary.

Each case is a composed sentence; the document's own date is given as ``published``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from socdoc.extractors.dates import find_dates


def _dates(text: str, published: dt.date | None) -> list[str]:
    return sorted(str(f.date) for f in find_dates(text, published=published))


# A weekday named with the date settles the year among the document's year and the ones either side.
WEEKDAY = [
    # minutes of November: next year's general meeting on a Thursday in May
    ("Generalforsamlingen vedtog, at næste generalforsamling holdes torsdag den 5. maj.", dt.date(2021, 11, 2),
     ["2022-05-05"]),
    # minutes of February looking back at a Friday in December
    ("Julefrokosten fredag den 17. december var en succes.", dt.date(2022, 2, 8), ["2021-12-17"]),
    # the weekday fits the document's own year: kept
    ("Bestyrelsen mødes onsdag den 14. september.", dt.date(2022, 5, 1), ["2022-09-14"]),
]

# A date without a year a few weeks from the document's date across New Year lies in that other year.
NEAR_NEW_YEAR = [
    ("Borgermøde om trafikplanen d. 9. januar i Medborgerhuset.", dt.date(2018, 12, 14), ["2019-01-09"]),
    ("Bestyrelsen havde julemøde den 18. december hos formanden.", dt.date(2019, 1, 10), ["2018-12-18"]),
    # a clause that puts the date behind keeps a January date in the document's own year
    ("Udvalget besluttede på mødet den 10. januar at udsætte sagen.", dt.date(2018, 12, 14), ["2018-01-10"]),
    # two months or more away: the document's own year
    ("Kursus for frivillige den 20. februar.", dt.date(2018, 12, 14), ["2018-02-20"]),
]

# A calendar whose heading names the coming period runs from the document's date on.
CALENDAR = [
    ("Mødeplan for næste skoleår\n\n30. august\n\n25. oktober\n\n10. januar\n\n7. marts\n", dt.date(2023, 5, 31),
     ["2023-08-30", "2023-10-25", "2024-01-10", "2024-03-07"]),
    ("Kommende mødedatoer: 12. februar, 9. april, 11. juni og 10. september.", dt.date(2024, 11, 20),
     ["2025-02-12", "2025-04-09", "2025-06-11", "2025-09-10"]),
    # without such a word, minutes of March inside the school year's calendar keep it around themselves
    ("Mødeplan skoleåret\n\n30. august\n\n25. oktober\n\n10. januar\n\n7. marts\n\n2. maj\n", dt.date(2024, 3, 7),
     ["2023-08-30", "2023-10-25", "2024-01-10", "2024-03-07", "2024-05-02"]),
]

# A year stated as a time just before ("I 2025 …") carries a date that looks ahead into that year.
STATED_YEAR = [
    ("Tilskud til foreningslivet\n\nI 2025 uddeles i alt 400.000 kr.\n\nAnsøgningsfristen er den 15. marts.",
     dt.date(2024, 9, 3), ["2025-03-15"]),
    # a name with a year is no time: "Handleplan 2025"
    ("Forslaget til Handleplan 2025 skal behandles i udvalget den 12. marts.", dt.date(2024, 2, 1), ["2024-03-12"]),
]

# A horizon year ("frem mod 2030") gives no year to a date in a text without a date of its own; nor does a
# year that the date's weekday does not fit.
NO_YEAR = [
    "Svære valg venter i byrådet\n\nPolitikerne har samlet sig til et todages seminar på et kursuscenter.\n\n"
    "Der skal findes besparelser på både skoler og ældrepleje.\n\n"
    "Byrådet skal senest den 10. oktober vedtage et budget, der rækker frem mod 2030.",
    "Mandag d. 3. oktober gik renoveringen af blokkene fra 1971 i gang.",
]


# A text without a date of its own that tells of a month in the past ("i marts 2021") dates a later day of that
# year without a year of its own; a month ahead ("skal stå klar i juni 2026") does not.
TOLD_MONTH = [
    ("Boligselskabet fik den 20. oktober tilsagn om støtte til renoveringen.\n\n"
     "Afdelingen vedtog helhedsplanen på et ekstraordinært afdelingsmøde, som blev holdt i marts 2021.",
     ["2021-10-20"]),
    ("Kommunen godkendte den 20. oktober det nye skolebyggeri.\n\nSkolen skal efter planen stå klar i juni 2026.",
     []),
    # the date before the told month: no year from it
    ("Borgermødet den 3. februar samlede over hundrede deltagere.\n\nProjektet gik i gang i april 2022 og slutter i 2024.",
     []),
]


@pytest.mark.parametrize("text,expected", TOLD_MONTH)
def test_year_of_a_told_month_in_an_undated_text(text: str, expected: list[str]) -> None:
    assert _dates(text, None) == expected


@pytest.mark.parametrize("text,published,expected", WEEKDAY + NEAR_NEW_YEAR + CALENDAR + STATED_YEAR)
def test_year_from_context(text: str, published: dt.date, expected: list[str]) -> None:
    assert _dates(text, published) == expected


@pytest.mark.parametrize("text", NO_YEAR)
def test_no_year_without_evidence(text: str) -> None:
    assert _dates(text, None) == []


def test_two_digit_year_before_a_slash_is_a_span_fragment() -> None:
    import socdoc

    # "1/1-30/9" cut by a page break: no date in 2030
    record = socdoc.extract("Opgørelse for kontrolenheden for perioden 1/1-30/ Tillægsbevilling til valget")
    assert [d.text for d in record.dates] == []
    assert [str(d.date) for d in socdoc.extract("Mødet blev holdt 12/3-19 på rådhuset.").dates] == ["2019-03-12"]
