"""Areas: a listed town or village after a street (with or without its number) and a comma, closing a
numbered agenda title or before the next title of a run-on agenda ("140 Forslag til lokalplan, Fangelvej
98, Broby"), and the addresses that stay no place: a meeting's venue and a letter's address in a sentence."""

from __future__ import annotations

from entity_views import area_names as areas


# places found


def test_village_after_street_and_number_closes_a_numbered_title() -> None:
    text = ("Dagsorden\n"
            "140 Forslag til kommuneplantillæg 07, Lundegårdsvej 12, Broby\n"
            "141 Orientering om budgettet\n")
    assert areas(text) == ["Broby"]


def test_village_after_street_before_a_page_number() -> None:
    text = ("Indhold\n"
            "12. Endelig vedtagelse af lokalplan for et område ved Tjørnevej, Sønderup. 21\n"
            "13. Orientering om vintertjenesten 22\n")
    assert areas(text) == ["Sønderup"]


def test_village_after_street_in_a_long_title_with_dashes() -> None:
    text = ("Dagsorden\n"
            "145 Endelig vedtagelse - Ophævelse af lokalplan nr. 4 - Offentligt område, Kirkevænget 3, Årslev\n"
            "146 Lukning af vejen\n")
    assert areas(text) == ["Årslev"]


# addresses that stay no place


def test_venue_address_with_a_clock_time_stays_out() -> None:
    text = "Udvalget holder møde kl. 16.00 på Rådhuset, Torvegade 4, Broby.\n"
    assert "Broby" not in areas(text)


def test_address_in_a_sentence_stays_out() -> None:
    text = "Firmaet driver sin forretning på adressen Havnevej 25, Broby, siden 2010.\n"
    assert "Broby" not in areas(text)


def test_street_and_village_inside_a_title_that_goes_on_stays_out() -> None:
    text = ("Dagsorden\n"
            "7. Lokalplan for Fangelvej 98, Broby Idrætsforening søger tilskud\n")
    assert "Broby" not in areas(text)
