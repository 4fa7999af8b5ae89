"""Names the model cuts short: a surname in -sen after a first name and a middle name, run-together
initials before the name, the last word of a list item, and the last item of a comma list that runs
past the name pattern's length."""

from __future__ import annotations

from people_run import people


def test_first_name_model_span_grows_over_middle_name_and_sen_surname():
    text = "Hun er nu første suppleant efter Jørgen Holt Kristensen, som forlader byrådet."
    found = people(text, "Jørgen")
    assert "Jørgen Holt Kristensen" in found


def test_run_together_initials_before_a_model_name():
    text = "Formanden ved indvielsen i går. Foto: K.B. Storm Nielsen"
    found = people(text, "Storm Nielsen")
    assert "K.B. Storm Nielsen" in found


def test_last_word_of_a_list_item_joins_the_name():
    text = "Puljens udvalg består af formand Ole Brask, Marianne Holt Ravn, Sine Bødker Friis og Hans Lund."
    found = people(text, "Marianne Holt", "Sine Bødker Friis", "Hans Lund")
    assert "Marianne Holt Ravn" in found
    assert "Marianne Holt" not in found


def test_list_item_word_that_is_a_place_or_common_word_stays_out():
    text = "Der deltog Marianne Holt Svendborg, Sine Bødker Friis og Hans Lund."
    found = people(text, "Marianne Holt", "Sine Bødker Friis", "Hans Lund")
    assert "Marianne Holt Svendborg" not in found


def test_last_item_of_a_long_comma_run_keeps_its_surname():
    text = ("Deltagere: Lise Vang, Mads Brun, Ivar Holt Jensen, Peter Lunde, Bodil Ravn, Kurt Sand Ingen "
            "Rikke Bech Hauge\n")
    found = people(text, "Lise Vang", "Mads Brun", "Ivar Holt Jensen", "Peter Lunde", "Bodil Ravn")
    assert "Rikke Bech Hauge" in found
    assert "Rikke Bech" not in found


def test_name_after_og_closing_a_list_of_persons():
    text = ("Udvalget godkendte, at Lone Berg Hald, Jens Aage Krogh, Tahir Bilal og Omid Rahimi Karimi "
            "fra Integrationsrådet deltog i drøftelsen.")
    found = people(text, "Lone Berg Hald", "Jens Aage Krogh", "Tahir Bilal")
    assert "Omid Rahimi Karimi" in found


def test_name_after_og_needs_a_list_of_found_persons():
    text = "Projektet støttes af Vestegnens Boligselskab, Lokalhistorisk Forening, Tahir Bilal og Omid Karimi."
    found = people(text, "Tahir Bilal")
    assert "Omid Karimi" not in found


def test_credit_with_a_double_first_name():
    found = people("Illustration: Maj-Britt Holmsted\n\nNy plan for ældreplejen i kommunen.")
    assert "Maj-Britt Holmsted" in found


def test_surname_after_a_middle_initial_that_is_also_a_common_word():
    # "Højland" and "Skov" are Danish common nouns, but after "S." they can only be a surname.
    text = "Deltagere:\n • Bente Rask\n • Jens S. Højland\n • Karl M. Skov\n • Linda Nielsen\n"
    found = people(text, "Jens", "Karl")
    assert "Jens S. Højland" in found
    assert "Jens S." not in found
    assert "Karl M. Skov" in found


def test_heading_after_a_full_name_is_still_cut_off():
    text = "Sagsbehandler: Eva Holm Meddelelser\nBaggrund for sagen er kort."
    found = people(text, "Eva Holm")
    assert "Eva Holm" in found


def test_street_or_document_title_is_no_person():
    text = ("Ansøgning om lejeforhøjelse i afdeling 4, beliggende Karl Hansensvej 2-20, Skive.\n"
            "Bilag: 1 Åben Bilagsstatistik for udvalget\nPer Gade og Eva Vejby deltog i mødet.")
    found = people(text, "Karl Hansensvej", "Åben Bilagsstatistik", "Per Gade", "Eva Vejby")
    assert "Karl Hansensvej" not in found
    assert "Åben Bilagsstatistik" not in found
    assert {"Per Gade", "Eva Vejby"} <= set(found)
