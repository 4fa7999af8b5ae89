"""The CLI: help texts, eval, usage errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from socdoc.cli import cli


def test_every_command_has_help() -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("extract", "eval", "load", "db", "show", "report"):
        assert command in result.output
        sub = runner.invoke(cli, [command, "--help"])
        assert sub.exit_code == 0 and len(sub.output) > 100, command


def test_extract_then_eval(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    gold = tmp_path / "gold"
    docs.mkdir()
    gold.mkdir()
    (docs / "a.txt").write_text("Kommunen bevilger 2 mio. kr. i perioden 2020-2022. Udsat til 16. juni 2020.\n",
                                encoding="utf-8")
    (gold / "a.json").write_text(json.dumps({
        "id": "a", "source_url": None, "kind": "article", "published": None,
        "amounts": [{"text": "2 mio. kr.", "value": 2000000, "per_year": False}],
        "dates": [{"text": "16. juni 2020", "date": "2020-06-16"}],
        "periods": [{"text": "2020-2022", "start": "2020-01-01", "end": "2022-12-31"}],
        "parties": [], "people": [], "areas": [], "focus_areas": [], "meeting": None, "decisions": [],
    }), encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(cli, ["extract", str(docs), "-o", str(out), "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert record["doc_id"] == "a.txt" and record["amounts"][0]["value"] == 2000000
    result = runner.invoke(cli, ["eval", str(tmp_path), str(out), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["amounts"]["f1"] == 1.0 and scores["dates"]["f1"] == 1.0 and scores["periods"]["f1"] == 1.0


def test_missing_path_is_an_error_record(tmp_path: Path) -> None:
    (tmp_path / "god.txt").write_text("Kommunen bevilger 2 mio. kr.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.txt"), str(tmp_path / "god.txt"),
                                      "-o", str(out), "--workers", "1"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["doc_id"], (r["error"] or {}).get("type")) for r in records] == [
        ("nope.txt", "MissingFileError"), ("god.txt", None)]
    assert records[1]["amounts"][0]["value"] == 2_000_000


def test_eval_needs_predictions_or_docs(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 2


def test_help_and_version_import_neither_spacy_nor_sqlalchemy() -> None:
    import subprocess
    import sys

    code = ("import sys\nfrom click.testing import CliRunner\nfrom socdoc.cli import cli\n"
            "for args in (['--help'], ['--version']):\n"
            "    assert CliRunner().invoke(cli, args).exit_code == 0\n"
            "heavy = {'spacy', 'sqlalchemy', 'alembic', 'dask', 'socdoc.read', 'socdoc.api'} & set(sys.modules)\n"
            "assert not heavy, heavy\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_lazy_commands_resolve_to_the_real_ones() -> None:
    from socdoc.cli_db import db_group, load_command
    from socdoc.cli_show import report_command, show_command

    ctx = cli.make_context("socdoc", ["--help"], resilient_parsing=True)
    resolved = {name: cli.get_command(ctx, name) for name in ("db", "load", "show", "report")}
    assert resolved == {"db": db_group, "load": load_command, "show": show_command, "report": report_command}


def test_help_shows_the_defaults_of_the_reading_limits() -> None:
    from socdoc import cli_limits
    from socdoc.read.base import ReadLimits

    defaults = ReadLimits()
    assert cli_limits.DEFAULT_TOTAL_GIB * 2**30 == defaults.max_total_bytes
    assert cli_limits.DEFAULT_MEMBERS == defaults.max_members
    assert cli_limits.DEFAULT_DEPTH == defaults.max_depth
