"""Areas: a capitalised noun for a kind of place or building ("Landsbyen", "Herregården") names no place."""

from __future__ import annotations

from entity_views import area_names as areas


def test_capitalised_noun_for_a_kind_of_place_is_no_area() -> None:
    text = "Vi mødes på pladsen kl. 9. Fælles afgang fra Landsbyen prøves arrangeret."
    assert areas(text) == []


def test_manor_noun_in_an_agenda_title_is_no_estate() -> None:
    text = "Pkt. Tekst Side 1 Budgetopfølgning 3 2 Herregården Tofte - fremtidigt tilskud 6 3 Årsregnskab"
    assert "Herregården" not in areas(text)


def test_estate_names_of_the_same_shape_stay() -> None:
    text = "Helhedsplanen dækker Kildegården, Solbyen og Bøgeparken i Holbæk."
    assert areas(text) == ["Kildegården", "Solbyen", "Bøgeparken", "Holbæk"]
