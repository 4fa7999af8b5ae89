"""Attendance layouts seen on unseen minutes of boards and committees: a table whose label cells were
run into their values, each absentee with an absence label of his own, a board's first-name lists
with a group word and "og" before a name, double first names, absence stated of a first name, a
stand-in sentence under the absence label, and lists run together on a transcript's page line."""

from __future__ import annotations

from minutes_run import run

from socdoc.extractors.minutes_layout import _labelled_names_after, parse_people


def _names(people: list) -> list[str]:
    return [p.name for p in people]


# --- label cells glued to their values -------------------------------------------------------------

GLUED_TABLE = (
    "Referat af møde i forældrebestyrelsen\n\n"
    "Dato 3. marts 2024, kl. 17.00\n\n"
    "StedKlubhuset\n"
    "DeltagereKaren Bloch Hansen, Ulrik Dam, Mette Skov & Peder Juul\n"
    "AfbudTove Lind Mikkelsen, Anders Krog\n"
    "MødelederMette Skov\n"
    "Referent\n\n"
    "1. Godkendelse af dagsorden\n\nGodkendt.\n"
)


def test_a_label_cell_glued_to_its_names_opens_the_list() -> None:
    meeting = run(GLUED_TABLE).meeting
    assert {p.name for p in meeting.participants} == {"Karen Bloch Hansen", "Ulrik Dam", "Mette Skov", "Peder Juul"}
    assert set(meeting.absent) == {"Tove Lind Mikkelsen", "Anders Krog"}


def test_the_next_glued_label_ends_the_absence_list() -> None:
    assert "Mette Skov" not in run(GLUED_TABLE).meeting.absent


def test_a_name_with_inner_capitals_is_no_glued_label() -> None:
    people = parse_people("Eva McKenzie, Bo Dam", 0)
    assert "Eva McKenzie" in _names(people)


# --- an absence label before every absentee --------------------------------------------------------


def test_each_entry_with_its_own_absence_label_is_an_absentee() -> None:
    people = parse_people("Afbud Gunnar samt suppleant, Afbud Lene, Afbud Torben", 0)
    assert _names(people) == ["Gunnar", "Lene", "Torben"]
    assert all(p.absent for p in people)


def test_an_absentee_by_first_name_leaves_the_one_member_of_that_name() -> None:
    text = ("Referat Ældrerådet\n\nDato 4. juni 2023\n\nFraværende Afbud Gunnar, Afbud Lene\n\n"
            "Medlemmer Gunnar Holm\nLene Bak\nOle Dam\nKim Lund\n\n"
            "1. Godkendelse af dagsorden\n\nGodkendt.\n")
    meeting = run(text).meeting
    names = {p.name for p in meeting.participants}
    assert "Gunnar Holm" not in names and "Lene Bak" not in names
    assert {"Ole Dam", "Kim Lund"} <= names


# --- a board's first-name lists --------------------------------------------------------------------


def test_a_group_word_and_a_role_after_og_are_no_names() -> None:
    people = parse_people("Bestyrelsesmedlemmer Inge, Svend (kasserer), Dorte og suppleant Mads", 0)
    assert _names(people) == ["Inge", "Svend", "Dorte", "Mads"]


def test_two_first_names_with_one_note_are_one_person() -> None:
    people = parse_people("Jonas (12), Anne Sofie (31), Emil (7)", 0)
    assert _names(people) == ["Jonas", "Anne Sofie", "Emil"]


def test_two_first_names_without_notes_stay_two_people() -> None:
    assert _names(parse_people("Peter, Inger Søren og Anders", 0)) == ["Peter", "Inger", "Søren", "Anders"]


def test_a_members_label_with_er_and_a_first_name_stated_absent() -> None:
    text = ("Referat af bestyrelsesmøde den 2. april 2019\n\n"
            "Til stede er Birthe, Ole, Kasper og Tonny.\n\n"
            "Mogens har meldt afbud/ferie.\n\n"
            "1. Regnskabet blev gennemgået og godkendt.\n")
    meeting = run(text).meeting
    assert [p.name for p in meeting.participants] == ["Birthe", "Ole", "Kasper", "Tonny"]
    assert meeting.absent == ["Mogens"]


# --- a stand-in sentence under the absence label ---------------------------------------------------

STAND_IN = (
    "Referat\n\nUdvalget for Kultur\n\nMødedato: 3. maj 2022\n\n"
    "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\nFraværende:\n\n"
    "Lone Berg (A) deltog i mødet i stedet for Carl Friis (V).\n\n"
    "2. Budget\n\nBeslutning\n\nGodkendt.\n\nFraværende:\n\n"
    "Lone Berg (A) deltog i mødet i stedet for Carl Friis (V).\n"
)


def test_the_member_replaced_by_a_stand_in_is_absent() -> None:
    meeting = run(STAND_IN).meeting
    assert meeting.absent == ["Carl Friis"]


# --- lists run together on a transcript's page line ------------------------------------------------


def test_absentees_first_then_members_on_a_page_line() -> None:
    text = ("Transkript\n\n1 SKOVBY BYRÅD Mødet den , Rådhuset\n\n"
            "3 SKOVBY BYRÅD Tid Mødet den 4. maj 2020, Sted Rådhuset, Lokale 2 Fraværende Eva Holm "
            "Til stede Bo Dam, Kim Lund, Lis Krog Åben Punkt 1. Budget Forvaltningen indstiller, at "
            "orienteringen tages til efterretning.\n")
    meeting = run(text).meeting
    assert {p.name for p in meeting.participants} == {"Bo Dam", "Kim Lund", "Lis Krog"}
    assert meeting.absent == ["Eva Holm"]


def test_an_absence_list_ends_where_the_page_text_runs_on() -> None:
    line = "Godkendt. Fraværende: Eva Holm, Bo Dam anmoder Byrådet om en ny drøftelse af budgettet"
    start = line.index(":") + 2
    assert _names(_labelled_names_after(line, start, 0)) == ["Eva Holm", "Bo Dam"]


def test_one_name_before_running_text_is_not_taken() -> None:
    line = "Godkendt. Fraværende: Eva Holm anmoder Byrådet om en ny drøftelse af budgettet"
    start = line.index(":") + 2
    assert _labelled_names_after(line, start, 0) == []
