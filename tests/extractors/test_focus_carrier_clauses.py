"""A carrier noun ("projekter", "initiativer") followed by a restrictive relative clause carries the focus area
in the clause's object: "særligt fokus på projekter, der styrker X" names X, never "projekter"."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    found = find_focus_areas(normalize(text), text)
    assert all(text[f.start:f.end] == f.text for f in found)
    return [f.name for f in found]


def test_focus_on_projects_names_the_object_of_their_clause() -> None:
    text = ("Puljen har i år givet støtte til 14 lokale projekter. I år er der særligt fokus på projekter, der "
            "styrker friluftslivet i de små byer. Et af dem er en ny kajakbro ved fjorden.\n")
    assert focus(text) == ["friluftslivet i de små byer"]


def test_a_modal_clause_after_initiatives_carries_the_area() -> None:
    text = "Rådet lægger et særligt fokus på initiativer, som kan styrke fællesskabet blandt ældre.\n"
    assert "initiativer" not in [f.casefold() for f in focus(text)]


def test_projects_as_subject_of_a_focus_area_name_the_object() -> None:
    text = ("Midlerne går især til byfornyelse. Også projekter, der prioriterer cykelstier og bedre "
            "forbindelser mellem stationen og skolerne, er et fokusområde i år.\n")
    assert focus(text) == ["cykelstier og bedre forbindelser mellem stationen og skolerne"]


def test_projects_without_a_clause_are_left_alone() -> None:
    text = "Fonden har særligt fokus på projekter i landdistrikterne.\n"
    assert "turismen" not in " ".join(focus(text))
