"""Areas: two listed places joined by a slash (also two estates of one listed entry), a neighbourhood's name that opens with an article, a
title's or an event's noun after a village's first word, and a person's name before what is said
only of people."""

from __future__ import annotations

from entity_views import area_names as areas


# --- two listed places joined by a slash ------------------------------------------------------------

def test_district_and_estate_joined_by_a_slash_are_two_areas() -> None:
    text = "Boligselskabet har indgået en initiativaftale for Husum/Tingbjerg for de næste fire år.\n"
    assert areas(text) == ["Husum", "Tingbjerg"]


def test_slash_pair_in_either_order_gives_both_places() -> None:
    text = "Styregruppen følger arbejdet i Tingbjerg/Husum tæt.\n"
    assert sorted(areas(text)) == ["Husum", "Tingbjerg"]


def test_two_estates_of_one_listed_entry_are_two_areas() -> None:
    assert areas("Helhedsplanen for Gellerup/Toveshøj fortsætter i 2025.\n") == ["Gellerup", "Toveshøj"]


def test_one_entrys_districts_and_an_estate_with_its_street_stay_one_area() -> None:
    assert areas("Borgermødet i Brønshøj/Husum handlede om trafik.\n") == ["Brønshøj/Husum"]
    assert areas("Helhedsplanen i Nøjsomhed/Sydvej fortsætter.\n") == ["Nøjsomhed/Sydvej"]


def test_listed_name_of_two_estates_gives_both() -> None:
    text = "Udviklingsplanen for Tingbjerg/Utterslevhuse er sendt til styrelsen.\n"
    assert areas(text) == ["Tingbjerg", "Utterslevhuse"]


def test_estate_with_a_shortened_first_part_stays_one_area() -> None:
    text = "Helhedsplanen omfatter Stenbjergparken og Rug/Bygmarken i de næste fire år.\n"
    assert areas(text) == ["Stenbjergparken", "Rug/Bygmarken"]


# --- a neighbourhood's name that opens with an article ----------------------------------------------

def test_neighbourhood_named_with_an_article_keeps_its_last_word() -> None:
    text = ("Planen gælder næste etape af udviklingen af bydelen Det Grønne Kvarter, som ligger i den "
            "vestlige del af byen.\n")
    assert areas(text) == ["Det Grønne Kvarter"]


def test_article_name_of_two_words_after_an_area_noun() -> None:
    assert "Den Gamle By" in areas("Der skal bygges nye boliger i bydelen Den Gamle By.\n")


# --- a title's or an event's noun after a village's first word ------------------------------------------

def test_event_after_a_size_word_is_no_village() -> None:
    text = "Til orientering - Store Løbedag i Sønderhimmerland\nTil orientering - budget\n"
    assert "Store Løbedag" not in areas(text)


def test_title_noun_after_new_is_no_village() -> None:
    text = "4. Ny Jordbundsanalyse af 3/5-2011 viser et lavt indhold af kvælstof.\n"
    assert areas(text) == []


def test_village_after_a_size_word_is_still_found() -> None:
    assert areas("Turen gik til Store Heddinge og videre til Lille Skensved.\n") == ["Store Heddinge", "Lille Skensved"]


# --- a person's name before what is said only of people --------------------------------------------------

def test_name_shaped_like_an_estate_before_a_hiring_is_no_area() -> None:
    text = "Status og videre forløb.\nGitte Holmegård er ansat som ny afdelingsleder for indskolingen.\n"
    assert areas(text) == []


def test_estate_before_another_verb_is_still_an_area() -> None:
    text = "Beboerne i Søndervænget er glade for den nye legeplads.\n"
    assert areas(text) == ["Søndervænget"]
