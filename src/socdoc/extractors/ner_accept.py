"""Which of the NER model's organisation spans socdoc accepts as candidate parties.

A statistical model trained on newswire takes some lines of minutes for organisation names: a title
before a personal name ("Rådmand Anne Skov Holm"), a personal name whose parts are also common
words ("Jens Bak Lund"), a street ("Lille Strandvej"), or places only: a town with its postal
district ("Nordby C"), a housing estate with its number or town ("Engparken II", "Engparken Nordby").
These shapes are rejected here, before the party rules see the span, unless a word of the span is an
organisation cue ("Fonden", "-foreningen", "Kommune"; ``lang/da/ner_org_cues.txt``).
"""

from __future__ import annotations

import functools
from socdoc import lazy_re as re
from importlib import resources

from socdoc.extractors.entities import cues as entities_cues
from socdoc.extractors.name_runs import is_first_name

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# Time zones after the clock of a dateline ("12.3.2024 10:01:22 CET"), which a model may tag ORG.
_TIME_ZONES = frozenset({"CET", "CEST", "UTC", "GMT", "Z"})
# After a place name: a postal district ("Vejle Ø", "København NV") or an estate's stage ("Parken II").
_NUMBERED = re.compile(r"\S+[ ]\d{1,3}")  # a word and a short number ("Engparken 2")
_PLACE_TAIL = re.compile(r"(?:[CKNSVØ]|N[VØ]|S[VØ]|I{1,3}|IV|VI{0,3})")


@functools.lru_cache(maxsize=1)
def _org_cues() -> tuple[frozenset[str], tuple[str, ...]]:
    text = resources.files("socdoc.lang.da").joinpath("ner_org_cues.txt").read_text(encoding="utf-8")
    cues = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return frozenset(c for c in cues if not c.startswith("-")), tuple(c[1:] for c in cues if c.startswith("-"))


@functools.lru_cache(maxsize=1)
def _street() -> re.Pattern[str]:
    """Endings of street names (``street_endings``): a street is a place, not a party ("Vestre
    Ringvej", "Lille Søgade"), also in the genitive."""
    endings = entities_cues()["parties"]["street_endings"]
    return re.compile(rf"(?:{'|'.join(map(re.escape, endings))})s?$", re.IGNORECASE)


def org_cue(word: str) -> bool:
    words, endings = _org_cues()
    low = word.lower().rstrip(".")
    return low in words or low.endswith(endings)


def _role_word(word: str) -> bool:
    from socdoc.lang.da.gazetteers import load_gazetteers

    return word[:1].isupper() and load_gazetteers().roles.matches(word)


def _name_like(word: str) -> bool:
    """A capitalised word that can be part of a personal name ("Skov", "Mai-Britt", "C.")."""
    return word[:1].isupper() and not word.isupper() or bool(re.fullmatch(r"[A-ZÆØÅ]\.", word))


@functools.lru_cache(maxsize=1)
def _place_parts() -> frozenset[str]:
    return frozenset(entities_cues()["areas"]["place_parts"])


def _place_word(word: str) -> bool:
    """A word that names a place on its own: a listed town, municipality, island or neighbourhood, or a
    housing-area shape ("Engparken"); a hyphenated word when each part is one ("Høje-Taastrup"); in
    capitals as well ("VEJLE Ø" of an address in a heading)."""
    from socdoc.extractors.entities import area_like

    if word.isupper() and len(word) > 2:
        word = word.title()
    return area_like(word) or ("-" in word and all(area_like(part) for part in word.split("-") if part))


def _places_only(words: list[str]) -> bool:
    """Two or more words that are places, place parts ("Øst", "Midtby"), postal districts or an
    estate's stage, at least one of them a place ("Nordby C", "Engparken II", "Engparken Øst Nordby")."""
    if len(words) < 2 or not any(_place_word(w) for w in words):
        return False
    return all(_place_word(w) or w in _place_parts() or w.title() in _place_parts() or _PLACE_TAIL.fullmatch(w)
               for w in words)  # "AALBORG ØST" of a dateline in capitals too


def plausible_org(text: str, start: int, end: int) -> bool:
    """False for a model ORG span shaped like a title with a name, a personal name, a street, places
    only or a clock with its time zone."""
    words = _WORD.findall(text[start:end])
    if not words or all(w in _TIME_ZONES for w in words):
        return False  # "09:12:47 CEST" of a dateline
    if any(org_cue(w) for w in words):
        return True
    if len(words) > 1 and _role_word(words[0]) and all(_name_like(w) for w in words[1:]):
        return False  # "Udvalgsformand Anne Skov Holm"
    if 2 <= len(words) <= 4 and is_first_name(words[0]) and all(_name_like(w) for w in words[1:]):
        return False  # "Jens Bak Lund"
    if _places_only(words):
        return False  # "Vejle Ø", "Engparken II": a place
    if len(words) == 1 and _NUMBERED.fullmatch(text, start, end) and _place_word(words[0]):
        return False  # "Engparken 2": an estate and its department's number
    return not _street().search(words[-1])
