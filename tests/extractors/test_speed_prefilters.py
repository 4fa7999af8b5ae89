"""Cheap prefilters in front of costly steps: they skip only texts the step cannot match."""

from __future__ import annotations

import datetime as dt

from socdoc.extractors.minutes_families import _not_document_date, item_label_meeting
from socdoc.extractors.parties import _opens_line


def test_opens_line_at_text_start_and_after_indent() -> None:
    assert _opens_line("Boligsocialt Partnerskab Vejle\nmere", "Boligsocialt Partnerskab ")
    assert _opens_line("Indledning\n \t Boligsocialt Partnerskab Vejle", "Boligsocialt Partnerskab ")


def test_opens_line_not_inside_a_sentence() -> None:
    text = "Vi arbejder i Boligsocialt Partnerskab om trivsel.\nog Boligsocialt Partnerskab igen"
    assert not _opens_line(text, "Boligsocialt Partnerskab ")
    assert not _opens_line("Intet her", "Boligsocialt Partnerskab ")


def test_item_label_needs_its_cue() -> None:
    text = ("Børneudvalgets møde den 4. marts 2024: Godkendt.\n"
            "Børneudvalgets møde den 4. marts 2024: Taget til efterretning.\n")
    assert item_label_meeting(text) == ("Børneudvalget", dt.date(2024, 3, 4))
    assert item_label_meeting("Børneudvalgets møde: Godkendt.\nBørneudvalgets møde: Godkendt.\n") == (None, None)


def test_document_date_words_still_read() -> None:
    head = "Udsendt 1. marts 2024\nMødedato: 8. marts 2024\n"
    assert _not_document_date(dt.date(2024, 3, 1), head, None) == dt.date(2024, 3, 8)
    plain = "Referat\nMødedato: 8. marts 2024\n"
    assert _not_document_date(dt.date(2024, 3, 8), plain, None) == dt.date(2024, 3, 8)
