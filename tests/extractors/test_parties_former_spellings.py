"""Parties: a municipality written in its former spelling ("Århus Kommune", before 2011) keeps it, unless the
text also writes the official one ("Aarhus Kommune"); a name in capitals is not kept in capitals."""

from __future__ import annotations

import socdoc


def parties(text: str) -> list[str]:
    return [p.name for p in socdoc.extract(text).parties]


def test_former_spelling_is_kept() -> None:
    assert parties("Århus Kommune har bevilget 2 mio. kr. til projektet.") == ["Århus Kommune"]


def test_official_spelling_in_the_same_text_wins() -> None:
    text = "Århus Kommune deltager med projektet Fritidsjob. Aarhus Kommune har bevilget 2 mio. kr. til det."
    assert parties(text) == ["Aarhus Kommune"]


def test_capitals_are_not_a_spelling() -> None:
    assert parties("SKIVE KOMMUNE\n\nSkive Kommune har bevilget 2 mio. kr. til projektet.") == ["Skive Kommune"]
