"""iter_sources: files, folders, explicit unknown files, missing paths and standard input."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from readdocs import SAME_LINES, make_docx, make_pdf, make_tar, make_zip

from socdoc.read import ReadLimits, iter_sources, sniff_format

TXT = "Udsat til 16. juni 2020.".encode("cp1252")


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "dokumenter"
    (root / "b_mappe").mkdir(parents=True)
    (root / "a_mappe").mkdir()
    (root / ".git").mkdir()
    (root / "b_mappe" / "referat.pdf").write_bytes(make_pdf([SAME_LINES]))
    (root / "a_mappe" / "notat.docx").write_bytes(make_docx(SAME_LINES))
    (root / "a_mappe" / "budget.xlsx").write_bytes(b"PK\x03\x04")
    (root / "z.txt").write_bytes(TXT)
    (root / "arkiv.zip").write_bytes(make_zip([("i.txt", TXT)]))
    (root / ".skjult.txt").write_bytes(TXT)
    (root / ".git" / "config.txt").write_bytes(TXT)
    (root / "~$notat.docx").write_bytes(b"\0")
    return root


def test_folder_recursive_sorted_unknown_skipped(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    docs = list(iter_sources([root]))
    assert [d.doc_id for d in docs] == ["arkiv.zip::i.txt", "z.txt", "a_mappe/notat.docx", "b_mappe/referat.pdf"]
    assert all(d.ok for d in docs)
    assert docs[1].source == str((root / "z.txt").resolve())
    assert [d.doc_id for d in iter_sources([str(root)])] == [d.doc_id for d in docs]


def test_explicit_unknown_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04")
    (doc,) = iter_sources([path])
    assert doc.doc_id == "budget.xlsx" and doc.fmt == "xlsx"
    assert doc.error.type == "UnsupportedFormatError"


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    (doc,) = iter_sources([tmp_path / "findes_ikke.pdf"])
    assert doc.error.type == "MissingFileError" and doc.fmt == "pdf"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "tom.txt"
    path.write_bytes(b"")
    (doc,) = iter_sources([path])
    assert doc.text is None and doc.error.type == "EmptyDocumentError"


def test_oversized_file(tmp_path: Path) -> None:
    path = tmp_path / "stor.txt"
    path.write_bytes(b"a" * 5000)
    (doc,) = iter_sources([path], ReadLimits(max_member_bytes=1000))
    assert doc.error.type == "LimitExceededError"


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize(
    "data, fmt",
    [
        (TXT, "txt"),
        (b"<!DOCTYPE html><html><body><p>Udsat til 16. juni 2020.</p></body></html>", "html"),
        (make_pdf([["Udsat til 16. juni 2020."]]), "pdf"),
        (make_docx(["Udsat til 16. juni 2020."]), "docx"),
    ],
)
def test_stdin_document(monkeypatch: pytest.MonkeyPatch, data: bytes, fmt: str) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    (doc,) = iter_sources(["-"])
    assert (doc.doc_id, doc.source, doc.fmt, doc.text) == ("stdin", "-", fmt, "Udsat til 16. juni 2020.")


@pytest.mark.parametrize("archive", [make_zip([("a.txt", TXT)]), make_tar([("a.txt", TXT)])])
def test_stdin_archive(monkeypatch: pytest.MonkeyPatch, archive: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(archive))
    (doc,) = iter_sources(["-"])
    assert doc.doc_id == "stdin::a.txt" and doc.text == "Udsat til 16. juni 2020."


def test_sniff_format() -> None:
    assert sniff_format(b"%PDF-1.7") == "pdf"
    assert sniff_format(b"Referat\n") == "txt"
    assert sniff_format(make_tar([("a.txt", TXT)], mode="w")) == "tar"
