"""Focus areas quoted right after a definite list noun, and counted lists whose items carry notes."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


def test_quoted_items_after_definite_noun() -> None:
    text = ("Fonden har bevilget en ny boligsocial helhedsplan for Skovbakken. Parterne vil arbejde med "
            "indsatsområderne “Job og uddannelse”, “Familier og fællesskab” og “Sundhed og tryghed”.")
    assert focus(text) == ["Job og uddannelse", "Familier og fællesskab", "Sundhed og tryghed"]


def test_single_quoted_title_after_noun_is_no_list() -> None:
    text = "Læs mere om fokusområderne i rapporten “Et godt liv i Egelund” fra sidste år."
    assert focus(text) == []


def test_counted_items_with_amount_notes() -> None:
    text = ("I år er midlerne fordelt på tre indsatsområder: Demens-puljen (12,5 mio. kr.), "
            "Rehabiliteringspuljen (8 mio. kr.) og sundhedspuljen (4,5 mio. kr.). Ansøgningsfristen er 1. marts.")
    assert focus(text) == ["Demens-puljen", "Rehabiliteringspuljen", "sundhedspuljen"]


def test_count_splits_lowercase_last_item() -> None:
    text = "Udvalget prioriterer tre indsatsområder: Natur-puljen, Kultur-puljen og idrætspuljen."
    assert focus(text) == ["Natur-puljen", "Kultur-puljen", "idrætspuljen"]


def test_capitals_still_join_items_without_count() -> None:
    text = "Strategien har fokusområderne Trivsel, Læring og fællesskab samt Sundhed."
    assert "Læring og fællesskab" in focus(text)
