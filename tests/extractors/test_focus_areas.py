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


def test_inline_numbered_items_lose_their_marks() -> None:
    text = "Handleplanen har fire fokusområder: 1) Bolig, 2) Misbrug, 3) Job og en meningsfuld hverdag og 4) Sundhed."
    assert focus(text) == ["Bolig", "Misbrug", "Job og en meningsfuld hverdag", "Sundhed"]


def test_numbered_lines_after_blank_line_with_long_explanations() -> None:
    text = ("Helhedsplanen har tre indsatsområder:\n\n"
            "1) Uddannelse og job – flere unge skal i gang med og gennemføre en ungdomsuddannelse, og flere "
            "voksne skal tættere på arbejdsmarkedet gennem virksomhedsrettede forløb i lokalområdet.\n"
            "2) Børn, unge og familier – forældre skal klædes på til at støtte deres børns skolegang.\n"
            "3) Tryghed og fællesskab – flere beboere skal engagere sig i naboskabet.\n\nBorgmesteren udtaler:")
    assert focus(text) == ["Uddannelse og job", "Børn, unge og familier", "Tryghed og fællesskab"]


def test_inline_list_wrapped_over_lines() -> None:
    text = ("   Helhedsplanen arbejder med fire indsatsområder: Tryghed og trivsel,\n"
            "   Uddannelse og livschancer, Beskæftigelse samt Kriminalitetsforebyggelse.\n\n   Økonomi\n")
    assert focus(text) == ["Tryghed og trivsel", "Uddannelse og livschancer", "Beskæftigelse",
                           "Kriminalitetsforebyggelse"]
    text = "Strategien har tre fokusområder: Tidlig indsats,\nSammenhængende forløb og Recovery. Strategien er ny."
    assert focus(text) == ["Tidlig indsats", "Sammenhængende forløb", "Recovery"]


def test_inline_list_on_the_line_after_the_noun() -> None:
    text = "et oplæg til en handlingsplan. Handlingsplanen har tre indsatsområder:\nTryghed og trivsel, Uddannelse og job samt Boligsammensætning.\n"
    assert focus(text) == ["Tryghed og trivsel", "Uddannelse og job", "Boligsammensætning"]


def test_noun_joined_by_er_and_definite_noun() -> None:
    text = "Helhedsplanens fire indsatsområder er Uddannelse og job, Børn og unge, Sundhed og trivsel samt Naboskab og beboerdemokrati."
    assert focus(text) == ["Uddannelse og job", "Børn og unge", "Sundhed og trivsel", "Naboskab og beboerdemokrati"]
    text = "Der er afsat midler inden for indsatsområderne tryghed, uddannelse og beskæftigelse."
    assert focus(text) == ["tryghed", "uddannelse", "beskæftigelse"]
    assert focus("De foreslåede indsatser er hjemmehjælp i eget hjem, flere hænder samt en demensindsats.") == []
    assert focus("Indsatsområderne skal beskrives nærmere og godkendes i udvalget.") == []


def test_heading_then_bullets_with_colon_explanations() -> None:
    text = ("Indsatsområder\n\n"
            "• Uddannelse og job: flere unge skal i uddannelse.\n"
            "– Tryghed og trivsel.\n"
            "* Sundhed\n\nLæs mere på hjemmesiden.")
    assert focus(text) == ["Uddannelse og job", "Tryghed og trivsel", "Sundhed"]
    text = "Indsatsen har tre spor:\na) Opsporing. Medarbejdere i dagtilbud uddannes.\nb) Forebyggelse\nc) Behandling\n"
    assert focus(text) == ["Opsporing", "Forebyggelse", "Behandling"]


def test_focus_phrase_with_one_item_and_themes() -> None:
    text = "Desuden er\nder særligt fokus på mental sundhed blandt unge mellem 15 og 24 år. Politikken gælder 2010-2013."
    assert focus(text) == ["mental sundhed"]
    text = "Puljen sætter fokus på tre temaer: ensomhed, misbrug og hjemløshed."
    assert focus(text) == ["ensomhed", "misbrug", "hjemløshed"]
    assert focus("Under det sidste lægges særlig vægt på områdets børn og unge.") == []
