"""Decisions of minutes that have no decision labels: a board's own voice in the running prose of
each item ("Vi …", the body acting, an arrangement made), short outcome sentences, bulleted notes
that record nothing, an agenda list whose entries carry their outcome after a colon, the outcome
line above an empty decision heading, a table with a time column, a perfect-tense outcome inside a
report, and "Godkendt og underskrevet" under an item that is no signing item."""

from __future__ import annotations

from socdoc.extractors import decisions as dec

from minutes_run import run


def outcomes(raw: str) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


def texts(raw: str) -> dict[int | None, str]:
    return {d.item: d.text for d in run(raw).decisions}


BOARD = ("Referat af bestyrelsesmøde i Grøndalsparkens afdelingsbestyrelse den 12. marts 2024.\n\n"
         "Deltagere: Lone, Karim, Birgitte, Ole (referent).\nAfbud: Sanne.\n\n")


# --- the board's own voice --------------------------------------------------------------------------


def test_we_sentences_record_each_item_and_informing_items_get_none() -> None:
    raw = BOARD + (
        "1. Opfølgning på gårdmødet.\n"
        "Vi fik en god dialog med beboerne om affaldssorteringen.\n\n"
        "2. Parkering ved blok C.\n"
        "Vi bestiller nye skilte til gæsteparkeringen. Karim kontakter viceværten. Pris ca. 4.500 kr.\n\n"
        "3. Ansøgning om hundegård.\n"
        "Vi finder ikke plads til det i år, så vi siger nej. Lone svarer ansøgeren.\n\n"
        "4. Nyt fra boligselskabet.\n"
        "Boligselskabet har fået ny direktør, og kontoret holder lukket i uge 29.\n\n"
        "5. Eventuelt.\n"
        "Alle afdelinger er inviteret til temaaften om grønne tage.\n")
    assert outcomes(raw) == [(1, "other"), (2, "other"), (3, "rejected")]
    assert texts(raw)[2] == "Vi bestiller nye skilte til gæsteparkeringen."


def test_we_stating_a_state_is_no_decision() -> None:
    raw = BOARD + (
        "1. Fælleslokalet.\n"
        "Vi har stadig problemer med nøglerne. Vi er ikke tilfredse med rengøringen.\n\n"
        "2. Eventuelt.\n"
        "Intet.\n")
    assert outcomes(raw) == [(2, "other")]


def test_the_body_acting_and_an_arrangement_made_record_the_item() -> None:
    raw = ("Referat fra Nørreskov Beboerråd, møde den 3. oktober 2023\n\n"
           "1. Samarbejde med idrætsforeningen\n\n"
           "Beboerrådet stiller sig positivt over for en fælles sommerdag. Formanden tager kontakt.\n\n"
           "2. Julemarkedet\n\n"
           "Markedet blev efter ønske fra spejderne flyttet til første søndag i advent.\n\n"
           "3. Hjemmesiden\n\n"
           "Beboerrådet er medlem af den lokale netværksgruppe.\n\n"
           "4. Budget for næste år\n\n"
           "Kassereren gennemgik tallene. Enkelte poster blev drøftet. Budgettet kan først godkendes i marts.\n")
    # "Enkelte poster blev drøftet.": a part of the budget discussed, no outcome of the item
    assert outcomes(raw) == [(1, "other"), (2, "other")]


def test_a_stance_of_the_body_is_no_act() -> None:
    raw = ("Referat fra Seniorrådets møde den 8. maj 2023\n\n"
           "1. Meddelelser\n\n"
           "Seniorrådet forventer derfor, at kommunen svarer inden sommerferien.\n\n"
           "2. Godkendelse af dagsorden\n\nGodkendt.\n")
    assert outcomes(raw) == [(2, "approved")]


def test_bulleted_notes_record_nothing() -> None:
    raw = BOARD + (
        "1. Årsmødet\n"
        "– Formandens beretning blev drøftet\n"
        "– Vi sender indbydelsen ud i næste uge\n"
        "– Ib er på valg og genopstiller\n\n"
        "2. Godkendelse af referat\n"
        "Referatet blev godkendt.\n")
    assert outcomes(raw) == [(2, "approved")]


def test_an_outcome_in_a_relative_clause_is_no_stated_outcome() -> None:
    raw = BOARD + (
        "1. Meddelelser fra formanden\n"
        "Formanden har skrevet et læserbrev om busruterne.\n\n"
        "Kassereren havde udsendt regnskabet, som rådet senere tog til efterretning.\n")
    assert outcomes(raw) == []


# --- an agenda list whose entries carry their outcome ---------------------------------------------


def test_agenda_entries_with_an_outcome_after_a_colon_are_the_items() -> None:
    raw = ("Vestervig Landsbyforening\n\nReferat af bestyrelsesmøde 14. januar 2019 hos Hanne\n\n"
           "Mødedeltagere: Hanne, Poul, Inger, Tove\n\n"
           "Dagsorden:\n\n"
           "1. Bemærkninger til sidste referat: ingen.\n\n"
           "2. Kasserens beretning: godkendt.\n\n"
           "3. Gamle sager:\n\n"
           "  • Poul har talt med kommunen om belysningen ved stien.\n\n"
           "4. Ny mødedato: 11. marts 2019 kl. 19.30 hos Inger\n\n"
           " Pbv. Tove Mikkelsen\n\nDel på Facebook\n")
    assert outcomes(raw) == [(1, "other"), (2, "approved"), (4, "other")]
    assert texts(raw)[4] == "11. marts 2019 kl. 19.30 hos Inger"


def test_a_contents_list_under_the_agenda_label_stays_contents() -> None:
    raw = ("Referat\n\nDagsorden:\n\n1. Godkendelse af dagsorden\n2. Trafiksikkerhed\n\n"
           "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
           "2. Trafiksikkerhed\n\nBeslutning\n\nDrøftet.\n")
    assert outcomes(raw) == [(1, "approved"), (2, "discussed")]


# --- the outcome above an empty decision heading ---------------------------------------------------


def test_the_outcome_line_above_a_decision_heading_with_only_the_absent() -> None:
    raw = ("Referat\n\nDato: 14. april 2016\n\n"
           "Pkt. 4\n\nMeddelelser fra formanden\n\nSagsnr. 204511 Handicaprådet Åbent punkt\n\n"
           "Formanden fortalte om sit besøg på bostedet.\n\n"
           "Handicaprådet, 14-04-2016, pkt. 4\n\nFraværende: Ib Holm, Eva Dam.\n\n"
           "Pkt. 5\n\nMeddelelser fra kassereren\n\nSagsnr. 204517 Handicaprådet Åbent punkt\n\n"
           "Punktet blev udsat, da kassereren var syg.\n\n"
           "Handicaprådet, 14-04-2016, pkt. 5\n\nFraværende: Ib Holm, Eva Dam.\n")
    assert outcomes(raw) == [(5, "postponed")]


# --- a table with a time column -------------------------------------------------------------------


def test_time_column_table_record_cells() -> None:
    raw = ("Referat 2. februar 2023\n\nSkolebestyrelsesmøde den 2. februar kl. 17.00-19.00\n\n"
           "Dagsorden\n\nTid\n\nPunkt\n\nReferat\n\n"
           "Pkt. 1\n\nGodkendelse af dagsorden\n\nKl. 17.00-17.05\n\nBeslutning\n\n \n\n"
           "Pkt. 2 (Jens)\n\nNyt fra elevrådet\n\n17.05-17.20\n\nOrientering\n\n"
           "Elevrådet har holdt motionsdag.\n\n"
           "Pkt. 3\n\nPrincip for lektier\n\n17.20-17.50\n\nDrøftelse\n\nUdsættes\n\n"
           "Pkt. 4\n\nEventuelt\n\n18.50-19.00\n\nDer skal vælges nye medlemmer til foråret.\n")
    assert outcomes(raw) == [(2, "other"), (3, "postponed")]


# --- outcome phrases ------------------------------------------------------------------------------


def test_a_perfect_tense_outcome_inside_a_report_decides_nothing() -> None:
    assert dec.classify("Projektlederen orienterede om den nye plan. Fonden har bevilget støtte til planen.") == "other"
    assert dec.classify("Projektlederen orienterede om planen. Orienteringen blev taget til efterretning.") == "noted"
    assert dec.classify("Fonden har bevilget støtte til planen.") == "approved"


def test_approved_and_signed_minutes_of_an_approval_item() -> None:
    raw = ("Referat fra lokalrådets møde 4. juni 2012\n\n"
           "1. Godkendelse af referat fra sidste møde.\nGodkendt og underskrevet\n\n"
           "2. Underskrift af protokollen.\nGodkendt og underskrevet\n")
    assert outcomes(raw) == [(1, "approved"), (2, "signed")]


# --- a numbered list inside a decision --------------------------------------------------------------


def test_a_numbered_entry_under_a_colon_line_that_a_later_item_repeats_is_a_list_entry() -> None:
    raw = ("Referat\n\n1.         Meddelelser\n\nBeslutning\n\n"
           "Siden dagsordenen blev sendt ud, er der kommet følgende:\n\n"
           "2. Brev fra forældrebestyrelsen i Solsikken om legepladsen.\n\n"
           "Taget til efterretning.\n\n"
           "2.         Skolernes budgetter\n\nBeslutning\n\nGodkendt.\n")
    assert outcomes(raw) == [(1, "noted"), (2, "approved")]


def test_a_short_answer_of_nothing_and_a_rule_changed_record_the_item() -> None:
    raw = BOARD + (
        "1. Tilbud om fælles internetaftale.\n"
        "Ingen interesse. Beboerne har selv valgt deres udbydere.\n\n"
        "2. Forretningsordenen.\n"
        "Punkt 4 ændres til, at næstformanden leder mødet, når formanden er fraværende.\n\n"
        "3. Nyt fra kontoret.\n"
        "Kontoret holder lukket i påsken.\n")
    assert outcomes(raw) == [(1, "other"), (2, "other")]


# --- unnumbered titles over prose -----------------------------------------------------------------


def test_unnumbered_one_word_titles_over_paragraphs_are_items() -> None:
    raw = ("Referat af landsbyrådets møde 5. oktober 2022\n\n"
           "Stisystemet.\n\n"
           "Forslaget blev gennemgået, og kassereren blev pålagt at søge kommunens pulje inden nytår.\n"
           "Valg af revisor.\n\n"
           "Der blev vedtaget at genvælge den nuværende revisor for endnu et år.\n\n"
           "Forsamlingshuset.\n\n"
           "Landsbyrådet arbejder videre med planerne for et nyt køkken og inviterer husets bestyrelse "
           "til næste møde.\n\nMvh Hanne\n")
    assert outcomes(raw) == [(None, "other"), (None, "approved"), (None, "other")]
    assert [d.title for d in run(raw).decisions] == ["Stisystemet", "Valg af revisor", "Forsamlingshuset"]


def test_a_lone_outcome_line_or_a_single_title_makes_no_items() -> None:
    raw = ("Referat af bestyrelsesmødet 2. maj 2022\n\n"
           "Regnskabet.\n\nKassereren gennemgik regnskabet for året, og der var spørgsmål om varmeudgifterne.\n\n"
           "Godkendt.\n\nBestyrelsen takker kassereren for et grundigt arbejde med tallene i år.\n")
    assert outcomes(raw) == []
