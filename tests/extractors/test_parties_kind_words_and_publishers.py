"""Parties: bare kind words that only name a sort of body, and the municipality that publishes a page."""

from __future__ import annotations

from entity_views import party_names as names


# A bare kind word after an indefinite article or a quantifier: a sort of body, not one named body.

def test_kind_word_after_indefinite_article_and_adjective_is_no_party() -> None:
    text = "Strategien rummer tolv initiativer, bl.a.:\n • Initiativ 4: Et nyt Seniorråd\n • Initiativ 5: Mere motion"
    assert "Seniorråd" not in names(text)


def test_kind_word_after_alle_is_no_party() -> None:
    text = "På mødet i Kulturhuset, hvor næsten alle Landsbyråd deltog, blev årsplanen drøftet."
    assert "Landsbyråd" not in names(text)


def test_named_council_in_running_text_is_still_a_party() -> None:
    text = "Sagen blev sendt i høring i Seniorråd og Handicapråd, der begge anbefalede forslaget."
    found = names(text)
    assert "Seniorråd" in found and "Handicapråd" in found


# A bare kind word that opens a numbered agenda title: the item's topic, capitalised by its place.

def test_kind_word_opening_a_numbered_title_with_a_colon_is_no_party() -> None:
    text = "Dagsorden\n\n1. Godkendelse af referat\n\n2. Elevråd:\nDer er valgt to nye repræsentanter fra 8. klasse."
    assert "Elevråd" not in names(text)


def test_kind_word_opening_a_numbered_title_before_a_dash_is_no_party() -> None:
    text = "Referat\n\n3. Beboerråd - forslag til nye regler for fælleshuset\nForslaget blev vedtaget."
    assert "Beboerråd" not in names(text)


def test_definite_body_opening_a_numbered_title_stays_a_party() -> None:
    text = "Referat\n\n3. Beboerrådet:\nBeboerrådet indstiller, at fælleshuset males til foråret."
    assert "Beboerrådet" in names(text)


# A link's imperative that runs on before a ministry's name is no part of it.

def test_search_imperative_before_a_ministry_is_cut() -> None:
    text = "Søg Kulturministeriets pulje til lokale foreninger\n\nFristen er 1. maj."
    assert names(text) == ["Kulturministeriet"]


# The page's publisher: a municipality alone on a header line, or after the page title.

def test_municipality_alone_on_a_header_line_is_the_publisher() -> None:
    text = ("Gå til indhold\nFaxe Kommune\nMenu\n\nReferat fra mødet i Ældrerådet\n\n"
            "1. Budget\nÆldrerådet drøftede budgettet og afgav høringssvar.")
    assert "Faxe Kommune" in names(text)


def test_municipality_after_the_page_title_on_the_first_line_is_the_publisher() -> None:
    text = ("Referat med bilag - Faxe Kommune\n\nReferat\nSocialudvalget\nMødedato: 4. marts 2021\n\n"
            "1. Orientering\nUdvalget tog orienteringen til efterretning.")
    assert "Faxe Kommune" in names(text)


def test_municipality_named_as_a_place_in_running_text_is_not_the_publisher() -> None:
    text = "Referat\n\n1. Stier\nDer er i dag 40 km stier i Faxe Kommune, og udvalget vil have flere."
    assert "Faxe Kommune" not in names(text)


def test_municipality_cover_in_capitals_is_left_to_the_other_rules() -> None:
    text = "FAXE KOMMUNE\n\nReferat\n\n1. Stier\nDer er i dag 40 km stier i kommunen."
    assert "Faxe Kommune" not in names(text)


# A body's head after a capitalised definite genitive and a suspended coordination: one name.

def test_genitive_lead_after_a_suspended_coordination_is_part_of_the_name() -> None:
    text = "Til stede:\nJens Bak (Idræts- og Spejderforeningernes Samråd)\nMette Friis (Aftenskolerne)"
    found = names(text)
    assert "Idræts- og Spejderforeningernes Samråd" in found and "Samråd" not in found
