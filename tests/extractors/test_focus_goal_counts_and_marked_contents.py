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
