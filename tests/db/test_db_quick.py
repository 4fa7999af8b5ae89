"""The standard-library no-change check of ``socdoc load`` on SQLite files (``sinks/db/quick.py``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy.engine import make_url

from socdoc.cli_db import load_command
from socdoc.sinks.db import migrate, quick

SRC = Path(__file__).resolve().parents[2] / "src"

TEXTS = {
    "referat.txt": "Socialudvalget\nMødedato: 3. marts 2025\n\n1. Budget\nBeslutning: Godkendt.\n",
    "nyt/pressemeddelelse.txt": "Byrådet afsætter 2,5 mio. kr. til et nyt værested i Søparken fra 2026.\n",
}


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    for name, text in TEXTS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def _load(root: Path, url: str, exit_code: int = 0) -> str:
    result = CliRunner().invoke(load_command, ["--db", url, str(root)], catch_exceptions=False)
    assert result.exit_code == exit_code, result.output
    return result.stderr


@pytest.mark.parametrize("url", ["sqlite:///socdoc.db", "sqlite:////tmp/a b/x.db", "sqlite:///rel/dir-1/x_2.db"])
def test_plain_urls_are_shown_as_sqlalchemy_shows_them(url: str) -> None:
    assert quick.plain_sqlite_file(url) == make_url(url).database
    assert make_url(url).render_as_string(hide_password=True) == url


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:", "sqlite:///æblerne.db", "sqlite:///x.db?mode=ro",
                                 "sqlite+pysqlite:///x.db", "postgresql+psycopg://u@h/db"])
def test_other_urls_take_the_full_path(url: str) -> None:
    assert quick.plain_sqlite_file(url) is None


def test_head_revision_from_the_scripts_is_alembics() -> None:
    assert quick.head_revision() == migrate.head_revision()


def test_no_change_run_is_answered_quickly_and_the_same(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    url = f"sqlite:///{tmp_path / 'socdoc.db'}"
    assert quick.open_current(url) is None  # no file yet
    assert "2 loaded, 0 unchanged" in _load(root, url)
    conn = quick.open_current(url)
    assert conn is not None
    conn.close()
    assert "0 loaded, 2 unchanged, 0 replaced, 0 failed" in _load(root, url)

    (root / "referat.txt").write_text(TEXTS["referat.txt"] + "2. Eventuelt\nBeslutning: Drøftet.\n", encoding="utf-8")
    assert "0 loaded, 1 unchanged, 1 replaced, 0 failed" in _load(root, url)  # the full path takes over
    (root / "ny.txt").write_text("Kommunen giver 40.000 kr. til foreningen.\n", encoding="utf-8")
    assert "1 loaded, 2 unchanged, 0 replaced, 0 failed" in _load(root, url)
    assert "0 loaded, 3 unchanged, 0 replaced, 0 failed" in _load(root, url)


def test_no_change_run_imports_neither_sqlalchemy_nor_the_pipeline(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    url = f"sqlite:///{tmp_path / 'socdoc.db'}"
    _load(root, url)
    script = (
        "import json, sys\n"
        "from socdoc.cli import cli\n"
        "try:\n"
        f"    cli([\"load\", \"--db\", {url!r}, {str(root)!r}, \"-q\"], prog_name=\"socdoc\")\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        "heavy = ['sqlalchemy', 'alembic', 'pydantic', 'spacy', 'trafilatura', 'pdfplumber', 'docx']\n"
        "print(json.dumps({'code': code, 'imported': [m for m in heavy if m in sys.modules]}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {"code": 0, "imported": []}
