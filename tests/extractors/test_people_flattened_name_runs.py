"""Names of a list that a flattened page ran together without separators: a run of capitalised
words cut where known first names begin."""

from __future__ import annotations

from people_run import people


def test_run_after_an_unlisted_label() -> None:
    found = people("Derudover deltog: Søren Holt Ulla Agger Pernille Vang Bjarne Holm Markussen Lene Stokholm\n")
    assert set(found) == {"Søren Holt", "Ulla Agger", "Pernille Vang", "Bjarne Holm Markussen", "Lene Stokholm"}


def test_run_in_a_sentence_ending_in_the_body_the_last_person_comes_from() -> None:
    found = people("Fra forvaltningen deltog Berit Rosendal Dennis Ohm Signe Hylby Sanne Klink Norddjurs Kommune\n")
    assert {"Berit Rosendal", "Dennis Ohm", "Signe Hylby", "Sanne Klink"} <= set(found)
    assert "Sanne Klink Norddjurs" not in found


def test_run_of_streets_and_places_gives_no_person() -> None:
    found = people("Ruten går ad Hans Tavsens Gade Niels Bohrs Plads Ole Rømers Vej\n")
    assert not any(name.startswith(("Niels", "Ole")) for name in found)
