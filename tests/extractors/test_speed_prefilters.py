"""Cheap prefilters in front of costly steps: they skip only texts the step cannot match."""

from __future__ import annotations

import datetime as dt

from socdoc.extractors.minutes_families import _not_document_date, item_label_meeting
from socdoc.extractors.parties import _opens_line


def test_opens_line_at_text_start_and_after_indent() -> None:
    assert _opens_line("Boligsocialt Partnerskab Vejle\nmere", "Boligsocialt Partnerskab ")
    assert _opens_line("Indledning\n \t Boligsocialt Partnerskab Vejle", "Boligsocialt Partnerskab ")


def test_opens_line_not_inside_a_sentence() -> None:
    text = "Vi arbejder i Boligsocialt Partnerskab om trivsel.\nog Boligsocialt Partnerskab igen"
    assert not _opens_line(text, "Boligsocialt Partnerskab ")
    assert not _opens_line("Intet her", "Boligsocialt Partnerskab ")


def test_item_label_needs_its_cue() -> None:
    text = ("Børneudvalgets møde den 4. marts 2024: Godkendt.\n"
            "Børneudvalgets møde den 4. marts 2024: Taget til efterretning.\n")
    assert item_label_meeting(text) == ("Børneudvalget", dt.date(2024, 3, 4))
    assert item_label_meeting("Børneudvalgets møde: Godkendt.\nBørneudvalgets møde: Godkendt.\n") == (None, None)


def test_document_date_words_still_read() -> None:
    head = "Udsendt 1. marts 2024\nMødedato: 8. marts 2024\n"
    assert _not_document_date(dt.date(2024, 3, 1), head, None) == dt.date(2024, 3, 8)
    plain = "Referat\nMødedato: 8. marts 2024\n"
    assert _not_document_date(dt.date(2024, 3, 8), plain, None) == dt.date(2024, 3, 8)


def test_abbreviation_definitions_tried_before_parentheses_only() -> None:
    from socdoc.extractors.names import _ABBREVIATION_DEF, _definition_matches, abbreviation_definitions

    texts = [
        "Samarbejdet med Dansk Handicap Forbund (DHF) og Kommunernes Landsforening (KL) fortsætter.",
        "(KL) står først. Foreningen af Ungdomsskoler (FAU), (X) og Social- og Boligstyrelsen (SBS).",
        "Ingen forkortelser her, kun (tal 12) og (små bogstaver).",
        "Et langt navn: Center for Udsatte Børn og Unge i Nordjylland (CUBUN) ",
        "A B (AB) (CD) Ef Gh (EG)",
        "",
    ]
    for text in texts:
        assert [m.span() for m in _definition_matches(text)] == [m.span() for m in _ABBREVIATION_DEF.finditer(text)]
    assert abbreviation_definitions(texts[0])["KL"][0] == "Kommunernes Landsforening"


def test_normalize_translates_only_mapped_runs() -> None:
    from socdoc.normalize import _CHAR_MAP, normalize

    text = "8,1\u00a0mio.\u00a0kr. i 2013\u20132015 \u201cgodt\u201d\t\u2022 punkt\r\nslut\u2028"
    assert normalize(text) == text.translate(_CHAR_MAP).replace("\r\n", " \n")
    assert len(normalize(text)) == len(text)


def test_amount_word_tries_match_as_the_alternations() -> None:
    """Currencies and scale words as tries match exactly what their longest-first alternations match."""
    import re

    from socdoc.extractors.amounts import _alternation, _word_trie
    from socdoc.lang import da

    data = da.load()
    for words in (list(data.currencies), list(data.scaled_currencies), list(data.scales)):
        alternation = re.compile(rf"(?i:{_alternation(words)})(?![a-zæøå])")
        trie = re.compile(rf"(?i:{_word_trie(words)})(?![a-zæøå])")
        samples = [w + tail for w in words for tail in ("", " ", ".", "s", " kr.", "kr", ",-")]
        samples += [w.replace(" ", "") for w in words] + [w.upper() for w in words] + ["krone", "kroners", "t. kr", "mio.kr."]
        for sample in samples:
            a, t = alternation.match(sample), trie.match(sample)
            assert (a and a.span()) == (t and t.span()), sample
