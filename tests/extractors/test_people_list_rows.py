"""Attendance rows that give the party letter after a comma, and names before what a member did
about the meeting ("havde meldt afbud", "deltog i stedet", "udeblev")."""

from __future__ import annotations

from people_run import people


def test_rows_with_letter_after_comma_and_a_note() -> None:
    text = (
        "Fraværende med afbud:\n"
        "Borgmester Gitte Fjord, A (ferie)\n"
        "Kasper Ulvsted, O, (arbejde)\n"
        "Ingrid Moesgaard, V, kom til mødet kl. 16.10 under punkt 3.\n"
        "Yusuf Demirel, Ø\n"
    )
    found = people(text)
    assert found["Gitte Fjord"].party == "A" and found["Gitte Fjord"].role == "borgmester"
    assert found["Kasper Ulvsted"].party == "O"
    assert found["Ingrid Moesgaard"].party == "V"
    assert found["Yusuf Demirel"].party == "Ø"


def test_single_row_with_comma_letter_is_not_enough() -> None:
    found = people("Mødested: Havnehuset Nord, B (stuen)\n")
    assert not found


def test_letter_after_comma_needs_an_end_of_item() -> None:
    found = people("Deltagere:\nKaren Holt, A\nLone Vinkel, F\nMorten Bæk, I mødet deltog også en tolk.\n")
    assert found["Karen Holt"].party == "A" and found["Lone Vinkel"].party == "F"
    assert "Morten Bæk" not in found or found["Morten Bæk"].party is None


def test_names_before_attendance_phrases() -> None:
    text = (
        "Fremmøde\n"
        "Rahima Qureshi havde meldt afbud, og Villads Brink deltog i stedet.\n"
        "Oddvar Lykkeberg udeblev uden afbud.\n"
        "Fraværende: Tove Mejer ved afbud Knud E. Sandholt ved afbud\n"
    )
    found = people(text)
    for name in ("Rahima Qureshi", "Villads Brink", "Oddvar Lykkeberg", "Tove Mejer", "Knud E. Sandholt"):
        assert name in found, name


def test_attendance_phrase_after_an_organisation_is_no_person() -> None:
    found = people("Boligselskabet Fjordbo havde meldt afbud. Aarhus Kommune deltog ikke.")
    assert not found
