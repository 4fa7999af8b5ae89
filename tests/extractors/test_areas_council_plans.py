"""Areas: a municipality's name before "Kommuneplan", "Kommuneplantillæg" or "Kommuneplanstrategi" names the
council's plan (often of a former municipality), not the place; the same town placed by "i" stays a place."""

from __future__ import annotations

from entity_views import area_names as areas


def test_former_municipality_before_its_plan_is_no_place() -> None:
    text = ("Dagsorden\n"
            "4. Endelig vedtagelse af tillæg nr. 8 til Søndersø Kommuneplan - udvidelse af golfbane\n")
    assert "Søndersø" not in areas(text)


def test_town_before_a_plan_supplement_is_no_place() -> None:
    text = "Byrådet godkendte Tønder Kommuneplantillæg nr. 12 for et nyt erhvervsområde.\n"
    assert "Tønder" not in areas(text)


def test_town_placed_by_i_in_the_same_text_stays_a_place() -> None:
    text = ("12. Endelig vedtagelse af tillæg nr. 4 til Støvring Kommuneplan 2005\n"
            "15. Udkast til lokalplan for torvet i Støvring\n")
    assert areas(text) == ["Støvring"]
