"""Areas: a road's name written straight before the town it runs through ("i Østergade Hobro")."""

from __future__ import annotations

import socdoc


def areas(text: str) -> list[str]:
    """The areas of the whole pipeline: the road-and-town span comes from the model's place tags."""
    return [a.name for a in socdoc.extract(text).areas]


def test_road_glued_before_town_gives_the_town() -> None:
    text = "Der var drøftelse af belægningsarbejder i Østergade Hobro.\n"
    assert areas(text) == ["Hobro"]


def test_road_glued_before_another_town_gives_that_town() -> None:
    text = "Der var dialog om udgifterne til belægning i Vestergade Skive.\n"
    assert areas(text) == ["Skive"]


def test_town_alone_is_unchanged() -> None:
    text = "Der var dialog om udgifterne til belægning i Skive.\n"
    assert areas(text) == ["Skive"]
