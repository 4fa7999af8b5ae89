"""Parties: families of round 10 (definite heads, defined abbreviations, youth wings, …)."""

from __future__ import annotations

from entity_views import party_names as names


def test_bare_definite_head_joins_its_one_for_name() -> None:
    text = ("Kulturenheden for Børn og Unge har holdt møde med foreningen. Efter mødet anbefaler "
            "Kulturenheden, at sagen udsættes.")
    assert names(text) == ["Kulturenheden for Børn og Unge"]

