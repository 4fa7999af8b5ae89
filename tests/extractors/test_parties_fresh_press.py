"""Parties and areas: families seen on press releases and news items from unseen publishers."""

from __future__ import annotations

from entity_views import party_names as names, area_names as areas


def test_listed_name_in_genitive_before_a_titled_noun_keeps_its_base_form() -> None:
    found = names("Avisen læste Rigspolitiets Tryghedsindeks for første gang i år.")
    assert found == ["Rigspolitiet"]


def test_centre_after_a_persons_title_is_the_employer_not_a_venue() -> None:
    text = "- Vi ser en fremgang, siger Mette Holm, analytiker ved Rigspolitiets Nationale Forebyggelsescenter."
    assert "Rigspolitiets Nationale Forebyggelsescenter" in names(text)


def test_centre_after_a_plain_locative_is_still_a_venue() -> None:
    assert names("Mødet holdes i år på Nordby Kulturcenter.") == []


def test_trade_magazine_cited_as_source_is_no_party() -> None:
    text = "Flere lejere er blevet trygge, skriver Fagbladet Boligen. Tallene kommer fra Justitsministeriet."
    assert names(text) == ["Justitsministeriet"]


def test_acronym_joined_to_a_plural_definite_noun_is_no_organisation() -> None:
    text = "Beboerne i SUB-områderne føler sig mere trygge end før, og SUB-områderne får flere betjente."
    assert "SUB-områderne" not in names(text)


def test_bare_kind_word_after_a_quantifier_is_no_party() -> None:
    text = "Borgerrepræsentationen godkendte planerne, og hvert Lokaludvalg fremlagde sin egen plan."
    assert names(text) == ["Borgerrepræsentationen"]


def test_police_district_written_with_small_politi() -> None:
    text = "I Fyns politi og hos Midt- og Vestsjællands politi steg trygheden."
    assert names(text) == ["Fyns Politi", "Midt- og Vestsjællands Politi"]


def test_place_genitive_before_politi_is_no_area() -> None:
    assert areas("Hos Københavns politi er tallet uændret, mens det i Odense steg.") == ["Odense"]


def test_tower_named_after_a_district_is_no_area() -> None:
    assert areas("Der er udsigt til en ny café ved Brønshøj Vandtårn, siger formanden.") == []


def test_two_listed_places_joined_by_a_hyphen_are_no_organisation() -> None:
    text = "Kommunen vil udvikle Tingbjerg-Husum til en grønnere bydel med flere stier."
    assert "Tingbjerg-Husum" not in names(text)


def test_two_names_sharing_a_plural_head_are_one_party() -> None:
    text = "Projektet fik i år bevillinger fra Aage og Emma Fondene til tre nye værksteder."
    found = names(text)
    assert "Aage og Emma Fondene" in found
    assert "Aage" not in found


def test_names_after_a_plural_kind_noun_are_parties() -> None:
    text = "Også udviklingsorganisationerne SOS Landsbyerne og Børnefonden har det problem."
    assert names(text) == ["SOS Landsbyerne", "Børnefonden"]


def test_press_release_sender_is_a_party() -> None:
    text = "Det sagde hun ifølge en kort pressemeddelelse fra Grønne Venner."
    assert names(text) == ["Grønne Venner"]
