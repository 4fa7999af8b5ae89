"""A meeting's address whose town runs into the first member's name on a flattened page, and a minister's
portfolio of several fields written with commas, as the ministries' gazetteer has it."""

from __future__ import annotations

from people_run import people

from socdoc.api import extract

HEADER = ("1 Referat tirsdag den 7. marts 2023 Kl. 16:00 i Mødelokale 3, Torvevej 2, 4320, Allerslev Hanne Dahl (A)\n\n"
          "2 Indholdsfortegnelse 1. Godkendelse af dagsorden\n\n3 Beslutning: Godkendt. Hanne Dahl (A)\n")


def test_the_address_town_is_no_part_of_the_members_name() -> None:
    assert "Hanne Dahl" in people(HEADER)
    assert not any("Allerslev" in name for name in people(HEADER))


def test_the_meeting_place_ends_before_the_member() -> None:
    assert extract(HEADER).meeting.location == "Mødelokale 3, Torvevej 2, 4320, Allerslev"


def test_a_portfolio_with_commas_after_the_party_letter() -> None:
    found = people("Det giver en håndsrækning, siger Carsten Holm (S), minister for by, bolig og landdistrikter.\n")
    assert found["Carsten Holm"].role == "minister for by, bolig og landdistrikter"


def test_a_portfolio_with_commas_before_the_verb() -> None:
    found = people("Kommunerne kan bruge midlerne, har Eva Brix, minister for børn, undervisning og ligestilling "
                   "meddelt borgmestrene i dag.\n")
    assert found["Eva Brix"].role == "minister for børn, undervisning og ligestilling"


def test_a_farm_surname_ends_the_name_though_a_common_word() -> None:
    assert "Claus Løwe Klostergård" in people("Stedfortræder Claus Løwe Klostergård deltog i mødet.\n")


def test_a_case_files_label_run_on_after_the_caseworker_is_no_part_of_the_name() -> None:
    found = people("Sagsbehandler: Ann Tenis Sagsnr.: 12/3456\n")
    assert "Ann Tenis" in found and not any("Sagsnr" in name for name in found)


def test_a_role_in_apposition_after_blandt_andet() -> None:
    found = people("Rådets nye medlemmer:\n\n  • Ulrik Madsen, bl.a. tryghedsmedarbejder\n  • Eva Holm, bl.a. formand "
                   "for Nordby Boligforening\n", "Ulrik Madsen", "Eva Holm")
    assert found["Ulrik Madsen"].role == "tryghedsmedarbejder" and found["Eva Holm"].role == "formand"


def test_a_compound_role_in_the_definite_form_takes_the_usual_form() -> None:
    found = people("Det mener næstformanden i Kommunernes Landsforening (KL), Erik Fabrin.\n")
    assert found["Erik Fabrin"].role == "næstformand"
    assert people("Det siger viceborgmesteren, Bo Hansen.\n")["Bo Hansen"].role == "viceborgmester"


def test_a_known_surname_in_the_genitive_before_a_noun_is_the_name() -> None:
    found = people("Han henviste til uddannelsesordfører fra Liberal Alliance Henrik Dahls kommentar om økonomien.\n")
    assert "Henrik Dahl" in found and "Henrik Dahls" not in found
