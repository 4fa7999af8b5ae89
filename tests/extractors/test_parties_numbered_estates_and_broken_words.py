"""Parties: a housing department's number before an estate's name, a word broken by a stray hyphen."""

from __future__ import annotations

from entity_views import party_names as parties


# --- "7.2 4417 Nordgården - …": a department's number and an estate, no organisation -------------


def test_numbered_estate_in_agenda_is_no_party() -> None:
    text = ("Dagsorden\n7.1 Godkendelse af regnskab for Boligforeningen Fjordbo\n"
            "7.2 4417 Kildegården - Status på udskiftning af vinduer\n"
            "7.3 4417 Kildegården - Ansøgning om støtte til helhedsplan\n")
    names = parties(text)
    assert not any("Kildegården" in n for n in names)
    assert "Boligforeningen Fjordbo" in names


def test_year_before_a_name_does_not_hide_the_name() -> None:
    text = "2019 Nordby Kommune indgik aftale med Boligforeningen Fjordbo om renovering.\n"
    assert "Boligforeningen Fjordbo" in parties(text)


# --- "Landdi-striktspuljen": a word broken by a line's hyphen ---------------------------------------


def test_broken_word_is_written_whole_where_the_text_writes_it_whole() -> None:
    text = ("Ansøgninger om midler fra Landsbyfornyelsespuljen vurderes af Det Rådgivende Udvalg for "
            "Landsbyfor-nyelsespuljen, som består af fire medlemmer.\n")
    assert "Det Rådgivende Udvalg for Landsbyfornyelsespuljen" in parties(text)


def test_hyphenated_compound_written_only_so_keeps_its_hyphen() -> None:
    text = "Projektet får støtte fra Nordea-fonden til aktiviteter for unge.\n"
    assert "Nordea-fonden" in parties(text)


# --- "Center for X og Y og KL's …": the last coordinated word owns the next name ---------------------


def test_owner_genitive_after_a_for_field_starts_the_next_name() -> None:
    text = ("Analysen er lavet af Tallhuset i samarbejde med KL's Center for Sundhed og Ældrepolitik "
            "og KL's Juridisk kontor i 2024.\n")
    names = parties(text)
    assert "KL's Center for Sundhed og Ældrepolitik" in names
    assert not any(n.endswith("og KL") for n in names)


def test_one_owner_written_with_two_apostrophes_is_one_party() -> None:
    text = ("Projektet ledes af KL's Center for Sundhed og Ældrepolitik.\n\n"
            "Medarbejdere fra KL’s Center for Sundhed og Ældrepolitik besøgte tre kommuner.\n")
    names = parties(text)
    assert names.count("KL's Center for Sundhed og Ældrepolitik") == 1
    assert "KL’s Center for Sundhed og Ældrepolitik" not in names


def test_compound_of_two_words_keeps_its_hyphen_where_the_text_also_writes_it_whole() -> None:
    text = ("Projektet får støtte fra Tryg-fonden til aktiviteter for unge.\n\n"
            "Tilskuddet fra Trygfonden udbetales i to rater.\n")
    assert "Tryg-fonden" in parties(text)
