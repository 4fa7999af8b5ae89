"""Plain text in any charset, with a preference for UTF-8 and the Western encodings Danish text uses."""

from __future__ import annotations

import codecs
import re
import unicodedata

from .base import ReadLimits

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

WESTERN = ("cp1252", "iso8859_15", "cp850", "cp865", "mac_roman")
"""Single-byte encodings of Danish text, in order of preference on a tie.

latin-1 is not listed: its letters are those of cp1252, which also maps 0x80–0x9F to “”–€."""

_DANISH_LETTERS = frozenset("æøåÆØÅ")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
_SAMPLE_BYTES = 2**20
_COMMON_PUNCT = frozenset("“”„‘’‚–—…€«»§°½¼¾·•×²³´¨¤£©®")


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _western_score(text: str) -> int:
    """How much a decoding looks like Danish/Western text: letters and common punctuation score."""
    score = 0
    for char in _NON_ASCII_RE.findall(text):
        if char in _DANISH_LETTERS:
            score += 2
        elif char in _COMMON_PUNCT or unicodedata.category(char).startswith("L"):
            score += 1
        else:
            score -= 2
    return score


def _best_western(data: bytes) -> str | None:
    """The Western encoding whose decoding scores best, ``None`` if none decodes."""
    best: tuple[int, int] | None = None
    choice = None
    for rank, encoding in enumerate(WESTERN):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        key = (_western_score(text), -rank)
        if best is None or key > best:
            best, choice = key, encoding
    return choice


def detect_encoding(data: bytes) -> str:
    """The encoding of ``data``: BOM, else UTF-8 if valid, else the best-scoring candidate.

    Candidates are charset-normalizer's first guess and the Western single-byte encodings. The
    detector alone often names a CJK or Central European code page for short Danish text (every
    single-byte decoding of "Søparken" looks equally clean to it), so each candidate's decoding is
    scored on letters (æøå most) against stray symbols; a tie goes to the Western encoding.
    """
    bom = bom_encoding(data)
    if bom:
        return bom
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:_SAMPLE_BYTES]
    western = _best_western(sample)
    import charset_normalizer  # only for text that is not UTF-8

    match = charset_normalizer.from_bytes(sample).best()
    if match is None or match.encoding in WESTERN:
        return western or (match.encoding if match else "cp1252")
    if match.encoding.startswith(("utf_16", "utf_32")) or western is None:
        return match.encoding
    other = _western_score(sample.decode(match.encoding, errors="replace"))
    return match.encoding if other > _western_score(sample.decode(western)) else western


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` with ``declared`` if it fits, else with the detected encoding."""
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode(detect_encoding(data), errors="replace")


_MARKUP_TAG_RE = re.compile(
    r"</?(?:br|p|strong|b|em|i|u|span|div|font|li|ul|ol|h[1-6]|td|tr|table|sup|sub)\b[^<>\n]{0,200}?/?>",
    re.IGNORECASE,
)
_MIN_MARKUP_TAGS = 10
_MIN_MARKUP_LINE_SHARE = 0.2


def is_markup(text: str) -> bool:
    """Whether plain text is HTML markup (a page saved as text: ``<br />`` line ends, ``<strong>`` runs).

    A few tags in running text (an e-mail quoting ``<b>``) are not enough: at least ten tags, on at
    least a fifth of the non-blank lines."""
    tags = _MARKUP_TAG_RE.findall(text)
    if len(tags) < _MIN_MARKUP_TAGS:
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    tagged = sum(1 for line in lines if _MARKUP_TAG_RE.search(line))
    return tagged >= _MIN_MARKUP_LINE_SHARE * len(lines)


def read_txt(data: bytes, limits: ReadLimits) -> str:
    """Text of a plain-text file (line ends and cleaning are left to :func:`clean_text`).

    A text file that holds HTML markup is converted as HTML, its line ends kept as line breaks."""
    text = decode_bytes(data)
    if is_markup(text):
        from .html import markup_text

        return markup_text(text)
    return text


_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive or Office file"),
    (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc/.xls)"),
)
"""Signatures of common binary files that turn up under a text extension."""

_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_BINARY_SAMPLE = 8192
_MAX_CONTROL_SHARE = 0.05


def binary_kind(data: bytes) -> str | None:
    """What ``data`` is when it is binary rather than text (``"a PNG image"``), else ``None``.

    Text in UTF-16/32 (with or without a byte-order mark) is text: its NUL bytes are half of
    its characters. Anything else with more than 5 % control bytes in its first 8 KB is binary.
    """
    if bom_encoding(data):
        return None
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:_BINARY_SAMPLE]
    if not head:
        return None
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls / len(head) <= _MAX_CONTROL_SHARE:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = head[: len(head) // 2 * 2].decode(encoding)
        except UnicodeDecodeError:
            continue
        if sum(c.isprintable() or c.isspace() for c in text) >= 0.95 * len(text):
            return None
    return "binary data"
