"""Areas: an estate-shaped one-word name whose compound head is an institution ("-børnehaven",
"-hjemmet", "-centret") is a building, and a name known to no gazetteer after a person's title and
"i" ("direktør i Ecco") is the firm the person works in."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.areas import find_areas
from socdoc.normalize import normalize


def areas(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    return [a.name for a in find_areas(norm, text, doc_with_ents(norm, ents or {}))]


def test_kindergarten_compound_in_an_agenda_title_is_no_area() -> None:
    text = ("Dagsorden\n12. Orientering om budget 2024\n13. Evaluering af lukningen af Skovbørnehaven\n"
            "14. Eventuelt\n")
    assert "Skovbørnehaven" not in areas(text)


def test_home_and_centre_compounds_are_no_areas() -> None:
    text = ("Udvalget bevilgede 200.000 kr. til ombygning i Lindehjemmet. "
            "Desuden blev der afsat midler til Kulturcentret i Nordby.")
    found = areas(text, {"Lindehjemmet": "LOC", "Kulturcentret": "LOC"})
    assert "Lindehjemmet" not in found and "Kulturcentret" not in found


def test_estate_with_a_garden_ending_stays_an_area() -> None:
    text = "Boligselskabet har søgt om skema B for renoveringen af boligområdet Rosenhaven."
    assert "Rosenhaven" in areas(text)


def test_unlisted_name_after_a_title_and_i_is_the_firm() -> None:
    text = "Direktør i Ecco, Lone Mikkelsen, glæder sig over aftalen med kommunen."
    assert "Ecco" not in areas(text)


def test_unlisted_village_after_a_plain_locative_stays() -> None:
    text = "Byrådet har vedtaget en lokalplan for nye boliger i Saksild."
    assert "Saksild" in areas(text)


def test_listed_town_after_a_title_and_i_stays() -> None:
    text = "Det siger borgmester i Nyborg, Kenneth Holm, om de nye boliger."
    assert "Nyborg" in areas(text)
