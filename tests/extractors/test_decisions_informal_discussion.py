"""Informal small-board minutes say an item was discussed with "snak": "Vi snakkede om …", "Vi fik en
kort snak om …". Such a sentence is the item's record (discussed), also when a modal verb follows
the outcome inside the sentence ("… hvad vi kan gøre"); a modal before the outcome still marks a plan.

All texts are written for these tests."""

from __future__ import annotations

from socdoc.extractors.decisions import classify
from tests.extractors.minutes_run import run

BOARD = """Referat af bestyrelsesmøde i Afdeling 12, Engparken

Til stede: Mette, Ole og Birgitte

1. Status på fællesarealer.

Vi fik en kort snak om, at græsset trænger til at blive slået, og hvad vi kan gøre ved bedene i år.

2. Sommerfest.

Vi snakkede om hvordan vi kan gøre festen billigere end sidste år.

3. Eventuelt.

Intet.
"""


def test_snak_is_discussed() -> None:
    assert classify("Vi snakkede om den nye vaskeordning.") == "discussed"
    assert classify("Vi fik en kort snak om, at legepladsen er slidt.") == "discussed"
    assert classify("Birgitte har snakket med viceværten.") == "other"  # "med", not "om": no discussion of the item


def test_board_prose_with_snak_is_discussed() -> None:
    found = {(d.item, d.outcome) for d in run(BOARD).decisions}
    assert (1, "discussed") in found
    assert (2, "discussed") in found
