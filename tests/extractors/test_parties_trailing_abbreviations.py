"""Parties: "m.fl." or "osv." closing a sender's name in a grant list is no part of the name."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def parties(text: str) -> list[tuple[str, str]]:
    norm = normalize(text)
    found, _ = find_parties(norm, text, doc_with_ents(norm, {}))
    return [(p.name, p.text) for p in found]


def test_and_others_after_a_sender_is_cut() -> None:
    text = ("Puljen har givet disse tilskud:\n"
            "Julefrokost for seniorer i Nordby fra Nordby Pensionistforening m.fl.: 12.500 kr.\n"
            "Fællesspisning i Sydby fra Sydby Beboerforening: 8.000 kr.\n")
    found = parties(text)
    assert ("Nordby Pensionistforening", "Nordby Pensionistforening") in found
    assert not any("m.fl" in name for name, _ in found)
