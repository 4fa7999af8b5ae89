"""Minutes: a PDF record that opens with the body's name over "Protokol" and the meeting's date and place
("Byrådet" / "Protokol" / "14-03-2019 kl. 16:30 Byrådssalen") names the record itself; "Protokol" there
is no decision section of an item titled by the body's name."""

from __future__ import annotations

import socdoc

TEXT = ("Byrådet\n\nProtokol\n\n14-03-2019 kl. 16:30 Byrådssalen\n\n"
        "Medlemmer Anne Holm deltog Bent Lund deltog Carla Friis deltog Dennis Kjær var fraværende\n\n"
        "Derudover deltog: Eva Mols Finn Ravn Side 1 af 40\n\n"
        "I stedet for Dennis Kjær deltog Gitte Bach.\n\n"
        "Side 2 af 40 Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Budgetopfølgning 3. Lokalplan for "
        "et boligområde ved Nordby Station 4. Orientering om vinterberedskab\n")


def test_body_over_protocol_over_date_is_the_header() -> None:
    record = socdoc.extract(TEXT)
    meeting = record.meeting
    assert record.kind == "minutes"
    assert meeting is not None
    assert (meeting.body, str(meeting.date), meeting.time, meeting.location) == (
        "Byrådet", "2019-03-14", "16:30", "Byrådssalen")
    assert record.published is not None and str(record.published) == "2019-03-14"
    assert record.decisions == []  # the excerpt ends before the first item's decision


def test_protocol_under_an_item_title_stays_its_decision() -> None:
    text = ("Referat af Teknisk Udvalgs møde 3. april 2019\n\n"
            "Vejbelysning i Nordby\n\nProtokol\n\nGodkendt.\n")
    record = socdoc.extract(text)
    assert [(d.title, d.outcome) for d in record.decisions] == [("Vejbelysning i Nordby", "approved")]


# A document site's viewer prints its own lines first ("Upload", "Views", "Page 1: …"); the record's
# heading stands under them, its date line with the clock.
VIEWER_TEXT = ("byrådet 07-05-2018 - protokol og bilag\n\n412\n"
               "Byrådet Protokol 07-05-2018 kl. 16:00 Byrådssalen Medlemmer Side 1 af 52\n\n"
               "Upload: nordbyarkiv\n\nPost on 02-Jun-2018\n\n88 views\n\nCategory:\n\nDocuments\n\n"
               "TRANSCRIPT\n\nPage 1: Byrådet 07-05-2018 - Protokol og bilag\n\n"
               "Byrådet\n\nProtokol\n\n07-05-2018 kl. 16:00 Byrådssalen\n\nMedlemmer\n\nSide 1 af 52\n\n"
               "Page 2: Byrådet 07-05-2018 - Protokol og bilag\n\nIndholdsfortegnelse\n\n"
               "1. Regnskab 20172. Lokalplan for Nordby Havn3. Valg til skolebestyrelsen\n")


def test_record_heading_under_viewer_lines_is_the_header() -> None:
    record = socdoc.extract(VIEWER_TEXT)
    assert record.kind == "minutes"
    meeting = record.meeting
    assert meeting is not None
    assert (meeting.body, str(meeting.date), meeting.time) == ("Byrådet", "2018-05-07", "16:00")
    assert record.decisions == []  # "Protokol" under "Byrådet" heads the record, no item of its own


def test_transcript_line_naming_body_record_date_and_clock_is_minutes() -> None:
    from socdoc.extractors.docinfo import classify

    text = ("Sager til behandling\n\nStørrelse: px\nStarte visningen fra side:\n\nTranskript\n\n"
            "1 Socialudvalget Referat fra ordinært møde 3. marts 2011 Torsdag kl. 8:00 Mødelokale 4 "
            "Følgende sager behandles på mødet Side Meddelelser 3 Budgetopfølgning 5 Nye pladser på "
            "botilbuddet Engly 9 Høring om handicappolitik 12\n")
    assert classify(text) == "minutes"
    # a date without the clock and without "den" is no meeting's date on such a line
    assert classify("Nyt fra Socialudvalget: referat 3. marts 2011 ligger nu på hjemmesiden, "
                    "hvor borgerne kan læse om udvalgets arbejde med handicappolitikken.\n") != "minutes"
