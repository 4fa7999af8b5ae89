"""Where a party's or a place's name begins and ends: names completed through a suspended hyphen
("Nord- og Sydfyn"), a "for" field or a quoted name after the head, a gazetteer name that is only
the first half of a capitalised hyphen compound, definite genitives, acts of law, a word
processor's broken cross-reference, place names that open with "Høje"/"Kirke", a run-on contents
line that opens with the place ending the previous title, and a genitive before a role word.
Model entities are set by hand; every text is written for these tests."""

from __future__ import annotations

from entities_run import parties, areas
from people_run import people


# --- suspended hyphen: "X Nord- og Sydfyn" -----------------------------------------------------

def test_organisation_name_goes_on_through_a_suspended_hyphen() -> None:
    text = "Tilskuddet går til DGI Nord- og Østjylland, som vil lave idrætsdage for skolerne."
    assert parties(text) == ["DGI Nord- og Østjylland"]


def test_second_half_of_a_suspended_compass_name_is_no_place_of_its_own() -> None:
    text = "Borgerne i Syd- og Vestjylland er blevet mere trygge, viser en ny måling fra politiet."
    assert "Vestjylland" not in areas(text)
    text = "Tilliden til politiet i Nord- og Vestsjællands politikreds er steget i år."
    assert "Vestsjælland" not in areas(text)


def test_suspended_municipality_lists_keep_their_places() -> None:
    text = "Projektet gennemføres i Odder-, Skanderborg- og Horsens Kommune i de kommende år."
    assert "Odder Kommune" in areas(text)


# --- a "for" field and a quoted name after the head --------------------------------------------

def test_for_field_after_an_institution_head_belongs_to_the_name() -> None:
    text = "Forløbet er et samarbejde mellem Danmarks Museum for Design og tre efterskoler."
    assert parties(text, {"Danmarks Museum": "ORG"}) == ["Danmarks Museum for Design"]


def test_for_a_place_or_a_lowercase_phrase_is_no_part_of_the_name() -> None:
    text = "Pengene kommer fra Nordby Fond for Sydby, som støtter lokale foreninger."
    assert "Nordby Fond for Sydby" not in parties(text, {"Nordby Fond": "ORG"})


def test_quoted_name_after_a_definite_organisation_word() -> None:
    text = 'Udvalget behandlede en ansøgning fra Andelsboligforeningen "Lindegården". Sagen blev udsat.'
    assert 'Andelsboligforeningen "Lindegården"' in parties(text)


def test_quote_that_does_not_close_on_the_line_is_left_out() -> None:
    text = 'Udvalget behandlede en ansøgning fra Andelsboligforeningen "Lindegården\nSagen blev udsat.'
    assert not any('"' in name for name in parties(text))


# --- gazetteer name inside a capitalised hyphen compound ---------------------------------------

def test_bank_name_before_capitalised_fund_head_is_not_the_bank() -> None:
    text = "I fjor meddelte Nordea-Fonden, at den ville støtte flere projekter for unge."
    found = parties(text)
    assert "Nordea" not in found
    assert "nordea-fonden" in {name.casefold() for name in found}


# --- definite genitive ---------------------------------------------------------------------------

def test_definite_genitive_of_an_association_is_its_name() -> None:
    text = "Borgmesteren deltager i Vandløbsforeningens generalforsamling i næste uge."
    assert parties(text) == ["Vandløbsforeningen"]


# --- acts of law -----------------------------------------------------------------------------

def test_an_act_is_neither_a_party_nor_a_place() -> None:
    text = "Kommunen følger Barnets Lov og Den Kommunale Styrelseslov, når sagen behandles."
    assert parties(text, {"Barnets Lov": "LOC", "Den Kommunale Styrelseslov": "ORG"}) == []
    assert areas("Kravene i Barnets Lov gælder fra januar.", {"Barnets Lov": "LOC"}) == []


# --- broken cross-reference and run-on street names on contents lines --------------------------

def test_words_after_a_broken_cross_reference_are_no_name() -> None:
    text = "Lukket punkt - Salg af grund Fejl! Bogmær Underskriftsark\n\nSide 3"
    assert parties(text, {"Bogmær Underskriftsark": "ORG"}) == []


def test_model_span_that_runs_a_street_into_a_heading_is_no_party() -> None:
    text = "Istandsættelse af fortov ved Mågevej og Kirsebær Allé Manglende midler til vejene"
    assert parties(text, {"Kirsebær Allé Manglende": "ORG"}) == []


def test_contents_line_title_that_opens_with_the_previous_place() -> None:
    text = "Ny struktur for dagplejen i Terndrup Misbrug Unge Skørping Ridecenter - ansøgning om lån"
    assert parties(text) == ["Skørping Ridecenter"]
    text = "Ny struktur for dagplejen i Støvring Misbrug Unge Skørping Ridecenter - ansøgning om lån"
    assert parties(text) == ["Skørping Ridecenter"]


# --- place names that open with "Høje", "Kirke" ------------------------------------------------

def test_high_and_church_place_names_are_no_persons() -> None:
    text = "Trygheden er lavest i Høje Gladsaxe, mens den stiger i Kirke Hyllinge."
    assert people(text, "Høje Gladsaxe", "Kirke Hyllinge") == {}


# --- a genitive before a role word -----------------------------------------------------------

def test_genitive_before_a_role_word_is_no_place() -> None:
    text = "Det glæder Høje Taastrups borgmester, at boligområdet er blevet tryggere."
    assert "Høje Taastrups" not in areas(text, {"Høje Taastrups": "LOC"})


# --- the full form of a listed company, a capitalised adjective before a listed name ------------

def test_longer_alias_of_the_same_entity_names_the_party() -> None:
    text = ("Rådgiverne fra Rambøll har talt med beboerne. Rambøll Management Consulting afleverer "
            "rapporten i maj.")
    assert parties(text) == ["Rambøll Management Consulting"]


def test_capitalised_adjective_inside_a_sentence_leads_a_listed_name() -> None:
    text = "Strategien er skrevet sammen med elevrådet, Mødrehjælpen og Anbragte Børns Vilkår i foråret."
    found = parties(text)
    assert "Anbragte Børns Vilkår" in found
    assert "Børns Vilkår" not in found


def test_adjective_at_a_sentence_start_stays_outside_the_name() -> None:
    assert parties("Gamle Børns Vilkår-kampagner blev vist. Vi støtter Børns Vilkår.") == ["Børns Vilkår"]


def test_definite_institution_named_by_its_field() -> None:
    text = "Museet for Moderne Kunst har lagt en ny plan frem. Udvalget tog planen til efterretning."
    assert "Museet for Moderne Kunst" in parties(text)
    assert not any(name.startswith("Museet") for name in parties("Vi talte om museet for børn i byen."))


# --- a committee's lower-case field that stop words would cut ---------------------------------

def test_repeated_committee_name_with_article_led_field_stays_whole() -> None:
    text = ("Referat fra Udvalget for det gode ældreliv\n\nPunkt 1 blev behandlet i Udvalget for det gode "
            "ældreliv mandag.")
    assert parties(text) == ["Udvalget for det gode ældreliv"]


def test_repeated_committee_name_with_a_second_for_stays_whole() -> None:
    text = ("Møde i Udvalget for natur for alle\n\nAnne Holm deltog ikke i Udvalget for natur for alles "
            "behandling af punktet.")
    assert parties(text) == ["Udvalget for natur for alle"]


def test_article_led_phrase_said_once_is_no_committee_name() -> None:
    assert parties("Sagen sendes tilbage til Udvalget for det videre arbejde.") == []
