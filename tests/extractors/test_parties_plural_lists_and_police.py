"""Parties: every municipality of a list closed by the plural "kommuner" (the last one too); the police
capitalised inside a sentence as the institution; a meeting's room and address after an organisation are
no list of names; a document word on a flattened heading ends a name; a medium's name in the genitive
names no party; a definite actor before another name is a party of its own; a region whose logo heads
the page is the organisation of its other mentions; an abbreviation spelt by a compound's parts across a
link word ("Nordsjællands Park og Vej (NSPV)") defines the whole name."""

from __future__ import annotations

from entities_run import parties as names


def test_last_municipality_before_the_plural_is_named_too() -> None:
    found = names("Ringsted og Sorø kommuner får hver 12 millioner kroner fra puljen.\n")
    assert {"Ringsted Kommune", "Sorø Kommune"} <= set(found)


def test_three_municipalities_acting_together_in_capitals() -> None:
    found = names("I 2019 indgik Albertslund, Glostrup og Brøndby Kommuner en fælles aftale om tryghed.\n")
    assert {"Albertslund Kommune", "Glostrup Kommune", "Brøndby Kommune"} <= set(found)


def test_singular_head_after_a_list_still_names_each() -> None:
    found = names("Projektet drives af Faaborg-Midtfyn, Nyborg og Kerteminde Kommune i fællesskab.\n")
    assert {"Faaborg-Midtfyn Kommune", "Nyborg Kommune", "Kerteminde Kommune"} <= set(found)


def test_police_capitalised_as_an_object_is_a_party() -> None:
    assert "Politiet" in names("Samtidig har kommunen bedt Politiet om at opsætte skilte ved skolen.\n")


def test_police_capitalised_after_a_preposition_is_a_party() -> None:
    assert "Politiet" in names("I gruppen sidder to socialrådgivere og en medarbejder fra Politiet.\n")


def test_police_in_lower_case_after_a_preposition_is_no_party() -> None:
    assert "Politiet" not in names("Tilliden til politiet er steget i alle tre kommuner.\n")


def test_room_and_address_after_an_organisation_are_no_list_of_names() -> None:
    found = names("Mødet blev holdt hos AAB, Mødelokale 4, Vesterbrogade 9, og Boligforeningen Nordly deltog.\n")
    assert "Mødelokale 4" not in found and "Vesterbrogade 9" not in found


def test_document_word_after_a_housing_company_ends_its_name() -> None:
    found = names("Boligselskabet Egevang Referat af organisationsbestyrelsesmøde onsdag den 6. marts 2013\n")
    assert "Boligselskabet Egevang" in found
    assert not any("Referat" in n for n in found)


def test_county_in_a_newspaper_name_is_no_party() -> None:
    found = names("Beboerne i Nøjsomhed får en ny helhedsplan. Det skriver Vejle Amts Folkeblad.\n")
    assert not any(n.startswith("Vejle Amt") for n in found)


def test_definite_actor_before_a_fund_in_the_genitive_is_two_parties() -> None:
    found = names("Aftalen betyder, at et flertal i Folketinget Landsbyggefondens ramme hæver med to milliarder.\n")
    assert "Landsbyggefonden" in found
    assert not any(n.startswith("Folketinget Lands") for n in found)


def test_region_whose_logo_heads_the_minutes_is_the_organisation_of_its_mentions() -> None:
    import socdoc

    text = ("Region Nordjylland logo, link til forsiden\n\nPsykiatriudvalget - Referat - 15. maj 2012\n\n"
            "12. Satspuljeansøgning - Styrkelse af behandlingen af unge i Region Nordjylland\n")
    assert "Region Nordjylland" in [p.name for p in socdoc.extract(text).parties]


def test_region_logo_alone_is_page_furniture() -> None:
    import socdoc

    text = "Region Nordjylland logo, link til forsiden\n\nPsykiatriudvalget - Referat - 15. maj 2012\n\n1. Godkendt.\n"
    assert "Region Nordjylland" not in [p.name for p in socdoc.extract(text).parties]


def test_abbreviation_spelt_across_a_compound_and_a_link_word() -> None:
    found = names("Orientering om Vestsjællands Park og Vej (VSPV) og om budgettet for 2015.\n")
    assert "Vestsjællands Park og Vej" in found
