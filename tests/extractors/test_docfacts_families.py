"""The document's own facts: dates written in less common ways, the year of a date without one,
a stray dot after an amount, a dateline under a site menu and a grant maker's own call page.
Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from socdoc.extractors import docinfo
from socdoc.extractors.amounts import find_amounts
from socdoc.extractors.dates import find_candidates, find_dates


def _dates(text: str, published: dt.date | None = None) -> list[tuple[str, str]]:
    return [(d.text, str(d.date)) for d in find_dates(text, published=published)]


# --- a space before the year only: "den 14.11. 2011" ------------------------------------------

def test_space_before_the_year_makes_a_full_date() -> None:
    assert _dates("Referat fra bestyrelsens møde den 14.11. 2011 kl. 17") == [("14.11. 2011", "2011-11-14")]


def test_space_before_the_year_in_a_heading_with_a_single_digit_month() -> None:
    assert _dates("Mødet blev holdt 3.5. 2018 i kantinen.") == [("3.5. 2018", "2018-05-03")]


def test_short_date_list_without_a_year_is_unchanged() -> None:
    found = _dates("Vi mødes den 6.2., 13.2. og 20.2. i år.", published=dt.date(2019, 1, 10))
    assert [d for _, d in found] == ["2019-02-06", "2019-02-13", "2019-02-20"]


# --- a short day/month after a time limit: "Frist 15/10", "senest1/12" -----------------------

@pytest.mark.parametrize("text, expected", [
    ("Tilmelding til julefrokosten: Frist 15/10 til kassereren.", [("Frist 15/10", "2015-10-15")]),
    ("Indlæg til bladet sendes senest1/12 til redaktøren.", [("senest1/12", "2015-12-01")]),
    ("Deadline: 2/11 for høringssvar", [("Deadline: 2/11", "2015-11-02")]),
])
def test_short_date_after_a_time_limit(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text, published=dt.date(2015, 9, 21)) == expected


def test_a_fraction_after_senest_is_no_date() -> None:
    assert _dates("Der skal senest 1/4 af pladserne gå til unge.", published=dt.date(2015, 9, 21)) == []


def test_a_time_limit_without_a_year_lies_ahead() -> None:
    assert _dates("Frist 1/3 for ansøgninger", published=dt.date(2015, 11, 20)) == [("Frist 1/3", "2016-03-01")]


# --- the year of a date without one: the next January in minutes of December --------------------

def test_a_january_date_in_december_minutes_is_next_year() -> None:
    found = _dates("Næste møde i forældrerådet er torsdag den 14. januar.", published=dt.date(2015, 12, 1))
    assert [d for _, d in found] == ["2016-01-14"]


def test_a_labelled_next_meeting_in_january_is_next_year() -> None:
    found = _dates("Næste møde: den 11. januar kl. 19 i klubhuset.", published=dt.date(2015, 11, 24))
    assert [d for _, d in found] == ["2016-01-11"]


def test_a_january_date_told_in_the_past_keeps_the_year() -> None:
    found = _dates("Bestyrelsen holdt nytårskur den 14. januar for de frivillige.", published=dt.date(2015, 12, 1))
    assert [d for _, d in found] == ["2015-01-14"]


def test_a_recent_date_keeps_the_year_of_the_document() -> None:
    found = _dates("Opfølgning på temaaftenen den 12. november.", published=dt.date(2015, 12, 1))
    assert [d for _, d in found] == ["2015-11-12"]


def test_a_date_a_few_months_back_keeps_the_year_of_the_document() -> None:
    found = _dates("Sommerfesten den 20. juni gav et lille overskud.", published=dt.date(2015, 10, 5))
    assert [d for _, d in found] == ["2015-06-20"]


# --- amounts: a stray dot between the figure and "kr." ------------------------------------------

def test_stray_dot_after_thousands_groups_before_kr() -> None:
    found = find_amounts("Fonden har bevilget 4.500.000. kr. til projektet.")
    assert [(a.text, a.value) for a in found] == [("4.500.000. kr.", 4500000)]


def test_an_ordinal_before_kr_at_a_sentence_start_is_no_amount() -> None:
    assert find_amounts("Se punkt 5. Kr. Hansen var ikke til stede.") == []


# --- published: a dateline alone on its line under a crawled site menu ---------------------------

MENU_THEN_DATELINE = """Forside
Nyheder
Social
Sundhed
Beskæftigelse
Økonomi
Teknik
Kultur
Debat
Job

Flere penge til herbergerne

Ministeriet fordeler 30 mio. kr. til herbergspladser i seks kommuner
12. MAJ 2016 09.40

Pengene skal bruges til flere pladser til unge hjemløse, oplyser ministeriet.
"""


def test_dateline_under_a_long_site_menu() -> None:
    text = MENU_THEN_DATELINE
    assert docinfo.find_published(text, find_candidates(text), "article") == dt.date(2016, 5, 12)


def test_a_later_date_in_prose_is_not_the_dateline() -> None:
    text = MENU_THEN_DATELINE.replace("12. MAJ 2016 09.40\n", "") + "\nFristen er 1. juni 2016.\n"
    assert docinfo.find_published(text, find_candidates(text), "article") is None


# --- kind: a grant maker's own call page ----------------------------------------------------------

OWN_CALL = """Pulje til fællesskaber i udsatte boligområder

Bemærk: Ansøgningsfristen for dette opslag er udløbet.

Fonden støtter små projekter, der skaber nye fællesskaber for beboere i udsatte boligområder.
Foreninger og frivillige grupper kunne søge op til 200.000 kr.
"""

OWN_CALL_HEADING = """Tilskud til sommeraktiviteter for børn

Styrelsen uddeler 5 mio. kr. til ferieaktiviteter for børn fra familier med lav indkomst.

Ansøgningsfrist

Ansøgningen skal være modtaget senest den 1. marts 2022 kl. 12.00.
"""

REPORTED_POOL = """Foreninger kan søge penge til sommerlejre

Af Jonas Krog

En ny pulje på 5 mio. kr. skal give flere børn en ferieoplevelse, skriver styrelsen i en meddelelse.
Ansøgningsfristen er den 1. marts, og pengene fordeles i april.
"""


def test_a_deadline_notice_makes_an_own_call_page() -> None:
    assert docinfo.classify(OWN_CALL) == "press_release"


def test_a_deadline_heading_makes_an_own_call_page() -> None:
    assert docinfo.classify(OWN_CALL_HEADING) == "press_release"


def test_a_medium_reporting_a_pool_deadline_stays_an_article() -> None:
    assert docinfo.classify(REPORTED_POOL) == "article"
