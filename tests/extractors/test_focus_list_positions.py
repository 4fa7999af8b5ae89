"""Focus areas whose list stands apart from its counted noun: after the rest of the paragraph, before the
noun, or behind a compound noun; and objects of a focus phrase that only refer to something."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


# A compound of a list noun or a general noun with a leading word that ranks it.

def test_compound_of_a_general_noun_after_a_focus_verb() -> None:
    text = ("Kommuneplanen bygger på planstrategien, hvor der blev fokuseret på de fem hovedemner: Gode boliger, "
            "Levende bymidter, Naturen tæt på, Plads til virksomheder og Sundhed for alle.")
    assert focus(text) == ["Gode boliger", "Levende bymidter", "Naturen tæt på", "Plads til virksomheder",
                           "Sundhed for alle"]


def test_compound_of_a_list_noun_with_a_count() -> None:
    assert focus("Planen har tre kernetemaer: Tryghed, Uddannelse og Job.") == ["Tryghed", "Uddannelse", "Job"]
