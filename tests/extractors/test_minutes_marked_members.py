"""A members table flattened into one line with each member's attendance mark after the name: an "X" in
the "Deltog" column ("Medlemmer Deltog Eva Holm (A) X …") or the words "deltog" / "var fraværende". The
marks decide who took part and who was away."""

from __future__ import annotations

import socdoc
from socdoc.extractors.minutes_inline import marked_members_list

X_TABLE = (
    "1 Byrådet BESLUTNINGSPROTOKOL Møde nr. : 04/2013 Sted : Rådhuset i Nordby Dato : 12. marts 2013 "
    "Medlemmer Deltog Medlemmer Deltog Eva Holm (borgmester) (A) X Bo Dam (V) X Kim S. Lund (C) X "
    "Lise Krogh (Løsgænger) X Per Bach (O) X Nordby Kommune\n\n"
    "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
)

WORD_MARKS = (
    "Byrådet\n\nProtokol\n\n12-03-2013 kl. 17:00 Byrådssalen\n\n"
    "Medlemmer Eva Holm deltog Bo Dam deltog Anne la Cour deltog Kim Lund var fraværende\n\n"
    "Derudover deltog: Søren Vang Lise Bech\n\n"
    "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
)


def test_x_marks_give_the_participants_with_their_party_letters() -> None:
    meeting = socdoc.extract(X_TABLE).meeting
    assert [(p.name, p.party) for p in meeting.participants] == [
        ("Eva Holm", "A"), ("Bo Dam", "V"), ("Kim S. Lund", "C"), ("Lise Krogh", None), ("Per Bach", "O")]


def test_word_marks_give_participants_and_absentees() -> None:
    meeting = socdoc.extract(WORD_MARKS).meeting
    assert [p.name for p in meeting.participants] == ["Eva Holm", "Bo Dam", "Anne la Cour"]
    assert meeting.absent == ["Kim Lund"]


def test_fewer_than_three_marked_members_are_no_table() -> None:
    assert marked_members_list("Medlemmer Eva Holm deltog Bo Dam deltog", 0) == []


def test_marked_entries_keep_their_offsets() -> None:
    line = "Medlemmer Deltog Eva Holm (A) X Bo Dam (V) X Kim Lund (C) X"
    fields = marked_members_list(line, 100)
    assert [line[f.start - 100:f.end - 100] for f in fields] == ["Eva Holm (A)", "Bo Dam (V)", "Kim Lund (C)"]


def test_a_member_marked_with_a_capitalised_afbud_is_absent_and_the_table_goes_on() -> None:
    line = "Medlemmer Deltog Eva Holm (A) x Bo Dam (V) x Kim Lund (C) Afbud Lise Krogh (V) x Per Bach (O) x"
    fields = marked_members_list(line, 0)
    assert [(f.kind, f.text) for f in fields] == [
        ("participants", "Eva Holm (A)"), ("participants", "Bo Dam (V)"), ("absent", "Kim Lund (C)"),
        ("participants", "Lise Krogh (V)"), ("participants", "Per Bach (O)")]
