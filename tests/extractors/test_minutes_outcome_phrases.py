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
