"""Focus areas: a weak list noun counted in digits at a paragraph's end ("… behov for 3 spor.") is a
school's classes per year or a road's lanes, not a strategy's tracks; the headlines below are news items."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


def test_digit_counted_tracks_closing_a_paragraph_open_no_titles() -> None:
    text = ("Byrådet har bevilget 12,5 mio. kroner til at udvide Nordby Skole. Skolen er i dag 2-sporet, "
            "men om få år bliver der brug for 3 spor.\n"
            "Byrådsmødet, onsdag 4. juni, punkt 7\n\n"
            "Ny belysning på stationspladsen\n\n"
            "Vestby Kommune\n")
    assert focus(text) == []


def test_tracks_counted_in_words_closing_a_paragraph_still_open_titles() -> None:
    text = ("Strategien for ungeområdet består af tre spor.\n\n"
            "Flere unge i uddannelse\n\nVi vil hjælpe flere unge videre efter folkeskolen.\n\n"
            "Trivsel i fritiden\n\nKlubber og foreninger skal nå flere unge.\n\n"
            "Tryghed i boligområderne\n\nVi styrker samarbejdet med politi og boligselskaber.\n")
    assert focus(text) == ["Flere unge i uddannelse", "Trivsel i fritiden", "Tryghed i boligområderne"]
