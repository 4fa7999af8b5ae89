"""Parties: a body's head with its field or cause after "for", "mod" or "om", and a capitalised adjective
opening the name ("Lokalhistorisk Forening for Vestegnen", "Landsforeningen mod Ensomhed", "Nationalt
Videncenter om Sårbare Familier"), are one name; a heading's word run on before the head is not part of it."""

from __future__ import annotations

import socdoc


def names(text: str) -> list[str]:
    return [p.name for p in socdoc.extract(text).parties]


def test_adjective_and_for_phrase_make_one_name() -> None:
    assert "Lokalhistorisk Forening for Vestegnen" in names(
        "Lokalhistorisk Forening for Vestegnen har søgt om 15.000 kr. til en udstilling.")


def test_cause_after_mod() -> None:
    assert "Landsforeningen mod Ensomhed" in names(
        "Landsforeningen mod Ensomhed modtager 2 mio. kr. fra puljen i 2024.")


def test_field_after_om_for_a_knowledge_centre() -> None:
    assert "Nationalt Videncenter om Sårbare Familier" in names(
        "Nationalt Videncenter om Sårbare Familier har udgivet en ny rapport om forebyggelse.")


def test_danish_adjective_before_center() -> None:
    assert "Dansk Center for Kystfiskeri" in names("Dansk Center for Kystfiskeri står for undersøgelsen.")


def test_heading_word_before_a_committee_stays_out() -> None:
    found = names("Referat Udvalget for Kultur & Fritid\n\nMødedato: 3. maj 2022\n\n1. Godkendelse af dagsorden\n\n"
                  "Beslutning\n\nGodkendt.\n")
    assert "Udvalget for Kultur & Fritid" in found
    assert not any(name.startswith("Referat") for name in found)


def test_mod_after_a_verb_is_no_name() -> None:
    assert names("Foreningen vil kæmpe mod Kommunens planer for skolen.") == []
