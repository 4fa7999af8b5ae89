"""Parties: names cut short by their own punctuation or run together with the next title — initials in
dots before a place ("Boligselskabet K.B.A. Sjælland"), a company form written "A.m.b.a.", a unit of
coordinated words closed by "Center", a committee linked to its field by "vedr.", two bodies' genitives
joined by "og", and an agenda title's adjective after a committee's "for"."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


def test_dotted_initials_before_a_place_stay_in_the_name() -> None:
    text = ("Regnskab Boligselskabet K.B.A. Sjælland, afd. Lindely, Ringsted - Huslejefastsættelse\n"
            "Boligselskabet K.B.A. Sjælland, afdeling 12-04, har søgt om godkendelse.")
    found = names(text)
    assert "Boligselskabet K.B.A. Sjælland" in found
    assert "Boligselskabet K.B.A" not in found


def test_dotted_initials_ending_a_sentence_take_no_next_word() -> None:
    text = "Sagen er sendt til Boligforeningen A.B.C. Næste punkt handler om budgettet."
    found = names(text)
    assert not [n for n in found if "Næste" in n]


def test_capitalised_company_form_with_dots_closes_the_name() -> None:
    text = "Orientering om TRAX A.m.b.a. bestyrelsesmøde den 4. marts 2015.\n\nUdvalget tog orienteringen til efterretning."
    assert "TRAX A.m.b.a." in names(text)


def test_unit_of_coordinated_words_takes_its_centre_head() -> None:
    text = "Nye takster for 2011 for Ringsted Børn og Unge Center blev godkendt af udvalget."
    found = names(text)
    assert "Ringsted Børn og Unge Center" in found
    assert "Ringsted Børn og Unge" not in found


def test_unit_of_coordinated_words_alone_keeps_its_name() -> None:
    text = "Sagen er forelagt Børn og Unge, som anbefaler, at projektet fortsætter."
    found = names(text)
    assert not [n for n in found if n.endswith("Center")]


def test_committee_linked_to_its_field_by_vedr() -> None:
    text = ("Hun er formand for Udvalget vedr. ensomme ældre i Region Sjælland, som har bevilget "
            "penge til projektet.")
    assert "Udvalget vedr. ensomme ældre" in names(text)


def test_other_nouns_before_vedr_are_no_committee() -> None:
    text = "Anlægsregnskab vedr. renovering af skolen blev godkendt."
    assert not [n for n in names(text) if "vedr." in n]


def test_two_genitives_joined_by_og_are_two_bodies() -> None:
    text = ("Beslutning i Byrådet den 3. maj 2019\n"
            "Indstilles til Økonomiudvalgets og Byrådets godkendelse.\n"
            "Den 2. april godkendte byrådet regnskabet.")
    found = names(text)
    assert not [n for n in found if " og " in n]
    assert "Byrådet" in found


def test_title_adjective_after_a_committee_opens_the_next_title() -> None:
    text = ("Takstblad Regnskab for Forberedelsesudvalget for Endelig vedtagelse af Lokalplan 12 "
            "Bevarende lokalplan for Nordby")
    found = names(text)
    assert not [n for n in found if "Endelig" in n]


def test_body_genitive_before_an_indefinite_committee_makes_one_name() -> None:
    text = ("Mødekalender 2016 for Lokalrådet og Lokalrådets Forretningsudvalg - ÅBENT\n"
            "Lokalrådet godkendte kalenderen.")
    found = names(text)
    assert "Lokalrådets Forretningsudvalg" in found
    assert "Forretningsudvalg" not in found



def test_unit_named_by_two_fields_keeps_the_first() -> None:
    found = names("Kultur- og Fritidsudvalget godkendte planen. Sport og Borgerservice indstiller, at planen vedtages.")
    assert "Sport og Borgerservice" in found
    assert "Borgerservice" not in found


def test_unit_after_a_definite_body_and_og_stays_alone() -> None:
    found = names("Sagen er sendt til Jobcentret og Borgerservice, som svarer i næste uge.")
    assert "Jobcentret og Borgerservice" not in found
