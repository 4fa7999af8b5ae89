"""The click commands: ``db upgrade``, ``db stats`` and ``load`` (from JSONL and from paths)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

import pytest
from click.testing import CliRunner
from db_helpers import count, dump

import socdoc
from socdoc.cli_db import db_group, load_command
from socdoc.records import Amount, Document, ErrorInfo
from socdoc.sinks.db.synthetic import synthetic_records
from socdoc.sinks.jsonl import write_jsonl

REPO = Path(__file__).resolve().parents[2]


def _run(command: Any, args: list[str], exit_code: int = 0) -> Any:
    result = CliRunner().invoke(command, args, catch_exceptions=False)
    assert result.exit_code == exit_code, result.output
    return result


def test_upgrade_and_stats(db_url: str) -> None:
    _run(db_group, ["upgrade", "--db", db_url])
    stats = _run(db_group, ["stats", "--db", db_url])
    assert "documents" in stats.stdout and "failed documents: 0" in stats.stdout


def test_load_from_jsonl_twice(db_url: str, tmp_path: Path) -> None:
    records = synthetic_records(60, seed=4)
    n_failed = sum(1 for doc, _ in records if doc.error)
    path = tmp_path / "records.jsonl"
    write_jsonl(path, records)

    assert n_failed
    first = _run(load_command, ["--db", db_url, "--from-jsonl", str(path)], exit_code=1)
    assert f"{60 - n_failed} loaded, 0 unchanged, 0 replaced, {n_failed} failed" in first.stderr
    before = dump(db_url)
    second = _run(load_command, ["--db", db_url, "--from-jsonl", str(path)], exit_code=1)
    assert f"0 loaded, {60 - n_failed} unchanged, 0 replaced, {n_failed} failed" in second.stderr
    assert dump(db_url) == before

    quiet = _run(load_command, ["--db", db_url, "--from-jsonl", str(path), "--quiet"], exit_code=1)
    assert quiet.stderr == ""
    stats = _run(db_group, ["stats", "--db", db_url, "--json"])
    assert '"documents": 60' in stats.stdout


def test_load_needs_input() -> None:
    result = CliRunner().invoke(load_command, [])
    assert result.exit_code != 0 and "PATHs" in result.output


@dataclass
class FakeSource:
    doc_id: str
    source: str
    fmt: str
    text: Optional[str]
    error: Optional[ErrorInfo] = None


class FakeReadAndExtract:
    """Stands in for ``socdoc.read.iter_sources`` and ``socdoc.extract_many``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.extracted: list[str] = []

    def iter_sources(self, paths: Iterable[Path], limits: Any = None, skipped: Any = None) -> Iterator[FakeSource]:
        for path in sorted(self.folder.iterdir()):
            if path.suffix == ".broken":
                yield FakeSource(path.stem, str(path), "unknown", None,
                                 ErrorInfo(type="ReadError", message="cannot read"))
            else:
                yield FakeSource(path.stem, str(path), "txt", path.read_text(encoding="utf-8"))

    def extract_many(self, pairs: Iterable[tuple[str, dict]], n_process: int = 1,
                     batch_size: int = 32) -> Iterator[Document]:
        for text, context in pairs:
            self.extracted.append(context["doc_id"])
            yield Document(doc_id=context["doc_id"], source=context["source"],
                           extractor_version=socdoc.EXTRACTOR_VERSION, n_chars=len(text),
                           amounts=[Amount(start=0, end=len(text), text=text, value=len(text))])


def test_load_paths_skips_unchanged_documents(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socdoc.read

    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in (("a", "første tekst"), ("b", "anden tekst")):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "c.broken").write_text("", encoding="utf-8")
    fake = FakeReadAndExtract(folder)
    monkeypatch.setattr(socdoc.read, "iter_sources", fake.iter_sources, raising=False)
    monkeypatch.setattr(socdoc, "extract_many", fake.extract_many)

    first = _run(load_command, [str(folder), "--db", db_url], exit_code=1)
    assert "2 loaded, 0 unchanged, 0 replaced, 1 failed" in first.stderr
    assert sorted(fake.extracted) == ["a", "b", "c"]

    fake.extracted.clear()
    second = _run(load_command, [str(folder), "--db", db_url], exit_code=1)
    assert "0 loaded, 2 unchanged, 0 replaced, 1 failed" in second.stderr
    assert fake.extracted == ["c"]  # the failed document is retried, the others skipped

    fake.extracted.clear()
    (folder / "b.txt").write_text("anden tekst, ændret", encoding="utf-8")
    third = _run(load_command, [str(folder), "--db", db_url], exit_code=1)
    assert "0 loaded, 1 unchanged, 1 replaced, 1 failed" in third.stderr
    assert sorted(fake.extracted) == ["b", "c"]
    assert count(db_url) == 3 and count(db_url, "amounts") == 2


def test_load_paths_with_the_real_extractor(tmp_path: Path, backend: str) -> None:
    """End to end over a few corpus documents (SQLite only: extraction is the slow part)."""
    if backend != "sqlite":
        pytest.skip("end-to-end extraction runs once, on SQLite")
    read = pytest.importorskip("socdoc.read")
    if not hasattr(read, "iter_sources"):
        pytest.skip("needs socdoc.read.iter_sources")
    texts = sorted((REPO / "corpus" / "docs").glob("*.txt"))[:3]
    if not texts:
        pytest.skip("no corpus documents")
    folder = tmp_path / "docs"
    folder.mkdir()
    for path in texts:
        shutil.copy(path, folder / path.name)
    url = f"sqlite:///{tmp_path / 'e2e.sqlite'}"
    first = _run(load_command, [str(folder), "--db", url, "--quiet"])
    assert first.exit_code == 0 and count(url) == len(texts)
    before = dump(url)
    second = _run(load_command, [str(folder), "--db", url])
    assert f"{len(texts)} unchanged" in second.stderr or "failed" in second.stderr
    assert dump(url) == before
