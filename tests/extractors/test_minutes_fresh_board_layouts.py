"""Minutes of small boards and transcripts in layouts met on fresh documents: a resolution label with
its wording on the line ("Aftalt: …"), unnumbered item titles without a stop, a transcript's page
line that gives the item's number after a label ("2 Udvalget Punkt: 41 …"), stand-ins named after a
dash in an absence list, a local council's villages in its absence list, page labels run on after an
absentee's name and a place written with an en dash."""

from __future__ import annotations

from minutes_run import run

import socdoc

from socdoc.extractors.minutes_layout import parse_people


def outcomes(raw: str) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


BOARD = ("Referat af bestyrelsesmøde i Grundejerforeningen Mosevang\n\n"
         "Dato: 12. marts 2024 kl. 19.00\nSted: Klubhuset\n"
         "Deltagere: Anna Kjær, Bent Vang, Carl Friis\nAfbud: Dorte Lund\n\n")


def test_a_resolution_label_with_its_wording_is_the_items_decision() -> None:
    raw = BOARD + (
        "Punkt 1: Vejbelysning\n"
        "Kassereren har fået to tilbud på nye lamper.\n"
        "Aftalt: Carl indhenter et tredje tilbud inden næste møde.\n\n"
        "Punkt 2: Legepladsen\n"
        "Gyngerne er slidte.\n"
        "Opfølgning: Bent kontakter leverandøren.\n\n"
        "Punkt 3: Fællesspisning\n"
        "Besluttet: Foreningen betaler halvdelen af maden.\n")
    found = run(raw).decisions
    assert [(d.item, d.outcome) for d in found] == [(1, "other"), (2, "other"), (3, "other")]
    assert found[0].text == "Carl indhenter et tredje tilbud inden næste møde."


def test_a_resolution_word_without_its_colon_heads_nothing() -> None:
    raw = BOARD + (
        "Punkt 1: Vejbelysning\n"
        "Der blev aftalt et møde med kommunen.\n"
        "Aftalt med formanden at vente.\n")
    found = run(raw).decisions
    assert not any(d.text.startswith("med formanden") for d in found)


def test_unnumbered_titles_without_a_stop_open_items() -> None:
    raw = BOARD + (
        "Godkendelse af dagsorden\n"
        "Dagsordenen blev godkendt.\n\n"
        "**Affaldsskure**\n"
        "Der er kommet nye containere. Bestyrelsen besluttede at sætte skilte op ved alle skure.\n\n"
        "Vinterfest\n"
        "Festudvalget har booket salen. Det blev besluttet at holde festen i januar.\n\n"
        "Eventuelt\n"
        "Intet.\n")
    found = run(raw).decisions
    assert [(d.item, d.title) for d in found][:3] == [
        (None, "Godkendelse af dagsorden"), (None, "Affaldsskure"), (None, "Vinterfest")]
    assert found[0].outcome == "approved"


def test_two_short_lines_over_paragraphs_are_no_item_titles() -> None:
    raw = BOARD + (
        "Vejbelysning\n"
        "Der blev talt om lamperne langs stien.\n\n"
        "Legepladsen\n"
        "Gyngerne er slidte og skal skiftes.\n")
    assert run(raw).decisions == []


def test_names_and_header_words_are_no_item_titles() -> None:
    raw = ("Referat af bestyrelsesmøde i Grundejerforeningen Mosevang\n\n"
           "Deltagere\n"
           "Anna Kjær, Bent Vang og Carl Friis.\n\n"
           "Anna Kjær\n"
           "Formanden bød velkommen til mødet i klubhuset.\n\n"
           "Referat\n"
           "Mødet blev holdt i god ro og orden.\n\n"
           "Bent Vang\n"
           "Kassereren fremlagde regnskabet for året.\n")
    assert run(raw).decisions == []


def test_a_page_line_gives_the_items_labelled_number_not_the_page_number() -> None:
    raw = ("Sager til behandling\n\nTranskript\n\n"
           "1 Teknikudvalget Referat fra ordinært møde 3. maj 2011 Torsdag kl. 8:00 Mødelokale B Følgende "
           "sager behandles på mødet Side Meddelelser 2 Vejplan for Nordbyen 3 Trafiksikkerhed ved skolerne 5 "
           "Budgetopfølgning for vejområdet 7 Vintertjeneste og saltning af cykelstier 9 Udbud af rabatslåning i "
           "landdistrikterne 11 Bilagsoversigt 13 Fraværende Bo Dam (A) Bemærkninger til dagsorden\n\n"
           "2 Teknikudvalget Punkt: 41 Sagsnr.: Journalnr.: Sagsforløb: TU - Åben sag Mødedato: Sagsansvarlig "
           "enhed: Skovby Kommune Sagsbehandler: Eva Holm Meddelelser Beslutning Teknikudvalget den "
           "Formanden orienterede om vejarbejdet på Stationsvej. Teknikudvalget tog orienteringen til "
           "efterretning. Teknikudvalget Torsdag den Side 2\n")
    found = [(d.item, d.outcome) for d in socdoc.extract(raw).decisions]  # the page lines' view too
    assert (41, "noted") in found
    assert all(item != 2 for item, _ in found)


def test_stand_ins_after_a_dash_in_the_absence_list_took_part() -> None:
    raw = ("Regionsrådet - Referat - 4. marts 2024\n\nMødedato\n04-03-2024 kl. 15:00 - 17:00\n\n"
           "Deltagere\n\n • Eva Holm, V\n • Bo Dam, A\n • Kim Lund, F\n • Lis Krog, O\n\n"
           " • Afbud\n\n • Kim Lund, F - Ane Lis Bech stedfortræder\n\n"
           "  1. Regnskab 2023\n\nBeslutning\nGodkendt.\n")
    result = run(raw)
    names = [p.name for p in result.meeting.participants]
    assert "Ane Lis Bech" in names
    assert "Kim Lund" not in names
    assert result.meeting.absent == ["Kim Lund"]


def test_a_dashed_entry_keeps_the_absentees_party_and_the_stand_in() -> None:
    people = parse_people("Kim Lund, F - Ane Lis Bech stedfortræder", 0)
    assert [(p.name, p.party, p.present) for p in people] == [("Kim Lund", "F", False), ("Ane Lis Bech", None, True)]


def test_a_village_compound_broken_after_its_hyphen_is_no_person() -> None:
    value = "Ole Brink, Skærbæk, Jens Moos, Lunde- Ravnholt-Vig, Per Sand, Anne- Marie Krogh"
    names = [p.name for p in parse_people(value, 0)]
    assert names == ["Ole Brink", "Jens Moos", "Per Sand", "Anne- Marie Krogh"]


def test_page_labels_after_the_replaced_members_name_are_no_part_of_it() -> None:
    raw = ("1 Referat Ældrerådet Mødedato: Mandag den 2. maj 2022 Mødetidspunkt: Kl. 10:00 Medlemmer: Eva Holm "
           "Bo Dam Kim Lund Ane Berg Fraværende: Kim Lund Lise Krog deltog som suppleant for Kim Lund "
           "Sagsoversigt Side 01. Godkendelse af dagsorden Meddelelser\n\n"
           "2 Ældrerådet Mødedato Side Godkendelse af dagsorden Åben sag Beslutninger Dagsordenen godkendt.\n")
    absent = run(raw).meeting.absent
    assert "Kim Lund" in absent
    assert not any("Sagsoversigt" in name for name in absent)


def test_the_place_keeps_the_dash_the_minutes_write() -> None:
    raw = ("Referat af skolebestyrelsesmøde\n\nDato: 4. april 2024 kl. 17.00\n"
           "Sted: Lærerværelset i gul bygning \u2013 mødelokale 2\n\n"
           "Deltagere: Eva Holm, Bo Dam, Kim Lund\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
    assert run(raw).meeting.location == "Lærerværelset i gul bygning \u2013 mødelokale 2"


def test_a_follow_up_line_after_the_decision_section_leaves_the_decision() -> None:
    raw = BOARD + (
        "1. Vejbelysning\n\n"
        "Sagsfremstilling\n"
        "Kassereren har fået to tilbud på nye lamper.\n\n"
        "Beslutning\n"
        "Godkendt.\n"
        "Opfølgning: Carl bestiller lamperne.\n")
    found = run(raw).decisions
    assert [(d.item, d.outcome) for d in found] == [(1, "approved")]
