"""Parties: a short name the text introduces in brackets ("herefter …"), and labels in capitals
before an agenda title."""

from __future__ import annotations

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str) -> list[str]:
    norm = normalize(text)
    return [p.name for p in find_parties(norm, text)[0]]


def test_short_name_after_herefter_names_the_full_organisation() -> None:
    text = ("Rigsrevisionen har undersøgt, om Ministeriet for By, Bolig og Landdistrikter (herefter "
            "Boligministeriet) har hjulpet kommunerne. Boligministeriet har ikke svaret.")
    found = names(text)
    assert "Ministeriet for By, Bolig og Landdistrikter" in found
    assert "Boligministeriet" not in found


def test_short_name_after_i_det_foelgende_names_the_full_organisation() -> None:
    text = ("Puljen administreres af Social- og Indenrigsministeriet (i det følgende Indenrigsministeriet). "
            "Indenrigsministeriet udbetaler tilskuddet i 2025.")
    assert names(text) == ["Social- og Indenrigsministeriet"]


def test_capitals_label_before_an_application_title_is_no_applicant() -> None:
    text = ("Punkter til dagsorden\n1. Godkendelse af dagsorden\n2. LUKKET SAG ØU - Ansøgning om kommunal "
            "garanti\n3. Eventuelt")
    assert not any("LUKKET" in n for n in names(text))


def test_presenting_verbs_for_is_no_part_of_the_committees_name() -> None:
    text = "I sagen præsenteres Beskæftigelsesudvalget for Nordby Karriereuge samt et oplæg om messen."
    assert names(text) == ["Beskæftigelsesudvalget"]


def test_the_state_auditors_are_a_party() -> None:
    text = "Statsrevisorerne afgav beretningen om hjemløse med en skarp bemærkning."
    assert "Statsrevisorerne" in names(text)


def test_a_known_name_wrapped_at_a_line_end_is_found_whole() -> None:
    text = ("Rapporten fra Styrelsen for\nArbejdsmarked og Rekruttering (STAR) opdateres hver måned.\n"
            "Indikatorerne er fastlagt af STAR.")
    assert names(text) == ["Styrelsen for Arbejdsmarked og Rekruttering"]


def test_the_town_after_a_comma_is_cut_from_a_housing_organisations_name() -> None:
    text = "Godkendelse af regnskab 2007 for Boligselskabet Sydbo, Haderslev - afdeling 12."
    assert names(text) == ["Boligselskabet Sydbo"]


def test_a_model_name_holding_a_dateline_colon_is_no_party() -> None:
    from model_ents import doc_with_ents

    text = "HJØRRING:- Jobcentrene skal nedlægges, sagde statsministeren i sin tale."
    norm = normalize(text)
    found = [p.name for p in find_parties(norm, text, doc_with_ents(norm, {"HJØRRING:- Jobcentrene": "ORG"}))[0]]
    assert found == []


def test_a_university_cited_only_for_its_findings_is_no_party() -> None:
    text = "Over 380.000 oplever ensomhed ifølge en undersøgelse fra Nordby Universitet, og KL vil handle."
    assert names(text) == ["KL"]


def test_the_statistics_office_cited_for_figures_is_no_party() -> None:
    assert "Danmarks Statistik" not in names("Ifølge Danmarks Statistik er ledigheden faldet i Nordby.")


def test_a_ministry_cited_still_acts() -> None:
    text = "Ifølge Justitsministeriet skal politiet have flere betjente i de udsatte boligområder."
    assert "Justitsministeriet" in names(text)


def test_committees_named_in_capitals_as_agenda_headings_are_parties() -> None:
    text = ("1. Lokalplan for Nordby. ØKONOMIUDVALGETS SAGER 2. Budget 2017. "
            "MILJØ- OG TEKNIKUDVALGETS SAGER 3. Vejplan.")
    found = names(text)
    assert "Økonomiudvalget" in found and "Miljø- og Teknikudvalget" in found


def test_an_area_word_in_capitals_is_no_committee() -> None:
    from socdoc.extractors.party_recall import capitals_committee_candidates

    assert capitals_committee_candidates("2. Status på SUNDHEDSOMRÅDET i 2016.") == []


def test_a_handball_club_and_a_hostel_named_by_their_town_are_parties() -> None:
    text = "Driftsaftale mellem Nordby Kommune og Nordby Vandrerhjem. Aftalen med Sydby Håndbold er godkendt."
    found = names(text)
    assert "Nordby Vandrerhjem" in found and "Sydby Håndbold" in found


def test_a_contents_line_running_names_over_titles_is_cut_at_each_title() -> None:
    text = ("Indhold: Årsregnskaber Nordby Boligforening af 1946 Sydby Boligforening Årsregnskaber "
            "Boligforeningen af 1952 Årsregnskaber Boligselskabet Vestjylland")
    found = names(text)
    assert {"Sydby Boligforening", "Boligforeningen af 1952", "Boligselskabet Vestjylland"} <= set(found)
    assert not any("Årsregnskaber" in n for n in found)


def test_a_unit_of_two_fields_giving_an_account_acts() -> None:
    text = "Politikken blev godkendt af Byrådet. Handicap og Psykiatri giver en orientering om opfølgningen."
    assert "Handicap og Psykiatri" in names(text)


def test_scouts_named_by_their_town_are_an_organisation() -> None:
    text = "Udvalget fik en orientering fra Dragør Søspejdere om sommerens lejr ved havnen."
    assert "Dragør Søspejdere" in names(text)


def test_a_known_name_inside_typographic_quotes_keeps_no_closing_quote() -> None:
    text = "Projektet er en del af ’Hjem til Alle Alliancen’, som vil forebygge hjemløshed blandt unge."
    assert names(text) == ["Hjem til Alle Alliancen"]
