"""Party-letter families: bare ballot letters after the names of a flattened list line, and a local
list's own letter in brackets among member rows that carry known party letters."""

from __future__ import annotations

from people_run import people


# --- bare letters after names on a flattened line ---------------------------------------------------

def test_bare_letters_after_names_on_a_flattened_attendance_line():
    text = ("Referat Kommunalbestyrelsen Mødedato 3. maj 2011 Fraværende Hans Kjær V og Lone Bak A, "
            "stedfortrædere Tom Vind V, og Jens Brask A, deltog i hele mødet.")
    found = people(text, "Hans Kjær", "Lone Bak", "Tom Vind", "Jens Brask")
    assert {n: p.party for n, p in found.items()} == {
        "Hans Kjær": "V", "Lone Bak": "A", "Tom Vind": "V", "Jens Brask": "A"}
    assert found["Jens Brask"].role == "stedfortræder"


def test_a_lone_capital_after_one_name_is_no_party_letter():
    text = "Mødet blev ledet af Eva Holm og Bo Dam A, som havde forberedt sagerne."
    found = people(text, "Eva Holm", "Bo Dam")
    assert found["Bo Dam"].party is None


# --- a local list's own letter among lettered rows ----------------------------------------------------

def test_unknown_letters_in_brackets_among_member_rows_with_known_letters():
    text = ("Medlemmer\n\n  • Karin Holt (A)\n  • Jens Bruun (V)\n  • Samir Aziz (NL)\n  • Lise Vang (O)\n"
            "  • Per Toft (F)\n")
    found = people(text, "Karin Holt", "Jens Bruun", "Samir Aziz", "Lise Vang", "Per Toft")
    assert found["Samir Aziz"].party == "NL"


def test_initials_in_brackets_are_no_party_letter():
    text = "Til stede:\n• Karin Holt (KH)\n• Jens Bruun (A)\n• Lise Vang (O)\n• Per Toft (F)\n"
    found = people(text, "Karin Holt", "Jens Bruun", "Lise Vang", "Per Toft")
    assert found["Karin Holt"].party is None


def test_unknown_letters_without_lettered_rows_around_are_no_party():
    text = "Til stede:\n• Karin Holt (NL)\n• Jens Bruun\n• Lise Vang\n"
    found = people(text, "Karin Holt", "Jens Bruun", "Lise Vang")
    assert found["Karin Holt"].party is None
