"""Parties: a generic organisation noun that opens a proper name ("Trafikselskabet Movia",
"Landsforeningen Sind Nord") is part of it, and a list label glued after a one-word name in an
attendance list ("NordboFraværende:") is cut off."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.entities import Candidate
from socdoc.extractors.parties import _without_glued_label, find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


def test_transport_company_keeps_its_generic_head() -> None:
    text = ("Dagsorden\n\n  3. Udpegning af medlemmer til bestyrelsen for Trafikselskabet Nordtrafik\n"
            "  4. Udpegning af suppleanter til bestyrelsen for Trafikselskabet Østbus\n")
    found = names(text)
    assert "Trafikselskabet Nordtrafik" in found and "Trafikselskabet Østbus" in found
    assert "Nordtrafik" not in found and "Trafikselskabet" not in found


def test_national_association_keeps_its_name() -> None:
    text = ("Deltagere:\nKaren Holm, Landsforeningen Sind Nord – Pårørende\n"
            "Ole Berg, Handicaprådet\n")
    found = names(text)
    assert "Landsforeningen Sind Nord" in found
    assert "Landsforeningen" not in found


def test_absence_label_glued_after_a_one_word_name_is_cut() -> None:
    text = "Søren Kjær, Afdelingsleder, NordboFraværende:\nLise Mørk, Handicaprådet\n"
    start = text.index("Nordbo")
    cand = Candidate(start, start + len("NordboFraværende"), "NordboFraværende", "org", 3)
    _without_glued_label(text, cand)
    assert cand.name == "Nordbo" and text[cand.start:cand.end] == "Nordbo"


def test_one_word_name_without_a_glued_label_is_kept() -> None:
    text = "Beboerne i Nordbo mødtes med Mødestedet.\n"
    for word in ("Nordbo", "Mødestedet"):
        start = text.index(word)
        cand = Candidate(start, start + len(word), word, "org", 3)
        _without_glued_label(text, cand)
        assert cand.name == word


def test_capitalised_word_ending_like_a_label_is_kept() -> None:
    text = "Ældre Sagen og Byrådet holder møde om Mødestedet i Nordby."
    found = names(text)
    assert "Byrådet" in found
