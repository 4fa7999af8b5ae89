"""Cheaper ways to run a pattern give the same answers as the pattern itself."""

from __future__ import annotations

import re

import pytest

from socdoc.extractors.prefilter import AnyOf, anchored_at_start, top_level_branches
from socdoc.pipeline import segmenter

LINES = [
    "Til toppen",
    "Udskriv",
    "Side 3 af 12",
    "Vi bruger cookies på sitet",
    "Cookiepolitik",
    "Hjem > Politik > Dagsordener",
    "Hjemmeplejen får flere hænder",
    "---",
    "| |",
    "Beslutning i Socialudvalget den 4. marts 2024",
    "Opdateret 12. maj 2023 kl. 10.15",
    "",
]
NOISE = [r"^til\s+top(?:pen)?$", r"^udskriv$", r"^side\s+\d+(?:\s*(?:af|/)\s*\d+)?$", r"\bcookies?\b",
         r"^hjem\s*(?:[›>/|]|$)|^hjem\s+(?:politik|borger)\b", r"^[_=\-–—*·.~#]{3,}$", r"^\|?\s*\|?$",
         r"^(?:senest\s+)?opdateret\b.{0,40}?\d{4}(?:\s+kl\.?\s*\d{1,2}[.:]\d{2})?\s*$"]


def test_top_level_branches_skip_groups_classes_and_escapes() -> None:
    assert top_level_branches(r"^a|b[|]|(c|d)|\|e|[]|]x|[^]|]y") == ["^a", "b[|]", "(c|d)", r"\|e", "[]|]x", "[^]|]y"]


@pytest.mark.parametrize(("pattern", "anchored"), [
    (r"^udskriv$", True),
    (r"^hjem\s*$|^hjem\s+politik", True),
    (r"^a|b", False),
    (r"\bcookies?\b", False),
    (r"(?m)^side\s+\d+$", False),
    (r"(^a|b)", False),
])
def test_anchored_at_start(pattern: str, anchored: bool) -> None:
    assert anchored_at_start(pattern) is anchored


@pytest.mark.parametrize("line", LINES)
def test_any_of_answers_as_the_joined_pattern(line: str) -> None:
    joined = re.compile("|".join(f"(?:{p})" for p in NOISE), re.IGNORECASE)
    assert bool(AnyOf(NOISE, re.IGNORECASE).search(line)) == bool(joined.search(line))


def test_any_of_refuses_multiline() -> None:
    with pytest.raises(ValueError):
        AnyOf(NOISE, re.MULTILINE)


def _in_line_reference(text: str) -> list[tuple[int, int, int]]:
    return [(m.start("word"), m.end("word"), m.start("first")) for m in segmenter._IN_LINE.finditer(text)]


@pytest.mark.parametrize("text", [
    "Udvalget godkendte planen. Den træder i kraft 1. juli.",
    "Mødet sluttede kl. 17.30. Næste møde er f.eks. 3. maj. Se bilag.",
    "A. B. C. D",
    "Det koster 2,5 mio. kr. Pengene kommer fra puljen!? \"Godt\", siger hun.",
    "Formand: Eva Holm.\tNæstformand: Ole Dam.) Næste punkt",
    "x. . Y og z.\u00a0Q",
    "  . Punkt 1. 2. 3. 4",
])
def test_sentence_ends_are_the_in_line_matches(text: str) -> None:
    assert list(segmenter._in_line_ends(text)) == _in_line_reference(text)
