"""Outcome wordings of decisions: agreement with the proposal, refusals written with "afslå",
and an approval written as "bifaldt"; negations win over their positive form."""

from __future__ import annotations

import pytest

from socdoc.extractors.decisions import classify


@pytest.mark.parametrize("wording, outcome", [
    ("Udvalget var enig i indstillingen.", "approved"),
    ("Bestyrelsen er enige i forslaget om ny åbningstid.", "approved"),
    ("Udvalget var ikke enig i indstillingen.", "rejected"),
    ("Ansøgningen om tilskud blev afslået.", "rejected"),
    ("Udvalget besluttede at afslå ansøgningen.", "rejected"),
    ("Forslaget blev bifaldt af et enigt råd.", "approved"),
    ("Godkendt, dog afslås den del af ansøgningen, der vedrører husleje.", "approved"),
    ("Rådet drøftede sagen og var enig i forslaget.", "approved"),
])
def test_outcome_wordings(wording: str, outcome: str) -> None:
    assert classify(wording) == outcome


def _minutes(items: str):
    from socdoc.extractors import dates
    from socdoc.extractors.minutes import extract_minutes
    from socdoc.normalize import normalize
    raw = "Referat af møde i Seniorrådet 3. april 2023\n\nTilstede: Ole Dam, Karen Bech\n\n" + items
    text = normalize(raw)
    return extract_minutes(text, raw, dates.find_candidates(text))


def test_prose_item_closed_by_the_body_agreeing() -> None:
    """Minutes written as prose: "Der var enighed om …" records what became of the item."""
    result = _minutes(
        "1. Godkendelse af dagsorden.\n\nDagsordenen blev godkendt.\n\n\n"
        "2. Erfaringer fra temadagen.\n\nOle fortalte om dagens forløb og om de mange spørgsmål fra salen. "
        "Lokalet var for lille, og lyden svigtede flere gange. Der var enighed om, at næste temadag holdes i kulturhuset.\n\n\n"
        "3. Eventuelt.\n\nKaren orienterede om sin deltagelse i en konference om demens.\n"
    )
    got = [(d.item, d.outcome, d.text) for d in result.decisions]
    assert got == [(1, "approved", "Dagsordenen blev godkendt."),
                   (2, "other", "Der var enighed om, at næste temadag holdes i kulturhuset."),
                   # a report given to the meeting ("… orienterede om …") is an informative item
                   (3, "other", "Karen orienterede om sin deltagelse i en konference om demens.")]


def test_two_agreements_in_one_item_give_one_decision_the_first() -> None:
    """Each agreement records the meeting's own conclusion; the item's decision is the first."""
    result = _minutes(
        "2. Erfaringer fra temadagen.\n\nDer var enighed om at takke oplægsholderne. Ole gennemgik regnskabet "
        "for dagen. Der var enighed om at holde prisen nede næste gang.\n"
    )
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [
        (2, "other", "Der var enighed om at takke oplægsholderne.")]
