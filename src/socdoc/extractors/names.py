"""Canonical names of organisations, people and places.

Danish names reach the text in several shapes: with a genitive ("Køge Kommunes",
"Aarhus'"), with a defining abbreviation ("Dansk Idræts Forbund (DIF)"), as hyphenated compounds
with a missing comma ("Social- Børne- og Integrationsministeriet") or in lower case
("regeringen"). These helpers turn such surface forms into one canonical name.
"""

from __future__ import annotations

import functools
from socdoc import lazy_re as re
from typing import Iterable, Iterator, Optional

_SPACES = re.compile(r"\s+")
# "Social- Børne- og": every hyphenated part before the last one before "og" takes a comma.
_HYPHEN_RUN = re.compile(r"(\w-)(?=\s+\w+-\s)")
_HYPHEN_COMMA = re.compile(r"(\w-)\s+(?=\w+-,?\s+(?:og|&)\s)")
_DOUBLE_COMMA = re.compile(r"-,\s*,")
# articles that may lead a full form before an adjective in lower case ("Det lokale Beskæftigelsesråd")
_ARTICLES = ("Det", "Den", "De")
_ABBREVIATION_DEF = re.compile(
    rf"(?P<full>(?:(?:{'|'.join(_ARTICLES)})\s+[a-zæøå]+\s+)?"
    r"(?:[A-ZÆØÅ][\w'.&-]*\s+(?:(?:og|for|af|i|til|&)\s+)?){0,7}[A-ZÆØÅ][\w'.&-]*)"
    r"\s*\((?P<abbr>[A-ZÆØÅ][A-ZÆØÅa-zæøå0-9&/.-]{1,11})\)"
)
# Where a definition can end: its "(", and the run of characters its full form may hold (read
# backwards in the reversed text) before it; the "(…)" spans at most 14 characters.
_ABBREVIATION_OPEN = re.compile(r"\((?=[A-ZÆØÅ])")
_FULL_FORM_RUN = re.compile(r"[\w'.&\s-]*")
_ABBREVIATION_TAIL = 14


def squash(text: str) -> str:
    """Collapse white space (line breaks inside a name) into single spaces.

    The same as ``_SPACES.sub(" ", text).strip()`` (``str.split`` and ``\\s`` know the same
    white space), without the regex machinery."""
    return " ".join(text.split())


def capitalise(text: str) -> str:
    """First letter upper case, the rest as written ("regeringen" → "Regeringen")."""
    return text[:1].upper() + text[1:] if text else text


def lower_first(text: str) -> str:
    """First letter lower case, the rest as written ("Pressechef" → "pressechef")."""
    if len(text) > 1 and text[:2].isupper():
        return text
    return text[:1].lower() + text[1:] if text else text


def fix_hyphen_compound(name: str) -> str:
    """Insert the comma a coordinated compound lacks.

    >>> fix_hyphen_compound("Social- Børne- og Integrationsministeriet")
    'Social-, Børne- og Integrationsministeriet'
    >>> fix_hyphen_compound("Transport-, Bygnings- og Boligministeriet")
    'Transport-, Bygnings- og Boligministeriet'
    """
    if "-" not in name:
        return name
    fixed = _HYPHEN_COMMA.sub(_comma_after, name)
    return _DOUBLE_COMMA.sub("-,", fixed)


def _comma_after(match: re.Match[str]) -> str:
    return match.group(1) + ", "


def strip_genitive(name: str, known: Iterable[str] = (), heads: Iterable[str] = ()) -> str:
    """Remove a genitive -s / -' from the last word of a name.

    The -s goes when the form without it is ``known`` (another mention, a gazetteer name) or the
    last word then ends in one of ``heads`` (name words such as "kommune", "forening").

    >>> strip_genitive("Dansk Socialrådgiverforenings", heads=["forening"])
    'Dansk Socialrådgiverforening'
    >>> strip_genitive("Aarhus'")
    'Aarhus'
    """
    if name.endswith(("'", "’")) and len(name) > 2 and name[-2] in "sxzSXZ":
        return name[:-1]
    if name.endswith(("'s", "’s")):
        return name[:-2]
    if not name.endswith("s") or len(name) < 4:
        return name
    stem = name[:-1]
    known_keys = {k.casefold() for k in known}
    if stem.casefold() in known_keys:
        return stem
    last = stem.rsplit(" ", 1)[-1].casefold()
    if any(last.endswith(h) for h in heads):
        return stem
    return name


def abbreviation_definitions(text: str) -> dict[str, tuple[str, int, int]]:
    """Abbreviations the text defines: "Dansk Idræts Forbund (DIF)" → {"DIF": (full, start, end)}.

    The full form must be made of words whose initials spell the abbreviation (compound words may
    give more than one letter), so "i samarbejde med Dansk Idræts Forbund (DIF)" yields only the
    name.
    """
    return dict(_abbreviation_definitions(text))


@functools.lru_cache(maxsize=2)
def _abbreviation_definitions(text: str) -> dict[str, tuple[str, int, int]]:
    found: dict[str, tuple[str, int, int]] = {}
    for match in _definition_matches(text):
        abbr = match.group("abbr")
        words = match.group("full").split()
        full = _fit_abbreviation(words, abbr)
        if full is None:
            continue
        end = match.start("full") + len(match.group("full"))
        start = end - len(full)
        found.setdefault(abbr, (full, start, end))
    return found


def _definition_matches(text: str) -> Iterator[re.Match[str]]:
    """``_ABBREVIATION_DEF.finditer(text)``, tried only in the run of full-form characters before
    each "(" that can open an abbreviation: a full form holds no other character, so every match
    lies in such a run and ends within ``_ABBREVIATION_TAIL`` characters of its "("."""
    reverse = ""
    last_end = 0
    for paren in _ABBREVIATION_OPEN.finditer(text):
        if not reverse:
            reverse = text[::-1]
        at = paren.start()
        flipped = len(text) - at
        run_start = at - (_FULL_FORM_RUN.match(reverse, flipped).end() - flipped)
        for match in _ABBREVIATION_DEF.finditer(text, max(run_start, last_end), at + _ABBREVIATION_TAIL):
            last_end = match.end()
            yield match


def _fit_abbreviation(words: list[str], abbr: str) -> Optional[str]:
    """The shortest tail of ``words`` whose capitals can spell ``abbr``."""
    letters = [c for c in abbr.upper() if c.isalpha()]
    if len(letters) < 2:
        return None
    for size in range(1, len(words) + 1):
        tail = words[-size:]
        if not tail[0][:1].isupper():
            continue
        capitals = "".join(c for w in tail for c in w if c.isupper())
        initials = "".join(w[0] for w in tail if w[:1].isupper())
        if initials.upper() == "".join(letters) or _subsequence(letters, capitals):
            if initials[:1].upper() == letters[0]:
                return " ".join(tail)
        if len(tail) > 1 and all(w[:1].isupper() for w in tail) and _compound_spelling(
                [w.lower() for w in tail], [c.lower() for c in letters]):
            return " ".join(tail)
        if _article_adjective_spelling(tail, letters):
            return " ".join(tail)  # "Det lokale Beskæftigelsesråd (LBR)"
        spelt = _without_suspension_links(tail) or _without_links(tail)  # "Special- og Rehabiliteringscentret (SRC)"
        if spelt is not None and _compound_spelling([w.lower() for w in spelt], [c.lower() for c in letters]):
            return " ".join(tail)  # "Nordsjællands Park og Vej (NSPV)": Nord|sjællands, the link spells nothing
    last = words[-1]  # "Landsorganisationen (LO)": one compound word, when no longer name spells it
    if len(last) >= 8 and last[:1].isupper() and _compound_spelling([last.lower()], [c.lower() for c in letters]):
        return last
    return None


def _article_adjective_spelling(words: list[str], letters: list[str]) -> bool:
    """A name led by an article and an adjective in lower case whose words after the article spell
    the abbreviation: "Det lokale Beskæftigelsesråd" spells "LBR"."""
    if len(words) < 3 or words[0] not in _ARTICLES or not words[1][:1].islower():
        return False
    if not all(w[:1].isupper() for w in words[2:]):
        return False
    return _compound_spelling([w.lower() for w in words[1:]], [c.lower() for c in letters], part=3)


def _without_suspension_links(words: list[str]) -> Optional[list[str]]:
    """The words of a coordination of suspended compounds without its links ("Social- og
    Sundhedscentret" → "Social-", "Sundhedscentret"), or None when ``words`` is no such name."""
    if len(words) < 3 or not words[0].endswith("-"):
        return None
    kept = [w for i, w in enumerate(words) if not (w in ("og", "&") and i > 0 and words[i - 1].endswith("-"))]
    if len(kept) == len(words) or not all(w[:1].isupper() for w in kept):
        return None
    return kept


def _without_links(words: list[str]) -> Optional[list[str]]:
    """The capitalised words of a name joined by "og" or "&" ("Nordsjællands Park og Vej" → "Nordsjællands",
    "Park", "Vej"), or None when ``words`` holds no link or another word in lower case."""
    kept = [w for i, w in enumerate(words) if not (w in ("og", "&") and 0 < i < len(words) - 1)]
    if len(kept) == len(words) or not all(w[:1].isupper() for w in kept):
        return None
    return kept


def _compound_spelling(words: list[str], letters: list[str], li: int = 0, part: int = 4) -> bool:
    """True when each word opens with the next letter and the letters left over are found, in
    order, inside the words where a compound's later part can open (after four letters, with
    four left): "Holbæk Andelsboligforening" spells "HAB" (Andels|bolig)."""
    if not words:
        return li == len(letters)
    word = words[0]
    if li >= len(letters) or word[:1] != letters[li]:
        return False
    pos, li = 1, li + 1
    while True:
        if _compound_spelling(words[1:], letters, li, part):
            return True
        if li >= len(letters):
            return False
        pos = word.find(letters[li], max(pos, 4))
        if pos < 0 or len(word) - pos < part:
            return False
        pos, li = pos + 1, li + 1


def _subsequence(letters: list[str], capitals: str) -> bool:
    if not capitals or capitals[0] != letters[0]:
        return False
    it = iter(capitals)
    return all(ch in it for ch in letters)


def name_key(name: str) -> str:
    """Key for comparing names: casefolded, single-spaced, no comma after hyphens."""
    return squash(name).replace("-,", "-").casefold()
