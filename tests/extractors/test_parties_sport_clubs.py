"""Parties: local sports clubs named by their place and a sport ("Nordby Bokseklub", "Vestby Pigefodbold")."""

from __future__ import annotations

from entity_views import party_names as parties


def test_boxing_club_applying_in_agenda_title() -> None:
    text = "7 Godkendelse af referat\n8 Ansøgning fra Nordby Bokseklub om tilskud til et stævne\n9 Eventuelt\n"
    assert "Nordby Bokseklub" in parties(text)


def test_fitness_club_in_run_on_title_list() -> None:
    text = "Til orientering - Dopingsag i Sydby Motionsklub Til orientering - Cykeldag i kommunen\n"
    assert "Sydby Motionsklub" in parties(text)


def test_football_club_writing_to_the_council() -> None:
    text = "Meddelelser:\n  - Brev fra Vestby Pigefodbold til byrådet om nye baner\n"
    assert "Vestby Pigefodbold" in parties(text)


def test_football_club_after_its_sports_association_lead() -> None:
    text = "Repræsentanter fra Nordby Idrætsråd og IF Østby Fodbold holdt oplæg for udvalget om kunstgræs.\n"
    assert "IF Østby Fodbold" in parties(text)
    assert "IF Østby" not in parties(text)


def test_the_game_itself_is_no_party() -> None:
    text = "Eleverne spillede Fodbold på den nye bane bag skolen hele eftermiddagen.\n"
    assert parties(text) == []
