"""Danish number notation: ``1.250.000``, ``8,1``, ``1 250``, number words.

Danish writes a full stop between thousands and a comma before decimals, so ``1.250`` is one
thousand two hundred and fifty and ``1,250`` is one and a quarter. A dot followed by one or two
digits (``2.5 mio.``) is read as an English decimal point, and several comma groups of three
(``1,250,000``) as English thousands.
"""

from __future__ import annotations

from socdoc import lazy_re as re
from typing import Union

from socdoc.lang import da

Number = Union[int, float]

# One number as Danish texts write it (no sign).
NUMBER_PATTERN = r"\d{0,3}(?:[½¼¾]|[13]⁄[24])(?![\d½¼¾⁄])|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}|(?<!\d)(?!0)\d{1,3}(?: \d{3})+(?:,\d+)?(?![\d.])|\d+(?:[.,]\d+)?"

_DANISH_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_ENGLISH_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
_SPACE_THOUSANDS = re.compile(r"\d{1,3}(?: \d{3})+(?:,\d+)?")
_ENGLISH_DECIMAL = re.compile(r"\d+\.\d{1,2}")
# Vulgar fractions, whole or after a whole number: "½ mia. kr.", "1½ mio. kr."
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
# The same fractions as a PDF sets them, numerator and denominator around the fraction slash (U+2044), run
# onto the whole number: "21⁄2" is 2½
_SLASHED_FRACTIONS = {"1⁄2": 0.5, "1⁄4": 0.25, "3⁄4": 0.75}


def parse_number(text: str) -> float:
    """Read one Danish-written number.

    >>> parse_number("1.250.000")
    1250000.0
    >>> parse_number("1.250")
    1250.0
    >>> parse_number("1,250")
    1.25
    >>> parse_number("8,1")
    8.1
    >>> parse_number("1 250 000")
    1250000.0
    >>> parse_number("1½")
    1.5
    >>> parse_number("21⁄2")
    2.5
    """
    s = text.strip()
    if s[-3:] in _SLASHED_FRACTIONS:
        return float(s[:-3] or 0) + _SLASHED_FRACTIONS[s[-3:]]
    if s[-1:] in _FRACTIONS:
        return float(s[:-1] or 0) + _FRACTIONS[s[-1]]
    if _DANISH_THOUSANDS.fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))
    if _ENGLISH_THOUSANDS.fullmatch(s):
        return float(s.replace(",", ""))
    if _SPACE_THOUSANDS.fullmatch(s):
        return float(s.replace(" ", "").replace(",", "."))
    if _ENGLISH_DECIMAL.fullmatch(s):
        return float(s)
    return float(s.replace(",", "."))


def parse_number_word(text: str) -> float | None:
    """Value of a Danish number word (``to`` → 2, ``halvanden`` → 1.5), or None."""
    key = " ".join(text.lower().split())
    value = da.load().number_words.get(key)
    return value


def number_word_pattern() -> str:
    """Regex alternation of the number words, longest first."""
    words = re.longest_first(da.load().number_words)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def as_int_if_whole(value: float) -> Number:
    """``8100000.0`` → ``8100000``; keep a float when there are øre."""
    rounded = round(value, 2)
    if abs(rounded - round(rounded)) < 1e-9:
        return int(round(rounded))
    return rounded
