"""Roles of a fronted plural role given to every name of its list, a plain membership left that
gives no role, a utility's name after a membership role that is no person, and a hometown between a
name and the relative clause that gives its role."""

from __future__ import annotations

import socdoc


def _roles(text: str) -> dict[str, object]:
    return {p.name: p.role for p in socdoc.extract(text).people}


def test_fronted_plural_role_goes_to_every_name_of_its_list() -> None:
    text = ("Afbud fra Eva Holm (A), Bo Dam (V). Som suppleanter er indkaldt Kim Lund (A), Sara Berg (A), "
            "Ole Friis (V). Byrådet godkendte dette.\n")
    roles = _roles(text)
    assert roles["Kim Lund"] == roles["Sara Berg"] == roles["Ole Friis"] == "suppleant"
    assert roles["Eva Holm"] is None and roles["Bo Dam"] is None


def test_fronted_plural_role_with_a_list_joined_by_and() -> None:
    roles = _roles("Som suppleanter deltog Kim Lund (A) og Sara Berg (V).\n")
    assert roles == {"Kim Lund": "suppleant", "Sara Berg": "suppleant"}


def test_fronted_singular_role_before_two_names_gives_no_role() -> None:
    roles = _roles("Som suppleant deltog Kim Lund (A) og Sara Berg (V) i mødet.\n")
    assert roles.get("Sara Berg") is None


def test_fronted_singular_role_keeps_to_its_one_holder() -> None:
    roles = _roles("Som suppleant er indkaldt Kim Lund (A), og mødet fortsatte. Eva Holm (V) deltog.\n")
    assert roles["Kim Lund"] == "suppleant" and roles["Eva Holm"] is None


def test_membership_left_gives_no_role() -> None:
    text = "Tidligere medlem af Ældrerådet, Bo Thomsen, som repræsenterede Ældre Sagen, er flyttet fra kommunen.\n"
    assert _roles(text)["Bo Thomsen"] is None


def test_past_office_keeps_its_former_word() -> None:
    text = "Den tidligere formand for foreningen, Eva Lund, holdt tale ved jubilæet.\n"
    assert _roles(text)["Eva Lund"] == "formand"


def test_utility_after_a_membership_role_is_no_person() -> None:
    text = ("Medlem af repræsentantskabet for Nordfyns Elforsyning er ikke et borgerligt ombud, så byrådet skal "
            "alene udpege et nyt medlem.\n")
    assert "Nordfyns Elforsyning" not in _roles(text)


def test_hometown_between_name_and_relative_clause_keeps_the_role() -> None:
    text = ("Karsten Abildgaard, Nordby, der er formand for Landsbyerne i Danmark, ser gerne flere penge i "
            "puljen, siger Karsten Abildgaard.\n")
    assert _roles(text)["Karsten Abildgaard"] == "formand"


def test_organisation_between_name_and_relative_clause_gives_no_role() -> None:
    assert _roles("Eva Lund, Nordby Kommune, der er formand for udvalget, talte.\n")["Eva Lund"] is None
