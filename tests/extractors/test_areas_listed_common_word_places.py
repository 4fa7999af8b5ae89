"""Areas: a place whose name is also a common word counts inside a list of places."""

from __future__ import annotations

import socdoc


def areas(text: str) -> list[str]:
    return [a.name for a in socdoc.extract(text).areas]


def test_common_word_municipality_between_listed_places_is_a_place() -> None:
    text = "Også Holbæk, Horsens, Tårnby, Vejen, Vejle og Aalborg har fået støtte fra puljen i år."
    assert "Vejen" in areas(text)


def test_common_word_alone_stays_a_word() -> None:
    text = "Vejen til job er lang, siger borgmesteren i Vejle."
    assert "Vejen" not in areas(text)


def test_common_words_listed_without_places_stay_words() -> None:
    text = "Vi kører ud til Marken, Haven og Parken i weekenden."
    assert areas(text) == []


def test_a_place_inside_an_organisations_name_written_small_is_no_area() -> None:
    text = ("2. Status - Østsjællands beredskab - ØU\n"
            "Nordby Kommune besluttede i 2018 at udtræde af Østsjællands Beredskab.")
    assert "Østsjælland" not in areas(text)
