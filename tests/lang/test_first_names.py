"""The first-name lists: the residents' list (first names of people living in Denmark beyond the
Danish and neighbours' lists) and what it lets the people extractor read."""

from __future__ import annotations

import pytest

import socdoc
from socdoc.lang.da import first_name_words, read_word_list


def test_residents_names_are_known_first_names() -> None:
    names = first_name_words()
    for name in ("Estrid", "Povl", "Laurids", "Sisse", "Hamza", "Youssef"):
        assert name in names


@pytest.mark.parametrize("word", ["Chr", "Ankjær", "Lindhardt", "Andre", "Gul", "Vejle"])
def test_residents_list_leaves_out_abbreviations_surnames_common_words_and_places(word: str) -> None:
    assert word not in read_word_list("first_names_residents.txt")


def test_residents_list_holds_no_name_of_the_other_lists() -> None:
    residents = set(read_word_list("first_names_residents.txt"))
    others = set(read_word_list("first_names.txt")) | set(read_word_list("first_names_neighbours.txt"))
    assert residents and not residents & others


def test_member_list_by_municipality_reads_residents_first_names() -> None:
    # "<municipality> <person>" pairs run together: a member is found where a known first name begins
    text = (
        "Deltagere: Assens Kommune Lone Akselsen, Vejen Kommune Povl Kylling Andersen, "
        "Faaborg-Midtfyn Kommune Laurids Sønderby, Tønder Kommune Erik Buhl Nielsen\n"
    )
    names = {p.name for p in socdoc.extract(text).people}
    assert {"Povl Kylling Andersen", "Laurids Sønderby", "Lone Akselsen", "Erik Buhl Nielsen"} <= names
