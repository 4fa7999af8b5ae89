"""Three written forms around a document's dates: the year a budget is for (agreed the autumn before), the page
number that opens a transcribed PDF ("1 Oktober 2008 …"), and a policy's title line naming its own adoption.
Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from socdoc.extractors.dates import find_candidates, find_dates
from socdoc.extractors.docinfo import classify, find_published


def _dates(text: str) -> list[str]:
    return [str(d.date) for d in find_dates(text)]


def test_a_budget_agreement_dates_its_days_in_the_year_before() -> None:
    text = ("Nyheder\n\nBudgetforliget for 2019 er på plads\n\n"
            "Et flertal i byrådet blev natten til torsdag enige om næste års budget. "
            "Andenbehandlingen finder sted den 10. oktober.")
    assert _dates(text) == ["2018-10-10"]


def test_an_agreement_on_the_budget_in_the_prose_before_the_date() -> None:
    text = ("Det står fast med forliget om budgettet for 2012, som seks partier i Egelund Byråd "
            "indgik den 20. september.")
    assert _dates(text) == ["2011-09-20"]


def test_a_budget_proposal_dates_its_hearing_in_the_year_before() -> None:
    text = ("Høring af udkast til budgetforlig - Budget 2024\n\n"
            "Forvaltningen fremlagde budgetforslaget for 2024-2027 den 28. august, og høringen slutter den 12. september.")
    assert _dates(text) == ["2023-08-28", "2023-09-12"]


def test_the_councils_budget_for_a_year_dates_its_reading_in_the_year_before() -> None:
    text = ("Alle partier står bag kommunens budget for 2023, og byrådet behandler det anden gang 6. oktober.")
    assert _dates(text) == ["2022-10-06"]


def test_a_budget_year_without_agreement_words_stays_as_stated() -> None:
    text = "Budgetopfølgning 2019\n\nForbruget blev gennemgået på mødet den 12. juni."
    assert _dates(text) == ["2019-06-12"]


def test_the_first_page_number_of_a_transcript_is_no_day() -> None:
    text = ("Beboerblad for Lindegården\n\nTranskript\n\n"
            "1 November 2015 Nyt fra afdelingsbestyrelsen Side 2 Renovering af køkkener")
    assert _dates(text) == []


def test_a_date_without_a_dot_in_prose_is_still_read() -> None:
    text = "Referat\n\nMødet blev holdt den 1 november 2015 i fælleshuset."
    assert _dates(text) == ["2015-11-01"]


def _published(text: str) -> dt.date | None:
    return find_published(text, find_candidates(text), classify(text))


POLICY = """Sundhedspolitik for Egelund Kommune Vedtaget i Byrådet den 14. april 2016.

Download "Sundhedspolitik for Egelund Kommune. Vedtaget i Byrådet den 14. april 2016."

Transkript

1 Sundhedspolitik Indhold Forord Vision Indsatsområder Bevægelse Kost Trivsel
2 Forord Sundhed skabes i hverdagen, hvor borgerne bor, arbejder og går i skole.
"""


def test_a_policy_title_naming_its_adoption_gives_its_own_date() -> None:
    assert _published(POLICY) == dt.date(2016, 4, 14)


def test_an_adoption_told_in_the_body_is_not_the_documents_date() -> None:
    text = ("Ny plan for cykelstier\n\nKommunen vil bygge fem nye cykelstier de kommende år. "
            "Det fremgår af en plan, som blev vedtaget i byrådet den 3. marts 2021, og som nu sendes i høring.\n")
    assert _published(text) is None
