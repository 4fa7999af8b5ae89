"""Parties: families of round 10 (definite heads, defined abbreviations, youth wings, …)."""

from __future__ import annotations

from entity_views import party_names as names


def test_bare_definite_head_joins_its_one_for_name() -> None:
    text = ("Kulturenheden for Børn og Unge har holdt møde med foreningen. Efter mødet anbefaler "
            "Kulturenheden, at sagen udsættes.")
    assert names(text) == ["Kulturenheden for Børn og Unge"]


def test_abbreviation_defined_by_staar_for_names_the_organisation() -> None:
    text = ("Mange frivillige er med i LUFA. LUFA står for Landsforeningen af Unge Frivillige i Ambulancetjenesten, "
            "og LUFA får nu penge fra staten.")
    assert names(text) == ["Landsforeningen af Unge Frivillige i Ambulancetjenesten"]


def test_staar_for_needs_a_name_with_the_same_first_letter() -> None:
    text = "Vores TV står for Kvalitet og Nærvær i alt, hvad vi gør, siger direktøren."
    assert names(text) == []


def test_youth_wing_after_a_listed_organisation_is_its_own_party() -> None:
    text = "Red Barnet Ungdom holder sommerlejr, og Red Barnet betaler for bussen."
    assert names(text) == ["Red Barnet Ungdom", "Red Barnet"]
