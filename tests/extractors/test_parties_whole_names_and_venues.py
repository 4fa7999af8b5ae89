"""Parties: a council's or an administration's name with its "for" phrase, a committee written
without its hyphen, clubs named by a lead and a place, and the shapes that look like parties without
being one (a building named only as the meeting's place, a municipality's employee by title, a web
portal)."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


def test_local_council_keeps_its_for_phrase_and_later_definite_word() -> None:
    text = ("Referat – Lokalrådet for Søby Sydegn\n\nDato: 4. marts\n\n1. Trafik\n"
            "Lokalrådet drøftede hastigheden på Skovvej og skriver til vejafdelingen.")
    found = names(text, {"Søby Sydegn": "LOC"})
    assert "Lokalrådet for Søby Sydegn" in found
    assert "Lokalrådet" not in found and "Søby Sydegn" not in found


def test_compound_administration_keeps_its_for_phrase() -> None:
    found = names("Fagforvaltningen for Børn og Unge fremlægger et udkast til den nye skolestruktur.")
    assert found == ["Fagforvaltningen for Børn og Unge"]


def test_building_on_the_line_under_a_bare_place_label_is_a_venue() -> None:
    text = ("Referat\n\nTid\n\n16.00\n\nSted\n\nMødelokale 2, Gamle Kaserne Kulturcenter, Bygade 4\n\n"
            "Deltagere\n\nAnne Holm\n\n1. Orientering\nByrådet har godkendt budgettet.")
    assert "Gamle Kaserne Kulturcenter" not in names(text)


def test_centre_named_after_a_locative_in_the_header_is_a_venue() -> None:
    text = "Referat af møde i Bakke Lokalråd, onsdag den 4. april i Bakke Centret.\n\n1. Velkomst\nSeks mødte op."
    found = names(text, {"Bakke Centret": "ORG"})
    assert "Bakke Centret" not in found


def test_one_word_house_after_a_locative_stays_an_institution() -> None:
    text = "Forældrene får rådgivning i Familiehuset. Familiehuset tilbyder også grupper for fædre."
    assert "Familiehuset" in names(text, {"Familiehuset": "ORG"})


def test_municipality_genitive_before_a_title_is_a_role() -> None:
    text = "Programmet er lagt af Vejle Kommunes Ungdomskonsulent, Mette Holm, i samarbejde med skolerne."
    found = names(text, {"Vejle Kommunes Ungdomskonsulent": "ORG"})
    assert not [n for n in found if "Ungdomskonsulent" in n]


def test_municipality_genitive_before_a_unit_stays_a_party() -> None:
    found = names("Vejle Kommunes Ungdomsskole tilbyder nye hold i foråret.")
    assert "Vejle Kommunes Ungdomsskole" in found


def test_web_portal_is_no_party() -> None:
    text = "Ansøgningen sendes via Tilskudsportalen inden fristen. Socialstyrelsen behandler ansøgningerne."
    found = names(text, {"Tilskudsportalen": "ORG", "Socialstyrelsen": "ORG"})
    assert "Tilskudsportalen" not in found and "Socialstyrelsen" in found


def test_committee_written_without_its_hyphen_keeps_its_first_part() -> None:
    found = names("Lærerne har bedt Børne og Familieudvalget om et fællesmøde om arbejdstiden.")
    assert "Børne og Familieudvalget" in found and "Familieudvalget" not in found


def test_definite_noun_before_og_is_a_body_of_its_own() -> None:
    found = names("Borgerne og Økonomiudvalget er enige om, at sagen skal genoptages.")
    assert "Borgerne og Økonomiudvalget" not in found


def test_clubs_named_by_a_lead_and_a_place() -> None:
    text = "Tak til GF Bakkely for juletræet og til Lions Sydby for et flot bidrag til legepladsen."
    found = names(text)
    assert "GF Bakkely" in found and "Lions Sydby" in found


def test_club_lead_before_a_common_word_is_no_club() -> None:
    assert not names("Rotary Klub møder hver tirsdag, og Lions Frokost er på fredag.")


def test_hall_that_applies_is_a_party_though_a_project_is_placed_in_it() -> None:
    text = ("Kommunen har afsat midler til en ombygning i Vestby Idrætscenter.\n"
            "Vestby Idrætscenter anmoder nu kommunen om at frigive midlerne.")
    assert "Vestby Idrætscenter" in names(text)


def test_housing_organisation_named_after_its_capitalised_head() -> None:
    found = names("Byrådet fastsatte kriterier for Boligorganisationen Vestbyhuse, herunder fleksibel udlejning.")
    assert "Boligorganisationen Vestbyhuse" in found


def test_region_running_a_service_after_its_genitive_is_a_party() -> None:
    found = names("Overlægerne i Region Sjællands psykiatri advarer mod de nye besparelser.")
    assert "Region Sjælland" in found


def test_region_only_named_as_a_place_is_no_party() -> None:
    assert "Region Sjælland" not in names("Der bor flere ældre i Region Sjællands område end før.")


def test_place_with_its_address_after_a_locative_is_a_venue() -> None:
    text = ("Udvalget var tirsdag på besøg på Psykiatrisk Center Odense, Afsnit Nord, Skovvej 12, hvor personalet "
            "viste rundt.\n\nUdvalget godkendte budgettet.")
    assert not [n for n in names(text, {"Psykiatrisk Center Odense": "ORG"}) if "Psykiatrisk" in n]


def test_centre_that_acts_beside_its_address_stays_a_party() -> None:
    text = ("Psykiatrisk Center Vestby, Skovvej 12, har sendt et høringssvar.\n"
            "Mødet holdes på Psykiatrisk Center Vestby, Skovvej 12.")
    assert [n for n in names(text, {"Psykiatrisk Center Vestby": "ORG"}) if "Psykiatrisk" in n]


def test_licensed_restaurant_and_cafe_are_parties() -> None:
    found = names("Fornyelse af alkoholbevilling til restaurant Solsikken og café La Luna - LUKKET SAG")
    assert "Solsikken" in found and "La Luna" in found


def test_capitalised_kind_belongs_to_the_cafe_name() -> None:
    assert "Café Trykket" in names("Café Trykket er en beskyttet virksomhed med elever fra specialskolen.")


def test_cafe_where_the_meeting_is_held_is_a_venue() -> None:
    assert not names("Sted: Café Lulu, Algade 25, 4500 Nordby")
    assert not [n for n in names("Bagefter spiste vi frokost i Café Lulu.") if "Lulu" in n]


def test_council_whose_meeting_decided_is_a_party() -> None:
    assert "Kommunalbestyrelsen" in names("Planen blev vedtaget på kommunalbestyrelsens møde den 3. juni.")


def test_council_only_owning_a_goal_is_no_party() -> None:
    assert "Regeringen" not in names("Kommunen arbejder med regeringens mål for ældreplejen.")


def test_municipality_named_by_its_share_of_a_pool_is_no_party() -> None:
    found = names("Udvalget skal tage stilling til, hvordan Vejle Kommunes andel af puljen skal bruges.")
    assert "Vejle Kommune" not in found


def test_municipality_with_its_consultation_answer_is_a_party() -> None:
    assert "Vejle Kommune" in names("Vejle Kommunes høringssvar er vedlagt som bilag.")
