"""Areas: a village named by a word before a listed town whose name is also the generic second word of
villages' names ("Hvedholt Skovby", "Tarnby Skovby"), also in quotes and after an abbreviation, and
the cases where the word before stays out (a first name, a word the text writes small, a sentence's
first word, a listed town)."""

from __future__ import annotations

from entity_views import area_names as areas


# places found


def test_word_before_skovby_opens_the_village_name() -> None:
    text = "Bestyrelsen drøftede helhedsplanen for Hvedholt Skovby, som skal rumme 400 boliger.\n"
    assert areas(text) == ["Hvedholt Skovby"]


def test_quoted_village_name_keeps_its_first_word() -> None:
    text = ('Hvordan forholder vi os til planen for "Hvedholt Skovby"? Vi ønsker dialog om hele '
            "området og ikke kun om Hvedholt Skovby.\n")
    assert areas(text) == ["Hvedholt Skovby"]


def test_village_name_after_an_abbreviation() -> None:
    text = "Karin Lund spurgte ang. Tarnby Skovby: Er udstykningen med i budgettet?\n"
    assert areas(text) == ["Tarnby Skovby"]


# places not lengthened


def test_first_name_before_the_town_is_a_person() -> None:
    text = "Efter pausen fremlagde Jens Skovby regnskabet for året.\n"
    assert "Jens Skovby" not in areas(text)


def test_word_the_text_writes_small_stays_out() -> None:
    text = "Der er stor interesse for Nye Skovby, og nye boliger er på vej i flere byer.\n"
    assert "Nye Skovby" not in areas(text)


def test_sentence_opening_word_stays_out() -> None:
    text = "Vi mødtes i Ry. Derfor Skovby blev valgt som mødested.\n"
    assert "Derfor Skovby" not in areas(text)
