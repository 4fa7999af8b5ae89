"""PDF: the text layer in reading order, without running headers, footers or page numbers.

Characters come from PDFium (pypdfium2), or from pdfplumber when PDFium cannot open a file. Lines
are words at one height; a page (or a part of one) whose lines leave a clear vertical gutter of
empty space is read column by column. Lines repeated at the top or
bottom of most pages, and page-number lines, are dropped; words split by a hyphen at a line end are
joined again. Pages without a text layer are OCR'd with Tesseract when it is installed.
"""

from __future__ import annotations

import io
import math
import re
import statistics
import zlib
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator, Optional, Sequence

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .base import ReadLimits, data_lines
from .errors import CorruptDocumentError, EmptyDocumentError, LimitExceededError, OcrUnavailableError, ReadError
from .ocr import ocr_available, ocr_image

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
JUSTIFIED_SPREAD = 1.5
"""Gaps of a line within this factor of each other are the stretched spaces of justified text."""
PARAGRAPH_GAP = 1.45
"""A line pitch larger than this many times the usual pitch starts a new paragraph."""

_CID_RE = re.compile(r"\(cid:\d+\)")
_DIGITS_RE = re.compile(r"\d+")
_SPACE_RE = re.compile(r"\s+")
_BULLET_RE = re.compile("^[\u2022\u25aa\u25e6\u25cf\u25a0\u25a1\u27a2\u25ba\uf0b7\uf0a7\uf076\uf0d8]\\s*")
_LINE_END_HYPHEN_RE = re.compile(r"(?<=\w)[-\u2010\u00ad]$")
_FIRST_WORD_RE = re.compile(r"^(\S+)(.*)$", re.DOTALL)
_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb06": "st"}
)
_EMPTIED = "\x00"  # a line whose only word moved up to the previous line
_TRAILING_FOLIO_RE = re.compile(r"(?:\s|\|)(\d{1,4})$")
_LEADING_FOLIO_RE = re.compile(r"^(\d{1,4}) \| ")


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

    @cached_property
    def text(self) -> str:
        if self.ocr_text is not None:
            return self.ocr_text
        return _join_words(self.words, self.height)


def _join_words(words: Sequence[_Word], height: float) -> str:
    """Words of a line joined by spaces, or by " | " across the wide gaps between table cells.

    Gaps of a justified line are all stretched alike, so evenly sized gaps never split cells.
    """
    ordered = sorted(words, key=lambda w: w.x0)
    gaps = [b.x0 - a.x1 for a, b in zip(ordered, ordered[1:])]
    limit = CELL_GAP * max(height, 1.0)
    cells = bool(gaps) and max(gaps) > limit
    if cells and len(gaps) >= 2 and max(gaps) <= JUSTIFIED_SPREAD * max(min(gaps), 0.1):
        cells = False  # a justified line
    if cells and len(gaps) == 1 and gaps[0] <= 2 * limit:
        cells = False  # two words far apart: a stretched line as likely as two cells
    parts = [ordered[0].text] if ordered else []
    for gap, word in zip(gaps, ordered[1:]):
        parts.append(" | " if cells and gap > limit else " ")
        parts.append(word.text)
    return "".join(parts)


# ---------------------------------------------------------------- words and lines


def _pdfplumber_words(page: pdfplumber.page.Page) -> list[_Word]:
    """Words of a page through pdfplumber (pdfminer), for files PDFium cannot open."""
    raw_words = page.extract_words(x_tolerance=1.5, y_tolerance=3, keep_blank_chars=False, use_text_flow=False)
    words = []
    for item in raw_words:
        if not item.get("upright", True):
            continue  # vertical margin text (file numbers, printer marks)
        text = _CID_RE.sub("", item["text"]).strip()
        if text and item["x1"] >= 0 and item["x0"] <= page.width:
            words.append(_Word(text, float(item["x0"]), float(item["x1"]), float(item["top"]), float(item["bottom"])))
    return _dedupe(words)


def _dedupe(words: list[_Word]) -> list[_Word]:
    """Drop a word printed twice over itself (fake bold)."""
    seen: set[tuple[str, int, int]] = set()
    kept = []
    for word in words:
        spot = (word.text, round(word.x0), round(word.top))
        if spot not in seen:
            seen.add(spot)
            kept.append(word)
    return kept


def _quarter(angle: float) -> int:
    """A text angle (radians, as PDFium gives it) as quarter turns 0–3."""
    return int(round(math.degrees(angle) / 90.0)) % 4


def _turn(box: tuple[float, float, float, float], quarter: int) -> tuple[float, float, float, float]:
    """A PDF-space box (left, bottom, right, top; y up) as (x0, x1, top, bottom) in the frame where
    text of ``quarter`` reads left to right and lines run downwards."""
    left, bottom, right, top = box
    if quarter == 0:
        return left, right, -top, -bottom
    if quarter == 3:  # reads upwards
        return bottom, top, left, right
    if quarter == 1:  # reads downwards
        return -top, -bottom, -right, -left
    return -right, -left, bottom, top  # upside down


def _pdfium_words(page: pdfium.PdfPage) -> tuple[list[_Word], int]:
    """Words of a page from PDFium's characters, in the page's main reading direction.

    Returns the words and the number of characters whose glyphs map to no Unicode text.
    """
    textpage = page.get_textpage()
    try:
        chars = []
        unmapped = 0
        handle = textpage.raw
        for i in range(textpage.count_chars()):
            code = pdfium_c.FPDFText_GetUnicode(handle, i)
            if pdfium_c.FPDFText_HasUnicodeMapError(handle, i):
                unmapped += 1
                chars.append(None)
                continue
            char = _char(code)
            if char is None or char.isspace():
                chars.append(None)
                continue
            quarter = _quarter(pdfium_c.FPDFText_GetCharAngle(handle, i))
            chars.append((char, quarter, textpage.get_charbox(i, loose=True)))
    finally:
        textpage.close()
    quarters = Counter(c[1] for c in chars if c is not None)
    main = quarters.most_common(1)[0][0] if quarters else 0
    words: list[_Word] = []
    current: list[tuple[str, tuple[float, float, float, float]]] = []

    def flush() -> None:
        if current:
            text = "".join(c for c, _ in current).translate(_LIGATURES)
            words.append(
                _Word(
                    text,
                    min(b[0] for _, b in current),
                    max(b[1] for _, b in current),
                    min(b[2] for _, b in current),
                    max(b[3] for _, b in current),
                )
            )
            current.clear()

    for item in chars:
        if item is None or item[1] != main:
            flush()
            continue
        char, _, box = item
        turned = _turn(box, main)
        if current:
            last = current[-1][1]
            height = max(last[3] - last[2], 1.0)
            middle, last_middle = (turned[2] + turned[3]) / 2, (last[2] + last[3]) / 2
            if (
                abs(middle - last_middle) > 0.5 * height
                or turned[0] < last[0] - 0.5
                or turned[0] - last[1] > 0.25 * height
            ):
                flush()
        current.append((char, turned))
    flush()
    return _dedupe(words), unmapped


def _char(code: int) -> Optional[str]:
    if code in (0, 0xFFFE, 0xFFFF) or 0xD800 <= code <= 0xDFFF:
        return None
    if code == 2:
        return "-"  # PDFium's code for a hyphen at a line end
    return chr(code)


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


def _folio(text: str) -> Optional[int]:
    """A page number printed at the end of a line, or at its start apart from the text."""
    match = _TRAILING_FOLIO_RE.search(text) or _LEADING_FOLIO_RE.match(text)
    return int(match.group(1)) if match else None


def _edges(lines: list[_Line]) -> list[tuple[str, int, int]]:
    """(side, position from the edge, index) of the lines that may be headers or footers."""
    top = [("top", k, k) for k in range(min(EDGE_LINES, len(lines)))]
    bottom = [("bottom", k, len(lines) - 1 - k) for k in range(min(EDGE_LINES, len(lines)))]
    return top + bottom


def _strip_running_lines(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Drop running headers/footers and page numbers at the page edges.

    A top or bottom line is dropped when, with digits masked, it recurs on most pages
    ("Side 3 af 12", "Referat 09.06.2020"), when it is a page-number line, or when it ends in a
    number that follows the page count on most pages ("Chapter 4: Function reference | 17").
    """
    page_number = _page_number_re()
    repeats: Counter[tuple[str, str]] = Counter()
    offsets: Counter[tuple[str, int]] = Counter()
    for n, lines in enumerate(pages):
        keys, folios = set(), set()
        for side, _, index in _edges(lines):
            text = lines[index].text
            keys.add((side, _key(text)))
            folio = _folio(text)
            if folio is not None:
                folios.add((side, folio - n))
        repeats.update(keys)
        offsets.update(folios)
    needed = max(2, math.ceil(REPEAT_SHARE * len(pages)))
    kept_pages = []
    for n, lines in enumerate(pages):
        drop = set()
        for side, k, index in _edges(lines):
            text = lines[index].text
            folio = _folio(text)
            if (
                repeats[(side, _key(text))] >= needed
                or (k < PAGE_NUMBER_LINES and page_number.fullmatch(text.strip()))
                or (folio is not None and offsets[(side, folio - n)] >= max(3, needed))
            ):
                drop.add(index)
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


def _pdf_error(exc: BaseException) -> ReadError:
    if isinstance(exc, ReadError):
        return exc
    detail = str(exc).strip() or type(exc).__name__
    if "password" in detail.lower() or "Password" in type(exc).__name__ or "Encrypt" in type(exc).__name__:
        return CorruptDocumentError("PDF is password-protected")
    return CorruptDocumentError(f"not a readable PDF ({detail[:200]})")


def _has_marks(page: pdfium.PdfPage) -> bool:
    """True when a page draws something (an image, paths): a scan, or text drawn as outlines."""
    kinds = (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM)
    return any(obj.type in kinds for obj in page.get_objects(max_depth=2))


def _render_png(page: pdfium.PdfPage, dpi: int) -> bytes:
    image = page.render(scale=dpi / 72.0, grayscale=True).to_pil()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _check_total(total: int, limits: ReadLimits) -> None:
    if total > limits.max_text_chars:
        raise LimitExceededError(f"PDF text is longer than max_text_chars={limits.max_text_chars:,}")


def _pdfium_pages(data: bytes, limits: ReadLimits) -> list[list[_Line]]:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise CorruptDocumentError("PDF is password-protected") from exc
        return _pdfplumber_pages(data, limits)  # pdfminer sometimes reads what PDFium refuses
    pages: list[list[_Line]] = []
    need_ocr: list[int] = []
    total = 0
    try:
        failed = 0
        for index in range(len(document)):
            try:
                page = document[index]
            except pdfium.PdfiumError:
                failed += 1  # a damaged page: read the others
                pages.append([])
                continue
            try:
                words, unmapped = _pdfium_words(page)
                chars = sum(len(w.text) for w in words)
                if (chars < MIN_PAGE_CHARS or unmapped > chars) and _has_marks(page):
                    need_ocr.append(index)
            finally:
                page.close()
            pages.append(_cluster_lines(words))
            total += chars
            _check_total(total, limits)
        if failed and failed == len(pages):
            raise CorruptDocumentError("not a readable PDF (no page could be loaded)")
        if need_ocr:
            _ocr_into(document, pages, need_ocr, total, limits)
    finally:
        document.close()
    return pages


def _ocr_into(
    document: pdfium.PdfDocument, pages: list[list[_Line]], indexes: list[int], total: int, limits: ReadLimits
) -> None:
    """Replace the pages at ``indexes`` by their OCR text, or fail when the PDF has no text at all."""
    if not (limits.pdf_ocr and ocr_available()):
        if total >= MIN_PAGE_CHARS:
            return  # some pages have text: keep it, leave the scanned pages out
        if not limits.pdf_ocr:
            raise OcrUnavailableError("PDF has no text layer and OCR is disabled (pdf_ocr=False)")
        raise OcrUnavailableError(
            "PDF has no text layer and Tesseract with Danish (tesseract-ocr-dan) is not installed"
        )
    for index in indexes:
        page = document[index]
        try:
            png = _render_png(page, limits.ocr_dpi)
        finally:
            page.close()
        pages[index] = _ocr_lines(ocr_image(png, limits.ocr_timeout))
        total += sum(len(line.text) for line in pages[index])
        _check_total(total, limits)


def _pdfplumber_pages(data: bytes, limits: ReadLimits) -> list[list[_Line]]:
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        page_list = pdf.pages  # parses the page tree: fails here on a broken file
    except Exception as exc:
        raise _pdf_error(exc) from exc
    pages: list[list[_Line]] = []
    total = 0
    try:
        for page in page_list:
            try:
                words = _pdfplumber_words(page)
            except Exception as exc:
                raise _pdf_error(exc) from exc
            finally:
                page.close()
            pages.append(_cluster_lines(words))
            total += sum(len(w.text) for w in words)
            _check_total(total, limits)
    finally:
        pdf.close()
    if total < MIN_PAGE_CHARS:
        raise OcrUnavailableError("PDF has no text layer and its pages could not be rendered for OCR")
    return pages


def _page_texts(pages: list[list[_Line]]) -> list[Optional[str]]:
    out: list[Optional[str]] = []
    for lines in pages:
        if out:
            out.append(None)
        if lines and lines[0].ocr_text is None:
            x0 = min(w.x0 for line in lines for w in line.words)
            x1 = max(w.x1 for line in lines for w in line.words)
            ordered = _layout(lines, x0, x1)
            _mark_paragraphs(ordered)
        else:
            ordered = lines
        for k, line in enumerate(ordered):
            if line.break_before and k:
                out.append("")
            out.append(_BULLET_RE.sub("- ", line.text))
    return out


_STREAM_RE = re.compile(rb"(?<!end)stream\r?\n")
_OBJ_RE = re.compile(rb"\d+\s+\d+\s+obj\b")
_FLATE = re.compile(rb"/(?:FlateDecode|Fl)\b")
_INFLATE_STEP = 1024
"""Compressed bytes fed to zlib at a time: one step yields at most about 1 MiB."""
_DICT_LOOKBACK = 4096


def _inflate(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The Flate-decoded bytes of ``chunks`` in pieces of at most about 1 MiB; stops at the end
    of the compressed stream or at damage."""
    inflater = zlib.decompressobj()
    for chunk in chunks:
        for i in range(0, len(chunk), _INFLATE_STEP):
            try:
                out = inflater.decompress(chunk[i:i + _INFLATE_STEP])
            except zlib.error:
                return
            if out:
                yield out
            if inflater.eof:
                return


def _flate_layers(data: bytes, at: int) -> int:
    """How many Flate filters the stream whose data begins at ``at`` has (its dictionary is read
    back to the ``obj`` keyword)."""
    head = data[max(0, at - _DICT_LOOKBACK):at]
    objs = list(_OBJ_RE.finditer(head))
    if objs:
        head = head[objs[-1].end():]
    return len(_FLATE.findall(head))


def check_pdf_streams(data: bytes, limits: ReadLimits) -> None:
    """Raise :class:`LimitExceededError` when a Flate stream of the PDF decodes to more than
    ``limits.max_pdf_stream_bytes``; decodes stream by stream in small steps (bounded memory)."""
    cap = limits.max_pdf_stream_bytes
    for match in _STREAM_RE.finditer(data):
        layers = _flate_layers(data, match.start())
        if not layers:
            continue
        pieces: Iterator[bytes] = iter([memoryview(data)[match.end():]])
        for _ in range(min(layers, 4)):
            pieces = _inflate(pieces)
        size = 0
        for piece in pieces:
            size += len(piece)
            if size > cap:
                raise LimitExceededError(
                    f"PDF stream decompresses to more than max_pdf_stream_bytes={cap:,} bytes (a flate bomb?)")


def read_pdf(data: bytes, limits: ReadLimits) -> str:
    """Text of a PDF in reading order; scanned pages OCR'd when Tesseract (dan) is there.

    Streams are checked against ``max_pdf_stream_bytes`` before the PDF is parsed."""
    check_pdf_streams(data, limits)
    pages = _pdfium_pages(data, limits)
    if not pages:
        raise EmptyDocumentError("PDF has no pages")
    lines = repair_hyphenation(_page_texts(_strip_running_lines(pages)))
    return "\n".join("" if line is None else line for line in lines)
