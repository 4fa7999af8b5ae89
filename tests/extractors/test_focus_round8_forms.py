"""Focus areas introduced by forms that recur across publishers (round 8): a sentence of focus whose object
ends its line with a colon over bullets."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


def test_focus_sentence_ending_in_colon_over_bullets() -> None:
    text = ("Kommunen har sat en ny undersøgelse i gang med fokus på de største udfordringer:\n\n"
            "  • Ensomhed blandt ældre.\n  • Mental sundhed\n  • Tryghed i boligområderne\n\n"
            "Resultaterne ventes til foråret.")
    assert focus(text) == ["Ensomhed blandt ældre", "Mental sundhed", "Tryghed i boligområderne"]


def test_activities_with_their_kinds_after_herunder() -> None:
    text = ("Fonden støtter en række projekter med fokus på en række aktiviteter, herunder:\n\n"
            "- Lektiehjælp og uddannelse\n- Sundhed og bevægelse\n- Fællesskaber, der samler beboerne på tværs\n")
    assert focus(text) == ["Lektiehjælp og uddannelse", "Sundhed og bevægelse",
                           "Fællesskaber, der samler beboerne på tværs"]


def test_focus_colon_over_goals_or_sentences_is_no_list() -> None:
    text = ("Planen har fokus på disse mål:\n\n- Flere unge i job\n- Færre i kriminalitet\n")
    assert focus(text) == []
    text = ("Arbejdet har fokus på det, der virker:\n\n- Vi vil mødes hver måned.\n- Alle kan deltage.\n")
    assert focus(text) == []
    text = ("Mødet havde fokus på 2025:\n\n- Budget 2025\n- Valg af formand\n")
    assert focus(text) == []
