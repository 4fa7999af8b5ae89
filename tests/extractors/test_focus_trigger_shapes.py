"""Focus areas named by a trigger word in shapes that lose a colon or use another noun: "prioriteringer" as a
counted list noun, "Fokus er på A og B" opening a sentence, a counted noun or a focus line ending its line over
bullets, a described label before quotes, a dangling "og" of a converted bullet, and the references around them."""

from __future__ import annotations

import pytest

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


BULLETS = ("\n\n  • Læselyst for alle\n  • Digitale fællesskaber\n  • Stærke partnerskaber\n\n"
           "Strategien gælder frem til 2027 og følges op hvert år.\n")
NAMES = ["Læselyst for alle", "Digitale fællesskaber", "Stærke partnerskaber"]


@pytest.mark.parametrize("noun", ["strategiske prioriteringer", "prioriteringer", "indsatsområder", "fokusområder",
                                  "pejlemærker", "indsatsfelter"])
def test_counted_noun_with_colon_over_bullets(noun: str) -> None:
    assert focus(f"Biblioteket arbejder i de kommende år med tre {noun}:{BULLETS}") == NAMES


@pytest.mark.parametrize("noun", ["indsatsområder", "fokusområder", "temaer", "pejlemærker", "satsningsområder"])
def test_counted_noun_ending_its_line_without_colon(noun: str) -> None:
    assert focus(f"Biblioteket arbejder i de kommende år med tre {noun}{BULLETS}") == NAMES


def test_counted_noun_ending_its_line_needs_as_many_bullets() -> None:
    assert focus("Rådet har tre indsatsområder\n\n  • Læselyst for alle\n  • Digitale fællesskaber\n\nMere her.") == []


def test_counted_noun_ending_its_line_over_goals_is_no_list() -> None:
    text = ("Rådet har tre indsatsområder\n\n  • Flere unge skal have et fritidsjob\n  • Færre skal føle sig alene\n"
            "  • Alle skal kunne cykle trygt\n\nMere her.")
    assert focus(text) == []


def test_uncounted_prioriteringer_are_no_list() -> None:
    text = "Kommunen har følgende prioriteringer:\n\n  • Nye p-pladser ved hallen\n  • Asfalt på Østervej\n\nMere her."
    assert focus(text) == []


@pytest.mark.parametrize("lead", ["Der er særligt fokus på", "Vi har i år fokus på", "Foreningen fokuserer på"])
def test_focus_line_without_colon_over_bullets(lead: str) -> None:
    assert focus(f"{lead}{BULLETS}") == NAMES
    dashed = f"{lead}\n\n  - Læselyst for alle\n  - Digitale fællesskaber\n\nMere her."
    assert focus(dashed) == ["Læselyst for alle", "Digitale fællesskaber"]


def test_focus_line_without_colon_over_actions_is_no_list() -> None:
    assert focus("Vi har fokus på\n\n  • at læse mere\n  • at mødes oftere\n\nMere her.") == []


def test_following_is_no_item() -> None:
    assert focus(f"Der er i år særligt fokus på følgende:{BULLETS}") == NAMES


@pytest.mark.parametrize("lead", ["Fokus er på", "Fokuset ligger på", "Hovedfokus er på"])
def test_sentence_opening_with_its_focus(lead: str) -> None:
    assert focus(f"{lead} ligestilling og bæredygtighed i fondens nye strategi, der gælder til 2030.") == [
        "ligestilling", "bæredygtighed"]
    assert focus(f"Nyt fra fonden. {lead} klima, natur og sundhed.") == ["klima", "natur", "sundhed"]


def test_focus_subject_inside_a_sentence_or_on_references_is_no_list() -> None:
    assert focus("Han siger, at fokus er på oplevelser og hygge i byen.") == []
    assert focus("Fokus er på det og meget mere.") == []
    assert focus("Fokus er på at lave og spise mad sammen.") == []
    assert focus("Fokus er på plads.") == []


def test_fronted_definite_noun_pair_before_a_present_tense_verb() -> None:
    assert focus("Med fokusområderne trivsel og dannelse styrker skolen elevernes hverdag.") == ["trivsel", "dannelse"]
    assert focus("Med indsatsområderne sundhed og uddannelse får byen et løft.") == ["sundhed", "uddannelse"]


def test_described_singular_label_before_quotes() -> None:
    text = "Foreninger kan søge inden for det overordnede tema ”Liv i det fri”: Der uddeles to puljer i år."
    assert focus(text) == ["Liv i det fri"]
    assert focus("Det er et tema ”uden navn”, siger hun.") == []
    assert focus("Det nye tema for mødet blev drøftet.") == []


def test_bullet_ending_in_a_dangling_conjunction() -> None:
    text = ("Tværgående for de tre indsatsfelter er:\n\n• Eksport\n\n• Balance og\n\n• Digitalisering\n\n"
            "Handlingsplanen rummer også initiativer på kort sigt.\n")
    assert focus(text) == ["Eksport", "Balance", "Digitalisering"]


def test_definite_adjective_phrase_before_a_restrictive_clause_is_a_reference() -> None:
    assert focus("På området vil der være et særligt fokus på den organiserede kriminalitet, som begås af "
                 "omrejsende bander.") == []
    assert focus("Der vil være et særligt fokus på den mentale sundhed og trivsel.") == ["den mentale sundhed", "trivsel"]


@pytest.mark.parametrize("label", ["Indsatsfelt", "Fokusfelt", "Fokustema"])
def test_numbered_label_of_other_list_nouns(label: str) -> None:
    text = (f"{label} 1: Ensomhed blandt ældre\n\nVi vil række ud til ældre, der sidder alene.\n\n"
            f"{label} 2: Grøn omstilling\n\nVi vil spare på energien i kommunens bygninger.\n")
    assert focus(text) == ["Ensomhed blandt ældre", "Grøn omstilling"]


def test_strategic_priorities_ending_their_line_over_bullets() -> None:
    assert focus(f"Strategien bygger på tre strategiske prioriteringer{BULLETS}") == NAMES
    assert focus(f"Kommunen har tre prioriteringer{BULLETS}") == []  # a weak noun needs its colon
