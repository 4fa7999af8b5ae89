"""Parties: a list item's letter at a line's start ("F. Aktivitetsudvalget: …") is no part of the
body's name."""

from __future__ import annotations

from entity_views import party_names as names


_REPORTS = (
    "Referat af menighedsrådets møde\n\n"
    "4. Meddelelser fra udvalgene\n"
    "D. Præstegårdsudvalget: Taget er efterset.\n"
    "E. Kirkegårdsudvalget: Intet nyt siden sidst.\n"
    "F. Aktivitetsudvalget: Sommerudflugten er planlagt til juni.\n"
)


def test_lettered_committee_reports_lose_their_letters() -> None:
    found = names(_REPORTS)
    assert "Aktivitetsudvalget" in found and "Kirkegårdsudvalget" in found
    assert not any(n[:2] in ("D.", "E.", "F.") for n in found)

