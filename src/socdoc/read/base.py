"""Shared pieces of the readers: limits, the per-document result, format names and light text cleaning."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Optional

from .errors import LimitExceededError, ReadError

if TYPE_CHECKING:
    from socdoc.records import ErrorInfo


@dataclass(frozen=True)
class ReadLimits:
    """Safety limits of reading; every limit hit fails one document, not the run."""

    max_member_bytes: int = 200 * 2**20
    """Largest single document (a file, or one decompressed archive member)."""
    max_total_bytes: int = 20 * 2**30
    """All decompressed bytes of one top-level archive, nested archives included."""
    max_ratio: float = 200.0
    """Largest decompressed/compressed ratio of a member (zip bomb guard)."""
    max_depth: int = 4
    """How deep archives may nest inside archives."""
    max_html_bytes: int = 8 * 2**20
    """Largest HTML page parsed, not counting scripts, styles and inline (base64) images: the
    HTML parsers need about 100 bytes of memory per byte of markup."""
    max_pdf_stream_bytes: int = 64 * 2**20
    """Largest decompressed (Flate) stream of a PDF (a page's content, an image, a font): a PDF
    with a bigger one is refused before PDFium or pdfminer parse it (flate-bomb guard)."""
    max_members: int = 100_000
    """Documents and nested archives read from one top-level archive, nested ones included."""
    max_text_chars: int = 5_000_000
    """Longest text of one document after extraction (about 2,000 pages; the extractor's limit,
    ``socdoc.pipeline.MAX_LENGTH``): peak memory stays under 600 MB up to it."""
    pdf_ocr: bool = True
    """OCR PDF pages without a text layer with Tesseract (Danish) when it is installed."""
    ratio_min_bytes: int = 2**20
    """The ratio guard applies only past this many decompressed bytes (small files compress well)."""
    ocr_dpi: int = 300
    """Resolution at which PDF pages are rendered for OCR."""
    ocr_timeout: float = 180.0
    """Seconds Tesseract may take for one page."""


@dataclass
class SourceDoc:
    """One document found in the inputs: its text, or why it could not be read."""

    doc_id: str
    """Unique, stable id: the path relative to the root given to :func:`~socdoc.read.iter_sources`
    (a folder's files ``"2020/referat.txt"``, a file given by name ``"referat.txt"``), an archive
    member ``"<archive path>::<member path>"``; see :func:`~socdoc.read.ids.display_id`."""
    source: str
    """Full location, e.g. ``/abs/a.zip::dir/b.pdf`` (nested: ``a.zip::inner.zip::c.txt``)."""
    fmt: str
    """``txt``, ``html``, ``pdf`` or ``docx``; for a file that is not one of those, its extension
    (``zip``, ``tar``, ``doc``, …) or ``unknown``."""
    text: Optional[str]
    """Extracted text, ``None`` when ``error`` is set."""
    error: Optional[ErrorInfo] = None

    @property
    def ok(self) -> bool:
        return self.error is None


FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".markdown": "txt",
    ".rst": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".docm": "docx",
}
"""Document extensions and the format each one is read as."""

ARCHIVES: dict[str, str] = {
    ".zip": "zip",
    ".tar": "tar",
    ".tar.gz": "tar",
    ".tgz": "tar",
    ".tar.bz2": "tar",
    ".tbz2": "tar",
    ".tbz": "tar",
    ".tar.xz": "tar",
    ".txz": "tar",
}
"""Archive extensions and their kind."""


def _suffix(name: str) -> str:
    """The extension of ``name``, lower-cased, two parts for ``.tar.*`` archives."""
    base = PurePosixPath(name.replace("\\", "/")).name.lower()
    for ext in sorted(ARCHIVES, key=len, reverse=True):
        if base.endswith(ext) and len(base) > len(ext):
            return ext
    dot = base.rfind(".")
    return base[dot:] if dot > 0 else ""


def format_of(name: str) -> Optional[str]:
    """The document format of a file name, or ``None`` when it is not a document socdoc reads."""
    return FORMATS.get(_suffix(name))


def archive_kind(name: str) -> Optional[str]:
    """``"zip"`` or ``"tar"`` for an archive file name, else ``None``."""
    return ARCHIVES.get(_suffix(name))


def stem_of(name: str) -> str:
    """The file name without its directory and extension (``a/b.tar.gz`` → ``b``)."""
    base = PurePosixPath(name.replace("\\", "/")).name
    ext = _suffix(base)
    return base[: len(base) - len(ext)] if ext else base


def fmt_label(name: str) -> str:
    """A format label for a file that may not be readable: its format, archive kind or extension."""
    return format_of(name) or archive_kind(name) or _suffix(name).lstrip(".") or "unknown"


def error_info(exc: BaseException) -> ErrorInfo:
    """The record form of an exception; unexpected exceptions keep their class name."""
    message = str(exc) or exc.__class__.__name__
    from socdoc.records import ErrorInfo  # pydantic: imported when a document fails

    return ErrorInfo(type=exc.__class__.__name__, message=message)


_OTHER_NEWLINES = "\r\u2028\u2029\x0c\x0b\x85"
# Control characters other than tab and LF, the BOM, soft hyphens, zero-width spaces and joiners,
# interlinear annotation marks.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff\u00ad\u200b-\u200d\u2060\ufff9-\ufffb]+")


def clean_text(text: str, limits: ReadLimits) -> str:
    """Light normalisation: NFC, LF line ends, no NULs, control characters, BOMs, soft hyphens or
    zero-width spaces.

    Spaces and blank lines are left as they are (the core's normaliser sees the text as written).

    Raises :class:`LimitExceededError` when the text is longer than ``limits.max_text_chars``.
    """
    text = text.replace("\r\n", "\n")
    for newline in _OTHER_NEWLINES:
        if newline in text:
            text = text.replace(newline, "\n")
    text = _CONTROL_RE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if len(text) > limits.max_text_chars:
        raise LimitExceededError(
            f"extracted text has {len(text):,} characters, more than max_text_chars={limits.max_text_chars:,}"
        )
    return text


@cache
def data_lines(filename: str) -> tuple[str, ...]:
    """Non-comment, non-blank lines of a data file in ``socdoc/read/data``."""
    raw = resources.files("socdoc.read").joinpath("data", filename).read_text(encoding="utf-8")
    lines = (line.strip() for line in raw.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


__all__ = [
    "ARCHIVES",
    "FORMATS",
    "ReadError",
    "ReadLimits",
    "SourceDoc",
    "archive_kind",
    "clean_text",
    "data_lines",
    "error_info",
    "fmt_label",
    "format_of",
    "stem_of",
]
