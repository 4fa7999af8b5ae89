"""Minutes of small boards that record an item's outcome as the task a member or officer takes on
("Formanden sender høringssvaret til kommunen.", "Lise Dam udarbejder et udkast."): the task is the
item's decision ("other"); a first name alone, another actor ("Kommunen sender …"), a question, a
member telling the meeting something, and a task named under an item of notices record nothing."""

from __future__ import annotations

from socdoc.extractors import minutes

from minutes_run import run


def outcomes(raw: str) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


BOARD = ("Referat af møde i Lokalrådet for Nørre Vindum onsdag d. 5. oktober 2022 kl. 19.00 i Forsamlingshuset.\n\n"
         "Til stede: Lise Dam, Ove Krogh, Pia Sand\n\nAfbud: Jens Bo\n\n")


def test_an_officers_or_a_named_members_task_is_the_items_outcome() -> None:
    raw = BOARD + (
        "1. Høring om ny lokalplan\n\nFormanden sender høringssvaret til kommunen inden fristen.\n\n"
        "2. Shelterpladsen\n\nDer mangler stadig et tilbud på taget.\n"
        "Ove Krogh kontakter tømreren for at få et nyt tilbud.\n\n"
        "3. Julemarked\n\nLise Dam udarbejder en plan for boderne.\n")
    assert outcomes(raw) == [(1, "other"), (2, "other"), (3, "other")]


def test_a_first_name_alone_another_actor_a_question_or_a_report_is_no_task() -> None:
    raw = BOARD + (
        "1. Stiforbindelse\n\nPia sender billederne rundt.\n\n"
        "2. Vejbump\n\nKommunen undersøger, om der kan sættes bump op.\n\n"
        "3. Nyt banner\n\nHvem bestiller banneret?\n\n"
        "4. Grøn pulje\n\nOve Krogh fortæller om puljens regler.\n")
    assert outcomes(raw) == []


def test_a_task_named_under_an_item_of_notices_is_no_decision() -> None:
    raw = BOARD + (
        "1. Meddelelser fra formanden\n\nFormanden kontakter skolen om lån af salen.\n\n"
        "2. Opfølgning på opgaver\n\nLise Dam bestiller nye borde.\n")
    assert outcomes(raw) == []


def test_member_task_sentences() -> None:
    assert minutes._member_task("Næstformanden indkalder til et ekstra møde i november.")
    assert minutes._member_task("Karen Holm sørger for kaffe og kage.")
    assert not minutes._member_task("Skolen undersøger sagen.")
    assert not minutes._member_task("Pia Sand sender listen?")
    assert not minutes._member_task("Pia Sand fortæller om listen.")
