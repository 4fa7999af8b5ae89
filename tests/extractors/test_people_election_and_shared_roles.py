"""Roles given by an election in the passive ("vælges som") and a plural role shared by a list of names
("A og B deltog som suppleanter"). Texts written for these tests."""

from __future__ import annotations

from people_run import people


def test_role_from_a_passive_election() -> None:
    found = people("Borgmesteren indstiller, at Eva Holm Larsen (A) vælges som næstformand for Kultur- og Fritidsudvalget.")
    assert found["Eva Holm Larsen"].role == "næstformand"
    assert found["Eva Holm Larsen"].party == "A"
    found = people("Udvalget anbefaler, at Bo Dam Kristensen udpeges til formand for arbejdsgruppen.")
    assert found["Bo Dam Kristensen"].role == "formand"


def test_a_plural_role_after_names_joined_by_og_is_each_ones() -> None:
    found = people("Karen Lind og Ole Bach deltog ikke i mødet. Søren Toft og Mette Vang deltog som suppleanter.")
    assert found["Søren Toft"].role == "suppleant"
    assert found["Mette Vang"].role == "suppleant"
    assert found["Karen Lind"].role is None and found["Ole Bach"].role is None
    found = people("Søren Toft, Mette Vang og Jens Ring mødte som stedfortrædere.", "Søren Toft", "Mette Vang", "Jens Ring")
    assert {found[n].role for n in ("Søren Toft", "Mette Vang", "Jens Ring")} == {"stedfortræder"}


def test_a_singular_role_after_names_joined_by_og_is_only_the_last_ones() -> None:
    found = people("Søren Toft og Mette Vang deltog som suppleant for Karen Lind.")
    assert found["Søren Toft"].role is None
    assert found["Mette Vang"].role == "suppleant"
