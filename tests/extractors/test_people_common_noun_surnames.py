"""A surname that is also a common noun ("Fisker", "Klerke") stays in the name when the sentence
goes on with its verb after it; a heading run on after a name on a case page is still cut off; a number
glued before a title is no part of the role."""

from __future__ import annotations

import socdoc


def names_roles(text: str) -> list[tuple[str, object]]:
    return [(p.name, p.role) for p in socdoc.extract(text).people]


def test_common_noun_surname_before_the_verb() -> None:
    assert names_roles("Jens Ulbøe Fisker glæder sig over den nye hal.") == [("Jens Ulbøe Fisker", None)]


def test_common_noun_surname_in_an_apposition() -> None:
    text = ("Formand for Socialudvalget i Region Nordby, Jens Aagaard Fisker, glæder sig over, at regionsrådet "
            "har prioriteret ekstra midler.")
    assert names_roles(text) == [("Jens Aagaard Fisker", "formand")]


def test_heading_after_a_name_is_still_cut() -> None:
    assert names_roles("Sagsbehandler: Eva Holm Nielsen Lovgrundlag Lov om social service") == [
        ("Eva Holm Nielsen", "sagsbehandler")]


def test_number_glued_before_a_title_is_no_part_of_the_role() -> None:
    # a photo's number run into the caption's title; "2. viceborgmester" is a viceborgmester ranked second
    assert names_roles("Foto: Ane Holm 2Beskæftigelsesminister Ane Holm (S) understregede, at uddannelse er vigtig.") == [
        ("Ane Holm", "beskæftigelsesminister")]
    assert names_roles("2. viceborgmester Hans Dal (V) sagde ja.") == [("Hans Dal", "viceborgmester")]


def test_two_headings_run_on_after_a_name_are_cut() -> None:
    text = "Område: Sekretariatet - Sagsbeh: Rita Holmbjerg Lovgrundlag Lov om kommunernes styrelse."
    assert names_roles(text) == [("Rita Holmbjerg", "sagsbehandler")]
    assert names_roles("Anne Smed Hansen blev valgt.") == [("Anne Smed Hansen", None)]
