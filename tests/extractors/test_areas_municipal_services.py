"""Areas: a town's name before "kommunale" names the municipality's own service ("Nordby kommunale
skolevæsen"), not the place; the same town named as a place elsewhere stays an area."""

from __future__ import annotations

import socdoc


def areas(text: str) -> list[str]:
    return [a.name for a in socdoc.extract(text).areas]


def test_town_before_kommunale_is_no_area() -> None:
    text = "Punkt 7: Ændring af bilag til styrelsesvedtægt for Vestby kommunale skolevæsen. Godkendt."
    assert "Vestby" not in areas(text)


def test_the_town_as_a_place_is_still_an_area() -> None:
    text = ("Punkt 7: Ændring af bilag til styrelsesvedtægt for Vestby kommunale skolevæsen. Godkendt.\n"
            "Punkt 8: Ny skole i Vestby. Godkendt.")
    assert "Vestby" in areas(text)
