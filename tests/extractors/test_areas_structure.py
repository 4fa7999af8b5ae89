"""Areas on real-world layouts: common words, things, venues, buildings, person names, companies,
media and "i X Kommune" as place or as organisation. Model entities are set by hand."""

from __future__ import annotations


from socdoc.extractors.areas import find_areas
from socdoc.extractors.parties import find_party_candidates
from socdoc.normalize import normalize

from model_ents import doc_with_ents

_doc = doc_with_ents


def areas(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    doc = _doc(norm, ents or {})
    return [a.name for a in find_areas(norm, text, doc, parties=find_party_candidates(norm, doc))]


def test_capitalised_common_words_and_thing_compounds_are_no_places() -> None:
    text = (
        "Udfordringerne skal løses i Sammen om Trivsel. Der gives 200.000 kr. til Byrumsprojekt i midtbyen. "
        "Handleplan på Ældreområdet blev vedtaget. Sagen sendes til Plan-, Miljø og Klimaudvalget."
    )
    ents = {"Fælles": "LOC", "Byrumsprojekt": "LOC", "Plan-": "LOC"}
    assert areas(text, ents) == []


def test_estate_names_that_are_common_compounds_stay() -> None:
    assert areas("en ungeindsats i Vejleåparken og Strandparken") == ["Vejleåparken", "Strandparken"]


def test_town_name_as_surname_is_no_place() -> None:
    assert areas("Keld Ringsted tog forbehold. Mødet blev holdt i Ringsted.") == ["Ringsted"]


def test_meeting_venue_and_building_are_no_places() -> None:
    text = "Mødet den 8. februar 2024\nSkovlyhøj kl. 08.30\n\nBanen på Næstved stadion skal renoveres."
    assert areas(text) == []


def test_company_and_media_after_a_locative_are_no_places() -> None:
    text = "Selskabet er datterselskab til PF Pension. Det viser tal fra Ugebrevet. Halvdelen i Ugebrevets måling."
    ents = {"PF Pension": "LOC", "Ugebrevets": "LOC", "Ugebrevet": "LOC"}
    assert areas(text, ents) == []


def test_misspelt_country_is_no_place() -> None:
    assert areas("udsatte boligområder i Dammark.", {"Dammark": "LOC"}) == []


def test_genitive_town_with_district_and_harbour_fronts() -> None:
    text = "et projekt i Slagelses Vestby og boliger på Gåsemose havnefront samt i Esbjerg Havn"
    found = areas(text)
    assert "Slagelses Vestby" in found
    assert "Gåsemose havnefront" in found
    assert "Esbjerg Havn" in found


def test_hyphenated_quarter_names() -> None:
    text = "Bydelen deles i Karen Blixen-kvarteret og Toveshøj-kvarteret."
    assert areas(text) == ["Karen Blixen-kvarteret", "Toveshøj-kvarteret"]


def test_municipality_as_place_or_as_organisation() -> None:
    assert areas("27 ældre bor nu i en plejebolig i Gladsaxe Kommune.") == ["Gladsaxe Kommune"]
    assert areas("Lene Holm, borgmester i Odense Kommune, er glad.") == []
    assert areas("Koordinatorfunktionen i Viborg Kommune evalueres.") == []
    assert areas("I Varde Kommune er vi vant til at samarbejde.") == []


def test_list_items_of_housing_organisations_are_no_areas() -> None:
    assert areas("boligforeningerne Lejerbo og Vanggården får fem millioner") == []


def test_towns_in_a_table_row_with_figures() -> None:
    text = "Tilskud fordelt på kommuner:\n\nHolstebro 2 1.250.000 Skive 3 2.400.500 Viborg 1 980.000\n"
    assert areas(text) == ["Holstebro", "Skive", "Viborg"]


def test_street_number_after_a_single_place_is_still_an_address() -> None:
    assert areas("Mødet holdes på adressen Viborg 12 i kælderen.") == []


def test_region_after_a_locative_is_a_place() -> None:
    assert "Region Midtjylland" in areas("Planen skal styrke tilbuddene i Region Midtjylland.")


def test_meeting_place_value_that_is_a_town() -> None:
    assert areas("Mødedato: 3. maj 2022\nMødested: Hillerød\n") == ["Hillerød"]
    assert areas("Mødested: Hillerød Rådhus, lokale 2\n") == []


def test_town_before_a_lower_case_part_is_the_town() -> None:
    text = "Ringsteds bymidte får nye byrum. Butikkerne i Ringsted bymidte skal have flere kunder."
    assert areas(text) == ["Ringsted"]


def test_compass_part_belongs_to_the_town() -> None:
    assert areas("Indsatsen dækker Viborg Sydøst og Skive Nordvest.") == ["Viborg Sydøst", "Skive Nordvest"]


def test_estate_shape_in_a_document_title_is_no_place() -> None:
    assert areas("Høring om Rammeaftale Kildegården og de nye takster") == []


def test_run_on_word_after_a_place_and_venue_buildings() -> None:
    text = "Ældreudvalget, protokol. Sted: Lindegården, Rosenskrænten 4 i Ringsted Frokosten serveres i caféen. Maleri til Lindegården."
    assert areas(text, {"Ringsted Frokosten": "LOC"}) == ["Ringsted"]


def test_organisation_named_by_its_role_is_no_estate() -> None:
    text = "Samarbejdet mellem kommunen og Vestgården fortsætter.\n • Vestgårdens direktør."
    norm = normalize(text)
    doc = _doc(norm, {})
    found = find_areas(norm, text, doc, parties=find_party_candidates(norm, doc), organisations=["Vestgården"])
    assert found == []


def test_town_after_a_comma_in_a_run_on_contents_line() -> None:
    text = "Side 1. Anlægsregnskab Plejecenter, Tølløse Gebyrer for udlån af lokaler"
    assert areas(text) == ["Tølløse"]
    assert areas("Aftale med Tølløse Boldklub om banerne") == []


def test_building_named_after_its_kind_is_no_place() -> None:
    text = 'Boligselskabet vil rive den gamle børnehave\n"Kastanjegården" ned. Nye boliger opføres i Kildeparken.'
    assert areas(text) == ["Kildeparken"]


def test_datelines_of_news_items_are_places() -> None:
    text = (
        "Svendborg Kommune: Udvalget har holdt møde med borgerne om trafikken i midtbyen.\n\n"
        "Stenstrup: Byrådet har givet penge til en ny legeplads ved skolen i byen.\n\n"
        "Svendborg: Byrådet har vedtaget en ny plan for de gamle havnearealer.\n"
    )
    found = areas(text)
    assert "Svendborg Kommune" in found and "Svendborg" in found and "Stenstrup" in found


def test_unknown_dateline_alone_is_no_place() -> None:
    text = "Beslutning: Udvalget godkendte indstillingen uden bemærkninger fra medlemmerne."
    assert areas(text) == []


def test_dateline_in_capitals_is_a_place() -> None:
    assert areas("HORSENS: Lejerne har sagt ja til en helhedsplan for de fire blokke.") == ["Horsens"]


def test_estate_name_before_a_house_number_is_an_address() -> None:
    assert areas("Bevilling til ombygning af Engparken 14 til botilbud") == []


def test_surname_after_abbreviated_middle_name_is_no_place() -> None:
    text = "Deltagere: Jens Chr. Vestergaard, Anne Holm, Bo Nielsen"
    assert "Vestergaard" not in areas(text)


def test_meeting_hall_after_locative_is_no_place() -> None:
    text = "Mødet blev holdt i Byrådssalen, Rådhuset, Torvet 1, 7100 Vejle"
    assert "Byrådssalen" not in areas(text)
