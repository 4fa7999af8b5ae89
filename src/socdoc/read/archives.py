"""Zip and tar archives, read member by member without writing anything to disk.

Zip members are read through :mod:`zipfile` with their declared sizes checked first; tar archives
(plain, gzip, bzip2, xz) are streamed with ``tarfile`` mode ``"r|"`` over a decompressor whose
output is counted, so a large archive is never held in memory. Member names never become paths.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import re
import struct
import tarfile
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterator, Optional

from .base import ReadLimits, SourceDoc, archive_kind, error_info, fmt_label, format_of
from .ids import SkipLog
from .errors import CorruptDocumentError, LimitExceededError, ReadError
from .txt import _western_score

_CHUNK = 2**20
_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1
_NAME_ENCODINGS = ("cp850", "cp1252")
"""Encodings tried for a zip member name without the UTF-8 flag that is not valid UTF-8: the
Danish DOS code page Windows uses for zip names, then the ANSI code page some tools write."""
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
_DRIVE_RE = re.compile(r"^[A-Za-z]:$")
_JUNK_PARTS = ("__MACOSX",)
_JUNK_PREFIXES = ("._", "~$", ".")

_DAMAGE = (
    zipfile.BadZipFile,
    tarfile.TarError,
    lzma.LZMAError,
    zlib.error,
    struct.error,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    KeyError,
    IndexError,
    OverflowError,
    UnicodeError,
)
"""What zipfile, tarfile and the decompressors raise on damaged input."""

ReadDoc = Callable[[str, bytes], str]
"""Reads one document's bytes given its member name; raises ReadError on a bad document."""


class ArchiveLimitError(LimitExceededError):
    """A limit of the whole archive stream was hit: nothing more can be read from it."""


@dataclass
class Budget:
    """Decompressed bytes of one top-level archive, with its limit."""

    limit: int
    used: int = 0
    exhausted: bool = False
    skipped: Optional["SkipLog"] = None
    """Where members of types socdoc does not read are counted, when given."""
    max_members: Optional[int] = None
    members: int = 0

    def count_member(self) -> None:
        """Count one member read; past ``max_members`` the rest of the archive is skipped."""
        self.members += 1
        if self.max_members is not None and self.members > self.max_members:
            self.exhausted = True
            raise ArchiveLimitError(
                f"archive holds more than max_members={self.max_members:,} documents and archives; rest skipped"
            )

    def spend(self, n: int) -> None:
        self.used += n
        if self.used > self.limit:
            self.exhausted = True
            raise ArchiveLimitError(
                f"archive decompresses to more than max_total_bytes={self.limit:,} bytes; rest skipped"
            )


@dataclass(frozen=True)
class Where:
    """Where a member sits: the chain of containers for ``source`` and ``doc_id``."""

    source: str  # e.g. /abs/a.zip or /abs/a.zip::inner.tar
    doc_prefix: str  # e.g. a or a::inner.tar
    depth: int  # 1 for members of a top-level archive

    def member(self, name: str) -> tuple[str, str]:
        return f"{self.doc_prefix}::{name}", f"{self.source}::{name}"


# ---------------------------------------------------------------- names


def decode_name(raw: bytes) -> str:
    """A member name from its bytes: UTF-8 when valid, else the Danish-looking single-byte decoding."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    decoded = [raw.decode(encoding, errors="replace") for encoding in _NAME_ENCODINGS]
    return max(decoded, key=_western_score)


def zip_member_name(info: zipfile.ZipInfo) -> str:
    """The real name of a zip member (zipfile decodes flag-less names as cp437, wrong for æøå)."""
    if info.flag_bits & _UTF8_FLAG:
        return info.filename
    try:
        raw = info.orig_filename.encode("cp437")
    except UnicodeEncodeError:  # already decoded otherwise (metadata_encoding given)
        return info.filename
    return decode_name(raw)


def tar_member_name(name: str) -> str:
    """The real name of a tar member read with UTF-8 + surrogateescape."""
    return decode_name(name.encode("utf-8", "surrogateescape"))


def safe_member_name(name: str) -> str:
    """A member name usable as a label: ``/``-separated, no drive, root, ``.`` or ``..`` parts."""
    name = unicodedata.normalize("NFC", _CONTROL_RE.sub("", name.replace("\\", "/")))
    parts = [p for p in name.split("/") if p not in ("", ".", "..")]
    if parts and _DRIVE_RE.match(parts[0]):
        parts = parts[1:]
    return "/".join(parts) or "_"


def is_junk(name: str) -> bool:
    """Operating-system clutter: ``__MACOSX/``, AppleDouble ``._x``, Office lock files, hidden files."""
    parts = name.split("/")
    return any(p in _JUNK_PARTS for p in parts) or parts[-1].startswith(_JUNK_PREFIXES)


# ---------------------------------------------------------------- bounded reading


class CountingReader(io.RawIOBase):
    """A read-only stream that counts bytes and, optionally, spends them from a budget."""

    def __init__(self, raw: BinaryIO, budget: Optional[Budget] = None) -> None:
        self._raw = raw
        self._budget = budget
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        data = self._raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.count += n
        if self._budget is not None:
            self._budget.spend(n)
        return n


_TAR_SLACK = 64 * 1024
"""Bytes past a drained member's declared end that tarfile may read ahead (padding, next header)."""


class MemberRatioError(LimitExceededError):
    """One tar member expands too much; it is skipped and the members after it are read."""


class RatioGuard(CountingReader):
    """Counts decompressed bytes against the compressed bytes consumed (tar bomb guard).

    The ratio is taken per member once :meth:`begin_member` marks where one starts: a document
    member whose header declares at most ``max_member_bytes`` and that expands too much is marked
    (``tripped``; its reader stops at the next chunk and reports it) and the rest of it is drained
    unchecked up to its declared end, so the good members after it are still read. Any other
    excess stops the whole stream.
    """

    def __init__(self, raw: BinaryIO, compressed: CountingReader, budget: Budget, limits: ReadLimits) -> None:
        super().__init__(raw, budget)
        self._compressed = compressed
        self._limits = limits
        self._base = (0, 0)
        self._declared = 0
        self._skippable = False
        self._unchecked_until = 0
        self.tripped: Optional[str] = None

    def begin_member(self, declared: int, skippable: bool = True) -> None:
        """A member of ``declared`` bytes starts here (its header has just been read)."""
        self._base = (self.count, self._compressed.count)
        self._declared = declared
        self._skippable = skippable and declared <= self._limits.max_member_bytes
        self._unchecked_until = 0
        self.tripped: Optional[str] = None

    def drain_member(self) -> None:
        """Read the rest of the current member without the ratio check (it is not wanted)."""
        self._unchecked_until = self._base[0] + self._declared + _TAR_SLACK

    def check_member(self) -> None:
        """Raise :class:`MemberRatioError` once the current member expanded too much."""
        if self.tripped:
            raise MemberRatioError(self.tripped)

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        n = super().readinto(buffer)
        if self.count <= self._unchecked_until:
            return n
        grown = self.count - self._base[0]
        if grown > self._limits.ratio_min_bytes:
            ratio = grown / max(self._compressed.count - self._base[1], 1)
            if ratio > self._limits.max_ratio:
                if self._skippable:  # the data read stays in the stream: tarfile keeps its place
                    self.tripped = (
                        f"member expands {ratio:.0f}x, more than max_ratio={self._limits.max_ratio:g} "
                        "(compression bomb?); skipped"
                    )
                    self._unchecked_until = self._base[0] + self._declared + _TAR_SLACK
                    return n
                raise ArchiveLimitError(
                    f"archive expands {ratio:.0f}x, more than max_ratio={self._limits.max_ratio:g} "
                    "(compression bomb?); rest skipped"
                )
        return n


def read_bounded(
    stream: BinaryIO, limit: int, budget: Optional[Budget], name: str, guard: Optional[RatioGuard] = None
) -> bytes:
    """All bytes of a member stream, failing once it passes ``limit`` (or ``guard`` trips);
    spends from ``budget``."""
    chunks = []
    size = 0
    while True:
        chunk = stream.read(_CHUNK)
        if guard is not None:
            guard.check_member()
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise LimitExceededError(f"{name!r} is larger than max_member_bytes={limit:,}")
        if budget is not None:
            budget.spend(len(chunk))
        chunks.append(chunk)


# ---------------------------------------------------------------- documents


def _error_doc(where: Where, name: str, exc: BaseException) -> SourceDoc:
    if isinstance(exc, (ArchiveLimitError, MemberRatioError)):
        exc = LimitExceededError(str(exc))  # report the public error type
    doc_id, source = where.member(name)
    return SourceDoc(doc_id=doc_id, source=source, fmt=fmt_label(name), text=None, error=error_info(exc))


def _member_doc(where: Where, name: str, data: bytes, read_doc: ReadDoc) -> SourceDoc:
    doc_id, source = where.member(name)
    fmt = fmt_label(name)
    try:
        return SourceDoc(doc_id=doc_id, source=source, fmt=fmt, text=read_doc(name, data), error=None)
    except ReadError as exc:
        return SourceDoc(doc_id=doc_id, source=source, fmt=fmt, text=None, error=error_info(exc))


def _nested(
    where: Where, name: str, kind: str, stream: BinaryIO, limits: ReadLimits, budget: Budget, read_doc: ReadDoc
) -> Iterator[SourceDoc]:
    """Members of an archive inside an archive: tar streamed on, zip buffered (bounded)."""
    if where.depth >= limits.max_depth:
        yield _error_doc(where, name, LimitExceededError(f"archive nested deeper than max_depth={limits.max_depth}"))
        return
    doc_id, source = where.member(name)
    inner = Where(source=source, doc_prefix=doc_id, depth=where.depth + 1)
    if kind == "tar":
        yield from iter_tar(stream, inner, limits, budget, read_doc, label=name)
        return
    try:
        data = read_bounded(stream, limits.max_member_bytes, budget, name)
    except ArchiveLimitError:
        raise
    except LimitExceededError as exc:
        yield _error_doc(where, name, exc)
        return
    yield from iter_zip(io.BytesIO(data), inner, limits, budget, read_doc, label=name)


def _wanted(name: str) -> Optional[str]:
    """``"doc"`` or ``"archive"`` for a member to read; ``None`` to skip it."""
    if is_junk(name):
        return None
    if archive_kind(name):
        return "archive"
    return "doc" if format_of(name) else None


def _skip(where: Where, name: str, budget: Budget) -> None:
    """Count a member of a type socdoc does not read (system clutter is not counted)."""
    if budget.skipped is not None and not is_junk(name):
        budget.skipped.add("unsupported type", where.member(name)[0])


def iter_zip(
    file: BinaryIO | str, where: Where, limits: ReadLimits, budget: Budget, read_doc: ReadDoc, label: str = ""
) -> Iterator[SourceDoc]:
    """Documents in a zip archive, in the archive's order."""
    try:
        archive = zipfile.ZipFile(file)
    except _DAMAGE as exc:
        yield _archive_error(where, label, CorruptDocumentError(f"not a readable zip archive ({exc})"))
        return
    with archive:
        for info in archive.infolist():
            if budget.exhausted:
                return
            if info.is_dir():
                continue
            name = safe_member_name(zip_member_name(info))
            wanted = _wanted(name)
            if wanted is None:
                _skip(where, name, budget)
                continue
            try:
                budget.count_member()
                _check_zip_member(info, name, limits)
                with archive.open(info) as stream:
                    if wanted == "archive":
                        yield from _nested(where, name, archive_kind(name) or "zip", stream, limits, budget, read_doc)
                        continue
                    data = read_bounded(stream, limits.max_member_bytes, budget, name)
            except ReadError as exc:
                yield _error_doc(where, name, exc)
                continue
            except _DAMAGE as exc:
                yield _error_doc(where, name, CorruptDocumentError(f"damaged zip member ({exc})"))
                continue
            yield _member_doc(where, name, data, read_doc)


def _check_zip_member(info: zipfile.ZipInfo, name: str, limits: ReadLimits) -> None:
    if info.flag_bits & _ENCRYPTED_FLAG:
        raise CorruptDocumentError(f"{name!r} is encrypted (password-protected zip)")
    if info.file_size > limits.max_member_bytes and not archive_kind(name):
        raise LimitExceededError(
            f"{name!r} decompresses to {info.file_size:,} bytes, more than max_member_bytes={limits.max_member_bytes:,}"
        )
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > limits.ratio_min_bytes and ratio > limits.max_ratio:
        raise LimitExceededError(
            f"{name!r} expands {ratio:.0f}x, more than max_ratio={limits.max_ratio:g} (compression bomb?)"
        )


def _decompressor(raw: CountingReader) -> BinaryIO:
    """A decompressing reader chosen by the stream's magic bytes (gzip, bzip2, xz, or none)."""
    buffered = io.BufferedReader(raw, buffer_size=_CHUNK)
    magic = buffered.peek(6)[:6]
    if magic.startswith(b"\x1f\x8b"):
        return gzip.GzipFile(fileobj=buffered, mode="rb")  # type: ignore[return-value]
    if magic.startswith(b"BZh"):
        return bz2.BZ2File(buffered, mode="rb")  # type: ignore[return-value]
    if magic.startswith(b"\xfd7zXZ\x00"):
        return lzma.LZMAFile(buffered, mode="rb")  # type: ignore[return-value]
    return buffered  # type: ignore[return-value]


def iter_tar(
    stream: BinaryIO, where: Where, limits: ReadLimits, budget: Budget, read_doc: ReadDoc, label: str = ""
) -> Iterator[SourceDoc]:
    """Documents in a tar stream (optionally compressed), read strictly front to back."""
    compressed = CountingReader(stream)
    try:
        # no read-ahead buffer here: members before a damaged or truncated end stay readable
        tar_stream = RatioGuard(_decompressor(compressed), compressed, budget, limits)
        archive = tarfile.open(fileobj=tar_stream, mode="r|", encoding="utf-8", errors="surrogateescape")
    except LimitExceededError as exc:
        yield _archive_error(where, label, exc)
        return
    except _DAMAGE as exc:
        yield _archive_error(where, label, CorruptDocumentError(f"not a readable tar archive ({exc})"))
        return
    name = ""  # the member being read; "" once its document was given
    try:
        for member in archive:
            if budget.exhausted:
                return
            if not member.isfile():
                continue  # directories, links and devices are never followed
            name = safe_member_name(tar_member_name(member.name))
            wanted = _wanted(name)
            tar_stream.begin_member(member.size, skippable=wanted == "doc")
            if wanted is None:
                tar_stream.drain_member()
                _skip(where, name, budget)
                continue
            budget.count_member()
            if member.size > limits.max_member_bytes and wanted == "doc":
                yield _error_doc(
                    where,
                    name,
                    LimitExceededError(
                        f"{name!r} has {member.size:,} bytes, more than max_member_bytes={limits.max_member_bytes:,}"
                    ),
                )
                name = ""
                continue
            member_stream = archive.extractfile(member)
            if member_stream is None:
                continue
            if wanted == "archive":
                yield from _nested(where, name, archive_kind(name) or "tar", member_stream, limits, budget, read_doc)
                name = ""
                continue
            # the bytes were already counted against the budget by the decompressing stream
            try:
                data = read_bounded(member_stream, limits.max_member_bytes, None, name, tar_stream)
            except ArchiveLimitError:
                raise
            except LimitExceededError as exc:
                yield _error_doc(where, name, exc)
                name = ""
                continue
            yield _member_doc(where, name, data, read_doc)
            name = ""
    except ArchiveLimitError as exc:
        yield _error_doc(where, name, exc) if name else _archive_error(where, label, exc)
    except _DAMAGE as exc:
        yield _archive_error(where, label, CorruptDocumentError(f"damaged tar archive ({exc})"))
    finally:
        archive.close()


def _archive_error(where: Where, label: str, exc: ReadError) -> SourceDoc:
    """An error document for a whole archive (``label`` is its member name when nested)."""
    fmt = fmt_label(label or where.source)
    if isinstance(exc, ArchiveLimitError):
        exc = LimitExceededError(str(exc))
    return SourceDoc(doc_id=where.doc_prefix, source=where.source, fmt=fmt, text=None, error=error_info(exc))


# Public names of the member-level steps, for engines that split an archive into work units
# (the underscore names stay as they are for code that already uses them).
check_zip_member = _check_zip_member
error_doc = _error_doc
member_doc = _member_doc
nested_docs = _nested
wanted_kind = _wanted
