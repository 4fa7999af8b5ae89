"""Minutes of councils, local councils and boards: the body named only in a title line run on into
its unit, behind an election term, in its own word for the meeting ("lokalrådsmødet"), in the
genitive with the meeting's own date or as the body every proposal goes to; title lines that are
no body; and the decisions of such minutes (an outcome opening the item's prose, the body deciding,
election results, an item that lists the absent, transcript pages that lost their item numbers)."""

from __future__ import annotations

import datetime as dt

from socdoc.extractors.minutes_families import proposal_body

from minutes_run import run

ITEMS = "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Orientering\nBeslutning\nTaget til efterretning.\n"


# --- body ------------------------------------------------------------------------------------------


def test_body_run_on_into_the_unit_after_the_title_word() -> None:
    raw = ("Åben referat Ældrerådet Sundheds- og Omsorgsforvaltningen, Sekretariatet\n\n"
           "Mødedato: 4. april 2019\nMødested: Lokale 12, Rådhuset\n" + ITEMS)
    assert run(raw).meeting.body == "Ældrerådet"


def test_body_name_with_a_comma_list_is_read_whole() -> None:
    raw = "Referat Udvalget for Teknik, Miljø og Plan\n\nMødedato: 4. april 2019\n" + ITEMS
    assert run(raw).meeting.body == "Udvalget for Teknik, Miljø og Plan"


def test_election_term_before_the_body_in_a_title() -> None:
    raw = "År 2018-2021 Handicaprådet - Referat\n\nDato: 3. oktober 2019\nLokale: Mødelokale 4\n" + ITEMS
    assert run(raw).meeting.body == "Handicaprådet"


def test_a_title_line_listing_a_dialogue_meeting_is_no_body() -> None:
    raw = ("Ældre referater\n\nReferat fra dialogmøde med Sundhedsudvalget d. 3. maj 2022\n\n"
           "Referat fra møde 12.9.2022\n\n"
           "Der indkaldes hermed til ordinært møde i Frivilligrådet i Skovby Kommune\n\n"
           "Dato: Mandag d. 12.9. 2022\n\nFrivilligrådet hører om de nye puljer.\n" + ITEMS)
    assert run(raw).meeting.body == "Frivilligrådet"


def test_a_title_line_alone_never_becomes_the_body() -> None:
    raw = "Referat fra dialogmøde med Sundhedsudvalget d. 3. maj 2022\n\nDato: 3. maj 2022\n" + ITEMS
    assert (run(raw).meeting.body or "").lower().startswith("referat") is False


def test_council_named_by_its_own_word_for_the_meeting() -> None:
    raw = ("Referat af lokalrådsmødet tirsdag den 9. maj 2017 klokken 19.00\nhos Hans Bak på Engvej\n\n"
           "Til stede var Hans, Lis og Ole\n\n 1. Godkendelse af dagsorden\n  Godkendt uden bemærkninger\n\n"
           " 2. Kassererens beretning\nKassen er gjort op og revideres i juni.\n")
    m = run(raw).meeting
    assert m.body == "Lokalrådet" and m.date == dt.date(2017, 5, 9)


def test_body_in_the_genitive_with_the_meetings_own_date() -> None:
    raw = ("Regionsr├ądet\n14-06-2021 10:00\n\nUdskriv\n\n1. Meddelelser\n\nReferat\n\n"
           "Følgende blev oplyst på Regionsrådets møde den 14. juni 2021:\n\n"
           "1. Afbud. Der var afbud fra Lone Dam.\n")
    assert run(raw).meeting.body == "Regionsrådet"


def test_genitive_of_another_date_is_not_the_body() -> None:
    raw = ("Skovby\n14-06-2021 10:00\n\n1. Meddelelser\n\nReferat\n\n"
           "Sagen var drøftet på Økonomiudvalgets møde den 2. marts 2021.\n")
    assert run(raw).meeting.body is None


def test_the_one_body_every_proposal_goes_to() -> None:
    raw = ("12. Tilskud til sommerkoncert i parken\n\nIndstilling\n\n"
           "Sekretariatet indstiller til Vesterbro Lokaludvalg, at\n\n"
           "1. lokaludvalget bevilger 25.000 kr. til koncerten.\n\nBeslutning\n\nIndstillingen blev godkendt.\n")
    assert run(raw).meeting.body == "Vesterbro Lokaludvalg"


def test_proposals_to_a_joint_or_several_bodies_name_no_body() -> None:
    assert proposal_body("Direktionen indstiller til Økonomiudvalget og Byrådet, at planen vedtages.") is None
    assert proposal_body("A indstiller til Byrådet, at X. B indstiller til Skoleudvalget, at Y.") is None
    assert proposal_body("Forvaltningen indstiller over for Social- og Sundhedsudvalget, at sagen tages "
                         "til efterretning.") == "Social- og Sundhedsudvalget"


# --- decisions of plain council minutes ---------------------------------------------------------------


SENIOR = """Mødet holdt på Plejecenter Egely

Afbud: Bodil Sand

1.Valg af ordstyrer og referent.
Inger ordstyrer Poul referent

2.Godkendelse af dagsorden.
Godkendt med følgende ændring:

at punktet om busruter flyttes frem som punkt 4.

3.Meddelelser.
Formanden har talt med centerchefen om maden på plejecentrene.

4.Valg af kasserer.
Rådet vil gerne have en fast kasserer. Kirsten er kasserer indtil videre.

5.Valg til rådet.
Ældrerådet har besluttet at foreslå, at valget (2026) holdes sammen med kommunevalget.
"""


def test_plain_council_items_with_short_resolutions() -> None:
    result = run(SENIOR)
    got = [(d.item, d.outcome, d.text) for d in result.decisions]
    assert got == [
        (1, "other", "Inger ordstyrer Poul referent"),
        (2, "approved", "Godkendt med følgende ændring:"),
        (4, "other", "Kirsten er kasserer indtil videre."),
        (5, "other", "Ældrerådet har besluttet at foreslå, at valget (2026) holdes sammen med kommunevalget."),
    ]


def test_information_items_stay_without_decision() -> None:
    result = run(SENIOR)
    assert 3 not in [d.item for d in result.decisions]


def test_a_decision_told_with_its_date_is_not_the_items_own() -> None:
    raw = ("1. Budget\nByrådet besluttede den 4. maj 2021 at hæve rammen.\n\n"
           "2. Eventuelt\nIntet.\n")
    assert [d.item for d in run(raw).decisions] == [2]  # "Intet." is item 2's own outcome (other)


def test_numbering_that_restarts_keeps_the_first_items() -> None:
    raw = ("Referat af bestyrelsesmødet den 2. marts 2018\n\n"
           " 1. Godkendelse af dagsorden og referat\n  Begge godkendt uden bemærkninger\n\n"
           " 2. Regnskab\nRegnskabet er sendt til revisor.\n\n"
           " 3. Generalforsamling\n– Formandens beretning blev gennemgået\n– Lis genopstiller\n\n"
           " 1. Sommerudflugt\n  Se sidste referat\n 2. Eventuelt\n  Intet\n")
    result = run(raw)
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "approved")]


def test_absence_item_whose_decision_is_the_absence_sentence() -> None:
    raw = ("Integrationsrådet - Referat\n\nDato: 4. maj 2017\n\n1. Fraværende\n\nSagsfremstilling\n\nFraværende.\n\n"
           "Beslutning\n\nKaren Holm og Ib Lund var fraværende.\n\nPer Dam forlod mødet efter pkt. 3.\n\n"
           "2. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
    result = run(raw)
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [
        (1, "other", "Karen Holm og Ib Lund var fraværende."), (2, "approved", "Godkendt.")]


# --- transcript pages without item numbers -----------------------------------------------------------


TRANSCRIPT = """Referat Ældrerådet

Transkript

1 Referat Ældrerådet Mødedato: Onsdag den 4. marts 2020 Mødetidspunkt: Kl. 9:30 Medlemmer: Ole Berg Lise Dahl Sagsoversigt Side 01. Godkendelse af dagsorden Status på klippekortet Orientering fra formanden 5

2

3 Ældrerådet Mødedato Side Godkendelse af dagsorden Åben sag Sagsnr.: Bilag: Ældrerådet Indstilling Formanden indstiller, at dagsordenen godkendes. Beslutninger Ældrerådet den Ikke til stede: Lise Dahl Dagsordenen godkendt.

4 Ældrerådet Mødedato Side Status på klippekortet Åben sag Sagsnr.: 20/1234 Indledning Forvaltningen giver en status på ordningen og de nye regler for klip til ture ud af huset. Beslutninger Ældrerådet den Drøftet.
"""


def test_transcript_page_numbered_by_the_contents_list() -> None:
    result = run(TRANSCRIPT)
    # the second page's title follows the running header and is in the contents without a number: an item
    # whose number the transcript lost
    assert [(d.item, d.title, d.outcome) for d in result.decisions] == [
        (1, "Godkendelse af dagsorden", "approved"), (None, "Status på klippekortet", "discussed")]


def test_bare_decision_label_before_a_passive_outcome() -> None:
    raw = ("Referat Børnerådet\n\nTranskript\n\n1 Referat Børnerådet Mødedato: 2. juni 2021 Følgende sager behandles: "
           "Pkt. Tekst Side 1 Godkendelse af dagsorden 2 2 Nyt fra skolerne 3\n\n"
           "2 Side A Godkendelse af dagsorden Resumé Rådet skal godkende dagsordenen for mødet. Sagsfremstilling "
           "Alle medlemmer kan få et punkt på dagsordenen, hvis de sender det til formanden senest to uger før. "
           "Beslutning Dagsordenen blev godkendt. Mette Lund deltog ikke i mødet.\n")
    result = run(raw)
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "approved")]
    assert result.decisions[0].text.startswith("Dagsordenen blev godkendt.")


# --- place ----------------------------------------------------------------------------------------------


def test_place_ending_in_a_region_abbreviation_keeps_its_dot() -> None:
    raw = ("Beslutning fra Handicaprådet\n\nDato: 9. juni 2016\n\nSted: Kulturhuset, Storegade 4, 4500 Nykøbing Sj.\n\n"
           + ITEMS)
    assert run(raw).meeting.location == "Kulturhuset, Storegade 4, 4500 Nykøbing Sj."


# --- more title and label forms --------------------------------------------------------------------


def test_agenda_title_ending_in_a_council_word_is_no_body() -> None:
    raw = ("Referat: 3. marts 2024 kl. 09:00\nDeltagere\n- Jens Bak\n- Eva Lund\nReferat\n- Godkendelse af dagsorden\n"
           "- Sammenlægning af Ungeråd og Elevråd\n- Eventuelt\n" + ITEMS)
    assert run(raw).meeting.body is None


def test_abbreviated_body_before_its_meeting_word_without_preposition() -> None:
    raw = "Referat HB-møde den 4. april 2019\n\nTidspunkt: Kl. 17:00 Sted: Mødelokale 3\n" + ITEMS
    assert run(raw).meeting.body == "HB"


def test_the_council_that_is_the_subject_of_the_minutes() -> None:
    raw = ("Mødet holdt i Medborgerhuset\n\n1.Godkendelse af dagsorden.\nGodkendt.\n\n2.Høringssvar.\n"
           "Ældrerådet ønsker at svare på høringen om hjemmeplejen.\n\n3.Valg.\n"
           "Ældrerådet har besluttet at nedsætte en valggruppe.\n")
    assert run(raw).meeting.body == "Ældrerådet"


def test_two_councils_as_subjects_name_no_body() -> None:
    raw = ("1.Orientering.\nÆldrerådet ønsker et fællesmøde.\nHandicaprådet ønsker det samme.\n"
           "Ældrerådet har besluttet at invitere.\n")
    assert run(raw).meeting.body is None


def test_page_title_of_date_and_committee() -> None:
    raw = ("Referat 04-03-2009 - Kultur, fritid og idræt\n\nMødedato:\n04-03-2009 kl. 15:00\n\nMødested:\nLokale 2\n"
           + ITEMS)
    assert run(raw).meeting.body == "Kultur, fritid og idræt"


def test_committee_word_alone_heads_the_decision() -> None:
    raw = ("Mødedato:\n12-11-2008 kl. 10:00\n\n1. Plan for botilbud\n\nSagsfremstilling\n\nPlanen fremlægges.\n\n"
           "Indstilling\n\nDet indstilles, at planen drøftes.\n\nUdvalget\n\n"
           "Udvalget drøftede planen og bad om en ny udgave til næste møde.\n")
    result = run(raw)
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "discussed")]


def test_start_time_as_a_label_of_a_run_on_header() -> None:
    raw = ("Transkript\n\n1 Åben referat Handicaprådet Side 1. Mødedato: Mødet påbegyndt: kl. 16:30 Mødet afsluttet: "
           "kl. 18:00 Mødested: Lokale 12, Rådhuset\n\n" + ITEMS)
    assert run(raw).meeting.time == "16:30"


def test_referral_sentence_opening_the_case_description() -> None:
    raw = ("Pkt. 41 Forslag fra medlemmerne om gratis svømning for pensionister\n\nSagsfremstilling\n\n"
           "Forslaget blev oversendt til Kultur- og Fritidsudvalget.\n\n"
           "\"Vi foreslår, at pensionister kan svømme gratis i kommunens haller om formiddagen.\"\n\n"
           "Pkt. 42 Valg af medlem til skolebestyrelsen\n\nBeslutning\n\nGodkendt.\n")
    result = run(raw)
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [
        (41, "other", "Forslaget blev oversendt til Kultur- og Fritidsudvalget."), (42, "approved", "Godkendt.")]


def test_case_description_telling_history_is_no_decision() -> None:
    raw = ("Pkt. 41 Nye regler for svømning\n\nSagsfremstilling\n\n"
           "Forvaltningen har set på reglerne. De gældende regler er fra 2015.\n\nPriserne stiger næste år.\n\n"
           "Pkt. 42 Eventuelt\n\nBeslutning\n\nIntet.\n")
    assert 41 not in [d.item for d in run(raw).decisions]


def test_contents_with_page_lines_stay_contents() -> None:
    raw = ("Indhold\n\n1. Godkendelse af dagsorden\nSide 2\n\n2. Nyt fra formanden\nSide 3\n\n"
           "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n2. Nyt fra formanden\n\nBeslutning\n\n"
           "Taget til efterretning.\n")
    result = run(raw)
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "approved"), (2, "noted")]


# --- a council's minutes under a per-item "Referat:" label, items all numbered "1." ------------------


LABELLED = """Referat fra Handicaprådets møde den 6. marts 2017 i Byrådssalen kl. 15.00 – 17.00

Afbud: Lone Bak.

 1. Godkendelse af dagsorden

Referat: Godkendt

 1. Tilgængelighed i den nye svømmehal.

Referat:

Rådet var på besigtigelse i sidste uge, hvor to medlemmer deltog.

Handicaprådet besluttede at sende et brev til Teknisk Udvalg om rampen ved indgangen.

 1. Nyt fra formanden.

Referat:

Formanden har holdt møde med borgmesteren om busserne.

 1. Henvendelse om parkering ved lægehuset.

Referat:

Handicaprådet drøftede henvendelsen og tager den op på næste møde.
"""


def test_items_under_a_minutes_label_with_lost_numbers() -> None:
    result = run(LABELLED)
    assert [(d.item, d.outcome) for d in result.decisions] == [
        (1, "approved"), (None, "other"), (None, "discussed")]  # the first entry is item 1
    assert result.decisions[1].text.startswith("Handicaprådet besluttede at sende")


def test_a_single_minutes_label_is_not_a_decision_layout() -> None:
    raw = ("1. Orientering\n\nReferat:\n\nFormanden orienterede om budgettet.\n\n"
           "2. Eventuelt\n\nBeslutning\n\nIntet.\n")
    assert [d.item for d in run(raw).decisions] == [2]


UNNUMBERED = """Der indkaldes hermed til ordinært møde i Ungerådet

Dato: Tirsdag d. 7.3. 2023

Tid: kl. 17.00-19.00

Dagsorden med referat:

Godkendelse af dagsorden

Indhold:

Godkendelse af dagsorden

Referat

Godkendt

Ungdomshuset

Indhold:

Klubben ønsker at udvide åbningstiden om fredagen.

Referat

Ungerådet drøftede ønsket og vil spørge de unge i klubben.

Eventuelt

Indhold:

Intet.
"""


def test_unnumbered_items_under_a_content_label() -> None:
    result = run(UNNUMBERED)
    assert [(d.item, d.title, d.outcome) for d in result.decisions] == [
        (None, "Godkendelse af dagsorden", "approved"), (None, "Ungdomshuset", "discussed")]


def test_place_moved_into_the_attendance_lists_of_a_transcript() -> None:
    raw = ("Referat Ældrerådet\n\nTranskript\n\n1 Referat Ældrerådet Mødedato: Tirsdag den 3. maj 2016 Mødetidspunkt: "
           "Kl. 9:00 Mødested: Bemærkninger: Medlemmer: Eva Holm Ib Lund Kim Bak Deltagere: Per Vad Fraværende: "
           "Kim Bak Grøn 2, Kulturhuset Per Vad deltog som suppleant for Kim Bak. Sagsoversigt\n\n" + ITEMS)
    assert run(raw).meeting.location == "Grøn 2, Kulturhuset"


def test_filled_place_label_is_not_searched_in_the_lists() -> None:
    raw = ("1 Referat Ældrerådet Mødedato: Tirsdag den 3. maj 2016 Mødested: Rådhuset Medlemmer: Eva Holm "
           "Fraværende: Kim Bak Grøn 2, Kulturhuset\n\n" + ITEMS)
    assert run(raw).meeting.location != "Grøn 2, Kulturhuset"


def test_agenda_approval_as_a_header_label() -> None:
    raw = ("Ældrerådet\n\nOnsdag den 8-11-2017 kl. 14:00\n\nMedlemmer:\n\nEva Holm Ib Lund\n\n"
           "Godkendelse af dagsorden:\nGodkendt\n\nFraværende:\nIb Lund\n\n"
           "12. Høring om busplanen\n\nSagsfremstilling\nRådet skal afgive høringssvar.\n\nBeslutning\nDrøftet.\n")
    result = run(raw)
    assert [(d.item, d.title, d.outcome) for d in result.decisions] == [
        (None, "Godkendelse af dagsorden", "approved"), (12, "Høring om busplanen", "discussed")]


def test_agenda_label_beside_an_agenda_item_adds_nothing() -> None:
    raw = ("Godkendelse af dagsorden: Godkendt\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n")
    assert [d.item for d in run(raw).decisions] == [1]


def test_letter_spaced_title_and_region_before_the_committee() -> None:
    raw = ("Transkript\n\n1 B E S L U T N I N G E R REGION MIDTJYLLAND SOCIALUDVALGET Onsdag den 6. marts 2013 "
           "Kl. 14 i Regionshuset 4. møde Medlemmer: Eva Holm (A)\n\n" + ITEMS)
    assert run(raw).meeting.body == "Socialudvalget"


def test_resolution_sentence_under_the_minutes_label_with_a_note_after_it() -> None:
    raw = UNNUMBERED.replace(
        "Eventuelt\n\nIndhold:\n\nIntet.\n",
        "Nyt medlem\n\nIndhold:\n\nEt medlem er flyttet fra kommunen.\n\nReferat\n\n"
        "Ungerådet er glade for hendes indsats og tager udmeldingen til efterretning.\n\n"
        "Aftale: Sekretæren spørger skolerne efter en ny repræsentant.\n")
    result = run(raw)
    assert (None, "Nyt medlem", "noted") in [(d.item, d.title, d.outcome) for d in result.decisions]


def test_council_meeting_word_without_its_name_is_no_body() -> None:
    raw = "Referat fra rådsmødet den 4. maj 2021\n\n1. Godkendelse af dagsorden\nGodkendt uden bemærkninger.\n"
    assert run(raw).meeting.body is None


def test_a_council_told_in_the_past_tense_is_not_the_minutes_body() -> None:
    raw = ("1.Baggrund.\nByrådet vedtog planen for nye cykelstier.\nByrådet besluttede samtidig at spare på vejene.\n\n"
           "2.Eventuelt.\nIntet.\n")
    assert run(raw).meeting.body is None


def test_item_label_above_its_title_after_an_attendance_list() -> None:
    raw = ("Referat fra møde i Frivilligrådet\nTorsdag d. 5.03.15.\nAfbud:\nHanne Vinge, Ældre Sagen\n"
           "Bo Stub, udpeget af Kommunalbestyrelsen\nPkt. 1\nValg af ny formand for rådet\n Valg af formand\n"
           "Da formanden er fraflyttet kommunen, skulle der vælges en ny. Efter en kort\n"
           "drøftelse på mødet blev Lis valgt som ny formand for rådet, da ingen andre\n"
           "ønskede posten. Hun takkede for valget og glæder sig til arbejdet i rådet.\n\n"
           "Valg af næstformand\nPosten besættes på næste møde, når flere medlemmer er til stede.\n")
    result = run(raw)
    assert [(d.item, d.title, d.outcome) for d in result.decisions] == [(1, "Valg af ny formand for rådet", "other")]
    assert result.decisions[0].text == "blev Lis valgt som ny formand for rådet"


def test_two_election_clauses_give_no_guess() -> None:
    raw = ("1. Valg af formand og næstformand\nEfter en drøftelse blev Lis valgt som formand, og senere\n"
           "på mødet blev Ole valgt som næstformand. Begge takkede for tilliden.\n\nDe nye regler drøftes i maj.\n")
    assert run(raw).decisions == []
