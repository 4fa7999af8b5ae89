"""Minutes layout families met on the opened sets B, F, G and H: a contents list split into groups
whose entries wrap, attendance lists of "Name - unit" rows, minutes without a title."""

from __future__ import annotations

from socdoc.extractors.minutes_layout import parse_layout

from minutes_run import run


def test_contents_list_in_groups_with_a_wrapped_entry_is_no_items() -> None:
    raw = (
        "Miljøudvalget\n\nTorsdag den 07-05-2020 kl. 15:00\n\nIndholdsfortegnelse:\n\n"
        "Åbne\n31 Godkendelse af dagsorden\n32 Klimaplan for Skovby\n\n\n"
        "Efterretningssager\n33 Orientering om målinger af vandkvaliteten i søer, åer og vandløb i kommunen o\n"
        "g i havnen\n34 Status for affaldssortering\n35 Meddelelser\n\n"
        "Medlemmer:\n\nEva Holm Bo Dam\nKim Lund Rikke Sand\n\nFraværende:\n\n"
        "31. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "32. Klimaplan for Skovby\n\nSagsfremstilling\nPlanen har været i høring.\n\nBeslutning\nGodkendt.\n"
    )
    layout = parse_layout(raw)
    assert [item.head.number for item in layout.items if item.head] == [31, 32]
    result = run(raw)
    assert [p.name for p in result.meeting.participants] == ["Eva Holm", "Bo Dam", "Kim Lund", "Rikke Sand"]
    assert [(d.item, d.outcome) for d in result.decisions] == [(31, "approved"), (32, "approved")]


def test_a_numbered_item_after_a_contents_list_with_text_between_stays_an_item() -> None:
    raw = (
        "Indholdsfortegnelse:\n\n1 Godkendelse af dagsorden\n2 Budget\n\n"
        "Mødet blev holdt på rådhuset, og alle medlemmer var til stede ved mødets start.\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "2. Budget\n\nBeslutning\nGodkendt.\n\n"
        "3. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    assert [item.head.number for item in parse_layout(raw).items if item.head] == [1, 2, 3]


def test_name_and_unit_rows_with_a_place_led_unit_and_a_lower_case_team() -> None:
    raw = (
        "Mødereferat\n\nd.: 04-10-2018 kl.: 17:00\n\nVejudvalget\n\n"
        "Deltagere: Eva Holm - Grundejerforeningen\n\nBo Dam - Grundejerforeningen\n\n-\n\n"
        "Kim Lund - Sommerhusforeningen Skovby Nord\n\nRikke Sand - Sommerhusforeningen Skovby Nord\n\n-\n\n"
        "Ole Berg - formand for Vejudvalget\n\nLis Mark - team Park og Vej\n\n"
        "Fraværende: Jens Bro\n\n"
        "01 Godkendelse af dagsorden\n\nReferat:\n\nGodkendt\n"
    )
    result = run(raw)
    assert [p.name for p in result.meeting.participants] == [
        "Eva Holm", "Bo Dam", "Kim Lund", "Rikke Sand", "Ole Berg", "Lis Mark"]
    assert result.meeting.absent == ["Jens Bro"]


def test_a_unit_in_the_plural_before_its_place_is_no_member() -> None:
    raw = (
        "Mødereferat\n\nd.: 04-10-2018 kl.: 17:00\n\nVejudvalget\n\n"
        "Deltagere: Eva Holm - Beboerrepræsentanterne Skovby Syd\n\n"
        "Bo Dam - Beboerrepræsentanterne Skovby Syd\n\nFraværende: Jens Bro\n\n"
        "01 Godkendelse af dagsorden\n\nReferat:\n\nGodkendt\n"
    )
    assert [p.name for p in run(raw).meeting.participants] == ["Eva Holm", "Bo Dam"]


def test_a_members_committee_in_the_attendance_list_is_not_the_meetings_body() -> None:
    raw = (
        "Mødereferat\n\nd.: 04-10-2018 kl.: 17:00\n\nKontaktmøde med grundejerne\n\n"
        "Deltagere: Eva Holm - Grundejerforeningen Bakken\n\nBo Dam - formand for Teknisk Udvalg\n\n"
        "Fraværende: Jens Bro\n\n01 Godkendelse af dagsorden\n\nReferat:\n\nGodkendt\n"
    )
    result = run(raw)
    assert result.meeting.body != "Bo Dam - formand for Teknisk Udvalg"
    assert [p.name for p in result.meeting.participants] == ["Eva Holm", "Bo Dam"]


def test_the_tabs_of_a_meeting_page_under_a_wrapped_participants_tab_are_no_names() -> None:
    raw = (
        "Mødereferat\n\nd.: 04-10-2018 kl.: 17:00\n\nVejudvalget\n\nMødets\n\ndeltagere\n\nReferat Bilagsliste\n\n"
        "Deltagere: Eva Holm - Grundejerforeningen\n\nBo Dam - Teknisk Udvalg\n\nFraværende: Jens Bro\n\n"
        "01 Godkendelse af dagsorden\n\nReferat:\n\nGodkendt\n"
    )
    assert [p.name for p in run(raw).meeting.participants] == ["Eva Holm", "Bo Dam"]


_REFERRED = (
    "Referat af bestyrelsesmøde\n\nDato: Onsdag d. 02.05.2012, kl. 19.00\nSted: Skovby Hallen\n\n"
    "Dagsorden:\n1.    Godkendelse af referat\n2.    Valg af kasserer\n3.    Sommerfesten\n4.    Hjemmesiden\n\n"
    "Ad. Dagsordenens pkt. 1, Godkendelse af referat\nReferatet blev godkendt.\n\n"
    "Ad. Dagsorden pkt. 2. Valg af kasserer\nBestyrelsen konstituerede sig med Eva som kasserer.\n\n"
    "Ad. Dagsorden pkt. 3. Sommerfesten\nDer kom mange gæster, og vejret var godt.\n"
    "Det besluttedes at holde festen igen næste år.\n\n"
    "Ad. Dagsorden pkt. 4. Hjemmesiden\nBo fortalte om de nye sider og om antallet af besøg.\n"
)


def test_items_referred_to_with_the_agenda_named_and_the_title_repeated() -> None:
    layout = parse_layout(_REFERRED)
    assert [item.head.number for item in layout.items if item.head] == [1, 2, 3, 4]
    assert [item.head.title for item in layout.items if item.head][3] == "Hjemmesiden"
    decisions = run(_REFERRED).decisions
    assert (1, "approved") in [(d.item, d.outcome) for d in decisions]
    assert 4 not in [d.item for d in decisions]  # an account of the item, not its first sentence


def test_a_board_constituting_itself_and_an_impersonal_passive_decision() -> None:
    result = run(_REFERRED)
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "approved"), (2, "other"), (3, "other")]
    assert result.decisions[1].text == "Bestyrelsen konstituerede sig med Eva som kasserer."
    assert result.decisions[2].text == "Det besluttedes at holde festen igen næste år."


def test_untitled_minutes_that_open_with_who_came_and_who_sent_apologies() -> None:
    from socdoc.extractors.minutes import looks_like_minutes

    raw = (
        "Fremmødte: Eva Holm, Bo Dam, Kim Lund, Rikke Sand.\n\nAfbud: Ole Berg.\n\n"
        "1.Godkendelse af dagsorden\n\nGodkendt.\n\n2.Valg af formand\n\nEva Holm blev genvalgt.\n\n"
        "3.Orientering om stierne\n\nBo fortalte om arbejdet med skiltningen.\n"
    )
    assert looks_like_minutes(raw)
    result = run(raw)
    assert [p.name for p in result.meeting.participants] == ["Eva Holm", "Bo Dam", "Kim Lund", "Rikke Sand"]
    assert result.meeting.absent == ["Ole Berg"]
    assert [(d.item, d.outcome) for d in result.decisions][:2] == [(1, "approved"), (2, "other")]
    # a news text that names people present but sends no apologies is no minutes
    assert not looks_like_minutes("Fremmødte: Eva Holm, Bo Dam, Kim Lund.\n\n1. Et punkt\n\nTekst.\n\n2. Et andet\n\nTekst.\n")


def test_an_organisations_code_after_a_presenter_is_no_party_letter() -> None:
    raw = (
        "Deltagere: Eva Holm, Bo Dam, Kim Lund.\n\nAfbud: Ole Berg.\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Stierne v/ Bo Dam (SK) og Kim Lund (A)\n\nBo fortalte om stierne.\n"
    )
    parties = {p.name: p.party for p in run(raw).meeting.participants}
    assert parties == {"Eva Holm": None, "Bo Dam": None, "Kim Lund": "A"}


def test_the_kind_of_meeting_after_the_place_is_no_part_of_it() -> None:
    raw = (
        "Referat\ntil\nmødet i Byrådet 2022-25\nden 7. marts 2023 kl. 16:00\ni Byrådssalen, Skovby - Ekstraordinært\n\n"
        "Deltagere\n\nEva Holm\nBo Dam\nKim Lund\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
    )
    assert run(raw).meeting.location == "Byrådssalen, Skovby"


def test_a_comma_list_that_breaks_names_over_its_lines() -> None:
    from socdoc.extractors import dates
    from socdoc.extractors.minutes import extract_minutes
    from socdoc.normalize import normalize

    raw = (
        "Teknisk Udvalg\nReferat\nMødedato:\nTirsdag den 12-03-2013\nDeltagere:\n"
        "Eva Holm, Bo Dam, Kim Lund Sørensen, Ebbe\nKristiansen, Rikke Sand, J.P.\nMadsen\nBemærkninger:\n"
        "Afbud:\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
    )
    text = normalize(raw)
    result = extract_minutes(text, raw, dates.find_candidates(text))
    assert [p.name for p in result.meeting.participants] == [
        "Eva Holm", "Bo Dam", "Kim Lund Sørensen", "Ebbe Kristiansen", "Rikke Sand", "J.P. Madsen"]
    # a list that ends with a whole name keeps its lines apart
    raw2 = "Deltagere:\nEva Holm, Bo Dam\nKim Lund, Rikke Sand\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
    assert [p.name for p in extract_minutes(normalize(raw2), raw2, []).meeting.participants] == [
        "Eva Holm", "Bo Dam", "Kim Lund", "Rikke Sand"]


def test_a_name_broken_over_two_lines_of_the_list_is_a_person() -> None:
    import socdoc

    raw = (
        "Teknisk Udvalg\nReferat\nMødedato:\nTirsdag den 12-03-2013\nDeltagere:\n"
        "Eva Holm, Bo Dam, Kim Lund Sørensen, Ebbe\nKristiansen, Rikke Sand\nBemærkninger:\n"
        "Afbud:\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
    )
    names = [p.name for p in socdoc.extract(raw).people]
    assert "Ebbe Kristiansen" in names and "Rikke Sand" in names
