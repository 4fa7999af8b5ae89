"""People: a role whose link is a national party gives its holder that party ("Gruppeformand for Venstre
(V) Bo Dam"), as in the contact lists under press releases; a party without its letter or a link to anything else gives none."""

from __future__ import annotations

from socdoc.extractors.people import find_people
from socdoc.normalize import normalize


def people(text: str):
    return {p.name: p for p in find_people(normalize(text), text)}


def test_party_and_letter_between_role_and_name() -> None:
    text = ("Yderligere oplysninger:\n\n"
            " • Gruppeformand for Dansk Folkeparti (O) Malene Torpgaard,\n  telefon 11 22 33 44\n"
            " • Byrådsmedlem for Enhedslisten (Ø) Kasper Vindahl,\n  telefon 55 66 77 88\n")
    found = people(text)
    assert found["Malene Torpgaard"].party == "O"
    assert found["Malene Torpgaard"].role == "gruppeformand"
    assert found["Kasper Vindahl"].party == "Ø"


def test_party_written_out_without_letter_gives_no_letter() -> None:
    found = people("Det oplyser gruppeformand for Socialdemokratiet Henrik Brobjerg i en kommentar.")
    assert found["Henrik Brobjerg"].party is None


def test_link_to_other_body_gives_no_party() -> None:
    found = people("Det oplyser formand for Nordby Grundejerforening Henrik Brobjerg i en kommentar.")
    assert found["Henrik Brobjerg"].party is None


def test_another_partys_letter_gives_no_party() -> None:
    found = people("Kontakt gruppeformand for Venstre (A) Henrik Brobjerg på telefon.")
    assert found.get("Henrik Brobjerg") is None or found["Henrik Brobjerg"].party is None
