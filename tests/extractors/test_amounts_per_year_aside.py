"""A yearly cue after an aside that interrupts the amount: "8 mio. kr. – måske endnu flere – om året".
Texts written for these tests."""

from __future__ import annotations

import pytest

from socdoc.extractors.amounts import find_amounts

CASES = [
    ("Kan kommunen fortsat bruge otte millioner kroner – og måske nogle flere – om året på nye stier?",
     [(8_000_000, True)]),
    ("Foreningen får 150.000 kr. (før moms) om året til drift af klubhuset.", [(150_000, True)]),
    # without the yearly cue the aside changes nothing
    ("Byggeriet koster 40 mio. kr. – hvis tidsplanen holder – og står færdigt til sommer.", [(40_000_000, False)]),
    # a dash that opens a new clause is no aside
    ("Projektet får 2 mio. kr. – pengene udbetales i to rater, og resten følger årligt.", [(2_000_000, False)]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_yearly_cue_after_an_aside(text: str, expected: list[tuple[int, bool]]) -> None:
    assert [(a.value, a.per_year) for a in find_amounts(text)] == expected
