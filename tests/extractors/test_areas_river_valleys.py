"""Areas: a river valley named after a listed village ("Nordrup Ådal") is a place of its own."""

from __future__ import annotations

from entity_views import area_names as areas


def test_river_valley_after_a_locative() -> None:
    text = "Genoptagelse af sag om planlægning for vindmøller i Hevring Ådal Beslutning om udsættelse"
    assert areas(text) == ["Hevring Ådal"]


def test_river_valley_as_a_new_estate_name() -> None:
    text = "Den nye afdeling, der har fået navnet Lindenborg Ådal, indgår i en større udstykning."
    assert areas(text) == ["Lindenborg Ådal"]


def test_lower_case_valley_is_no_name() -> None:
    assert "Hevring Ådal" not in areas("Vi gik en tur gennem ådalen ved Hevring.")
