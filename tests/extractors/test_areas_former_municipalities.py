"""Areas: a municipality dissolved by the 2007 reform, named by its town(s) before "Kommune"."""

from __future__ import annotations

from entity_views import area_names as areas

from socdoc.extractors.areas import _former_municipalities


def test_former_municipality_after_tidligere_is_the_place() -> None:
    text = "Tillæg nr. 2 til spildevandsplanen for tidligere Skagen Kommune - Lyngvej, Ålbæk."
    assert "Skagen Kommune" in areas(text)


def test_former_municipality_in_a_plan_title_replaces_the_bare_town() -> None:
    text = "Endelig vedtagelse af tillæg nr. 3 til Kommuneplan 2005 for Støvring kommune, Bakkeparken."
    found = areas(text)
    assert "Støvring Kommune" in found
    assert "Støvring" not in found


def test_former_municipality_of_two_towns_joined_by_a_dash() -> None:
    text = "Formanden kontakter lokalrådene i den gamle Tørring – Uldum kommune om sagen."
    assert areas(text) == ["Tørring-Uldum Kommune"]


def test_former_municipality_after_a_locative() -> None:
    assert areas("Der bor mange ældre i Skagen Kommune.") == ["Skagen Kommune"]


def test_former_municipality_acting_or_in_a_header_is_no_place() -> None:
    assert areas("Skagen Kommune besluttede i 2005 at bygge en ny hal.") == []
    assert areas("Referat - Lyngby Taarbæk Kommune") == []


def test_municipality_of_today_keeps_its_own_rules() -> None:
    assert _former_municipalities("Sagen blev rejst af tidligere Holbæk Kommune.") == []
    assert areas("Ordningen gælder for ansatte i Holbæk Kommune.") == []
