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


def test_rows_with_letter_after_a_dash() -> None:
    found = people("Fremmødte:\nSigne Holt - C\nMikael Brandt – Ø\n")
    assert found["Signe Holt"].party == "C" and found["Mikael Brandt"].party == "Ø"


def test_pipe_table_rows_with_letter_and_role_cells() -> None:
    text = "Udvalget\nPalle Krogh | V | Formand\nNaja Vestergaard | A | Næstformand\nTroels Amdi | O | Medlem\n"
    found = people(text)
    assert (found["Palle Krogh"].party, found["Palle Krogh"].role) == ("V", "formand")
    assert (found["Naja Vestergaard"].party, found["Naja Vestergaard"].role) == ("A", "næstformand")
    assert (found["Troels Amdi"].party, found["Troels Amdi"].role) == ("O", None)  # "Medlem" says no more


def test_letter_and_role_in_one_bracket() -> None:
    found = people("Til stede: Birte Lauge (B, formand), Anker Holm (C, næstformand) og Lis Ravn (F)\n")
    assert (found["Birte Lauge"].party, found["Birte Lauge"].role) == ("B", "formand")
    assert (found["Anker Holm"].party, found["Anker Holm"].role) == ("C", "næstformand")


def test_role_cell_after_the_party_at_the_row_end() -> None:
    found = people("Medlemmer\nHelga Brun\t(A)\tFormand\nSvend Krag\t(V)\tNæstformand\n")
    assert found["Helga Brun"].role == "formand" and found["Svend Krag"].role == "næstformand"


def test_role_after_party_before_the_next_name_is_the_next_ones() -> None:
    found = people("Medlemmer: Formand Helga Brun (A) Næstformand Svend Krag (V)\n")
    assert found["Helga Brun"].role == "formand" and found["Svend Krag"].role == "næstformand"


def test_inline_list_items_with_their_letters() -> None:
    found = people("Afbud: Tina Vognsen, B, Rasmus Lyng, C og Dorrit Falk, Ø.\n",
                   "Tina Vognsen", "Rasmus Lyng", "Dorrit Falk")
    assert [found[n].party for n in ("Tina Vognsen", "Rasmus Lyng", "Dorrit Falk")] == ["B", "C", "Ø"]


def test_initial_of_the_next_name_is_no_letter() -> None:
    found = people("Medlemmer: Agnete Bro Holm, K. Erik Vinther, Lars Dyhr\n", "Agnete Bro Holm", "K. Erik Vinther")
    assert found["Agnete Bro Holm"].party is None


def test_names_before_what_a_member_did_in_the_vote() -> None:
    text = ("Indstillingen blev godkendt. Vibeke Storm tog forbehold. Arne Kjeldsen erklærede sig inhabil. "
            "Dansk Folkeparti stemte imod.")
    found = people(text)
    assert "Vibeke Storm" in found and "Arne Kjeldsen" in found
    assert "Dansk Folkeparti" not in found
