"""Minutes: absentees named one after the other with a note on the item each missed ("… ved sag nr. 4 …")
and no comma between them, in a transcript line that ends with the page's number. Texts written for these tests."""

from __future__ import annotations

from socdoc.extractors.minutes_layout import parse_people
from tests.extractors.minutes_run import run

ITEMS = ("\n\n2 Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Meddelelser Side 2\n\n"
         "3 SAG NR. 1 GODKENDELSE AF DAGSORDEN BESLUTNINGER Godkendt. SAG NR. 2 MEDDELELSER BESLUTNINGER "
         "Taget til efterretning. Side 3\n")


def test_item_notes_end_the_entries() -> None:
    people = parse_people("Eva Holm ved sag nr. 6 Bo Dam fra pkt. 3 Kim Lund", 0)
    assert [p.name for p in people] == ["Eva Holm", "Bo Dam", "Kim Lund"]


def test_item_note_before_a_comma_keeps_the_list() -> None:
    people = parse_people("Eva Holm (A) under punkt 2-3, Bo Dam (V)", 0)
    assert [(p.name, p.party) for p in people] == [("Eva Holm", "A"), ("Bo Dam", "V")]


def test_absentees_with_item_notes_and_the_page_number() -> None:
    raw = ("Transkript\n\n1 BESLUTNINGER UDVALGET FOR TRAFIK Onsdag den 3. februar 2010 Kl Amtsgården, mødelokale 2 "
           "Medlemmer: Eva Holm Bo Dam Kim Lund Lis Berg Anne Krog Fraværende: Bo Dam ved sag nr. 2 "
           "Lis Berg ved sag nr. 2 Anne Krog 1" + ITEMS)
    m = run(raw).meeting
    assert m.absent == ["Bo Dam", "Lis Berg", "Anne Krog"]
    assert [p.name for p in m.participants] == ["Eva Holm", "Kim Lund"]


def test_item_note_cut_off_at_the_line_end() -> None:
    people = parse_people("Eva Holm Bo Dam Kim Lund ved sag nr", 0)
    assert [p.name for p in people] == ["Eva Holm", "Bo Dam", "Kim Lund"]


def test_absentees_whose_item_numbers_the_transcript_lost() -> None:
    raw = ("Transkript\n\n1 BESLUTNINGER UDVALGET FOR TRAFIK Onsdag den 3. februar 2010 Kl Amtsgården, mødelokale 2 "
           "Medlemmer: Eva Holm Bo Dam Kim Lund Lis Berg Anne Krog Fraværende: Bo Dam Lis Berg ved sag nr" + ITEMS)
    m = run(raw).meeting
    assert m.absent == ["Bo Dam", "Lis Berg"]
