"""Zip and tar archives: nesting, names, path traversal, size and ratio limits, streaming."""

from __future__ import annotations

import io
import os
import tarfile
import zipfile
from pathlib import Path

import pytest
from readdocs import SAME_LINES, make_docx, make_html, make_pdf, make_tar, make_txt, make_zip, rename_zip_member

from socdoc.read import ReadLimits, SourceDoc, iter_sources
from socdoc.read.archives import Budget, Where, iter_tar, safe_member_name

TXT = "Køge Kommune bevilger 8,1 mio. kr. årligt.".encode()


def _read(path: Path, limits: ReadLimits = ReadLimits()) -> list[SourceDoc]:
    return list(iter_sources([path], limits))


def _by_id(docs: list[SourceDoc]) -> dict[str, SourceDoc]:
    return {d.doc_id: d for d in docs}


def test_nested_zip(tmp_path: Path) -> None:
    inner = make_zip([("c.txt", TXT), ("d.html", make_html(SAME_LINES))])
    outer = make_zip(
        [
            ("dir/b.pdf", make_pdf([SAME_LINES])),
            ("inner.zip", inner),
            ("noter.xlsx", b"x"),
            ("a.docx", make_docx(SAME_LINES)),
        ]
    )
    path = tmp_path / "a.zip"
    path.write_bytes(outer)
    docs = _read(path)
    assert [d.doc_id for d in docs] == ["a.zip::dir/b.pdf", "a.zip::inner.zip::c.txt", "a.zip::inner.zip::d.html", "a.zip::a.docx"]
    assert [d.fmt for d in docs] == ["pdf", "txt", "html", "docx"]
    assert docs[1].source == f"{path.resolve()}::inner.zip::c.txt"
    assert all(d.error is None and "8,1 mio. kr." in d.text for d in docs)


def test_tar_gz_with_nested_tar(tmp_path: Path) -> None:
    inner = make_tar([("c.txt", TXT)], mode="w")
    data = make_tar([("mappe/b.docx", make_docx(SAME_LINES)), ("inner.tar", inner), ("x.txt", make_txt(SAME_LINES))])
    path = tmp_path / "pakke.tar.gz"
    path.write_bytes(data)
    docs = _read(path)
    assert [d.doc_id for d in docs] == ["pakke.tar.gz::mappe/b.docx", "pakke.tar.gz::inner.tar::c.txt", "pakke.tar.gz::x.txt"]
    assert all(d.ok for d in docs)


@pytest.mark.parametrize("mode, suffix", [("w", ".tar"), ("w:bz2", ".tar.bz2"), ("w:xz", ".txz"), ("w:gz", ".tgz")])
def test_tar_compressions(tmp_path: Path, mode: str, suffix: str) -> None:
    path = tmp_path / f"arkiv{suffix}"
    path.write_bytes(make_tar([("a.txt", TXT)], mode=mode))
    (doc,) = _read(path)
    assert doc.doc_id == f"arkiv{suffix}::a.txt" and doc.text == TXT.decode()


@pytest.mark.parametrize("kind", ["zip", "tar"])
def test_path_traversal_names_are_neutralised(tmp_path: Path, kind: str) -> None:
    members = [("../../evil.txt", TXT), ("/etc/passwd.txt", TXT), ("C:\\Windows\\win.txt", TXT)]
    work = tmp_path / "work"
    work.mkdir()
    path = work / f"ond.{kind}"
    path.write_bytes(make_zip(members) if kind == "zip" else make_tar(members, mode="w"))
    before = sorted(p for p in tmp_path.rglob("*"))
    docs = _read(path)
    assert [d.doc_id for d in docs] == [f"ond.{kind}::evil.txt", f"ond.{kind}::etc/passwd.txt", f"ond.{kind}::Windows/win.txt"]
    assert all(".." not in d.source and d.ok for d in docs)
    assert sorted(p for p in tmp_path.rglob("*")) == before  # nothing written anywhere


@pytest.mark.parametrize(
    "name, expected",
    [("../../evil.txt", "evil.txt"), ("a/./b/../c.txt", "a/b/c.txt"), ("/abs/x.txt", "abs/x.txt"), ("..", "_")],
)
def test_safe_member_name(name: str, expected: str) -> None:
    assert safe_member_name(name) == expected


def test_oversized_member_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "stor.zip"
    path.write_bytes(make_zip([("stor.txt", b"Referat " * 1000), ("lille.txt", TXT)]))
    docs = _by_id(_read(path, ReadLimits(max_member_bytes=2000)))
    assert docs["stor.zip::stor.txt"].error.type == "LimitExceededError"
    assert "max_member_bytes" in docs["stor.zip::stor.txt"].error.message
    assert docs["stor.zip::lille.txt"].text == TXT.decode()


def test_oversized_tar_member_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "stor.tar.gz"
    path.write_bytes(make_tar([("stor.txt", os.urandom(5000)), ("lille.txt", TXT)]))
    docs = _by_id(_read(path, ReadLimits(max_member_bytes=2000)))
    assert docs["stor.tar.gz::stor.txt"].error.type == "LimitExceededError"
    assert docs["stor.tar.gz::lille.txt"].ok


def test_zip_bomb_member_stopped(tmp_path: Path) -> None:
    path = tmp_path / "bombe.zip"
    path.write_bytes(make_zip([("nuller.txt", b"0" * (8 * 2**20)), ("ok.txt", TXT)]))
    assert path.stat().st_size < 100_000
    docs = _by_id(_read(path))
    error = docs["bombe.zip::nuller.txt"].error
    assert error.type == "LimitExceededError" and "max_ratio" in error.message
    assert docs["bombe.zip::ok.txt"].ok


def test_tar_bomb_stopped(tmp_path: Path) -> None:
    path = tmp_path / "bombe.tar.gz"
    path.write_bytes(make_tar([("ok.txt", TXT), ("nuller.txt", b"\0" * (16 * 2**20)), ("sidst.txt", TXT)]))
    docs = _by_id(_read(path))
    assert docs["bombe.tar.gz::ok.txt"].ok
    error = docs["bombe.tar.gz::nuller.txt"].error
    assert error.type == "LimitExceededError" and "max_ratio" in error.message
    assert docs["bombe.tar.gz::sidst.txt"].ok  # the good member after the bomb is still read
    assert len(docs) == 3


def test_tar_bomb_declared_too_large_stops_the_archive(tmp_path: Path) -> None:
    path = tmp_path / "bombe.tar.gz"
    path.write_bytes(make_tar([("ok.txt", TXT), ("nuller.txt", b"\0" * (16 * 2**20)), ("sidst.txt", TXT)]))
    docs = _read(path, ReadLimits(max_member_bytes=4 * 2**20))
    by_id = _by_id(docs)
    assert by_id["bombe.tar.gz::ok.txt"].ok
    assert by_id["bombe.tar.gz::nuller.txt"].error.type == "LimitExceededError"
    assert len([d for d in docs if d.doc_id == "bombe.tar.gz::nuller.txt"]) == 1


def test_tar_bomb_skipped_type_is_drained(tmp_path: Path) -> None:
    path = tmp_path / "blandet.tar.gz"
    path.write_bytes(make_tar([("nuller.bin", b"\0" * (16 * 2**20)), ("sidst.txt", TXT)]))
    docs = _by_id(_read(path))
    assert docs["blandet.tar.gz::sidst.txt"].ok


def test_total_limit_stops_archive(tmp_path: Path) -> None:
    path = tmp_path / "mange.zip"
    path.write_bytes(make_zip([(f"{i:02d}.txt", os.urandom(3000)) for i in range(10)], zipfile.ZIP_STORED))
    docs = _read(path, ReadLimits(max_total_bytes=10_000))
    assert len(docs) == 4
    assert docs[-1].error.type == "LimitExceededError" and "max_total_bytes" in docs[-1].error.message


def test_max_depth(tmp_path: Path) -> None:
    data = make_zip([("c.txt", TXT)])
    for level in range(3):
        data = make_zip([(f"niveau{level}.zip", data)])
    path = tmp_path / "dyb.zip"
    path.write_bytes(data)
    (doc,) = _read(path, ReadLimits(max_depth=2))
    assert doc.doc_id == "dyb.zip::niveau2.zip::niveau1.zip"
    assert doc.error.type == "LimitExceededError" and "max_depth" in doc.error.message
    (deep,) = _read(path)
    assert deep.doc_id == "dyb.zip::niveau2.zip::niveau1.zip::niveau0.zip::c.txt" and deep.ok


@pytest.mark.parametrize("encoding", ["cp850", "cp1252", "utf-8"])
def test_zip_member_names_without_utf8_flag(tmp_path: Path, encoding: str) -> None:
    name = "Børn og Ældre/Årsrapport.txt"
    raw = name.encode(encoding)
    placeholder = "x" * len(raw)
    data = rename_zip_member(make_zip([(placeholder, TXT)]), placeholder, raw)
    assert not zipfile.ZipFile(io.BytesIO(data)).infolist()[0].flag_bits & 0x800
    path = tmp_path / "navne.zip"
    path.write_bytes(data)
    (doc,) = _read(path)
    assert doc.doc_id == f"navne.zip::{name}"


def test_zip_utf8_flagged_names(tmp_path: Path) -> None:
    path = tmp_path / "navne.zip"
    path.write_bytes(make_zip([("Søparken/æøå.txt", TXT)]))
    (doc,) = _read(path)
    assert doc.doc_id == "navne.zip::Søparken/æøå.txt"


def test_tar_latin1_member_name(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT, encoding="latin-1") as archive:
        info = tarfile.TarInfo("Søparken.txt")
        info.size = len(TXT)
        archive.addfile(info, io.BytesIO(TXT))
    path = tmp_path / "gammel.tar"
    path.write_bytes(buffer.getvalue())
    (doc,) = _read(path)
    assert doc.doc_id == "gammel.tar::Søparken.txt"


def test_junk_members_skipped(tmp_path: Path) -> None:
    members = [("__MACOSX/._a.txt", b"\0\5\x16\7"), ("._b.pdf", b"\0"), ("~$referat.docx", b"\0"), ("a.txt", TXT)]
    path = tmp_path / "mac.zip"
    path.write_bytes(make_zip(members))
    assert [d.doc_id for d in _read(path)] == ["mac.zip::a.txt"]


def test_bad_members_fail_alone(tmp_path: Path) -> None:
    members = [("tom.txt", b""), ("skadet.docx", os.urandom(500)), ("skadet.pdf", b"%PDF-1.4 garbage"), ("ok.txt", TXT)]
    path = tmp_path / "blandet.zip"
    path.write_bytes(make_zip(members))
    docs = _read(path)
    assert [d.error.type if d.error else "ok" for d in docs] == [
        "EmptyDocumentError",
        "CorruptDocumentError",
        "CorruptDocumentError",
        "ok",
    ]


@pytest.mark.parametrize("name", ["skadet.zip", "skadet.tar.gz", "skadet.tar"])
def test_corrupt_archive_is_one_error(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\x1f\x8b" + os.urandom(3000) if name.endswith("gz") else os.urandom(3000))
    docs = _read(path)
    assert len(docs) <= 1
    if docs:
        assert docs[0].doc_id == name and docs[0].error.type == "CorruptDocumentError"


def test_corrupt_zip_gives_error(tmp_path: Path) -> None:
    path = tmp_path / "skadet.zip"
    path.write_bytes(b"PK\x03\x04" + os.urandom(100))
    (doc,) = _read(path)
    assert doc.fmt == "zip" and doc.error.type == "CorruptDocumentError"


def test_truncated_tar_gz_keeps_members_before_damage(tmp_path: Path) -> None:
    data = make_tar([("a.txt", TXT), ("b.txt", os.urandom(200_000))])
    path = tmp_path / "halv.tar.gz"
    path.write_bytes(data[: len(data) - 50_000])
    docs = _read(path)
    assert docs[0].doc_id == "halv.tar.gz::a.txt" and docs[0].ok
    assert docs[-1].error is not None


class _ForwardOnly(io.RawIOBase):
    """A stream that cannot seek or tell, like a pipe."""

    def __init__(self, data: bytes) -> None:
        self._inner = io.BytesIO(data)
        self.max_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        chunk = self._inner.read(len(buffer))
        self.max_read = max(self.max_read, len(chunk))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_tar_is_streamed_front_to_back() -> None:
    members = [(f"{i}.txt", f"Dokument {i} om Søparken".encode()) for i in range(50)]
    stream = _ForwardOnly(make_tar(members + [("stor.bin", os.urandom(3 * 2**20))]))
    where = Where(source="pipe.tar.gz", doc_prefix="pipe", depth=1)
    docs = list(iter_tar(stream, where, ReadLimits(), Budget(limit=2**40), lambda name, data: data.decode()))
    assert [d.text for d in docs] == [m[1].decode() for m in members]
    assert stream.max_read <= 2**20
