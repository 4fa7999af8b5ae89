"""Focus areas written as clauses under a counted list noun: infinitives ("1. At skabe …") or the rest of a
short line opening the clause ("Kommunen arbejder for, at" / "• Flere ledige kommer i job")."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


def test_infinitive_items_under_counted_tracks() -> None:
    text = ("En plan med tre spor\n\nPlanen har tre prioriterede spor. Sporene bygger på kommunens opgaver og "
            "knytter dem til større udfordringer.\n\n  1. At styrke den kollektive trafik i landdistrikterne.\n"
            "  2. At skabe flere lærepladser for unge - også i de små byer.\n  3. At passe på grundvandet.\n\n"
            "Den røde tråd er samarbejde.")
    assert focus(text) == ["At styrke den kollektive trafik i landdistrikterne",
                           "At skabe flere lærepladser for unge - også i de små byer", "At passe på grundvandet"]


def test_clauses_completing_a_lead_line() -> None:
    text = ("Planens mål\n\nPlanen har tre indsatsområder\n\nByrådet arbejder for, at\n\n"
            " • Hjemløse borgere får et sted at bo, så de kan komme videre\n • Flere ledige kommer i job\n"
            " • Ensomme ældre får et netværk\n\nLæs mere om planen.")
    assert focus(text) == ["Hjemløse borgere får et sted at bo, så de kan komme videre", "Flere ledige kommer i job",
                           "Ensomme ældre får et netværk"]


def test_clauses_of_a_page_cut_inside_the_list() -> None:
    text = ("Planen har fire indsatsområder\n\nByrådet arbejder for, at\n\n • Flere ledige kommer i job\n"
            " • Ensomme ældre får et netværk\n • Unge har et sted at")
    assert focus(text)[:2] == ["Flere ledige kommer i job", "Ensomme ældre får et netværk"]


def test_more_clauses_than_counted_are_no_areas() -> None:
    text = ("Planen har to prioriterede spor.\n\n  1. At styrke trafikken.\n  2. At skabe lærepladser.\n"
            "  3. At passe på grundvandet.\n")
    assert focus(text) == []


def test_infinitives_without_a_count_are_no_areas() -> None:
    text = "Vi vil i år:\n\n  • At styrke trafikken i landdistrikterne\n  • At skabe flere lærepladser\n"
    assert focus(text) == []


def test_clauses_with_amounts_or_dates_are_no_areas() -> None:
    text = ("Planen har to indsatsområder\n\nByrådet har besluttet, at\n\n • 2 mio. kr. går til busser\n"
            " • Skolen åbner 1. august\n")
    assert focus(text) == []


def test_lead_line_under_a_sentence_owns_its_bullets() -> None:
    text = ("Planen har tre indsatsområder, som udvalget drøftede.\n\nUdvalget besluttede, at\n\n"
            " • Sagen sendes i høring\n • Punktet udsættes\n • Rådet orienteres\n")
    assert focus(text) == []


def test_lead_line_of_another_kind_owns_its_bullets() -> None:
    text = ("Udvalget har tre spor i sin plan\n\nPå mødet blev det besluttet at\n\n • At sende sagen i høring\n"
            " • At udsætte punktet\n • At orientere rådet\n")
    assert focus(text) == []
