"""Meeting header forms of small boards and flattened pages: the clock time run together after "kl."
("kl. 1930"), a member's home right after the title's date ("… 3. marts 2022 hos Eva"), the heading of a
page listing a body's meetings ("Møder i Lokalrådet"), an agenda item that is only a body's head noun
("4. Landsbyråd") naming no association, and a note marker where the place should stand ("Sted NB.").
Texts written for these tests."""

from __future__ import annotations

from minutes_run import run


def test_clock_time_run_together_after_kl() -> None:
    raw = ("Lokalrådsmøde\n\nREFERAT\n\n12.03.2022 kl. 1930\n\nDeltagere:\nAnne Holm\nBo Dam\n\n"
           "1. Godkendelse af referat\n\nGodkendt.\n")
    assert run(raw).meeting.time == "19:30"


def test_four_digits_after_kl_that_are_no_time_are_left() -> None:
    raw = ("Bestyrelsesmøde 12. marts 2022\n\nTil stede: Anne Holm, Bo Dam\n\n"
           "1. Godkendelse af referat\n\nGodkendt.\n")
    assert run(raw).meeting.time is None


def test_members_home_right_after_the_title_date() -> None:
    raw = ("Skovby Beboerforening\n\nReferat fra bestyrelsesmøde 3. marts 2022 hos Eva\n\n"
           "Mødedeltagere: Eva, Bo, Lise\n\nAfbud: Karl\n\n1. Regnskab: godkendt.\n")
    assert run(raw).meeting.location == "hos Eva"


def test_home_in_running_text_is_no_place() -> None:
    raw = ("Referat fra bestyrelsesmøde 3. marts 2022\n\nMødedeltagere: Eva, Bo, Lise\n\n"
           "1. Sommerfest\n\nFesten holdes 4. juni 2022 og vi mødes først hos Eva for at pynte op.\n")
    assert run(raw).meeting.location is None


def test_heading_of_a_bodys_meeting_list_names_the_body() -> None:
    raw = ("Møder i Lokalrådet\n\nLOKALRÅDSMØDE\n\nREFERAT\n\n12.03.2022 kl. 19.00\n\n"
           "Deltagere:\nAnne Holm\nBo Dam\n\n1. Godkendelse af referat\n\nGodkendt.\n")
    assert run(raw).meeting.body == "Lokalrådet"


def test_agenda_item_with_a_bare_head_noun_names_no_association() -> None:  # the board itself then
    raw = ("Referat af bestyrelsesmøde onsdag d. 4/5/2022 kl. 19.30 i Fælleshuset\n\n"
           "Tilstede: Lars, Helle, Lise\n\n1. Godkendelse af dagsorden\n\nGodkendt\n\n"
           "2. Landsbyråd - kommuneplan\n\nLise undersøger høringsfristen.\n")
    assert run(raw).meeting.body == "Bestyrelsen"


def test_note_marker_is_no_place() -> None:
    raw = ("Referat Skovby Byråd Ordinært møde Dato 24. juni 2021 Tid 19:00 Sted NB. Fraværende Bo Dam\n\n"
           "1. Godkendelse af dagsorden\n\nGodkendt.\n")
    assert run(raw).meeting.location != "NB"


def test_bare_head_noun_acting_in_a_sentence_names_the_board() -> None:
    raw = ("Bestyrelsesmøde 8. november 2022\n\n1. Godkendelse af referat\n\nReferatet blev godkendt.\n\n"
           "2. Tilskud\n\nLokalforum støtter spejderne med 2.000 kr. til nye telte.\n")
    assert run(raw).meeting.body == "Lokalforum"


def test_year_of_the_meeting_number_dates_a_yearless_meeting_date() -> None:
    # a flattened page whose date field lost its date: the date of the agenda's first item, the year of the number
    raw = ("1 Referat Byrådet Møde nr.: 7/2021 Mødedato: Mandag den Mødetidspunkt: 19:00 Mødested: Byrådssalen "
           "Medlemmer Eva Holm (A) Bo Dam (V) "
           "Indholdsfortegnelse Punkt nr. Side 1. Godkendelse af dagsorden for mødet den 6. september "
           "Mødekalender 2022 for møder i Byrådet Budget 2022-2025\n")
    date = run(raw).meeting.date
    assert date is not None and (date.year, date.month, date.day) == (2021, 9, 6)
