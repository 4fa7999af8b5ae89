"""A party's word broken by a stray hyphen inside a list of parties ("Socialistisk Folkepar-ti") is written
whole where the whole is a word and its pieces are not all words; a compound of words keeps its hyphen. A
place named with a shortened first word keeps it ("Skt. Klemensparken", "Kgs. Lyngby"), and so does a
body named after it ("Kgs. Enghave Lokaludvalg"); a pool of money ("Værdighedsmilliarden") is no party. A
year and month before an amount ("2020-09 122,5 millioner") start no number written with spaces.

All texts are written for these tests."""

from __future__ import annotations

from entities_run import areas, parties


def test_a_broken_word_in_a_list_of_parties_is_written_whole() -> None:
    text = "Venstre, Dansk Folkeparti, Socialistisk Folkepar-ti og Radikale Venstre står bag budgetaftalen.\n"
    found = parties(text)
    assert "Socialistisk Folkeparti" in found
    assert "Socialistisk Folkepar-ti" not in found


def test_a_compound_of_two_words_keeps_its_hyphen() -> None:
    assert "Nordea-fonden" in parties("Nordea-fonden har givet penge til projektet.\n")


def test_a_place_named_after_a_saint_keeps_the_saint() -> None:
    found = areas("Beboerne i Skt. Klemensparken har fået en ny helhedsplan.\n")
    assert "Skt. Klemensparken" in found
    assert "Klemensparken" not in found


def test_a_shortened_first_word_stays_in_a_place_and_a_body_named_after_it() -> None:
    assert "Kgs. Lyngby" in areas("Borgere i Kgs. Lyngby er glade for den nye sti.\n")
    assert "Kgs. Enghave Lokaludvalg" in parties("Kgs. Enghave Lokaludvalg har besluttet at støtte projektet.\n")


def test_a_money_pool_is_no_party() -> None:
    assert "Værdighedsmilliarden" not in parties("Forløbet blev gennemført for midler fra Værdighedsmilliarden.\n")


def test_a_year_month_before_an_amount_makes_no_range() -> None:
    import socdoc

    record = socdoc.extract(" date 2020-09 122,5 millioner kroner.\n\nDer er afsat 1 250 000 kr. til projektet.\n")
    assert [(a.value, a.low, a.high) for a in record.amounts] == [(122500000, None, None), (1250000, None, None)]
