"""Parties: contents-line nouns before a name, abbreviation lists before a committee."""

from __future__ import annotations

from entity_views import party_names as names


def test_abbreviation_list_before_a_committee_is_no_part_of_its_name() -> None:
    found = names("Referatet sendes videre med en bemærkning til HU, BU og Kulturudvalget inden mødet.")
    assert "Kulturudvalget" in found
    assert not any(n.startswith(("HU", "BU,")) and n.endswith("Kulturudvalget") for n in found)


def test_hyphenated_coordination_stays_one_committee() -> None:
    found = names("Sagen behandles i Plan-, Miljø og Teknikudvalget den 3. marts.")
    assert "Plan-, Miljø og Teknikudvalget" in found


def test_long_contents_noun_before_the_council_is_dropped() -> None:
    found = names("Bilagsfortegnelse Byrådet Sidetal\n\nByrådet godkendte budgettet for 2024.")
    assert "Byrådet" in found
    assert not any(n.startswith("Bilagsfortegnelse") for n in found)


def test_report_noun_before_a_local_utility_is_dropped() -> None:
    found = names("7. Statusmeddelelser Nordby Fjernvarme, v/ Karen Holm\n8. Eventuelt")
    assert "Nordby Fjernvarme" in found
    assert not any(n.startswith("Statusmeddelelser") for n in found)


def test_definite_committee_after_a_company_name_is_a_name_of_its_own() -> None:
    text = "Valg af suppleant til bestyrelsen i Sydøstjyllands Busselskab Teknikudvalget. Godkendelse af takster"
    found = names(text)
    assert "Teknikudvalget" in found
    assert "Sydøstjyllands Busselskab Teknikudvalget" not in found


def test_indefinite_place_led_council_stays_whole() -> None:
    found = names("Nordby Ældreråd har afgivet høringssvar til forslaget.")
    assert "Nordby Ældreråd" in found


def test_region_genitive_before_its_unit_names_the_unit_whole() -> None:
    found = names("Satspuljen er fordelt, og Region Sjællands Psykiatri får midler til to nye teams.")
    assert "Region Sjællands Psykiatri" in found
    assert "Region Sjælland" not in found


def test_region_genitive_before_a_common_noun_stays_the_region() -> None:
    found = names("Region Sjællands psykiatriplan blev vedtaget af regionsrådet i går.")
    assert not any(n.startswith("Region Sjællands") for n in found)


def test_hospital_unit_named_by_adjective_head_and_place() -> None:
    text = ("Midlerne går til et udgående team ved Geriatrisk Center Sydby og et team ved "
            "Børne- og Ungdomspsykiatrisk Center Nordby.")
    found = names(text)
    assert "Geriatrisk Center Sydby" in found
    assert "Børne- og Ungdomspsykiatrisk Center Nordby" in found


def test_adjective_and_head_before_a_common_word_is_no_unit() -> None:
    found = names("Planen om et Psykiatrisk Center Dengang blev droppet af regionen.")
    assert "Psykiatrisk Center Dengang" not in found
