"""Areas: a hamlet's name (OpenStreetMap place=hamlet in localities.tsv) that the text places inside
another town ("boliger ved Bøgelund i Skanderborg") names that town's street, hill or site, not the
hamlet: no hamlet lies inside a town. The town stays a place, and the same hamlet elsewhere keeps
its own reading."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.areas import find_areas
from socdoc.normalize import normalize


def areas(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    return [a.name for a in find_areas(norm, text, doc_with_ents(norm, ents or {}))]


def test_hamlet_name_inside_a_town_in_an_agenda_title_is_the_town_street() -> None:
    text = ("Dagsorden\n14. Høring: Forslag til lokalplan 41.07 - boligområde ved Bøgelund i Skanderborg\n"
            "15. Eventuelt\n")
    found = areas(text)
    assert "Bøgelund" not in found
    assert "Skanderborg" in found


def test_hamlet_name_inside_a_town_named_like_a_word_is_the_town_street() -> None:
    text = "Udvalget godkendte forslaget om 24 rækkehuse ved Duelund i Hammel til offentlig høring."
    found = areas(text)
    assert "Duelund" not in found
    assert "Hammel" in found


def test_hamlet_after_a_locative_stays_an_area() -> None:
    text = "Lokalrådet holder borgermøde i Kastbjerg om den nye cykelsti langs landevejen."
    assert "Kastbjerg" in areas(text)


def test_hamlet_before_i_and_a_common_word_stays_an_area() -> None:
    text = "Udvalget holdt møde i Kastbjerg i forbindelse med indvielsen af den nye legeplads."
    assert "Kastbjerg" in areas(text)
