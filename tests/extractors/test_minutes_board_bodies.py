"""Minutes of small boards that name their body only in the meeting word or once in passing
("Lokalrådsmøde …", "Referat fra repræsentantskabsmøde …", a bare "Bestyrelsesmøde …"), narrative
sentences that only inform (moving in, looking into), and a page that holds two meetings' minutes."""

from __future__ import annotations

from minutes_run import run


def body(raw: str) -> str | None:
    return run(raw).meeting.body


# --- the body named by the title's meeting word ------------------------------------------------------

def test_council_meeting_word_alone_gives_the_definite_form() -> None:
    raw = ("Lokalrådsmøde i Egeby Forsamlingshus\n\nOnsdag d. 4. oktober 2023 kl. 19.00\n\n"
           "1. Godkendelse af referat\n\nGodkendt.\n\n"
           "2. Stier\n\nDer var enighed om at skrive til kommunen om stien langs åen.\n")
    assert body(raw) == "Lokalrådet"


def test_council_meeting_word_takes_the_one_council_named_with_its_place() -> None:
    raw = ("Lokalrådsmøde i Egeby Forsamlingshus\n\nOnsdag d. 4. oktober 2023 kl. 19.00\n\n"
           "Til stede: Anne, Jonas og Pia\n\n"
           "1. Godkendelse af referat\n\nGodkendt.\n\n"
           "2. Juletræ\n\nDet blev besluttet, at Egeby Lokalråd betaler for lys til træet.\n")
    assert body(raw) == "Egeby Lokalråd"


def test_general_council_meeting_word_names_the_council() -> None:
    raw = ("REFERAT FRA REPRÆSENTANTSKABSMØDE I BOLIGSELSKABET HAVBO TIRSDAG DEN 5. MARTS 2019\n\n"
           "1. Valg af dirigent\n\nSusanne Holt blev valgt.\n\n"
           "2. Årsregnskab\n\nÅrsregnskabet blev godkendt.\n")
    assert body(raw) == "Repræsentantskabet"


def test_department_assembly_is_its_own_body() -> None:
    raw = ("Referat af ordinært afdelingsmøde onsdag den 13. september 2023 kl. 19.00 i selskabslokalet\n\n"
           "1. Valg af dirigent\n\nBestyrelsen foreslog Ole Bruun, som blev valgt.\n\n"
           "2. Budget\n\nBudgettet blev godkendt.\n")
    assert body(raw) == "Afdelingsmødet"


def test_plain_board_meeting_takes_the_one_association_of_the_text() -> None:
    raw = ("Bestyrelsesmøde 6. februar 2024\n\nTil stede: Eva Holm, Bo Dam, Lise Krogh\n\n"
           "1. Godkendelse af referat\n\nReferatet blev godkendt.\n\n"
           "2. Borgerforum Nørreby\n\nBorgerforum Nørrebys årsmøde holdes i april.\n")
    assert body(raw) == "Borgerforum Nørreby"


def test_plain_board_meeting_with_two_associations_is_the_board() -> None:
    raw = ("Bestyrelsesmøde 6. februar 2024\n\nTil stede: Eva Holm, Bo Dam, Lise Krogh\n\n"
           "1. Samarbejde\n\nNørreby Borgerforening og Søby Grundejerforening inviterer til møde.\n\n"
           "2. Referat\n\nReferatet blev godkendt.\n")
    assert body(raw) == "Bestyrelsen"


def test_plain_board_meeting_without_an_association_is_the_board() -> None:
    raw = ("Referat fra bestyrelsesmøde den 14. marts 2023 kl. 19.00\n\nTilstede: Karin, Mogens og Sanne\n\n"
           "Afbud: Preben\n\n1. Siden sidst\n\nKassereren orienterede om kontingentet.\n\n"
           "2. Sommerfest\n\nDet blev besluttet at holde festen i juni.\n")
    assert body(raw) == "Bestyrelsen"


def test_bare_committee_meeting_word_names_no_body() -> None:
    raw = ("Referat af udvalgsmøde 3. maj 2022\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n")
    assert body(raw) is None


# --- a local council named once with its place, no header ----------------------------------------------

def test_local_council_named_once_and_spoken_of_as_the_council() -> None:
    raw = ("Referat, 2. maj 2018\n\nMødet blev holdt i skolens lokale.\n\n"
           "1. Godkendelse af referat. Godkendt.\n\n"
           "2. Byfest. Søby Lokalråd står for kaffen, og lokalrådet betaler musikken.\n")
    assert body(raw) == "Søby Lokalråd"


def test_local_council_named_without_being_spoken_of_is_no_body() -> None:
    raw = ("Referat, 2. maj 2018\n\nMødet blev holdt i skolens lokale.\n\n"
           "1. Godkendelse af referat. Godkendt.\n\n"
           "2. Byfest. Søby Lokalråd har inviteret os til byfesten.\n")
    assert body(raw) is None


def test_local_council_known_by_its_initials() -> None:
    raw = ("Torsdag den 7. marts 2024 kl. 10.00 på biblioteket\n\nAfbud fra Inge og Poul.\n\n"
           "1. Godkendelse af dagsorden. Godkendt.\n\n"
           "2. Valg til Skovby Ældreråd. ÆR holder valg i november; ÆR mødet i maj planlægger det.\n")
    assert body(raw) == "Skovby Ældreråd"


# --- narrative sentences that only inform ----------------------------------------------------------

BOARD = ("Referat af bestyrelsesmøde tirsdag den 9. april 2024 kl. 19.00 i Fælleshuset\n\n"
         "Til stede: Mette, Jonas, Birthe\n\n")


def test_people_moving_in_is_no_rescheduling() -> None:
    raw = BOARD + ("1. Nye beboere\n\nDer er flyttet to familier ind i nr. 12 og nr. 14.\n\n"
                   "2. Loppemarked\n\nLoppemarkedet blev flyttet til 4. maj.\n")
    assert [(d.item, d.outcome) for d in run(raw).decisions] == [(2, "other")]


def test_we_look_into_is_no_decision() -> None:
    raw = BOARD + ("1. Lyd i salen\n\nVi undersøger, om vi kan låne en mikrofon.\n\n"
                   "2. Sommerfest\n\nVi aftalte at holde festen i juni.\n")
    assert [(d.item, d.outcome) for d in run(raw).decisions] == [(2, "other")]


# --- a page with two meetings' minutes ---------------------------------------------------------------

def test_the_next_minutes_on_the_page_keep_their_own_absentees() -> None:
    raw = ("Referat af bestyrelsesmøde i Søby Borgerforening tirsdag den 12. marts 2024 kl. 17.00\n\n"
           "Til stede var Eva Holm, Bo Dam og Lise Krogh.\n\nAfbud fra Kim og Ulla.\n\n"
           "Legepladsen: Bo Dam skriver til kommunen.\n\n"
           "Referat af bestyrelsesmøde tirsdag den 13. februar 2024 kl. 17.00 i Fælleshuset\n\n"
           "Afbud fra Lise og Hans.\n\n1. Valg af referent\n\nEva\n")
    meeting = run(raw).meeting
    assert sorted(meeting.absent) == ["Kim", "Ulla"]


def test_board_meeting_word_past_the_page_menu() -> None:
    raw = ("Gå til hovedindholdet\n\nMENU\n\nSkoleportal\n\nReferat 2023.03.14\n\nBestyrelsesmøde\n\n"
           "14. marts 2023\n\nAfbud: Kim, Rikke\n\n1. Siden sidst\n\nFormanden orienterede om budgettet.\n")
    assert body(raw) == "Bestyrelsen"


# --- commissions and boards named by their head word; a proposal's clause is no body ------------------

def test_commission_heading_names_the_body() -> None:
    raw = ("Beredskabskommissionen - Referat\n\nDato: 19. december 2013\nLokale: Mødelokale 2\n\n"
           "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n")
    assert body(raw) == "Beredskabskommissionen"


def test_proposal_line_with_the_committee_as_object_is_no_body() -> None:
    raw = ("Mødedato: 21.01.2015, kl. 18:00\nMødested: Vestergade 4, lokale 5\n\n"
           "Orientering om høringssvar\n\nSe alle bilag\n"
           "Vesterby Lokaludvalg bemyndigede på mødet den 10. december 2014 arbejdsgruppen til at svare.\n\n"
           "Indstilling og beslutning\n\nFormanden foreslår Vesterby Lokaludvalg\n\n"
           "1. at tage orienteringen til efterretning\n\nBeslutning\nGodkendt.\n")
    assert body(raw) != "Formanden foreslår Vesterby Lokaludvalg"
