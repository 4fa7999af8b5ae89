"""Focus areas: bullets under a general noun ("Følgende emner blev valgt:") in a section headed by themes,
a policy that must cover named areas, and the question or relative clause about themes that opens no list."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


def test_themes_heading_over_chosen_subjects() -> None:
    text = ("4. Temaer for Seniorrådet 2025\n\nSagsfremstilling\n\n"
            "Seniorrådet skal drøfte, hvilke temaer, som der er behov for at tage op på rådets møder, i den "
            "valgperiode rådet har.\n\nBeslutning\n\nFølgende emner blev valgt:\n\n"
            "  • Trafiksikkerhed for ældre fodgængere\n  • Ensomhed blandt enlige\n  • Demensvenlige boliger\n"
            "  • Kost på plejecentrene, herunder måltidsmiljø\n\n5. Eventuelt\n\nIntet.\n")
    assert focus(text) == ["Trafiksikkerhed for ældre fodgængere", "Ensomhed blandt enlige",
                           "Demensvenlige boliger", "Kost på plejecentrene"]


def test_question_about_themes_alone_opens_no_list() -> None:
    text = ("Handicaprådet drøftede, hvilke temaer, som der er grund til at tage op, i den periode rådet "
            "sidder.\n")
    assert focus(text) == []


def test_subjects_under_another_heading_are_no_focus_areas() -> None:
    text = ("3. Orientering fra formanden\n\nSagsfremstilling\n\nFormanden orienterer om følgende emner:\n\n"
            " • Opfølgning på mødet den 4. marts 2025.\n • Status på rådets aktiviteter.\n"
            " • Høring om ny ældrepolitik\n")
    assert focus(text) == []


def test_policy_that_must_describe_numbered_areas() -> None:
    text = ("Alle kommuner skal have en ældrepolitik. Ældrepolitikken skal som minimum beskrive følgende "
            "områder:\n\n1) Aktiv hverdag\n2) Tryghed i eget hjem\n3) Sammenhæng i plejen\n4) (Frivillighed)\n\n"
            "Byrådet vedtog politikken i juni.\n")
    assert focus(text) == ["Aktiv hverdag", "Tryghed i eget hjem", "Sammenhæng i plejen", "Frivillighed"]


def test_areas_without_policy_or_theme_heading_open_no_list() -> None:
    text = ("Udvalget fik en status på følgende områder:\n\n- Budgetopfølgning\n- Sygefravær\n- Anlægsprojekter\n")
    assert focus(text) == []
