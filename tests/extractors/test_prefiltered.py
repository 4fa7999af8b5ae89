"""Patterns tried only where they can begin find exactly what the plain patterns find."""

from __future__ import annotations

import re

import pytest

from socdoc.extractors import amounts, areas, focus_areas, parties
from socdoc.extractors.entities import Prefiltered, chars_class, prefix_starts, trie_regex, word_start_trie

TEXTS = [
    "Social- og Boligministeriet og Københavns Kommunes Socialforvaltning gav 2,5 mio. kr. til "
    "Boligselskabet Sjælland, mens KØGE KOMMUNE og -Aarhus Kommune gav tre millioner kroner.",
    "I Vollsmose og i Odense Kommune har Center for Udsatte Voksne, AAB Kolding og "
    "Rådgivningscentret Aps fire indsatsområder: Bolig, Beskæftigelse og Sundhed.",
    "kr. 500.000,- blev bevilget af Byrådet; mellem 2 og 3 mio. kr. årligt; DKK 1.250 t.kr. "
    "Beskæftigelsesministeriet og beskæftigelsesministeriet, ſocial- og \u212aøge Kommune.",
    "Fokusområder: Unge, Ældre samt Familier. Særligt fokus på hjemløse og udsatte.\n"
    "- Trivsel\n- Uddannelse\n",
]


def _plain(pattern: Prefiltered) -> re.Pattern[str]:
    return pattern.regex


def _found(pattern, text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _prefiltered() -> list[Prefiltered]:
    found = []
    for pats in (parties.patterns(), amounts._patterns(), areas.patterns(), focus_areas.patterns()):
        found += [v for v in vars(pats).values() if isinstance(v, Prefiltered)]
    return found


@pytest.mark.parametrize("text", TEXTS)
def test_prefiltered_finds_what_the_plain_pattern_finds(text: str) -> None:
    for pattern in _prefiltered():
        assert _found(pattern, text) == _found(_plain(pattern), text)
        for pos in range(0, len(text), 7):
            got, want = pattern.search(text, pos), _plain(pattern).search(text, pos)
            assert (got and got.span()) == (want and want.span())


def test_word_start_trie_equals_bounded_trie() -> None:
    words = ["Aarhus", "Aabenraa", "Køge", "Kolding", "Region Hovedstaden"]
    plain = re.compile(rf"(?<![\w-])(?P<name>{trie_regex(words)})(?![\w])")
    fast = re.compile(rf"(?P<name>{word_start_trie(words)})(?![\w])")
    for text in [*TEXTS, "Aarhus-Køge xKolding Region Hovedstadens Aabenraa"]:
        assert _found(fast, text) == _found(plain, text)


def test_chars_class_folds_case_as_the_regex_engine_does() -> None:
    cls = re.compile(f"[{chars_class('ks', ignore_case=True)}]")
    for ch in "kKsS\u212a\u017f":
        assert cls.fullmatch(ch)
        assert re.fullmatch("[ks]", ch, re.IGNORECASE)


def test_prefix_starts_needs_the_whole_first_token() -> None:
    starts = prefix_starts(["mellem", "et hundrede"], r"\d", ignore_case=True)
    assert [m.start() for m in starts.finditer("MELLEM mel 5 et-hundrede ethundrede x9")] == [0, 11, 13, 25]


def test_finditer_lines_finds_what_finditer_finds_on_the_lines_it_reads() -> None:
    from socdoc.extractors import party_recall

    text = ("Bo Lund fra Nordby Boligforening, og ansøgning fra GSI.\nIngen her.\n"
            "Eva Holm – repr. for Sydby Idrætsforening\nFra Nordby Boligselskab: Bo Lund\n"
            "Vestby Bolig Administrations byggeri og Ungbos projekt\nNordby almennyttige Boligselskab og Sydby og omegns Borgerforening")
    cases = [
        (parties._person_from(), parties._PERSON_FROM_WORDS),
        (party_recall._housing_owner(), party_recall._housing_owned()),
        (party_recall._inner_lowercase_pattern(), party_recall._inner_lowercase_words()),
    ]
    for pattern, words in cases:
        for sample in (text, *TEXTS):
            assert _found(pattern.regex, sample) == [(m.span(), m.groupdict()) for m in pattern.finditer_lines(sample, words)]
        assert list(pattern.finditer_lines(text, words))  # each finds something in the sample


def test_focus_count_openers_find_what_the_plain_patterns_find() -> None:
    pat = focus_areas.patterns()
    text = ("Der er de tre temaer ”A”, ”B” og ”C”. Planen har fire faste temaer, der går igen hvert år.\n"
            "Politikken er opdelt i tre overordnede, strategiske fokusområder. Under hvert af dem er der mål.\n"
            "De 4 indsatsområder er: unge, ældre, familier og boliger. Det er de to, der skal vælges.")
    for pattern in vars(pat).values():
        if isinstance(pattern, Prefiltered):
            for sample in (text, *TEXTS):
                assert _found(pattern, sample) == _found(pattern.regex, sample)


def test_focus_count_starts_are_scanned_once_per_text() -> None:
    """The seven count patterns share one starts scan of a whole text (``_SharedStarts``): a scan
    with a span (0, len) would read the text again for each of them."""
    pat = focus_areas.patterns()
    shared = pat.counted_quotes.starts
    assert isinstance(shared, focus_areas._SharedStarts)
    text = "Planen har fire faste temaer ”A”, ”B” og ”C”, og de tre indsatsområder er: unge, ældre og familier."
    scans = []
    inner = shared.pattern

    class Counting:
        def finditer(self, *args):
            scans.append(args[1:])
            return inner.finditer(*args)

    shared.pattern = Counting()
    try:
        users = [p for p in vars(pat).values() if isinstance(p, Prefiltered) and p.starts is shared]
        assert len(users) >= 2
        for pattern in users:
            list(pattern.finditer(text))
    finally:
        shared.pattern = inner
        shared.last = (None, ())
    assert scans == [()]


def test_only_characters_with_a_case_fold_to_another_one() -> None:
    """``chars_class(..., ignore_case=True)`` tries only the characters that have a case: every
    character the regex engine matches case-insensitively to a cased one has a case itself."""
    from socdoc.extractors import entities

    cased = entities._cased_chars()
    assert 2000 < len(cased) < 5000 and "k" in cased and "\u212a" in cased and "7" not in cased
    every_cased = re.compile("[" + "".join(map(re.escape, cased)) + "]", re.IGNORECASE)
    assert set(every_cased.findall(entities._all_chars())) == set(cased)
    for chars in ("k", "sS", "iI", "æøå", "ß", "σ"):
        folded = re.compile("[" + "".join(map(re.escape, chars)) + "]", re.IGNORECASE)
        assert set(chars_class(chars, ignore_case=True).replace("\\", "")) >= set(folded.findall(entities._all_chars()))
