"""People: a round of remarks in minutes where each member is named by one
word (a first name or a surname) and a party letter ("Hansen (V): …"). A name of one word is no
person fact, so none of these speakers is a person."""

from __future__ import annotations

import socdoc
from socdoc.extractors import people

MINUTES = (
    "Referat\nUdvalget for Teknik og Miljø\n3. marts 2021 kl. 16:00\n\n"
    "1. Godkendelse af dagsorden\nDagsordenen blev godkendt.\n\n"
    "2. Eventuelt\n\n"
    "Birgitte (A): Der bør sættes lys op ved busstoppestedet på skolevejen.\n\n"
    "Kragh (V): Spørger til status på renoveringen af svømmehallen.\n\n"
    "Dam (IA): Takker for et godt samarbejde i det forløbne år.\n"
)


def _people(text: str) -> dict[str, object]:
    return {p.name: p for p in socdoc.extract(text, doc_id="t").people}


def _speakers(text: str) -> dict[str, object]:
    """The round's speakers as the people extractor reads them (candidates with their party letters)."""
    out: list = []
    people._one_word_speakers(text, people.patterns(), out)
    return {c.name: c.extra.get("party") for c in out}


def test_one_word_speakers_with_party_letters_are_no_people() -> None:
    assert _speakers(MINUTES) == {"Birgitte": "A", "Kragh": "V", "Dam": "IA"}  # read as the round's speakers
    found = _people(MINUTES)
    assert not {"Birgitte", "Kragh", "Dam"} & set(found)


def test_a_single_remark_line_is_not_enough() -> None:
    text = MINUTES.split("Kragh (V)")[0]
    assert "Birgitte" not in _speakers(text)
    assert "Birgitte" not in _people(text)


def test_a_common_word_before_a_letter_is_no_speaker() -> None:
    text = MINUTES.replace("Dam (IA)", "Bilag (B)").replace("Kragh (V)", "Punkt (C)")
    assert not {"Bilag", "Punkt"} & set(_speakers(text))
    found = _people(text)
    assert "Bilag" not in found and "Punkt" not in found
