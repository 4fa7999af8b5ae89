"""Yearly amounts: an amount that opens its sentence, a word of approximation after the yearly noun, and the
next amount of a list told apart by years."""

from __future__ import annotations

import pytest

from socdoc.extractors.amounts import find_amounts

CASES = [
    # the amount first, then verb and subject, then the adverb
    ("24 millioner afsætter regionen årligt til en ny psykiatriplan.", [(24_000_000, True)]),
    ("Psykiatri. 3,5 mio. kr. bruger kommunen om året på kurser.", [(3_500_000, True)]),
    # not when the adverb belongs to a later amount of the same sentence
    ("5 mio. kr. går til skolerne og 2 mio. kr. årligt til klubberne.", [(5_000_000, False), (2_000_000, True)]),
    # not when the amount is inside its sentence
    ("Kommunen giver 2 mio. kr. til projektet, som løber årligt i fem år.", [(2_000_000, False)]),
    # a word of approximation between the yearly noun's link and the amount
    ("Beregningerne viser, at det årlige løft på godt en milliard kroner kommer fra satspuljen.",
     [(1_000_000_000, True)]),
    ("Der er en årlig ramme på omkring 2 mio. kr. til formålet.", [(2_000_000, True)]),
    # a list told apart by years shares the yearly reading
    ("Aftalen giver en årlig ramme på 344 mio. kr. i 2022 og 371 mio. kr. fra 2023 og frem.",
     [(344_000_000, True), (371_000_000, True)]),
    # what is saved, pooled or raised each year is no yearly amount by the schema's phrases (the golds agree)
    ("Aftalen giver en årlig besparelse på 344 mio. kr. i 2022 og 371 mio. kr. fra 2023 og frem.",
     [(344_000_000, False), (371_000_000, False)]),
    ("Klubhuspuljen er en årlig pulje på omkring seks millioner kroner.", [(6_000_000, False)]),
    ("Det svarer til en årlig stigning på ca. 200.000 kr. i driftsbudgettet.", [(200_000, False)]),
    ("Kommunen sparer 775.000 kr. årligt på varmen.", [(775_000, True)]),
    # but a list by years is not yearly without a yearly word
    ("Projektet koster 3 mio. kr. i 2022 og 4 mio. kr. i 2023.", [(3_000_000, False), (4_000_000, False)]),
    # "hvert år" does not make an amount yearly (the schema's rule)
    ("Der er afsat 50 mio. kr. hvert år frem til 2015.", [(50_000_000, False)]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_per_year(text: str, expected: list[tuple[int, bool]]) -> None:
    assert [(a.value, a.per_year) for a in find_amounts(text)] == expected
