"""Minutes of small boards and councils, and pages flattened by a converter: decisions told as the
meeting's agreement ("Der er enighed om …", "Vi diskuterede …"), an election item's bare name, absence
told in sentences, the body named by its board word or as the subject of the decisions, the next
meeting's time and place left out, and colon-less lists of a flattened transcript."""

from __future__ import annotations

from socdoc.extractors import docinfo
from socdoc.extractors.minutes_layout import parse_people

from minutes_run import run


def outcomes(raw: str) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


# --- decisions told as the meeting's agreement ------------------------------------------------------

BOARD = ("Referat af bestyrelsesmøde tirsdag d. 7. marts 2017 kl. 19.00 i Fælleshuset.\n\n"
         "Tilstede: Mette, Jonas, Birthe, Kasper\n\nAfbud: Henning\n\n")


def test_agreement_and_conclusion_sentences_are_the_items_decisions() -> None:
    raw = BOARD + (
        "1. Valg af ordstyrer\n\nKasper\n\n"
        "2. Legepladsen\n\nKommunen har sendt et nyt tilbud. "
        "Mette og Jonas konkluderede at tilbuddet er for dyrt i forhold til vores budget.\n\n"
        "3. Sommerfest\n\nVi diskuterede datoen, og Birthe skriver til beboerne.\n\n"
        "4. Eventuelt\n\nDer er enighed om, at næste møde holdes den 4. april 2017.\n\n"
        "Der er enighed om, at Birthe bestiller kaffe.\n")
    assert outcomes(raw) == [(1, "other"), (2, "other"), (3, "discussed"), (4, "other")]


def test_members_agreeing_is_a_decision_even_with_a_comma() -> None:
    raw = BOARD + (
        "1. Udtræden af rådet\n\nKirsten Lund har meddelt, at hun træder ud af rådet.\n\n"
        "De fire tilbageværende medlemmer er enige om, at rådet fortsætter, og at formanden skriver "
        "til kommunen.\n\n"
        "2. Orientering\n\nFormanden fortalte om det seneste dialogmøde.\n")
    assert outcomes(raw) == [(1, "other")]  # item 2 only informs: no decision


def test_an_earlier_decision_told_with_its_date_is_no_conclusion() -> None:
    raw = BOARD + (
        "1. Trafikplan\n\nKommunalbestyrelsen besluttede den 4. maj 2016 at lukke vejen om natten.\n\n"
        "2. Eventuelt\n\nIntet.\n")
    assert outcomes(raw) == [(2, "other")]  # item 1 has none; "Intet." is item 2's own outcome


def test_a_name_that_is_no_known_first_name_is_no_election_result() -> None:
    raw = BOARD + "1. Valg af referent\n\nUdsat\n\n2. Valg af ordstyrer\n\nSe bilag\n"
    assert outcomes(raw) == [(1, "postponed")]


# --- absence -----------------------------------------------------------------------------------------


def test_absence_sentences_with_stand_ins_reasons_and_no_shows() -> None:
    raw = ("Referat\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nDagsordenen blev godkendt.\n\n"
           "Fremmøde:\n\nOle Berg havde meldt afbud, og Lise Dam deltog i stedet.\n\n"
           "Eva Holm havde meldt afbud på selve dagen.\n\n"
           "Kim Lund udeblev uden afbud.\n\n"
           "Suppleant Bo Ravn var indkaldt, men mødte ikke frem.\n")
    assert run(raw).meeting.absent == ["Ole Berg", "Eva Holm", "Kim Lund"]


def test_reasons_split_an_absence_list_run_together() -> None:
    people = parse_people("Ole Berg ved afbud Lise Marie Dam ved afbud 3. maj 2015", 0)
    assert [p.name for p in people] == ["Ole Berg", "Lise Marie Dam"]


def test_one_first_name_alone_is_the_absent_member() -> None:
    m = run(BOARD + "1. Godkendelse af dagsorden\n\nGodkendt\n").meeting
    assert [p.name for p in m.participants] == ["Mette", "Jonas", "Birthe", "Kasper"]
    assert m.absent == ["Henning"]
    assert parse_people("Ingen", 0) == []


# --- the body ----------------------------------------------------------------------------------------


def test_a_bare_board_meeting_is_the_board_whether_or_not_the_text_names_it_so() -> None:
    assert run(BOARD + "1. Hjemmesiden\n\nJonas laver et udkast og vender det i bestyrelsen.\n").meeting.body == "Bestyrelsen"
    named = BOARD.replace("Tilstede:", "Bestyrelsen:") + "1. Godkendelse af dagsorden\n\nGodkendt\n"
    assert run(named).meeting.body == "Bestyrelsen"


def test_the_board_word_with_its_own_part_wins() -> None:
    raw = ("Bestyrelsesmøde 12\n\nAfdelingsbestyrelsesmøde afdeling 12 – Kastanjevej Dato: 4. oktober 2022 "
           "Deltagere: Bo, Ulla og Karin\n")
    assert run(raw).meeting.body == "Afdelingsbestyrelsen"
    raw = "Ekstraordinært Seniorrådsmøde – Referat 3. juni 2019\n\nDato: 3. juni 2019\n\n1. Eventuelt\n\nIntet\n"
    assert run(raw).meeting.body == "Seniorrådet"


def test_the_body_as_subject_of_the_decision_sections() -> None:
    raw = ("Godkendelse af dagsordenen\nBeslutning\nKommunalbestyrelsen godkendte dagsordenen.\n"
           "Kommunalbestyrelsen konstaterede, at stedfortræderen var lovligt indkaldt.\n")
    assert run(raw).meeting.body == "Kommunalbestyrelsen"


def test_the_body_a_proposal_asks_to_decide() -> None:
    raw = ("3. Godkendelse af referat\n\nSagsfremstilling\n\nIndstilling\n\nFormanden indstiller,\n\n"
           "1. at Lokaludvalget godkender referatet fra sidste møde\n\nBeslutning\n\nReferatet blev godkendt.\n")
    assert run(raw).meeting.body == "Lokaludvalget"


# --- time and place ----------------------------------------------------------------------------------


def test_the_next_and_other_meetings_give_no_time_or_place() -> None:
    raw = ("Referat af lokalrådsmøde (8. april 2015)\n\nDato: Onsdag den 8. april 2015\n"
           "Tilstede: Bente, Finn, Arne, Hanne\n\nVi gennemgik planen for stierne.\n\n"
           "Borgermøde: Mandag den 20.4.2015 kl. 19.30 Forsamlingshuset\n\n"
           "Næste møde: Torsdag den 7.5.2015 kl. 19.00 i Skolens kantine.\n")
    m = run(raw).meeting
    assert (m.time, m.location) == (None, None)


def test_a_lower_case_venue_between_date_and_clock() -> None:
    raw = ("Referat fra bestyrelsesmøde\n12/3-18 i medborgerhuset kl 19:00\n\n"
           "Deltagere: Ida Holm, Per Krog og Anne Bach\n\nStien:\nPer skriver til kommunen.\n")
    m = run(raw).meeting
    assert (m.time, m.location) == ("19:00", "medborgerhuset")


# --- a flattened transcript --------------------------------------------------------------------------

FLAT = ("Bestyrelsesmøde Tirsdag den 7. juni 2016, kl Mødelokale 3, Havnegade 12, Vejle\n\n"
        "Transkript\n\n"
        "1 Bestyrelsesmøde Tirsdag den 7. juni 2016, kl Mødelokale 3, Havnegade 12, Vejle Bestyrelsen Ole Berg, "
        "Lise Dam, Kim Holm, Yusuf Demir og Eva Rask Administrationen Direktør Peter Lind Afbud Kim Holm "
        "Indholdsfortegnelse 1. Referat fra sidste møde 2. Regnskab 2015 3. Eventuelt\n")


def test_a_flattened_board_transcript_is_minutes_with_its_lists() -> None:
    assert docinfo.classify(FLAT) == "minutes"
    m = run(FLAT).meeting
    assert [p.name for p in m.participants] == ["Ole Berg", "Lise Dam", "Yusuf Demir", "Eva Rask"]
    assert m.absent == ["Kim Holm"]
    assert m.location == "Mødelokale 3, Havnegade 12, Vejle"


def test_a_news_headline_with_a_meeting_date_stays_news() -> None:
    text = ("Byrådsmøde den 4. maj: her er beslutningerne\n\nAf Jens Holm, journalist\n\n"
            "Byrådet vedtog i aftes den nye skolestruktur. Borgmesteren siger til avisen, at han er tilfreds.\n")
    assert docinfo.classify(text) != "minutes"


# --- items run together in one paragraph -------------------------------------------------------------


def test_items_marked_by_word_and_number_inside_one_paragraph() -> None:
    raw = ("Afdelingsbestyrelsesmøde afdeling 9 – Birkevang Dato: 2. maj 2021 Deltagere: Bo, Ulla og Karin "
           "Dagsorden: - Punkt 1. – Godkendelse af dagsorden. Godkendt. - Punkt 2. – Grønne områder. "
           "Bestyrelsen var enige om at plante frugttræer langs stien. - Punkt 3. – Eventuelt. Karin tager "
           "kontakt til viceværten om cykelkælderen.\n")
    got = [(d.item, d.title, d.outcome) for d in run(raw).decisions]
    assert got == [(1, "Godkendelse af dagsorden", "approved"), (2, "Grønne områder", "other")]


def test_a_contents_line_of_marked_items_gives_no_decisions() -> None:
    raw = ("Referat\n\nDato: 2. maj 2021\n\nPunkt 1 Godkendelse af dagsorden Punkt 2 Budget for haven "
           "Punkt 3 Eventuelt\n")
    assert run(raw).decisions == []


def test_an_absence_list_with_reasons_and_units_before_names() -> None:
    raw = ("1. Godkendelse af dagsorden\n\nBeslutning\n\nTilstede var:\nBorgmester Lone Vad\n\nBorgmester Ib Krog\n\n"
           "Afbud fra:\nRådmand Else Marie Holt pga. sygdom.\nDirektør fra Region Midtjylland Tove Lund\n\n"
           "Dagsordenen blev godkendt.\n")
    m = run(raw).meeting
    assert m.absent == ["Else Marie Holt", "Tove Lund"]
    assert [p.name for p in m.participants] == ["Lone Vad", "Ib Krog"]


def test_a_name_broken_over_two_lines_is_left_out() -> None:
    raw = ("Referat fra bestyrelsesmøde\n4/9-19 i klubhuset kl 19:30\n\n"
           "Deltagere:  Lone Friis, Karl Emil Bang, Henrik Juul \nvon Holstein, Grete Dahl og Bo Krag\n\n"
           "Afbud fra:  Ulla Ravn\n\nStien:\nBo skriver til kommunen.\n")
    m = run(raw).meeting
    assert [p.name for p in m.participants] == ["Lone Friis", "Karl Emil Bang", "Grete Dahl", "Bo Krag"]
    assert m.absent == ["Ulla Ravn"]


def test_the_board_deciding_and_a_passive_decision() -> None:
    raw = BOARD + (
        "1. Juletræ\n\nBirthe har fået et tilbud fra planteskolen. Bestyrelsen besluttede at købe træet der.\n\n"
        "2. Hjemmeside\n\nDet blev besluttet at flytte siden til en billigere udbyder.\n\n"
        "3. Orientering\n\nJonas fortalte om mødet med kommunen.\n")
    assert outcomes(raw) == [(1, "other"), (2, "other")]


def test_a_proposal_passed_on_to_another_body_names_no_body() -> None:
    raw = ("5. Budgetopfølgning\n\nSagsfremstilling\n\nIndstilling\n\nDirektionen indstiller, at Økonomiudvalget over for "
           "Byrådet anbefaler, at Byrådet godkender budgetopfølgningen\n\nBeslutning\n\nAnbefales.\n")
    assert run(raw).meeting.body is None


# --- a members list split by a page footer -----------------------------------------------------------


def test_a_page_footer_amid_a_members_list_is_skipped() -> None:
    raw = ("Referat af Byrådets møde d. 14.03.2011\n\nMødedato 14.03.2011\n\nTid 19:00\n\n"
           "Medlemmer Ane Bro (A) Jens Kaas (V) Lis Holm (C)\n\nSkovby Kommune Torvet 2 4700 Skovby\n\n"
           "Bo Vang (A) Eva Ravn (F)\n\nTelefon 7070 1234\n\npost@skovby.dk www.skovby.dk\n\n"
           "Tage Lund (V)\n\nFraværende\n\nGæster\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
    assert [p.name for p in run(raw).meeting.participants] == [
        "Ane Bro", "Jens Kaas", "Lis Holm", "Bo Vang", "Eva Ravn", "Tage Lund"]


def test_a_footer_after_the_list_does_not_pull_in_the_text_below() -> None:
    raw = ("Referat\n\nDato: 2. maj 2021\n\nDeltagere: Ane Bro, Jens Kaas\n\nSkovby Kommune Torvet 2 4700 Skovby\n\n"
           "Mødet startede med en præsentation af Tove Lund fra forvaltningen.\n\n"
           "1. Godkendelse af dagsorden\n\nGodkendt.\n")
    assert [p.name for p in run(raw).meeting.participants] == ["Ane Bro", "Jens Kaas"]


# --- the outcome after the title's colon -------------------------------------------------------------


def test_outcomes_run_on_after_the_titles_colon() -> None:
    raw = BOARD + ("1. Godkendelse af dagsorden: Godkendt.\n"
                   "2. Legepladsen: Der var enighed om at købe nye gynger.\n"
                   "3. Lokalplan 12: Udsat fra sidste møde\n"
                   "4. Orientering: Status på byggeriet\n")
    got = [(d.item, d.title, d.outcome) for d in run(raw).decisions]
    assert got == [(1, "Godkendelse af dagsorden", "approved"), (2, "Legepladsen", "other")]


def test_bold_marks_of_a_text_export_leave_the_titles() -> None:
    raw = BOARD + "**1. Godkendelse af dagsorden**\nGodkendt.\n\n**2. Legepladsen**\nVi drøftede gyngerne.\n"
    got = [(d.item, d.title, d.outcome) for d in run(raw).decisions]
    assert got == [(1, "Godkendelse af dagsorden", "approved"), (2, "Legepladsen", "discussed")]
