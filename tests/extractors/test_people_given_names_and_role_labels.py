"""People: a lone given name that is a fuller name's
person, names that are part of a place's or group's name, any role word used as a label, and a role
heading over a name line that carries a party letter."""

from __future__ import annotations

from people_run import people


# A lone given name and a fuller name in the same text: one person.

def test_lone_given_name_joins_the_only_fuller_name_with_it() -> None:
    text = (
        "Til stede var Mona Kirk, Torben Ravnsholt og Ulla Bak.\n\n"
        "Afbud fra Torben og Signe.\n"
    )
    found = people(text, "Mona Kirk", "Torben Ravnsholt", "Ulla Bak", "Torben", "Signe")
    assert "Torben" not in found
    assert "Torben Ravnsholt" in found


def test_lone_given_name_that_is_a_middle_name_joins_its_person() -> None:
    text = "Oplæg ved rådmand Ida Frederikke Holst. Frederikke havde meldt afbud og kommer næste gang."
    found = people(text, "Ida Frederikke Holst", "Frederikke")
    assert "Frederikke" not in found
    assert found["Ida Frederikke Holst"].role == "rådmand"


# A name that is part of a place's, building's or group's name is no person.

def test_street_or_square_named_after_a_person_is_no_person() -> None:
    text = "Arbejdet på Karen Blichers Plads og Ole Rømers Allé går i gang til sommer, oplyser Eva Lund."
    found = people(text, "Karen Blichers", "Ole Rømers", "Eva Lund")
    assert set(found) == {"Eva Lund"}


def test_group_or_hall_named_after_a_person_is_no_person() -> None:
    text = (
        "Tegnestuen Anna Vinge Group vandt konkurrencen. Lån til Kong Frederik Hallerne blev godkendt.\n"
        "Ansøgning fra Per Nygaard Rogruppe om tilskud.\n"
    )
    found = people(text, "Anna Vinge Group", "Frederik Hallerne", "Per Nygaard")
    assert found == {}


def test_surname_that_is_also_a_place_word_stays() -> None:
    found = people("Mødet blev ledet af Per Gade, der takkede for fremmødet.", "Per Gade")
    assert "Per Gade" in found


# Any role word before a colon labels the name after it.

def test_board_list_with_role_labels() -> None:
    text = (
        "Konstituering\n"
        "Formand: Henrik Lyng\n"
        "Webmaster: Lise Bork\n"
        "Suppleant: Knud P. Rask\n"
    )
    found = people(text)
    assert found["Lise Bork"].role == "webmaster"
    assert found["Knud P. Rask"].role == "suppleant"


def test_election_lead_before_a_role_label() -> None:
    found = people("Godkendt.\n\nValg af ordstyrer: Birthe Kjær.\n\nNæste punkt.")
    assert found["Birthe Kjær"].role == "ordstyrer"


def test_capitalised_role_label_inside_a_line() -> None:
    text = "Sagsnr: 01.02.03-A00-1-20 Sagsansvarlig: Gitte Holm Jensen\n\nSagsfremstilling"
    found = people(text)
    assert found["Gitte Holm Jensen"].role == "sagsansvarlig"


def test_abbreviated_chair_label_in_committee_lists() -> None:
    text = "Kulturudvalg\n\nFmd.: Ole Friis (A)\n\nJytte Mørk (V)\n\nSocialudvalg\n\nFmd: Hanne Toft (V)\n"
    found = people(text)
    assert found["Ole Friis"].role == "formand"
    assert found["Ole Friis"].party == "A"
    assert found["Hanne Toft"].role == "formand"
    assert found["Jytte Mørk"].role is None


def test_photographer_label_gives_the_role_but_photo_credit_does_not() -> None:
    found = people("Billeder fra dagen.\n\nFotograf: Mikkel Brandt\n\nFoto: Sofie Krag\n")
    assert found["Mikkel Brandt"].role == "fotograf"
    assert found["Sofie Krag"].role is None


def test_plural_role_label_is_no_office() -> None:
    found = people("Medlemmer: Karin Bech, Jens Ulrik Lund\n")
    assert all(p.role is None for p in found.values())


# A role alone on the line above a name line that ends in a party letter.

def test_role_heading_over_a_name_with_its_party() -> None:
    text = "Posterne blev fordelt således:\n\nViceborgmester\n\nJonas Berg Lauritsen (V)\n\n \n\nØkonomiudvalg\n\nAnne Thy (A)\n"
    found = people(text)
    assert found["Jonas Berg Lauritsen"].role == "viceborgmester"
    assert found["Jonas Berg Lauritsen"].party == "V"
    assert found["Anne Thy"].role is None


# A role told after the name: a relative clause without its comma after a party letter, and an
# apposition with the owner of the office in the genitive.

def test_relative_clause_after_party_letter_without_comma() -> None:
    found = people("Vi må prioritere hårdt, siger Lene Vad (A) der er borgmester i Favrskov Kommune, til avisen.")
    assert found["Lene Vad"].role == "borgmester"
    assert found["Lene Vad"].party == "A"


def test_apposition_with_the_office_owner_in_the_genitive() -> None:
    text = "Det holder ikke, udtaler Rune Thygesen, Venstres sundhedsordfører.\n\nSagen fortsætter."
    found = people(text, "Rune Thygesen")
    assert found["Rune Thygesen"].role == "sundhedsordfører"
    found = people("Det mener Birte Holt, KL's direktør, om sagen.", "Birte Holt")
    assert found["Birte Holt"].role == "direktør"


def test_relative_clause_without_role_gives_none() -> None:
    found = people("Det siger Lene Vad (A) der er glad for aftalen.")
    assert found["Lene Vad"].role is None


# Flattened layouts: a byline word alone on its line, an acronym whose apostrophe was lost, a list's
# label run into its first name.

def test_byline_word_alone_on_the_line_above_the_name() -> None:
    found = people("Flere unge får job\n\nAf\nOlivia Brask\n\nLEDIGHED Antallet af unge faldt i år.")
    assert "Olivia Brask" in found
    found = people("Flere unge får job\n\nAf\nStatistik Aarhus\n\nAntallet faldt.")
    assert found == {}


def test_acronym_owner_whose_apostrophe_became_a_space() -> None:
    text = "Til stede var FOBO s direktør, Lene Krag og FOBO s økonomichef, Bent Hvid fra administrationen."
    found = people(text)
    assert found["Lene Krag"].role == "direktør"
    assert found["Bent Hvid"].role == "økonomichef"


def test_list_label_run_into_the_first_member() -> None:
    text = "Mødested: Lokale 2, Ebeltoft Medlemmer Dorthe Lind (F) Anders Kock (V) Mette Lau (A)"
    found = people(text)
    assert found["Dorthe Lind"].party == "F"
    assert found["Anders Kock"].party == "V"
    assert not any("Medlemmer" in name for name in found)


def test_role_in_brackets_closed_on_the_next_line() -> None:
    text = ("Deltagere:\n  • Lise Vang (A) - Deltog\n  • Ole Brix (afdelingschef for Plan\n  • Byg og Miljø) - Deltog\n\n"
            "Dagsorden")
    found = people(text)
    assert found["Ole Brix"].role == "afdelingschef"
    assert found["Lise Vang"].party == "A"
