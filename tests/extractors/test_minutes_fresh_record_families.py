"""Minutes families seen on fresh pages: a small council's record that opens with the sentence telling when
the meeting began and ended, a case page whose decision headings date its treatments, a transcript whose place
runs into a clock word without its numbers, place and absence labels set off by a dash, absence notes on some
items only, a pause and resumption before the start label, a contents list whose entries end with full stops.
Texts written for these tests; all names are invented."""

from __future__ import annotations

import datetime as dt

import socdoc
from socdoc.extractors.docinfo import classify, minutes_layout_votes
from tests.extractors.minutes_run import run

# A senior council's record pasted into a web page without a title: the clock sentence, the place, the members.
CLOCK_OPENING = """Mødet begyndte kl. 10.00 og sluttede kl. 12.15

Mødested: Lindevej 12, 4690 Haslev

Deltagere: Karen Mølgård, Ib Sønderby, Lone Kastrup og Vagn Dyhr (referent)

1. Regnskab

Regnskabet blev godkendt uden bemærkninger.

2. Hjemmesiden

Rådet mødes med kommunens webredaktør i næste måned.

3. Udflugt

Udflugten til Gisselfeld planlægges til september.
"""

# An invitation: the same place and members, but nothing told afterwards.
INVITATION = """Mødet begynder kl. 10.00

Mødested: Lindevej 12, 4690 Haslev

Deltagere: Karen Mølgård, Ib Sønderby, Lone Kastrup og Vagn Dyhr

1. Regnskab

2. Hjemmesiden

3. Udflugt
"""


def test_clock_sentence_is_a_record_vote() -> None:
    assert "clock" in minutes_layout_votes(CLOCK_OPENING)
    assert "clock" in minutes_layout_votes("Mødet hævet kl. 21.05\n")
    assert "clock" in minutes_layout_votes("Mødet blev afsluttet kl. 16\n")


def test_clock_opening_makes_minutes() -> None:
    assert classify(CLOCK_OPENING) == "minutes"


def test_planned_start_is_no_record_vote() -> None:
    assert "clock" not in minutes_layout_votes(INVITATION)
    assert "clock" not in minutes_layout_votes("Mødet slutter senest kl. 16\n")


def test_clock_opening_meeting_fields() -> None:
    meeting = run(CLOCK_OPENING).meeting
    assert meeting.time == "10:00"  # not the end time of the same sentence
    assert meeting.location == "Lindevej 12, 4690 Haslev"
    assert [p.name for p in meeting.participants] == ["Karen Mølgård", "Ib Sønderby", "Lone Kastrup", "Vagn Dyhr"]


# A case page of an agenda system: the case was treated twice, the page's meeting is the last treatment.
CASE_PAGE = """Solbjerg

Ændring af vedtægten for Solbjerg Kommunes ældreråd

24/11873 -

Bilag

Sagsgang

Kommunalbestyrelsen beslutter.

Formål med sagen

Kommunalbestyrelsen skal beslutte, om vedtægten skal ændres med virkning fra 1. februar 2025.

Indstilling

Direktionen indstiller, at forslaget sendes til anden behandling.

Beslutning Kommunalbestyrelsen den 14-11-2024

Godkendt.

Indstilling

Direktionen indstiller, at forslaget godkendes.

Beslutning Kommunalbestyrelsen den 28-11-2024

Godkendt.

Sagsfremstilling

Vedtægten ændres ved to behandlinger med mindst seks dage imellem.
"""


def test_case_page_date_is_its_last_decision_heading() -> None:
    result = run(CASE_PAGE)
    assert result.meeting.date == dt.date(2024, 11, 28)  # not "med virkning fra 1. februar 2025"


def test_single_decision_heading_agrees_with_the_head() -> None:
    one = CASE_PAGE.replace("Beslutning Kommunalbestyrelsen den 14-11-2024\n\nGodkendt.\n\n", "")
    assert run(one).meeting.date == dt.date(2024, 11, 28)


# A document site's transcript: the first line lost the numbers of the date's year and the clock.
TRANSCRIPT_PLACE = """Referat fra møde i Åudvalget 4. marts Mødet afholdtes i Bjerringbro, kl Dagsorden:

Download "Referat fra møde i Åudvalget 4. marts 2016. Mødet afholdtes i Bjerringbro, kl. 10.00 13.00. Dagsorden:"

Transkript

1 Referat fra møde i Åudvalget 4. marts 2016 Mødet afholdtes i Bjerringbro, kl Dagsorden: 1. Velkomst 2. Godkendelse af referat 3. Vandløbsplan 4. Eventuelt
"""


def test_place_cut_at_clock_word_without_numbers() -> None:
    record = socdoc.extract(TRANSCRIPT_PLACE)
    assert record.meeting is not None and record.meeting.location == "Bjerringbro"


# A user council's minutes in capitals with dashes between label and value.
DASHED_LABELS = """REFERAT BRUGERRÅDSMØDE 8. FEBRUAR 2019 HØJMARK

MØDESTED – VESTERGÅRDEN, lille sal kl. 10.00

DELTAGERE: Else Bundgaard, Jens Kold, Tove Riis, Asta Lund

FRAVÆRENDE – Gudrun P. Holm – syg.

DAGSORDEN:

1. Referat fra sidst.

2. Orientering fra formanden.

3. Kassereren.

4. Orientering fra udvalgene – caféudvalg, turudvalg.

Møde i turudvalget.

5. Eventuelt.

1. REFERAT FRA SIDST:

Godkendt.

2. ORIENTERING FRA FORMANDEN:

Formanden fortalte om årets planer for huset.
"""


def test_dashed_place_label() -> None:
    assert run(DASHED_LABELS).meeting.location == "VESTERGÅRDEN, lille sal"


def test_dashed_absence_label() -> None:
    assert run(DASHED_LABELS).meeting.absent == ["Gudrun P. Holm"]


def test_contents_list_with_full_stops_past_wrapped_entry() -> None:
    decisions = run(DASHED_LABELS).decisions
    assert [(d.item, d.outcome) for d in decisions][:1] == [(1, "approved")]


# A flattened transcript header: who was away, and who missed some items only.
PARTLY_AWAY = """1 ÅBENT REFERAT SOCIALUDVALG Mødedato: 3. maj 2012 Mødested: Mødelokale 2, Rådhuset Mødetidspunkt: 15:00 Mødet hævet: Mødet suspenderet kl og genoptaget kl Mødet hævet kl Deltagere: Hans Bro, Ulla Krog, Pia Dam, Bent Lyng Fraværende: Ulla Krog, Bent Lyng deltog ikke i pkt. 3 og 4

2 Indholdsfortegnelse
"""


def test_member_missing_some_items_is_no_absentee() -> None:
    meeting = socdoc.extract(PARTLY_AWAY).meeting
    assert meeting is not None
    assert meeting.absent == ["Ulla Krog"]


# A header whose only clock times before the start label are the pause and the end of the meeting.
PAUSED = """Download "Mødet suspenderet kl. 17.30 og genoptaget kl. 19.00. Mødet hævet kl. 21.40"

1 REFERAT TEKNISK UDVALG Mødedato: 9. juni 2011 Mødested: Byrådssalen Mødetidspunkt: 14:00 Deltagere: Hans Bro, Ulla Krog
"""


def test_pause_and_end_are_not_the_start() -> None:
    meeting = socdoc.extract(PAUSED).meeting
    assert meeting is not None and meeting.time == "14:00"


def test_none_with_next_label_run_on_is_no_absentee() -> None:
    text = ("1 Referat af bestyrelsesmøde Mødedato: 6. marts 2018 kl Til stede: Karl Friis, formand Ane Bach "
            "Jens Holt Afbud: Ingen Næste møde: 4. april Dagsorden 1. Godkendelse af referat\n")
    meeting = socdoc.extract(text).meeting
    assert meeting is not None and meeting.absent == []


def test_transcript_title_date_takes_the_year_of_its_download_line() -> None:
    record = socdoc.extract(TRANSCRIPT_PLACE + "BILAG: 1. Referat fra udvalgets møde 9. december Budget for 2017\n")
    assert record.meeting is not None and record.meeting.date == dt.date(2016, 3, 4)


def test_title_date_without_echo_is_left_to_the_other_readers() -> None:
    from socdoc.extractors.minutes import _echoed_title_date
    from socdoc.extractors.minutes_layout import parse_layout
    from socdoc.extractors import dates
    from socdoc.normalize import normalize

    text = normalize(TRANSCRIPT_PLACE.replace('Download "', 'Se også "'))
    assert _echoed_title_date(parse_layout(text), dates.find_candidates(text)) is None
