"""Nothing lost, nothing merged, nothing crashes: ids, odd names, bad JSONL, skipped and missing
inputs, read-only commands, the library's argument checks, failed re-reads.

Each test builds the hostile or awkward input itself and runs the real commands.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

sys.path.insert(0, str(Path(__file__).resolve().parent / "read"))
from readdocs import make_docx, make_tar, make_zip  # noqa: E402

import socdoc  # noqa: E402
from socdoc.cli import cli  # noqa: E402
from socdoc.records import Document  # noqa: E402

GOOD = "Byrådet bevilger 2,5 mio. kr. til Søparken den 3. marts 2021.\n"
OTHER = "Udvalget afsætter 700.000 kr. årligt i perioden 2022-2024.\n"


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _rows(db: Path, sql: str = "SELECT doc_id, source, error_type FROM documents ORDER BY doc_id") -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def _colliding_tree(root: Path) -> Path:
    """Files whose stems, names or member paths collide in every way the old ids merged them."""
    folder = root / "arkiv"
    for year, text in (("2020", GOOD), ("2021", OTHER)):
        (folder / year).mkdir(parents=True)
        (folder / year / "referat.txt").write_text(text, encoding="utf-8")
    (folder / "x.txt").write_text(GOOD, encoding="utf-8")
    (folder / "x.html").write_text(f"<html><body><p>{OTHER}</p></body></html>", encoding="utf-8")
    (folder / "pakke.zip").write_bytes(make_zip([("report.txt", GOOD.encode())]))
    (folder / "pakke.tgz").write_bytes(make_tar([("report.txt", OTHER.encode())]))
    # a hostile member whose cleaned name is that of a genuine one
    (folder / "ond.zip").write_bytes(make_zip([("report.txt", GOOD.encode()), ("../report.txt", OTHER.encode())]))
    return folder


def test_colliding_names_give_one_record_and_one_row_each(tmp_path: Path) -> None:
    folder = _colliding_tree(tmp_path)
    out = tmp_path / "out.jsonl"
    assert _run("extract", str(folder), "-o", str(out), "--workers", "1").exit_code == 0
    ids = [r["doc_id"] for r in _records(out)]
    assert ids == ["ond.zip::report.txt", "ond.zip::report.txt~2", "pakke.tgz::report.txt",
                   "pakke.zip::report.txt", "x.html", "x.txt", "2020/referat.txt", "2021/referat.txt"]
    again = tmp_path / "again.jsonl"
    _run("extract", str(folder), "-o", str(again), "--workers", "1", "--quiet")
    assert [r["doc_id"] for r in _records(again)] == ids  # stable

    db = tmp_path / "socdoc.db"
    first = _run("load", str(folder), "--db", f"sqlite:///{db}")
    assert first.exit_code == 0 and "8 loaded, 0 unchanged" in first.stderr
    second = _run("load", str(folder), "--db", f"sqlite:///{db}")
    assert "0 loaded, 8 unchanged, 0 replaced, 0 failed" in second.stderr
    rows = _rows(db)
    assert [doc_id for doc_id, _, _ in rows] == sorted(ids)  # one row per document
    amounts = dict(_rows(db, "SELECT d.doc_id, a.value FROM amounts a JOIN documents d ON d.id = a.document_id "
                             "WHERE a.value IS NOT NULL"))
    assert amounts["ond.zip::report.txt"] == 2_500_000  # the genuine member's facts survive


def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    folder = tmp_path / "mappe"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/m\xf8de.txt"  # "møde" in Latin-1: not valid UTF-8
    try:
        with open(raw, "wb") as handle:
            handle.write(GOOD.encode())
    except OSError:
        pytest.skip("the file system refuses non-UTF-8 names")
    (folder / "god.txt").write_text(OTHER, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _run("extract", str(folder), "-o", str(out), "--workers", "1")
    assert result.exit_code == 0, result.output
    records = {r["doc_id"]: r for r in _records(out)}
    assert set(records) == {"god.txt", "m\ufffdde.txt"}
    odd = records["m\ufffdde.txt"]
    assert os.fsencode(odd["source"]) == raw  # the exact bytes, losslessly
    assert odd["amounts"][0]["value"] == 2_500_000

    db = tmp_path / "socdoc.db"
    loaded = _run("load", str(folder), "--db", f"sqlite:///{db}")
    assert loaded.exit_code == 0 and "2 loaded" in loaded.stderr
    sources = {doc_id: source for doc_id, source, _ in _rows(db)}
    assert sources["m\ufffdde.txt"].endswith("/m\\xf8de.txt")
    from_jsonl = _run("load", "--from-jsonl", str(out), "--db", f"sqlite:///{tmp_path / 'b.db'}")
    assert from_jsonl.exit_code == 0 and "2 loaded" in from_jsonl.stderr


def test_bad_jsonl_lines_are_reported_and_the_good_ones_load(tmp_path: Path) -> None:
    good = [Document(doc_id=f"d{i}.txt", extractor_version="0.1.0").model_dump_json() for i in range(2)]
    unknown_key = json.dumps({"doc_id": "u.txt", "farve": "rød"})
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join([good[0], "{ikke json", unknown_key, "[1, 2]", good[1], good[1][:40]]),
                    encoding="utf-8")
    db = tmp_path / "socdoc.db"
    result = _run("load", "--from-jsonl", str(path), "--db", f"sqlite:///{db}")
    assert result.exit_code == 1
    assert [row[0] for row in _rows(db)] == ["d0.txt", "d1.txt"]
    for line in (2, 3, 4, 6):
        assert f"records.jsonl:{line}:" in result.stderr, result.stderr
    assert "farve" in result.stderr and "4 bad JSONL lines" in result.stderr


def test_skipped_files_are_counted_and_markdown_is_text(tmp_path: Path) -> None:
    folder = tmp_path / "blandet"
    folder.mkdir()
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    (folder / "data.bin").write_bytes(os.urandom(64))
    (folder / "noter.md").write_text("# Noter\n\n" + GOOD, encoding="utf-8")
    (folder / "vejledning.rst").write_text("Vejledning\n==========\n\n" + OTHER, encoding="utf-8")
    (folder / "genvej.txt").symlink_to("/etc/hostname")
    out = tmp_path / "out.jsonl"
    result = _run("extract", str(folder), "-o", str(out), "--workers", "1")
    assert result.exit_code == 0
    assert [r["doc_id"] for r in _records(out)] == ["noter.md", "vejledning.rst"]
    assert all(r["amounts"] for r in _records(out))
    (summary,) = [line for line in result.stderr.splitlines() if line.startswith("socdoc: skipped")]
    assert summary.startswith("socdoc: skipped 3 files: 2 unsupported type")
    assert "logo.png" in summary and "data.bin" in summary and "genvej.txt" in summary

    empty = tmp_path / "tom"
    empty.mkdir()
    nothing = _run("extract", str(empty), "-o", str(tmp_path / "tom.jsonl"))
    assert nothing.exit_code == 0 and "warning: no documents found" in nothing.stderr


def test_a_missing_path_is_one_error_record_among_good_ones(tmp_path: Path) -> None:
    (tmp_path / "god.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _run("extract", str(tmp_path / "mangler.txt"), str(tmp_path / "god.txt"), "-o", str(out), "--workers", "1")
    assert result.exit_code == 1
    assert [(r["doc_id"], (r["error"] or {}).get("type")) for r in _records(out)] == [
        ("mangler.txt", "MissingFileError"), ("god.txt", None)]
    db = tmp_path / "socdoc.db"
    loaded = _run("load", str(tmp_path / "mangler.txt"), str(tmp_path / "god.txt"), "--db", f"sqlite:///{db}")
    assert loaded.exit_code == 1
    assert _rows(db) == [("god.txt", str(tmp_path / "god.txt"), None),
                         ("mangler.txt", str(tmp_path / "mangler.txt"), "MissingFileError")]


def test_read_only_commands_create_no_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    stats = _run("db", "stats", "--db", f"sqlite:///{tmp_path / 'nothere.db'}")
    assert stats.exit_code == 1 and "no database" in stats.output
    report = _run("report", "--db", f"sqlite:///{tmp_path / 'nothere.db'}", "-o", str(tmp_path / "r.html"))
    assert report.exit_code == 1 and "no database" in report.output
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    bad_url = _run("db", "stats", "--db", "ikke-en-url")
    assert bad_url.exit_code == 2 and "not a database URL" in bad_url.output


def test_show_writes_the_page_of_an_unreadable_document(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog" + os.urandom(200))
    page = tmp_path / "bad.html"
    result = _run("show", str(bad), "-o", str(page))
    assert result.exit_code == 1 and "reading failed" in result.stderr
    html = page.read_text(encoding="utf-8")
    assert 'id="doc-error"' in html and "CorruptDocumentError" in html


def test_show_lists_the_documents_of_an_archive_when_doc_is_wrong(tmp_path: Path) -> None:
    archive = tmp_path / "arkiv.zip"
    archive.write_bytes(make_zip([("a.txt", GOOD.encode()), ("b.txt", OTHER.encode())]))
    result = _run("show", str(archive), "--doc", "findes-ikke", "-o", str(tmp_path / "x.html"))
    assert result.exit_code == 2 and "arkiv.zip::a.txt, arkiv.zip::b.txt" in result.output


def test_library_empty_text_and_wrong_types() -> None:
    empty = socdoc.extract("")
    assert empty.error is not None and empty.error.type == "EmptyDocumentError"
    assert socdoc.extract("  \n ").error.type == "EmptyDocumentError"  # type: ignore[union-attr]
    for wrong in (None, b"2 mio. kr.", 17):
        with pytest.raises(TypeError):
            socdoc.extract(wrong)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        socdoc.extract("2 mio. kr.", doc_id=5)  # type: ignore[arg-type]


def test_failed_reread_keeps_the_last_good_facts(tmp_path: Path) -> None:
    folder = tmp_path / "referater"
    folder.mkdir()
    path = folder / "referat.docx"
    good = make_docx([GOOD])
    path.write_bytes(good)
    db = tmp_path / "socdoc.db"
    assert _run("load", str(folder), "--db", f"sqlite:///{db}").exit_code == 0
    path.write_bytes(good[: len(good) // 2])  # a truncated copy
    failed = _run("load", str(folder), "--db", f"sqlite:///{db}")
    assert failed.exit_code == 1 and "1 failed, last good facts kept for 1" in failed.stderr
    row = _rows(db, "SELECT doc_id, error_type, failure_type FROM documents")
    assert row == [("referat.docx", None, "CorruptDocumentError")]
    assert _rows(db, "SELECT value FROM amounts") == [(2_500_000,)]
    path.write_bytes(good)
    healed = _run("load", str(folder), "--db", f"sqlite:///{db}")
    assert healed.exit_code == 0
    assert _rows(db, "SELECT failure_type FROM documents") == [(None,)]


def test_output_naming_an_input_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "referat.txt"
    path.write_text(GOOD, encoding="utf-8")
    result = _run("extract", str(path), "-o", str(path))
    assert result.exit_code == 2 and path.read_text(encoding="utf-8") == GOOD
    inside = _run("extract", str(tmp_path), "-o", str(tmp_path / "ny.txt"))
    assert inside.exit_code == 2 and not (tmp_path / "ny.txt").exists()


@pytest.mark.parametrize(
    "url, code, message",
    [
        ("ikke en url", 2, "not a database URL"),
        ("mysql://u@h/d", 2, "only sqlite"),
        ("postgresql+pg8000://u@h/d", 2, "no database driver"),
        ("sqlite:////findes/ikke/mappe/x.db", 2, "does not exist"),
        ("postgresql+psycopg://socdoc@127.0.0.1:1/socdoc", 1, "database postgresql"),
        ("not-a-db", 1, "file is not a database"),
    ],
)
def test_bad_database_urls_give_one_line(tmp_path: Path, url: str, code: int, message: str) -> None:
    (tmp_path / "god.txt").write_text(GOOD, encoding="utf-8")
    if url == "not-a-db":
        (tmp_path / "junk.db").write_bytes(b"dette er ingen database" * 100)
        url = f"sqlite:///{tmp_path / 'junk.db'}"
    result = CliRunner().invoke(cli, ["load", str(tmp_path / "god.txt"), "--db", url, "-q"])
    assert result.exit_code == code, result.output
    assert message in result.output and "Traceback" not in result.output
    assert [line for line in result.output.splitlines() if line.startswith("Error:")] == [
        result.output.strip().splitlines()[-1]]  # one line says it all


def test_a_killed_worker_does_not_end_the_run() -> None:
    import multiprocessing
    import signal

    texts = [(f"Kommunen giver {i} mio. kr. til projekt {i} i 2024.", {"doc_id": f"d{i}"}) for i in range(1, 41)]
    records = []
    killed = False
    for record in socdoc.extract_many(texts, n_process=2, batch_size=4):
        records.append(record)
        if not killed:
            workers = multiprocessing.active_children()
            assert workers
            os.kill(workers[0].pid, signal.SIGKILL)
            killed = True
    assert [r.doc_id for r in records] == [f"d{i}" for i in range(1, 41)]
    errors = {r.error.type for r in records if r.error is not None}
    assert errors <= {"WorkerCrashError"}
    assert sum(r.error is None for r in records) >= 40 - 8  # at most the killed worker's chunks


def test_workers_end_with_their_parent(tmp_path: Path) -> None:
    import signal
    import subprocess
    import time

    script = (
        "import socdoc, sys\n"
        "texts = ['Byrådet bevilger 2 mio. kr. i 2024. ' * 200] * 400\n"
        "for i, r in enumerate(socdoc.extract_many(texts, n_process=2, batch_size=2)):\n"
        "    if i == 0: print('started', flush=True)\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(socdoc.__file__).parents[1]),
                                                       os.environ.get("PYTHONPATH", "")]))
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, env=env)
    assert parent.stdout is not None and parent.stdout.readline().strip() == b"started"
    children = _children(parent.pid)
    assert children
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(pid) for pid in children):
        time.sleep(0.2)
    assert not [pid for pid in children if _alive(pid)]


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_binary_content_under_a_text_extension_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "forklædt"
    folder.mkdir()
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    (folder / "billede.txt").write_bytes(png)
    (folder / "side.html").write_bytes(png)
    (folder / "støj.txt").write_bytes(bytes(range(32)) * 64)
    (folder / "utf16.txt").write_bytes(GOOD.encode("utf-16-le"))  # no byte-order mark: still text
    out = tmp_path / "out.jsonl"
    result = _run("extract", str(folder), "-o", str(out), "--workers", "1")
    assert result.exit_code == 1
    records = {r["doc_id"]: r for r in _records(out)}
    for name in ("billede.txt", "side.html", "støj.txt"):
        assert records[name]["error"]["type"] == "CorruptDocumentError", records[name]
    assert "PNG image" in records["billede.txt"]["error"]["message"]
    assert records["utf16.txt"]["error"] is None and records["utf16.txt"]["amounts"]


def test_archive_budget_flags_and_a_summary_of_failures(tmp_path: Path) -> None:
    many = tmp_path / "mange.zip"
    many.write_bytes(make_zip([(f"d{i}.txt", GOOD.encode()) for i in range(5)]))
    out = tmp_path / "out.jsonl"
    result = _run("extract", str(many), "-o", str(out), "--workers", "1", "--max-archive-members", "3")
    assert result.exit_code == 1
    records = _records(out)
    assert [r["error"] is None for r in records] == [True, True, True, False]
    assert "max_members=3" in records[-1]["error"]["message"]

    inner = make_zip([("c.txt", GOOD.encode())])
    nested = tmp_path / "bombe.zip"
    nested.write_bytes(make_zip([(f"lag{i}.zip", make_zip([("x.zip", inner)])) for i in range(4)]))
    deep = _run("extract", str(nested), "-o", str(out), "--workers", "1", "--max-depth", "2")
    assert deep.exit_code == 1 and len(_records(out)) == 4
    assert "failures: 4 LimitExceededError (archive nested deeper than max_depth=2)" in deep.stderr
    raised = _run("extract", str(nested), "-o", str(out), "--workers", "1", "--max-depth", "3", "-q")
    assert raised.exit_code == 0 and len(_records(out)) == 4
    bad = _run("extract", str(nested), "--max-archive-bytes", "mange")
    assert bad.exit_code == 2 and "is not a size" in bad.output


def test_a_runaway_document_becomes_a_timeout_record(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from spacy.language import Language

    from socdoc import api
    from socdoc.pipeline import pipeline

    if "socdoc_test_runaway" not in Language.factories:
        @Language.component("socdoc_test_runaway")
        def runaway(doc):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN202
            if "LANGSOMT" in doc.text:
                time.sleep(60)
            return doc

    nlp = pipeline()
    nlp.add_pipe("socdoc_test_runaway", first=True)
    try:
        monkeypatch.setattr(api, "time_budget", lambda n_chars: 5.0)
        texts = [(GOOD, {"doc_id": "kort"}), ("LANGSOMT: " + GOOD, {"doc_id": "lang"}), (OTHER, {"doc_id": "kort2"})]
        started = time.monotonic()
        records = list(socdoc.extract_many(texts))
        assert time.monotonic() - started < 50
    finally:
        nlp.remove_pipe("socdoc_test_runaway")
    assert [r.doc_id for r in records] == ["kort", "lang", "kort2"]
    assert records[1].error is not None and records[1].error.type == "DocumentTimeoutError"
    assert records[0].error is None and records[2].error is None and records[0].amounts


def test_huge_html_pages_are_refused_before_parsing(tmp_path: Path) -> None:
    import base64
    import time

    from socdoc.read import ReadLimits, iter_sources

    folder = tmp_path / "sider"
    folder.mkdir()
    cells = "".join(f"<tr><td>{i}</td><td>række {i}</td></tr>" for i in range(350_000))
    (folder / "kaempe.html").write_text(f"<html><body><table>{cells}</table></body></html>", encoding="utf-8")
    image = base64.b64encode(os.urandom(3 * 2**20)).decode()
    (folder / "billeder.html").write_text(
        f"<html><head><script>{'var x = 1;' * 200_000}</script></head><body><p>{GOOD}</p>"
        f'<img src="data:image/png;base64,{image}"></body></html>', encoding="utf-8")
    started = time.monotonic()
    docs = {d.doc_id: d for d in iter_sources([folder], ReadLimits(max_html_bytes=4 * 2**20))}
    assert time.monotonic() - started < 30
    assert docs["kaempe.html"].error.type == "LimitExceededError"
    assert "max_html_bytes" in docs["kaempe.html"].error.message
    assert docs["billeder.html"].error is None and "2,5 mio. kr." in docs["billeder.html"].text


def test_an_unreadable_sub_folder_is_an_error_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socdoc.read as read

    folder = tmp_path / "mappe"
    (folder / "låst").mkdir(parents=True)
    (folder / "god.txt").write_text(GOOD, encoding="utf-8")
    real_walk = os.walk

    def walk(top, **kwargs):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN202
        for root, dirs, files in real_walk(top, **kwargs):
            if root.endswith("låst"):  # as os.walk does for a folder it may not list (root reads all)
                kwargs["onerror"](PermissionError(13, "Permission denied", root))
                continue
            yield root, dirs, files

    monkeypatch.setattr(read.os, "walk", walk)
    docs = list(read.iter_sources([folder]))
    assert [(d.doc_id, d.error.type if d.error else None) for d in docs] == [
        ("god.txt", None), ("låst/", "MissingFileError")]
    assert "Permission denied" in docs[1].error.message


def test_an_id_taken_over_by_another_file_is_not_silent(tmp_path: Path) -> None:
    for folder, text in (("a", GOOD), ("b", OTHER)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "referat.txt").write_text(text, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'socdoc.db'}"
    both = _run("load", str(tmp_path / "a" / "referat.txt"), str(tmp_path / "b" / "referat.txt"), "--db", db)
    assert both.exit_code == 0 and "2 loaded" in both.stderr  # referat.txt and referat.txt~2
    alone = _run("load", str(tmp_path / "b" / "referat.txt"), "--db", db)
    assert "1 replaced" in alone.stderr
    assert "warning: 1 documents replaced a stored one of the same id read from another file" in alone.stderr


def test_a_pool_that_broke_before_a_chunk_got_in_still_gives_its_records(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker may die between two submissions: the next chunk is run again, not lost."""
    from concurrent.futures.process import BrokenProcessPool

    from socdoc import api

    real_submit = api.ProcessPoolExecutor.submit
    calls = {"n": 0}

    def flaky_submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            raise BrokenProcessPool("a worker died")
        return real_submit(self, fn, *args, **kwargs)

    monkeypatch.setattr(api.ProcessPoolExecutor, "submit", flaky_submit)
    texts = [(f"Kommunen giver {i} mio. kr. til projekt {i} i 2024.", {"doc_id": f"d{i}"}) for i in range(1, 21)]
    records = list(socdoc.extract_many(texts, n_process=2, batch_size=4))
    assert [r.doc_id for r in records] == [f"d{i}" for i in range(1, 21)]
    assert all(r.error is None for r in records)
