"""People: the members a plural role is said to stand in for ("stedfortrædere for Eva Lund, Bo Dam og …")
hold no role, while the stand-in named before "for" does; Greenland's ministers by their title
("naalakkersuisoq for …"); a demonstrative that opens the next sentence of a flattened page is no
surname ("… Susanne Brink Dette er …"); two roles joined by "og" before a name are both the person's
("journalist og forfatter Lone Kjær"), unless the first is definite (another person). Texts written for
these tests."""

from __future__ import annotations

import socdoc


def roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in socdoc.extract(text).people}


def test_members_without_stand_ins_hold_no_role() -> None:
    found = roles("Der deltog ikke stedfortrædere for Lene Krogh, Birte Skov, Ole Hviid og Niels Bak.\n")
    assert set(found) == {"Lene Krogh", "Birte Skov", "Ole Hviid", "Niels Bak"}
    assert set(found.values()) == {None}


def test_the_stand_in_before_for_holds_the_role() -> None:
    found = roles("Ebbe Mark (T) var indkaldt som stedfortræder for Anne Holt (T).\n")
    assert found["Ebbe Mark"] == "stedfortræder" and found["Anne Holt"] is None


def test_representatives_for_an_organisation_keep_their_role() -> None:
    found = roles("Desuden deltog repræsentanterne for Nordby Boligselskab Eva Holm og Bo Dam.\n")
    assert found == {"Eva Holm": "repræsentant", "Bo Dam": "repræsentant"}


def test_greenlandic_minister_title_before_the_name() -> None:
    found = roles('"Vi skal mødes," udtaler Naalakkersuisoq for Børn og Familier Mads Lyberth.\n')
    assert found["Mads Lyberth"] == "naalakkersuisoq"


def test_demonstrative_opening_the_next_sentence_is_no_surname() -> None:
    found = roles("Oplæg ved socialfaglig konsulent Susanne Brink Dette er anden del af planen for Kornvangen.\n")
    assert found == {"Susanne Brink": "socialfaglig konsulent"}


def test_two_roles_joined_by_and_before_the_name_give_the_first() -> None:
    found = roles("Bogen er skrevet af journalist og forfatter Lone Kjær fra Svendborg.\n")
    assert found == {"Lone Kjær": "journalist"}


def test_two_offices_joined_by_and_after_a_genitive_give_the_first() -> None:
    found = roles("Foreningens bestyrelsesformand og boligdirektør i Nordbo, Palle Lund, takkede for mødet.\n")
    assert found == {"Palle Lund": "bestyrelsesformand"}


def test_a_ministers_coordinated_fields_stay_one_role() -> None:
    found = roles("Det oplyser minister for by, bolig og landdistrikter Karsten Holm.\n")
    assert found == {"Karsten Holm": "minister for by, bolig og landdistrikter"}


def test_definite_role_before_and_is_another_persons() -> None:
    found = roles("Til stede var borgmesteren og kommunaldirektør Rikke Holm.\n")
    assert found == {"Rikke Holm": "kommunaldirektør"}
