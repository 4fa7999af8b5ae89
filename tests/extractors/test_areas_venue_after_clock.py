"""Areas: buildings and institutions named where an estate could stand: an unlisted estate-shaped name right
after the meeting's clock time, and a name opening with an institution's kind word."""

from __future__ import annotations

from entity_views import area_names as areas


def test_building_after_clock_time_in_meeting_header_is_no_area() -> None:
    text = "ØKONOMIUDVALGET Tirsdag den 9. marts 2021 Kl. 14.00 Egebjerggården i Hillerød, mødelokale 2. Møde nr. 3\n"
    assert areas(text) == ["Hillerød"]


def test_building_after_clock_word_without_hour_is_no_area() -> None:
    text = "ØKONOMIUDVALGET Tirsdag den 9. marts 2021 Kl Egebjerggården i Hillerød, mødelokale 2. Møde nr. 3\n"
    assert areas(text) == ["Hillerød"]


def test_estate_elsewhere_in_the_text_stays() -> None:
    text = "Boligselskabet fortalte om helhedsplanen i Egebjerggården, hvor 200 lejligheder renoveres.\n"
    assert areas(text) == ["Egebjerggården"]


def test_name_opening_with_institution_word_is_no_area() -> None:
    text = "Status på byggerierne\n\nBørnehuset Egehøj\n\nByggeriet forløber efter planen, og huset tages i brug til sommer.\n"
    assert areas(text) == []
