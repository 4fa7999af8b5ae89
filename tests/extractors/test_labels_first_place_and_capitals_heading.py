"""A flattened minutes header with its labels first and the values after them: a place written as a room, a
comma and a building ("Mødelokale 2, Rådhuset Vest") keeps its building before the members' names, and a heading
in capitals run on after an empty absence label ("Afbud: BESLUTNING I …") names no absentee.

All texts are written for these tests."""

from __future__ import annotations

import socdoc

_HEADER = ("1 Nordby Kommune Åbent Referat til Udvalget for Job og Integration Mødedato: Tirsdag den 4. maj 2021 "
           "Mødetidspunkt: 9:00-11:00 Mødested: Deltagere: Fraværende: Referent: Mødelokale 2, Kildebo "
           "Karen Vestergaard, Ole Brink, Sanne Lykke Mortensen, Anders Holm Ingen Pia Dam\n\n"
           "2 Nordby Kommune Udvalget for Job og Integration Godkendelse af dagsorden Fraværende: Afbud: "
           "BESLUTNING I JOB- OG INTEGRATIONSUDVALGET DEN Godkendt.\n")


def test_a_building_after_the_rooms_comma_stays_in_the_place() -> None:
    meeting = socdoc.extract(_HEADER).meeting
    assert meeting is not None
    assert meeting.location == "Mødelokale 2, Kildebo"
    assert [p.name for p in meeting.participants][:2] == ["Karen Vestergaard", "Ole Brink"]


_CASE_PAGE = ("1 SYDBY KOMMUNE Åbent referat til Job- og Integrationsudvalget Mødedato: Onsdag den 5. maj 2021 "
              "Mødetidspunkt: 15:30 Mødelokale: Medlemmer: Afbud: 112, Mødelokale Rikke Sand, Ole Brink, Sanne Lykke "
              "Mortensen, Anders Holm Ingen\n\n"
              "2 Indholdsfortegnelse Punkter til dagsorden Side 1. Godkendelse af dagsorden Meddelelser Status på "
              "ledigheden ultimo april Eventuelt...5 Bilagsoversigt\n\n"
              "3 Job- og Integrationsudvalget d Godkendelse af dagsorden Åben sag Sagsnr.: 21/1234 Sagsansvarlig: "
              "abc.de Fraværende: Afbud: BESLUTNING I JOB- OG INTEGRATIONSUDVALGET DEN Godkendt. 2\n\n"
              "4 Job- og Integrationsudvalget d Meddelelser Åben sag Sagsnr.: 21/1235 Sagsansvarlig: abc.de "
              "Fraværende: Afbud: RESUMÉ Orientering til udvalget.\n")


def test_a_capitals_heading_after_an_empty_absence_label_is_no_absentee() -> None:
    meeting = socdoc.extract(_CASE_PAGE).meeting
    assert meeting is not None
    assert not any(name.upper().startswith("I ") for name in meeting.absent)
