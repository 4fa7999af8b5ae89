"""Parties: who sends, applies or comes "fra" an organisation, and the shapes that look like
parties without being one (ballot letters in a list, a standard's number, a surname, a person in
a list of names, a page's English furniture, a centre that is the meeting's venue)."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


def test_ballot_letters_listed_after_partierne_are_no_parties() -> None:
    found = names("Der blev afgivet en fælles mindretalsudtalelse fra partierne B, F og Ø til punkt 12.")
    assert not [n for n in found if len(n) == 1]


def test_standard_number_after_issuer_letters_is_no_union() -> None:
    found = names("Rampen skal overholde kravene i \"Tilgængelighed for alle\" (DS 3028:2001).")
    assert "DS" not in found and "Dansk Socialrådgiverforening" not in found


def test_union_abbreviation_without_standard_number_is_still_a_party() -> None:
    found = names("DS kritiserer i dag kommunens nye sagsbehandlingssystem for socialrådgiverne.")
    assert found


def test_surname_after_first_name_read_as_organisation_is_dropped() -> None:
    text = "Journalnr.: 12.34.56-A00-1-22 Sagsbehandler: Nora Thalund\n\nBesøg på plejehjemmet."
    assert "Thalund" not in names(text, {"Thalund": "ORG"})


def test_person_among_listed_people_is_no_organisation() -> None:
    text = "Til mødet kom Amir Hassan, Leyla Tekin, Omar Nuri og Sara Lind fra beboerhuset."
    found = names(text, {"Amir Hassan": "PER", "Leyla Tekin": "ORG", "Omar Nuri": "PER", "Sara Lind": "PER"})
    assert "Leyla Tekin" not in found


def test_english_skip_links_are_page_furniture() -> None:
    text = "Skip to content Skip to main navigation\n\nReferat af bestyrelsesmødet i Landsbyrådet"
    assert "Skip" not in names(text, {"Skip": "ORG"})


def test_activity_centre_on_the_venue_line_is_no_party() -> None:
    text = (
        "Mødedato: 3. marts 2015\nMødested: Lindely Bo- og Aktivitetscenter, Lindevej 4, Nordby\n\n"
        "Handicaprådet holdt mødet på Lindely Bo- og Aktivitetscenter, hvor lederen viste rundt."
    )
    assert not [n for n in names(text) if "Aktivitetscenter" in n]


def test_school_after_fra_is_a_party() -> None:
    found = names("Dagsorden\n 3. Brev fra Bakkely Skole om nye skoledistrikter.\n 4. Eventuelt")
    assert "Bakkely Skole" in found


def test_kind_of_school_after_fra_is_no_party() -> None:
    found = names("Eleverne kommer fra Folkeskolen og fra skolen i nabobyen.")
    assert not [n for n in found if "kole" in n]


def test_municipality_giving_a_grant_acts() -> None:
    found = names("Foreningen håber at få tilskud fra Vesthimmerlands Kommune til den nye legeplads.")
    assert "Vesthimmerlands Kommune" in found


def test_municipality_moved_from_is_a_place() -> None:
    found = names("Familien flyttede sidste år fra Vesthimmerlands Kommune til Aalborg.")
    assert "Vesthimmerlands Kommune" not in found


def test_organisation_a_named_person_comes_from_is_a_party() -> None:
    found = names("På mødet fortalte Jakob Friis fra GrønVækst om de nye træer langs stien.")
    assert "GrønVækst" in found


def test_applicant_acronym_after_sender_noun_is_a_party() -> None:
    found = names("Punkt 4. Ansøgning fra NIF om opsætning af nye lysmaster ved banen.")
    assert "NIF" in found


def test_town_political_party_and_person_after_fra_are_no_parties() -> None:
    assert names("Mette Holm fra Roskilde fortalte om sine erfaringer.") == []
    assert "Venstre" not in names("Bo Hansen fra Venstre stemte imod forslaget.")


def test_name_after_fra_stops_before_next_person_and_common_words() -> None:
    found = names("Gæster: Lise Krogh fra KAB Økonomisk konsulent Peter Dam")
    assert "KAB Økonomisk" not in found


def test_delegation_label_fra_names_the_organisation() -> None:
    text = "Deltagere: Fra Lyngby Boligselskab: Hanne Vestergaard. Fra Ravnsbo: Per Mikkelsen (formand)"
    found = names(text)
    assert "Lyngby Boligselskab" in found and "Ravnsbo" in found


def test_definite_council_after_its_place_led_name_is_the_same_party() -> None:
    text = (
        "Formanden indstiller til Nørrebro Lokaludvalg, at lokaludvalget bevilger 20.000 kr. til en "
        "gadefest. Lokaludvalget tiltrådte indstillingen."
    )
    found = names(text)
    assert "Nørrebro Lokaludvalg" in found and "Lokaludvalget" not in found


def test_definite_council_before_and_after_the_one_named_council_is_that_council() -> None:
    text = (
        "Seniorrådet drøftede budgettet for næste år.\n\n"
        "7. Valg til Nordby Seniorråd\nSeniorrådet besluttede at holde valgmøde i marts."
    )
    assert names(text) == ["Nordby Seniorråd"]


def test_national_federation_keeps_apart_from_the_local_council() -> None:
    text = "Danske Ældreråd holder landsmøde i maj. Ældrerådet sender to medlemmer af sted."
    found = names(text)
    assert "Ældrerådet" in found
