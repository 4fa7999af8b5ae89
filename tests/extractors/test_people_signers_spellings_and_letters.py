"""People: name words broken at a line-end hyphen, a signatory on the greeting's line, the
other name of a pair, a manager's title, a ballot letter after a comma before a verb, and one name
spelt two ways (a letter left out, w for v, a double surname without its hyphen)."""

from __future__ import annotations

from people_run import people


def test_name_word_broken_at_a_line_end_hyphen_is_joined() -> None:
    found = people("Ordet gik til Jesper Kirke- gaard, som fremlagde sagen.", "Jesper Kirke- gaard")
    assert "Jesper Kirkegaard" in found


def test_suspended_compound_is_no_broken_word() -> None:
    found = people("Sagen blev sendt til Plan- og Miljøudvalget.")
    assert not found


def test_signatory_on_the_greetings_own_line() -> None:
    found = people("Tak for et godt samarbejde i året.\n\nMed venlig hilsen Torben Aagaard.\n")
    assert "Torben Aagaard" in found
    assert not people("Tak for i år.\n\nMed venlig hilsen Sekretariatet.\n")


def test_other_name_of_a_pair_joined_by_og() -> None:
    found = people("Der kom spørgsmål fra Birthe Kronborg Mikkelsen og Helle Wibe.", "Helle Wibe")
    assert "Birthe Kronborg Mikkelsen" in found
    found = people("Aftalen blev indgået mellem Helle Wibe og Niels Bohr Instituttet.", "Helle Wibe")
    assert set(found) == {"Helle Wibe"}


def test_manager_title_before_a_name() -> None:
    found = people("Tilskuddet er givet til bestyrer Lissi Damgaard og gælder for huset.")
    assert found["Lissi Damgaard"].role == "bestyrer"


def test_ballot_letter_after_a_comma_before_the_verb() -> None:
    text = "Beslutning\nAnna Brix, C blev foreslået som 1. viceborgmester og Jens Tved, V blev foreslået som 2. viceborgmester."
    found = people(text, "Anna Brix", "Jens Tved")
    assert found["Anna Brix"].party == "C"
    assert found["Jens Tved"].party == "V"
    assert people("Kære Anna Brix, I skal komme i morgen.", "Anna Brix")["Anna Brix"].party is None


def test_one_name_spelt_two_ways_is_one_person() -> None:
    text = ("Til stede var Poul Ludwig Krag og Anne Sejr.\n"
            "Poul Ludvig Krag og Anne Sejr har meldt sig til arbejdsgruppen.")
    found = people(text, "Poul Ludwig Krag", "Poul Ludvig Krag", "Anne Sejr")
    assert "Poul Ludwig Krag" in found and "Poul Ludvig Krag" not in found
    found = people("Til stede var Peter Hansen og Peter Jansen. Begge stemte for.", "Peter Hansen", "Peter Jansen")
    assert "Peter Hansen" in found and "Peter Jansen" in found


def test_double_surname_written_once_without_its_hyphen_is_one_person() -> None:
    text = "Deltagere: Lone Bak-Iversen (A), Ole Krag (V).\n\nPunkt 1. Lone Bak Iversen ønskede en sag på dagsordenen."
    found = people(text, "Lone Bak-Iversen", "Ole Krag", "Lone Bak Iversen")
    assert "Lone Bak-Iversen" in found and "Lone Bak Iversen" not in found
