"""Number words listed before an amount share its unit ("henholdsvis fire og tre millioner kroner")."""

import pytest

from socdoc.extractors.amounts import find_amounts


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Puljen og fonden giver henholdsvis fire og tre millioner kroner til byggeriet.", [4_000_000, 3_000_000]),
        ("Kommunerne får otte, fem og to mio. kr. hver.", [8_000_000, 5_000_000, 2_000_000]),
        # "mellem" makes a range, not a list; an article is no count of its own
        ("Prisen bliver mellem to og tre millioner kroner.", [3_000_000]),
        ("Der er sat en og to millioner kroner af.", [2_000_000]),
    ],
)
def test_number_words_listed_before_an_amount_share_its_unit(text: str, values: list[int]) -> None:
    assert [a.value for a in find_amounts(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Det kan være en bil til 500.000 eller 1.000.000 kroner.", [500_000, 1_000_000]),
        ("Hvert projekt kan få to eller tre millioner kroner.", [2_000_000, 3_000_000]),
    ],
)
def test_alternatives_before_an_amount_share_its_unit(text: str, values: list[int]) -> None:
    assert [a.value for a in find_amounts(text)] == values
