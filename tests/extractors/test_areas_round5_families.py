"""Areas: families found on the freshest dev sets (round 5), each written in new words."""

from __future__ import annotations

from entity_views import area_names as areas


# --- a listed estate followed by the town it lies in (a list of estates with their towns)


def test_listed_estates_followed_by_their_towns_are_both_places() -> None:
    text = ("Disse områder står på listen: * Vollsmose Odense. * Motalavej Slagelse. "
            "* Lindholm Guldborgsund. * Finlandsparken Vejle.\n")
    found = areas(text)
    for name in ("Vollsmose", "Motalavej", "Lindholm", "Odense", "Slagelse"):
        assert name in found


def test_estate_before_a_non_town_word_is_still_one_longer_name() -> None:
    # the next word is no town: the rule for estate-then-town does not apply
    assert "Vollsmose" in areas("Beboerne i Vollsmose har fået ny legeplads.")
    assert "Munkebo" not in areas("Munkebo Boldklub holder generalforsamling i april.")


# --- a numbered stage of an estate ("Rundhøj II") is part of its name


def test_roman_numbered_stage_of_an_estate_is_part_of_its_name() -> None:
    text = "Til stede var Lise Holm, afdeling 12 Kløvermarken II og Per Dam, afdeling 3 Solhøj.\n"
    found = areas(text)
    assert "Kløvermarken II" in found
    assert "Kløvermarken" not in found


def test_town_after_roman_numeral_is_no_surname_or_acronym() -> None:
    text = "Listen omfatter * Resedavej/Nørrevang II Silkeborg. * Bispehaven Aarhus.\n"
    assert "Silkeborg" in areas(text)


def test_capital_i_that_opens_a_sentence_is_no_stage() -> None:
    found = areas("Vi mødtes i Solparken. I samarbejde med beboerne blev der plantet træer.")
    assert "Solparken I" not in found
