"""People: a founder named by the role word before the name ("stifter Jens Kragelund"), also in the
genitive, and the verb "stifter" that names no role."""

from __future__ import annotations

from people_run import people


def test_founder_before_the_name() -> None:
    text = "Legatet giver støtte til børn og børnebørn af stifter Jens Kragelund."
    assert people(text, "Jens Kragelund")["Jens Kragelund"].role == "stifter"


def test_founder_before_a_name_in_the_genitive() -> None:
    text = "Prisen er en fin forlængelse af stifter Hans Mortensens tanker om fællesskab i boligområdet."
    assert people(text, "Hans Mortensen")["Hans Mortensen"].role == "stifter"


def test_cofounder_in_apposition() -> None:
    text = "Bo Damgaard, medstifter af foreningen Grønne Gårde, fortalte om arbejdet i haverne."
    assert people(text, "Bo Damgaard")["Bo Damgaard"].role == "medstifter"


def test_the_verb_gives_no_role() -> None:
    text = "Eva Lundgaard stifter en ny forening i Vestby sammen med naboerne."
    assert people(text, "Eva Lundgaard")["Eva Lundgaard"].role is None
