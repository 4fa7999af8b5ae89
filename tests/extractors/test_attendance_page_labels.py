"""Attendance values: a flattened page's contents and page labels ("Sagsoversigt Side 01.") that run on after the
last name end the value, and no person is made of them, nor of an agenda number glued to the last name; absences
with the reason abbreviated ("m. afbud") and told in a sentence ("Der var modtaget afbud fra …")."""

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


def test_an_absence_with_the_abbreviated_reason() -> None:
    raw = ("Referat fra møde i Nordby Ældreråd torsdag den 19. marts 2015\nDeltagere:\nÆldrerådets medlemmer\n\n"
           "Fraværende:\nEva Holm og Bo Dam m. afbud\n\n1. \nGodkendelse af dagsordenen\n\nGodkendt.\n")
    assert run(raw).meeting.absent == ["Eva Holm", "Bo Dam"]


def test_absences_received_told_in_a_sentence() -> None:
    raw = ("Referat af Borgerrepræsentationens møde torsdag den 19. marts 2015\n\n1. Godkendelse af dagsorden\n\n"
           "Dagsordenen blev herefter godkendt.\nDer var modtaget afbud fra Eva Holm (B), Bo Dam (V) og Kim Lund (Ø)."
           "\n\n2. Valg af formand\n\nGodkendt.\n")
    assert run(raw).meeting.absent == ["Eva Holm", "Bo Dam", "Kim Lund"]
