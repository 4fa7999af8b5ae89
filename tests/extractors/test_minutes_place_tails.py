"""Minutes: a place line that carries more than the place - a clause saying the meeting is held there,
a note on the meeting after a dash, the meeting's number run on after it. Texts written for these tests."""

from __future__ import annotations

from tests.extractors.minutes_run import run

ITEM = "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Eventuelt\nBeslutning\nIntet.\n"


def test_place_line_that_says_the_meeting_is_held_at_a_home() -> None:
    raw = ("Bestyrelsesmøde 4. marts 2021\n\nDagsorden til bestyrelsesmødet 4. marts 2021 kl. 19:00\n\n"
           "Mødet holdes hos Karen, Engtoften 7\n\nTil stede:\nKaren, Poul og Lise" + ITEM)
    assert run(raw).meeting.location == "hos Karen, Engtoften 7"


def test_place_line_that_says_the_meeting_is_held_in_a_room() -> None:
    raw = ("Referat af bestyrelsesmøde\ntirsdag den 9. november 2021 kl. 17.00\n"
           "Mødet afholdes i Fælleshuset, Søndergade 12\n\nTil stede: Eva Holm, Bo Krag og Kim Lund" + ITEM)
    assert run(raw).meeting.location == "Fælleshuset, Søndergade 12"


def test_note_on_the_meeting_after_the_place_and_a_dash() -> None:
    raw = ("Referat\nSkovby Byråd onsdag den 8. september 2021 kl. 16:00\n\n"
           "Rådhuset, Byrådssalen, Torvet 2, 1. sal, 4700 Skovby - det åbne møde begynder kl. 18.00\n" + ITEM)
    assert run(raw).meeting.location == "Rådhuset, Byrådssalen, Torvet 2, 1. sal, 4700 Skovby"


def test_room_after_the_place_and_a_dash_stays() -> None:
    raw = ("Referat af bestyrelsesmøde\nNordskolen - mødelokale 3\ntorsdag den 12. januar 2017 kl. 19.00\n\n"
           "Til stede: Eva Holm, Bo Krag og Kim Lund" + ITEM)
    assert run(raw).meeting.location == "Nordskolen - mødelokale 3"


def test_meeting_number_run_on_after_the_room() -> None:
    raw = ("UDVALGET FOR TRAFIK Onsdag den 3. februar 2010 Kl Amtsgården i Vestby, mødelokale B 2. Møde nr. 4\n\n"
           "Medlemmer: Eva Holm, Bo Krag, Kim Lund" + ITEM)
    assert run(raw).meeting.location == "Amtsgården i Vestby, mødelokale B 2"
