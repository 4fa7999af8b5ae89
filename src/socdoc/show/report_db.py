"""Read :class:`~socdoc.show.report.ReportData` from the socdoc database with SQLAlchemy.

The queries mirror :func:`socdoc.show.report.add_document` on the tables of
:mod:`socdoc.sinks.db.schema`; they only read (a deferred transaction on SQLite).
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, make_url

from socdoc.sinks.db import schema as s
from socdoc.show.report import MAX_ERROR_ROWS, NO_BODY, ErrorRow, ReportData

_FACT_MODELS = {
    "amounts": s.Amount, "dates": s.DateFact, "periods": s.Period, "parties": s.Party,
    "people": s.Person, "areas": s.Area, "focus_areas": s.FocusArea, "decisions": s.Decision,
}


class MissingTablesError(RuntimeError):
    """The database has no socdoc tables (nothing was loaded there)."""


def display_url(url: str) -> str:
    """The URL without its password."""
    return make_url(url).render_as_string(hide_password=True)


def collect(url: Optional[str] = None, *, engine: Optional[Engine] = None, top: int = 15) -> ReportData:
    """Read every number of the report from the database at ``url`` (or ``engine``)."""
    from socdoc.sinks.db.engine import make_engine

    own = engine is None
    engine = engine or make_engine(url)
    try:
        if not sa.inspect(engine).has_table(s.DOCUMENTS.name):
            raise MissingTablesError(
                f"no socdoc tables in {display_url(str(engine.url))}: load records first (socdoc load … --db URL)"
            )
        data = ReportData(source=display_url(str(engine.url)))
        with engine.connect().execution_options(readonly=True) as conn:
            _documents(conn, data)
            _money(conn, data, top)
            _named(conn, data, top)
            _decisions(conn, data)
        return data
    finally:
        if own:
            engine.dispose()


def _documents(conn: Connection, data: ReportData) -> None:
    D = s.Document
    for year, kind, n in conn.execute(sa.select(D.year, D.kind, sa.func.count()).group_by(D.year, D.kind)):
        data.n_documents += n
        data.kinds[kind] += n
        data.documents_by_year_kind[(year, kind)] += n
    data.n_errors = conn.execute(sa.select(sa.func.count()).where(D.error_type.is_not(None))).scalar_one()
    rows = conn.execute(
        sa.select(D.doc_id, D.source, D.error_type, D.error_message)
        .where(D.error_type.is_not(None)).order_by(D.id).limit(MAX_ERROR_ROWS)
    )
    data.errors = [ErrorRow(doc_id, source or "", etype, message or "") for doc_id, source, etype, message in rows]
    for name, model in _FACT_MODELS.items():
        data.fact_counts[name] = conn.execute(sa.select(sa.func.count()).select_from(model)).scalar_one()


def _money(conn: Connection, data: ReportData, top: int) -> None:
    A, D = s.Amount, s.Document
    query = (
        sa.select(D.year, A.per_year, sa.func.sum(A.point_value))
        .join(D, D.id == A.document_id).where(A.point_value.is_not(None)).group_by(D.year, A.per_year)
    )
    for year, per_year, total in conn.execute(query):
        (data.per_year_by_year if per_year else data.one_off_by_year)[year] += float(total or 0)
    for model, target in ((s.Party, data.money_by_party), (s.Area, data.money_by_area)):
        target.update(_ranked_money(conn, model, top))


def _ranked_money(conn: Connection, model: Any, top: int) -> Counter[str]:
    """Sum of each document's amounts over the distinct names of ``model`` in that document."""
    A = s.Amount
    names = sa.select(model.document_id, model.name).distinct().subquery()
    per_doc = (
        sa.select(A.document_id, sa.func.sum(A.point_value).label("total"))
        .where(A.point_value.is_not(None)).group_by(A.document_id).subquery()
    )
    total = sa.func.sum(per_doc.c.total)
    query = (
        sa.select(names.c.name, total)
        .join(per_doc, per_doc.c.document_id == names.c.document_id)
        .group_by(names.c.name).order_by(total.desc(), names.c.name).limit(top)
    )
    return Counter({name: float(value or 0) for name, value in conn.execute(query)})


def _named(conn: Connection, data: ReportData, top: int) -> None:
    for model, target in ((s.Party, data.party_documents), (s.Area, data.area_documents)):
        n_docs = sa.func.count(sa.distinct(model.document_id))
        query = sa.select(model.name, n_docs).group_by(model.name).order_by(n_docs.desc(), model.name).limit(top)
        target.update({name: n for name, n in conn.execute(query)})


def _decisions(conn: Connection, data: ReportData) -> None:
    Dc, M = s.Decision, s.Meeting
    query = (
        sa.select(M.body, Dc.outcome, sa.func.count())
        .select_from(Dc).outerjoin(M, M.document_id == Dc.document_id).group_by(M.body, Dc.outcome)
    )
    for body, outcome, n in conn.execute(query):
        data.decisions[(body or NO_BODY, outcome)] += n
