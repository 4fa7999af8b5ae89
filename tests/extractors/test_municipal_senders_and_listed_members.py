"""A municipality after "fra" that gives, decides or answers: a sender noun closing a compound
("driftstilskud fra Nordby Kommune"), money ("2 mio. kr. fra …") and "den ansvarlige fra …"; residents
"fra" a municipality leave it a place. And a member written before a municipality in a flattened list
("Eva Lund Svendborg Kommune") keeps the municipality out of the name.

All texts are written for these tests."""

from __future__ import annotations

import socdoc
from entities_run import parties


def test_a_compound_grant_from_a_municipality_names_the_giver() -> None:
    assert "Svendborg Kommune" in parties("Det anførte driftstilskud fra Svendborg Kommune svarer til aftalen.\n")


def test_a_definite_grant_from_a_municipality_names_the_giver() -> None:
    assert "Odense Kommune" in parties("Bevillingen fra Odense Kommune dækker halvdelen af udgifterne.\n")


def test_money_from_a_municipality_names_the_giver() -> None:
    assert "Aarhus Kommune" in parties("Der kommer 2 mio. kr. fra Aarhus Kommune til projektet.\n")


def test_the_one_in_charge_from_a_municipality_names_it() -> None:
    assert "Silkeborg Kommune" in parties("Det er, ifølge den ansvarlige fra Silkeborg Kommune, ikke muligt.\n")


def test_residents_from_a_municipality_leave_it_a_place() -> None:
    assert "Aarhus Kommune" not in parties("Mange borgere fra Aarhus Kommune deltog i mødet.\n")


def test_a_listed_member_before_a_municipality_keeps_the_name_short() -> None:
    text = ("Referat af bestyrelsesmøde\nDato: Torsdag den 28. maj 2015\n\n"
            "Afbud: Flemming Madsen Svendborg Kommune Carl Jørgen Heide Ærø Kommune Kimma V. Thomsen Ærø Kommune\n\n"
            "1. Godkendelse af dagsorden\nGodkendt.\n")
    record = socdoc.extract(text)
    assert record.meeting is not None
    assert record.meeting.absent == ["Flemming Madsen", "Carl Jørgen Heide", "Kimma V. Thomsen"]
    assert not any(p.name.endswith(("Svendborg", "Ærø")) for p in record.people)
