"""Parties: names that go on across "&" are one organisation, not two cut pieces."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


def test_company_name_goes_on_across_ampersand() -> None:
    text = (
        "Deltagere: Bo Lund (Skovby Vand & Varme A/S), Eva Holm (Vejdirektoratet). "
        "Bo kommer fra Skovby Vand og er ny i gruppen."
    )
    found = names(text, {"Skovby Vand": "ORG"})
    assert "Skovby Vand & Varme A/S" in found
    assert "Skovby Vand" not in found and "Varme A/S" not in found


def test_two_surnames_joined_by_ampersand_name_one_firm() -> None:
    text = "Huset er tegnet af arkitektfirmaet Holm & Brink og Larsen & Co. Arkitekter sammen med en ingeniør."
    found = names(text, {"Larsen & Co": "ORG"})
    assert "Holm & Brink" in found and "Larsen & Co. Arkitekter" in found
    assert "Holm" not in found and "Larsen & Co" not in found


def test_ampersand_tail_stops_before_a_person() -> None:
    text = "Mødet blev holdt med Teknik & Miljø Peter Hansen deltog fra forvaltningen."
    assert not any("Peter" in n for n in names(text))


def test_acronym_as_the_subject_of_an_acting_verb_is_a_party() -> None:
    text = (
        "Punkt 3. Budget for næste år. Indstilling: KU indstiller, at bestyrelsen godkender budgettet. "
        "Der var enighed om at HGF bør købe nye borde til salen."
    )
    found = names(text)
    assert "KU" in found and "HGF" in found


def test_initials_of_a_named_person_and_capitalised_common_nouns_are_no_party() -> None:
    text = (
        "Til stede: Bo Lund Hansen, Eva Holm. BLH orienterede om arbejdet i gruppen. "
        "IT skal se på hjemmesiden, og TV kan vise mødet."
    )
    found = names(text)
    assert "BLH" not in found and "IT" not in found and "TV" not in found


def test_municipality_a_member_stands_for_is_a_party() -> None:
    text = (
        "Deltagere: Inge Brandt (Skive Kommune), Ole Krag (Vejdirektoratet). "
        "Afbud: Lise Dam fra Tønder Kommune.\nFormanden bød velkommen."
    )
    found = names(text)
    assert "Skive Kommune" in found and "Tønder Kommune" in found


def test_municipality_only_as_a_place_stays_no_party() -> None:
    text = "Projektet gennemføres i Skive Kommune og afsluttes til sommer."
    assert "Skive Kommune" not in names(text)


def test_unit_a_person_comes_from_is_a_party() -> None:
    text = (
        "Mødet afholdes med Jens Krogh fra Kultur og Fritid den 3. maj. "
        "Hanne laver en aftale med Poul Erik Sandvad fra Teknik og miljø (veje og stier) om skiltene."
    )
    found = names(text)
    assert "Kultur og Fritid" in found and "Teknik og miljø" in found


def test_organisation_a_member_represents_is_a_party() -> None:
    text = "Til stede:\n\nKarin Holt – repr. for Skovlyst Idrætsforening\n\nJens Bak – repr. for Børne- og Ungehuset Skovlyst\n"
    found = names(text)
    assert "Børne- og Ungehuset Skovlyst" in found


def test_two_places_after_two_people_make_no_unit() -> None:
    text = "Anne Holm fra Skovlyst og Ole Berg fra Vestby deltog i mødet."
    assert not any(" og " in n for n in names(text))


def test_acronym_owning_a_thing_or_meeting_on_a_date_is_a_party() -> None:
    text = (
        "Godkendelse af dagsorden for KTU den 4. marts. "
        "Det skal undersøges, hvor NVF’s ledninger ligger, før der graves."
    )
    found = names(text)
    assert "KTU" in found and "NVF" in found


def test_fire_service_named_after_a_suspended_compound_is_one_party() -> None:
    text = "Punkt 7. Revideret ejerstrategi for Nord- og Vestjyllands Brand & Redning (ØK) godkendes."
    assert "Nord- og Vestjyllands Brand & Redning" in names(text)


def test_suspended_list_of_municipalities_is_not_joined_into_one_name() -> None:
    found = names("Samarbejdet mellem Odder-, Skanderborg- og Horsens Kommune fortsætter, siger borgmesteren.")
    assert not any(n.startswith("Odder-") for n in found)


def test_company_form_as_belongs_to_the_name() -> None:
    text = "Det er Holm Byg, der har opført huset, og Berg Nielsen Arkitekter AS, der har tegnet det."
    assert "Berg Nielsen Arkitekter AS" in names(text)


def test_suspended_compound_without_a_space_after_its_hyphen_is_one_committee() -> None:
    found = names("Det oplyser formand for Miljø-og teknikudvalget Per Lund.")
    assert "Miljø-og teknikudvalget" in found and "Teknikudvalget" not in found
