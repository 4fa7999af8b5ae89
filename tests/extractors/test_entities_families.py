"""Parties and areas on layouts of publishers not seen before: villages of the postal districts,
meeting venues, places inside organisation names, organisations after a locative, municipalities
with a place predicate, plans for a site and run-on title lists. Model entities are set by hand."""

from __future__ import annotations

from socdoc.extractors.areas import find_areas
from socdoc.extractors.parties import find_party_candidates
from socdoc.normalize import normalize

from model_ents import doc_with_ents
from entities_run import parties


def areas(text: str, ents: dict[str, str] | None = None, party_names: list[str] = ()) -> list[str]:
    norm = normalize(text)
    doc = doc_with_ents(norm, ents or {})
    spans = [(norm.index(n), norm.index(n) + len(n)) for n in party_names]
    found = find_areas(norm, text, doc, parties=find_party_candidates(norm, doc), party_names=spans)
    return [a.name for a in found]


def test_village_of_the_postal_districts_after_a_locative() -> None:
    text = "Forslag til lokalplan for tolv rækkehuse i Ryslinge. Der bygges også ved Tappernøje."
    assert areas(text) == ["Ryslinge", "Tappernøje"]


def test_village_without_a_locative_is_no_place() -> None:
    # a village name alone may be a surname or a word in a title
    assert areas("Agerskov fortalte om planerne. Ryslinge Friskole holder åbent hus.") == []


def test_villages_that_are_common_words_or_first_names_are_left_out() -> None:
    assert areas("Der er brug for et nyt tag i hallen. Mødet ledes af Flemming.") == []


def test_town_on_a_venue_line_with_a_meeting_room() -> None:
    text = (
        "Social- og Ældreudvalget\nMødedato: 3. marts 2025\n"
        "Mødelokale 4, Rådhuset, Torvet 2, Hobro\n\nPunkt 1. Orientering om plejeboliger i Hobro."
    )
    assert areas(text) == ["Hobro"]  # the mention in the body, not the venue line
    assert areas("Udvalgsmøde\ni Byrådssalen i Hobro\n\nSager til behandling") == []


def test_room_named_in_a_sentence_keeps_the_town() -> None:
    text = "Møderne holdes i Byrådssalen på Rådhuset i Hobro, Torvet 2, med mindre andet oplyses."
    assert areas(text) == ["Hobro"]


def test_place_inside_a_party_name_is_no_area() -> None:
    text = "Kommunen er medlem af Visit Aarhus og af foreningen Danske Havnebyer."
    assert "Aarhus" not in areas(text, party_names=["Visit Aarhus"])


def test_organisation_after_a_locative_is_no_place() -> None:
    text = "To medlemmer af repræsentantskabet i Trafikselskabet Sydbus udpeges. Hun blev valgt til Sydbus' bestyrelse."
    ents = {"Trafikselskabet Sydbus": "LOC", "Sydbus'": "LOC"}
    assert areas(text, ents) == []
    text = "Hun blev valgt til Brixtons bestyrelse."
    assert areas(text, {"Brixtons": "LOC"}) == []


def test_municipality_with_a_place_predicate_is_the_place() -> None:
    text = "Målet er, at Hedensted Kommune skal være et trygt sted at vokse op for alle børn."
    assert areas(text) == ["Hedensted Kommune"]
    assert parties(text) == []
    text = "Hedensted Kommune skal være en attraktiv arbejdsplads, og Hedensted Kommune har ansat 40 pædagoger."
    assert "Hedensted Kommune" in parties(text)


def test_site_of_a_plan_is_no_party() -> None:
    text = "Forslag til Lokalplan 412 for Kulturmaskinen og tillæg 7 til kommuneplanen sendes i høring."
    assert "Kulturmaskinen" not in parties(text, {"Kulturmaskinen": "ORG"})
    assert "Kulturmaskinen" in parties("Et tilskud gives til Kulturmaskinen i år.", {"Kulturmaskinen": "ORG"})


def test_place_then_next_title_in_a_run_on_list_is_no_party() -> None:
    text = "Indholdsfortegnelse Budgetopfølgning Tilskud til Viborg Salg af Ringvej 3 Eventuelt"
    assert parties(text, {"Viborg Salg": "ORG"}) == []


def test_places_listed_with_a_place_after_a_locative() -> None:
    text = "Der bygges nye boliger i Hobro, Rold og Arden, og der renoveres i Vorup og Kristrup."
    found = areas(text, {"Vorup": "LOC"})
    assert {"Hobro", "Rold", "Arden", "Vorup", "Kristrup"} <= set(found)
    assert areas("Sagen blev drøftet i Hobro og Kommunalbestyrelsen.") == ["Hobro"]


def test_model_place_after_fra_til_or_a_building_is_no_area() -> None:
    text = "Evalueringen laves af en konsulent fra Deloitte. Mødet holdes i Hobro Bibliotek."
    assert areas(text, {"Deloitte": "LOC", "Hobro Bibliotek": "LOC"}) == []
    assert areas("Flere familier i Himmerland får hjælp.", {"Himmerland": "LOC"}) == ["Himmerland"]


def test_compound_unit_head_with_a_for_phrase() -> None:
    text = "Fagcenter for Børn og Familie forventer et merforbrug. Stabsafdelingen for Økonomi følger op."
    found = parties(text)
    assert "Fagcenter for Børn og Familie" in found
    assert "Stabsafdelingen for Økonomi" in found
    assert not any(n.startswith("Omgørelsesprocenter") for n in parties("Omgørelsesprocenter ved Ankestyrelsen."))


def test_municipality_on_a_signature_line_is_no_party() -> None:
    text = "Sagen blev godkendt uden bemærkninger.\n\nUnderskriftsblad:\nMariagerfjord Kommune\nSide 3 af 4"
    assert "Mariagerfjord Kommune" not in parties(text)  # the value under a label
    text = "Sagen blev godkendt uden bemærkninger.\n\nUnderskriftsblad\nMariagerfjord Kommune\nSide 3 af 4"
    assert "Mariagerfjord Kommune" in parties(text)  # alone on its line: the minutes' publisher signs
    text = "Alle udgifter til projektet og driften afholdes af\nMariagerfjord Kommune, som også ansætter personalet."
    assert "Mariagerfjord Kommune" in parties(text)


def test_companies_without_a_cue_word_are_parties() -> None:
    text = "Revisionen er udført af BDO. Både Movia og PensionDanmark er med i projektet."
    found = parties(text)
    assert "BDO" in found and "Movia" in found and "PensionDanmark" in found
    assert areas("Hun sidder i bestyrelsen i Movia.", {"Movia": "LOC"}) == []


def test_municipality_after_a_persons_party_letter_is_a_party() -> None:
    assert "Vejle Kommune" in parties("- Vi er klar, siger rådmand Ida Holm (C), Vejle Kommune.")
    assert "Vejle Kommune" in parties("Det siger formand Ida Holm (C) fra Vejle Kommune til avisen.")
    assert "Vejle Kommune" not in parties("Der bor mange børnefamilier i Vejle Kommune.")


def test_bulleted_list_after_a_plural_noun_of_organisations() -> None:
    text = (
        "Aftalen indgås mellem Holstebro Kommune og boligorganisationerne:\n"
        "- Vestergården\n- Boligselskabet af 1947 i Vinderup\n- Lejerbo, Holstebro\n"
        "Aftalen gælder i fire år."
    )
    found = parties(text)
    assert {"Vestergården", "Boligselskabet af 1947 i Vinderup", "Lejerbo"} <= set(found)
    assert "Vestergården" not in areas(text)


def test_site_navigation_is_no_party() -> None:
    text = (
        "Gå til hovedindhold\nGribskov Kommune\nHovedmenu\n  • Borger\n  • Erhverv\n  • Kultur, Fritid og Turisme\n"
        "  • Politik\n\n> Ældre > Sundhed og Omsorg\n\nDu er her: Forside / Politik / Dagsordener og Referater\n"
        "Gribskov Kommune på Facebook\n\nReferat fra mødet i Socialudvalget."
    )
    found = parties(text)
    # the municipality alone on the header's line is the page's publisher (as the dev sets' golds have it)
    assert "Gribskov Kommune" in found and "Kultur, Fritid og Turisme" not in found
    assert "Sundhed og Omsorg" not in found and "Dagsordener og Referater" not in found


def test_persons_with_initials_in_brackets_are_no_parties() -> None:
    text = "Til stede: Karen Juul (KJ), Henrik Dahl (HD), Lone Krogh (LK). Afbud: Bent Vig."
    assert parties(text) == []
    assert "Dansk Arkitektforening" in parties("Dansk Arkitektforening (DA) har afgivet høringssvar.")


def test_common_word_glued_before_a_body_name() -> None:
    text = "Spørgetid Byrådet afholder spørgetid før mødet.\n\n1. At Byrådet godkender budgettet.\nByrådet godkendte."
    found = parties(text)
    assert found == ["Byrådet"]


def test_region_only_named_as_a_place() -> None:
    text = "Flere praktikpladser i Region Syddanmark til sygeplejerskerne."
    assert "Region Syddanmark" not in parties(text)
    assert "Region Syddanmark" in areas(text)
    assert "Region Syddanmark" in parties("Region Syddanmarks psykiatri får 10 mio. kr. Region Syddanmark betaler.")


def test_municipality_after_a_named_place_at_a_title_end() -> None:
    text = "13. Tilladelse til råstofgravning ved Hjortkær Bakker, Varde Kommune\n14. Eventuelt"
    assert "Varde Kommune" not in parties(text)
    assert "Varde Kommune" in areas(text)


def test_names_listed_with_estates_are_areas() -> None:
    text = "Helhedsplanen dækker Solvangsparken, Møllevej-området, Bakkedal og Nørre Tved.\n"
    found = areas(text, {"Bakkedal": "ORG"})
    assert {"Solvangsparken", "Møllevej-området", "Bakkedal", "Nørre Tved"} <= set(found)
    assert "Bakkedal" not in parties(text, {"Bakkedal": "ORG"})


def test_media_clock_and_defined_abbreviations() -> None:
    text = (
        "14. MAR. 2021 KL. 08:00\nDet skriver Dagbladet Arbejderen. Af Vest Medier\n"
        "Vejen Kommune og Vejen Almene Boliger (VAB) søger. VAB har 900 boliger."
    )
    found = parties(text, {"Dagbladet Arbejderen": "ORG", "Vest Medier": "ORG"})
    assert "KL" not in found and "Kommunernes Landsforening" not in found
    assert "Dagbladet Arbejderen" not in found and "Vest Medier" not in found
    assert "Vejen Almene Boliger" in found and "VAB" not in found


def test_party_group_in_a_council() -> None:
    text = "Socialdemokratiets byrådsgruppe indstiller Anna Friis (A) til udvalget."
    assert parties(text) == ["Socialdemokratiets byrådsgruppe"]


def test_brand_names_with_an_inner_capital_are_parties() -> None:
    text = "Boligselskabet VejleBolig og foreningen WeCare står bag. BilagBeslutning\nRegion SjællandTil forsiden"
    found = parties(text)
    assert "Boligselskabet VejleBolig" in found and "WeCare" in found
    assert "AabenraaBolig" in parties("Afdelingen administreres af AabenraaBolig.")
    assert not any(n in found for n in ("BilagBeslutning", "SjællandTil"))


def test_model_names_of_plans_and_facilities_are_no_parties() -> None:
    text = "Sagen om Kolding Kommuneplan Lukket og Vamdrup Grusgrav blev udsat. Ansøgning fra Vamdrup Varmeværk."
    ents = {"Kolding Kommuneplan Lukket": "ORG", "Vamdrup Grusgrav": "ORG", "Vamdrup Varmeværk": "ORG"}
    assert parties(text, ents) == ["Vamdrup Varmeværk"]


def test_village_names_with_a_prefix_word() -> None:
    text = "457. Cykelsti Nørre Snede - Sdr. Felding\n458. Ny sti ved Kirke Stillinge"
    found = areas(text)
    assert {"Nørre Snede", "Sdr. Felding", "Kirke Stillinge"} <= set(found)
    assert areas("Renovering af Kirke Stillinge Skole og restaurant Lille Bøgely.") == []
    assert areas("Store Bededag afskaffes.") == []


def test_town_genitive_before_a_role_and_model_owner_are_no_places() -> None:
    assert areas("Det foreslår Holstebros borgmester Anna Friis (A).") == []
    assert areas("Det står i Boligtrappens nye strategi.", {"Boligtrappens": "LOC"}) == []


def test_agenda_number_after_a_place_is_no_house_number() -> None:
    text = "14. Initiativaftale for Brøndby Strand 15. Status for boligindsatsen"
    assert "Brøndby Strand" in areas(text)


def test_names_not_cut() -> None:
    text = "Ændring af sammensætningen af Udvalget for skole og dagtilbud.\n\nDen Grønne ApS har søgt om tilladelse."
    found = parties(text)
    assert "Udvalget for skole og dagtilbud" in found
    assert "Den Grønne ApS" in found


def test_span_index_tells_overlaps() -> None:
    from socdoc.extractors.entities import SpanIndex

    index = SpanIndex([(10, 20), (15, 25), (40, 50)])
    assert index.overlaps(24, 30) and index.overlaps(0, 11) and index.overlaps(45, 46)
    assert not index.overlaps(25, 40) and not index.overlaps(0, 10) and not index.overlaps(50, 60)
