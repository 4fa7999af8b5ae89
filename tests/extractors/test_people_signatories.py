"""Signatories on the first written line after a closing greeting, and page labels that name a role."""

from __future__ import annotations

from people_run import people


def test_names_after_greeting_joined_by_slash() -> None:
    text = "Vi ser frem til et godt samarbejde.\n\nMed venlig hilsen\n\n \n\nGorm Lykke / Sidsel Andkjær\n\nLæs mere"
    found = people(text)
    assert "Gorm Lykke" in found and "Sidsel Andkjær" in found


def test_names_after_greeting_set_apart_by_wide_spaces() -> None:
    text = "Venlig hilsen\n\nTorben Holst Vad          Iben Skovgaard\n"
    found = people(text)
    assert "Torben Holst Vad" in found and "Iben Skovgaard" in found


def test_greeting_before_an_organisation_gives_no_person() -> None:
    assert not people("Med venlig hilsen\n\nBoligselskabet Fjordparken\n")


def test_greeting_before_a_mixed_line_gives_no_person() -> None:
    assert not people("Med venlig hilsen\nSekretariatet for Lokalrådet, Kim Larsen Vej 4\n")


def test_page_owner_label() -> None:
    found = people("Oprettet: 02.03.2021\n\nSideansvarlig: Vibeke Nørskov\n")
    assert found["Vibeke Nørskov"].role == "sideansvarlig"
