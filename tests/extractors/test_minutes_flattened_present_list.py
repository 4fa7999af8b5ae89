"""Minutes: a flattened "Tilstedeværende:" list of members, each with a party letter (or the word for a
member of no party) and a role, read as the participants."""

from __future__ import annotations

import socdoc

TEXT = (
    "Referat af Erhvervsudvalgets møde den kl. 13:00 i Mødelokale 3\n\n"
    "1 Referat af Erhvervsudvalgets møde den kl. 13:00 i Mødelokale 3 Tilstedeværende: Mads Holm (C) formand "
    "Eva B. Lund (O) udvalgsmedlem Ali Ünal (A) udvalgsmedlem René Dam (Løsgænger) næstformand Trine Vang (V) "
    "udvalgsmedlem Punkter på åben dagsorden 13. Godkendelse af dagsorden 14. Temamøde om flygtninge\n\n"
    "2 13. Godkendelse af dagsorden Beslutning Godkendt. Side 1\n"
)


def test_every_member_of_the_flattened_list_is_a_participant() -> None:
    meeting = socdoc.extract(TEXT).meeting
    assert meeting is not None
    assert [(a.name, a.party) for a in meeting.participants] == [
        ("Mads Holm", "C"), ("Eva B. Lund", "O"), ("Ali Ünal", "A"), ("René Dam", None), ("Trine Vang", "V")]


def test_the_role_after_the_independents_bracket_is_theirs() -> None:
    roles = {p.name: p.role for p in socdoc.extract(TEXT).people}
    assert roles["René Dam"] == "næstformand"
    assert roles["Mads Holm"] == "formand"


def test_a_dashed_note_in_brackets_after_the_place_is_no_part_of_it() -> None:
    text = ("Referat\nØkonomiudvalget\nDato: 13. august 2019\nSted: Mødelokale 1, forhallen - (EX. møde)\n\n"
            "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    meeting = socdoc.extract(text).meeting
    assert meeting is not None and meeting.location == "Mødelokale 1, forhallen"
