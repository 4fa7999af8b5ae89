"""A one-word name whose part after the hyphen is a common word in small letters names a thing after its
first part ("i Skype-møde"), not a place; a place noun there keeps the place ("Toveshøj-kvarteret"), and a
capital keeps a joined place name ("Lyngby-Taarbæk")."""

from __future__ import annotations

import socdoc


def areas(text: str) -> list[str]:
    return [a.name for a in socdoc.extract(text).areas]


def test_meeting_held_online_is_no_place() -> None:
    assert areas("Mødet holdes den 9. februar 2021 kl. 17:00\ni Teams-møde\n") == []


def test_place_noun_after_the_hyphen_stays_a_place() -> None:
    assert "Rosenhøj-kvarteret" in areas("Beboerne i Rosenhøj-kvarteret har fået et nyt medborgerhus.")


def test_capitalised_part_after_the_hyphen_stays_a_place() -> None:
    assert "Nørre-Nebel" in areas("Borgerne i Nørre-Nebel fik besøg af borgmesteren.")


def test_abbreviation_and_full_form_keep_the_texts_dash() -> None:
    text = "Undersøgelsen er lavet af VIVE – Det Nationale Forsknings- og Analysecenter for Velfærd i 2021."
    assert [p.name for p in socdoc.extract(text).parties] == [
        "VIVE – Det Nationale Forsknings- og Analysecenter for Velfærd"]


def test_second_half_of_a_suspended_compound_is_no_place() -> None:
    assert areas("Konstitueringer i Bo- og Støttekorpset Egely er godkendt.") == []


def test_municipality_closing_a_suspended_list_stays_a_place() -> None:
    found = areas("Projekterne ligger i Morsø-, Thisted- og Lemvig Kommune.")
    assert "Lemvig Kommune" in found


def test_town_named_like_a_template_heading_is_no_place() -> None:
    import socdoc
    text = ("Problemstilling\n\nLokaludvalget skal drøfte referatet.\n\nLøsning\n\nReferater\n\n"
            "Referatet drøftes.\n")
    assert "Løsning" not in [a.name for a in socdoc.extract(text).areas]


def test_town_alone_among_other_towns_stays_a_place() -> None:
    import socdoc
    text = "Deltagere fra byerne:\n\nLøsning\n\nHedensted\n\nJuelsminde\n"
    assert "Løsning" in [a.name for a in socdoc.extract(text).areas]


def test_common_compound_after_a_locative_in_a_run_on_title_is_no_place() -> None:
    import socdoc
    text = "Fastsættelse af mødedato og tidspunkt i Orienteringssager\n\n2 1. Vestby Boldklub søger om tilskud\n"
    assert "Orienteringssager" not in [a.name for a in socdoc.extract(text).areas]


def test_village_shaped_name_after_a_locative_stays_a_place() -> None:
    import socdoc
    names = [a.name for a in socdoc.extract("Vi holder møde i Frølunde og i Tøndermarsken i morgen.").areas]
    assert "Frølunde" in names
