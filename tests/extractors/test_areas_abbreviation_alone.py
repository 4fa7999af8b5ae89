"""Areas: an abbreviated point of the compass ("i Ø og NV") or a village's abbreviated first word cut
from its name ("Sdr" of "Sdr. Omme") names no place on its own, even where the model tags it a place;
the full village name stays an area."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.areas import find_areas
from socdoc.normalize import normalize


def areas(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    return [a.name for a in find_areas(norm, text, doc_with_ents(norm, ents or {}))]


def test_abbreviated_compass_districts_are_no_areas() -> None:
    text = "Byrådet afsætter 30 mio. kr. til områdeløft af to kvarterer i Ø og SV i de kommende år."
    found = areas(text, {"Ø": "LOC", "SV": "LOC"})
    assert "Ø" not in found and "SV" not in found


def test_village_first_word_cut_from_its_name_is_no_area() -> None:
    text = "Der kommer nye genbrugspladser i Grindsted og Sdr. Omme til næste år."
    found = areas(text, {"Sdr": "LOC"})
    assert "Sdr" not in found
    assert "Grindsted" in found


def test_full_village_name_with_an_abbreviated_first_word_stays_an_area() -> None:
    text = "Borgerne i Sdr. Omme har samlet penge ind til en ny legeplads."
    assert "Sdr. Omme" in areas(text)
