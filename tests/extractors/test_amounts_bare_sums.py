"""A sum its money noun names, written without a currency ("en samlet ramme på 4.356.200 til …")."""

import pytest

from socdoc.extractors.amounts import find_amounts


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Udvalget fordeler en samlet ramme på 4.356.200 til foreningerne i år.", [4_356_200]),
        ("Tidligere blev der bevilget et beløb på 187.500.", [187_500]),
        ("Huslejen på 6.250 betales månedligt.", []),  # "betales" follows: not a closing word
        ("Vi har en ramme på 1.500 timer til rådighed.", []),  # hours, not kroner
        ("Alle beløb i 1.000 kr. Tillægsbevillingen på 3.400 til skolerne godkendes.", []),  # figures in thousands
        ("Tilskuddet på 2021 kr. udbetales.", [2021]),  # a currency: the ordinary shape
    ],
)
def test_a_sum_named_by_its_money_noun_needs_no_currency(text: str, values: list[int]) -> None:
    assert [a.value for a in find_amounts(text)] == values
