"""required_parts: strings one of which every match holds, so that a text's lower() without any
of them is not searched (the same answers, fewer searches)."""

from __future__ import annotations

import itertools
import re

import pytest

from socdoc.extractors.prefilter import may_match, required_parts


@pytest.mark.parametrize("pattern, flags, parts", [
    (r"ab(?:cd)?e", 0, ("ab",)),
    (r"\bunderskrev(?:et|s)\b|\bunderskriften\b", re.IGNORECASE, ("under",)),
    (r"(?:fravær|afbud)\s+fra", re.IGNORECASE, ("fra",)),  # one string beats two
    (r"(?:fravær|afbud)\s+\w", re.IGNORECASE, ("fravær", "afbud")),
    (r"x{2,}yy", 0, ("yy",)),
    (r"a?b*", 0, None),  # nothing is required
    (r"foo|b*", 0, None),  # one branch requires nothing
    (r"Kim", re.IGNORECASE, ("k",)),  # "i" is never part of a string: "İ" and "ı" match it
    (r"ſtede", re.IGNORECASE, ("tede",)),
])
def test_required_parts(pattern: str, flags: int, parts) -> None:
    assert required_parts(pattern, flags) == parts


ODD = {"i": "İı", "s": "ſ", "k": "\u212a", "å": "\u212b"}


@pytest.mark.parametrize("pattern", [
    r"\bikke\s+(?:blevet\s+)?godkend\w*|\baf(?:vist|viste)\b|\bforkast(?:et|ede)\b",
    r"(?:dannet|udsendt|udskriftsdato|senest\s+opdateret)",
    r"\budsat(?:te)?\b(?!\s+for)|\bkl\.\s*\d+",
])
def test_no_match_is_missed_in_any_case(pattern: str) -> None:
    """Every case form the regex engine matches case-insensitively (the odd ones too) keeps a
    match's required string in the text's lower()."""
    parts = required_parts(pattern, re.IGNORECASE)
    regex = re.compile(pattern, re.IGNORECASE)
    words = ["ikke godkendt", "afviste", "forkastede", "dannet", "udsendt", "udskriftsdato",
             "senest opdateret", "udsat", "kl. 17", "ikke  blevet godkendes"]
    for word in words:
        forms = [[c, c.upper(), *ODD.get(c, "")] for c in word]
        for n, chars in enumerate(itertools.product(*forms)):
            if n > 300:
                break
            text = f"Sagen {''.join(chars)} i dag"
            if regex.search(text):
                assert may_match(parts, text.lower()), text
