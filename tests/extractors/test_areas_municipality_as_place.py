"""Areas: a municipality the text also names as an actor stays a place where a sentence speaks of the
people, services or matters in it ("udsatte familier i X Kommune"); not where the council's own
policy, plan or meeting stands before it, nor where the council speaks."""

from __future__ import annotations

import socdoc


def _areas(text: str) -> list[str]:
    return [a.name for a in socdoc.extract(text).areas]


def test_municipality_acting_and_named_as_place_is_both() -> None:
    text = ("Nordfyns Kommune har fået 2 mio. kr. fra en privat fond.\n\n"
            "Pengene skal bruges til en ny indsats for udsatte familier i Nordfyns Kommune, "
            "hvor flere børn end før vokser op i fattigdom.\n")
    doc = socdoc.extract(text)
    assert "Nordfyns Kommune" in [p.name for p in doc.parties]
    assert "Nordfyns Kommune" in [a.name for a in doc.areas]


def test_council_policy_before_municipality_is_no_place() -> None:
    text = ("Nordfyns Kommune har vedtaget en ny plan.\n\n"
            "Byrådet drøftede den nye sundhedspolitik i Nordfyns Kommune og sendte den i høring.\n")
    assert "Nordfyns Kommune" not in _areas(text)


def test_council_speaking_in_first_person_is_no_place() -> None:
    text = ("Nordfyns Kommune har vedtaget en ny strategi.\n\n"
            "Vi har i Nordfyns Kommune et stærkt foreningsliv, siger borgmesteren.\n")
    assert "Nordfyns Kommune" not in _areas(text)


def test_municipality_opening_a_clause_is_no_place() -> None:
    text = ("Nordfyns Kommune har fået penge fra fonden.\n\n"
            "Tre skoler får støtte, og i Nordfyns Kommune får to foreninger penge til lejrture.\n")
    assert "Nordfyns Kommune" not in _areas(text)
