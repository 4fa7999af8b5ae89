"""A listed part of the country (a landsdel such as "Vestegnen", "Sydfyn") that the model takes for
an organisation is a place, not a party; a housing organisation that bears such a name, listed
among housing organisations, stays a party; two landscapes sharing a compass part ("Syd- og
Sønderjylland") are one place, named as written, unless an organisation's head follows; the villages a
member list gives in brackets after each member are places. Model entities are set by hand; every text is
written for these tests."""

from __future__ import annotations

from socdoc.extractors.areas import find_areas
from socdoc.extractors.parties import find_parties, find_party_candidates
from socdoc.normalize import normalize

from model_ents import doc_with_ents


def parties(text: str, ents: dict[str, str]) -> list[str]:
    norm = normalize(text)
    found, _ = find_parties(norm, text, doc_with_ents(norm, ents))
    return [p.name for p in found]


def areas(text: str, ents: dict[str, str]) -> list[str]:
    norm = normalize(text)
    doc = doc_with_ents(norm, ents)
    return [a.name for a in find_areas(norm, text, doc, parties=find_party_candidates(norm, doc))]


def test_part_of_the_country_the_model_calls_an_organisation_is_a_place() -> None:
    text = "Kriminaliteten er faldet på hele Vestegnen i løbet af de sidste fem år, siger politiet."
    ents = {"Vestegnen": "ORG"}
    assert parties(text, ents) == []
    assert areas(text, ents) == ["Vestegnen"]


def test_part_of_an_island_named_alone_is_a_place() -> None:
    text = "Politiet har i år styrket indsatsen mod indbrud på hele Sydfyn, og tallet er faldet med en tredjedel."
    ents = {"Sydfyn": "ORG"}
    assert parties(text, ents) == ["Politiet"]  # the police act; the island's part is no party
    assert areas(text, ents) == ["Sydfyn"]


def test_housing_organisation_with_a_landscape_name_in_a_list_stays_a_party() -> None:
    text = "Pengene fordeles mellem boligselskaberne Himmerland, Lejerbo og Vesterport, som alle har afdelinger i byen."
    ents = {"Himmerland": "ORG", "Lejerbo": "ORG"}
    assert "Himmerland" in parties(text, ents)
    assert "Himmerland" not in areas(text, ents)


def test_two_landscapes_sharing_a_compass_part_are_one_place() -> None:
    found = areas("Tre sundhedsprojekter i Nord- og Midtjylland får penge fra puljen.\n", {})
    assert "Nord- og Midtjylland" in found and "Midtjylland" not in found


def test_shared_compass_part_before_a_police_district_is_no_place() -> None:
    text = "Kommunen samarbejder med Midt- og Vestsjællands Politi om trygheden.\n"
    assert not any("Vestsjælland" in a for a in areas(text, {}))
    assert "Midt- og Vestsjællands Politi" in parties(text, {})


def test_villages_in_brackets_after_the_members_of_a_district_council() -> None:
    text = ("Medlemmer Mette Holm (Venstre) - Formand Per Lund Mikkelsen (Kvissel) Søren Bak (Hørmested) "
            "Jens Krog (Skærum/Trøderup) Ane Vig (Elling) Lars Due (Jerup)\n")
    found = areas(text, {})
    assert {"Kvissel", "Hørmested", "Skærum", "Trøderup", "Elling", "Jerup"} <= set(found)
    assert "Venstre" not in found
