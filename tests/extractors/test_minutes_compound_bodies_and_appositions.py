"""Minutes: a committee whose name opens with a compound head ("Projektudvalget for …"), a sentence
that opens with a body named by a compound's shared part ("Økonomi- og Erhvervsudvalget anbefaler …"),
a narrative resolution with an apposition between dashes, a flattened attendance line whose
members' municipalities are written in lower case and whose absence list runs into the next heading,
and the meeting room on its own line under the header's date (no item's title)."""

from __future__ import annotations

import socdoc
from socdoc.extractors import decisions as dec
from socdoc.extractors.minutes_layout import parse_decision_heading, section_label


def test_decision_heading_of_a_committee_named_by_a_compound_head() -> None:
    heading = parse_decision_heading("Beslutning i Projektudvalget for Udvikling af Landsbyerne den 19-11-2019")
    assert heading is not None
    assert (heading.body, heading.date_text) == ("Projektudvalget for Udvikling af Landsbyerne", "19-11-2019")


def test_a_compound_body_opening_a_sentence_is_no_section_label() -> None:
    assert section_label("Økonomi- og Erhvervsudvalget anbefaler sagen til Byrådet.") is None
    assert section_label("Økonomi - konsekvenser for budgettet") == ("økonomi", None)


def test_recommendation_under_a_plain_decision_label() -> None:
    raw = ("Udvalg: Økonomi- og Erhvervsudvalget\nMødedato: 13. januar 2020\n\nDagsordenpunkter\n\n"
           "21. Anlægsbevilling til Skovly Børnehus\n\nSagsresume\n\nDer søges om en anlægsbevilling på 4,2 mio. kr.\n\n"
           "Indstilling\n\nBørne- og Familieudvalget indstiller, at bevillingen gives.\n\nBeslutning\n\n"
           "Økonomi- og Erhvervsudvalget anbefaler sagen til Byrådet.")
    decisions = socdoc.extract(raw).decisions
    assert [(d.item, d.outcome) for d in decisions] == [(21, "recommended")]
    assert decisions[0].text == "Økonomi- og Erhvervsudvalget anbefaler sagen til Byrådet."


def test_narrative_resolution_with_an_apposition_between_dashes() -> None:
    assert dec.classify("Indstillingen – som anbefalet af Børne- og Skoleudvalget – blev godkendt.") == "approved"
    assert dec.classify("Forslaget, som ændret af Økonomiudvalget, blev vedtaget.") == "approved"
    assert dec.classify("Økonomiudvalget anbefaler forslaget.") == "recommended"
    raw = ("Mødedato: 13.11.2003, kl. 17:30\n\nBorgerrepræsentationen\n\nBESLUTNINGSPROTOKOL\n\n"
           "fra Ordinært møde torsdag den 13. november 2003\n\n"
           "Nr. 7           BR 410/03. Ny børnehave ved Kildeparken\n\n"
           "Indstilling om, at der gives en anlægsbevilling på 9,5 mill. kr. til en ny børnehave.\n\n"
           "                         (Børne- og Ungdomsudvalget)\n\n\n"
           "Indstillingen – som anbefalet af Børne- og Ungdomsudvalget – blev godkendt.\n")
    assert [(d.item, d.outcome) for d in socdoc.extract(raw).decisions] == [(7, "approved")]


def test_flattened_board_attendance_with_lower_case_municipalities() -> None:
    raw = ("Referat Bestyrelsesmøde hos Vestbus den 27. marts 2014\n\n"
           "1 2. april 2014/OS Referat Bestyrelsesmøde hos Vestbus den 27. marts 2014 Deltagere "
           "Karen Lindholm, Nordby kommune Jesper Aagaard, Region Vestjylland Mette Kirk Olsen, Sønderby kommune "
           "Anders Bech, VB Lone Dahl, VB (punkt 2) Afbud Hanne Krogh Madsen, Region Vestjylland "
           "Ole Berg, Østerby kommune Godkendelse af referat fra den 25. februar 2014 Referatet af "
           "bestyrelsesmødet den 25. februar 2014 blev godkendt Regnskab 2013 Hovedtallene blev fremlagt.\n")
    meeting = socdoc.extract(raw).meeting
    assert meeting is not None
    assert [p.name for p in meeting.participants] == [
        "Karen Lindholm", "Jesper Aagaard", "Mette Kirk Olsen", "Anders Bech", "Lone Dahl"]
    assert meeting.absent == ["Hanne Krogh Madsen", "Ole Berg"]


def test_the_room_under_the_header_date_is_the_place_not_an_item() -> None:
    raw = ("Referat\nSundheds- og Ældreudvalget mandag den 13. januar 2025 kl. 19.00\nMødelokale Kildebakken\n"
           "Sagsfremstilling\nForvaltningen har udarbejdet en model for opfølgning på økonomien.\n")
    record = socdoc.extract(raw)
    assert record.meeting is not None
    assert (record.meeting.body, record.meeting.location) == ("Sundheds- og Ældreudvalget", "Mødelokale Kildebakken")
    assert all(d.title != "Mødelokale Kildebakken" for d in record.decisions)
