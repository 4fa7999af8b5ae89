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


def test_question_about_themes_over_bullets_lists_them() -> None:
    text = ("Rådet drøftede, hvilke temaer der skal prioriteres i valgperioden:\n\n• Tryghed i nattelivet\n"
            "• Ensomhed\n• Boliger til unge\n\nMødet sluttede kl. 17.\n")
    assert focus(text) == ["Tryghed i nattelivet", "Ensomhed", "Boliger til unge"]


def test_numbered_item_heading_of_themes_over_bullets_ends_at_next_item() -> None:
    text = ("3. Temaer for Ungdomsrådet 2026\n\n• Mental trivsel\n• Billig transport\n• Steder at mødes\n\n"
            "4. Eventuelt\n\nIntet.\n")
    assert focus(text) == ["Mental trivsel", "Billig transport", "Steder at mødes"]


def test_definite_theme_noun_with_verb_at_line_start() -> None:
    text = "Temaerne er:\n- Tryghed\n- Ensomhed blandt ældre\n- Sunde boliger\n"
    assert focus(text) == ["Tryghed", "Ensomhed blandt ældre", "Sunde boliger"]


def test_policy_with_six_named_themes() -> None:
    text = ("Politikken skal indeholde følgende seks temaer:\n\n- Livsglæde\n- Selvbestemmelse\n- Mad og måltider\n"
            "- Pårørende\n- En værdig død\n- Tryghed\n\nByrådet vedtager politikken i juni.\n")
    assert focus(text) == ["Livsglæde", "Selvbestemmelse", "Mad og måltider", "Pårørende", "En værdig død",
                           "Tryghed"]


def test_local_plan_covering_places_names_no_focus_areas() -> None:
    text = "Lokalplanen omfatter følgende områder:\n\n- Den gamle havn\n- Stationsområdet\n- Arealet nord for Skolevej\n"
    assert focus(text) == []


def test_theme_meeting_heading_is_no_theme_heading() -> None:
    text = ("5. Temamøde om ældrepleje\n\nUdvalget drøftede følgende emner:\n\n• Rekruttering\n• Sygefravær\n"
            "• Visitation\n")
    assert focus(text) == []


def test_chosen_subjects_as_plain_lines_under_theme_heading() -> None:
    text = ("2. Temaer for Seniorrådet 2026\n\nBeslutning\n\nFølgende emner blev valgt:\n\nTryghed i trafikken\n"
            "Ensomhed\nDigital hjælp\n\n3. Eventuelt\n")
    assert focus(text) == ["Tryghed i trafikken", "Ensomhed", "Digital hjælp"]


def test_strategy_areas_inline_after_colon() -> None:
    text = "Sundhedsstrategien skal beskrive følgende områder: bevægelse, kost og søvn.\n"
    assert focus(text) == ["bevægelse", "kost", "søvn"]


def test_subjects_of_news_under_theme_heading_are_no_focus_areas() -> None:
    text = ("Temaer for Udsatterådet 2026\n\nFormanden orienterede om følgende emner:\n\n"
            "• Opfølgning på mødet den 2. februar 2026.\n• Status på budgettet for 2026.\n• Ensomhed\n")
    assert focus(text) == []
