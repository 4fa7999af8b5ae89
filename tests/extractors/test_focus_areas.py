"""Focus areas in inline, quoted, bullet and numbered layouts."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


def test_inline_list_with_hhv_and_samt() -> None:
    text = ("Helhedsplanen vil være centreret om fire indsatsområder, hhv. Uddannelse og beskæftigelse, "
            "Familier og forebyggelse, Tryghed og trivsel samt Kriminalpræventiv indsats.")
    assert focus(text) == ["Uddannelse og beskæftigelse", "Familier og forebyggelse", "Tryghed og trivsel",
                           "Kriminalpræventiv indsats"]


def test_quoted_list() -> None:
    text = ("Indsatsen er koncentreret omkring 4 tværgående områder: ’Børn og Unge’, ’Social og Sundhed’, "
            "’Uddannelse, Beskæftigelse og Erhverv’ samt ’Kriminalpræventiv Indsats’.")
    assert focus(text) == ["Børn og Unge", "Social og Sundhed", "Uddannelse, Beskæftigelse og Erhverv",
                           "Kriminalpræventiv Indsats"]


def test_bullets_under_heading() -> None:
    text = "Puljens fokusområder:\n\n• Opsøgende arbejde\n• Forældrestøtte og familiebehandling\n\nDer kan søges."
    assert focus(text) == ["Opsøgende arbejde", "Forældrestøtte og familiebehandling"]


def test_numbered_lines_with_explanations() -> None:
    text = "udkastet lægger op til 2 indsatsområder:\n\n  1. Ungeområdet – flere unge i job.\n  2. Sygedagpengeområdet – tidlig indsats.\n"
    assert focus(text) == ["Ungeområdet", "Sygedagpengeområdet"]


def test_comma_inside_item_and_lowercase_items() -> None:
    text = "Politikken har fire fokusområder: Livskvalitet, Selvbestemmelse, Kvalitet, tværfaglighed og sammenhæng i plejen samt Værdig død."
    assert "Kvalitet, tværfaglighed og sammenhæng i plejen" in focus(text)
    text = "De skal have særligt fokus på beskæftigelse, uddannelse og integration."
    assert focus(text) == ["beskæftigelse", "uddannelse", "integration"]


def test_goals_are_not_focus_areas() -> None:
    assert focus("Planen har fem overordnede mål:\n\n- at styrke civilsamfundet\n- at forebygge kriminalitet\n") == []
