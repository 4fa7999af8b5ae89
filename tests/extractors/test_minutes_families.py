"""Minutes: meeting header and attendance in the families read by :mod:`minutes_families`
(prose header sentences, upper-case titles, run-on PDF transcripts, bodies named in the items'
labels, board minutes of housing organisations, prefixes leaking into values)."""

from __future__ import annotations

import datetime as dt

from socdoc.extractors.minutes import MinutesResult
from socdoc.extractors.minutes_families import clean_body, clean_location, normal_case

from minutes_run import run


ITEMS = "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Orientering\nBeslutning\nTaget til efterretning.\n"


def names(result: MinutesResult) -> list[str]:
    return [p.name for p in result.meeting.participants]


# --- prose header sentences ----------------------------------------------------------------------


def test_held_sentence_gives_place_date_and_start() -> None:
    raw = ("Referat\nMiljø- og Klimaudvalget\n\nMødet blev holdt onsdag den 11. september 2013 på Borgercentret "
           "i Mødesal B. Mødet begyndte kl. 08.15 og sluttede kl. 10.00." + ITEMS)
    m = run(raw).meeting
    assert m.date == dt.date(2013, 9, 11)
    assert m.time == "08:15"
    assert m.location == "Borgercentret i Mødesal B"


def test_held_sentence_variants() -> None:
    m = run("Seniorrådet\n\nMødet afholdtes den 6. marts 2016 i Dagcentret Lærkebo, Møllevej 9, Tarm. "
            "Mødet startede kl. 13.30.\n" + ITEMS).meeting
    assert m.location == "Dagcentret Lærkebo, Møllevej 9, Tarm" and m.time == "13:30"
    m = run("Fritidsudvalget\n\nMødet holdtes på Svømmehallen i Hobro den 8. januar 2011 kl. 18.30.\n" + ITEMS).meeting
    assert m.location == "Svømmehallen i Hobro"  # the date after the place is not part of it
    assert m.date == dt.date(2011, 1, 8) and m.time == "18:30"
    m = run("Integrationsrådet\n\nMødet fandt sted tirsdag den 2. juni 2020 på Biblioteket, lokale 4.\n"
            "Mødet påbegyndt kl. 17.05.\n" + ITEMS).meeting
    assert m.location == "Biblioteket, lokale 4" and m.time == "17:05"


def test_room_number_is_not_the_time() -> None:
    raw = "Naturudvalget\nMødet holdtes i Mødelokale 2.14 på Rådhuset, Ribe, den 9. marts 2010 kl. 15.\n" + ITEMS
    m = run(raw).meeting
    assert m.time == "15:00" and m.location == "Mødelokale 2.14 på Rådhuset, Ribe"


def test_held_sentence_place_in_lower_case_needs_a_place_word() -> None:
    m = run("Referat\nSkoleudvalget 9. maj 2012\nMødet blev holdt på rådhuset.\n" + ITEMS).meeting
    assert m.location == "Rådhuset"
    m = run("Referat\nSkoleudvalget 9. maj 2012\nMødet blev holdt i en god tone.\n" + ITEMS).meeting
    assert m.location is None


def test_next_meeting_sentence_is_not_the_place() -> None:
    raw = "Referat\nSkoleudvalget 9. maj 2012\n" + ITEMS + "Næste møde: Mødet afholdes den 6. juni 2012 på Vestskolen.\n"
    assert run(raw).meeting.location is None


# --- upper-case titles ---------------------------------------------------------------------------


def test_upper_case_title_on_several_lines() -> None:
    raw = ("KOMMUNALBESTYRELSEN FOR STEVNS KOMMUNE\nREFERAT FRA MØDE NR. 14\nONSDAG DEN 21. OKTOBER 2009, KL. 18.00\n"
           "PÅ STEVNS RÅDHUS, MØDESAL 2\n" + ITEMS)
    m = run(raw).meeting
    assert m.body == "Kommunalbestyrelsen"  # normal case, without the municipality
    assert m.date == dt.date(2009, 10, 21) and m.time == "18:00"
    assert m.location == "Stevns Rådhus, Mødesal 2"


def test_upper_case_title_run_together_and_committee_names() -> None:
    raw = "KOMMUNALBESTYRELSEN FOR LEJRE KOMMUNE REFERAT FRA MØDE NR. 3 TIRSDAG DEN 4. MARTS 2008, KL. 19.00" + ITEMS
    m = run(raw).meeting
    assert m.body == "Kommunalbestyrelsen" and m.date == dt.date(2008, 3, 4) and m.time == "19:00"
    assert run("REFERAT FRA MØDE I TEKNIK- OG MILJØUDVALGET\nMANDAG DEN 7. MARTS 2011\n" + ITEMS).meeting.body \
        == "Teknik- og Miljøudvalget"
    m = run("ÅBEN DAGSORDEN\nUDVALGET FOR KULTUR OG FRITID\n22. MAJ 2013\n" + ITEMS).meeting
    assert m.body == "Udvalget for Kultur og Fritid" and m.date == dt.date(2013, 5, 22)


def test_upper_case_title_in_a_run_on_page() -> None:
    raw = ("Side 1 KOMMUNALBESTYRELSEN FOR ASSENS KOMMUNE REFERAT FRA MØDE NR. 8 MANDAG DEN 16. JUNI 2008, KL. 17.00 "
           "PÅ ASSENS RÅDHUS, MØDESAL 3 Indholdsfortegnelse 1. Godkendelse af dagsorden Beslutning Godkendt.")
    m = run(raw).meeting
    assert m.body == "Kommunalbestyrelsen" and m.time == "17:00"
    assert m.location == "Assens Rådhus, Mødesal 3"  # the place ends where normal text starts


def test_running_page_header_names_body_and_date() -> None:
    raw = "SOCIALUDVALGET 2. FEBRUAR 2015\nSide 1\n" + ITEMS + "\nSOCIALUDVALGET 2. FEBRUAR 2015\nSide 2\n"
    m = run(raw).meeting
    assert m.body == "Socialudvalget" and m.date == dt.date(2015, 2, 2)


def test_normal_case_keeps_abbreviations() -> None:
    assert normal_case("ØU") == "ØU"
    assert normal_case("BØRNE- OG UNGEUDVALGET") == "Børne- og Ungeudvalget"
    assert normal_case("Ældrerådet") == "Ældrerådet"


# --- run-on PDF transcripts ----------------------------------------------------------------------


def test_run_on_header_with_member_initials() -> None:
    raw = ("1 Referat Sundheds- og Ældreudvalget Møde nr.: 4/2019 Mødedato: Tirsdag den 14. maj 2019 "
           "Mødetidspunkt: 16:00-18:30 Mødested: Mødelokale 4, Rådhuset Medlemmer Birthe Kjær (bikj) A "
           "Claus Aagaard (claa) V Dorte Lykke Holm (dlho) F Fraværende Claus Aagaard (claa) V Bemærkninger "
           "2 Side 1 1. Godkendelse af dagsorden Beslutning Godkendt. 2. Orientering Beslutning Taget til efterretning.")
    m = run(raw).meeting
    assert m.body == "Sundheds- og Ældreudvalget"
    assert m.date == dt.date(2019, 5, 14) and m.time == "16:00"
    assert m.location == "Mødelokale 4, Rådhuset"  # not run on into the members
    assert [(p.name, p.party) for p in m.participants] == [("Birthe Kjær", "A"), ("Dorte Lykke Holm", "F")]
    assert m.absent == ["Claus Aagaard"]


def test_run_on_role_dash_members_and_empty_labels() -> None:
    raw = ("1 Referat Byrådet Dannet den: Mandag den Mødedato: 9. april 2018 Mødested: "
           "Medlemmer: Borgmester - Lene Ravn (A), 1. viceborgmester - Tom Uhre (V), Sofie Brix (O), Ali Nasser (F) "
           "Fraværende: Sofie Brix. 1. Godkendelse af dagsorden Beslutning Godkendt.")
    m = run(raw).meeting
    assert m.body == "Byrådet"  # the empty "Dannet den:" does not swallow the next label
    assert m.date == dt.date(2018, 4, 9)
    assert m.location is None
    assert "Lene Ravn" in names(run(raw)) and "Ali Nasser" in names(run(raw))
    assert "Sofie Brix" not in names(run(raw)) and m.absent == ["Sofie Brix"]


def test_run_on_comma_list_ends_at_the_next_header_words() -> None:
    raw = ("HORSENS BYRÅD HORSENS BYRÅD. REFERAT fra møde i HORSENS BYRÅD den 2. maj 2006 kl. 19.00 i byrådssalen\n"
           "1 REFERAT fra møde i kl i byrådssalen Medlemmer: Asta Bruun, Bjørn Kvist, Carla Bech, Dan Holt Mødet hævet "
           "kl Side 40 2 Indholdsfortegnelse 1. Godkendelse af dagsorden Beslutning Godkendt.")
    result = run(raw)
    assert result.meeting.body == "Horsens Byråd"  # the title repeated by the transcript, once
    assert names(result) == ["Asta Bruun", "Bjørn Kvist", "Carla Bech", "Dan Holt"]


def test_run_together_names_split_at_first_names() -> None:
    raw = ("1 Referat af bestyrelsesmøde Mødedato: 4. marts 2015 kl Til stede: Per Munk Hansen, Formand Lis Krogh, "
           "Næstformand Anders Bøje Nørby Karen Vestergaard Henrik Bach Niels S. Lund Vibeke Thomsen, Adm. Direktør "
           "Ole Brink, Direktionssekretær Kontaktperson Ole Brink Sekretariatet Direkte tlf.: Dato 5. marts 2015 "
           "Afbud: Jens Riis Næste møde 6. maj 2015 1. Godkendelse af referat")
    assert names(run(raw)) == ["Per Munk Hansen", "Lis Krogh", "Anders Bøje Nørby", "Karen Vestergaard", "Henrik Bach",
                               "Niels S. Lund", "Vibeke Thomsen", "Ole Brink"]
    # a middle name that is a first name stays in its name; a plain list keeps its entries
    raw = "Referat Til stede: Anne Marie Holm, Jens Otto Krag, Ib Lund Eva Bach\n" + ITEMS
    assert names(run(raw)) == ["Anne Marie Holm", "Jens Otto Krag", "Ib Lund", "Eva Bach"]


def test_place_note_and_attendance_are_cut_from_the_place() -> None:
    assert clean_location("Byrådssalen Bemærk! Lukket møde kl. 16:30") == "Byrådssalen"
    assert clean_location("Bemærk! Lukket møde kl. 16:30") is None
    assert clean_location("Mødedato:") is None  # an empty value is not the next label
    assert clean_location("Kantinen, Rådhuset Medlemmer Ole Berg (V)") == "Kantinen, Rådhuset"
    assert clean_location("Mødelokale 0.14 NB") == "Mødelokale 0.14 NB"  # a building's letters stay
    assert clean_location("Rådhuset, mødelokale 1 Udvalgsmedlemmer: Ole Berg") == "Rådhuset, mødelokale 1"
    assert clean_location("Byrådssalen Mødet hævet kl. 20.10") == "Byrådssalen"


def test_document_dates_are_not_the_meeting_date() -> None:
    raw = ("Dagsorden udsendt 2. februar 2012\nVejudvalget\nMødet blev holdt den 9. februar 2012 i Mødelokale 4.\n" + ITEMS)
    assert run(raw).meeting.date == dt.date(2012, 2, 9)
    raw = "Referat\nErhvervsudvalget\nUdsendelsesdato: 1. oktober 2020\nMøde den 6. oktober 2020 kl. 15.00\n" + ITEMS
    assert run(raw).meeting.date == dt.date(2020, 10, 6)
    raw = ("1 Referat Byrådet Dannet den: Torsdag den 3. maj 2018 Mødedato: Onsdag den 16. maj 2018 Mødested: "
           "Rådssalen 2 Side 1 1. Godkendelse af dagsorden Beslutning Godkendt.")
    m = run(raw).meeting
    assert m.date == dt.date(2018, 5, 16)
    assert m.location == "Rådssalen"  # without the page number of the next page


# --- bodies named in the items -------------------------------------------------------------------


def test_body_and_date_from_the_item_labels() -> None:
    raw = ("Dagsorden og referat\n\n1. Skolebus\nSagsfremstilling\nTekst.\nBørne- og Læringsudvalgets møde "
           "den 4. november 2014:\nGodkendt.\n\n2. Ferieplan\nSagsfremstilling\nTekst.\n"
           "Fritidsudvalgets møde den 28. oktober 2014:\nAnbefales.\nBørne- og Læringsudvalgets møde den 4. november 2014:\n"
           "Godkendt.\n\n3. Budget\nBørne- og Læringsudvalgets møde den 4. november 2014:\nTaget til efterretning.\n")
    m = run(raw).meeting
    assert m.body == "Børne- og Læringsudvalget"  # the body labelled in most items
    assert m.date == dt.date(2014, 11, 4)


def test_item_labels_inside_a_flattened_page() -> None:
    raw = ("Dagsorden og referat 1 1. Godkendelse af dagsorden Sagsfremstilling Dagsordenen forelægges. "
           "Land- og Vandudvalgets møde den 7. marts 2013: Godkendt. 2. Vandløb Sagsfremstilling Tekst om vandløbet. "
           "Land- og Vandudvalgets møde den 7. marts 2013: Anbefales.")
    m = run(raw).meeting
    assert m.body == "Land- og Vandudvalget" and m.date == dt.date(2013, 3, 7)


def test_a_postponement_is_no_item_label() -> None:
    raw = ("Referat\n\n1. Budget\nTekst.\nUdsat til udvalgets møde den 5. maj 2020: Se bilag.\n\n"
           "2. Plan\nUdsat til udvalgets møde den 5. maj 2020: Se bilag.\n")
    assert run(raw).meeting.body is None


def test_decided_in_label_only_when_all_items_agree() -> None:
    agree = ("Referat\n\n1. Vejnavne\nSagen afgøres i: Teknisk Udvalg\nBeslutning\nGodkendt.\n\n"
             "2. Parkering\nSagen afgøres i: Teknisk Udvalg\nBeslutning\nGodkendt.\n")
    assert run(agree).meeting.body == "Teknisk Udvalg"
    mixed = ("Referat\n\n1. Vejnavne\nSagen afgøres i: Teknisk Udvalg\nBeslutning\nGodkendt.\n\n"
             "2. Lokalplan\nSagen afgøres i: Byrådet\nBeslutning\nAnbefales.\n")
    assert run(mixed).meeting.body is None


# --- board minutes -------------------------------------------------------------------------------


def test_housing_board_minutes() -> None:
    raw = ("Intern brug i bestyrelsen\n\nReferat af organisationsbestyrelsesmøde tirsdag den 12. marts 2019 kl. 17.30\n"
           "Mødested: Beboerhuset, Lindealle 3, 6000 Kolding\n\nTil stede: Gitte Mørk, Holger Bech, Signe Vang og "
           "Erling Dal\nAfbud: Vibeke Thy\n" + ITEMS)
    m = run(raw).meeting
    assert m.body == "Organisationsbestyrelsen"  # the stamp is no body
    assert m.location == "Beboerhuset, Lindealle 3, 6000 Kolding"
    assert m.time == "17:30" and m.date == dt.date(2019, 3, 12)
    assert names(run(raw)) == ["Gitte Mørk", "Holger Bech", "Signe Vang", "Erling Dal"]
    assert m.absent == ["Vibeke Thy"]


def test_board_title_with_time_and_place() -> None:
    raw = ("Referat fra bestyrelsesmøde den 9. september 2015 kl. 18 på Havnekroen, Strandgade 11.\n"
           "Til stede: Lone Birk, Svend Aas\n" + ITEMS)
    m = run(raw).meeting
    assert m.body == "Bestyrelsen" and m.time == "18:00"  # a bare "bestyrelsesmøde": the board that met
    assert m.location == "Havnekroen, Strandgade 11"
    raw = "Referat fra møde i bestyrelsen for Andelsboligforeningen Kastanjehaven\nDato: 1. marts 2017\n" + ITEMS
    assert run(raw).meeting.body == "Bestyrelsen"


def test_board_word_opens_the_title() -> None:
    raw = "Afdelingsbestyrelsesmøde i afdeling 7\nDato: 5. oktober 2022\nTil stede: Rie Holt, Kaj Bonde\n" + ITEMS
    assert run(raw).meeting.body == "Afdelingsbestyrelsen"
    raw = "Fortroligt\n\nDagsorden – Bestyrelsen\nDato: 4. juni 2020\n" + ITEMS
    assert run(raw).meeting.body == "Bestyrelsen"


# --- prefixes leaking into values ----------------------------------------------------------------


def test_prefixes_are_cleaned_from_the_body() -> None:
    assert clean_body("Referat. Erhvervsudvalget", "") == "Erhvervsudvalget"
    assert clean_body("Dagsorden – Kultur- og Idrætsudvalget", "") == "Kultur- og Idrætsudvalget"
    assert clean_body("Referat fra Handicaprådet", "") == "Handicaprådet"
    assert clean_body("Fortroligt", "") is None
    assert clean_body("Udvalget for Børn og Læring's møde", "") == "Udvalget for Børn og Læring"
    assert clean_body("Kommunalbestyrelsen for Fanø Kommune", "") == "Kommunalbestyrelsen"
    assert clean_body("Udvalget for Nærdemokrati i Vejen Kommune", "") == "Udvalget for Nærdemokrati i Vejen Kommune"
    m = run("Referat. Erhvervsudvalget\nDato: 3. maj 2017\nBemærk! Lukket møde kl. 16:30\n" + ITEMS).meeting
    assert m.body == "Erhvervsudvalget" and m.location is None
