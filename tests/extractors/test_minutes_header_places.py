"""Minutes: time and place of the meeting in header lines of school boards, regional committees and
converted PDFs. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from socdoc.extractors import dates
from socdoc.extractors.minutes import MinutesResult, extract_minutes
from socdoc.normalize import normalize

ITEM = "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Meddelelser\nBeslutning\nTaget til efterretning.\n"


def run(raw: str) -> MinutesResult:
    text = normalize(raw)
    return extract_minutes(text, raw, dates.find_candidates(text))


def test_time_glued_to_kl_and_room_after_a_dash() -> None:
    raw = ("Referat 9. marts 2023\n\nSkolebestyrelsesmøde den 9. marts kl.19.00-21.30 - Lærerværelset\n\n"
           "Deltagere:\nAnne Holm, Bo Krag, Ditte Lund" + ITEM)
    m = run(raw).meeting
    assert m.time == "19:00"
    assert m.location == "Lærerværelset"


def test_room_named_rummet_after_a_time_range() -> None:
    raw = ("Referat 2. februar 2022\n\nBestyrelsesmøde den 2. februar kl. 17.00-19.00 - Fællesrummet\n\n"
           "Deltagere:\nAnne Holm, Bo Krag" + ITEM)
    assert run(raw).meeting.location == "Fællesrummet"


def test_place_line_between_the_title_and_the_date_line() -> None:
    raw = ("Referat af bestyrelsesmøde\nNordskolen, mødelokale 3\ntorsdag den 12. januar 2017 kl. 19.00 - 21.00\n\n"
           "Referent: Jonas Berg\n" + ITEM)
    m = run(raw).meeting
    assert m.location == "Nordskolen, mødelokale 3"
    assert m.time == "19:00"
    assert m.date == dt.date(2017, 1, 12)


def test_place_line_under_the_date_opens_with_a_preposition() -> None:
    raw = ("Referat\ntil\nmødet i Udvalg for sundhed\nden 3. oktober 2018 kl. 13:00\n"
           "i Mødestuen, Amtsgården Nord\n\nAlle var mødt." + ITEM)
    m = run(raw).meeting
    assert m.location == "Mødestuen, Amtsgården Nord"
    assert m.time == "13:00"


def test_named_house_is_a_place() -> None:
    raw = ("Referat\n\nmødet i Ældrerådet\nden 5. maj 2020 kl. 10:00\nSundhedshuset, lokale 2\n" + ITEM)
    assert run(raw).meeting.location == "Sundhedshuset, lokale 2"


def test_converted_pdf_title_lost_the_hour_before_the_place() -> None:
    raw = ("R e f e r a t MØDE Handicaprådet. Onsdag den 8. maj 2019 kl Salen, Nordby Rådhus\n\n"
           "Til stede: Eva Lind, Ove Holm, Sara Vang\n\n"
           "3. Dagsordener for udvalgene Social- og Sundhedsudvalgets møde den 13. maj\nBeslutning\nTaget til efterretning.\n")
    m = run(raw).meeting
    assert m.date == dt.date(2019, 5, 8)  # the title's date, not the other committee's "møde den 13. maj"
    assert m.location == "Salen, Nordby Rådhus"


def test_letter_spaced_title_names_the_council_before_its_date() -> None:
    raw = ("R e f e r a t MØDE Nordby Handicapråd. Onsdag den 8. maj 2019 kl Salen, Nordby Rådhus\n\n"
           "Til stede: Eva Lind, Ove Holm, Sara Vang\n" + ITEM)
    assert run(raw).meeting.body == "Nordby Handicapråd"


# A web page's fixed header: date and time, the body, the place, then the document's kind alone.
PAGE_ITEMS = ("\nResumé\nUdvalget får en orientering om den nye plan for Østerhavn.\n"
              "Beslutning\nTaget til orientering.\n")


def test_place_right_above_the_kind_line_without_a_place_word() -> None:
    raw = ("Dagsorden\n\nOnsdag 4. nov 2020 kl. 09:00\n\nUdvalget for Grøn Omstilling\n\nNBC, Konference 2\n\n"
           "Referat" + PAGE_ITEMS)
    m = run(raw).meeting
    assert m.location == "NBC, Konference 2"
    assert m.time == "09:00"


def test_place_above_the_kind_line_after_a_body_without_a_body_word() -> None:
    raw = ("Dagsorden\nMandag 2. okt 2023 kl. 14:00\nUngdom\nKulturcentret, Lillesalen\nReferat" + PAGE_ITEMS)
    assert run(raw).meeting.location == "Kulturcentret, Lillesalen"


def test_line_above_the_kind_line_naming_the_municipality_is_no_place() -> None:
    raw = ("Dagsorden\nOnsdag 4. nov 2020 kl. 09:00\nUdvalget for Grøn Omstilling\nSkovby Kommune\nReferat"
           + PAGE_ITEMS)
    assert run(raw).meeting.location is None


def test_line_above_the_kind_line_far_below_the_date_is_no_place() -> None:
    raw = ("Dagsorden\nOnsdag 4. nov 2020 kl. 09:00\nUdvalget for Grøn Omstilling\nOrientering om planen\n"
           "Nyt Punkt Her\nReferat" + PAGE_ITEMS)
    assert run(raw).meeting.location is None
