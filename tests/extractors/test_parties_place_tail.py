"""Parties: a local association named by its compound kind word and "i" with its place."""

from __future__ import annotations

from entity_views import party_names as names
from socdoc.api import extract


def test_association_with_its_place_is_one_name() -> None:
    text = "Ejerforeningen i Kløvermarken har bedt kommunen om at se på parkeringen langs stien."
    assert "Ejerforeningen i Kløvermarken" in names(text)


def test_indefinite_compound_kind_with_its_town() -> None:
    text = "Til rådet er Hanne Krogh udpeget af Idrætssamvirke i Vestervig for de næste fire år."
    assert "Idrætssamvirke i Vestervig" in names(text)


def test_genitive_lead_keeps_the_place_in_the_name() -> None:
    text = "Boligerne blev opført af Arbejdernes Andelsselskab i Tønder i begyndelsen af 1960'erne."
    found = names(text)
    assert "Arbejdernes Andelsselskab i Tønder" in found
    assert "Arbejdernes Andelsselskab" not in found


def test_bare_kind_word_and_municipality_stay_out() -> None:
    assert not any(" i " in n for n in names("Foreningen i Thisted holder generalforsamling i marts."))
    assert not any(" i " in n for n in names("Boligforeningen i Thisted Kommune har fået svar fra ministeriet."))


def test_place_of_the_name_is_still_an_area() -> None:
    text = ("Referat af møde i Teknisk Udvalg den 3. maj 2016\n\n"
            "1. Henvendelse om vejbump\n"
            "Grundejerforeningen i Solsikkevænget har søgt om vejbump på Solsikkevænget, hvor bilerne kører for stærkt.\n"
            "Beslutning: Godkendt.\n")
    doc = extract(text)
    assert "Grundejerforeningen i Solsikkevænget" in [p.name for p in doc.parties]
    assert "Solsikkevænget" in [a.name for a in doc.areas]
