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
    assert [d.item for d in run(raw).decisions] == []


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
    assert [(d.item, d.title, d.outcome) for d in result.decisions] == [(1, "Godkendelse af dagsorden", "approved")]


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
