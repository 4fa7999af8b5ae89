"""The header of minutes that a document viewer's transcript runs into one line: a room label after the place
it lies in ("… i Parkskolen Lokale 12 Åbent møde Tilstede …") or after "i" ("… i Mødelokale 2 …"), and a staff
label ("Sekretær", "Referent") after an empty absence label. Texts written for these tests."""

from __future__ import annotations

from minutes_run import run

PLACE_THEN_ROOM = (
    "Socialudvalget mandag den 8. marts 2010, kl. 15:00 i Østerskolen Lokale 12\n\n"
    "1 Socialudvalget mandag den 8. marts 2010, kl. 15:00 i Østerskolen Lokale 12 Åbent møde Tilstede Ulla Berg (A) "
    "- formand Jens Kofoed (V) Mette Lind (F) Afbud/Fraværende Sekretær Anders Vind INDHOLDSFORTEGNELSE Åbent møde "
    "1... Meddelelser 2... Ny handicappolitik\n"
)

ROOM_AFTER_I = (
    "Miljøudvalget torsdag den 2. juni 2011, kl. 16:30 i Mødelokale 3\n\n"
    "1 Miljøudvalget torsdag den 2. juni 2011, kl. 16:30 i Mødelokale 3 Åbent møde Tilstede Ib Lund (C) - formand "
    "Hanne Moos (A) Peter Bak (V) Afbud Lis Holm (A) INDHOLDSFORTEGNELSE Åbent møde 1... Affaldsplan\n"
)


def test_room_label_after_its_place_belongs_to_the_place():
    assert run(PLACE_THEN_ROOM).meeting.location == "Østerskolen Lokale 12"


def test_room_label_after_i_is_the_place():
    assert run(ROOM_AFTER_I).meeting.location == "Mødelokale 3"


def test_secretary_label_after_an_empty_absence_label_is_not_an_absentee():
    meeting = run(PLACE_THEN_ROOM).meeting
    assert meeting.absent == []
    assert [p.name for p in meeting.participants] == ["Ulla Berg", "Jens Kofoed", "Mette Lind"]


def test_absentee_after_the_absence_label_is_kept():
    assert run(ROOM_AFTER_I).meeting.absent == ["Lis Holm"]


OPEN_MEETING_FOR = (
    "Åbent møde for Teknikudvalgets møde den 3. maj 2012 kl. 15:00 i Rådhusets mødesal\n\n"
    "1 Åbent møde for Teknikudvalgets møde den 3. maj 2012 kl. 15:00 i Rådhusets mødesal\n"
    "2 Indholdsfortegnelse 001. Vejplan 2012 002. Salg af byggegrund Medlemmer Ole Bang (V) Eva Sund (A)\n"
)


def test_open_meeting_for_a_committee_names_the_committee():
    assert run(OPEN_MEETING_FOR).meeting.body == "Teknikudvalget"
