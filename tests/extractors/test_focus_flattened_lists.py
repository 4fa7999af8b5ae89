"""Focus areas in lists that a slide or PDF conversion flattened onto one line: a counted list noun followed
straight by its numbered items ("fire fokusområder (og 12 tiltag) 1. A (3) 2. B (4) …"), and numbered labels
running on with their names and the activities under them ("Indsatsområde 1 - A Aktivitet Indsatsområde 2 B …")."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    found = find_focus_areas(normalize(text), text)
    assert all(text[f.start:f.end] == f.text for f in found)
    return [f.name for f in found]


# A counted list noun and its numbered items on one line


def test_counted_noun_over_numbered_items_on_one_line() -> None:
    text = ("Oversigt Aftalen har tre fokusområder (og 11 tiltag) 1. Tidlig indsats i dagtilbud (4) "
            "2. Flere unge skal gennemføre en uddannelse efter folkeskolen (5) 3. Bedre samarbejde med "
            "foreningslivet (2) Næste side viser tidsplanen.\n")
    assert focus(text) == ["Tidlig indsats i dagtilbud",
                           "Flere unge skal gennemføre en uddannelse efter folkeskolen",
                           "Bedre samarbejde med foreningslivet"]


def test_numbered_items_cut_off_by_the_end_of_the_saved_text() -> None:
    text = ("Planen har fire indsatsområder 1. Tryghed i boligområdet 2. Sundhed og trivsel "
            "3. Job og uddannelse 4. Et stærkt fælles")
    assert focus(text) == ["Tryghed i boligområdet", "Sundhed og trivsel", "Job og uddannelse"]


def test_fewer_numbered_items_than_counted_open_no_list() -> None:
    text = ("Rådet drøftede de fire temaer 1. Referatet fra sidste møde blev godkendt. "
            "2. Formanden orienterede om budgettet.\n\nNæste møde holdes i maj.\n")
    assert focus(text) == []


def test_numbered_items_counting_past_the_noun_open_no_list() -> None:
    text = ("Udvalget har to temaer 1. Skolevejen 2. Legepladsen 3. Hallen og 4. Biblioteket blev også nævnt.\n")
    assert focus(text) == []


# Numbered labels run on with their names and activities


def test_numbered_labels_inside_one_flattened_line() -> None:
    text = ("Indhold Forord Baggrund Indsatserne Indsatsområde 1 - Ældre beboere Besøgsvenner Fællesspisning "
            "Indsatsområde 2 børn, unge og forældre Lektiecafé Fritidsjob Indsatsområde 3 Beskæftigelse "
            "Jobcafé Evaluering\n")
    assert focus(text) == ["Ældre beboere", "børn, unge og forældre", "Beskæftigelse"]


def test_numbered_labels_in_a_sentence_name_nothing() -> None:
    text = ("Indsatsområde 1 omfatter tryghed i Vestbyen, og indsatsområde 2 handler om job i Østbyen, "
            "hvor ledigheden er høj.\n")
    assert focus(text) == []


def test_numbered_labels_in_capitals_tell_no_name_ends() -> None:
    text = ("INDSATSOMRÅDE 1 ÆLDRE BEBOERE BESØGSVENNER INDSATSOMRÅDE 2 BØRN OG UNGE LEKTIECAFÉ\n")
    assert focus(text) == []


def test_one_numbered_label_inside_a_line_is_no_series() -> None:
    text = ("Projektet hører under Indsatsområde 2 Børn og unge Læs mere på hjemmesiden.\n")
    assert focus(text) == []


# Titles of a bullet list run together after a counted noun and its colon


def test_counted_titles_run_together_after_a_colon() -> None:
    text = ("Aftalen bygger på tre bærende temaer: Tidlig opsporing Samarbejde og koordinering Faglig "
            "udvikling. Temaerne uddybes i bilaget.\n")
    assert focus(text) == ["Tidlig opsporing", "Samarbejde og koordinering", "Faglig udvikling"]


def test_run_together_titles_must_match_the_count() -> None:
    text = ("Aftalen bygger på fire bærende temaer: Tidlig opsporing Samarbejde og koordinering Faglig "
            "udvikling. Temaerne uddybes i bilaget.\n")
    assert focus(text) == []


def test_a_pair_of_capitalised_names_is_no_run_of_titles() -> None:
    text = "Rådet har valgt to temaer: Tryghed og Trivsel. De drøftes i marts.\n"
    assert focus(text) == ["Tryghed", "Trivsel"]


# A title telling of more focus


def test_title_of_more_focus_on_two_things_names_no_areas() -> None:
    text = ("Politiet samler kræfterne i en ny organisation fra marts.\n\nØget fokus på tryghed og forebyggelse\n\n"
            "Der afsættes faste medarbejdere til arbejdet i lokalområderne.\n")
    assert focus(text) == []


def test_title_of_more_focus_on_a_list_names_its_areas() -> None:
    text = ("Planen for bydelen er vedtaget.\n\nØget fokus på beskæftigelse, uddannelse og tryghed\n\n"
            "Indsatsen løber i fire år.\n")
    assert focus(text) == ["beskæftigelse", "uddannelse", "tryghed"]


# Focus on doing something: the bullets are actions


def test_focus_on_an_infinitive_over_bullets_names_no_areas() -> None:
    text = ("Indsatsen bygger på en rehabiliterende tilgang, og for at nå målet sættes der fokus på at:\n\n"
            "• Styrke borgerens egne kompetencer.\n• Inddrage de pårørende i planlægningen\n")
    assert focus(text) == []


# A comma list has one "og" of its own


def test_second_og_in_the_last_part_of_a_comma_list_joins_an_item() -> None:
    text = ("Politikken fokuserer på temaerne Fysisk Aktivitet, Kost og Trivsel og Det gode seniorliv.\n\n"
            "Den gælder i fire år.\n")
    assert focus(text) == ["Fysisk Aktivitet", "Kost og Trivsel", "Det gode seniorliv"]


# Titles each over the bullets of their initiatives


def test_counted_titles_each_over_their_initiatives() -> None:
    text = ("Planen rummer 14 initiativer fordelt på to indsatsområder:\n\nTidlig opsporing i skolen\n\n"
            " • Screening af elevernes trivsel\n • Kurser for lærere\n\nBedre overgange til uddannelse\n\n"
            " • Mentorer for elever i 9. klasse\n • Brobygning til erhvervsskolerne\n\nPlanen evalueres i 2026.\n")
    assert focus(text) == ["Tidlig opsporing i skolen", "Bedre overgange til uddannelse"]


def test_titles_over_bullets_cut_off_by_the_end_of_the_page() -> None:
    text = ("Regeringen sætter ind med 30 initiativer fordelt på fem indsatsområder:\n\nHjælp tidligt i livet\n\n"
            " • Flere sundhedsplejersker\n • Styrket forældrestøtte\n • Udbredelse af netværksgrupper for nybagte forældre i")
    assert focus(text) == ["Hjælp tidligt i livet"]


def test_fewer_titles_over_bullets_than_counted_name_nothing() -> None:
    text = ("Udvalget har tre temaer:\n\nTidlig opsporing\n\n • Screening\n • Kurser\n\n"
            "Mødet sluttede kl. 17.\n")
    assert focus(text) == []


# A verb of choosing and "som" before a list noun


def test_chosen_objects_named_focus_areas_by_som() -> None:
    text = ("Foreningen har udpeget ensomhed, mobning og trivsel foruden digital dannelse som sine "
            "strategiske fokusområder for de næste tre år.\n")
    assert focus(text) == ["ensomhed", "mobning og trivsel", "digital dannelse"]


def test_chosen_object_as_one_of_the_areas() -> None:
    text = "Byrådet har i planen peget på byens ældre boligkvarterer som et af fem indsatsområder.\n"
    assert focus(text) == ["ældre boligkvarterer"]


def test_chosen_as_something_else_names_no_area() -> None:
    text = "Bestyrelsen har valgt Anne Holm som formand og Per Lund som kasserer.\n"
    assert focus(text) == []


def test_chosen_infinitive_names_no_area() -> None:
    text = "Rådet har valgt at bruge trivsel som et af sine fokusområder i år.\n"
    assert focus(text) == []
