"""Decisions under layouts of small boards' and case systems' minutes: item 1 right under the agenda's
label with its record below it, a web page whose first list counted on and whose later entries each
restart at "1.", a case system's decision heading that names the committee by its short name, and
a budget approved under its year."""

from __future__ import annotations

from minutes_run import run

from socdoc.extractors.minutes_layout import parse_decision_heading


def outcomes(raw: str) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


def test_item_one_under_the_agenda_label_keeps_its_record() -> None:
    raw = ("Seniorrådet – referat 12. marts 2024\n\n"
           "Til stede: Bodil Krarup, Aage Lund, Sonja Winther\n\n"
           "Dagsorden:\n"
           "1.    Godkendelse af dagsorden.\n\n"
           "Dagsordenen blev godkendt med et nyt punkt 4.\n\n"
           "2.    Nyt fra formanden.\n\n"
           "Formanden har holdt møde med centerlederen om cafeens åbningstider.\n\n"
           "3.    Eventuelt.\n\n"
           "Intet.\n")
    found = run(raw).decisions
    assert (1, "approved") in [(d.item, d.outcome) for d in found]
    first = next(d for d in found if d.item == 1)
    assert raw[first.start:first.end] == "Dagsordenen blev godkendt med et nyt punkt 4."


def test_a_bare_agenda_list_under_its_label_opens_no_item() -> None:
    raw = ("Referat fra bestyrelsesmøde 3. maj 2023\n\n"
           "Dagsorden:\n"
           "1. Godkendelse af referat\n"
           "2. Økonomi\n"
           "3. Eventuelt\n\n"
           "Ad 1. Referatet blev godkendt.\n")
    assert all(item != 1 or outcome == "approved" for item, outcome in outcomes(raw))


RESTARTED = ("Referat:\n\n"
             "  1.  Velkommen ved formanden\n"
             "  2. Valg af dirigent\n\n"
             "Dirigent: Ole Bækgaard\n\n"
             "  1. Valg af referent\n\n"
             "Referent: Tove Riis\n\n"
             "  1. Godkendelse af beretningen\n\n"
             "Godkendt.\n\n"
             "  1. Fremlæggelse af regnskabet ved kassereren\n\n"
             "Se regnskabet\n\n"
             "Regnskabet godkendt.\n\n"
             "  1. Eventuelt\n\n"
             "Trafikken ved skolen blev drøftet.\n")


def test_entries_restarting_at_one_after_a_counted_pair_are_unnumbered_items() -> None:
    found = outcomes(RESTARTED)
    assert (2, "other") in found
    assert (None, "approved") in found
    assert (None, "discussed") in found
    assert all(item in (None, 2) for item, _ in found)


def test_restarted_entries_keep_exact_offsets() -> None:
    for d in run(RESTARTED).decisions:
        assert RESTARTED[d.start:d.end] == d.text


def test_short_committee_name_in_a_dated_decision_heading() -> None:
    heading = parse_decision_heading("Beslutning Senior den 07-06-2022")
    assert heading is not None and heading.body == "Senior" and heading.date_text == "07-06-2022"
    heading = parse_decision_heading("Beslutning Kultur og Fritid den 02-05-2023")
    assert heading is not None and heading.body == "Kultur og Fritid"


def test_short_name_heading_needs_the_day_in_digits_and_nothing_after() -> None:
    assert parse_decision_heading("Beslutning Senior den 7. juni 2022") is None
    assert parse_decision_heading("Beslutning om Senior den 07-06-2022") is None
    heading = parse_decision_heading("Beslutning Godkendt den 07-06-2022")
    assert heading is None or heading.body is None


def test_case_page_with_short_name_heading_gives_its_decision() -> None:
    raw = ("Dagsorden\nOnsdag 4. okt 2023 kl. 15:00\nKultur\nRådhuset, mødelokale 2\nReferat\n"
           "Resumé\nByens bibliotek har haft 20 års jubilæum, og udvalget orienteres om forløbet.\n"
           "Forslag\nKulturdirektøren foreslår,\nat orienteringen tages til efterretning.\n"
           "Beslutning Kultur den 04-10-2023\n"
           "Orienteringen blev taget til efterretning.\n"
           "Sagsfremstilling\nJubilæet blev fejret med en uge med foredrag og koncerter for alle aldre.\n")
    found = run(raw).decisions
    assert [(d.item, d.outcome) for d in found] == [(None, "noted")]
    assert raw[found[0].start:found[0].end] == "Orienteringen blev taget til efterretning."


def test_budget_named_by_its_year_approved_in_prose() -> None:
    raw = ("Referat af afdelingsmøde i afdeling 7, Hyldebærparken, 14. september 2023\n\n"
           "1. Valg af dirigent\n"
           "Dirigent: Søren Kølbæk\n\n"
           "2. Godkendelse af driftsbudget for 2024.\n\n"
           "Beboerne spurgte til hvorfor altanerne endnu ikke er skiftet, og hvornår arbejdet går i gang.\n\n"
           "Driftsbudgettet for 2024 blev godkendt. For: 31\n"
           "Imod: 2\n")
    found = run(raw).decisions
    budget = next(d for d in found if d.item == 2)
    assert budget.outcome == "approved"
    assert raw[budget.start:budget.end] == "Driftsbudgettet for 2024 blev godkendt."


def test_budget_approved_on_another_day_is_no_record() -> None:
    raw = ("Referat af bestyrelsesmøde 2. februar 2024\n\n"
           "1. Orientering\n\n"
           "Formanden fortalte om året der gik, og om de nye vaskemaskiner i kælderen.\n\n"
           "Budgettet for 2024 blev godkendt den 12. december 2023. Der er ikke nyt om varmeregnskabet.\n\n"
           "Næste møde holdes i april.\n")
    found = outcomes(raw)
    assert (1, "approved") not in found
