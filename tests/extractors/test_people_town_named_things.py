"""A common word and a town's name that the model takes for a person: a club, venue or firm named
after its town ("Team Vejle", "Arena Holbæk") is no person; a person whose surname is also a town's name
keeps the name when the first word is a first name. Names written for these tests."""

from __future__ import annotations

import pytest

from socdoc.extractors.people import _model_name_ok, patterns


@pytest.mark.parametrize("span", ["Team Vejle", "Arena Holbæk", "Site Kolding", "Hallen Skive"])
def test_common_word_and_town_is_no_person(span: str) -> None:
    assert not _model_name_ok(span, patterns())


@pytest.mark.parametrize("span", ["Mette Hammel", "Jens Ribe", "Karina Lorentzen", "Ovidiu Kolding"])
def test_a_first_name_or_an_unknown_word_before_a_town_stays_a_name(span: str) -> None:
    assert _model_name_ok(span, patterns())
