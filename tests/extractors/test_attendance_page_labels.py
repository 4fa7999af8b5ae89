"""A flattened page's contents and page labels ("Sagsoversigt Side 01.") that run on after the last name of an
attendance value end the value: no person is made of them; nor of an agenda number glued to the last name."""

from __future__ import annotations

from tests.extractors.minutes_run import run


def test_a_flattened_pages_contents_label_ends_an_attendance_value() -> None:
    raw = ("Transkript\n\n1 Referat Handicaprådet Mødedato: Mandag den 23. november 2015 Medlemmer: Eva Holm (C) "
           "Bo Dam (A) Fraværende: Kim Lund Sagsoversigt Side 01. Godkendelse af dagsorden Budget 2016\n\n"
           "2 Godkendelse af dagsorden Beslutning Godkendt.\n")
    absent = run(raw).meeting.absent
    assert "Kim Lund" in absent
    assert not any("Sagsoversigt" in name for name in absent)


def test_a_value_of_page_labels_only_gives_no_person() -> None:
    raw = ("Transkript\n\n1 Referat Sundhedsudvalget Mødedato: Mandag den 23. november 2015 Medlemmer: Eva Holm (C) "
           "Bo Dam (A) Fraværende: Sagsoversigt Side 01. Godkendelse af dagsorden Budget 2016\n")
    assert run(raw).meeting.absent == []


def test_an_agenda_number_glued_to_the_last_name_of_a_list_is_no_part_of_it() -> None:
    raw = ("Referat af møde i ældrerådet tirsdag den 27. maj 2014\n\nFraværende med afbud: Bo Dam, Eva Holm, "
           "Lene Glesner1. \nGodkendelse af dagsordenen.\n\nDagsordenen godkendt\n\n2. \nMeddelelser\n\nIngen.\n")
    assert run(raw).meeting.absent == ["Bo Dam", "Eva Holm", "Lene Glesner"]
