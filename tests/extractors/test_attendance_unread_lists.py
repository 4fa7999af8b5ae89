"""Attendance lists that fresh minutes wrote in forms the readers did not know: a rank or title
written before each member's name (officers of the armed forces beside police and municipal staff);
a run-on members list "Name (initials) P" with a status note in parentheses after an entry, and its
absence list with commas between the entries; a label that names its group before the colon ("Til
stede fra bestyrelsen:") or follows an adverb that adds a further list ("Desuden deltog:")."""

from __future__ import annotations

from minutes_run import run


# --- a military rank before the name --------------------------------------------------------------

RANKS = (
    "Referat af møde i Beredskabsrådet\n\n"
    "Mødedato: 3. oktober 2023 kl. 13.00\n\n"
    "Deltagere:\n"
    "Borgmester Jens Holm\n"
    "Politiinspektør Mette Kjær\n"
    "Oberstløjtnant Anders Bjerg\n"
    "Kaptajn Lise Winther\n"
    "Kommandørkaptajn Bo Steen Nielsen\n\n"
    "1. Godkendelse af dagsorden\nGodkendt.\n")


def test_a_military_rank_is_no_part_of_the_name() -> None:
    names = [p.name for p in run(RANKS).meeting.participants]
    assert names == ["Jens Holm", "Mette Kjær", "Anders Bjerg", "Lise Winther", "Bo Steen Nielsen"]


# --- a note after an entry of a run-on members list, commas in its absence list ---------------------

RUN_ON = (
    "1 Referat Byrådet Møde nr.: 7/2021 Mødedato: Mandag den 7. juni 2021 Mødetidspunkt: 19:00-21:00 "
    "Mødested: Byrådssalen Medlemmer Eva Holm (evho) V Bo Dam (bod) V Kim Lund (kilu) O Jan Berg (jab) Ø "
    "(Orlov) Lis Sand (lisa) R Per Bak (peba) A Ole Nis (olni) Ø (Stedfortræder for Jan Berg) "
    "Fraværende Bo Dam (bod) V, Per Bak (peba) A Bemærkninger\n\n"
    "1. Godkendelse af dagsorden\nGodkendt.\n")


def test_a_note_after_an_entry_does_not_end_the_run_on_list() -> None:
    meeting = run(RUN_ON).meeting
    assert [(p.name, p.party) for p in meeting.participants] == [
        ("Eva Holm", "V"), ("Kim Lund", "O"), ("Jan Berg", "Ø"), ("Lis Sand", "R"), ("Ole Nis", "Ø")]


def test_every_entry_of_a_comma_separated_run_on_absence_list_is_absent() -> None:
    assert run(RUN_ON).meeting.absent == ["Bo Dam", "Per Bak"]


def test_an_absence_note_after_an_entry_keeps_the_member_out_of_the_participants() -> None:
    text = RUN_ON.replace("(Orlov)", "(Afbud)")
    assert "Jan Berg" not in [p.name for p in run(text).meeting.participants]


# --- a label with its group before the colon, a label after an adverb ------------------------------

GROUP_LABEL = (
    "Referat af bestyrelsesmøde i Afdeling 12\n\n"
    "Til stede fra bestyrelsen: Karin, Ole, Mette og Sanne\n\n"
    "Afbud: Jonas\n\n"
    "1. Godkendelse af referat\nReferatet blev godkendt.\n")


def test_a_label_naming_its_group_before_the_colon_opens_the_list() -> None:
    meeting = run(GROUP_LABEL).meeting
    assert [p.name for p in meeting.participants] == ["Karin", "Ole", "Mette", "Sanne"]
    assert meeting.absent == ["Jonas"]


ADVERB_LABEL = (
    "Kultur- og Fritidsudvalget\n\nReferat\n\n12. marts 2021 kl. 16:00\n\nMødelokale 3\n\n"
    "Deltagere: Eva Holm, Bo Dam, Kim Lund\n\n"
    "Derudover deltog: Sara Krogh Nielsen, Peter Vang (referent)\n\n"
    "1. Godkendelse af dagsorden\nGodkendt.\n")


def test_a_label_after_an_adverb_adds_its_names_to_the_participants() -> None:
    names = [p.name for p in run(ADVERB_LABEL).meeting.participants]
    assert names == ["Eva Holm", "Bo Dam", "Kim Lund", "Sara Krogh Nielsen", "Peter Vang"]



# --- a capitalised title after a list's comma is the next name's ----------------------------------

def test_a_capitalised_title_after_a_comma_belongs_to_the_name_after_it() -> None:
    from people_run import people

    text = "Tilstede var: Birthe Holm, Kurt N. Dam, Major Karl Berg, Jens Lund og Ole Bak."
    found = people(text, "Birthe Holm", "Kurt N. Dam", "Karl Berg", "Jens Lund", "Ole Bak")
    assert found["Karl Berg"].role == "major"
    assert found["Kurt N. Dam"].role is None


def test_a_list_with_each_title_after_its_name_keeps_them_there() -> None:
    from people_run import people

    text = "Til stede: Lene Vig, Formand Jens Krog, Næstformand Hanne Bruun, Kasserer"
    found = people(text, "Lene Vig", "Jens Krog", "Hanne Bruun")
    assert found["Lene Vig"].role == "formand"
    assert found["Jens Krog"].role == "næstformand"


# --- colonless lists in a transcript line: members with their unit, absentees alone ------------------

UNIT_LIST = (
    "1 REFERAT 9. møde i Vandrådet den 4. maj 2022, kl. 10:00-15:00 Sted Rådhuset Deltagere Eva Holm "
    "(Skovby Kommune), Bo Dam (Vejdirektoratet), Kim Lund (Skovby Forsyning A/S), Lis Krog (sekretariatet) "
    "Inviterede gæster Ole Berg (Miljøstyrelsen) Afbud: Pia Skov (Nordby Kommune) Dagsorden 1 Velkomst "
    "Formanden bød velkommen.\n")


def test_a_colonless_members_list_with_each_unit_in_parentheses() -> None:
    meeting = run(UNIT_LIST).meeting
    assert [p.name for p in meeting.participants] == ["Eva Holm", "Bo Dam", "Kim Lund", "Lis Krog"]
    assert meeting.absent == ["Pia Skov"]


ABSENT_ALONE = (
    "1 Referat af bestyrelsesmøde i Skovby Seniorråd GODKENDT Onsdag d. 2. marts 2022 Afbud fra Eva Holm, "
    "Gudi Skovmose, Kim Lund, Lis Krog. Dagsorden 1. Godkendelse af dagsorden Godkendt 2. Regnskab "
    "Beslutning: Regnskabet blev godkendt.\n")


def test_a_colonless_absence_list_alone_gives_the_absentees() -> None:
    meeting = run(ABSENT_ALONE).meeting
    assert meeting.absent == ["Eva Holm", "Gudi Skovmose", "Kim Lund", "Lis Krog"]
    assert meeting.participants == []


# --- a dash glued to the name before the member's unit ------------------------------------------------

GLUED_DASH = (
    "Møder i Landsbyrådet\n\nLANDSBYRÅDSMØDE\n\nREFERAT\n\n12.03.2019 kl. 1930\n\n \n\nDeltagere:\n\n"
    "Ove Lindholt – frit mandat\n\nKarsten Dam – repr. for Vestby Borgerforening\n\n"
    "Hans Ravn – repr. for Idrætsforeningen\n\nMads Bøg – repr. for Vestby Skytteforening\n\n"
    "Thea Lund – ældrerepr. (suppl. for Grete Kold)\n\nTove Sand – repr. for Erhvervsforeningen\n\n"
    "Torben Dam – frit mandat\n\nJørgen Holm– repr. for menighedsrådet\n\n"
    "Steen Krog – repr. for Vestby Skole\n\n \n\nAfbud:\n\nIkke til stede:\n\n \n\nDAGSORDEN\n\n \n\n"
    "1. Godkendelse af dagsorden\n\nGodkendt.\n")


def test_a_dash_glued_to_the_name_is_no_part_of_it() -> None:
    names = [p.name for p in run(GLUED_DASH).meeting.participants]
    assert "Jørgen Holm" in names
    assert not any(n.endswith("-") for n in names)


# --- a members list with party letters whose label was lost -----------------------------------------

LOST_LABEL = (
    "1 SKOVBY KOMMUNE Skovby Byråd Møde nr. 12 Mødet blev holdt tirsdag den 9. april 2019 på Rådhuset. "
    "Mødet begyndte kl. 18:30 og sluttede kl. 20:10. mer: Formand - Eva Holm (D), Næstformand - Bo Dam (V), "
    "Kim Lund (A), Lis Krog (C), Ole Berg (B), Pia Skov (LL), Jens Vang (A), Sara Bach (F), Niels ravn (O) "
    "1. Bemærkninger til dagsordenen Meddelelser Regnskab 2018\n\n"
    "2 Skovby Byråd SKOVBY BYRÅD Bemærkninger til dagsordenen Beslutning Godkendt. Fraværende Ingen\n")


def test_a_party_letter_list_without_its_label_gives_the_members() -> None:
    meeting = run(LOST_LABEL).meeting
    assert [(p.name, p.party) for p in meeting.participants] == [
        ("Eva Holm", "D"), ("Bo Dam", "V"), ("Kim Lund", "A"), ("Lis Krog", "C"), ("Ole Berg", "B"),
        ("Pia Skov", "LL"), ("Jens Vang", "A"), ("Sara Bach", "F"), ("Niels ravn", "O")]


def test_a_vote_count_with_party_letters_names_no_members() -> None:
    text = ("Referat Byrådet\n\nMødedato: 19. december 2016\n\n1. Lokalplan for Skovby Nord\n\nBeslutning\n\n"
            "Der blev stemt om forslaget:\n\nFor: 6 (Eva Holm (A), Bo Dam (A), Kim Lund (A), Lis Krog (A), "
            "Ole Berg (V), Pia Skov (V))\n\nImod: 1 (Jens Vang (Ø))\n")
    assert run(text).meeting.participants == []


# --- rows of "Unit : names" under a participants label that stands alone ------------------------------

UNIT_ROWS = (
    "Referat af mødet i Vestby Landsbyråd 140311.\n"
    "Fremmødte :\n"
    "Vestby Børnehus : Ingen\n"
    "Vestby Borgerforening : Karl og Bente havde meldt afbud, Arne mødte i stedet.\n"
    "FDF Vestby : Peter (kasserer) og Sofie\n"
    "Nordby Beboerforening : Maja og Lise\n"
    "Nordby Menighedsråd : Ib\n"
    "Torsdagsklubben : Annette\n"
    "Enkeltpersoner : Hanne (formand) og Jonas (sekretær)\n\n"
    " 1. Formanden bød velkommen, og dagsordenen blev godkendt.\n"
    " 2. Der var indkommet to ansøgninger. Landsbyrådet besluttede at behandle dem begge.\n")


def test_rows_of_units_and_their_members_under_a_lone_label() -> None:
    meeting = run(UNIT_ROWS).meeting
    assert [p.name for p in meeting.participants] == [
        "Arne", "Peter", "Sofie", "Maja", "Lise", "Ib", "Annette", "Hanne", "Jonas"]


def test_a_row_that_tells_who_sent_apologies_gives_the_absentees() -> None:
    assert run(UNIT_ROWS).meeting.absent == ["Karl", "Bente"]


# --- a group of further attendees after the absence list ---------------------------------------------

GROUP_AFTER_ABSENT = (
    "Referat af afdelingsbestyrelsesmøde\n\n"
    "Til stede: Eva Holm, Bo Dam og Kim Lund\n\n"
    "Afbud: Lis Krog\n\n"
    "Fra administrationen: Ole Berg, Pia Skov\n\n"
    "Dagsorden:\n\n1. Regnskab\n\nRegnskabet blev godkendt.\n")


def test_a_group_line_after_the_absentees_adds_participants() -> None:
    meeting = run(GROUP_AFTER_ABSENT).meeting
    assert [p.name for p in meeting.participants] == ["Eva Holm", "Bo Dam", "Kim Lund", "Ole Berg", "Pia Skov"]
    assert meeting.absent == ["Lis Krog"]


def test_a_group_line_far_from_the_lists_is_not_read() -> None:
    text = GROUP_AFTER_ABSENT.replace("Afbud: Lis Krog\n\n", "Afbud: Lis Krog\n\nMødet holdes i klubhuset.\n\n")
    assert "Ole Berg" not in [p.name for p in run(text).meeting.participants]


# --- cells glued together by a converter: a role to the name, a name to the party letter before it ------

GLUED_CELLS = (
    "Referat Teknik- og Miljøudvalget\n\nMødetidspunkt: 12-05-2022 16:00\n\n"
    "Medlemmer: Anna K. Lund (A), FormandJesper Bak (A)Rikke Holm (V)Søren Dahl (V)Maja Friis (F)"
    "Lars P. Krogh (A)Tine Vang (O)\n\nAfbud: Lars P. Krogh (A)\n\n1. Regnskab\nGodkendt.\n")


def test_a_role_glued_to_the_name_and_names_glued_to_party_letters() -> None:
    meeting = run(GLUED_CELLS).meeting
    assert [(p.name, p.party) for p in meeting.participants] == [
        ("Anna K. Lund", "A"), ("Jesper Bak", "A"), ("Rikke Holm", "V"), ("Søren Dahl", "V"),
        ("Maja Friis", "F"), ("Tine Vang", "O")]
    assert meeting.absent == ["Lars P. Krogh"]


# --- an absentee's name with the header's next words run on after it -----------------------------------

RUN_ON_ABSENTEE = (
    "1 Referat Byrådet Mødedato: Mandag den 6. marts 2023 Mødetidspunkt: Kl. 17:00 Mødested: Bemærkninger: "
    "Medlemmer: Eva Holm (C) Bo Dam (A) Kim Lund (A) Lis Krog (V) Ole Berg (F) Deltagere: Pia Skov "
    "Fraværende: Ole Berg Byrådssalen, Rådhuset Orientering kl : Ny skolestruktur\n\n"
    "2 Sagsoversigt 1. Godkendelse af dagsorden Beslutning Godkendt.\n")


def test_an_absentee_with_the_place_run_on_is_the_listed_member() -> None:
    meeting = run(RUN_ON_ABSENTEE).meeting
    assert meeting.absent == ["Ole Berg"]
    assert "Ole Berg" not in [p.name for p in meeting.participants]


# --- a status column after a wide gap ----------------------------------------------------------------

def test_a_status_column_after_a_wide_gap_marks_the_absentee() -> None:
    text = ("Referat af møde i Ældrerådet\n\nDato: 4. maj 2022 kl. 10.00\n\nDeltagere:\n"
            "Eva Holm        Deltog\nBo Dam          Afbud\nKim Lund        Deltog\n\n"
            "1. Godkendelse af dagsorden\nGodkendt.\n")
    meeting = run(text).meeting
    assert [p.name for p in meeting.participants] == ["Eva Holm", "Kim Lund"]
    assert meeting.absent == ["Bo Dam"]


# --- an absentee keeps the party letter written after the name in the members list ---------------------

def test_an_absentee_keeps_the_letter_of_the_members_list() -> None:
    import socdoc

    text = ("Referat Byrådet\n\nMødedato: 6. marts 2023\n\n"
            "Medlemmer: Eva Holm (C) Bo Dam (A) Kim Lund (A) Lis Krog (V) Ole Berg (LK) Pia Skov (Ø)\n\n"
            "Fraværende: Ole Berg\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
    found = {p.name: p for p in socdoc.extract(text).people}
    assert found["Ole Berg"].party == "LK"
    assert "Ole Berg" in socdoc.extract(text).meeting.absent


# --- a table of attendees under its heading row ----------------------------------------------------------

def test_the_heading_row_of_a_table_of_attendees_is_skipped() -> None:
    text = ("Referat af møde i Ældrerådet\n\nDato: 4. maj 2022 kl. 10.00\n\nDeltagere:\n"
            "| Navn | Parti | Status |\n| Eva Holm | A | Deltog |\n| Bo Dam | V | Afbud |\n| Kim Lund | O | Deltog |\n\n"
            "1. Godkendelse af dagsorden\nGodkendt.\n")
    meeting = run(text).meeting
    assert [(p.name, p.party) for p in meeting.participants] == [("Eva Holm", "A"), ("Kim Lund", "O")]
    assert meeting.absent == ["Bo Dam"]


def test_column_headings_are_no_name() -> None:
    text = ("Referat af møde i Ældrerådet\n\nDato: 4. maj 2022 kl. 10.00\n\nDeltagere:\n"
            "Navn Funktion\nEva Holm, formand\nBo Dam, kasserer\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
    assert "Navn Funktion" not in [p.name for p in run(text).meeting.participants]
