"""An unnumbered label inside a sentence ("et nyt fokusområde: A") whose title does not close the line: the
sentence goes on after a comma and a conjunction, or a flattened table of contents runs on with the next
capitalised heading. The title ends there; a capital after a joining word continues a name."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    found = find_focus_areas(normalize(text), text)
    assert all(text[f.start:f.end] == f.text for f in found)
    return [f.name for f in found]


def test_label_title_ended_by_comma_and_conjunction() -> None:
    text = ("Seniorpolitikken bygger på fire fokusområder: Trivsel, Bevægelse, Mad og Fællesskab. I 2021 blev der "
            "tilføjet et ekstra fokusområde: Støtte til pårørende, og i 2023 kom endnu et fokusområde: "
            "Digital inklusion.\n")
    assert focus(text) == ["Trivsel", "Bevægelse", "Mad", "Fællesskab", "Støtte til pårørende", "Digital inklusion"]


def test_label_title_in_a_flattened_run_ends_at_the_next_heading() -> None:
    text = ("Forslagene fra borgermødet fordelt på planens indsatsområder: Indsatsområde: Kunst og formidling "
            "Generelt Flere værksteder i byen. En fast koordinator for de små foreninger.\n")
    assert focus(text) == ["Kunst og formidling"]


def test_capital_after_a_joining_word_continues_the_name_and_tells_no_end() -> None:
    text = ("Byrådet har valgt et nyt indsatsområde: Samarbejde med frivillige i Nordby Kommune Frivillige "
            "hjælper hver uge.\n")
    assert "Samarbejde med frivillige i Nordby" not in focus(text)


def test_label_before_a_sentence_names_no_area() -> None:
    text = "Der er nu et nyt fokusområde: det handler om, hvordan vi bruger pengene bedst Mange har spurgt.\n"
    assert focus(text) == []
