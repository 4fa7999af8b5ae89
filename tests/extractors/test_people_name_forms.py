"""One person written in several forms in one text, and two people whose names look alike: a
shortened first name with its full stop, a name without its middle names, a first name with and
without its accent; two names of one members' list stay two people. Also a title met on fresh
pages (forstander)."""

from __future__ import annotations

from people_run import people


def test_shortened_first_name_joins_the_full_name_with_the_same_surname():
    text = ("Medlemmer:\nKnud Falk (A)\nBirgitte Lyng (C)\n\n"
            "Ulla Krag (A) og byrådsmedlem Kn. Falk blev valgt til havnens bestyrelse.")
    found = people(text, "Knud Falk", "Birgitte Lyng", "Ulla Krag", "Kn. Falk")
    assert "Kn. Falk" not in found
    assert found["Knud Falk"].role == "byrådsmedlem"
    assert found["Knud Falk"].party == "A"


def test_shortened_first_name_that_fits_two_full_names_stays_apart():
    text = "Deltagere: Christian Borg, Christina Borg\n\nChr. Borg fremlagde sagen."
    found = people(text, "Christian Borg", "Christina Borg", "Chr. Borg")
    assert "Christian Borg" in found and "Christina Borg" in found


def test_name_without_its_middle_names_is_the_same_person():
    text = ("Til stede: Jonas Emil Bech Kragh, Sanne Holt\n\n"
            "Jonas Kragh orienterede om lokalplanen.")
    found = people(text, "Jonas Emil Bech Kragh", "Sanne Holt", "Jonas Kragh")
    assert "Jonas Kragh" not in found
    assert "Jonas Emil Bech Kragh" in found


def test_first_name_with_and_without_its_accent_is_one_person():
    text = "Medlemmer:\n • Rene Vestergaard\n • Pia Holm\n\nRené Vestergaard foreslog en ny dato."
    found = people(text, "Rene Vestergaard", "Pia Holm", "René Vestergaard")
    assert "Rene Vestergaard" in found
    assert "René Vestergaard" not in found


def test_two_items_of_one_members_list_are_two_people():
    text = "Medlemmer: Anne Lyng, Philip Toft, Karl Bro, Hans Philip Toft, Mette Friis\n"
    found = people(text, "Anne Lyng", "Philip Toft", "Karl Bro", "Hans Philip Toft", "Mette Friis")
    assert "Philip Toft" in found and "Hans Philip Toft" in found


def test_head_of_a_school_as_owner_role():
    text = "Med Egeskov Efterskoles forstander, Jens Vilstrup, i spidsen har gruppen skrevet anbefalinger."
    assert people(text, "Jens Vilstrup")["Jens Vilstrup"].role == "forstander"


def test_surname_that_is_also_a_common_word_stays_in_a_comma_list():
    text = "Medlemmer: Ida Smed, Karoline Bjerre Kloster, Arne Leth Poulsen, Gudrun Hviid\n"
    found = people(text, "Ida Smed", "Arne Leth Poulsen", "Gudrun Hviid")
    assert "Karoline Bjerre Kloster" in found


def test_a_name_with_and_without_its_middle_initial_is_named_as_first_written() -> None:
    first_plain = people("Til stede:\n • Sigrid Vang (A)\n • Bo Kjær (V)\n\nSigrid T. Vang blev valgt som formand.\n")
    assert "Sigrid Vang" in first_plain and "Sigrid T. Vang" not in first_plain
    first_initial = people("Til stede:\n • Sigrid T. Vang (A)\n • Bo Kjær (V)\n\nSigrid Vang blev valgt som formand.\n")
    assert "Sigrid T. Vang" in first_initial and "Sigrid Vang" not in first_initial
