"""People: a role told by "Han er …"/"Hun er …" in the sentence after the one naming its holder."""

from __future__ import annotations

import socdoc


def people(text: str):
    return {p.name: p for p in socdoc.extract(text).people}


def test_pronoun_sentence_gives_the_role_to_the_first_name_before() -> None:
    text = ("Til stede: Gitte Bruhn, Anders Kjærsgaard, Mona Friis\n\n"
            "3. Orientering om haveforeningen\n"
            "Anders fortalte om sommerens arbejdsdage. Han er kasserer i haveforeningen og tager sig af regnskabet.\n")
    found = people(text)
    assert found["Anders Kjærsgaard"].role == "kasserer"
    assert found["Gitte Bruhn"].role is None


def test_one_of_the_members_gives_the_base_role() -> None:
    text = ("Til stede: Sofie Lindgaard, Jens Bak\n\n"
            "Sofie Lindgaard præsenterede forslaget om flere bænke. Hun er en af medlemmerne af ældrerådet.\n")
    assert people(text)["Sofie Lindgaard"].role == "medlem"


def test_two_people_named_before_the_pronoun_get_no_role() -> None:
    text = ("Til stede: Sofie Lindgaard, Jens Bak\n\n"
            "Sofie Lindgaard og Jens Bak gennemgik budgettet. Han er formand for klubben.\n")
    found = people(text)
    assert found["Sofie Lindgaard"].role is None
    assert found["Jens Bak"].role is None


def test_a_role_already_given_stays() -> None:
    text = ("Til stede: næstformand Sofie Lindgaard, Jens Bak\n\n"
            "Sofie Lindgaard bød velkommen. Hun er formand for festudvalget.\n")
    assert people(text)["Sofie Lindgaard"].role == "næstformand"
