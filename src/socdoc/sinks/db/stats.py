"""What a socdoc database holds: rows per table, documents per kind, failed documents."""

from __future__ import annotations

from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from socdoc.sinks.db import migrate
from socdoc.sinks.db.engine import has_table, make_engine
from socdoc.sinks.db.schema import DOCUMENTS, FACT_TABLES


def collect_stats(
    url: Optional[str] = None, *, engine: Optional[Engine] = None, max_failed: int = 20
) -> dict[str, Any]:
    """Counts per table, documents per kind and per extractor version, and failed documents."""
    own = engine is None
    engine = engine or make_engine(url)
    try:
        if not has_table(engine, DOCUMENTS.name):
            return {"revision": None, "tables": {}, "kinds": {}, "extractor_versions": {},
                    "failed": 0, "failed_documents": []}
        revision = migrate.current_revision(engine)
        d = DOCUMENTS.c
        with engine.connect().execution_options(readonly=True) as conn:
            tables = {
                table.name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
                for table in (DOCUMENTS, *FACT_TABLES)
            }
            kinds: dict[str, int] = dict(conn.execute(
                sa.select(d.kind, sa.func.count()).group_by(d.kind).order_by(d.kind)).all())
            versions: dict[str, int] = dict(conn.execute(
                sa.select(d.extractor_version, sa.func.count())
                .group_by(d.extractor_version).order_by(d.extractor_version)).all())
            failed = conn.execute(
                sa.select(sa.func.count()).where(d.error_type.is_not(None))).scalar_one()
            failed_docs = [
                {"doc_id": row.doc_id, "error_type": row.error_type,
                 "error_message": row.error_message}
                for row in conn.execute(
                    sa.select(d.doc_id, d.error_type, d.error_message)
                    .where(d.error_type.is_not(None)).order_by(d.doc_id).limit(max_failed))
            ]
            legacy = conn.execute(
                sa.select(sa.func.count()).where(d.legacy_id.is_not(None))).scalar_one() \
                if "legacy_id" in d else 0
            legacy_docs = [
                {"doc_id": row.doc_id, "source": row.source}
                for row in conn.execute(
                    sa.select(d.doc_id, d.source).where(d.legacy_id.is_not(None))
                    .order_by(d.doc_id).limit(max_failed))
            ] if legacy else []
            kept = conn.execute(
                sa.select(sa.func.count()).where(d.failure_type.is_not(None))).scalar_one()
        return {"revision": revision, "tables": tables, "kinds": kinds,
                "extractor_versions": versions, "failed": failed, "failed_documents": failed_docs,
                "failed_keeping_facts": kept, "legacy_ids": legacy, "legacy_documents": legacy_docs}
    finally:
        if own:
            engine.dispose()


def format_stats(stats: dict[str, Any]) -> str:
    """A plain-text report of :func:`collect_stats`."""
    if stats["revision"] is None and not stats["tables"]:
        return "empty database (run `socdoc db upgrade` or `socdoc load`)"
    lines = [f"schema revision: {stats['revision']}", "", "rows per table:"]
    width = max(len(name) for name in stats["tables"])
    lines += [f"  {name:<{width}}  {count:>10,}" for name, count in stats["tables"].items()]
    lines += ["", "documents per kind:"]
    lines += [f"  {kind:<{width}}  {count:>10,}" for kind, count in stats["kinds"].items()]
    lines += ["", "documents per extractor version:"]
    lines += [f"  {v or '(none)':<{width}}  {count:>10,}" for v, count in stats["extractor_versions"].items()]
    lines += ["", f"failed documents: {stats['failed']:,}"]
    for doc in stats["failed_documents"]:
        lines.append(f"  {doc['doc_id']}: {doc['error_type']}: {doc['error_message']}")
    if stats["failed"] > len(stats["failed_documents"]):
        lines.append(f"  … and {stats['failed'] - len(stats['failed_documents']):,} more")
    if stats.get("failed_keeping_facts"):
        lines.append(f"documents whose last read failed, last good facts kept: {stats['failed_keeping_facts']:,}")
    if stats.get("legacy_ids"):
        lines += ["", f"rows still keyed by old (file stem) ids: {stats['legacy_ids']:,} "
                  "(loading their files again renames them)"]
        lines += [f"  {doc['doc_id']}: {doc['source']}" for doc in stats["legacy_documents"]]
    return "\n".join(lines)
