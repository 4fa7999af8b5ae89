"""An item heading that calls itself an item ("Punkt 3 …") right under an empty label ("Lokation:"),
a decision label glued to the end of the recommendation's last sentence ("… 2016.Beslutning") with
the decision on the next line, and bodies after people's names in a flattened member list
("Søren Strandgaard Naturstyrelsen").

All texts are written for these tests."""

from __future__ import annotations

import socdoc
from entities_run import parties
from people_run import people
from tests.extractors.minutes_run import run


def outcomes(raw: str) -> list[tuple[int | None, str, str]]:
    return [(d.item, d.outcome, d.text) for d in run(raw).decisions]


# --- "Punkt N" under an empty label ---------------------------------------------------------------

ITEM_WORD_UNDER_EMPTY_LABEL = """Boligudvalget - 12-03-2019

Referat
Dato:
Tirsdag, 12 marts, 2019 - 17:00
Hent som fil:
Lokation:

Punkt 3 Godkendelse af dagsorden

Sagsresumé
Indstillinger

Sekretariatet indstiller


Beslutning i Boligudvalget den 12-03-2019

Godkendt.

Punkt 4 Status på helhedsplanen for Nordparken

Sagsresumé

Udvalget orienteres om tre spor:

1.  Nye familieboliger

2.  Bedre udearealer

3.  Et nyt beboerhus


Beslutning i Boligudvalget den 12-03-2019

Taget til efterretning.
"""


def test_an_item_named_by_the_word_punkt_under_an_empty_label_is_an_item() -> None:
    found = outcomes(ITEM_WORD_UNDER_EMPTY_LABEL)
    assert (3, "approved", "Godkendt.") in found
    assert (4, "noted", "Taget til efterretning.") in found


def test_a_numbered_list_in_the_next_item_stays_a_list() -> None:
    assert [item for item, _, _ in outcomes(ITEM_WORD_UNDER_EMPTY_LABEL)] == [3, 4]


# --- a decision label glued to the end of a sentence ----------------------------------------------

GLUED_LABEL = """Idrætsrådet

Tirsdag den 14-03-2017 kl. 17:30

12. Godkendelse af Idrætsrådets protokol
18.14A00 - 2017/01120

Sagsfremstilling
Protokollen fra mødet den 10. januar 2017 skal godkendes.

Administrationens indstilling
Administrationen indstiller til Idrætsrådet:

 1. at godkende protokollen fra mødet den 10. januar 2017.Beslutning
Godkendt.

13. Fordeling af haltider for sæsonen 2017/2018
18.14A00 - 2017/01121

Sagsfremstilling
Haltiderne fordeles efter de vedtagne principper.

Administrationens indstilling
Administrationen indstiller, at fordelingen godkendes.Beslutning
Godkendt med en enkelt ændring.
"""


def test_a_label_glued_to_a_sentence_end_opens_the_decision() -> None:
    found = outcomes(GLUED_LABEL)
    assert (12, "approved", "Godkendt.") in found
    assert (13, "approved", "Godkendt med en enkelt ændring.") in found


def test_a_label_inside_a_line_is_no_heading() -> None:
    raw = GLUED_LABEL.replace("2017.Beslutning\nGodkendt.", "2017. Beslutningen træffes i juni.")
    assert [item for item, _, _ in outcomes(raw)] == [13]


# --- bodies after people's names in a flattened member list --------------------------------------

MEMBER_RUN = ("Følgegruppe: Anne Lund Rasmussen Naturstyrelsen Kim V. Thomsen Nordby Kommune "
              "Peter Thor Andersen Øhavsmuseet Christian Pedersen Kristian Grønbæk Andersen Dansk Skovforening\n")


def test_a_body_after_a_listed_person_is_named_without_the_person() -> None:
    found = parties(MEMBER_RUN)
    assert {"Naturstyrelsen", "Øhavsmuseet", "Dansk Skovforening"} <= set(found)
    assert not any("Andersen" in name or "Rasmussen" in name for name in found)


def test_a_body_after_a_person_in_prose() -> None:
    found = parties("Til mødet kom Søren Strandgaard Naturstyrelsen og Peter Thor Andersen Øhavsmuseet.\n")
    assert {"Naturstyrelsen", "Øhavsmuseet"} <= set(found)


def test_a_firm_named_by_its_founder_keeps_the_name() -> None:
    found = parties("Kaffen leveres af Peter Larsen Kaffe A/S, og lejemålet ejes af Claus Sørensen Ejendomme.\n")
    assert {"Peter Larsen Kaffe A/S", "Claus Sørensen Ejendomme"} <= set(found)


# --- a director named before the firm he heads -----------------------------------------------------

DIRECTOR = "Udvalget valgte direktør Jan Boye Rasmussen Elplatek A/S til formand.\n"


def test_a_director_before_his_firm_is_no_part_of_its_name() -> None:
    found = parties(DIRECTOR)
    assert "Elplatek A/S" in found
    assert not any("Rasmussen" in name for name in found)


def test_the_firm_after_a_director_is_no_part_of_his_name() -> None:
    found = people(DIRECTOR)
    assert "Jan Boye Rasmussen" in found
    assert found["Jan Boye Rasmussen"].role == "direktør"


# --- a committee's field written as a capitalised list ----------------------------------------------

def test_a_committees_capitalised_field_list_is_part_of_its_name() -> None:
    found = parties("Sagen behandles i Udvalget for Regional Udvikling, Uddannelse, Kollektiv Trafik og "
                    "Internationalt Samarbejde.\n")
    assert "Udvalget for Regional Udvikling, Uddannelse, Kollektiv Trafik og Internationalt Samarbejde" in found


def test_a_committees_lower_case_field_list_is_part_of_its_name() -> None:
    found = parties("Eva Holm, formand for Udvalget for regional udvikling, uddannelse, kollektiv trafik og "
                    "internationalt samarbejde, glæder sig.\n")
    assert "Udvalget for regional udvikling, uddannelse, kollektiv trafik og internationalt samarbejde" in found


def test_another_body_after_og_is_no_part_of_the_field() -> None:
    found = parties("Mødet blev holdt i Rådet for Etniske Minoriteter og Frivilligrådet.\n")
    assert {"Rådet for Etniske Minoriteter", "Frivilligrådet"} <= set(found)


def test_names_after_a_committee_are_no_part_of_its_field() -> None:
    found = parties("Udvalget for Teknik, Bo Dam og Eva Holm mødtes på rådhuset.\n")
    assert "Udvalget for Teknik" in found


# --- a flattened members list with each member's organisation after a comma -------------------------

FLATTENED_MEMBERS = ("1 Referat Bestyrelsesmøde hos Nordby Trafikselskab 14. november 2008\n\n"
                     "2 Referat Bestyrelsesmøde den 14. november 2008 Deltagere Eva Holm, Aalborg Kommune Bo Dam, "
                     "Region Nordjylland Kim Lund i stedet for Ib Berg, Thisted Kommune Lise Krog, NT Ole Vang, NT "
                     "(punkt 2) Afbud Jens Mark, Hjørring Kommune Pkt. Tekst Side 1 Godkendelse af referat 2 "
                     "Meddelelser\n\n3 1. Godkendelse af referat\nReferatet blev godkendt.\n")


def test_members_with_their_organisations_after_commas_are_read_as_a_list() -> None:
    meeting = socdoc.extract(FLATTENED_MEMBERS).meeting
    assert meeting is not None
    assert [p.name for p in meeting.participants] == ["Eva Holm", "Bo Dam", "Kim Lund", "Lise Krog", "Ole Vang"]
    assert meeting.absent == ["Jens Mark"]
