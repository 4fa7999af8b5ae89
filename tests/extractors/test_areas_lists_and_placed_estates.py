"""Areas: lists of first names, areas named after a place, local newspapers, municipalities named
together by their plural, estates placed with "i" that also act, estate names in "-vænge"."""

from __future__ import annotations

import socdoc


def areas(text: str) -> list[str]:
    return [a.name for a in socdoc.extract(text).areas]


def test_first_name_list_after_a_label_is_no_village() -> None:
    text = "Referat af bestyrelsesmøde i landsbylauget\nTil stede: Bodil, Kaj, Mette\nAfbud: Svend, Ingelise\n"
    assert "Ingelise" not in areas(text)


def test_first_name_list_in_running_lines() -> None:
    text = "Fremmødte:\nHenning, Ingelise\nReferent: Kaj\n"
    assert "Ingelise" not in areas(text)


def test_village_after_a_named_place_in_a_title_stays() -> None:
    text = "7 Forslag til lokalplan for et rekreativt område ved Store Bjørn, Vestervig\n"
    assert "Vestervig" in areas(text)


def test_area_around_a_town_is_named_by_the_town() -> None:
    text = "Lokalrådet vil gerne arbejde tættere sammen med Hjortlund-området om nye stier og et fælles forsamlingshus."
    found = socdoc.extract(text).areas
    assert [a.name for a in found] == ["Hjortlund"]
    assert found[0].text == "Hjortlund-området"


def test_area_around_a_street_keeps_its_whole_name() -> None:
    text = "Indsatsen samles i Møllevej-området, hvor der bor mange børnefamilier."
    assert areas(text) == ["Møllevej-området"]


def test_town_in_a_local_newspapers_name_is_no_area() -> None:
    text = "Formanden fortalte om et interview i Dagbladet Ringsted den 3. maj, hvor han omtalte foreningens arbejde."
    assert "Ringsted" not in areas(text)


def test_municipalities_named_by_their_plural_are_no_towns() -> None:
    text = "Politiet arbejder tæt sammen med både Hillerød og Allerød kommuner om den forebyggende indsats."
    found = areas(text)
    assert "Hillerød" not in found and "Allerød" not in found


def test_municipalities_named_by_their_plural_after_i_are_places_by_name() -> None:
    text = "Der opføres i alt 120 nye almene boliger i Holbæk, Kalundborg og Sorø kommuner de kommende år."
    assert set(areas(text)) >= {"Holbæk", "Kalundborg", "Sorø"}


def test_estate_placed_with_i_stays_an_area_where_it_also_acts() -> None:
    text = (
        "Nyt projekt for unge i Værebro Park, Bagsværd\n\n"
        "Beboerne i Værebro Park har fået 50.000 kr. til en lektiecafé. "
        "Værebro Park inviterer alle til åbning af caféen i næste uge."
    )
    assert "Værebro Park" in areas(text)


def test_estate_name_ending_in_vaenge() -> None:
    text = "Helhedsplanen skal styrke trygheden for beboerne i Kirkevænge og i Nørrevænge i den nordlige bydel."
    found = areas(text)
    assert "Kirkevænge" in found and "Nørrevænge" in found


def test_new_bridge_after_a_village_prefix_is_no_place() -> None:
    text = "Ny Storstrømsbro med Vordingborg i baggrunden\n\nBroen åbner for trafik til sommer, og Vordingborg får en ny forbindelse."
    found = areas(text)
    assert "Ny Storstrømsbro" not in found and "Vordingborg" in found


def test_school_name_broken_over_two_lines_is_no_town() -> None:
    text = "Høring om sammenlægning af Ringsted\n\nSkole/Nørreskolen og Østskolen til én skole med tre afdelinger.\n"
    assert "Ringsted" not in areas(text)


def test_town_over_a_sentence_opening_with_a_building_stays() -> None:
    text = "Sommerens aktiviteter i Ringsted\nBiblioteket holder åbent hele juli med læseklub for børn.\n"
    assert "Ringsted" in areas(text)
