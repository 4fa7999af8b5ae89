"""Abbreviations a text defines in brackets after a name of one word, or of an article and an
adjective in lower case before the name."""

from __future__ import annotations

from socdoc.extractors.names import abbreviation_definitions
from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def party_names(text: str) -> list[str]:
    norm = normalize(text)
    return [p.name for p in find_parties(norm, text)[0]]


def test_one_compound_word_defines_its_abbreviation() -> None:
    text = "Næstformanden vælges fra Landsorganisationen (LO) efter reglerne."
    assert abbreviation_definitions(text)["LO"][0] == "Landsorganisationen"


def test_article_and_lowercase_adjective_lead_the_full_name() -> None:
    text = "Jf. forretningsordenen for Det lokale Beskæftigelsesråd (LBR) vælger rådet to næstformænd."
    assert abbreviation_definitions(text)["LBR"][0] == "Det lokale Beskæftigelsesråd"


def test_a_party_letter_after_a_surname_defines_nothing() -> None:
    text = "Forslaget kom fra Jensen (SF) og blev vedtaget."
    assert "SF" not in abbreviation_definitions(text)


def test_the_defined_short_form_is_named_by_the_full_form() -> None:
    text = ("Rådet har medlemmer fra Dansk Arbejdsgiverforening (DA) og Landsorganisationen (LO). "
            "LO har peget på en ny næstformand.")
    names = party_names(text)
    assert "Landsorganisationen" in names and "LO" not in names


def test_a_rule_book_with_a_code_is_no_party() -> None:
    text = "Byggeriet opføres i henhold til Bygningsreglementet (BR18), som fastsætter kravene."
    assert "Bygningsreglementet" not in party_names(text)
