"""Areas: a service's abbreviation in the definite, a council's own policy before its municipality, a
world region abroad and a town before the name of its hall or theatre are no places."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.areas import find_areas
from socdoc.normalize import normalize


def areas(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    return [a.name for a in find_areas(norm, text, doc_with_ents(norm, ents or {}))]


def test_an_abbreviation_in_the_definite_is_a_service_not_a_place() -> None:
    text = "Der bliver brug for flere timer i SFO'en, og Nordby får en ny hal."
    assert "SFO'en" not in areas(text, {"SFO'en": "LOC"})


def test_an_abbreviation_in_the_plural_definite_is_no_place_either() -> None:
    text = "Åbningstiderne i GFO'erne ændres fra august."
    assert areas(text, {"GFO'erne": "LOC"}) == []


def test_an_abbreviation_without_an_ending_is_left_to_the_other_rules() -> None:
    text = "Beboerne i Nordby mødtes med PPR om trivsel."
    assert "Nordby" in areas(text, {"Nordby": "LOC"})


def test_a_policy_titled_for_a_municipality_names_the_council() -> None:
    text = "Punkt 4: Forslag til Idrætspolitik i Svendborg Kommune\n\nUdvalget godkendte forslaget."
    assert "Svendborg Kommune" not in areas(text)


def test_a_strategy_for_a_municipality_names_the_council() -> None:
    text = "Vækst og velfærd. Erhvervsstrategi for Holstebro Kommune 2024-2030."
    assert "Holstebro Kommune" not in areas(text)


def test_a_procedure_heading_names_the_council() -> None:
    text = "Procedure i Vordingborg Kommune\n\nSagen blev taget til efterretning."
    assert "Vordingborg Kommune" not in areas(text)


def test_the_definite_policy_in_running_prose_may_name_the_place() -> None:
    text = "Alle foreninger bidrog til idrætspolitikken i Svendborg Kommune, og mange borgere deltog."
    assert "Svendborg Kommune" in areas(text)


def test_a_policy_title_keeps_the_place_named_elsewhere() -> None:
    text = ("Forslag til Seniorpolitik i Svendborg Kommune.\n"
            "Der bor flere ældre borgere i Svendborg Kommune end for ti år siden.")
    assert "Svendborg Kommune" in areas(text)


def test_a_world_region_is_no_area() -> None:
    text = "Fonden støtter vandprojekter i Vestafrika og nødhjælp i Caribien, og en klub i Nordby."
    found = areas(text, {"Vestafrika": "LOC", "Caribien": "LOC", "Nordby": "LOC"})
    assert "Vestafrika" not in found and "Caribien" not in found
    assert "Nordby" in found


def test_a_town_before_its_theatre_names_the_building() -> None:
    text = "Kulturudvalget: Ribe Teater, regnskab 2023 og budget 2024."
    assert "Ribe" not in areas(text, {"Ribe": "LOC"})


def test_a_town_before_its_youth_house_names_the_building() -> None:
    text = "Nyt samarbejde med Skjern Ungdomshus om aftenåbent."
    assert "Skjern" not in areas(text, {"Skjern": "LOC"})


def test_a_town_in_the_same_text_as_a_place_stays() -> None:
    text = "Mange unge i Skjern bruger Skjern Ungdomshus om aftenen."
    assert "Skjern" in areas(text, {"Skjern": "LOC"})
