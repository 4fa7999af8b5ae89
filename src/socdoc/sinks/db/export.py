"""Read records back out of the database as :class:`~socdoc.records.Document` objects.

The tables keep every field of a record, so ``iter_documents`` returns what was loaded
(whole-number amounts come back as ``int``, as the record contract prefers).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from socdoc.records import (
    Amount, Area, Attendee, DateFact, Decision, DecisionStep, Document, ErrorInfo, FocusArea,
    Meeting, Mention, Party, Period, Person, Vote,
)
from socdoc.sinks.db.engine import make_engine
from socdoc.sinks.db.schema import DOCUMENTS, FACT_TABLES

CHUNK = 200


def _number(value: Optional[float]) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _mentions(value: Optional[list[dict[str, Any]]]) -> list[Mention]:
    return [Mention.model_validate(m) for m in value or []]


def _facts(conn: sa.Connection, pks: list[int]) -> dict[str, dict[int, list[Any]]]:
    """``table -> document pk -> rows in seq order`` for the documents ``pks``."""
    out: dict[str, dict[int, list[Any]]] = {}
    for table in FACT_TABLES:
        order = [table.c.document_id] + ([table.c.seq] if "seq" in table.c else [])
        rows = conn.execute(sa.select(table).where(table.c.document_id.in_(pks)).order_by(*order))
        grouped: dict[int, list[Any]] = defaultdict(list)
        for row in rows:
            grouped[row.document_id].append(row)
        out[table.name] = grouped
    return out


def _meeting(meetings: list[Any], participants: list[Any]) -> Optional[Meeting]:
    if not meetings:
        return None
    m = meetings[0]
    return Meeting(
        body=m.body, date=m.date, time=m.time, location=m.location,
        participants=[Attendee(name=p.name, party=p.party, start=p.char_start, end=p.char_end)
                      for p in participants if not p.absent],
        absent=[p.name for p in participants if p.absent],
    )


def _decision(d: Any) -> Decision:
    vote = None
    if d.has_vote:
        vote = Vote(for_=d.vote_for or [], against=d.vote_against or [],
                    abstained=d.vote_abstained or [], for_count=d.vote_for_count,
                    against_count=d.vote_against_count, abstained_count=d.vote_abstained_count)
    return Decision(
        item=d.item, title=d.title, outcome=d.outcome, postponed_to=d.postponed_to, text=d.text,
        start=d.char_start, end=d.char_end, vote=vote, absent=list(d.absent or []),
        history=[DecisionStep.model_validate(h) for h in d.history or []],
    )


def _document(doc: Any, facts: dict[str, dict[int, list[Any]]]) -> Document:
    pk = doc.id

    def rows(table: str) -> list[Any]:
        return facts[table].get(pk, [])

    return Document(
        doc_id=doc.doc_id, source=doc.source, source_url=doc.source_url, kind=doc.kind,
        published=doc.published, title=doc.title, language=doc.language, n_chars=doc.n_chars,
        n_words=doc.n_words, extractor_version=doc.extractor_version,
        error=ErrorInfo(type=doc.error_type, message=doc.error_message or "")
        if doc.error_type is not None else None,
        amounts=[Amount(start=a.char_start, end=a.char_end, text=a.text, value=_number(a.value),
                        low=_number(a.low), high=_number(a.high), currency=a.currency,
                        per_year=a.per_year) for a in rows("amounts")],
        dates=[DateFact(start=d.char_start, end=d.char_end, text=d.text, date=d.date,
                        year_inferred=d.year_inferred) for d in rows("dates")],
        periods=[Period(text=p.text, start=p.start_date, end=p.end_date, char_start=p.char_start,
                        char_end=p.char_end) for p in rows("periods")],
        parties=[Party(name=p.name, text=p.text, type=p.type, start=p.char_start, end=p.char_end,
                       mentions=_mentions(p.mentions)) for p in rows("parties")],
        people=[Person(name=p.name, role=p.role, party=p.party, text=p.text, start=p.char_start,
                       end=p.char_end, mentions=_mentions(p.mentions)) for p in rows("people")],
        areas=[Area(name=a.name, text=a.text, type=a.type, start=a.char_start, end=a.char_end,
                    mentions=_mentions(a.mentions)) for a in rows("areas")],
        focus_areas=[FocusArea(name=f.name, text=f.text, start=f.char_start, end=f.char_end)
                     for f in rows("focus_areas")],
        meeting=_meeting(rows("meetings"), rows("participants")),
        decisions=[_decision(d) for d in rows("decisions")],
    )


def iter_documents(
    url: Optional[str] = None, doc_ids: Optional[Iterable[str]] = None, *,
    engine: Optional[Engine] = None,
) -> Iterator[Document]:
    """Yield the stored records (all, or those of ``doc_ids``) in ``doc_id`` order."""
    own = engine is None
    engine = engine or make_engine(url)
    try:
        with engine.connect().execution_options(readonly=True) as conn:
            query = sa.select(DOCUMENTS).order_by(DOCUMENTS.c.doc_id)
            if doc_ids is not None:
                query = query.where(DOCUMENTS.c.doc_id.in_(sorted(set(doc_ids))))
            docs = conn.execute(query).all()
            for i in range(0, len(docs), CHUNK):
                chunk = docs[i:i + CHUNK]
                facts = _facts(conn, [d.id for d in chunk])
                for doc in chunk:
                    yield _document(doc, facts)
    finally:
        if own:
            engine.dispose()
