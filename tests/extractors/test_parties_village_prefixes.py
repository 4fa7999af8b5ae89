"""Parties: the abbreviated first word of a village's name ("Nr.", "Sdr.", "Gl.") inside an
organisation's name; its full stop ends neither the name nor the sentence."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


def test_club_name_opened_by_an_abbreviated_village_prefix() -> None:
    found = names("Udvalget behandlede en ansøgning fra Sdr. Bork Gymnastikforening om tilskud til nye redskaber.")
    assert "Sdr. Bork Gymnastikforening" in found
    assert "Bork Gymnastikforening" not in found


def test_run_on_agenda_keeps_the_prefix_but_not_the_previous_title() -> None:
    text = ("Indholdsfortegnelse 1. Budget Aftenskoler Foreninger Nr. Åby Løbeklub - ansøgning om "
            "tilskud til klubhus 2. Eventuelt")
    found = names(text)
    assert "Nr. Åby Løbeklub" in found
    assert not [n for n in found if n.startswith("Foreninger")]


def test_sender_named_with_an_abbreviated_word_inside() -> None:
    found = names("Kultur- og Fritidsudvalget har modtaget en ansøgning fra Vesterlund Gl. Forsamlingshus om driftstilskud.")
    assert "Vesterlund Gl" not in found
