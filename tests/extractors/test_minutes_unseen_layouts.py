"""Minutes: header and attendance layouts of PDF transcripts, web exports and association minutes
(HTML line breaks left in the text, a time whose digits were lost before the place, labels in a
block with their values after it, rooms named after a unit, first-name-only board lists, member
lists that end at "Ingen", lists of "Name, Unit" entries)."""

from __future__ import annotations

import datetime as dt

from socdoc.extractors import docinfo
from socdoc.extractors.minutes import MinutesResult
from socdoc.extractors.minutes_layout import parse_people
from socdoc.normalize import normalize

from minutes_run import run


def names(result: MinutesResult) -> list[str]:
    return [p.name for p in result.meeting.participants]


ITEMS = "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Orientering\nBeslutning\nTaget til efterretning.\n"


# --- HTML residue ------------------------------------------------------------------------------------


def test_html_line_breaks_do_not_end_up_in_values() -> None:
    raw = ("<strong>TEKNIK- OG MILJØUDVALGET</strong><br />\n\n"
           "<strong>Referat</strong><br />\n\n"
           "Mødested Byhuset Lokale 4<br />\n\n"
           "Mødedato Tirsdag den 6. marts 2018<br />\n\n"
           "Mødetidspunkt Kl. 16.00<br />\n\n"
           "Medlemmer Karen Holt (V), Bo Frandsen (V), Ulla K. Mortensen<br />\n"
           "(A), Henrik Dam (C), Lise Bruun<br />\n"
           "(F)<br />\n" + ITEMS)
    m = run(raw).meeting
    assert m.location == "Byhuset Lokale 4"
    assert names(run(raw)) == ["Karen Holt", "Bo Frandsen", "Ulla K. Mortensen", "Henrik Dam", "Lise Bruun"]


# --- a time whose digits were lost in a transcript title --------------------------------------------


def test_title_place_after_a_time_without_digits() -> None:
    raw = ("Bestyrelsesmøde tirsdag den 14. marts 2017, kl på Kroen i Vestby, Torvet 3, Vestby\n\n"
           "Til stede: Eva Lund, Poul Mark og Tine Holm\n" + ITEMS)
    assert run(raw).meeting.location == "Kroen i Vestby, Torvet 3, Vestby"


def test_title_place_with_a_capital_i_and_an_upper_case_stamp_after_it() -> None:
    raw = ("1 Skovby Boligforening Referat fra organisationsbestyrelsesmøde Onsdag den 2. marts 2016 kl "
           "I Søparkens Fælleshus, Søvej 12, 4000 Skovby REFERAT KUN TIL INTERNT BRUG Dagsorden: "
           "1 Godkendelse af dagsorden\n" + ITEMS)
    m = run(raw).meeting
    assert m.location == "Søparkens Fælleshus, Søvej 12, 4000 Skovby"
    assert m.body == "Organisationsbestyrelsen"  # the stamp "kun til internt brug" is no body


def test_upper_case_title_place_after_kl_without_digits() -> None:
    raw = ("1 BYRÅDET FOR SKOVBY KOMMUNE REFERAT FRA MØDE NR. 4 ONSDAG DEN 3. MARTS 2010, KL PÅ SKOVBY "
           "RÅDHUS, MØDESAL 1\n" + ITEMS)
    assert run(raw).meeting.location == "Skovby Rådhus, Mødesal 1"


def test_held_in_title_with_the_time_lost() -> None:
    raw = "Referat Møde 03/2015 Mødet afholdt i Nuuk, rådhusets mødesal kl\n\nDagsorden\n" + ITEMS
    assert run(raw).meeting.location == "Nuuk, rådhusets mødesal"


# --- labels in a block, values after it ---------------------------------------------------------------


def test_empty_absence_label_inside_a_block_of_labels() -> None:
    raw = ("Åben dagsorden\nByrådet\n\nMødedato:\nMødet påbegyndt:\nMødet afsluttet:\nMødested:\nFraværende:\n"
           "4. april 2019\nkl. 17:00\nkl.\nSkovby Rådhus, Torvet 1\nFølgende sager behandles:\n" + ITEMS)
    m = run(raw).meeting
    assert m.location == "Skovby Rådhus, Torvet 1"
    assert m.date == dt.date(2019, 4, 4)


def test_members_end_before_ingen_when_values_follow_the_labels() -> None:
    raw = ("1 Åbent Referat til Udvalget for Natur Mødedato: Mandag den 1. juni 2015 Mødetidspunkt: 15:00 "
           "Mødested: Deltagere: Fraværende: Referent: Lindesalen, det gamle rådhus Ane Lind, Bo Dahl, "
           "Eva Holm, Jens Vang Ingen Karin Friis\n" + ITEMS)
    r = run(raw)
    assert r.meeting.location == "Lindesalen, det gamle rådhus"
    assert names(r) == ["Ane Lind", "Bo Dahl", "Eva Holm", "Jens Vang"]
    assert r.meeting.absent == []


def test_bare_place_label_before_the_colon_labels_of_a_run_on_line() -> None:
    raw = ("1 SKOVBY KOMMUNE Referat af møde i Kulturudvalget Mødetidspunkt :00 Mødeafholdelse Lokale C "
           "Mødet sluttede kl.: Tilstede: Ane Lind, Bo Dahl, Eva Holm Fraværende:\n" + ITEMS)
    r = run(raw)
    assert r.meeting.location == "Lokale C"
    assert names(r) == ["Ane Lind", "Bo Dahl", "Eva Holm"]


# --- rooms and combined labels ---------------------------------------------------------------------


def test_room_named_after_its_unit_behind_the_time() -> None:
    raw = ("Referat Ældreudvalgets møde Tirsdag den 08-03-2016 Kl. 14:00 Visitationens mødelokale Vejen 3, st.\n\n"
           "Deltagere: Ane Lind, Bo Dahl\n" + ITEMS)
    assert run(raw).meeting.location == "Visitationens mødelokale Vejen 3, st."


def test_sentence_after_the_time_is_no_room() -> None:
    raw = ("Referat Ældreudvalgets møde Tirsdag den 08-03-2016 Kl. 14:00 Mødet holdes denne gang i kantinen\n\n"
           "Deltagere: Ane Lind, Bo Dahl\n" + ITEMS)
    assert run(raw).meeting.location is None


def test_place_of_a_when_and_where_label() -> None:
    raw = ("Referat fra afdelingsmøde\n\nMødetitel Renovering af tage\n\n"
           "Tid / Sted 12. juni 2018 kl. 19-21, Fælleslokalet Bakkegården\n\n"
           "Deltagere Ca. 40 beboere\n" + ITEMS)
    m = run(raw).meeting
    assert m.location == "Fælleslokalet Bakkegården"
    assert m.date == dt.date(2018, 6, 12)


# --- attendance lists ------------------------------------------------------------------------------


def test_board_of_first_names_only_with_a_lost_comma() -> None:
    raw = ("Bestyrelsesmøde\nTirsdag d. 5. september 2017, kl. 19:30\n\nSted: hos Karen, Byvej 8\n\n"
           "Tilstede: Peter, Karen Søren og Anders\nAfbud: Kjeld Andersen\n" + ITEMS)
    r = run(raw)
    assert names(r) == ["Peter", "Karen", "Søren", "Anders"]
    assert r.meeting.absent == ["Kjeld Andersen"]


def test_full_names_are_not_split_as_first_names() -> None:
    people = parse_people("Anne Marie Holm, Peter Lund", 0)
    assert [p.name for p in people] == ["Anne Marie Holm", "Peter Lund"]
    # two first names together and no single one: not split into first names
    assert [p.name for p in parse_people("Anne Marie, Hans Peter", 0)] == ["Anne Marie", "Hans Peter"]


def test_name_unit_entries_with_an_acronym_role_and_a_place_organisation() -> None:
    raw = ("Referat af mødet mellem kommunen og de lokale grundejerforeninger den 2. maj 2019\n\nDeltagere:\n\n"
           "Hans Bak, Strandby Grundejerforening\n"
           "Formand for ENT Niels Holm\n"
           "Tove Lund, Skovby Kommune\n\n"
           "Afbud:\n"
           "Eva Dam, Strandby Vesterhavsbad Grundejerforening\n" + ITEMS)
    r = run(raw)
    assert names(r) == ["Hans Bak", "Niels Holm", "Tove Lund"]
    assert r.meeting.absent == ["Eva Dam"]


def test_person_after_the_unit_of_the_entry_before() -> None:
    people = parse_people("Ole Berg, Foreningen af husejere ved Strandvejen Lene Kvist, Foreningen af husejere", 0)
    assert [p.name for p in people] == ["Ole Berg", "Lene Kvist"]


def test_group_heading_cut_before_its_colon_is_no_person() -> None:
    assert parse_people("Fra Skovby-Vestby", 0) == []


# --- the kind ------------------------------------------------------------------------------------


def test_meeting_title_with_attendance_and_afbud_fra_is_minutes() -> None:
    text = ("Fælles koordinationsmøde den 3. maj 2012 Deltagere: Fra Skovby Boligselskab: Ane Lind, Bo Dahl "
            "Fra kommunen: Eva Holm (centerchef) Afbud fra: Jens Vang (C)\n\nDrøftelse af renoveringen.")
    assert docinfo.classify(text) == "minutes"


# --- body and date of transcript pages and notices ---------------------------------------------------


def test_numbered_upper_case_title_line_is_no_item() -> None:
    raw = ("BYRÅDET FOR SKOVBY KOMMUNE\n\nTranskript\n\n1 BYRÅDET FOR SKOVBY KOMMUNE REFERAT FRA MØDE NR. 7 "
           "ONSDAG DEN 3. MARTS 2010, KL PÅ SKOVBY RÅDHUS, MØDESAL 1\n\n"
           "2 Byrådet 3. marts 2010 Side: 2 Fraværende: Ole Lund, Eva Dam. Til behandling forelå:\n" + ITEMS)
    m = run(raw).meeting
    assert m.date == dt.date(2010, 3, 3)
    assert m.body == "Byrådet"


def test_item_title_with_referat_is_still_an_item() -> None:
    raw = ("Referat\nØkonomiudvalget\nMødedato: 4. maj 2019\n\n"
           "1 GODKENDELSE AF REFERAT FRA MØDET DEN 3. APRIL 2019\nBeslutning\nGodkendt.\n\n"
           "2 Orientering\nBeslutning\nTaget til efterretning.\n")
    r = run(raw)
    assert [d.item for d in r.decisions] == [1, 2]
    assert r.meeting.date == dt.date(2019, 5, 4)


def test_meeting_date_from_the_agenda_item_when_the_header_lost_it() -> None:
    raw = ("1 Referat Ældreudvalget Møde nr.: 4/2018 Mødedato: Onsdag den Mødetidspunkt: 16:00-18:00 "
           "Mødested: Lindehuset Medlemmer Ane Lind (anli) A Bo Dahl (bodh) V Fraværende Bemærkninger\n\n"
           "2 Side 1 Indholdsfortegnelse 1. Godkendelse af dagsorden for mødet den 9. maj Orientering\n\n"
           "3 Side 2 1. Godkendelse af dagsorden for mødet den 9. maj 2018 Åben sag Beslutning Godkendt.\n")
    assert run(raw).meeting.date == dt.date(2018, 5, 9)


def test_an_area_ending_in_omraadet_is_no_body() -> None:
    raw = ("Det meddeles herved, at der afholdes ordinært kommunalbestyrelsesmøde onsdag den 7. marts 2018 "
           "kl. 17:00 i Skovby Forsamlingshus, Skolevej 4\n\nDAGSORDEN\n\nÅbent møde:\n\n"
           " • Godkendelse af takster på Ældreområdet\n • Meddelelser fra borgmesteren\n")
    m = run(raw).meeting
    assert m.body == "Kommunalbestyrelsen"
    assert m.location == "Skovby Forsamlingshus, Skolevej 4"


def test_body_named_before_the_minutes_word_of_a_title_line() -> None:
    raw = ("Møde 4. april 2011 kl. 08:00 i Erhvervshuset\n\nTranskript\n\n"
           "1 Teknikudvalg Referat Møde 4. april 2011 kl. 08:00 i Erhvervshuset Afbud fra/fraværende: - "
           "Pkt. Tekst Side 12 Vejplan 2011\n" + ITEMS)
    assert run(raw).meeting.body == "Teknikudvalg"
    raw = ("Vestby Kommune Byrådet. Referat. Mødedato: 2. maj 2013. Rådhus.\n\nTranskript\n\n"
           "1 Refer Mødedo: 2. maj 2013 Mødelokale: Byrådssalen Starttidspunkt for møde: 19:00\n" + ITEMS)
    assert run(raw).meeting.body == "Byrådet"


def test_one_case_page_with_its_case_number_and_status_is_minutes() -> None:
    from socdoc.extractors.minutes import looks_like_minutes

    text = ("1.      Borgerdialog før byrådsmødet\n\nSag 112-2017-40\n\nDok. 112-2021-8812\n\nInitialer: ABC\n\n"
            "Åbent\n\n\nSagsfremstilling\n\nByrådet besluttede i 2017 at holde en halv times dialog med borgerne "
            "før hvert møde.\n")
    assert looks_like_minutes(text)
    # the same numbered heading and section without a case number or status is not enough
    assert not looks_like_minutes("1. Borgerdialog\n\nSagsfremstilling\n\nByrådet besluttede at holde dialog.\n")


# --- standing schedules and absence noted under every item ------------------------------------------


def test_usual_time_of_the_council_meetings_is_not_this_meetings_time() -> None:
    raw = ("Dagsordener og referater\n\nByrådsmøderne holdes i Byrådssalen på Rådhuset, Torvet 2, kl. 17.00 med "
           "mindre andet er angivet.\n\nUdvalg: Teknikudvalget\n\nMødedato: 12-03-2019\n\n"
           "Mødested: Lokale 3 - Skovby Rådhus\n" + ITEMS)
    m = run(raw).meeting
    assert m.time is None
    assert m.location == "Lokale 3 - Skovby Rådhus"


def test_member_absent_under_every_decision_is_no_participant() -> None:
    raw = ("Teknikudvalget\n\nReferat 4.06.2014 kl. 16:00\n\nMedlemmer:\n\nEva Holm (A), Formand\n"
           "Karl B. Jensen (V)\nLone Dam (F)\n\n"
           "10. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\nFraværende med afbud: Karl Jensen (V)\n\n"
           "11. Vejplan\n\nBeslutning\n\nTaget til efterretning.\n\nFraværende med afbud: Karl Jensen (V)\n")
    r = run(raw)
    assert names(r) == ["Eva Holm", "Lone Dam"]
    assert r.meeting.absent == ["Karl Jensen"]


def test_member_absent_under_one_item_stays_a_participant() -> None:
    raw = ("Teknikudvalget\n\nReferat 4.06.2014 kl. 16:00\n\nMedlemmer:\n\nEva Holm (A), Formand\n"
           "Karl B. Jensen (V)\nLone Dam (F)\n\n"
           "10. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
           "11. Vejplan\n\nBeslutning\n\nTaget til efterretning.\n\nFraværende: Karl Jensen (V)\n")
    assert "Karl B. Jensen" in names(run(raw))


# --- a web page that gives every item one section ------------------------------------------------------


CMS_PAGE = ("190312 - Tredje ordinære kommunalbestyrelsesmøde\n\nUdvalg\nKommunalbestyrelsen\nDato\n"
            "12. March 2019 -\nTitel\nForside\n\nSagsfremstilling\n\nMedlemmer\n\nAne Lund (IA)\n\nPeter Berg (S)\n\n"
            "Karen Holm (D)\n\nNiels Dahl (S)\n\n \n\nAfbud: Karen Holm (D)\n\n"
            "Godkendelse af dagsorden\n\nSagsfremstilling\n\nDagsorden godkendt.\n\n \n\n"
            "Meddelelser\n\nSagsfremstilling\n\nBorgmesteren orienterede om sit møde med lokaludvalget i Nuuk, "
            "hvor udvalget fortalte om sine aktiviteter i det forløbne år og om de udfordringer, det står over for.\n")


def test_english_month_date_is_the_meeting_date_and_no_item() -> None:
    r = run(CMS_PAGE)
    assert r.meeting.date == dt.date(2019, 3, 12)
    assert r.meeting.body == "Kommunalbestyrelsen"


def test_every_item_with_one_section_and_a_short_outcome() -> None:
    r = run(CMS_PAGE)
    assert [(d.title, d.outcome, d.text) for d in r.decisions] == [
        ("Godkendelse af dagsorden", "approved", "Dagsorden godkendt.")]


def test_absence_list_beside_the_members_in_the_front_item() -> None:
    r = run(CMS_PAGE)
    assert names(r) == ["Ane Lund", "Peter Berg", "Niels Dahl"]
    assert r.meeting.absent == ["Karen Holm"]


def test_absence_label_run_on_into_the_next_label() -> None:
    from socdoc.extractors.minutes_layout import absence_statements, split_lines

    lines = split_lines("Til stede: Ane Lind og Bo Dahl Afbud: Eva Holm Dagsorden: 1. Godkendelse af dagsorden")
    assert [p.name for p in absence_statements(lines)] == ["Eva Holm"]


def test_place_of_this_meeting_told_in_an_item() -> None:
    raw = ("Ældreudvalget - 04-10-2022\n\nReferat\nDato:\nTirsdag, 4 oktober, 2022 - 15:00\nLokation:\n\n"
           "Punkt 1 Godkendelse af dagsorden\n\nBeslutning i Ældreudvalget den 04-10-2022\n\nGodkendt.\n\n"
           "Punkt 2 Besøg på Solgården\n\nSagsresumé\n\nMødet i Ældreudvalget afholdes denne gang i Plejecentret "
           "Solgården. Adressen er Skovvej 4.\n\nBeslutning i Ældreudvalget den 04-10-2022\n\nTaget til efterretning.\n")
    assert run(raw).meeting.location == "Plejecentret Solgården"


# --- members list with group headings run on in one transcript line -----------------------------------


GROUPS_LINE = ("1 Fælles koordinationsmøde den 3. maj 2012 Deltagere: Fra Skovby Boligforening: Ane Lind Bo Dahl "
               "(KAB) Fra Vestby Boligselskab: Eva Holm Rikke Stisager (DAB) Den Sagsnr.: 12/1180 Dok.nr.: 14 "
               "Sagsbehandler: Hans Berg Direkte tlf.: Fra Boligkontoret: Laila Johansen Fra kommunalbestyrelsen: "
               "Ib Sørensen (A), formand for Planudvalget, ordstyrer Lise Holst Rasmussen (A), formand for "
               "Familieudvalget Fra kommunen: Tine Guldfeldt (visitator) Afbud fra: Ole Vang (C), formand for "
               "Teknikudvalget\n\n2 Drøftelse af renoveringsplanerne for de tre afdelinger.\n")


def test_group_headings_go_on_with_a_run_on_members_list() -> None:
    r = run(GROUPS_LINE)
    assert names(r) == ["Ane Lind", "Bo Dahl", "Eva Holm", "Rikke Stisager", "Laila Johansen", "Ib Sørensen",
                        "Lise Holst Rasmussen", "Tine Guldfeldt"]
    assert r.meeting.absent == ["Ole Vang"]


def test_case_data_labels_are_no_participants() -> None:
    assert "Hans Berg" not in names(run(GROUPS_LINE))


def test_a_run_of_six_name_words_is_no_name() -> None:
    # known first names cut the run; without them it is left out rather than read as one person
    assert [p.name for p in parse_people("Ole Berg Jens Kjeldbo Kim Holm (KAB)", 0)] == [
        "Ole Berg", "Jens Kjeldbo", "Kim Holm"]
    assert parse_people("Steffan Borre Bjarni Dalby Kristen Mols (KAB)", 0) == []


def test_an_auditing_firm_under_afbud_is_no_person() -> None:
    raw = ("1 Bestyrelsesmøde torsdag den 5. marts 2015, kl på Kroen, Torvet 2, Vestby Til stede: Formand Eva Holm, "
           "Bo Dahl og Ane Lind Revisor: Afbud: Revisionsfirmaet Nørgaard, v. revisor Kim Lund\n" + ITEMS)
    assert run(raw).meeting.absent == []


def test_genitive_meeting_line_is_the_decision_heading() -> None:
    raw = ("1.         Meddelelser\n\n                                        Åbent\n\n"
           "Sagsnr.: 112-2011-100       J.nr.: 00.01.00\n\n\n"
           "Ældreudvalgets møde den 7. november 2011:\n\nFormanden orienterede om budgetaftalen.\n\n\n"
           "2.         Plejeboliger i Vestby\n\n                                        Åbent\n\n"
           "Sagsnr.: 112-2011-220       J.nr.: 27.00.00\n\n\n"
           "Ældreudvalgets møde den 7. november 2011:\n\nGodkendt.\n")
    r = run(raw)
    assert [(d.item, d.outcome) for d in r.decisions] == [(1, "other"), (2, "approved")]


def test_place_between_the_meeting_word_and_the_date_of_a_title() -> None:
    raw = "Referat af Ældrerådets møde på Plejehjemmet Solgården den 4. maj 2021 kl. 14.00\n\nDeltagere: Ane Lind, Bo Dahl\n"
    assert run(raw + ITEMS).meeting.location == "Plejehjemmet Solgården"
    # a body after "møde i" is no place
    raw = "Referat af møde i Ældrerådet den 4. maj 2021 kl. 14.00\n\nDeltagere: Ane Lind, Bo Dahl\n"
    assert run(raw + ITEMS).meeting.location is None


def test_a_place_far_behind_the_time_on_a_run_on_line_is_not_the_meeting_place() -> None:
    text = ("1 Møde i Byrådet onsdag den 3. maj 2006, Kl REFERAT INDHOLDSFORTEGNELSE 1. Meddelelser "
            "2. Budgetopfølgning 3. Cykelsti på Skovvej - anlægsbevilling 4. Salg af grund\n\n"
            "1. Meddelelser\nBeslutning\nTaget til efterretning.\n")
    assert docinfo.classify(text) == "minutes"
    assert run(text).meeting.location is None


def test_the_body_named_before_the_agenda_word_of_a_run_on_title() -> None:
    text = ("Teknisk Udvalg. Dagsorden. torsdag den 6. marts 2008 kl. 16:00 - Mødelokale 3\n\n"
            "1 Teknisk Udvalg Dagsorden torsdag den 6. marts 2008 kl. 16:00 Indholdsfortegnelse "
            "21. Vintertjeneste 22. Trafikplan\n")
    assert run(text).meeting.body == "Teknisk Udvalg"


def test_an_organisation_code_after_members_is_no_party_letter() -> None:
    text = ("Handicaprådet\nReferat\nMødedato: 14. marts 2017\n\nMedlemmer:\n\n"
            "Lone Berg DH Karsten Ravn DH\nSusanne Holm Peter Lind (A)\n\n"
            "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    parties = {p.name: p.party for p in run(text).meeting.participants}
    assert parties.get("Peter Lind") == "A"
    assert "DH" not in parties.values()
def test_case_number_under_a_file_number_is_no_item() -> None:
    """Items "Pkt. N. Title" with a journal number and a case number below each ("J.nr.: …",
    "Sagsnr.: 4417"): the case number is no item and the items keep their decisions."""
    raw = (
        "Bestyrelsesmøde 12. april 2018 kl. 15.00\n\n"
        "Pkt. 1. Godkendelse af referat fra forrige møde (B)\n\nJ.nr.: 00.01.00.A10-0002/2017\n"
        "Sagsnr.: 4417\n\n\nIndstilling:\nTil godkendelse.\n\nBeslutning:\nGodkendt.\n\n \n\n"
        "Pkt. 2. Godkendelse af dagsorden (B)\n\nJ.nr.: 00.01.00.A10-0002/2017\nSagsnr.: 4417\n\n\n"
        "Indstilling:\nTil godkendelse.\n\nBeslutning:\nGodkendt.\n\n \n\n"
        "Pkt. 3 Deltagelse i konference om genanvendelse (B)\n\nJ.nr.: 00.02.00.G01-0003/2016\n"
        "Sagsnr.: 3920\n\n\nIndstilling:\nBestyrelsen bedes udpege deltagere.\n\nBeslutning:\n"
        "Formand og næstformand deltager.\n"
    )
    result = run(raw)
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "approved"), (2, "approved"), (3, "other")]


def test_header_labels_glued_to_their_values() -> None:
    text = ("Referat\n\nTirsdag d. 8 marts 2022, kl. 14:00\nMødestedByrådssalen\nUdvalgHandicaprådet\n"
            "Afbud fra: Jens Holm.\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    meeting = run(text).meeting
    assert meeting.location == "Byrådssalen" and meeting.body == "Handicaprådet"


def test_numbered_points_of_a_proposal_are_no_agenda_items() -> None:
    text = ("Referat\nUdvalgSeniorrådet\n\nResume\n\nRådet skal godkende dagsordenen.\n\nIndstilling\n\n"
            "Forvaltningen indstiller, at\n\n 1. Seniorrådet godkender dagsordenen.\n\n"
            "Beslutning\n\nDagsordenen blev godkendt.\n")
    decisions = run(text).decisions
    assert [(d.item, d.outcome) for d in decisions] == [(None, "approved")]


def test_a_user_code_glued_to_a_name_by_an_underscore_is_no_part_of_it() -> None:
    raw = "Til stede: BOL12_Grete Mark Holm (formand), BOL7_Jens Krog\nAfbud: BOL3_Ane Sand\n"
    assert normalize(raw) == raw.replace("_", " ") and len(normalize(raw)) == len(raw)
    assert normalize("skriv til jens_hansen@skovby.dk") == "skriv til jens_hansen@skovby.dk"


def test_a_case_number_line_with_another_bodys_number_in_brackets() -> None:
    text = ("Byrådet\n\n14-03-2011\n\nVejbelysning 2011 - anlægsbevilling\nSag nr. 31 (TU 12/2011)\n\n"
            "Sagens kerne\n\nDer søges om en bevilling.\n\nBeslutning\n\nGodkendt.\n\n"
            "Salg af grund ved skolen\nSag nr. 32 (TU 13/2011)\n\nSagens kerne\n\nGrunden sælges.\n\n"
            "Beslutning\n\nGodkendt.\n")
    assert [(d.item, d.title) for d in run(text).decisions] == [
        (31, "Vejbelysning 2011 - anlægsbevilling"), (32, "Salg af grund ved skolen")]


def test_a_place_between_the_date_and_the_time_of_a_title_line() -> None:
    text = ("Referat fra Seniorrådets møde den 14. marts 2016 i Mødesal 2, Rådhuset kl. 9.30 – 11.30\n\n"
            "Afbud: Ole Dam.\n\n1. Godkendelse af dagsorden\n\nBeslutning: Godkendt\n")
    assert run(text).meeting.location == "Mødesal 2, Rådhuset"
