"""Focus areas, more families: a last item cut off by the end of a saved page (its name ends the text in a
word that joins it to more) is no name; short names of a list in running text that the titles of the
sections below restate in full give way to those titles; a policy that must take a stand on ("forholde sig
til") the areas listed below names them; a strategy's counted ambitions closing a paragraph over exactly as
many short bullets name its areas; a task on one definite thing is no area with an adjective before its action
noun either ("særligt fokus på klimasikret afledning af regnvandet")."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    found = find_focus_areas(normalize(text), text)
    assert all(text[f.start:f.end] == f.text for f in found)
    return [f.name for f in found]


# A bulleted list whose last item was cut off


def test_item_cut_off_at_the_end_of_the_page_is_dropped() -> None:
    text = ("Handlingsplanen har følgende indsatsområder:\n\n"
            "* Sundhed for hjemløse: Blandt andet flere gadeplansteams.\n"
            "* Boliger til unge: Nye billige boliger i byerne.\n"
            "* Bedre samarbejde mellem kommuner og\n")
    assert focus(text) == ["Sundhed for hjemløse", "Boliger til unge"]


def test_item_ending_in_a_noun_is_kept() -> None:
    text = ("Handlingsplanen har følgende indsatsområder:\n\n"
            "* Sundhed for hjemløse\n* Boliger til unge\n* Samarbejde med frivillige\n")
    assert focus(text) == ["Sundhed for hjemløse", "Boliger til unge", "Samarbejde med frivillige"]


def test_item_ending_in_a_particle_inside_the_text_is_kept() -> None:
    text = ("Handlingsplanen har følgende indsatsområder:\n\n"
            "* Naturen tæt på\n* Boliger til unge\n\nPlanen gælder fra 2026.\n")
    assert focus(text) == ["Naturen tæt på", "Boliger til unge"]


# A list in running text restated by numbered titles below


def test_titles_below_replace_the_short_names_of_the_summary() -> None:
    text = ("Planen har tre spor – bevægelse, kost og trivsel – og rummer ni nye initiativer.\n\n"
            "Spor 1. Bevægelse i hverdagen\n\n • Initiativ 1: Flere cykelstier til skolerne\n\n"
            "Spor 2. Sund kost for alle\n\n • Initiativ 2: Madskoler i ferierne\n\n"
            "Spor 3. Trivsel\n\n • Initiativ 3: Flere skolepsykologer\n")
    assert sorted(name.casefold() for name in focus(text)) == ["bevægelse i hverdagen", "sund kost for alle", "trivsel"]


def test_short_names_without_titles_below_stay() -> None:
    text = "Planen har tre spor – bevægelse, kost og trivsel – og rummer ni nye initiativer.\n"
    assert focus(text) == ["bevægelse", "kost", "trivsel"]


# A policy that must take a stand on the listed areas


def test_policy_that_must_relate_to_the_listed_areas() -> None:
    text = ("I sundhedspolitikken skal byrådet som minimum forholde sig til, hvordan kommunen kan fremme "
            "følgende områder i forhold til borgernes hverdag:\n\n  • Fysisk aktivitet\n  • Røgfri miljøer\n"
            "  • Mental sundhed\n\nPolitikken vedtages for fire år ad gangen.\n")
    assert focus(text) == ["Fysisk aktivitet", "Røgfri miljøer", "Mental sundhed"]


def test_a_report_that_relates_to_areas_names_none() -> None:
    text = ("Rapporten forholder sig til, hvordan kommunen kan fremme følgende områder:\n\n"
            "  • Fysisk aktivitet\n  • Røgfri miljøer\n")
    assert focus(text) == []


# A strategy's counted ambitions over as many short bullets


def test_counted_strategic_ambitions_over_as_many_bullets() -> None:
    text = ("Med den nye strategi styrker foreningen sit arbejde med tre strategiske ambitioner frem mod 2028.\n\n"
            "  • Et trygt hjem\n  • Vejen til job\n  • Et stærkt netværk\nHent strategien som pdf\n")
    assert focus(text) == ["Et trygt hjem", "Vejen til job", "Et stærkt netværk"]


def test_ambitions_written_as_goals_are_no_areas() -> None:
    text = ("Med den nye strategi styrker foreningen sit arbejde med tre strategiske ambitioner frem mod 2028.\n\n"
            "  • Flere familier skal have et trygt hjem\n  • Flere forældre skal i job\n"
            "  • Alle børn skal have en fritidsaktivitet\n")
    assert focus(text) == []


def test_more_bullets_than_counted_ambitions_are_no_list() -> None:
    text = ("Foreningen arbejder med tre strategiske ambitioner frem mod 2028.\n\n"
            "  • Et trygt hjem\n  • Vejen til job\n  • Et stærkt netværk\n  • Nyt logo\n")
    assert focus(text) == []


# A task on one definite thing, its action noun after an adjective


def test_task_on_a_definite_thing_after_an_adjective_is_no_area() -> None:
    text = ("I den nye plan for bymidten er der særligt fokus på klimasikret afledning af regnvandet, både på "
            "torvet og i sidegaderne.\n")
    assert focus(text) == []


def test_task_on_an_indefinite_thing_after_an_adjective_stays_an_area() -> None:
    text = "I den nye plan er der særligt fokus på tidlig forebyggelse af ensomhed.\n"
    assert focus(text) == ["tidlig forebyggelse af ensomhed"]
