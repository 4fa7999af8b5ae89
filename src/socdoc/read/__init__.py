"""Reading documents: txt, html, pdf and docx files, folders, zip and tar archives, standard input.

>>> from socdoc.read import iter_sources
>>> for doc in iter_sources(["referater.zip", "nyheder/"]):  # doctest: +SKIP
...     print(doc.doc_id, doc.error or len(doc.text))

A bad document never stops the run: it comes out as a :class:`SourceDoc` with ``error`` set.
Nothing is ever written to disk, archives included.
"""

from __future__ import annotations

import io
import os
import re
import sys
import zipfile
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Optional, Union

from .archives import Budget, Where, iter_tar, iter_zip, read_bounded
from .base import ReadLimits, SourceDoc, archive_kind, clean_text, error_info, fmt_label, format_of, stem_of
from .errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    LimitExceededError,
    MissingFileError,
    OcrUnavailableError,
    ReadError,
    UnsupportedFormatError,
)
from .ids import IdRegistry, SkipLog, display_id
from .txt import binary_kind, read_txt

Reader = Callable[[bytes, ReadLimits], str]


# The html, pdf and docx readers import their libraries (lxml, trafilatura, pdfplumber, python-docx)
# when a document of their format is read first, not when socdoc starts.
def read_html(data: bytes, limits: ReadLimits) -> str:
    from .html import read_html as read

    return read(data, limits)


def read_pdf(data: bytes, limits: ReadLimits) -> str:
    from .pdf import read_pdf as read

    return read(data, limits)


def read_docx(data: bytes, limits: ReadLimits) -> str:
    from .docx import read_docx as read

    return read(data, limits)


READERS: dict[str, Reader] = {"txt": read_txt, "html": read_html, "pdf": read_pdf, "docx": read_docx}
"""The reader of each document format."""

STDIN = "-"
STDIN_ID = "stdin"
_SNIFF_BYTES = 4096

__all__ = [
    "CorruptDocumentError",
    "EmptyDocumentError",
    "LimitExceededError",
    "MissingFileError",
    "OcrUnavailableError",
    "READERS",
    "ReadError",
    "ReadLimits",
    "SkipLog",
    "SourceDoc",
    "UnsupportedFormatError",
    "display_id",
    "iter_sources",
    "read_bytes",
    "read_document",
    "sniff_format",
    "walk_folder",
]


def read_document(fmt: str, data: bytes, limits: ReadLimits = ReadLimits()) -> str:
    """Text of one document of a known format; raises :class:`ReadError` when it cannot be read."""
    reader = READERS.get(fmt)
    if reader is None:
        raise UnsupportedFormatError(f"unsupported format {fmt!r} (socdoc reads {', '.join(READERS)})")
    if not data:
        raise EmptyDocumentError("file is empty (0 bytes)")
    if len(data) > limits.max_member_bytes:
        raise LimitExceededError(
            f"file has {len(data):,} bytes, more than max_member_bytes={limits.max_member_bytes:,}"
        )
    if fmt in ("txt", "html"):
        kind = binary_kind(data)
        if kind is not None:
            raise CorruptDocumentError(f"the {fmt} file holds {kind}, not text")
    if fmt == "html":
        data = _bounded_html(data, limits)
    try:
        text = reader(data, limits)
    except ReadError:
        raise
    except RecursionError as exc:
        raise CorruptDocumentError(f"{fmt} document is nested too deeply to read") from exc
    except Exception as exc:  # a reader library failed on a document it should have refused cleanly
        raise CorruptDocumentError(f"{fmt} document could not be read ({type(exc).__name__}: {exc})") from exc
    text = clean_text(text, limits)
    if not text.strip():
        raise EmptyDocumentError(f"no text found in the {fmt} document")
    return text


_HTML_BULK_RE = re.compile(
    rb"<(script|style|svg)\b[^>]*>.*?</\1\s*>|data:[\w/+.-]+;base64,[A-Za-z0-9+/=\s]+", re.IGNORECASE | re.DOTALL
)
_HTML_STRIP_FROM = 2**20


def _bounded_html(data: bytes, limits: ReadLimits) -> bytes:
    """A large page without its scripts, styles and inline images, or a limit error when the
    markup left is still larger than ``limits.max_html_bytes`` (it is never parsed then)."""
    if len(data) <= _HTML_STRIP_FROM:
        return data
    data = _HTML_BULK_RE.sub(b"", data)
    if len(data) > limits.max_html_bytes:
        raise LimitExceededError(
            f"HTML page has {len(data):,} bytes of markup besides scripts, styles and inline images, "
            f"more than max_html_bytes={limits.max_html_bytes:,}"
        )
    return data


def read_bytes(name: str, data: bytes, limits: ReadLimits = ReadLimits()) -> str:
    """Text of one document, its format taken from the extension of ``name``.

    Raises :class:`ReadError` (a subclass names the reason) on an unsupported, empty, damaged or
    oversized document.
    """
    fmt = format_of(name)
    if fmt is None:
        raise UnsupportedFormatError(
            f"unsupported file type {Path(name).suffix or '(no extension)'!r}: socdoc reads "
            ".txt, .html/.htm, .pdf, .docx and .zip/.tar/.tar.gz archives of them"
        )
    return read_document(fmt, data, limits)


def sniff_format(data: bytes) -> str:
    """Format of unnamed bytes (standard input): ``pdf``, ``docx``, ``zip``, ``tar``, ``html`` or ``txt``."""
    head = data[:4096]
    if head.lstrip()[:5] == b"%PDF-" or head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                return "docx" if "word/document.xml" in package.namelist() else "zip"
        except zipfile.BadZipFile:
            return "zip"
    if head.startswith((b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00")) or head[257:262] == b"ustar":
        return "tar"
    lowered = head.lower()
    if b"<html" in lowered or b"<!doctype html" in lowered or b"<body" in lowered:
        return "html"
    return "txt"


def _doc(doc_id: str, source: str, fmt: str, read: Callable[[], str]) -> SourceDoc:
    try:
        return SourceDoc(doc_id=doc_id, source=source, fmt=fmt, text=read(), error=None)
    except ReadError as exc:
        return SourceDoc(doc_id=doc_id, source=source, fmt=fmt, text=None, error=error_info(exc))


def _error(doc_id: str, source: str, fmt: str, exc: ReadError) -> SourceDoc:
    return SourceDoc(doc_id=doc_id, source=source, fmt=fmt, text=None, error=error_info(exc))


def _member_reader(limits: ReadLimits) -> Callable[[str, bytes], str]:
    return lambda name, data: read_bytes(name, data, limits)


def _iter_archive(
    stream: Union[BinaryIO, str], kind: str, source: str, doc_id: str, limits: ReadLimits,
    skipped: Optional[SkipLog] = None,
) -> Iterator[SourceDoc]:
    where = Where(source=source, doc_prefix=doc_id, depth=1)
    budget = Budget(limit=limits.max_total_bytes, skipped=skipped, max_members=limits.max_members)
    if kind == "zip":
        yield from iter_zip(stream, where, limits, budget, _member_reader(limits))
    else:
        yield from iter_tar(stream, where, limits, budget, _member_reader(limits))  # type: ignore[arg-type]


def _iter_file(
    path: Path, explicit: bool, limits: ReadLimits, doc_id: Optional[str] = None,
    skipped: Optional[SkipLog] = None,
) -> Iterator[SourceDoc]:
    """The documents of one file; ``doc_id`` is its path relative to the root it was found under."""
    source = os.path.abspath(path)
    doc_id = doc_id if doc_id is not None else path.name
    kind = archive_kind(path.name)
    if kind == "zip":
        yield from _iter_archive(source, kind, source, doc_id, limits, skipped)
        return
    if kind == "tar":
        try:
            handle = open(path, "rb")
        except OSError as exc:
            yield _error(doc_id, source, kind, MissingFileError(f"cannot open {source}: {exc.strerror}"))
            return
        with handle:
            yield from _iter_archive(handle, kind, source, doc_id, limits, skipped)
        return
    fmt = format_of(path.name)
    if fmt is None:
        if explicit:
            yield _doc(doc_id, source, fmt_label(path.name), lambda: read_bytes(path.name, b"", limits))
        elif skipped is not None:
            skipped.add("unsupported type", doc_id)
        return
    yield _doc(doc_id, source, fmt, lambda: read_bytes(path.name, _read_file(path, limits), limits))


def _read_file(path: Path, limits: ReadLimits) -> bytes:
    """The bytes of a file, read no further than ``max_member_bytes`` whatever its size claims."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(limits.max_member_bytes + 1)
    except OSError as exc:
        raise MissingFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(data) > limits.max_member_bytes:
        raise LimitExceededError(f"file is larger than max_member_bytes={limits.max_member_bytes:,}")
    return data


def _walk(
    folder: Path, skipped: Optional[SkipLog] = None, on_error: Optional[Callable[[OSError], None]] = None
) -> Iterator[Path]:
    """Files under ``folder`` in sorted order, hidden files and folders left out, links not followed.

    What is left out is counted in ``skipped`` (relative names); a sub-folder that cannot be
    listed is passed to ``on_error``.
    """

    def skip(reason: str, path: Path) -> None:
        if skipped is not None:
            skipped.add(reason, path.relative_to(folder).as_posix())

    for root, dirs, files in os.walk(folder, followlinks=False, onerror=on_error):
        base = Path(root)
        kept = []
        for d in sorted(dirs):
            if d.startswith(".") or d == "__MACOSX":
                skip("hidden or system folder", base / d)
            elif (base / d).is_symlink():
                skip("symbolic link (not followed)", base / d)
            else:
                kept.append(d)
        dirs[:] = kept
        for name in sorted(files):
            path = base / name
            if name.startswith((".", "~$")):
                skip("hidden or lock file", path)
            elif path.is_symlink():
                skip("symbolic link (not followed)", path)
            elif not path.is_file():  # devices, pipes
                skip("not a regular file", path)
            else:
                yield path


class _Prefixed(io.RawIOBase):
    """A stream that replays already-read bytes before the rest of another stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _iter_stdin(limits: ReadLimits) -> Iterator[SourceDoc]:
    """Standard input: a tar stream is read as it comes; anything else is read whole (bounded)."""
    stream = sys.stdin.buffer
    head = stream.read(_SNIFF_BYTES)
    if sniff_format(head) == "tar":
        yield from _iter_archive(_Prefixed(head, stream), "tar", STDIN, STDIN_ID, limits)
        return
    try:
        rest = read_bounded(stream, max(limits.max_member_bytes - len(head), 0), None, STDIN_ID)
    except LimitExceededError as exc:
        yield _error(STDIN_ID, STDIN, "unknown", exc)
        return
    data = head + rest
    fmt = sniff_format(data)
    if fmt == "zip":
        yield from _iter_archive(io.BytesIO(data), fmt, STDIN, STDIN_ID, limits)
        return
    yield _doc(STDIN_ID, STDIN, fmt, lambda: read_document(fmt, data, limits))


walk_folder = _walk
"""Files of a folder in the order :func:`iter_sources` reads them (public name of ``_walk``)."""


def _folder_docs(
    folder: Path, limits: ReadLimits, skipped: Optional[SkipLog]
) -> Iterator[SourceDoc]:
    """The documents under a folder, ids relative to it; unreadable sub-folders as error documents."""
    failures: list[OSError] = []

    def failed() -> Iterator[SourceDoc]:
        while failures:
            exc = failures.pop(0)
            where = Path(exc.filename) if exc.filename else folder
            rel = where.relative_to(folder).as_posix() if where != folder else folder.name
            yield _error(rel + "/", os.path.abspath(where), "folder",
                         MissingFileError(f"cannot read folder {where}: {exc.strerror or exc}"))

    for file in _walk(folder, skipped, failures.append):
        yield from failed()
        yield from _iter_file(file, False, limits, file.relative_to(folder).as_posix(), skipped)
    yield from failed()


def _path_docs(item: Union[str, Path], limits: ReadLimits, skipped: Optional[SkipLog]) -> Iterator[SourceDoc]:
    if str(item) == STDIN:
        yield from _iter_stdin(limits)
        return
    path = Path(item)
    if path.is_dir():
        yield from _folder_docs(path, limits, skipped)
    elif path.is_file():
        yield from _iter_file(path, True, limits, None, skipped)
    else:
        source = os.path.abspath(path)
        yield _error(
            path.name or str(item),
            source,
            fmt_label(path.name),
            MissingFileError(f"no such file or folder (or not a regular file): {source}"),
        )


def iter_sources(
    paths: Iterable[Union[str, Path]], limits: ReadLimits = ReadLimits(), skipped: Optional[SkipLog] = None
) -> Iterator[SourceDoc]:
    """Every document in ``paths``: files, folders (recursive, sorted), zip/tar archives (nested), ``-``.

    Each document's ``doc_id`` is its path relative to the root it was given under (a folder's
    files ``2020/referat.txt``, a named file ``referat.txt``, members ``arkiv.zip::a/b.pdf``),
    unique within the call (see :mod:`socdoc.read.ids`). Files of unknown type are skipped inside
    folders and archives (counted in ``skipped`` when given); named explicitly they give an
    error document, as does a missing path. A document that cannot be read gives a
    :class:`SourceDoc` with ``error`` set; this function does not raise for bad input.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    registry = IdRegistry()
    for item in paths:
        for doc in _path_docs(item, limits, skipped):
            doc.doc_id = registry.claim(doc.doc_id)
            yield doc
