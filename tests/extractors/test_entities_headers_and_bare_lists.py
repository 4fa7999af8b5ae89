"""Parties and areas: header labels glued to names, suspended municipality lists, bare municipalities
as an agreement's parties and names cut short by a lower-case word."""

from __future__ import annotations

from entities_run import areas as model_areas
from entity_views import area_names as areas
from entity_views import party_names as parties


def test_last_municipality_of_suspended_list_is_a_place() -> None:
    text = "Ordningen gælder for borgere i Holbæk-, Sorø- og Lolland Kommune, som har brug for hjælp."
    assert areas(text) == ["Holbæk Kommune", "Sorø Kommune", "Lolland Kommune"]


def test_suspended_list_needs_a_municipality_last() -> None:
    text = "Ordningen gælder for borgere i Holbæk-, Sorø- og Nordskov Kommune, som har brug for hjælp."
    assert "Nordskov Kommune" not in areas(text)


def test_header_label_after_place_is_cut() -> None:
    text = "Møde nr. : 3/2019 Sted : Rådhuset i Grenaa Dato : 4. marts 2019 Start kl. : 17.00"
    assert model_areas(text, {"Grenaa Dato": "LOC"}) == ["Grenaa"]


def test_place_part_before_no_colon_is_kept() -> None:
    text = "Vi holder møde i Grenaa Syd i næste uge."
    assert model_areas(text, {"Grenaa Syd": "LOC"}) == ["Grenaa Syd"]


def test_header_label_after_for_name_is_cut() -> None:
    text = "MØDESTED: Rådhuset Underudvalg for Kultur Deltagere: Bo Lind, Ane Holm Fraværende: Per Dam"
    names = parties(text)
    assert "Underudvalg for Kultur" in names
    assert not any(n.endswith("Deltagere") for n in names)


def test_bare_municipalities_of_an_agreement_are_parties() -> None:
    text = ("Aftalen om erhvervsservice er indgået mellem Væksthus Sjælland samt de fire sydsjællandske "
            "kommuner: Faxe, Stevns, Næstved og Vordingborg.")
    names = parties(text)
    listed = ("Faxe Kommune", "Stevns Kommune", "Næstved Kommune", "Vordingborg Kommune")
    assert list(listed) == [n for n in names if n in listed]  # named as the municipalities they stand for
    assert areas(text) == []


def test_bare_municipality_list_without_agreement_stays_places() -> None:
    text = "Projektet dækker de fire kommuner: Faxe, Stevns, Næstved og Vordingborg."
    assert "Faxe" not in parties(text)


def test_bare_list_with_a_non_municipality_is_left_alone() -> None:
    text = "Aftalen er indgået mellem Væksthus Sjælland samt kommuner: Faxe, Stevns og Nordskov."
    assert "Faxe" not in parties(text)


def test_name_cut_at_lower_case_word_joins_full_form() -> None:
    text = ("Formanden for Rådet for Socialt udsatte roser planen. "
            "Rådet for Socialt Udsatte har længe bedt om en optælling.")
    assert parties(text) == ["Rådet for Socialt Udsatte"]
