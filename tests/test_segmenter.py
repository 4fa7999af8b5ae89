"""Sentences and paragraphs: headings, abbreviations, agenda numbers."""

from __future__ import annotations

import socdoc


def _sents(text: str) -> list[str]:
    return [s.text.strip() for s in socdoc.pipeline()(text).sents if s.text.strip()]


def test_heading_is_its_own_segment() -> None:
    assert _sents("Baggrund\nKøge har været præget af uro. Det har ført til indsatser.") == [
        "Baggrund",
        "Køge har været præget af uro.",
        "Det har ført til indsatser.",
    ]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Der er f.eks. kurser, bl.a. om økonomi, m.m. jf. aftalen. Tilskuddet er ca. 5 mio. kr. i alt."
    assert _sents(text) == [
        "Der er f.eks. kurser, bl.a. om økonomi, m.m. jf. aftalen.",
        "Tilskuddet er ca. 5 mio. kr. i alt.",
    ]


def test_kr_at_sentence_end_ends_the_sentence() -> None:
    assert _sents("Prisen er 500 kr. Det er for meget.") == ["Prisen er 500 kr.", "Det er for meget."]


def test_agenda_number_does_not_split_from_its_title() -> None:
    assert _sents("87. Tiltag mod hærværk i Søparken\nIndstilling") == [
        "87. Tiltag mod hærværk i Søparken",
        "Indstilling",
    ]


def test_wrapped_line_continues_the_sentence() -> None:
    assert _sents("Kommunen har afsat midler til\nboligområderne i 2020.") == [
        "Kommunen har afsat midler til\nboligområderne i 2020."
    ]


def test_paragraphs() -> None:
    doc = socdoc.pipeline()("Overskrift\n\nFørste afsnit. Stadig første.\n\nAndet afsnit.")
    assert [p.text.strip() for p in doc.spans["paragraphs"]] == [
        "Overskrift",
        "Første afsnit. Stadig første.",
        "Andet afsnit.",
    ]
