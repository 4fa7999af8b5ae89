"""A numbered or bulleted theme whose title is followed by a colon and a capitalised subtitle of coordinated
nouns ("2. Vi hjælper tidligt: Opsporing og rådgivning"): the subtitle belongs to the name, as a subtitle after
a dash does; a colon followed by a sentence or a goal explains the name and is cut off."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    found = find_focus_areas(normalize(text), text)
    assert all(text[f.start:f.end] == f.text for f in found)
    return [f.name for f in found]


def test_numbered_themes_with_colon_subtitles() -> None:
    text = ("Rådet skal arbejde med tre overordnede temaer:\n\n"
            "1. Vi står sammen: Venskaber og netværk\n\n"
            "Mange unge i Bakkerup savner nogen at være sammen med i fritiden, og rådet skal se på hvorfor.\n\n"
            "2. Vi hjælper tidligt: Opsporing og rådgivning\n\n"
            "Jo før en familie får hjælp, jo mindre bliver problemerne. Rådet skal se på hvordan.\n\n"
            "3. Vi tror på os selv: Mod og modstandskraft\n\n"
            "Mange oplever et stort pres i skolen og i fritiden, og rådet skal finde veje ud af det.\n")
    assert focus(text) == ["Vi står sammen: Venskaber og netværk", "Vi hjælper tidligt: Opsporing og rådgivning",
                           "Vi tror på os selv: Mod og modstandskraft"]


def test_two_word_noun_before_and_in_the_subtitle() -> None:
    text = ("Planen har fire indsatsområder:\n\n"
            "- Trygge rammer: Tidlig indsats og forebyggelse\n"
            "- Et godt arbejdsliv: Uddannelse og job\n"
            "- Gode boliger: Renovering og nybyggeri\n"
            "- Et aktivt liv: Idræt og kultur\n")
    assert focus(text) == ["Trygge rammer: Tidlig indsats og forebyggelse", "Et godt arbejdsliv: Uddannelse og job",
                           "Gode boliger: Renovering og nybyggeri", "Et aktivt liv: Idræt og kultur"]


def test_colon_followed_by_a_sentence_is_cut_off() -> None:
    text = ("Strategien har tre fokusområder:\n\n"
            "1. Tryghed i byen: Alle skal kunne færdes trygt om aftenen.\n"
            "2. Sammenhæng og forebyggelse: Børnene skal trives bedre.\n"
            "3. Gode skoler: Flere unge skal gennemføre en uddannelse.\n")
    assert focus(text) == ["Tryghed i byen", "Sammenhæng og forebyggelse", "Gode skoler"]


def test_numbered_label_keeps_only_the_name_after_it() -> None:
    text = ("Indsatsområde 1: Børn og unge\n\nVi styrker fritidstilbuddene.\n\n"
            "Indsatsområde 2: Job og uddannelse\n\nVi hjælper flere i arbejde.\n")
    assert focus(text) == ["Børn og unge", "Job og uddannelse"]


def test_one_word_title_before_a_colon_is_a_label_not_a_name() -> None:
    text = ("Foreningen har tre temaer:\n\n"
            "- Fokus: Trivsel og sundhed\n"
            "- Mål: Flere og gladere medlemmer\n"
            "- Tryghed i hallen\n")
    assert "Fokus: Trivsel og sundhed" not in focus(text)
