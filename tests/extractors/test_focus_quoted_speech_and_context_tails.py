"""A focus list inside a quotation ends at the closing quotation mark before the speech verb ("…,” udtaler
direktøren"), and a phrase pointing back into the text ("i denne indsats") is no part of the area's name."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


def test_the_speakers_tag_after_a_closing_quote_is_no_item() -> None:
    text = ("– “I Nordby har vi særligt fokus på hjemløshed og ensomhed i denne sociale indsats,” udtaler Eva Holm, "
            "Head of Administration hos Boligselskabet Nordby.")
    assert focus(text) == ["hjemløshed", "ensomhed"]


def test_a_phrase_pointing_back_is_cut_from_the_last_item() -> None:
    text = "Kommunen har særligt fokus på beskæftigelse og tryghed i dette projekt."
    assert focus(text) == ["beskæftigelse", "tryghed"]
