"""PDF: the text layer in reading order, without running headers, footers or page numbers.

Words come from pdfplumber. Lines are words at one height; a page (or a part of one) whose lines
leave a clear vertical gutter of empty space is read column by column. Lines repeated at the top or
bottom of most pages, and page-number lines, are dropped; words split by a hyphen at a line end are
joined again. Pages without a text layer are OCR'd with Tesseract when it is installed.
"""

from __future__ import annotations

import io
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional, Sequence

import pdfplumber

from .base import ReadLimits, data_lines
from .errors import CorruptDocumentError, EmptyDocumentError, LimitExceededError, OcrUnavailableError, ReadError
from .ocr import ocr_available, ocr_image, render_pages_png

EDGE_LINES = 3
"""How many lines at the top and at the bottom of a page may be running headers or footers."""
PAGE_NUMBER_LINES = 2
"""How many lines at the top and at the bottom of a page may be a page number."""
REPEAT_SHARE = 0.5
"""A top/bottom line is a running header/footer when it recurs on this share of the pages."""
MIN_PAGE_CHARS = 10
"""A page with fewer characters of text than this has no usable text layer."""
MIN_GUTTER = 7.0
"""Narrowest empty vertical strip (points) that can separate two text columns."""
MIN_COLUMN = 90.0
"""Narrowest region (points) that may be split into columns."""
CELL_GAP = 2.0
"""A horizontal gap wider than this many line heights separates table cells (joined by " | ")."""
PARAGRAPH_GAP = 1.45
"""A line pitch larger than this many times the usual pitch starts a new paragraph."""

_CID_RE = re.compile(r"\(cid:\d+\)")
_DIGITS_RE = re.compile(r"\d+")
_SPACE_RE = re.compile(r"\s+")
_BULLET_RE = re.compile("^[\u2022\u25aa\u25e6\u25cf\u25a0\u25a1\u27a2\u25ba\uf0b7\uf0a7\uf076\uf0d8]\\s*")
_HYPHENS = "-\u2010\u00ad"
_LINE_END_HYPHEN_RE = re.compile(r"(?<=\w)[-\u2010\u00ad]$")
_FIRST_WORD_RE = re.compile(r"^(\S+)(.*)$", re.DOTALL)
_EMPTIED = "\x00"  # a line whose only word moved up to the previous line


@dataclass
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class _Line:
    words: list[_Word] = field(default_factory=list)
    ocr_text: Optional[str] = None
    break_before: bool = False

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def height(self) -> float:
        return statistics.median(w.bottom - w.top for w in self.words)

    @property
    def text(self) -> str:
        if self.ocr_text is not None:
            return self.ocr_text
        return _join_words(self.words, self.height)


def _join_words(words: Sequence[_Word], height: float) -> str:
    parts: list[str] = []
    previous: Optional[_Word] = None
    for word in sorted(words, key=lambda w: w.x0):
        if previous is not None:
            parts.append(" | " if word.x0 - previous.x1 > CELL_GAP * max(height, 1.0) else " ")
        parts.append(word.text)
        previous = word
    return "".join(parts)


# ---------------------------------------------------------------- words and lines


def _page_words(page: "pdfplumber.page.Page") -> list[_Word]:
    raw = page.dedupe_chars().extract_words(
        x_tolerance=1.5, y_tolerance=3, keep_blank_chars=False, use_text_flow=False
    )
    words = []
    for item in raw:
        if not item.get("upright", True):
            continue  # vertical margin text (file numbers, printer marks)
        text = _CID_RE.sub("", item["text"]).strip()
        if not text or item["x1"] < 0 or item["x0"] > page.width:
            continue
        words.append(_Word(text, float(item["x0"]), float(item["x1"]), float(item["top"]), float(item["bottom"])))
    return words


def _cluster_lines(words: list[_Word]) -> list[_Line]:
    """Group words into lines: a word joins the current line when its middle lies within it."""
    lines: list[_Line] = []
    current: Optional[_Line] = None
    top = bottom = 0.0
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        middle = (word.top + word.bottom) / 2
        if current is not None and top <= middle <= bottom:
            current.words.append(word)
            continue
        current = _Line([word])
        lines.append(current)
        top, bottom = word.top, word.bottom
    return lines


# ---------------------------------------------------------------- columns


def _find_gutter(lines: list[_Line], x0: float, x1: float) -> Optional[tuple[float, float]]:
    """An empty vertical strip that splits most lines into a left and a right text column."""
    width = x1 - x0
    if len(lines) < 6 or width < 2 * MIN_COLUMN + MIN_GUTTER:
        return None
    bins = int(math.ceil(width))
    coverage = [0] * (bins + 1)
    for line in lines:
        covered = bytearray(bins + 1)
        for word in line.words:
            start = max(0, int(word.x0 - x0))
            end = min(bins, int(math.ceil(word.x1 - x0)))
            covered[start : end + 1] = b"\x01" * (end + 1 - start)
        for i, flag in enumerate(covered):
            coverage[i] += flag
    allowed = max(1, int(0.1 * len(lines)))
    best: Optional[tuple[int, int]] = None
    start = None
    for i in range(bins + 2):
        empty = i <= bins and coverage[i] <= allowed and MIN_COLUMN <= i <= width - MIN_COLUMN
        if empty and start is None:
            start = i
        elif not empty and start is not None:
            if i - start >= MIN_GUTTER and (best is None or i - start > best[1] - best[0]):
                best = (start, i)
            start = None
    if best is None:
        return None
    g0, g1 = x0 + best[0], x0 + best[1]
    if not (_is_text_column(lines, x0, g0, right=False) and _is_text_column(lines, g1, x1, right=True)):
        return None
    return g0, g1


def _is_text_column(lines: list[_Line], x0: float, x1: float, right: bool) -> bool:
    """True when the lines on one side of a gutter are prose lines filling the column, not table cells."""
    extents = []
    for line in lines:
        words = [w for w in line.words if (w.x0 >= x0 if right else w.x1 <= x1)]
        if words:
            extents.append(max(w.x1 for w in words) - min(w.x0 for w in words))
    if len(extents) < max(3, 0.25 * len(lines)):
        return False
    return statistics.median(extents) >= 0.6 * (x1 - x0)


def _split(line: _Line, middle: float) -> tuple[Optional[_Line], Optional[_Line]]:
    left = [w for w in line.words if (w.x0 + w.x1) / 2 < middle]
    right = [w for w in line.words if (w.x0 + w.x1) / 2 >= middle]
    return (_Line(left) if left else None), (_Line(right) if right else None)


def _layout(lines: list[_Line], x0: float, x1: float, depth: int = 0) -> list[_Line]:
    """Lines in reading order: column by column between lines that cross the gutter."""
    gutter = _find_gutter(lines, x0, x1) if depth < 3 else None
    if gutter is None:
        return lines
    g0, g1 = gutter
    middle = (g0 + g1) / 2
    ordered: list[_Line] = []
    left: list[_Line] = []
    right: list[_Line] = []

    def flush() -> None:
        ordered.extend(_layout(left, x0, g0, depth + 1))
        if right:
            right[0].break_before = True
        ordered.extend(_layout(right, g1, x1, depth + 1))
        left.clear()
        right.clear()

    for line in lines:
        if any(w.x0 < g1 and w.x1 > g0 for w in line.words):
            flush()
            ordered.append(line)
            continue
        part_left, part_right = _split(line, middle)
        if part_left:
            left.append(part_left)
        if part_right:
            right.append(part_right)
    flush()
    return ordered


def _mark_paragraphs(lines: list[_Line]) -> None:
    """Flag lines that follow a larger vertical gap than the usual line pitch."""
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:]) if b.top > a.top]
    if not pitches:
        return
    usual = statistics.median(pitches)
    for a, b in zip(lines, lines[1:]):
        if b.top - a.top > PARAGRAPH_GAP * usual or b.top < a.top:
            b.break_before = True


# ---------------------------------------------------------------- headers, footers, page numbers


def _key(text: str) -> str:
    return _SPACE_RE.sub(" ", _DIGITS_RE.sub("#", text.lower())).strip()


def _page_number_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in data_lines("page_number_patterns.txt")), re.IGNORECASE)


def _strip_running_lines(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Drop running headers/footers (repeated on most pages) and page numbers at page edges."""
    page_number = _page_number_re()
    top_counts: Counter[str] = Counter()
    bottom_counts: Counter[str] = Counter()
    for lines in pages:
        top_counts.update({_key(line.text) for line in lines[:EDGE_LINES]})
        bottom_counts.update({_key(line.text) for line in lines[-EDGE_LINES:]})
    needed = max(2, math.ceil(REPEAT_SHARE * len(pages)))
    kept_pages = []
    for lines in pages:
        drop = set()
        for i, line in enumerate(lines[:EDGE_LINES]):
            if top_counts[_key(line.text)] >= needed or (
                i < PAGE_NUMBER_LINES and page_number.fullmatch(line.text.strip())
            ):
                drop.add(i)
        for back, line in enumerate(reversed(lines[-EDGE_LINES:])):
            if bottom_counts[_key(line.text)] >= needed or (
                back < PAGE_NUMBER_LINES and page_number.fullmatch(line.text.strip())
            ):
                drop.add(len(lines) - 1 - back)
        kept_pages.append([line for i, line in enumerate(lines) if i not in drop])
    return kept_pages


# ---------------------------------------------------------------- hyphenation


def _keep_hyphen_words() -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines("hyphen_keep_words.txt"))


def repair_hyphenation(lines: list[Optional[str]]) -> list[Optional[str]]:
    """Join words split by a hyphen at a line end ("bolig-" + "område" → "boligområde").

    ``None`` marks a page break and is skipped when looking for the next line; a blank line
    (paragraph end) is not. The hyphen stays when the next word is a conjunction ("Social- og
    Sundhedsudvalget"), and so does it after a capital or digit ("EU-" + "midler" → "EU-midler").
    Lines starting with a capital or a digit are never joined.
    """
    keep_words = _keep_hyphen_words()
    out = list(lines)
    for i, line in enumerate(out):
        if not line or line == _EMPTIED or not _LINE_END_HYPHEN_RE.search(line):
            continue
        j = i + 1
        while j < len(out) and out[j] is None:
            j += 1
        if j >= len(out) or not out[j] or out[j] == _EMPTIED:
            continue
        match = _FIRST_WORD_RE.match(out[j])
        if not match or not match.group(1)[0].islower() or not match.group(1)[0].isalpha():
            continue
        word, rest = match.group(1), match.group(2)
        hyphen, before = line[-1], line[-2]
        if hyphen != "\u00ad" and word.lower().rstrip(",.;:") in keep_words:
            continue
        joined = line[:-1] + word if (hyphen == "\u00ad" or before.islower()) else line + word
        out[i] = joined
        out[j] = rest.lstrip() or _EMPTIED
    return [line for line in out if line != _EMPTIED]


# ---------------------------------------------------------------- pages


def _text_lines(page: "pdfplumber.page.Page") -> list[_Line]:
    return _cluster_lines(_page_words(page))


def _page_has_marks(page: "pdfplumber.page.Page") -> bool:
    return any(page.objects.get(kind) for kind in ("image", "curve", "rect", "line"))


def _ocr_lines(text: str) -> list[_Line]:
    lines = []
    gap = False
    for raw in text.splitlines():
        stripped = raw.strip()
        if not stripped:
            gap = True
            continue
        lines.append(_Line(ocr_text=_SPACE_RE.sub(" ", stripped), break_before=gap))
        gap = False
    return lines


def _open(data: bytes) -> "pdfplumber.PDF":
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        _ = pdf.pages  # parses the page tree: fails here on a broken file
        return pdf
    except Exception as exc:
        raise _pdf_error(exc) from exc


def _pdf_error(exc: BaseException) -> ReadError:
    if isinstance(exc, ReadError):
        return exc
    name = type(exc).__name__ + " " + repr(getattr(exc, "args", ""))
    if "Password" in name or "Encrypt" in name:
        return CorruptDocumentError("PDF is password-protected")
    detail = str(exc).strip() or type(exc).__name__
    return CorruptDocumentError(f"not a readable PDF ({detail[:200]})")


def _ocr_pages(data: bytes, indexes: list[int], limits: ReadLimits) -> dict[int, list[_Line]]:
    found = {}
    for index, png in render_pages_png(data, indexes, limits.ocr_dpi):
        found[index] = _ocr_lines(ocr_image(png, limits.ocr_timeout))
    return found


def _page_texts(pages: list[list[_Line]], widths: list[float]) -> list[Optional[str]]:
    out: list[Optional[str]] = []
    for lines, width in zip(pages, widths):
        if out:
            out.append(None)
        if lines and lines[0].ocr_text is None:
            ordered = _layout(lines, 0.0, width)
            _mark_paragraphs(ordered)
        else:
            ordered = lines
        for k, line in enumerate(ordered):
            if line.break_before and k:
                out.append("")
            out.append(_BULLET_RE.sub("- ", line.text))
    return out


def read_pdf(data: bytes, limits: ReadLimits) -> str:
    """Text of a PDF in reading order; scanned pages OCR'd when Tesseract (dan) is there."""
    pdf = _open(data)
    pages: list[list[_Line]] = []
    widths: list[float] = []
    need_ocr: list[int] = []
    total = 0
    try:
        for index, page in enumerate(pdf.pages):
            try:
                lines = _text_lines(page)
                chars = sum(len(w.text) for line in lines for w in line.words)
                if chars < MIN_PAGE_CHARS and _page_has_marks(page):
                    need_ocr.append(index)
                pages.append(lines)
                widths.append(float(page.width))
            except ReadError:
                raise
            except Exception as exc:
                raise _pdf_error(exc) from exc
            finally:
                page.close()
            total += chars
            if total > limits.max_text_chars:
                raise LimitExceededError(
                    f"PDF text is longer than max_text_chars={limits.max_text_chars:,}"
                )
    finally:
        pdf.close()
    if not pages:
        raise EmptyDocumentError("PDF has no pages")
    if need_ocr:
        if limits.pdf_ocr and ocr_available():
            for index, lines in _ocr_pages(data, need_ocr, limits).items():
                pages[index] = lines
        elif total < MIN_PAGE_CHARS:
            if not limits.pdf_ocr:
                raise OcrUnavailableError("PDF has no text layer and OCR is disabled (pdf_ocr=False)")
            raise OcrUnavailableError(
                "PDF has no text layer and Tesseract with Danish (tesseract-ocr-dan) is not installed"
            )
    lines = repair_hyphenation(_page_texts(_strip_running_lines(pages), widths))
    return "\n".join("" if line is None else line for line in lines)
