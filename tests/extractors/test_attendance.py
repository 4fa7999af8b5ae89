"""Minutes: attendance lists and absence across publishing layouts."""

from __future__ import annotations

import datetime as dt

import pytest

from socdoc.extractors import dates
from socdoc.extractors.minutes import MinutesResult, extract_minutes
from socdoc.extractors.minutes_layout import parse_people
from socdoc.normalize import normalize


def run(raw: str) -> MinutesResult:
    text = normalize(raw)
    return extract_minutes(text, raw, dates.find_candidates(text), None)


ITEM = "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Meddelelser\nBeslutning\nTaget til efterretning.\n"


def names(result: MinutesResult) -> tuple[list[str], list[str]]:
    return [p.name for p in result.meeting.participants], result.meeting.absent


def test_groups_roles_before_names_and_inline_absence() -> None:
    raw = (
        "Referat for Tryghedsudvalget\n\nMødedeltagere:\nFra Byrådet:\nBorgmester Hanne Lykke (formand)\n"
        "Bo Kjær (fraværende med afbud)\nIda Munk\nJonas Friis Holm\n\n\nØvrige deltagere:\n"
        "Politikommissær Anders Brink\nRepræsentant for Søndergård og Vestby Boligforening Maja Tang\n"
        "Repræsentant fra Ungerådet Ali Demir\n\nBorgerrepræsentanter Eva Lund, Per Dahl og Sara Kofoed\n\n"
        "Fra administrationen\nDirektør for Børn og Uddannelse Kirsten Ravn\n"
        "Konsulent for forebyggende indsatser Mads Bech\n\n\nSager behandlet på mødet" + ITEM
    )
    present, absent = names(run(raw))
    assert present == ["Hanne Lykke", "Ida Munk", "Jonas Friis Holm", "Anders Brink", "Maja Tang", "Ali Demir",
                       "Eva Lund", "Per Dahl", "Sara Kofoed", "Kirsten Ravn", "Mads Bech"]
    assert absent == ["Bo Kjær"]


def test_numbered_double_spaced_list_inside_the_first_item() -> None:
    raw = (
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nFraværende med afbud:\n\nIngen.\n\n"
        "Deltagerne var:\n\n1. Overborgmester Lars Holt (A)\n\n2. Rikke Bay (A)\n\n3. Borgmester Tom Eske (Ø)\n\n"
        "4. Nina Friis Lund (V)\n\nDagsordenen blev godkendt.\n\n2. Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n"
    )
    result = run(raw)
    assert [(p.name, p.party) for p in result.meeting.participants] == [
        ("Lars Holt", "A"), ("Rikke Bay", "A"), ("Tom Eske", "Ø"), ("Nina Friis Lund", "V")]
    assert result.meeting.absent == []


def test_numbered_names_after_a_label_without_colon_and_an_own_absent_list() -> None:
    raw = ("Referat\nKommunalbestyrelsen\n\nMedlemmer\n 1. Borgmester Jens Lund (V)\n 2. Anne Møller (A)\n"
           " 3. Søren Bach (O) (fraværende)\n\nAfbud\nTina Rask (C)\n\nTil toppen\n\n"
           "101. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n102. Budget\nBeslutning\nGodkendt.\n")
    present, absent = names(run(raw))
    assert present == ["Jens Lund", "Anne Møller"]
    assert absent == ["Søren Bach", "Tina Rask"]


def test_absent_list_ends_at_a_group_heading() -> None:
    raw = ("Referat - Byrådet\nTil stede\nMette Lind (A)\nThomas Krag (V)\n\nIkke til stede\nHenrik Ravn (O)\n\n"
           "Fra administrationen\nKommunaldirektør Peter Winther" + ITEM)
    present, absent = names(run(raw))
    assert present == ["Mette Lind", "Thomas Krag"]
    assert absent == ["Henrik Ravn"]


def test_comma_separated_cell_and_pipe_cells() -> None:
    raw = ("Beslutningsprotokol\n| Udvalg: | Socialudvalget |\n| Medlemmer: | Ane Bro, H. Peter Vad, Lis Dam |\n"
           "| Afbud: | Ole Krat |" + ITEM)
    present, absent = names(run(raw))
    assert present == ["Ane Bro", "H. Peter Vad", "Lis Dam"]
    assert absent == ["Ole Krat"]


@pytest.mark.parametrize("sentence,expected", [
    ("Mette Holm og Jens Peter Aagaard var fraværende.", ["Mette Holm", "Jens Peter Aagaard"]),
    ("Byrådet, 20.09.2016 Lise Nørgaard (A) og Kim Ross (V) var fraværende. Godkendt.", ["Lise Nørgaard", "Kim Ross"]),
    ("Der er afbud fra Karen Vest, Ib Holt og Alma Jessen pga. ferie.", ["Karen Vest", "Ib Holt", "Alma Jessen"]),
    ("Byrådsmedlem Karl Bonde havde forfald.", ["Karl Bonde"]),
    ("Karl Bonde deltog ikke i mødet.", ["Karl Bonde"]),
    ("Godkendt. H. Jørgen Lykke var fraværende.", ["H. Jørgen Lykke"]),
    ("Ikke til stede: Bente Lys (V) og Erik Hald (A)", ["Bente Lys", "Erik Hald"]),
    ("Karl Bonde deltog ikke i behandlingen af punkt 4.", []),
    ("Karl Bonde var fraværende under behandlingen af dette punkt.", []),
    ("Direktøren var fraværende.", []),
    ("Der var afbud fra Dansk Folkeparti.", []),
])
def test_absence_inside_items(sentence: str, expected: list[str]) -> None:
    raw = ("Byrådet 20-09-2016\n\nPunkt 1: Godkendelse af dagsorden\nBeslutning\n" + sentence + "\nGodkendt.\n\n"
           "Punkt 2: Meddelelser\nBeslutning\nTaget til efterretning.\n")
    assert run(raw).meeting.absent == expected


def test_item_that_lists_the_absentees() -> None:
    raw = ("Byrådet - Referat\nDato: 29. januar 2020\n\n1. Fraværende\nBeslutning\nJonna Vig og Palle Hede Krogh.\n\n"
           "2. Meddelelser\nBeslutning\nTaget til efterretning.\n")
    assert run(raw).meeting.absent == ["Jonna Vig", "Palle Hede Krogh"]


def test_empty_absent_list_before_the_first_item() -> None:
    raw = "Deltagere:\n\nAnne Bak (A)\nOle Hyld (Ø)\n\nFraværende:\n\n\n \n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    present, absent = names(run(raw))
    assert present == ["Anne Bak", "Ole Hyld"]
    assert absent == []


@pytest.mark.parametrize("value,expected", [
    ("Vicepolitiinspektør Sune Uhd", ["Sune Uhd"]),
    ("Afdelingsleder for Børn og Familie Rene Jul", ["Rene Jul"]),
    ("Lise Berg | næstformand | A", ["Lise Berg"]),
    ("Jens Hansen (A), formand", ["Jens Hansen"]),
    ("Ingen", []),
    ("Konsulent Else Marie Hansen", ["Else Marie Hansen"]),  # a first name that looks like a noun ending
    ("Repræsentant Peter Kjærgård", ["Peter Kjærgård"]),  # a surname that looks like a place
    ("Repræsentant for Boligforeningen Nyborg Anne Skovbo", ["Anne Skovbo"]),  # a town inside the role
    ("Jens Erik Lund, leder af Jobcenter Nordby", ["Jens Erik Lund"]),
    ("Leder af Jobcenter Nordby", []),
    ("Marion Holt, Else Berg", ["Marion Holt", "Else Berg"]),
])
def test_parse_people_entries(value: str, expected: list[str]) -> None:
    found = parse_people(value, 10)
    assert [p.name for p in found] == expected
    for p in found:
        assert (" " * 10 + value)[p.start : p.end] == p.name


def test_offsets_hold_for_every_attendee() -> None:
    raw = ("Referat\nUdvalg: Socialudvalget\nDato: 3. maj 2021\nDeltagere:\n • Borgmester Ane Bro (A)\n"
           " • Repræsentant for Ældrerådet Kaj Lund\n • Ib Vad (V) (afbud)" + ITEM)
    text = normalize(raw)
    result = extract_minutes(text, raw, dates.find_candidates(text), dt.date(2021, 5, 3))
    assert [p.name for p in result.meeting.participants] == ["Ane Bro", "Kaj Lund"]
    assert result.meeting.absent == ["Ib Vad"]
    for p in result.meeting.participants:
        assert text[p.start : p.end] == p.name


def test_a_place_after_a_blank_line_does_not_continue_the_list() -> None:
    raw = ("Referat\nUdvalg: Socialudvalget\nDeltagere:\nJens Hansen (A)\nLise Vestergård (V)\n\n"
           "Rådhuset Mødesal\n" + ITEM)
    assert names(run(raw))[0] == ["Jens Hansen", "Lise Vestergård"]


def test_absence_and_party_in_their_own_comma_parts() -> None:
    found = parse_people("Ole Dahl (A), afbud, Eva Holm, V", 0)
    assert [(p.name, p.party, p.absent) for p in found] == [("Ole Dahl", "A", True), ("Eva Holm", "V", False)]


def test_absence_list_under_an_item_outside_its_decision() -> None:
    raw = ("Byrådet 20-09-2016\n\nPunkt 1: Godkendelse af dagsorden\nFraværende: Anton Bak (V)\n\nBeslutning\nGodkendt.\n\n"
           "Punkt 2: Meddelelser\nFraværende: Anton Bak (V)\n\nBeslutning\nTaget til efterretning.\n")
    assert run(raw).meeting.absent == ["Anton Bak"]


def test_absence_under_an_earlier_meeting_decision_is_not_this_meeting() -> None:
    raw = ("Byrådet 20-09-2016\n\nPunkt 1: Budget\nBeslutning i Økonomiudvalget den 06-09-2016\nAnbefales.\n"
           "Kaj Bundgaard var fraværende.\n\nBeslutning i Byrådet den 20-09-2016\nGodkendt.\n"
           "Lone Riis var fraværende.\n\nPunkt 2: Meddelelser\nBeslutning i Byrådet den 20-09-2016\nTaget til efterretning.\n")
    assert run(raw).meeting.absent == ["Lone Riis"]


def test_list_run_together_after_party_letters() -> None:
    people = parse_people("Ida Berg (A) Per Holm (V) - Formand Kaj Lund (uden for partierne) Aarhus Kommune", 0)
    assert [(p.name, p.party) for p in people] == [("Ida Berg", "A"), ("Per Holm", "V"), ("Kaj Lund", None)]


def test_second_absentee_after_a_full_stop_and_a_substitute_note() -> None:
    assert [p.name for p in parse_people("Tina Krag (Ø). Bent Dahl (G)", 0)] == ["Tina Krag", "Bent Dahl"]
    people = parse_people("Tina Krag (Ø) - Bent Dahl (Ø) mødte som stedfortræder", 0)
    assert [p.name for p in people] == ["Tina Krag"]
    assert [p.name for p in parse_people("Lars (Lasse) Winther", 0)] == ["Lars Winther"]


def test_members_list_names_the_absentees_too() -> None:
    raw = ("Referat\nSocialudvalget\nDato: 1. marts 2022\nMedlemmer:\nAnne Dahl (C)\nBo Riis (V)\nEva Kure (A)\n"
           "Afbud:\nBo Riis (V)" + ITEM)
    present, absent = names(run(raw))
    assert present == ["Anne Dahl", "Eva Kure"]
    assert absent == ["Bo Riis"]


def test_numbered_attendance_lists_are_no_agenda_items() -> None:
    raw = ("Referat\nSocialudvalget\nDato: 5. maj 2020\nDeltagere:\n1. Kurt Lykke (A)\n2. Eva Holm (V)\n"
           "3. Ib Dam (O)\n\nAfbud:\n1. Ib Dam (O)\n" + ITEM)
    result = run(raw)
    present, absent = names(result)
    assert present == ["Kurt Lykke", "Eva Holm"]
    assert absent == ["Ib Dam"]
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "approved"), (2, "noted")]


def test_absences_written_in_and_under_a_decision() -> None:
    raw = ("Byråd\n\nTorsdag den 16-09-2021 kl. 08:15\n\n63. Godkendelse af dagsorden\n\nBeslutning\n 1. Godkendt\n\n"
           "Fraværende og stedfortræder: Sanne Holm er fraværende. Ib Lind (A) deltog som stedfortræder for Sanne Holm.\n\n"
           "Fraværende: Jens Bo Krog (Ø). Mette Ry (G)\n\n64. Meddelelser\n\nBeslutning\nTaget til efterretning.\n")
    assert sorted(run(raw).meeting.absent) == ["Jens Bo Krog", "Mette Ry", "Sanne Holm"]
    raw = ("Udvalg: Byrådet\n\nMødedato: 09-03-2021\n\nMødested: Teams\n\n1.Salg af grund på Ågade\n\n"
           "Sagsnummer: 21/100\n\nBeslutning Byrådet den 09-03-2021\n\nGodkendt.\n\nAfbud: Kim Sørensen (Løsgænger).\n\n"
           "Sagsfremstilling\n\nKommunen har modtaget et bud.\n")
    assert run(raw).meeting.absent == ["Kim Sørensen"]
    raw = ("Referat\nByrådet\nDato: 5. maj 2020\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
           "Fraværende\n\nLinda Berg Holm\n\n2. Meddelelser\nBeslutning\nTaget til efterretning.\n")
    assert run(raw).meeting.absent == ["Linda Berg Holm"]


def test_party_letter_after_a_comma() -> None:
    raw = "Referat\nByrådet\nDato: 5. maj 2020\nDeltagere:\n • Anne Krogh, A\n • Tage Mikkelsen, O\n • Ulla Bech, V" + ITEM
    assert [(p.name, p.party) for p in run(raw).meeting.participants] == [
        ("Anne Krogh", "A"), ("Tage Mikkelsen", "O"), ("Ulla Bech", "V")]


def test_all_members_present_except_one() -> None:
    raw = ("Referat fra mødet i Miljøudvalget\nden 4. marts 2021 kl. 15:00\n\n"
           "Alle medlemmer var mødt undtagen Tove Lindholm, der havde meldt afbud.\n" + ITEM)
    assert names(run(raw))[1] == ["Tove Lindholm"]


def test_substitute_after_an_absent_member_is_not_absent() -> None:
    raw = ("Kommunalbestyrelsen\n\nReferat\n\n3. maj 2022 kl. 18:00\n\nIndkaldelse\n\nKaren Holt\n\n"
           "Ib Sander\n\nLone Friis\n\nOle Vinge\n\n"
           "Karen Holt (V) var fraværende. I stedet deltog Jens Aagaard (V) Ib Sander (A) var fraværende. "
           "I stedet deltog Mia Ravn (A).\n" + ITEM)
    present, absent = names(run(raw))
    assert absent == ["Karen Holt", "Ib Sander"]
    assert "Karen Holt" not in present and "Ib Sander" not in present
    assert "Lone Friis" in present


def test_item_table_heading_after_the_members_is_no_name() -> None:
    raw = ("Referat\ntil\nmødet i Byrådet\nden 2. april 2020 kl. 17:00\n\nIndkaldelse\n\nAnne Bak\nPer Skov\n"
           "Pkt. Tekst\n12 Godkendelse af dagsorden\n13 Salg af areal\n\n12. Godkendelse af dagsorden\n\n"
           "Beslutning\nGodkendt.\n")
    present, _ = names(run(raw))
    assert present == ["Anne Bak", "Per Skov"]


def test_heading_word_before_a_name_and_sentence_end() -> None:
    assert [p.name for p in parse_people("REFERAT Ulla Berg. Kim Lau deltog ikke i punkt 3", 0)] == ["Ulla Berg"]
    assert [p.name for p in parse_people("Niels Chr. Holm, Eva Dahl", 0)] == ["Niels Chr. Holm", "Eva Dahl"]


def test_association_after_each_name_is_no_person() -> None:
    people = parse_people("Bent Kjær Olsen, Hvidbjerg Strand Grundejerforening Lis Holm, Klitly Grundejerforening "
                          "Ove Dam, Grundejerforeningen Havbakken Sommerhusområde", 0)
    assert [p.name for p in people] == ["Bent Kjær Olsen", "Lis Holm", "Ove Dam"]


def test_surname_that_ends_like_a_place_word_stays_a_name() -> None:
    people = parse_people("Mette Nørgård, Ole Kirkegård (V)", 0)
    assert [p.name for p in people] == ["Mette Nørgård", "Ole Kirkegård"]


def test_substitute_sentence_under_the_absentees_is_not_absent() -> None:
    raw = ("Referat\nByrådet\nDato: 3. maj 2023\n\n1. Godkendelse af dagsorden\n"
           "Beslutning i Byrådet den 03-05-2023\nGodkendt.\nAfbud:\nLene Skov og Mads Krogh\n"
           "Tove Riis deltog som stedfortræder for Lene Skov og Per Bach deltog som stedfortræder for Mads Krogh\n\n"
           "2. Budget\nBeslutning i Byrådet den 03-05-2023\nGodkendt.\n")
    result = run(raw)
    absent = set(result.meeting.absent) | {n for d in result.decisions for n in d.absent}
    assert {"Lene Skov", "Mads Krogh"} <= absent
    assert not absent & {"Tove Riis", "Per Bach"}


def test_absentees_with_short_notes_stay_absent() -> None:
    raw = ("Referat\nByrådet\nDato: 3. maj 2023\nAfbud:\nBo Dam, sygdom\nEva Holm, ferie\n\n"
           "1. Godkendelse af dagsorden\nBeslutning i Byrådet den 03-05-2023\nGodkendt.\n")
    assert {"Bo Dam", "Eva Holm"} <= set(run(raw).meeting.absent)


def test_absent_for_the_whole_meeting_leaves_the_members_list() -> None:
    raw = ("Referat\nByrådet\nDato: 3. maj 2023\nDeltagere: Lene Skov, Mads Krogh, Ida Bruun, Ole Friis\n\n"
           "1. Godkendelse af dagsorden\nBeslutning i Byrådet den 03-05-2023\nGodkendt.\n"
           "Afbud under hele mødet:\nMads Krogh\n\n"
           "2. Skolestruktur\nBeslutning i Økonomiudvalget den 24-04-2023\nAnbefales.\n"
           "Afbud under hele mødet:\nOle Friis\n")
    result = run(raw)
    names = [p.name for p in result.meeting.participants]
    assert "Mads Krogh" not in names and "Mads Krogh" in result.meeting.absent
    # absent from the committee's earlier meeting, not from this one
    assert "Ole Friis" in names and "Ole Friis" not in result.meeting.absent


def test_part_attendance_note_between_names_keeps_every_member() -> None:
    people = parse_people("Eva Holm (A) – Deltog fra kl. 17 og resten af mødet Bo Dam (V) Lise Kjær Berg (A) "
                          "Ole Sand (IA) – Deltog på mødet d. 4. maj Sara Lund (S)", 0)
    assert [p.name for p in people] == ["Eva Holm", "Bo Dam", "Lise Kjær Berg", "Ole Sand", "Sara Lund"]


def test_absence_label_followed_by_another_label_has_no_value() -> None:
    raw = ("KOMMUNALBESTYRELSEN\nReferat\nMedlemmer: Eva Holm (A), Bo Dam (V), Lise Kjær (A)\n\n"
           "Fraværende: Mødeleder: Formand Eva Holm Referent: Ole Sand\n\n"
           "1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n")
    result = run(raw)
    assert "Eva Holm" not in result.meeting.absent
    assert "Eva Holm" in [p.name for p in result.meeting.participants]


def test_absence_label_without_colon_before_none_word() -> None:
    """A web layout of label/value rows without colons: "Fraværende Ingen" is an empty absence list,
    not a further member named "Fraværende Ingen"."""
    raw = (
        "Referat\n\nonsdag den 8. september 2021 kl. 16:00\n\nMødested Mødelokale 2, Rådhuset\n"
        "Udvalg Kultur- og Fritidsudvalget\nMødedeltagere Karen Ravn, Ole Bach Lund, Sidse Holm\n"
        "Fraværende Ingen\nBemærkninger\n" + ITEM
    )
    present, absent = names(run(raw))
    assert present == ["Karen Ravn", "Ole Bach Lund", "Sidse Holm"]
    assert absent == []


def test_absence_label_with_glued_dash_under_first_item() -> None:
    """Glued section labels ("BeslutningGodkendt."): the absence list reads "Fraværende- Name ()"."""
    raw = (
        "Referat: 3. november 2025 kl. 09:00\nDeltagere\n- Lise Dam\n- Jakob Vinther\n- Eva Holm\n"
        "1 : Godkendelse af dagsorden\nSagsnr:\nBeslutningGodkendt.\nFraværende- Jakob Vinther ()\n"
        "2 : Orientering\nSagsnr:\nBeslutningTaget til efterretning.\n"
    )
    _, absent = names(run(raw))
    assert absent == ["Jakob Vinther"]


def test_dash_after_absence_label_needs_a_full_name() -> None:
    raw = "Referat\n\nDeltagere: Lise Dam, Eva Holm\nAfbud- se bilag\n" + ITEM
    _, absent = names(run(raw))
    assert absent == []


def test_board_members_after_body_label_with_stand_in_in_absence_list() -> None:
    """A utility company's board: the members follow "Bestyrelsen:"; the absence list names the
    stand-in who came ("suppleant NN deltog"), who is neither absent nor the absentee's role."""
    raw = (
        "Bestyrelsesmøde 4. marts 2019 kl. 14.00, Havnevej 7\n\n"
        "Bestyrelsen: Ole Hansen, Eva Berg, Bo Dam og Lene Krogh\n\n"
        "Afbud: Eva Berg, suppleant Kim Lund deltog\n\n\n"
        "Pkt. 1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n"
    )
    present, absent = names(run(raw))
    assert present == ["Ole Hansen", "Bo Dam", "Lene Krogh"]
    assert absent == ["Eva Berg"]


def test_body_label_needs_a_list_on_its_line() -> None:
    raw = "Referat\n\nDeltagere: Ole Hansen, Bo Dam\n\nBestyrelsen: Godkendt\n" + ITEM
    present, _ = names(run(raw))
    assert present == ["Ole Hansen", "Bo Dam"]


def test_stand_in_entry_after_the_name_in_an_absence_list() -> None:
    raw = ("Referat\n\nDeltagere: Ole Hansen, Eva Berg, Bo Dam\n\n"
           "Afbud: Eva Berg, Kim Lund mødte som stedfortræder\n" + ITEM)
    _, absent = names(run(raw))
    assert absent == ["Eva Berg"]
    raw = ("Referat\n\nDeltagere: Ole Hansen, Eva Berg, Bo Dam\n\n"
           "Afbud: Eva Berg (C) - Kim Lund (C) mødte som stedfortræder\n" + ITEM)
    _, absent = names(run(raw))
    assert absent == ["Eva Berg"]
