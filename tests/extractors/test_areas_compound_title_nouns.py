"""Areas: a compound verbal noun that opens a title ("Boligudvikling", "Målopfyldelse") is no part of
the estate's name after it."""

from __future__ import annotations

from entity_views import area_names as areas


def test_compound_verbal_noun_before_an_estate() -> None:
    text = "Du er her: Forside By og Bolig Boligudvikling Kildeparken"
    assert areas(text) == ["Kildeparken"]


def test_compound_verbal_noun_in_a_run_on_heading() -> None:
    text = "Fakta om helhedsplanen: Sammen om fremtiden Målopfyldelse Nordbyen Uddrag af analysen"
    assert areas(text) == ["Nordbyen"]


def test_simple_verbal_noun_keeps_working() -> None:
    assert areas("Renovering Egeparken - anlægsbevilling") == ["Egeparken"]
