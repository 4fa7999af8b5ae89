"""In minutes, talk of focus in a case text names no focus areas; a list named as focus areas does."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def _names(text: str, minutes: bool) -> list[str]:
    clean = normalize(text)
    return [area.name for area in find_focus_areas(clean, text, minutes=minutes)]


CASE_TEXT = (
    "Sagsfremstilling\n"
    "Projektet i Nordlyst har i år haft særligt fokus på lektiehjælp og forældresamarbejde. "
    "Forvaltningen anbefaler, at projektet forlænges.\n"
)


def test_focus_phrase_in_a_case_text_of_minutes_names_no_areas() -> None:
    assert _names(CASE_TEXT, minutes=True) == []


def test_the_same_phrase_outside_minutes_still_names_areas() -> None:
    assert _names(CASE_TEXT, minutes=False) == ["lektiehjælp og forældresamarbejde"]


def test_focus_heading_in_minutes_names_no_areas() -> None:
    text = "Fokus på trafiksikkerhed, skoleveje og belysning\nUdvalget drøftede sagen.\n"
    assert _names(text, minutes=True) == []


def test_named_focus_areas_in_minutes_are_kept() -> None:
    text = (
        "Udvalget har peget på følgende tre særlige fokusområder:\n\n"
        "  1. Ungeområdet, som skal styrkes.\n"
        "  2. Sygedagpengeområdet.\n"
        "  3. Integration.\n"
    )
    assert _names(text, minutes=True) == ["Ungeområdet", "Sygedagpengeområdet", "Integration"]


def test_a_counted_theme_list_in_minutes_is_kept() -> None:
    text = "Politikken har tre temaer: Bolig og hverdagsliv, Uddannelse og job samt Fællesskaber og fritid.\n"
    assert _names(text, minutes=True) == ["Bolig og hverdagsliv", "Uddannelse og job", "Fællesskaber og fritid"]
