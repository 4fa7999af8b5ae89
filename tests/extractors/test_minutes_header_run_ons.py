"""Minutes headers whose values run into the next field, whose labels stand before their values, whose
title a document site prints with its numbers dropped, and kind recognition of such transcripts.
Texts written for these tests."""

from __future__ import annotations

from socdoc.extractors.docinfo import classify
from tests.extractors.minutes_run import run

ITEM = "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Eventuelt\nBeslutning\nIntet.\n"

# A document site prints the title with its date and clock dropped; its download line keeps them.
STRIPPED_TITLE = """Beslutninger fra mødet. Tirsdag kl Ordinært møde. Teknikudvalget

Størrelse: px
Starte visningen fra side:

Download "Beslutninger fra mødet. Tirsdag 3.05.2011 kl. 9.30. Ordinært møde. Teknikudvalget"

Transkript

1 Beslutninger fra mødet Tirsdag kl Ordinært møde Teknikudvalget

2 Mødet Tirsdag , Mødelokale B Fraværende: Den 3. maj 2011: Karen Holt (V). Meddelelser: Formanden orienterede om
vejarbejdet på Storegade. Sagen om parkering udsættes til mødet den 14. juni Udvalget tog orienteringen til efterretning.
"""

# The same with a heading that is no record word, the date and clock still only in the download line.
STRIPPED_MEETING_LINE = """SKOVBY BYRÅD. Skovby Byråd. Kulturudvalget. Mødet den , kl. 16:00. Rådhuset, Mødelokale 3

Størrelse: px
Starte visningen fra side:

Download "SKOVBY BYRÅD. Skovby Byråd. Kulturudvalget. Mødet den 12.03.2013, kl. 16:00. Rådhuset, Mødelokale 3"

Transkript

1 SKOVBY BYRÅD Mødet den , Rådhuset, Mødelokale 3

2 SKOVBY BYRÅD Tid Mødet den , Sted Rådhuset, Mødelokale 3 Fraværende Eva Lund Til stede Bo Dam, Kim Holm
Åben Punkt 1. Budget Sagsbeskrivelse Forvaltningen orienterer om budgettet. Beslutning: Til orientering.
Punkt 2. Tilskud Sagsbeskrivelse Foreningen søger om tilskud. Beslutning: Godkendt.
"""

# A news item that the same site offers as a file: no record title, no record labels.
SITE_NEWS = """Nyt om vejarbejdet på Storegade

Download "Nyt om vejarbejdet på Storegade 3.05.2011 kl. 9.30"

Transkript

1 Vejarbejdet på Storegade går i gang i næste uge, oplyser kommunen. Trafikken ledes uden om byen i fire uger.
"""


def test_site_title_with_numbers_dropped_is_read_from_the_download_line() -> None:
    assert classify(STRIPPED_TITLE) == "minutes"
    assert classify(STRIPPED_MEETING_LINE) == "minutes"


def test_site_news_offered_as_a_file_stays_news() -> None:
    assert classify(SITE_NEWS) != "minutes"


def test_later_meeting_a_case_is_put_off_to_is_not_the_meeting_date() -> None:
    raw = ("Referat\nBestyrelsesmøde i Skovby Boligforening\n\nMødet holdes i Fælleshuset\n\n"
           "1. Meddelelser\nSagen om vaskeriet udsættes til mødet den 14. juni 2021.\n"
           "Bestyrelsen mødtes den 3. maj 2021.\n\nBeslutning\nTaget til efterretning.\n")
    meeting = run(raw).meeting
    assert meeting is None or meeting.date is None or meeting.date.isoformat() != "2021-06-14"


def test_place_stops_where_the_names_of_the_attendance_list_begin() -> None:
    raw = ("Referat fra møde i Kulturudvalget onsdag den 21. maj 2008\n\n"
           "Mødet startede kl. 19:00 i Mødelokale 2, Skovby Karen Holt Per Vang Lise Dam Madsen" + ITEM)
    assert run(raw).meeting.location == "Mødelokale 2, Skovby"


def test_one_name_after_a_room_number_ends_the_place() -> None:
    raw = ("REFERAT Teknikudvalget\nMødedato: 4. marts 2010 kl. 15:00\n"
           "Fraværende: Mødested: Mødelokale 3 Karen Holt, Byrådet (Afbud fra Karen Holt.)" + ITEM)
    assert run(raw).meeting.location == "Mødelokale 3"


def test_street_named_after_a_person_stays_the_place() -> None:
    raw = ("Referat\nKulturudvalget onsdag den 21. maj 2008 kl. 19:00\n\n"
           "Sted: Jens Baggesens Vej 12, mødelokale 2\n\nTil stede: Karen Holt, Per Vang" + ITEM)
    assert run(raw).meeting.location == "Jens Baggesens Vej 12, mødelokale 2"


def test_grid_labels_before_their_values_give_the_first_value_to_the_place() -> None:
    raw = ("Fritidsudvalget Protokol Mødedato: 26. januar 2011 Mødetidspunkt: 13:00 Mødelokale: Fraværende: "
           "2.4 vest Karen Holt, Per Vang GODKENDELSE AF DAGSORDENEN: Godkendt" + ITEM)
    assert run(raw).meeting.location == "2.4 vest"


def test_meeting_kind_before_the_place_is_no_part_of_it() -> None:
    raw = ("Skovby Kommunes logo\n\nKulturudvalgets møde den 17. april 2023\n\n"
           "Ekstraordinært møde - Mødelokale C4 kl. 12.00\n\nReferat" + ITEM)
    assert run(raw).meeting.location == "Mødelokale C4"


def test_place_cut_at_a_column_edge_is_taken_whole_from_another_line() -> None:
    raw = ("Referat Ha Ord Dato 4. m Tid 15:00 Sted Mød Medlemmer Ande Flem\n\n"
           "Referat Ældrerådet\n\nOrdinært møde\n\nDato 4. maj 2012\n\nTid 15:00\n\nSted Mødelokale 1.14\n\n"
           "Medlemmer Karen Holt\n\nPer Vang" + ITEM)
    assert run(raw).meeting.location == "Mødelokale 1.14"


def test_start_time_told_with_the_body_named() -> None:
    raw = ("1. Godkendelse af dagsorden\n\nBeslutning\n\n"
           "Mødet i Sundheds- og Omsorgsudvalget begyndte kl. 14:30 og sluttede kl. 17:00.\n\n"
           "Dagsordenen blev godkendt.\n\n2. Eventuelt\n\nBeslutning\n\nIntet.\n")
    meeting = run(raw).meeting
    assert meeting is not None and meeting.time == "14:30"


def test_bare_labels_ended_by_the_next_parts_own_label() -> None:
    raw = ("1 Referat Kulturudvalget Tid Torsdag den 4. juni kl. 15:00 Sted Mødelokale 4 Afbud Fraværende "
           "Indholdsfortegnelse: 1. Godkendelse af dagsorden 2. Budget 2016-2019\n\n"
           "Skovby Kommune, den 4. juni 2015" + ITEM)
    meeting = run(raw).meeting
    assert meeting.time == "15:00"
    assert meeting.location == "Mødelokale 4"
    assert meeting.date is not None and meeting.date.isoformat() == "2015-06-04"  # a Thursday in 2015, not 2016


def test_body_is_the_committee_sentence_of_a_site_title() -> None:
    raw = ("SKOVBY BYRÅD. Skovby Byråd. Kulturudvalget. Mødet den , kl. 16:00. Rådhuset, Mødelokale 3\n\n"
           "Download \"SKOVBY BYRÅD. Skovby Byråd. Kulturudvalget. Mødet den 12.03.2013, kl. 16:00.\"\n\n"
           "Transkript" + ITEM)
    assert run(raw).meeting.body == "Kulturudvalget"


def test_body_named_in_the_sentence_that_tells_the_start() -> None:
    raw = ("1. Godkendelse af dagsorden\n\nBeslutning\n\n"
           "Mødet i Sundheds- og Omsorgsudvalget begyndte kl. 14:30 og sluttede kl. 17:00.\n\n"
           "Dagsordenen blev godkendt.\n\n2. Eventuelt\n\nBeslutning\n\nIntet.\n")
    assert run(raw).meeting.body == "Sundheds- og Omsorgsudvalget"


def test_slashed_place_label_before_the_absence_label_gives_the_place() -> None:
    raw = ("1 Landsbyrådet Referat Mødedato 14. januar 2014 Starttidspunkt 19:00 Mødested/mødelokale Afbud fra "
           "Kantinen, Administrationsbygningen i Skovby Karen Holt, Nørreby, Per Vang, Søby" + ITEM)
    assert run(raw).meeting.location == "Kantinen, Administrationsbygningen i Skovby"


def test_members_list_after_an_empty_place_label_is_no_place() -> None:
    raw = ("1 Referat Byrådet Mødedato: Mandag den 30. oktober 2017 Mødetidspunkt: Kl. 17:00 Mødested: "
           "Bemærkninger: Medlemmer: Karen Holt (C) Per Vang (A) Lise Dam (A) Bo Krag (V)" + ITEM)
    assert run(raw).meeting.location is None or "Holt" not in run(raw).meeting.location


def test_date_with_the_meeting_clock_outranks_a_dated_site_notice_above_it() -> None:
    raw = ("Dagsordener og referater\n\n"
           "18. marts 2020: Enkelte lukkede punkter vises ikke i referaterne.\n\n"
           "Kultur og Fritid\n\nTirsdag den 17-03-2020 kl. 16:30\n\nIndholdsfortegnelse" + ITEM)
    meeting = run(raw).meeting
    assert meeting.date is not None and meeting.date.isoformat() == "2020-03-17"
    assert meeting.time == "16:30"


def test_members_list_stops_before_the_first_item_heading_run_on() -> None:
    raw = ("SKOVBY BYRÅD Tid Mødet den 12. marts 2013, kl. 16:00 Sted Rådhuset, Mødelokale 3 Fraværende Eva Lund "
           "Til stede Bo Dam, Kim Holm, Per Vang Åben Punkt 1. Budget Forvaltningen orienterer om budgettet." + ITEM)
    names = [p.name for p in run(raw).meeting.participants]
    assert "Per Vang" in names and not any("Punkt" in n or "Åben" in n for n in names)
