"""A surname typed in lower case inside a list of people: "Eva Lund, Bo winther og Kim Holm",
"… Jens Bak (V), Lis holm (A), Ole Dam (C)". The item stands between two people already found; with no
party letter the first word must be a known first name and the second no common word. Texts written for
these tests."""

from __future__ import annotations

import socdoc


def _people(text: str) -> dict[str, object]:
    return {p.name: p for p in socdoc.extract(text).people}


def test_lowercase_surname_between_two_listed_people() -> None:
    text = "Karin Mølgaard, Henrik winther og Lone Bjerregaard deltog ikke i mødet.\n"
    assert "Henrik winther" in _people(text)


def test_lowercase_surname_in_a_row_of_party_letters() -> None:
    text = ("Til stede: Jesper Hald (V), Mona Kirk (A), Jens Bak (V), Lis holm (A), Ole Dam (C), "
            "Eva Storm (F) 1. Godkendelse af dagsorden\n")
    found = _people(text)
    assert "Lis holm" in found and found["Lis holm"].party == "A"


def test_a_common_lowercase_word_without_a_letter_is_no_surname() -> None:
    text = "Karin Mølgaard, Henrik blev og Lone Bjerregaard deltog ikke i mødet.\n"
    assert not any(name.startswith("Henrik") for name in _people(text))
