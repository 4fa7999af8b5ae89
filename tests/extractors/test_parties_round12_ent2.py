"""Parties, second wave of round 12: Greenland's political parties act in the minutes of
Greenlandic municipalities just as Danish parties do in Danish ones."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


def test_greenlandic_parties_acting_are_parties() -> None:
    text = (
        "Punkt 4. Forslag om ny havneplan. Siumut foreslog, at sagen udsættes til næste møde, "
        "mens Inuit Ataqatigiit ønskede en afstemning med det samme. Atassut støttede forslaget."
    )
    found = names(text)
    assert {"Siumut", "Inuit Ataqatigiit", "Atassut"} <= set(found)


def test_greenlandic_party_names_do_not_become_danish_letters() -> None:
    from socdoc.extractors.people import _party_forms

    forms = _party_forms()
    assert "siumut" not in forms and forms["venstre"] == "V"
