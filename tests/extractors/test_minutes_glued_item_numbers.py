"""A web export that glues each agenda number to the end of the item before ("Godkendt.3. ", "… svar5. ") with the
next item's title on the line below: the number opens that item. A unit at a line's end ("92 m2.") is no number."""

from __future__ import annotations

from socdoc.extractors.minutes_layout import split_lines
from tests.extractors.minutes_run import run

GLUED = """Referat fra møde i Nordby Ældreråd torsdag den 19. marts 2015

1. 
Underskrift af referatet fra sidste møde

Underskrevet.2. 
Godkendelse af dagsordenen

Godkendt.3. 
Høring om ny affaldsordning
Høringssvaret taget til efterretning.4. 
Høring om køreplaner

Forslaget anbefales – formanden sender svaret
"""


def test_glued_numbers_open_the_next_items() -> None:
    decisions = [(d.item, d.outcome, d.text) for d in run(GLUED).decisions]
    assert (2, "approved", "Godkendt.") in decisions
    assert (3, "noted", "Høringssvaret taget til efterretning.") in decisions
    assert (4, "recommended", "Forslaget anbefales – formanden sender svaret") in decisions


def test_a_unit_at_a_lines_end_is_no_glued_number() -> None:
    text = "Boligerne er på i alt 92 m2.\nHuslejen er uændret."
    assert [line.clean for line in split_lines(text)] == ["Boligerne er på i alt 92 m2.", "Huslejen er uændret."]


def test_no_split_when_a_blank_line_follows() -> None:
    text = "Formanden takkede for godt arbejde.3.\n\nNæste møde"
    assert [line.clean for line in split_lines(text)][0] == "Formanden takkede for godt arbejde.3."
