"""Table dumps for comparing databases row by row, independent of surrogate ids."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from socdoc.sinks.db.engine import make_engine
from socdoc.sinks.db.schema import DOCUMENTS, FACT_TABLES


SRC = Path(__file__).resolve().parents[2] / "src"


def subprocess_env() -> dict[str, str]:
    """The environment for ``python -m socdoc…`` subprocesses: ``src`` on the path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    return env


def _norm(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat() if value.tzinfo is None else (
            value.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat())
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


Row = dict[str, Any]


def _rows(result: Any) -> list[Row]:
    rows = [{k: _norm(v) for k, v in r._mapping.items()} for r in result]
    return sorted(rows, key=lambda r: (r.get("doc_id") or "", r.get("seq") or 0))


def dump(url: str, loaded_at: bool = True) -> dict[str, list[Row]]:
    """Every table as sorted rows; ``document_id`` becomes ``doc_id``, surrogate ids go.

    Fact rows whose document is missing (there must be none) are listed under ``orphans``.
    """
    engine = make_engine(url)
    out: dict[str, list[Row]] = {"orphans": []}
    try:
        with engine.connect() as conn:
            doc_cols = [c for c in DOCUMENTS.columns
                        if c.name != "id" and (loaded_at or c.name != "loaded_at")]
            out["documents"] = _rows(conn.execute(sa.select(*doc_cols)))
            for table in FACT_TABLES:
                cols = [c for c in table.columns if c.name not in ("id", "document_id")]
                query = sa.select(DOCUMENTS.c.doc_id, *cols).join_from(
                    table, DOCUMENTS, table.c.document_id == DOCUMENTS.c.id)
                out[table.name] = _rows(conn.execute(query))
                orphans = conn.execute(
                    sa.select(sa.func.count()).select_from(table)
                    .where(~table.c.document_id.in_(sa.select(DOCUMENTS.c.id)))).scalar_one()
                if orphans:
                    out["orphans"].append({"table": table.name, "rows": orphans})
    finally:
        engine.dispose()
    return out


def count(url: str, table: str = "documents") -> int:
    engine = make_engine(url)
    try:
        with engine.connect().execution_options(readonly=True) as conn:
            if not sa.inspect(conn).has_table(table):
                return 0
            return conn.execute(sa.text(f"SELECT COUNT(*) FROM {table}")).scalar_one()
    finally:
        engine.dispose()
