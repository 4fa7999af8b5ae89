"""A local council referred to by its kind word ("lokalrådet", "Lokaludvalget") before the text
names it with its place ("Sønderby Lokalråd") is that council, when the text names only one
council of the kind; of several, the kind word goes with the one named before it. Every text is
written for these tests."""

from __future__ import annotations

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize

from model_ents import doc_with_ents


def parties(text: str) -> list[str]:
    norm = normalize(text)
    found, _ = find_parties(norm, text, doc_with_ents(norm, {}))
    return [p.name for p in found]


def test_kind_word_before_the_one_named_council_is_that_council() -> None:
    text = ("Referat af møde den 3. maj\n\n1. Godkendelse af referat\nGodkendt.\n\n"
            "2. Nyt medlem\nLokalrådet bød velkommen til Jens, som afløser Birthe.\n\n"
            "3. Byfest\nSønderby Lokalråd står for byfesten i august sammen med idrætsforeningen.\n")
    assert parties(text) == ["Sønderby Lokalråd"]


def test_kind_word_after_the_one_named_council_is_that_council() -> None:
    text = ("Sønderby Lokalråd holdt møde den 3. maj.\n\n"
            "Lokalrådet besluttede at søge kommunen om penge til nye bænke ved gadekæret.\n")
    assert parties(text) == ["Sønderby Lokalråd"]


def test_kind_word_between_two_named_councils_goes_with_the_one_named_before() -> None:
    text = ("Sønderby Lokalråd holdt møde den 3. maj.\n\n"
            "Lokalrådet besluttede at invitere Nørreby Lokalråd til et fælles møde om stierne.\n")
    assert sorted(parties(text)) == ["Nørreby Lokalråd", "Sønderby Lokalråd"]
