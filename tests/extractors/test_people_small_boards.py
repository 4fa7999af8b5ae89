"""Small boards' minutes: a role label before a first name alone ("Referent: Eva", no person: a name
of one word is no person fact), an office held ("bestred posten som næstformand") and a person's
double first name as a later short mention."""

from __future__ import annotations

from people_run import people


_MINUTES = (
    "Bestyrelsesmøde i Beboerforeningen\n"
    "Til stede: Ulla, Kasper, Birgit, Hanne, Mogens\n"
    "Referent: Kasper\n\n"
    "1. Sommerfest\n"
    "Birgit undersøger priser på telt.\n"
)


def test_role_label_before_a_first_name_alone_makes_no_person() -> None:
    found = people(_MINUTES)
    assert "Kasper" not in found and "Ulla" not in found
    assert not any(name.startswith("Referent") for name in found)


def test_office_held_after_the_name() -> None:
    text = "Da Vagn Ellehøj bestred posten som kasserer, skal der vælges en ny."
    assert people(text, "Vagn Ellehøj")["Vagn Ellehøj"].role == "kasserer"


def test_later_mention_by_the_double_first_name_joins_the_person() -> None:
    text = "Deltagere: Hans Henrik Bruun, Lone Vest\n\nLone aftaler nærmere med Hans Henrik.\n"
    found = people(text, "Hans Henrik Bruun", "Lone Vest", "Hans Henrik")
    assert "Hans Henrik" not in found
    assert len(found["Hans Henrik Bruun"].mentions) == 2


def test_body_after_a_role_and_a_clause_is_no_person() -> None:
    text = ("Sara Holm, der er formand for bestyrelsen i Foreningen Nabo, glæder sig over tilskuddet fra "
            "Det Lindske Familiefond.")
    found = people(text, "Sara Holm")
    assert found["Sara Holm"].role == "formand"
    assert not any("Familiefond" in name for name in found)


def test_office_named_later_wins_over_a_plain_membership() -> None:
    text = ("Ole Fabricius var medlem af Nørrebro Lokaludvalg og udtrådte derfor. "
            "Rådet konstaterede, at Ole Fabricius var rette stedfortræder.")
    assert people(text, "Ole Fabricius")["Ole Fabricius"].role == "stedfortræder"


def test_office_left_after_a_full_name() -> None:
    text = "Torkild Mørch er fratrådt som formand for foreningen."
    assert people(text, "Torkild Mørch")["Torkild Mørch"].role is None


def test_successor_takes_the_office_left() -> None:
    text = "Gunnar er fratrådt som kasserer, og Lene Aagaard Friis overtager hans plads fra 1. maj."
    found = people(text)
    assert found["Lene Aagaard Friis"].role == "kasserer"
