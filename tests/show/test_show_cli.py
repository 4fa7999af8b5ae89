"""``socdoc show`` and ``socdoc report`` through click's CliRunner."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from socdoc.cli import cli
from socdoc.records import Document
from socdoc.sinks.db.synthetic import synthetic_records
from socdoc.sinks.jsonl import write_jsonl

from conftest import SAMPLE


def invoke(args: list[str], **kwargs: object):  # noqa: ANN201
    return CliRunner().invoke(cli, args, catch_exceptions=False, **kwargs)


def amount_titles(page: str) -> dict[str, str]:
    tree = lxml_html.fromstring(page)
    return {m.text_content(): m.get("title") for m in tree.xpath("//mark[contains(@class,'f-amount')]")}


def test_commands_are_attached() -> None:
    assert {"show", "report"} <= set(cli.commands)
    help_text = invoke(["show", "--help"]).output
    assert "<stem>.html in the current" in help_text and "--open" in help_text
    assert "--db URL" in invoke(["report", "--help"]).output


def test_show_writes_stem_html_in_the_current_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke(["show", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    page = (tmp_path / f"{SAMPLE.stem}.html").read_text(encoding="utf-8")
    assert amount_titles(page)["8,1 mio. kr."] == "Amount: 8.100.000 kr. (årligt) [DKK 8100000]"
    tree = lxml_html.fromstring(page)
    dates = {m.text_content(): m.get("title") for m in tree.xpath("//mark[contains(@class,'f-date')]")}
    assert dates["16. juni 2020"] == "Date: 2020-06-16"
    assert "Social- og Sundhedsudvalget" in tree.xpath("//aside")[0].text_content()


def test_show_with_output_and_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: opened.append(url) or True)
    target = tmp_path / "side.html"
    result = invoke(["show", str(SAMPLE), "-o", str(target), "--open"])
    assert result.exit_code == 0 and target.exists()
    assert opened == [target.resolve().as_uri()]


def test_show_takes_the_record_from_jsonl(tmp_path: Path, sample_text: str, sample_record: Document) -> None:
    records = tmp_path / "facts.jsonl"
    doctored = sample_record.model_copy(update={"title": "Fra JSONL"})
    write_jsonl(records, [Document(doc_id="other"), doctored])
    target = tmp_path / "page.html"
    result = invoke(["show", str(SAMPLE), "--records", str(records), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "<h1>Fra JSONL</h1>" in target.read_text(encoding="utf-8")
    missing = CliRunner().invoke(cli, ["show", str(SAMPLE), "--records", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 2


def test_show_a_member_of_an_archive(tmp_path: Path, sample_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "in" / "arkiv.zip"
    archive.parent.mkdir()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a/first.txt", "Kommunen giver 2 mio. kr.")
        zf.writestr("b/referat.txt", sample_text)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    result = invoke(["show", str(archive), "--doc", "b/referat.txt"])
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir(out)) == ["arkiv.zip__b_referat.html"]
    assert "8,1 mio. kr." in amount_titles((out / "arkiv.zip__b_referat.html").read_text(encoding="utf-8"))
    first = invoke(["show", str(archive)])
    assert "several documents" in first.output and "arkiv.zip__a_first.html" in os.listdir(out)


def test_show_reports_unreadable_and_missing_files(tmp_path: Path) -> None:
    empty = tmp_path / "tom.txt"
    empty.write_bytes(b"")
    page = tmp_path / "tom.html"
    result = CliRunner().invoke(cli, ["show", str(empty), "-o", str(page)])
    assert result.exit_code == 1 and "reading failed: EmptyDocumentError" in result.output
    assert "EmptyDocumentError" in page.read_text(encoding="utf-8")  # the page says why
    assert CliRunner().invoke(cli, ["show", str(tmp_path / "findes-ikke.txt")]).exit_code == 1


def test_show_from_standard_input(tmp_path: Path) -> None:
    target = tmp_path / "stdin.html"
    result = invoke(["show", "-", "-o", str(target)], input="Byrådet bevilger 3,5 mio. kr. til Ærø.".encode())
    assert result.exit_code == 0, result.output
    assert "3,5 mio. kr." in amount_titles(target.read_text(encoding="utf-8"))


@pytest.fixture
def records_file(tmp_path: Path) -> Path:
    path = tmp_path / "facts.jsonl"
    write_jsonl(path, synthetic_records(40, seed=2))
    return path


def test_report_from_jsonl(tmp_path: Path, records_file: Path) -> None:
    target = tmp_path / "rapport.html"
    result = invoke(["report", str(records_file), "-o", str(target), "--top", "5", "--title", "Arkiv 2020"])
    assert result.exit_code == 0, result.output
    assert "40 documents" in result.output
    page = target.read_text(encoding="utf-8")
    assert "<h1>Arkiv 2020</h1>" in page and 'id="chart-money-year"' in page


def test_report_from_standard_input(tmp_path: Path, records_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke(["report", "-"], input=records_file.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "report.html").exists() and "40 documents" in result.output


def test_report_from_the_database(tmp_path: Path, records_file: Path) -> None:
    url = f"sqlite:///{tmp_path / 'socdoc.sqlite'}"
    load = invoke(["load", "--from-jsonl", str(records_file), "--db", url, "--quiet"])
    assert load.exit_code in (0, 1), load.output
    target = tmp_path / "db.html"
    result = invoke(["report", "--db", url, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "40 documents" in result.output and target.exists()


def test_report_usage_errors(tmp_path: Path, records_file: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["report"]).exit_code == 2
    assert runner.invoke(cli, ["report", str(records_file), "--db", "sqlite://"]).exit_code == 2
    empty = runner.invoke(cli, ["report", "--db", f"sqlite:///{tmp_path / 'none.sqlite'}", "-o", str(tmp_path / "x.html")])
    assert empty.exit_code == 1 and "no database" in empty.output
    assert not (tmp_path / "none.sqlite").exists()
