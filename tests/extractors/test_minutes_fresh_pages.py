"""Minutes families seen on fresh public pages: a council's page whose index of items swallows the
header's members and absence lists, and pages that use the words of minutes without being a record of
any meeting (a housing organisation's guidance on what a board's record should hold)."""

from __future__ import annotations

import socdoc

from minutes_run import run


# --- a members roster and an absence list before any decision ---------------------------------------

INDEXED_ROSTER = (
    "Seniorrådet\n\nPubliceret 14-03-2019\n\nTirsdag den 12-03-2019 kl. 14:00\n\n"
    "Indholdsfortegnelse:\n\nÅbne\n"
    "12 Høring: Forslag til trafikplan -\nvejene omkring skolen i Nordby\n"
    "13 Høring: Lokalplan 210.4 for boliger ved Havnevej\n14 Budget for rådets arrangementer\n"
    "15 Anbefalinger til det kommende råd.\n\n"
    "Medlemmer:\n\nKarin Østergaard Poul Birk\nMerete Lund Svend Aage Holm\n\n"
    "Godkendelse af dagsorden:\nGodkendt\n\nFraværende:\nPoul Birk\n\n"
    "Meddelelser:\nIngen.\nÅbne\n\n12. Høring: Forslag til trafikplan - vejene omkring skolen i Nordby\n\nSagsfremstilling\nRådet skal afgive høringssvar om planen.\n\n"
    "Beslutning\nRådet afgav høringssvar som drøftet på mødet.\n")


def test_a_roster_member_listed_as_absent_before_any_decision_took_no_part() -> None:
    meeting = run(INDEXED_ROSTER).meeting
    names = {p.name for p in meeting.participants}
    assert "Poul Birk" in meeting.absent
    assert "Poul Birk" not in names
    assert {"Karin Østergaard", "Merete Lund", "Svend Aage Holm"} <= names


def test_absence_under_an_item_decision_still_leaves_the_roster_as_it_is() -> None:
    raw = ("Referat\n\nTeknisk Udvalg\n\nMandag den 4. marts 2019 kl. 16:00\n\nMedlemmer:\n"
           "Karin Østergaard\nMerete Lund\nSvend Aage Holm\n\n"
           "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\nFraværende: Merete Lund\n\n"
           "2. Vejplan\n\nBeslutning\nGodkendt.\n")
    names = {p.name for p in run(raw).meeting.participants}
    assert "Merete Lund" in names


# --- pages about minutes that record no meeting --------------------------------------------------------

GUIDANCE = (
    "Sådan skriver afdelingsbestyrelsen referat\n\n"
    "Inden et bestyrelsesmøde skal medlemmerne have en dagsorden.\n\n"
    "Dagsordenen skal hænges op i opgangene, så alle beboere kan se den.\n\n"
    "Referatet bør indeholde afdelingens navn, hvem der deltog, og hvem der havde meldt afbud.\n\n"
    "Send referatet til boligorganisationen, som ser det igennem. Beslutninger skal stå i referatet, "
    "før administrationen kan føre dem ud i livet.\n")


def test_a_guidance_page_about_records_is_no_record() -> None:
    assert socdoc.extract(GUIDANCE).kind != "minutes"


def test_a_short_record_with_its_meeting_day_is_still_minutes() -> None:
    raw = ("Referat af bestyrelsesmøde den 3. maj 2022\n\n"
           "Dagsordenen blev godkendt. Referatet fra sidste møde blev godkendt. "
           "Beslutning: Bestyrelsen vedtog budgettet for legepladsen.\n")
    assert socdoc.extract(raw).kind == "minutes"


# --- a transcript line that runs the header, the members and the first item together -------------------

TRANSCRIPT = (
    "Referat Bestyrelsesmødet onsdag den 6. marts 2019, kl Vestergade 4, 7100 Vejle\n\n"
    "Transkript\n\n"
    "1 Referat Bestyrelsesmødet onsdag den 6. marts 2019, kl Vestergade 4, 7100 Vejle Til stede: "
    "Hanne Kirkegaard (formand), Ole Bundgaard, Birthe Skovlund, Jens Erik Vinther og Karen Holt "
    "(fra punkt 3). Gæst: Peter Lind, direktør for Kystfonden, deltog under punkt 3. "
    "Fra sekretariatet: Mads Krogh (referent). 1. Godkendelse af dagsorden Formanden bød velkommen. "
    "Dagsordenen blev godkendt. 2. Regnskab Notat fra møde i Revisionsudvalget den 1. marts 2019 blev omdelt.\n")


def test_a_members_list_run_on_in_a_transcript_line_is_read_up_to_the_next_label() -> None:
    names = {p.name for p in run(TRANSCRIPT).meeting.participants}
    assert names == {"Hanne Kirkegaard", "Ole Bundgaard", "Birthe Skovlund", "Jens Erik Vinther", "Karen Holt"}


def test_a_run_on_label_over_prose_is_no_members_list() -> None:
    raw = ("Referat fra mødet den 6. marts 2019 Til stede: alle medlemmer undtagen formanden, som havde "
           "meldt afbud på grund af sygdom. 1. Godkendelse af dagsorden Dagsordenen blev godkendt.\n")
    assert run(raw).meeting.participants == []


def test_a_committee_named_deep_in_a_run_on_transcript_line_is_not_the_body() -> None:
    assert run(TRANSCRIPT).meeting.body != "Revisionsudvalget"


def test_a_short_title_line_still_names_the_body() -> None:
    raw = ("Referat fra møde i Teknik- og Miljøudvalget den 6. marts 2019\n\n"
           "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n")
    assert run(raw).meeting.body == "Teknik- og Miljøudvalget"


# --- an outcome word in a relative clause that tells a state ------------------------------------------

def test_a_participle_in_a_relative_clause_is_no_outcome_of_the_item() -> None:
    from socdoc.extractors.decisions import classify
    text = ("Formanden har skrevet til regionen om skolebussen. Listen over medlemmer, der er bevilget "
            "orlov, rettes på hjemmesiden.")
    assert classify(text) == "other"


def test_the_main_clause_outcome_stands_beside_such_a_relative_clause() -> None:
    from socdoc.extractors.decisions import classify
    assert classify("Godkendt, idet de projekter, der er bevilget midler, afsluttes i år.") == "approved"
    assert classify("Udvalget godkendte listen over foreninger, der er tildelt lokaler.") == "approved"


# --- a numbered list of the elected members inside an item --------------------------------------------

ELECTED_LIST_PAGE = (
    "Konstituerende møde - 02-12-2021\n\nReferat\nDato:\nTorsdag, 2 december, 2021 - 18:30\nHent som fil:\n"
    "1. Godkendelse af dagsorden\n\nResume\n\nDet medlem, der længst har siddet i byrådet, leder mødet.\n\n"
    "Beslutning\n\nGodkendt.\n\n\nFraværende: Ingen.\n\n"
    "2. Læsevejledning om udpegelsesmetoder\n\nIndstilling\n\nDirektionen indstiller, at orienteringen tages "
    "til efterretning.\n\nBeslutning\n\nGodkendt.\n\n\nFraværende: Ingen.\n\n"
    "3. Byrådets medlemmer 2022-2025\n\nSagsfremstilling\n\nVed valget blev følgende medlemmer valgt:\n\n\n"
    " 1. Anne Lund (C)\n 2. Bo Dam (A)\n 3. Eva Holm (L)\n 4. Jens Berg (V)\n 5. Kim Vestergaard (A)\n 6. Lise Bach (F)\n\n"
    "Beslutning\n\nTaget til efterretning.\n")


def test_a_numbered_list_of_members_is_no_list_of_agenda_items() -> None:
    decisions = run(ELECTED_LIST_PAGE).decisions
    assert [(d.item, d.outcome) for d in decisions] == [(1, "approved"), (2, "approved"), (3, "noted")]
