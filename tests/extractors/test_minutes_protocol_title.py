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
