"""Hundreds written in words: a counted hundred is its multiple ("tre hundrede millioner kroner" is 300
million), and a vague count of hundreds ("flere hundrede millioner kroner", "nogle hundrede tusinde kroner")
is no sum to record."""

import pytest

from socdoc.extractors.amounts import find_amounts


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Renoveringen af Nordparken koster tre hundrede millioner kroner.", [300_000_000]),
        ("Foreningen fik to hundrede tusinde kroner fra puljen.", [200_000]),
        ("Kommunen lægger hundrede millioner kroner i boligområdet.", [100_000_000]),
    ],
)
def test_counted_hundreds(text: str, values: list[int]) -> None:
    assert [a.value for a in find_amounts(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "Nu skal der bruges flere hundrede millioner kroner på at forbedre Nordparken.",
        "Projektet har kostet nogle hundrede tusinde kroner i konsulenthjælp.",
        "Kommunerne skal spare mange hundrede millioner kroner de næste år.",
    ],
)
def test_vague_hundreds_are_no_amount(text: str) -> None:
    assert find_amounts(text) == []


def test_a_figure_after_a_vague_word_still_counts() -> None:
    # "flere end 100 millioner kroner": the figure is given, the comparison is the sentence's
    assert [a.value for a in find_amounts("Der er brugt flere end 100 millioner kroner.")] == [100_000_000]
