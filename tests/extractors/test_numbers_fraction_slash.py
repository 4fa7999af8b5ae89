"""A fraction a PDF sets with the fraction slash, run onto the whole number ("11⁄2" is 1½)."""

from socdoc.extractors.amounts import find_amounts
from socdoc.extractors.numbers import parse_number


def test_a_fraction_set_with_a_fraction_slash_reads_as_a_half() -> None:
    assert parse_number("31⁄2") == 3.5
    (amount,) = find_amounts("Staten lægger 11⁄2 milliard kroner oveni.")
    assert amount.value == 1_500_000_000
