"""Focus areas: samples of examples, details in the section of a listed area, tasks on one thing, aims beside
a focus phrase, sentences after a colon, definite list nouns, and relative clauses that define a bullet's noun."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


# Words that give examples right before an uncounted opener: a sample, not the named areas.

def test_themes_given_as_examples_are_no_list() -> None:
    text = ("Puljen har støttet 20 initiativer, som blandt andet berører temaerne ensomhed, frivillighed, "
            "bevægelse samt digital dannelse.")
    assert focus(text) == []


def test_emphasis_given_as_examples_is_no_list() -> None:
    text = "I handleplanen er der bl.a. særligt fokus på indbrud, cykeltyveri og vold i nattelivet."
    assert focus(text) == []


def test_examples_right_after_the_focus_phrase_are_no_list() -> None:
    text = ("En af betjentene får plads i forebyggelsesafdelingen med særligt fokus på eksempelvis indbrud "
            "og kriminalitet blandt unge.")
    assert focus(text) == []


def test_a_focus_phrase_without_example_words_names_its_areas() -> None:
    assert focus("Planen har særligt fokus på beskæftigelse og forebyggelse af kriminalitet.") == [
        "beskæftigelse", "forebyggelse af kriminalitet"]


def test_bullets_under_a_colon_after_example_words_still_name_the_areas() -> None:
    text = ("Udvalget skal lave en strategi mod ensomhed.\n\nDer vil i arbejdet bl.a. være fokus på:\n\n"
            " • Overblik over foreningernes tilbud\n • Kontakt til ensomme borgere\n"
            " • Mødesteder i eksisterende bygninger\n\nFokusområderne kan udvides, hvis det er relevant.\n")
    assert focus(text) == ["Overblik over foreningernes tilbud", "Kontakt til ensomme borgere",
                           "Mødesteder i eksisterende bygninger"]


def test_counted_list_after_example_words_still_names_its_areas() -> None:
    text = "Planen rummer bl.a. tre indsatsområder: tryghed, sundhed og beskæftigelse."
    assert focus(text) == ["tryghed", "sundhed", "beskæftigelse"]


def test_a_list_noun_included_in_a_plan_still_names_its_areas() -> None:
    text = "Planen består af flere dele, herunder fokusområderne tryghed, sundhed og fællesskab."
    assert focus(text) == ["tryghed", "sundhed", "fællesskab"]


def test_plain_emphasis_is_still_a_list() -> None:
    text = "I handleplanen er der særligt fokus på indbrud, cykeltyveri og vold i nattelivet."
    assert focus(text) == ["indbrud", "cykeltyveri", "vold i nattelivet"]


# An emphasis in the section under a heading that names a listed area is a detail of that area.

SECTIONED = ("Rådets tre indsatsområder for 2025 er:\n"
             "• Trafiksikkerhed\n"
             "• Ensomhed blandt ældre\n"
             "• Tryghed i nattelivet\n\n"
             "Trafiksikkerhed ved skolerne\n"
             "Rådet vil i år lægge særligt fokus på cyklende skolebørn om morgenen.\n\n"
             "Mere tryghed i nattelivet\n"
             "Sidste år var der særligt fokus på belysning i gågaderne.\n")


def test_emphasis_under_a_listed_area_heading_is_a_detail() -> None:
    assert focus(SECTIONED) == ["Trafiksikkerhed", "Ensomhed blandt ældre", "Tryghed i nattelivet"]


def test_emphasis_outside_the_sections_is_an_area() -> None:
    text = SECTIONED + "\nØvrige planer\nDesuden er der særligt fokus på mental sundhed.\n"
    assert focus(text) == ["Trafiksikkerhed", "Ensomhed blandt ældre", "Tryghed i nattelivet", "mental sundhed"]


def test_emphasis_before_the_list_is_an_area() -> None:
    text = "Udvalget har særligt fokus på digital chikane.\n\n" + SECTIONED
    assert focus(text)[0] == "digital chikane"


def test_heading_that_speaks_of_a_listed_area_in_other_words() -> None:
    text = ("De to fokusområder er:\n• Tryghed i boligområder og nattelivet\n• Ungdomskriminalitet\n\n"
            "Mere ro i nattelivet\nI år sættes der særligt fokus på glasskår ved busstationerne.\n")
    assert focus(text) == ["Tryghed i boligområder og nattelivet", "Ungdomskriminalitet"]


def test_heading_sharing_only_a_joining_word_is_another_section() -> None:
    text = ("De to fokusområder er:\n• Trivsel blandt børn og unge\n• Ungdomskriminalitet\n\n"
            "Samarbejde blandt foreningerne\nFremover er der særligt fokus på frivillighed.\n")
    assert focus(text) == ["Trivsel blandt børn og unge", "Ungdomskriminalitet", "frivillighed"]


# A task on one definite thing named before is no focus area.

def test_task_on_a_definite_thing_is_no_area() -> None:
    text = "Der gives en orientering om byggeriet med særligt fokus på ombygningen af sundhedshuset i Ribe."
    assert focus(text) == []


def test_task_on_a_thing_with_a_determiner_is_no_area() -> None:
    text = "Direktøren gav en status på flytningen med særligt fokus på indretningen af de nye kontorer."
    assert focus(text) == []


def test_action_on_an_indefinite_noun_is_an_area() -> None:
    assert focus("Udvalget har særligt fokus på forebyggelse af ensomhed.") == ["forebyggelse af ensomhed"]


# A noun phrase of aim beside the object of a focus phrase ends the object.

def test_aims_beside_a_focus_phrase_are_no_areas() -> None:
    text = ("Med et skarpt fokus på forældresamarbejde, en ambition om færre anbringelser, og et mål om "
            "flere unge i job, sætter planen en ny retning for kommunens arbejde og indsatser.")
    assert focus(text) == []


def test_object_before_an_aim_is_kept() -> None:
    text = "Planen har særligt fokus på tidlig opsporing, en vision om en tryg skolevej og et mål om færre ulykker."
    assert focus(text) == ["tidlig opsporing"]


# A sentence on the line after an opener ending in a colon is no list (the list was lost).

def test_sentence_under_a_colon_opener_is_no_list() -> None:
    text = ("I den nye periode er vores overordnede indsatsområder (fastlagt af fonden):\n"
            "Under hvert af de fire indsatsområder, har vi planlagt to til fire aktiviteter.\n")
    assert focus(text) == []


def test_list_under_a_colon_opener_on_the_next_line() -> None:
    text = "Helhedsplanens indsatsområder:\nUddannelse, beskæftigelse og tryghed.\n"
    assert focus(text) == ["Uddannelse", "beskæftigelse", "tryghed"]


# A definite list noun followed directly by its items.

def test_definite_core_areas_followed_by_their_items() -> None:
    text = "Fonden støtter hvert år projekter inden for kerneområderne forebyggelse, førstehjælp og fællesskab\n"
    assert focus(text) == ["forebyggelse", "førstehjælp", "fællesskab"]


def test_definite_list_noun_before_a_clause_is_no_list() -> None:
    assert focus("Projektet ligger inden for pejlemærkerne for arbejdet i afdelingen.") == []


# A relative clause that defines the indefinite noun ending a bullet stays with the name.

def test_defining_clause_stays_with_a_bullet() -> None:
    text = ("Evalueringen ser på følgende tre temaer:\n"
            "• Bedre trivsel i skolen\n"
            "• Uddannelse og forløb, der fører unge videre i job\n"
            "• Tryghed i boligområdet\n")
    assert focus(text) == ["Bedre trivsel i skolen", "Uddannelse og forløb, der fører unge videre i job",
                           "Tryghed i boligområdet"]


def test_explaining_clause_is_cut_from_a_bullet() -> None:
    text = ("Udvalget har tre fokusområder:\n"
            "• Ungeområdet, som er en investering i fremtiden.\n"
            "• Lektiehjælp, der skal styrkes\n"
            "• Sundhedshuset, der åbner til maj\n")
    assert focus(text) == ["Ungeområdet", "Lektiehjælp", "Sundhedshuset"]
