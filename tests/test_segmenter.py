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


def test_line_starts_are_those_of_the_line_start_pattern() -> None:
    """_line_starts scans from each line break; it finds what _LINE_START's matches give."""
    import random

    from socdoc.pipeline.segmenter import _LINE_START, _line_starts

    def plain(text: str) -> list[int]:
        return [m.start("first") for m in _LINE_START.finditer(text)
                if not (m.group("last") and m.group("last") not in ".!?:" and m.group("first").islower())]

    rnd = random.Random(7)
    pieces = ["a", "B", ".", ":", " ", "\t", "\n", "\r", "\u00a0", "\f", " \n", "\n\n", "x y"]
    texts = ["Første linje\nfortsætter her.\nNy linje", "a\nb\nc", " \n a", "slut.  \n\n  Ny", "x\t\n\tlille"]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30))) for _ in range(5000)]
    for text in texts:
        assert _line_starts(text) == plain(text), repr(text)
