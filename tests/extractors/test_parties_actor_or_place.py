"""Parties and areas: a municipality or region as the organisation or as the place, legend codes,
a town glued before a council's definite name, kinds of institution before their name, funds
named "… Legat", and slash-joined estates."""

from __future__ import annotations

import pytest

import socdoc
from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize
from entity_views import area_names as areas


def names(text: str) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, {}))
    return [p.name for p in parties]


# the municipality's genitive before its own effort, plan or report: the organisation


@pytest.mark.parametrize(("text", "name"), [
    ("Fonden har givet 2 mio. kr. til Struer Kommunes indsats for unge ledige.", "Struer Kommune"),
    ("Tallene indgår i Lemvig Kommunes årsrapport for 2023.", "Lemvig Kommune"),
    ("Erfaringerne fra Faxe Kommunes forsøg med hjemmehjælp er gode.", "Faxe Kommune"),
])
def test_municipality_genitive_before_its_own_effort_is_a_party(text: str, name: str) -> None:
    assert name in names(text)


def test_municipality_genitive_before_its_land_is_no_party() -> None:
    text = "Der bor 4.000 børn i Struer Kommunes område, og mange af dem går i skole i byen."
    assert "Struer Kommune" not in names(text)


# the page header of the municipality's minutes names the publisher


def test_minutes_page_header_names_the_municipality() -> None:
    text = (
        "1 Struer Kommune Referat til Social- og Sundhedsudvalget Side 1\n\n"
        "Punktet blev godkendt.\n\n"
        "2 Struer Kommune Social- og Sundhedsudvalget Side 2\n\n"
        "Orienteringen blev taget til efterretning.\n"
    )
    assert "Struer Kommune" in names(text)


def test_one_logo_line_does_not_name_the_municipality() -> None:
    text = "Lemvig Kommune Logo\n\nSkolerne holder sommerferie fra 28. juni.\n"
    assert "Lemvig Kommune" not in names(text)


# places listed after a locative


def test_municipalities_listed_after_a_locative_are_places() -> None:
    text = "Projekterne ligger i Struer Kommune, Lemvig Kommune og på Fur og får 3 mio. kr."
    assert "Lemvig Kommune" not in names(text)
    assert {"Struer Kommune", "Lemvig Kommune"} <= set(areas(text))


def test_plot_number_before_the_municipality_makes_it_the_place() -> None:
    text = "Tilladelse til jordvarme - Skolevej 4, matr.nr. 7b Humlum, Struer Kommune\n"
    assert "Struer Kommune" not in names(text)
    assert "Struer Kommune" in areas(text)


# a municipality or region acting is not also an area


def test_acting_municipality_is_not_also_an_area() -> None:
    doc = socdoc.extract(
        "I Struer Kommune er der mange unge uden job. Derfor finansierer Struer Kommune nu et nyt forløb "
        "på produktionsskolen."
    )
    assert "Struer Kommune" in [p.name for p in doc.parties]
    assert "Struer Kommune" not in [a.name for a in doc.areas]


def test_municipality_only_as_a_place_stays_an_area() -> None:
    doc = socdoc.extract("Fonden støtter tre projekter i Struer Kommune med i alt 2 mio. kr.")
    assert "Struer Kommune" in [a.name for a in doc.areas]


# codes, generic words and glued towns


def test_legend_codes_are_no_parties() -> None:
    text = "Mødeplan 2025\n\nØK=Økonomiudvalget, BUU=Børne- og Ungeudvalget, TMU=Teknik- og Miljøudvalget\n"
    found = names(text)
    assert not {"ØK", "BUU", "TMU"} & set(found)
    # a body named only in the legend's key acts nowhere in the text; named where it acts, it is a party
    assert "Børne- og Ungeudvalget" not in found
    assert "Økonomiudvalget" in names(text + "\nØkonomiudvalget godkendte mødeplanen.\n")


def test_generic_word_for_standing_committees_is_no_party() -> None:
    text = "Fagudvalg og Økonomiudvalget har drøftet budgettet på deres møder i maj."
    assert "Fagudvalg" not in names(text)


def test_committee_tail_after_a_double_space_is_no_party_of_its_own() -> None:
    text = "Sagen sendes til Social- og  Arbejdsmarkedsudvalget og derefter til Byrådet."
    assert "Arbejdsmarkedsudvalget" not in names(text)


@pytest.mark.parametrize("text", [
    "Mødelokale 2, Rådhuset, Torvet 1, Lemvig\nByrådet\n\nDeltagere\n\nAnne Holm\n",
    "Beslutning\n\nGodkendt.\n\nFraværende i Lemvig Kommunalbestyrelsen, 3. maj 2024: Anne Holm\n",
])
def test_town_glued_before_a_council_in_the_definite_is_cut(text: str) -> None:
    found = names(text)
    assert not any(n.startswith("Lemvig ") for n in found)


def test_council_led_by_the_town_in_the_indefinite_keeps_it() -> None:
    assert "Lemvig Byråd" in names("Lemvig Byråd har vedtaget budgettet for 2025.")


# whole names


def test_kind_of_institution_takes_its_name() -> None:
    text = "Aftalen er indgået mellem regionen samt University College Absalon og to gymnasier."
    assert "University College Absalon" in names(text)


def test_fund_named_legat_is_a_party() -> None:
    text = "Klubben har fået 20.000 kr. fra A. P. Holms Legat til en ny bus."
    assert "A. P. Holms Legat" in names(text)


def test_spelt_out_region_name_is_shown() -> None:
    text = "Region H klar med ny plan\n\nRegion Hovedstaden har vedtaget en plan for psykiatrien."
    found = names(text)
    assert "Region Hovedstaden" in found and "Region H" not in found


def test_government_only_as_the_owner_of_a_plan_is_no_party() -> None:
    text = "Regeringens 10-års plan for psykiatrien\n\nPlanen læner sig op ad regeringens 10-års plan."
    assert "Regeringen" not in names(text)


def test_two_listed_estates_joined_by_a_slash_are_two_areas() -> None:
    text = "Helhedsplanen for Gellerup/Toveshøj fortsætter i 2025.\n"
    assert areas(text) == ["Gellerup", "Toveshøj"]


def test_two_towns_joined_by_a_slash_stay_two() -> None:
    names_found = areas("Kørslen mellem Vejle/Fredericia fortsætter.\n")
    assert "Vejle/Fredericia" not in names_found


# lists, portfolios, glued labels and venues


def test_two_committees_joined_by_a_comma_are_two_parties() -> None:
    text = "Sagen behandles i\n\nSocialudvalget, Kultur- og Fritidsudvalget og Handicaprådet.\n"
    found = names(text)
    assert "Socialudvalget" in found and "Kultur- og Fritidsudvalget" in found
    assert not any("," in n for n in found)


def test_director_for_a_list_of_areas_names_no_party() -> None:
    text = "Indstilling\n\nDirektøren for Økonomi, Personale og Borgerservice indstiller,\nat sagen godkendes."
    assert "Borgerservice" not in names(text)


@pytest.mark.parametrize(("text", "span", "label"), [
    ("Til stede: Ole Berg, Karen Lund og Mette Brandt Afbud fra Søren Kjær og Eva Friis.", "Brandt Afbud", "Afbud"),
    ("Lokalt\n\n12. marts 2024 Samfund Skrevet af: Hans Nørby\n\nDer skal bygges nyt.", "Samfund Skrevet", "Skrevet"),
])
def test_label_glued_after_a_name_is_no_part_of_a_party(text: str, span: str, label: str) -> None:
    norm = normalize(text)
    doc = doc_with_ents(norm, {span: "ORG"})
    parties, _ = find_parties(norm, text, doc)
    assert not any(p.name.endswith(label) for p in parties)


def test_hall_after_a_place_label_in_a_flattened_header_is_a_venue() -> None:
    text = ("Mødedato: 3. april 2024 Mødetidspunkt: 17:00 Mødested: Nordby Hallen - mødelokale 1 "
            "Deltagere: Ole Berg\n\nOrientering om sommerens arrangementer.\n")
    assert "Nordby Hallen" not in names(text)


# common nouns and titles as places


def test_title_in_the_definite_after_a_locative_is_no_area() -> None:
    doc = socdoc.extract("På mødet holder Ungechefen og rektor for gymnasiet et oplæg om den nye linje.")
    assert "Ungechefen" not in [a.name for a in doc.areas]


def test_village_that_is_also_a_common_noun_needs_a_locative() -> None:
    doc = socdoc.extract("Den nye publikation sætter fokus på Trygge Byrum og gode pladser i byen.\n")
    assert "Byrum" not in [a.name for a in doc.areas]


def test_med_committee_lead_before_a_unit_makes_the_name() -> None:
    text = "Kl. 10-11 holdes et fællesmøde med Hoved-MED Børn og Unge\n\nSagen drøftes."
    assert "Hoved-MED Børn og Unge" in names(text)


def test_fund_written_small_after_its_owner_is_the_party() -> None:
    norm = normalize("Klubben modtog en gave fra Andelskassen Bjerrings fond til nye bolde.")
    parties, _ = find_parties(norm, norm, doc_with_ents(norm, {"Andelskassen Bjerrings": "ORG"}))
    assert "Andelskassen Bjerrings fond" in [p.name for p in parties]


def test_director_title_glued_to_the_previous_word_still_names_no_unit() -> None:
    text = "Bilaget sendes via mailDirektøren for Økonomi, Personale og Borgerservice indstiller,\nat sagen godkendes."
    assert "Borgerservice" not in names(text)
