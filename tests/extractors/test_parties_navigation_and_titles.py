"""Parties: a breadcrumb trail written without separators, a body named both in the menu and in
the minutes' own text, and a job title the model joins to a person's first name."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.areas import find_areas
from socdoc.extractors.parties import find_parties, find_party_candidates
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


def areas(text: str, ents: dict[str, str]) -> list[str]:
    norm = normalize(text)
    doc = doc_with_ents(norm, ents)
    return [a.name for a in find_areas(norm, text, doc, parties=find_party_candidates(norm))]


def test_breadcrumb_without_separators_is_no_party() -> None:
    text = ("Spring til indhold\n  Hjem Borger Omsorg Seniorråd og udvalg Mødeplan\n\n"
            "Mødeplan for 2023\n\nDer er ingen ændringer i planen.\n")
    assert not any(n.startswith(("Hjem", "Borger")) for n in names(text))


def test_page_heading_after_forside_is_navigation() -> None:
    text = "Forside Politik Kommunalbestyrelsen Dagsordener\n\nDagsordener for 2021 findes herunder.\n"
    assert not any(n.startswith("Forside") for n in names(text))


def test_body_in_breadcrumb_and_in_running_text_stays_a_party() -> None:
    text = ("Handicaprådet > Referater\n\nReferat fra Handicaprådets møde 4. marts 2019\n\n"
            "1. Orientering\nHandicaprådet drøftede de nye regler for kørsel til dagtilbud.\n")
    assert "Handicaprådet" in names(text)


def test_body_only_in_the_menu_stays_out() -> None:
    text = "Forside > Handicaprådet > Referater\n\nSiden opdateres løbende.\n"
    assert "Handicaprådet" not in names(text)


def test_job_title_before_first_name_and_surname_is_no_organisation() -> None:
    text = ("Deltagere: Økonomichef Lise Holm punkt 1, Driftsleder Anders Kjær punkt 2-3, "
            "Sekretær Mette Bach.\n")
    found = names(text, {"Driftsleder Anders": "ORG", "Lise Holm": "PER", "Mette Bach": "PER"})
    assert not any(n.startswith("Driftsleder") for n in found)


def test_organisation_ending_in_a_place_stays() -> None:
    text = "Aftalen er indgået med Boligselskabet Sjælland om renovering af 120 boliger.\n"
    assert "Boligselskabet Sjælland" in names(text, {"Boligselskabet Sjælland": "ORG"})


def test_one_word_hall_or_school_compound_is_no_area() -> None:
    text = ("Seniormessen holdes 3. maj i Fjordhallerne, og sidste år var der også stor "
            "tilslutning i Nordbyskolen. Borgere i Vestby og Nordby er velkomne.\n")
    found = areas(text, {"Fjordhallerne": "LOC", "Nordbyskolen": "LOC", "Vestby": "LOC"})
    assert "Fjordhallerne" not in found and "Nordbyskolen" not in found


def test_genitive_of_a_listed_housing_area_is_the_area() -> None:
    text = "Puljen blev fordelt efter en vurdering af Vollsmoses og Gellerupparkens behov for tryghed.\n"
    found = areas(text, {})
    assert "Vollsmose" in found and "Gellerupparken" in found


def test_streets_bounding_an_estate_are_no_areas() -> None:
    text = ("Planen dækker bebyggelsen Tingbjerg samt Husumgård mellem Ringstedvej og Skovlandet. "
            "Beboerne i Tingbjerg er inviteret.\n")
    found = areas(text, {})
    assert "Ringstedvej" not in found and "Tingbjerg" in found


def test_department_named_after_a_street_in_a_list_of_estates_stays() -> None:
    text = "Helhedsplanen omfatter Tingbjerg, Lindevej og Vollsmose.\n"
    assert "Lindevej" in areas(text, {})


def test_name_before_omraadet_written_apart_is_no_party() -> None:
    text = "Bilag: Notat om skolebusser i Tarm-Hemmet området.\n"
    assert "Tarm-Hemmet" not in names(text, {"Tarm-Hemmet": "ORG"})


def test_two_towns_joined_before_an_area_noun_are_one_area() -> None:
    text = "Udvalget drøftede tandplejen i Tarm-Hemmet området.\n"
    assert "Tarm-Hemmet" in areas(text, {})


def test_route_between_two_towns_is_no_area() -> None:
    assert areas("Busruten Tarm-Hemmet kører hver time.\n", {}) == []


def test_committee_after_a_councils_genitive_is_the_party() -> None:
    found = names("Lige nu sidder byrådets ældre- og sundhedsudvalg med en svær prioritering.\n")
    assert "Ældre- og sundhedsudvalget" in found and "Byrådet" not in found


def test_kind_of_committee_after_a_councils_genitive_is_no_party() -> None:
    found = names("Sagen sendes til kommunalbestyrelsens fagudvalg til høring.\n")
    assert not any("udvalg" in n.lower() for n in found)


def test_municipality_only_as_publisher_of_a_web_page_is_no_party() -> None:
    assert "Roskilde Kommune" not in names("Du kan læse mere om forløbet på Roskilde Kommunes hjemmeside.\n")


def test_municipality_acting_elsewhere_stays_a_party() -> None:
    text = ("Roskilde Kommune har ansat to nye mentorer. Læs mere på Roskilde Kommunes hjemmeside.\n")
    assert "Roskilde Kommune" in names(text)


def test_line_in_a_menu_of_sibling_pages_is_no_party() -> None:
    text = "Nyheder\nNV Energi\nNV Beskæftigelse\nNV Indkøb\nNV Trafik\n\nKommunen åbner et nyt jobcenter.\n"
    assert "NV Indkøb" not in names(text, {"NV Indkøb": "ORG", "NV Beskæftigelse": "ORG"})


def test_two_organisations_on_lines_of_their_own_stay() -> None:
    text = "Projektet er et samarbejde mellem:\nDansk Flygtningehjælp\nRøde Kors\n\nDe to har delt opgaverne.\n"
    assert "Dansk Flygtningehjælp" in names(text, {"Dansk Flygtningehjælp": "ORG", "Røde Kors": "ORG"})


def test_case_references_with_slashes_make_no_breadcrumb() -> None:
    text = ("3 Udvalget for Ældre, Side Orientering fra formanden KLMNOP / Formanden orienterede om "
            "det kommende dialogmøde. Forslag til Værdighedspolitik i Nordby Kommune QRSTUV / 09/11223 "
            "Sagsfremstilling Politikken fremlægges for Sundhedsudvalget til drøftelse og godkendelse.\n")
    assert "Sundhedsudvalget" in names(text)


def test_slash_separated_trail_stays_navigation() -> None:
    text = "Forside / Politik / Handicaprådet / Referater\n\nSiden opdateres løbende.\n"
    assert "Handicaprådet" not in names(text)
