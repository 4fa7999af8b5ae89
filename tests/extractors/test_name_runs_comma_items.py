"""A person of four name words written as one item of a comma list stays one person: the writer put the
commas between the people. Runs without commas are still cut at a new first name."""

from __future__ import annotations

from socdoc.extractors.name_runs import split_run
from tests.extractors.minutes_run import run

MEMBERS = ("Referat\n\nMedlemmer: Eva Marie Holm, Hans Christian Bock, Hanne Mørup Priess Larsen, Torben Enevoldsen, "
           "Elli Dam\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n")


def test_an_inner_comma_item_of_four_words_is_one_participant() -> None:
    names = [p.name for p in run(MEMBERS).meeting.participants]
    assert "Hanne Mørup Priess Larsen" in names
    assert "Priess Larsen" not in names


def test_split_run_keeps_an_inner_comma_item_whole() -> None:
    text = "Deltog: Bo Dam, Hanne Mørup Priess Larsen, Kim Holm"
    assert [text[a:b] for a, b in split_run(text, 8)] == ["Bo Dam", "Hanne Mørup Priess Larsen", "Kim Holm"]


def test_a_run_without_commas_is_still_cut_at_a_new_first_name() -> None:
    text = "Bo Skat Andersen Rikke Stisager"
    assert [text[a:b] for a, b in split_run(text)] == ["Bo Skat Andersen", "Rikke Stisager"]
