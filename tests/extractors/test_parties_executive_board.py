"""Parties: a municipality's executive board ("Direktionen") is a party where a sentence has it
act or be addressed, not where it only signs an item's recommendation or stands as a label."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


def test_executive_board_that_drafts_proposals_is_a_party() -> None:
    text = ("2. Budgetproces 2026\n\nDirektionen har udarbejdet fire forslag til besparelser på "
            "skoleområdet, som udvalget skal drøfte.")
    assert "Direktionen" in names(text)


def test_executive_board_addressed_in_a_sentence_is_a_party() -> None:
    text = "Sagen blev forelagt Direktionen den 4. marts, og forvaltningen har siden justeret planen."
    assert "Direktionen" in names(text)


def test_executive_board_signing_the_recommendation_is_no_party() -> None:
    text = "Indstilling\n\nDirektionen indstiller, at Økonomiudvalget godkender regnskabet."
    assert "Direktionen" not in names(text)


def test_executive_board_alone_on_a_line_is_no_party() -> None:
    assert "Direktionen" not in names("Referat\n\nDirektionen\n\nMødet blev holdt på rådhuset.")
