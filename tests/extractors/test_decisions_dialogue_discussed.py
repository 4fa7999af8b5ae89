"""A committee that "had a dialogue/discussion with or about" something under an item: the item was
discussed; a stronger outcome in the same sentence still wins, and a dialogue merely existing is none.
A record that opens with the bare participle "Orienteret (om …)" says the meeting was informed: noted."""

from __future__ import annotations

import pytest

from socdoc.extractors import decisions as dec


@pytest.mark.parametrize("text", [
    "Kultur- og Fritidsudvalget havde dialog med Ungdomshuset Fabrikken.",
    "Udvalget havde en god dialog med repræsentanterne for skolebestyrelsen.",
    "Rådet havde en længere drøftelse om den nye trafikplan.",
    "Bestyrelsen havde en kort debat om lejligheden i stueetagen.",
])
def test_dialogue_held_is_discussed(text: str) -> None:
    assert dec.classify(text) == "discussed"


def test_stronger_outcome_wins() -> None:
    assert dec.classify("Udvalget havde en grundig drøftelse om planen og godkendte den.") == "approved"


def test_dialogue_that_merely_exists_is_no_outcome() -> None:
    assert dec.classify("Der er løbende dialog med kommunen om parkeringen.") == "other"


@pytest.mark.parametrize("text", [
    "Orienteret om, at seminaret den 4. april er aflyst.",
    "Orienteret om status på helhedsplanen.",
    "Orienteret.",
])
def test_elliptical_informed_record_is_noted(text: str) -> None:
    assert dec.classify(text) == "noted"


@pytest.mark.parametrize("text", [
    "Naboerne er ikke orienteret om byggeriet.",
    "Formanden orienterede om mødet med borgmesteren.",
])
def test_informed_inside_a_sentence_is_no_record(text: str) -> None:
    assert dec.classify(text) == "other"


def test_a_dialogue_we_got_stays_the_boards_own_voice() -> None:
    assert dec.classify("Vi fik en god dialog med beboerne om affaldssorteringen.") == "other"
