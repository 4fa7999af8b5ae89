"""Areas: villages and hamlets below postal-district level (localities.tsv, from OpenStreetMap) count
where listed villages count, and the places of a member list that names each person with their village."""

from __future__ import annotations

from entity_views import area_names as areas
from socdoc.lang.da.gazetteers import load_gazetteers


def test_locality_list_holds_hamlets_but_no_common_words_or_names() -> None:
    names = {p.name for p in load_gazetteers().localities}
    assert {"Kirketerp", "Træden", "Anbæk"} <= names
    assert not names & {"Lunden", "Sig", "Lem", "Skals", "Søndergård"}  # common words, farm names
    assert not {p.name for p in load_gazetteers().towns} & names  # no name of another gazetteer


def test_locality_after_a_locative_word_is_a_place() -> None:
    assert "Hammerholm" in areas("Kommunen kloakerer et nyt boligområde i Hammerholm til foråret.")
    assert "Træden" in areas("Forsyningen lægger et nyt opland ind i spildevandsplanen ved Træden.")


def test_locality_closing_an_agenda_title_is_a_place() -> None:
    assert "Kirketerp" in areas("Dagsorden\n118. Godkendelse af skema C, Kirketerp\n119. Eventuelt\n")


def test_locality_is_no_place_in_running_text_without_a_locative() -> None:
    assert "Kirketerp" not in areas("Kirketerp har skrevet et brev til udvalget om vejen.")


def test_member_list_of_people_and_their_villages_names_places() -> None:
    text = ("Landsbyrådet\nDeltagere: Henning Madsen, Ryslinge, Erik Nielsen, Stensved, "
            "Claus Holm, Anbæk, Jesper Berg, Hvidkilde\n\nDagsorden\n1. Godkendelse\n")
    found = areas(text)
    assert {"Ryslinge", "Stensved", "Anbæk"} <= set(found)


def test_member_list_of_people_and_their_roles_or_bodies_names_no_place() -> None:
    text = "Deltagere: Henning Madsen, Formand, Erik Nielsen, Kasserer, Claus Holm, Lejerbo\n"
    assert areas(text) == []


def test_locality_named_with_its_noun_by_is_a_place_without_a_locative() -> None:
    assert "Kirketerp" in areas("Byrådet bevilger penge til at føre åen gennem Kirketerp By i år.")


def test_locality_before_a_capitalised_institution_word_names_the_institution() -> None:
    text = "Der mangler pladser på Anbæk Pleje- og rehabiliteringscenter i vinter."
    assert "Anbæk" not in areas(text)
