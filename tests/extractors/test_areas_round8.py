"""Areas, round 8: families found across all dev sets (postal addresses, ...)."""

from __future__ import annotations

from entity_views import area_names as areas


def test_town_with_a_postal_district_letter_is_an_address() -> None:
    text = ("Referat af bestyrelsesmødet. Boligforeningen Lyset Nørre Allé 12 Tlf København N Fax "
            "info@lyset.dk 4. Eventuelt")
    assert "København" not in areas(text)
    text = "Temadag for koordinatorerne Sted Medborgerhuset Valbygade København SV Deltagere Eva Holm"
    assert "København" not in areas(text)


def test_town_with_a_district_letter_after_a_locative_stays_a_place() -> None:
    assert "København" in areas("Foreningen har i mange år drevet en café i København N for unge.") or \
        "København N" in areas("Foreningen har i mange år drevet en café i København N for unge.")

