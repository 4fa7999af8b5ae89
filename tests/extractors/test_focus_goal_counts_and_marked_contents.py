"""Focus areas in two layouts of unseen policies: a counted list noun whose line goes on with a count of goals
("bygget op om 3 indsatsområder med 11 konkrete mål") over as many bullets, and a table of contents flattened
onto one line where a label entry marks each area ("TRYGHED... 4 INDSATSOMRÅDE... 4")."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    found = find_focus_areas(normalize(text), text)
    assert all(text[f.start:f.end] == f.text for f in found)
    return [f.name for f in found]


# A count of goals after the counted list noun


def test_count_of_goals_after_the_list_noun_keeps_the_bullets() -> None:
    text = ("Om Ældrepolitik 2024-2027\n\nÆldrepolitik 2024-2027 er bygget op om 3 indsatsområder med 11 konkrete mål\n\n"
            "  • Aktivt seniorliv, der handler om motion, foreningsliv og frivillighed.\n"
            "  • Trygge boliger, der handler om at kunne blive i sit eget hjem længst muligt.\n"
            "  • Nærvær i plejen, der handler om tid til den enkelte borger.\n\n"
            "Læs hele politikken på hjemmesiden\n")
    assert focus(text) == ["Aktivt seniorliv", "Trygge boliger", "Nærvær i plejen"]


def test_count_of_goals_equal_to_the_areas_is_ambiguous() -> None:
    text = ("Planen er bygget op om 3 indsatsområder med 3 mål\n\n"
            "  • Flere unge i job\n  • Færre på kontanthjælp\n  • Bedre trivsel i skolen\n")
    assert focus(text) == []


def test_count_of_other_things_after_the_list_noun_opens_no_list() -> None:
    text = ("Budgettet fordeler 3 indsatsområder på 5 afdelinger\n\n"
            "  • Vejen\n  • Parken\n  • Torvet\n")
    assert focus(text) == []


# A flattened table of contents with a label entry after each area


def test_label_entry_after_each_contents_entry_marks_the_areas() -> None:
    text = ("2 INDHOLD... 2 FORORD... 3 TRYGHED I HVERDAGEN... 4 INDSATSOMRÅDE... 4 "
            "FÆLLESSKAB OG FORENINGSLIV... 6 INDSATSOMRÅDE... 6 OPFØLGNING... 9 Side 2 af 10\n\n"
            "3 Forord Planen beskriver boligområdets arbejde de kommende år.\n")
    assert focus(text) == ["TRYGHED I HVERDAGEN", "FÆLLESSKAB OG FORENINGSLIV"]


def test_one_marked_contents_entry_is_no_series() -> None:
    text = "2 INDHOLD... 2 FORORD... 3 ØKONOMI... 4 FOKUSOMRÅDE... 4 BILAG... 9\n"
    assert focus(text) == []


def test_contents_without_label_entries_names_no_areas() -> None:
    text = "2 INDHOLD... 2 FORORD... 3 ØKONOMI... 4 BUDGET... 5 BILAG... 9\n"
    assert focus(text) == []


# Long names in a list exactly as long as its count


def test_long_names_in_a_list_as_long_as_its_count() -> None:
    text = ("Puljen kan i år søge om støtte inden for to overordnede temaer:\n\n"
            "  • En styrket indsats for at hjælpe især nyuddannede sygeplejersker og andre unge fagfolk godt ind "
            "på arbejdspladserne.\n"
            "  • Indsatser der kan afhjælpe manglen på ufaglært arbejdskraft i plejen.\n")
    assert focus(text) == [
        "En styrket indsats for at hjælpe især nyuddannede sygeplejersker og andre unge fagfolk godt ind på "
        "arbejdspladserne",
        "Indsatser der kan afhjælpe manglen på ufaglært arbejdskraft i plejen",
    ]


def test_long_lines_under_an_uncounted_noun_stay_out() -> None:
    text = ("Puljen kan i år søge om støtte inden for følgende temaer:\n\n"
            "  • En styrket indsats for at hjælpe især nyuddannede sygeplejersker og andre unge fagfolk godt ind "
            "på arbejdspladserne.\n"
            "  • Mad og måltider\n")
    assert "Mad og måltider" in focus(text)
    assert len(focus(text)) == 1


# Numbered labels with names as entries of a flattened table of contents


def test_numbered_label_entries_with_leaders_name_the_areas() -> None:
    text = ("Indledning ........................ 2 Kapitel 1. Boligafdelingen ........ 4\n\n"
            "Indsatsområde 1 Tryghed og trivsel ............... 12 indsatsområde 2 Fællesskab på tværs "
            "............ 15 Indsatsområde 3 - Unge i job ............. 18 Kapitel 6. Økonomi ........ 22\n")
    assert focus(text) == ["Tryghed og trivsel", "Fællesskab på tværs", "Unge i job"]


def test_numbered_label_entries_of_a_transcript_without_danish_letters() -> None:
    text = ("Indsatsomrde 1 Brn og familier ............ 10 Indsatsomrde 2 Sundhed i hverdagen ............ 14\n")
    assert focus(text) == ["Brn og familier", "Sundhed i hverdagen"]


def test_one_numbered_label_entry_is_no_series() -> None:
    text = "Indledning ........ 2 Indsatsområde 1 Tryghed ........ 5 Bilag ........ 9\n"
    assert focus(text) == []
