"""A municipality named as the land over which something is spread ("i hele Nordby Kommune",
"fordelt over hele Nordby Kommune") is a place, also where the same text has the council act. An estate
named after a person ("i Hans Brogesparken") is a place, not a person.

All texts are written for these tests."""

from __future__ import annotations

import socdoc
from entities_run import areas, parties


def test_the_whole_municipality_after_i_is_a_place() -> None:
    text = "Pengene går til en ny klubstruktur i hele Holbæk Kommune.\n"
    assert "Holbæk Kommune" in areas(text)
    assert "Holbæk Kommune" not in parties(text)


def test_spread_over_the_whole_municipality_is_a_place_not_an_actor() -> None:
    text = "Boligselskabet har 40 afdelinger fordelt over hele Randers Kommune.\n"
    assert "Randers Kommune" in areas(text)
    assert "Randers Kommune" not in parties(text)


def test_a_part_of_the_municipality_is_a_place_too() -> None:
    assert "Viborg Kommune" in areas("Der mangler læger i store dele af Viborg Kommune.\n")


def test_an_acting_council_keeps_the_whole_land_as_a_place() -> None:
    record = socdoc.extract(
        "Kerteminde Kommune har regnet på befolkningstallet. De ældre borgere i hele Kerteminde Kommune "
        "skal have en god behandling, siger borgmesteren.\n"
    )
    assert "Kerteminde Kommune" in {p.name for p in record.parties}
    assert "Kerteminde Kommune" in {a.name for a in record.areas}


def test_a_complaint_over_the_council_keeps_it_an_actor() -> None:
    text = "Beboerne klager over Randers Kommune, som ikke har svaret.\n"
    assert "Randers Kommune" not in areas(text)


def test_an_estate_named_after_a_person_is_a_place_not_a_person() -> None:
    record = socdoc.extract("Renoveringen er sket i to blokke i Gellerup og i Hans Brogesparken, så planen er klar.\n")
    assert "Hans Brogesparken" in {a.name for a in record.areas}
    assert "Hans Brogesparken" not in {p.name for p in record.people}


def test_a_surname_that_is_a_place_word_alone_stays_a_person() -> None:
    record = socdoc.extract("Det siger formand Hans Bakken og kasserer Lise Lunden fra foreningen.\n")
    assert {"Hans Bakken", "Lise Lunden"} <= {p.name for p in record.people}


def test_the_council_speaking_as_we_acts() -> None:
    text = "Med tilskuddet vil vi understrege, at vi i Frederikshavn Kommune anerkender foreningernes arbejde.\n"
    assert "Frederikshavn Kommune" in parties(text)
    assert "Aalborg Kommune" not in parties("De ældre i Aalborg Kommune har det godt.\n")
