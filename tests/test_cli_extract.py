"""``socdoc extract`` over folders, archives and standard input: records, names, offsets, exit status."""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

sys.path.insert(0, str(Path(__file__).resolve().parent / "read"))
from readdocs import make_docx, make_html, make_pdf, make_tar, make_txt, make_zip  # noqa: E402

import socdoc.read  # noqa: E402
from socdoc.cli import cli, text_file_name  # noqa: E402
from socdoc.read import ReadLimits  # noqa: E402

Record = dict[str, Any]

DOC = [
    "Ny helhedsplan for Ellemarken",
    "Køge Kommune bidrager med 8,1 mio. kr. årligt i perioden 2013-2015 til den boligsociale indsats.",
    "Beslutning",
    "Økonomiudvalget drøftede sagen den 9. juni 2020. Udsat til 16. juni 2020.",
    "Borgerne kan komme med forslag senest d. 31. august.",
    "- Uddannelse og beskæftigelse",
    "- Tryghed og trivsel",
    ("Område", "Beløb"),
    ("Ellemarken", "3,1 mio. kr."),
]
"""One short Danish document, written in every format below."""

MAKERS = {
    "txt": make_txt,
    "html": make_html,
    "pdf": lambda blocks: make_pdf([blocks]),
    "docx": make_docx,
}
SUMMARY_RE = re.compile(r"^socdoc: (\d+) documents?, (\d+) failed, [\d,]+ words in [\d.]+ s \([\d,]+ words/s\)$")
READ_ERRORS = {"CorruptDocumentError", "EmptyDocumentError", "UnsupportedFormatError", "LimitExceededError"}


def _doc(fmt: str) -> bytes:
    return MAKERS[fmt](DOC)


def _text_files(text_dir: Path, records: list[Record]) -> dict[int, Path]:
    """Where ``--text-dir`` put the text of each readable record (by position in the output)."""
    written: set[str] = set()
    return {k: text_dir / text_file_name(r["doc_id"], written) for k, r in enumerate(records) if r["error"] is None}


def _check_offsets(record: Record, text: str) -> None:
    assert len(text) == record["n_chars"]
    for fact in record["amounts"] + record["dates"]:
        assert text[fact["start"] : fact["end"]] == fact["text"], (record["doc_id"], fact)
    for period in record["periods"]:
        assert text[period["char_start"] : period["char_end"]] == period["text"], (record["doc_id"], period)


def _run(args: list[str], stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, ["extract", *args], input=stdin, catch_exceptions=False)


def _records(path: Path) -> list[Record]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _by_id(records: list[Record]) -> dict[str, Record]:
    return {r["doc_id"]: r for r in records}


def _values(record: Record) -> tuple:
    amounts = sorted((a["value"], a["low"], a["high"], a["per_year"]) for a in record["amounts"])
    dates = sorted(d["date"] for d in record["dates"])
    periods = sorted((p["start"], p["end"]) for p in record["periods"])
    return amounts, dates, periods


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


# ---------------------------------------------------------------- a mixed input tree, extracted once


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A folder with nested subfolders of all four formats, a zip holding a zip, and a .tar.gz."""
    root = tmp_path_factory.mktemp("inputs")
    folder = root / "moeder"
    files = {
        "referat.txt": "txt",
        "2020/nyhed.html": "html",
        "2020/bilag/plan.pdf": "pdf",
        "2020/bilag/notat.docx": "docx",
    }
    for name, fmt in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_doc(fmt))
    inner = make_zip([("a/side.html", _doc("html")), ("b.pdf", _doc("pdf"))])
    (root / "samling.zip").write_bytes(
        make_zip([("brev.txt", _doc("txt")), ("indre.zip", inner), ("mappe/notat.docx", _doc("docx"))])
    )
    (root / "pakke.tar.gz").write_bytes(make_tar([("tekster/x.txt", _doc("txt")), ("y.docx", _doc("docx"))]))
    return {"root": root, "folder": folder, "zip": root / "samling.zip", "tar": root / "pakke.tar.gz"}


EXPECTED_IDS = [
    "referat.txt",
    "2020/nyhed.html",
    "2020/bilag/notat.docx",
    "2020/bilag/plan.pdf",
    "samling.zip::brev.txt",
    "samling.zip::indre.zip::a/side.html",
    "samling.zip::indre.zip::b.pdf",
    "samling.zip::mappe/notat.docx",
    "pakke.tar.gz::tekster/x.txt",
    "pakke.tar.gz::y.docx",
]


def _extract_inputs(inputs: dict[str, Path], workers: int) -> tuple[Result, list[Record], Path]:
    out = inputs["root"] / f"out{workers}.jsonl"
    text_dir = inputs["root"] / f"text{workers}"
    args = [str(inputs[k]) for k in ("folder", "zip", "tar")]
    result = _run([*args, "-o", str(out), "--workers", str(workers), "--text-dir", str(text_dir)])
    return result, _records(out), text_dir


@pytest.fixture(scope="module")
def one_worker(inputs: dict[str, Path]) -> tuple[Result, list[Record], Path]:
    return _extract_inputs(inputs, 1)


def test_one_record_per_document_in_order(one_worker: tuple[Result, list[Record], Path]) -> None:
    result, records, _ = one_worker
    assert result.exit_code == 0, result.output
    assert [r["doc_id"] for r in records] == EXPECTED_IDS
    assert all(r["error"] is None and r["n_words"] > 0 for r in records)


def test_source_keeps_the_full_location(
    inputs: dict[str, Path], one_worker: tuple[Result, list[Record], Path]
) -> None:
    records = _by_id(one_worker[1])
    folder, zip_path, tar_path = (str(inputs[k].resolve()) for k in ("folder", "zip", "tar"))
    assert records["2020/bilag/plan.pdf"]["source"] == f"{folder}/2020/bilag/plan.pdf"
    assert records["samling.zip::mappe/notat.docx"]["source"] == f"{zip_path}::mappe/notat.docx"
    assert records["samling.zip::indre.zip::a/side.html"]["source"] == f"{zip_path}::indre.zip::a/side.html"
    assert records["pakke.tar.gz::tekster/x.txt"]["source"] == f"{tar_path}::tekster/x.txt"


def test_summary_line(one_worker: tuple[Result, list[Record], Path]) -> None:
    lines = one_worker[0].stderr.strip().splitlines()
    match = SUMMARY_RE.match(lines[-1])
    assert match and match.groups() == (str(len(EXPECTED_IDS)), "0"), lines


def test_offsets_quote_the_written_text(one_worker: tuple[Result, list[Record], Path]) -> None:
    _, records, text_dir = one_worker
    files = _text_files(text_dir, records)
    assert set(files.values()) == _files(text_dir) and len(files) == len(records)
    for k, record in enumerate(records):
        assert record["amounts"] and record["dates"] and record["periods"]
        _check_offsets(record, files[k].read_text(encoding="utf-8"))


def test_text_files_of_repeated_and_long_names(tmp_path: Path) -> None:
    folder = tmp_path / "udvalg"
    texts = {
        "børn/referat.txt": "Udvalget bevilger 2 mio. kr. den 3. marts 2021.\n",
        "ældre/referat.txt": "Et længere referat: Regionen giver 5,5 mio. kr. i perioden 2019-2022.\n",
        "ældre/referat.docx": None,
    }
    for name, text in texts.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(_doc("docx") if text is None else text.encode())
    long_name = "/".join(["Økonomiudvalget " * 8] * 3) + "/referat.txt"
    (tmp_path / "lang.zip").write_bytes(make_zip([(long_name, _doc("txt"))]))
    out, text_dir = tmp_path / "out.jsonl", tmp_path / "tekst"
    result = _run([str(folder), str(tmp_path / "lang.zip"), "-o", str(out), "--text-dir", str(text_dir)])
    assert result.exit_code == 0, result.output
    records = _records(out)
    assert [r["doc_id"] for r in records][:3] == ["børn/referat.txt", "ældre/referat.docx", "ældre/referat.txt"]
    files = _text_files(text_dir, records)
    assert [p.name for p in files.values()][:3] == ["børn_referat.txt", "ældre_referat.txt", "ældre_referat~2.txt"]
    assert len(files[3].name.encode()) <= 255 and files[3].name.startswith("lang.zip__Økonomiudvalget")
    assert set(files.values()) == _files(text_dir)
    for k, record in enumerate(records):
        assert record["amounts"]
        _check_offsets(record, files[k].read_text(encoding="utf-8"))


def test_same_facts_in_every_format(one_worker: tuple[Result, list[Record], Path]) -> None:
    records = one_worker[1]
    amounts, dates, periods = _values(records[0])
    assert (8_100_000, None, None, True) in amounts
    assert {"2020-06-16", "2020-08-31"} <= set(dates)
    assert ("2013-01-01", "2015-12-31") in periods
    for record in records[1:]:
        assert _values(record) == (amounts, dates, periods), record["doc_id"]


def test_two_workers_give_the_same_records_in_the_same_order(
    inputs: dict[str, Path], one_worker: tuple[Result, list[Record], Path]
) -> None:
    result, records, text_dir = _extract_inputs(inputs, 2)
    assert result.exit_code == 0, result.output
    assert records == one_worker[1]
    assert {p.name for p in _files(text_dir)} == {p.name for p in _files(one_worker[2])}


# ---------------------------------------------------------------- failures and usage


def test_failed_documents_give_error_records_and_exit_1(tmp_path: Path) -> None:
    folder = tmp_path / "blandet"
    (folder / "sub").mkdir(parents=True)
    (folder / "god.txt").write_bytes(_doc("txt"))
    (folder / "sub" / "god2.docx").write_bytes(_doc("docx"))
    (folder / "ødelagt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog" + os.urandom(300))
    (folder / "sub" / "støj.docx").write_bytes(os.urandom(2000))
    (folder / "tom.txt").write_bytes(b"")
    out, text_dir = tmp_path / "out.jsonl", tmp_path / "tekst"
    result = _run([str(folder), "-o", str(out), "--text-dir", str(text_dir)])
    assert result.exit_code == 1
    records = _by_id(_records(out))
    assert set(records) == {"god.txt", "sub/god2.docx", "ødelagt.pdf", "sub/støj.docx", "tom.txt"}
    for good in ("god.txt", "sub/god2.docx"):
        assert records[good]["error"] is None and records[good]["amounts"]
    for bad in ("ødelagt.pdf", "sub/støj.docx", "tom.txt"):
        error = records[bad]["error"]
        assert error["type"] in READ_ERRORS and error["message"], (bad, error)
        assert records[bad]["amounts"] == [] and records[bad]["source"].startswith(str(folder.resolve()))
    assert records["tom.txt"]["error"]["type"] == "EmptyDocumentError"
    assert {p.name for p in _files(text_dir)} == {"god.txt", "sub_god2.txt"}
    assert SUMMARY_RE.match(result.stderr.strip().splitlines()[-1]).groups() == ("5", "3")


@pytest.mark.parametrize(
    "args, message",
    [
        (["a.txt", "--scheduler", "tcp://x:8786"], "--scheduler needs --engine dask"),
        (["a.txt", "-o", "a.txt"], "is one of the inputs"),
        ([], "Missing argument"),
        (["--workers", "0", "."], "--workers"),
        (["--ukendt", "."], "No such option"),
        (["--engine", "fjern", "."], "--engine"),
        ([".", "-o", "mappe-findes-ikke/out.jsonl"], "--output"),
        ([".", "--engine", "dask", "--text-dir", "tekst"], "--text-dir"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(_doc("txt"))
    out = tmp_path / "out.jsonl"
    if "-o" not in args:
        args = [*args, "-o", str(out)]
    result = CliRunner().invoke(cli, ["extract", *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert not out.exists() and not (tmp_path / "mappe-findes-ikke").exists()


def test_quiet_prints_no_summary(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(_doc("txt"))
    result = _run([str(path), "--quiet"])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 1


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_standard_input(fmt: str) -> None:
    result = _run(["-", "--workers", "1"], stdin=_doc(fmt))
    assert result.exit_code == 0
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["doc_id"] == "stdin" and record["source"] == "-"
    assert (8_100_000, None, None, True) in _values(record)[0]


def test_zip_on_standard_input() -> None:
    data = make_zip([("a.txt", _doc("txt")), ("indre.zip", make_zip([("b.html", _doc("html"))]))])
    result = _run(["-", "--workers", "1", "--quiet"], stdin=data)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_id"] for r in records] == ["stdin::a.txt", "stdin::indre.zip::b.html"]
    assert [r["source"] for r in records] == ["-::a.txt", "-::indre.zip::b.html"]


# ---------------------------------------------------------------- hostile archives


@pytest.mark.parametrize("kind", ["zip", "tar.gz"])
def test_path_traversal_members_write_nothing_outside(tmp_path: Path, kind: str) -> None:
    members = [("../../ond.txt", _doc("txt")), ("/etc/ond2.txt", _doc("txt")), ("..\\..\\ond3.txt", _doc("txt"))]
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    archive = work / f"ond.{kind}"
    archive.write_bytes(make_zip(members) if kind == "zip" else make_tar(members))
    out, text_dir = work / "out.jsonl", work / "tekst"
    before = _files(tmp_path)
    result = _run([str(archive), "-o", str(out), "--text-dir", str(text_dir), "--quiet"])
    records = _records(out)
    assert [r["doc_id"] for r in records] == [f"ond.{kind}::ond.txt", f"ond.{kind}::etc/ond2.txt", f"ond.{kind}::ond3.txt"]
    assert all(".." not in r["doc_id"] and ".." not in r["source"] for r in records)
    assert result.exit_code == (1 if any(r["error"] for r in records) else 0)
    written = _files(tmp_path) - before
    assert written - {out} == {p for p in written if p.parent == text_dir}
    assert len(written - {out}) == sum(r["error"] is None for r in records)


def test_oversized_member_is_an_error_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    limits = ReadLimits(max_member_bytes=50_000)
    monkeypatch.setattr(socdoc.read, "iter_sources", functools.partial(socdoc.read.iter_sources, limits=limits))
    big = ("\n".join(["Referat af mødet. Køge Kommune bevilger 2 mio. kr."] * 2000)).encode()
    archive = tmp_path / "stor.zip"
    archive.write_bytes(make_zip([("stor.txt", big), ("lille.txt", _doc("txt"))]))
    out, text_dir = tmp_path / "out.jsonl", tmp_path / "tekst"
    result = _run([str(archive), "-o", str(out), "--text-dir", str(text_dir), "--workers", "1"])
    assert result.exit_code == 1
    records = _by_id(_records(out))
    assert records["stor.zip::stor.txt"]["error"]["type"] == "LimitExceededError"
    assert "max_member_bytes" in records["stor.zip::stor.txt"]["error"]["message"]
    assert records["stor.zip::lille.txt"]["error"] is None
    assert {p.name for p in _files(text_dir)} == {"stor.zip__lille.txt"}


# ---------------------------------------------------------------- the installed entry point


def test_entry_point_in_a_subprocess(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("socdoc")
    if not script.exists():
        pytest.skip("the socdoc entry point is not installed next to this Python")
    out, text_dir = tmp_path / "out.jsonl", tmp_path / "tekst"
    proc = subprocess.run(
        [str(script), "extract", "-", "-o", str(out), "--text-dir", str(text_dir), "--workers", "1"],
        input=_doc("pdf"), capture_output=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    (record,) = _records(out)
    assert record["doc_id"] == "stdin" and record["source"] == "-"
    _check_offsets(record, (text_dir / "stdin.txt").read_text(encoding="utf-8"))
    stderr = proc.stderr.decode().strip().splitlines()
    assert SUMMARY_RE.match(stderr[-1]).groups() == ("1", "0")
    missing = subprocess.run([str(script), "extract", str(tmp_path / "nej.pdf")], capture_output=True, check=False)
    assert missing.returncode == 1 and b"MissingFileError" in missing.stdout
