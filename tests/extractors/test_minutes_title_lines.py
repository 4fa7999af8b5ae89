"""Minutes that a document site publishes as a transcript: the page's title is the meeting's own line
(body, date, start time and place, or "Mødet blev holdt …" with the start time), and the transcript runs
the header together on one line, with the attendance lists after the colon labels written without colons."""

from __future__ import annotations

import socdoc
from socdoc.extractors.minutes_inline import inline_fields

from minutes_run import run

SITE = "\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload \"{title}\"\n\nTranskript\n\n"


def _page(title: str, transcript: str) -> str:
    return title + SITE.format(title=title) + transcript


def test_a_title_line_that_is_only_a_meeting_makes_minutes() -> None:
    title = "Plan- og Miljøudvalget torsdag den 3. februar 2011, kl. 14:00 i Borgerhuset Lokale 5"
    doc = socdoc.extract(_page(title, "1 " + title + " Åbent møde Indholdsfortegnelse 1... Meddelelser\n"))
    assert doc.kind == "minutes"
    m = doc.meeting
    assert (m.body, str(m.date), m.time) == ("Plan- og Miljøudvalget", "2011-02-03", "14:00")
    assert m.location == "Borgerhuset Lokale 5"


def test_an_open_meeting_title_with_the_body_in_the_genitive() -> None:
    title = "åbent møde for Kulturudvalgets møde den 7. marts 2012 kl. 16:00 i Kulturcentret"
    doc = socdoc.extract(_page(title, "1 " + title + "\n\n2 Indholdsfortegnelse 001. Meddelelser\n"))
    assert doc.kind == "minutes"
    assert (doc.meeting.body, doc.meeting.time, doc.meeting.location) == ("Kulturudvalget", "16:00", "Kulturcentret")


def test_a_held_sentence_with_its_start_time_makes_minutes() -> None:
    title = "Mødet blev holdt mandag den 11. april 2016 på Rådhuset i Byrådssalen. Mødet begyndte kl. 19:00 og sluttede kl. 21:10."
    doc = socdoc.extract(_page(title, "1 SKOVBY KOMMUNE Skovby Byråd " + title + "\n"))
    assert doc.kind == "minutes"
    assert (str(doc.meeting.date), doc.meeting.time) == ("2016-04-11", "19:00")


def test_a_news_headline_with_a_date_and_time_is_no_meeting_title() -> None:
    title = "Byrådet inviterer til borgermøde onsdag den 4. maj 2022 kl. 19:00 i Hallen"
    doc = socdoc.extract(title + "\n\nAlle er velkomne til at høre om planerne for den nye skole.\n")
    assert doc.kind != "minutes"


def test_lists_without_colons_after_the_colon_labels_of_a_run_on_header() -> None:
    line = ("1 1 of 20 Referat Socialudvalget (SU) Møde navn.: SU Mødedato: tirsdag den 6. marts 2012 "
            "Mødetidspunkt: 15:00 Sted: Mødelokale 2, Rådhuset Medlemmer Anne Holt (A) Bent Lyng (V) "
            "Carla Mørk (F) Dorte Skov (C) Øvrige indkaldte Fraværende Bent Lyng (V) Bemærkninger")
    kinds = {f.kind: f.text for f in inline_fields(line, 0)}
    assert kinds["location"] == "Mødelokale 2, Rådhuset"
    assert kinds["absent"] == "Bent Lyng (V)"
    m = run(line + "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n").meeting
    assert [p.name for p in m.participants] == ["Anne Holt", "Carla Mørk", "Dorte Skov"]
    assert m.absent == ["Bent Lyng"]


def test_the_minute_takers_post_ends_an_empty_absence_list() -> None:
    line = ("1 Børneudvalget mandag den 2. maj 2011, kl. 16:00 i Skolen Lokale 3 Åbent møde Tilstede Eva Brix (A) - formand "
            "Hans Tang (V) Ida Rosen (A) Afbud/Fraværende Sekretær Ole Kirk INDHOLDSFORTEGNELSE 1... Meddelelser")
    title = "Børneudvalget mandag den 2. maj 2011, kl. 16:00 i Skolen Lokale 3"
    m = run(_page(title, line + "\n\n1. Meddelelser\nBeslutning\nTaget til efterretning.\n")).meeting
    assert [p.name for p in m.participants] == ["Eva Brix", "Hans Tang", "Ida Rosen"]
    assert m.absent == []
    assert m.location == "Skolen Lokale 3"  # the title line writes whole the place that the run-on line cut at its label word


def test_a_note_in_the_place_field_is_no_place() -> None:
    raw = ("Byrådet - 24-04-2019\n\nDato: Onsdag den 24. april 2019 Tid: Kl. 17:30\nUdvalg: Byrådet\n"
           "Sted: BEMÆRK! Lukket møde kl. 16:30\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    assert run(raw).meeting.location is None


# --- an association's board meeting named in the title ------------------------------------------------


def test_the_association_whose_board_met_is_the_body() -> None:
    raw = ("Bestyrelsen > Referater\n\nReferat af 3. bestyrelsesmøde i Skovlunde Vejlaug, tirsdag den 12. marts 2019 "
           "kl. 19.00 i Klubhuset.\n\nTil stede: Eva Holm, Bo Dam og Kim Lund.\nAfbud: Ingen\n\n"
           "1. Godkendelse af referat\nReferatet blev godkendt.\n")
    assert run(raw).meeting.body == "Skovlunde Vejlaug"


def test_a_board_meeting_in_a_place_names_no_association() -> None:
    raw = ("Referat af bestyrelsesmøde i Klubhuset, tirsdag den 12. marts 2019 kl. 19.00\n\n"
           "Til stede: Eva Holm, Bo Dam og Kim Lund.\n\n1. Godkendelse af referat\nReferatet blev godkendt.\n")
    assert run(raw).meeting.body == "Bestyrelsen"  # the place is no body; the board met


def test_a_body_before_a_comma_and_the_meeting_word() -> None:
    raw = ("Vestby Lokalråd, 4. bestyrelsesmøde, den 2. juni 2009.\n\nTilstede: Bestyrelsen.\n\n"
           "1. Godkendelse af referat\nReferatet blev godkendt.\n")
    assert run(raw).meeting.body == "Vestby Lokalråd"


# --- places written in the title lines of small boards' minutes ---------------------------------------


def test_a_meeting_word_and_its_place_over_the_date_line() -> None:
    raw = ("Lokalrådsmøde i Vestby Bibliotek\n\nOnsdag d. 4. oktober 2017 kl. 19.00-21.00\n\n"
           "Til stede: Peter, Jens, Lis, Bent\n\n1. Valg af ordstyrer\nBent\n")
    assert run(raw).meeting.location == "Vestby Bibliotek"


def test_a_place_line_with_a_capital_preposition_under_the_time() -> None:
    raw = ("Torsdag den 7. oktober 2010 kl. 13.30\nI Spejderhytten\nmed følgende dagsorden\n\n"
           "1. Valg af ordstyrer\nBent blev valgt.\n")
    assert run(raw).meeting.location == "Spejderhytten"


def test_the_programme_after_samt_is_not_part_of_the_place() -> None:
    raw = ("Torsdag den 9. juni 2022 kl. 09.00 - 11.45 på Rosenly samt efterfølgende frokost på Havnekroen\n\n"
           "Afbud fra Eva Holm.\n\n1. Valg af mødeleder. Bo Dam blev valgt.\n")
    assert run(raw).meeting.location == "Rosenly"


def test_held_at_a_place_and_klokken_in_the_title_sentence() -> None:
    raw = ("Referat af bestyrelsesmøde i Landsbyklyngen Nord og Syd holdt på Borgerhuset i Vestby tirsdag "
           "20. februar 2024 klokken 17\n\nTil stede var Eva Holm, Bo Dam og Kim Lund.\n\n"
           "Godkendelse af referat fra sidste møde: Godkendt.\n")
    m = run(raw).meeting
    assert (m.location, m.time) == ("Borgerhuset i Vestby", "17:00")
