"""Parties in documents from publishers not seen before: a region named only as the place of a
service in a text that deals with the region's own council."""

from __future__ import annotations

import pytest

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, {}))
    return [p.name for p in parties]


# a region named only after "i", in a text about the region's council or house: the organisation


@pytest.mark.parametrize("text", [
    "Regionsrådet behandlede sagen på sit møde.\n\n4. Oversigt over botilbud i Region Midtjylland",
    "Ole Brink er regionsrådsmedlem i Region Nordjylland og sidder i udvalget.",
    "Mødet holdes i Regionshuset.\n\nPladserne på de psykiatriske afdelinger i Region Sjælland er optaget.",
])
def test_region_only_as_a_place_acts_where_its_council_is_named(text: str) -> None:
    assert any(n.startswith("Region ") for n in names(text))


@pytest.mark.parametrize("text", [
    "Fonden uddeler 3 mio. kr. til projekter og aktiviteter i Region Syddanmark.",
    "En del af midlerne skal bruges på foreningsliv i Region Sjælland, og resten fordeles senere.",
])
def test_region_only_as_a_place_without_its_council_is_no_party(text: str) -> None:
    assert not any(n.startswith("Region ") for n in names(text))


# an association named "Foreningen for …" or "…foreningen af …" with a capitalised name: the whole name


@pytest.mark.parametrize(("text", "name"), [
    ('Strikkeklubben er et projekt, som "Landsforeningen af Nabohuse" står bag.', "Landsforeningen af Nabohuse"),
    ("Tilskud gives til:\n  • Foreningen for Kunst og Unge i Grønland\n  • Kirkens Hjælp",
     "Foreningen for Kunst og Unge i Grønland"),
    ("Der er søgt støtte til voksenundervisning - Foreningen for Egebjerg Kino, herunder filmaftener.",
     "Foreningen for Egebjerg Kino"),
    ("Foreningen af Nordby Lærere har skrevet til udvalget.", "Foreningen af Nordby Lærere"),
])
def test_association_named_after_for_or_af_keeps_its_name(text: str, name: str) -> None:
    found = names(text)
    assert name in found and "Landsforeningen" not in found


@pytest.mark.parametrize("text", [
    "Foreningen for at bevare skoven holdt møde i går.",
    "Foreningen for nylig holdt sin generalforsamling.",
])
def test_association_head_before_a_lowercase_phrase_is_no_name(text: str) -> None:
    assert not any(n.startswith("Foreningen") for n in names(text))


# a committee named "for" a verbal noun "af" its object in title case: the whole name


def test_for_phrase_with_verbal_noun_and_af_object_keeps_the_object() -> None:
    text = "7. Studietur til Ringe for Projektudvalget for Udvikling af Landsbyerne\n8. Eventuelt"
    assert "Projektudvalget for Udvikling af Landsbyerne" in names(text)


def test_for_phrase_before_af_and_a_place_stops_at_the_field() -> None:
    assert "Center for Sundhed" in names("Center for Sundhed af Nordby har sendt et svar.")


# a firm's trade before its own name: the name alone


@pytest.mark.parametrize(("text", "name"), [
    ("Sagsfremstilling\nRevisionsfirmaet KTR har påtegnet regnskabet uden bemærkninger.", "KTR"),
    ("Konsulentfirmaet Nordlys har i efteråret været tilknyttet projektet.", "Nordlys"),
])
def test_trade_head_before_a_firms_name_is_no_part_of_it(text: str, name: str) -> None:
    found = names(text)
    assert name in found and not any(n.endswith("firmaet " + name) for n in found)


# national agencies, companies and associations named without a cue word


@pytest.mark.parametrize(("text", "name"), [
    ("Banedanmark har ingen bemærkninger til lokalplanforslaget for stationen.", "Banedanmark"),
    ("Rapporten er skrevet af Komponent i samarbejde med kommunernes økonomer.", "Komponent"),
    ("Både Forenet Kredit og Nykredit vil låne ud til byggeriet.", "Forenet Kredit"),
    ("Cowi har lavet et skitseudkast, som er drøftet med afdelingsbestyrelsen.", "Cowi"),
    ("Wonderful Copenhagen og Copenhagen Capacity deltog i mødet om turismen.", "Copenhagen Capacity"),
    ("Hans Olsen er formand for Landsbyerne i Danmark og ønsker flere midler.", "Landsbyerne i Danmark"),
    ("Lise Holm kontakter Provstiet for at få sagen opklaret.", "Provstiet"),
])
def test_listed_organisation_without_a_cue_word_is_a_party(text: str, name: str) -> None:
    assert name in names(text)


def test_a_component_in_lower_case_is_no_party() -> None:
    assert "Komponent" not in names("Hver komponent i anlægget skal efterses af en fagmand.")


# a region's name in the English manner, led by a capitalised word: the whole name, also where a line opens on it


def test_unlisted_region_led_by_a_word_keeps_the_lead_everywhere() -> None:
    text = ("Resume\nBusiness Region Vestby består af otte kommuner.\n"
            "Byggeriets folk har skrevet til Business Region Vestby om udbud.")
    found = names(text)
    assert "Business Region Vestby" in found and "Region Vestby" not in found


def test_unlisted_region_after_a_heading_word_keeps_its_own_name() -> None:
    assert "Region Østdanmark" in names("Referat Region Østdanmark mødes i morgen.")


# one capitalised common noun after a municipality's genitive that names no kind of organisation


@pytest.mark.parametrize("text", [
    "Odder Kommunes Vision er at skabe vækst i hele kommunen.",
    "Vejen Kommunes Taskforce for udsatte boligområder mødes i morgen.",
])
def test_municipality_genitive_before_a_common_thing_is_no_unit(text: str) -> None:
    assert not any("Kommunes" in n for n in names(text))


@pytest.mark.parametrize(("text", "name"), [
    ("Sagen er sendt til Odder Kommunes Jobcenter, som svarer i næste uge.", "Odder Kommunes Jobcenter"),
    ("Sagen er sendt til Vejen Kommunes Børne- og Ungeforvaltning til udtalelse.",
     "Vejen Kommunes Børne- og Ungeforvaltning"),
])
def test_municipality_genitive_before_a_unit_keeps_the_unit(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("7. Valg af bestyrelsesmedlemmer til Ejerforeningen Lærkeparken\n8. Eventuelt", "Ejerforeningen Lærkeparken"),
    ("Beboerforeningen Nordlyset har holdt møde med kommunen.", "Beboerforeningen Nordlyset"),
])
def test_association_compound_head_leads_its_name(text: str, name: str) -> None:
    assert name in names(text)


# a majority or the parties "i" a body in lower case: the body acts through them


@pytest.mark.parametrize("text", [
    "Regeringen og en række partier i folketinget forhandler nu om udspillet.",
    "Med et bredt flertal i folketinget kan børnene komme på sommerferie.",
])
def test_majority_inside_a_lowercase_parliament_makes_it_act(text: str) -> None:
    assert "Folketinget" in names(text)


def test_lowercase_parliament_only_as_a_place_is_no_party() -> None:
    assert "Folketinget" not in names("Sagen blev drøftet i folketinget i går.")
