"""Parties on run-on table-of-contents lines of PDF transcripts: agenda titles glued to the
names before or after them, and forms of a name that are no name of their own."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


CONTENTS = (
    "Indholdsfortegnelse Sag nr. Side 41. Budgetopfølgning pr. 30. april Takstregulering Aabenraa "
    "Boligforening, afdeling 7, Lærkevej 2-10 Låneoptagelse Aabenraa Boligforening - ansøgning om "
    "garanti Nørrevej Aabenraa Boligforening, salg af varmecentral til Aabenraa Fjernvarme "
    "Boligforeningen Kirsebærhaven, 2. etape - byggeregnskab"
)


def test_title_nouns_before_a_place_led_name_are_cut() -> None:
    found = names(CONTENTS)
    assert "Aabenraa Boligforening" in found
    assert not any(n.startswith(("Takstregulering", "Låneoptagelse", "Nørrevej")) for n in found)


def test_definite_name_after_a_place_led_name_opens_the_next_name() -> None:
    found = names(CONTENTS)
    assert "Aabenraa Fjernvarme" in found
    assert "Aabenraa Fjernvarme Boligforeningen" not in found


def test_attributive_word_before_a_place_stays_in_the_name() -> None:
    found = names("Tilskuddet går til Sønderjysk Aabenraa Boligforening, der søger om garanti.")
    assert not any(n == "Aabenraa Boligforening" for n in found)


def test_housing_association_named_after_its_street_is_a_party() -> None:
    found = names("Andelsboligforeningen Kastanjevej har sendt byggeregnskabet for første etape til godkendelse.")
    assert "Andelsboligforeningen Kastanjevej" in found


def test_home_named_after_its_street_is_still_no_party() -> None:
    found = names("Beboerne i Bofællesskabet Skovvej får nye køkkener i løbet af foråret.")
    assert "Bofællesskabet Skovvej" not in found


def test_former_county_is_a_party_also_in_the_genitive() -> None:
    found = names("Revisionen af Vejle Amts regnskab for 2005 er afsluttet, og Fyns Amt har overdraget sagerne.")
    assert "Vejle Amt" in found and "Fyns Amt" in found
    assert "Vejle Amts" not in found


def test_preparatory_committee_keeps_its_region_without_the_genitive() -> None:
    found = names("Revisorerne har gennemgået Forberedelsesudvalget for Region Sjællands regnskab for 2006.")
    assert "Forberedelsesudvalget for Region Sjælland" in found
    assert "Forberedelsesudvalget" not in found


def test_merger_committee_with_its_new_municipality() -> None:
    found = names("Sammenlægningsudvalget for Vesthimmerlands Kommune godkendte budgettet på sit møde i juni.")
    assert any(n.startswith("Sammenlægningsudvalget for Vesthimmerland") for n in found)


def test_model_span_of_a_place_and_the_next_sentence_is_no_party() -> None:
    text = "Mødet blev holdt i Rådhuset, Torvet 3, 7400 Herning Deltagerne var mødt, bortset fra to."
    assert not any("Deltagerne" in n for n in names(text, {"Herning Deltagerne": "ORG"}))


def test_model_span_of_a_place_before_a_club_keeps_the_club_only() -> None:
    text = "Klage fra Nordby Sejlklubben NSK over afslaget på en ny bådebro ved havnen."
    found = names(text, {"Nordby Sejlklubben NSK": "ORG"})
    assert "Nordby Sejlklubben NSK" not in found
    assert "Sejlklubben NSK" in found


def test_model_span_of_a_place_led_name_with_indefinite_head_stays() -> None:
    text = "Støtten går til Vejle Boldklub, der holder stævne i august."
    assert "Vejle Boldklub" in names(text, {"Vejle Boldklub": "ORG"})


def test_street_at_a_line_end_before_a_label_is_no_committee() -> None:
    text = "Mødested: Mødelokale 2, Rådhusvej\nUdvalg: Teknik- og Miljøudvalget\nMedlemmer: alle"
    assert not any(n.startswith("Rådhusvej") for n in names(text))


def test_acronym_kind_of_body_is_no_party() -> None:
    text = "Planen er sendt til udtalelse i alle MED-udvalg på skoleområdet før sommerferien."
    assert "MED-udvalg" not in names(text, {"MED-udvalg": "ORG"})


def test_town_leading_a_coordinated_council_is_part_of_its_name() -> None:
    found = names("Tilskud til byfesten Vejle Erhvervs- og Turistråd, årsregnskab for 2005 godkendes.")
    assert "Vejle Erhvervs- og Turistråd" in found
    assert "Erhvervs- og Turistråd" not in found


def test_town_before_a_definite_committee_stays_outside_it() -> None:
    found = names("Sagen sendes videre til Vejle Teknik- og Miljøudvalget med indstilling om godkendelse.")
    assert "Vejle Teknik- og Miljøudvalget" not in found


def test_local_committee_compound_in_the_genitive() -> None:
    found = names("Høringssvar: Limfjordskomiteens bemærkninger til den nye vandplan er modtaget.")
    assert "Limfjordskomiteen" in found
    assert "Limfjordskomiteens" not in found


def test_municipality_with_its_statement_on_a_title_line_acts() -> None:
    text = "Indhold: Vandplaner - Silkeborg Kommunes høringssvar til idéfasen Lokalplan 12, Bakkegården"
    assert "Silkeborg Kommune" in names(text)


def test_municipality_after_an_adjective_is_no_party() -> None:
    text = "Planen beskriver vejen mod et fossilfri Holstebro Kommune i 2035 med flere vindmøller."
    assert "Holstebro Kommune" not in names(text)


def test_municipality_acting_in_a_sentence_is_still_a_party() -> None:
    text = "Holstebro Kommune har søgt om tilskud til flere vindmøller."
    assert "Holstebro Kommune" in names(text)


def test_portfolio_of_an_alderman_is_no_party() -> None:
    text = "Det glæder mig, siger Line Holm (S), der er rådmand for Sociale Forhold og Beskæftigelse."
    assert "Sociale Forhold og Beskæftigelse" not in names(text)


def test_the_same_unit_acting_is_still_a_party() -> None:
    text = "Sociale Forhold og Beskæftigelse har sendt forslaget i høring hos de faglige organisationer."
    assert "Sociale Forhold og Beskæftigelse" in names(text)


def test_body_still_to_be_set_up_is_no_party() -> None:
    text = "Forslag til etablering af Seniorråd Forslag til ny rammeaftale for de frivillige foreninger"
    assert "Seniorråd" not in names(text, {"Seniorråd": "ORG"})


def test_existing_council_named_definite_after_founding_noun_stays() -> None:
    text = "Kommunen står for oprettelse af Ældrerådet i Vejle Kommune efter valget i november."
    assert "Ældrerådet" in names(text)


def test_a_case_section_label_run_on_after_a_name_is_cut_off() -> None:
    text = "2 Dagsorden 1. Indstilling - Boligforeningen Vestby Indstilling - Regnskab 2018 for foreningen\n"
    found = names(text)
    assert "Boligforeningen Vestby" in found and not any(n.endswith("Indstilling") for n in found)
