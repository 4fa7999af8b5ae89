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


def test_a_counted_list_of_focus_areas_in_minutes_is_kept() -> None:
    text = "Politikken har tre fokusområder: Bolig og hverdagsliv, Uddannelse og job samt Fællesskaber og fritid.\n"
    assert _names(text, minutes=True) == ["Bolig og hverdagsliv", "Uddannelse og job", "Fællesskaber og fritid"]


BUDGET_THEMES = (
    "Sagsfremstilling\n"
    "Udvalget kan sende op til tre temaer videre til budgetforhandlingerne.\n"
    "Temaer sendt videre til budget 2026:\n"
    "- Flere pædagoger i vuggestuerne i Kærby.\n"
    "- Ny legeplads ved Søndre Skole.\n"
    "Temaer, der ikke sendes videre:\n"
    "- Madordning for alle børnehaver\n"
    "- Tilskud til ungdomsklubben Banken\n"
)


def test_budget_themes_in_minutes_name_no_areas() -> None:
    assert _names(BUDGET_THEMES, minutes=True) == []


def test_a_plans_counted_themes_in_minutes_name_no_areas() -> None:
    text = ("Sundhedsplanen for 2026 bygger på den forrige plan og behandler følgende tre temaer: "
            "adgang, kvalitet og samarbejde. Planen forventes gennemført over tre år.\n")
    assert _names(text, minutes=True) == []
    assert _names(text, minutes=False) == ["adgang", "kvalitet", "samarbejde"]


def test_a_theme_list_that_names_focus_areas_as_such_in_minutes_is_kept() -> None:
    text = "Rådet har valgt to temaer som fokusområder: Ensomhed blandt ældre og Bedre boliger.\n"
    assert _names(text, minutes=True) == ["Ensomhed blandt ældre", "Bedre boliger"]
