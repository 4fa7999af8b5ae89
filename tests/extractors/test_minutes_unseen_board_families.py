"""Minutes of small boards and committees written in layouts not met before: a web page whose record title
stands under the site's menu, an item table with a kind column ("Beslut" / "Drøft"), absentees named by their
first names beside a members list, and a committee's name where a transcript's time labels left their values."""

from __future__ import annotations

import socdoc
from socdoc.extractors.docinfo import _dated_record_title, classify
from socdoc.extractors.minutes_inline import inline_fields

from tests.extractors.minutes_run import run


def test_record_title_under_a_site_menu_is_minutes() -> None:
    text = ("12.03.2015 - Egelund - Landsbyen ved skoven\n\nGå til indhold\n\nHoved menu:\n\n"
            "Landsbyrådet > Referater\n\nUdskriv siden\n\nReferat fra Landsbyrådets møde 12. marts 2015\n\n"
            "1. Godkendelse af referat fra sidste møde.\nGodkendt.\n\n2. Stisystemet ved søen.\n"
            "Kasper Lind undersøger, om kommunen vil betale for grus.\n")
    assert _dated_record_title(text)
    assert classify(text) == "minutes"
    doc = socdoc.extract(text)
    assert doc.meeting is not None and doc.meeting.date is not None
    assert doc.meeting.date.isoformat() == "2015-03-12"


def test_a_news_page_under_a_menu_is_no_record() -> None:
    text = ("Gå til indhold\n\nHoved menu:\n\nNyheder > Lokalt\n\nUdskriv siden\n\n"
            "Referatet fra mødet 12. marts 2015 viste stor uenighed om stierne ved søen.\n")
    assert not _dated_record_title(text)


_KIND_COLUMN = """Skolebestyrelsesmøde den 7. september 2022 kl. 17.00-19.00

Deltagere:

Mona Vestergaard, Tobias Krogh, Lise Dahl Nygaard, Ahmad Rasul

Pkt. 1

Godkendelse af dagsorden

17.00-17.05

Beslut

Godkendt

Pkt. 2

Principper for lejrskoler

17.05-17.40

Drøft

Principperne drøftet

Pkt. 3

Valg af formand

17.40-17.50

Beslut

Tobias Krogh vælges som formand
"""


def test_kind_column_of_an_item_table_is_no_decision() -> None:
    found = {d.item: (d.outcome, d.text) for d in run(_KIND_COLUMN).decisions}
    assert found[1] == ("approved", "Godkendt")
    assert found[2] == ("discussed", "Principperne drøftet")
    assert found[3][1] == "Tobias Krogh vælges som formand"


_FIRST_NAME_ABSENCE = """Referat Ældrerådet

Dato 3. april 2019

Fraværende: Afbud Valdemar, Afbud Ingrid

Medlemmer Olga Brink

Valdemar Hjort

Ingrid Lassen

Søren Friis

Helle Birk Madsen

1. Godkendelse af dagsorden
Beslutning: Godkendt.
"""


def test_first_name_absentees_take_the_members_full_names() -> None:
    meeting = run(_FIRST_NAME_ABSENCE).meeting
    assert sorted(meeting.absent) == ["Ingrid Lassen", "Valdemar Hjort"]
    assert {p.name for p in meeting.participants} == {"Olga Brink", "Søren Friis", "Helle Birk Madsen"}


def test_a_first_name_shared_by_two_members_stays_as_written() -> None:
    text = _FIRST_NAME_ABSENCE.replace("Søren Friis", "Valdemar Friis")
    assert "Valdemar" in run(text).meeting.absent


def test_pieces_of_an_absentee_broken_over_a_page_are_dropped() -> None:
    text = ("Referat til Byrådet\n\nMødedato: 5. maj 2014\n\nMedlemmer: Anja Holt, Bent Rye, Lene Sand, Lars Moe\n\n"
            "Afbud: Anja Holt, Lars Moe\n\n"
            "1. Godkendelse af dagsorden\n\nAfbud: Anja Holt, Lars\n\nMoe\n\nBeslutning: Godkendt.\n")
    absent = run(text).meeting.absent
    assert "Lars" not in absent and "Moe" not in absent
    assert {"Anja Holt", "Lars Moe"} <= set(absent)


def test_committee_name_after_time_labels_without_values() -> None:
    line = ("1 MØDESTED: MØDEDATO: Rådhuset, Mødesal 2 REFERAT MØDETIDSPUNKT: MØDET HÆVET: "
            "Underudvalg for Trafik Deltagere: Karen Bøgh, Niels Ravn, Ulla Skov Fraværende: Niels Ravn")
    bodies = [f.text for f in inline_fields(line, 0) if f.kind == "body"]
    assert bodies == ["Underudvalg for Trafik"]


def test_no_body_from_a_time_label_followed_by_a_sentence() -> None:
    line = ("1 MØDESTED: MØDEDATO: Rådhuset, Mødesal 2 REFERAT MØDETIDSPUNKT: MØDET HÆVET: "
            "Mødet blev holdt sammen med udvalget Deltagere: Karen Bøgh, Niels Ravn, Ulla Skov")
    assert not [f for f in inline_fields(line, 0) if f.kind == "body"]


def test_sub_committee_heading_is_the_body() -> None:
    text = ("Referat\n\nUnderudvalget for Kultur\n\nMødedato: 2. februar 2010\n\n"
            "Deltagere: Eva Holm, Bo Dam, Kim Lund\n\n1. Budget\nBeslutning: Godkendt.\n")
    assert socdoc.extract(text).meeting.body == "Underudvalget for Kultur"


def test_an_item_title_naming_a_board_as_its_object_is_no_body() -> None:
    from socdoc.extractors.minutes import _body_as_object

    assert _body_as_object("Repræsentant til bestyrelsen")
    assert _body_as_object("Valg af medlem til ældrerådet")
    assert not _body_as_object("Bestyrelsen for Egelund Boligforening")
    assert not _body_as_object("Børne- og ungeudvalget")
    assert not _body_as_object("Udvalget for Teknik og Miljø")
    text = ("Dagsordenspunkter\n\n  åbent 1 Godkendelse af dagsorden\n"
            "  åbent 2 Skovby Musikskole - Repræsentant til bestyrelsen\n\n"
            "1 Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
    assert run(text).meeting.body != "Repræsentant til bestyrelsen"
