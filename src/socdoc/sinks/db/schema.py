"""SQLAlchemy 2.x models of the socdoc database.

One row in ``documents`` per document (keyed by the unique ``doc_id``), and one table
per fact type, each row pointing at its document with ``ON DELETE CASCADE`` and keeping
the fact's character offsets (``char_start``/``char_end``) and list position (``seq``).

The tables are created by the Alembic migrations in ``socdoc/sinks/db/migrations``,
never by ``metadata.create_all``: these models describe them for the loader and for
readers of the database.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

JSONType = sa.JSON().with_variant(JSONB(), "postgresql")
"""JSON on SQLite, JSONB on PostgreSQL."""


class Base(DeclarativeBase):
    """Declarative base; its metadata is the schema that migration 0001 creates."""

    type_annotation_map = {dict[str, Any]: JSONType, list[Any]: JSONType}


class Document(Base):
    """One document: where it came from, what it is, and how it was loaded."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(sa.Text)
    source: Mapped[Optional[str]] = mapped_column(sa.Text)
    source_url: Mapped[Optional[str]] = mapped_column(sa.Text)
    content_hash: Mapped[Optional[str]] = mapped_column(
        sa.String(64), comment="sha256 hex of the text the facts were extracted from"
    )
    record_hash: Mapped[str] = mapped_column(
        sa.String(64), comment="sha256 hex of the record's JSON: equal hashes, equal facts"
    )
    kind: Mapped[str] = mapped_column(sa.Text)
    published: Mapped[Optional[dt.date]] = mapped_column(sa.Date)
    year: Mapped[Optional[int]] = mapped_column(
        sa.Integer, comment="published year, else the meeting's year"
    )
    municipality: Mapped[Optional[str]] = mapped_column(
        sa.Text, comment="first municipality among the document's parties/areas"
    )
    title: Mapped[Optional[str]] = mapped_column(sa.Text)
    language: Mapped[str] = mapped_column(sa.Text)
    n_chars: Mapped[int] = mapped_column(sa.Integer)
    n_words: Mapped[int] = mapped_column(sa.Integer)
    extractor_version: Mapped[str] = mapped_column(sa.Text)
    loaded_at: Mapped[dt.datetime] = mapped_column(sa.DateTime(timezone=True))
    error_type: Mapped[Optional[str]] = mapped_column(sa.Text)
    error_message: Mapped[Optional[str]] = mapped_column(sa.Text)
    legacy_id: Mapped[Optional[str]] = mapped_column(
        sa.Text, comment="the stem id of a row loaded before ids were paths; NULL once matched"
    )
    failure_type: Mapped[Optional[str]] = mapped_column(
        sa.Text, comment="why the last read or extraction failed while the row kept its last good facts"
    )
    failure_message: Mapped[Optional[str]] = mapped_column(sa.Text)
    failed_at: Mapped[Optional[dt.datetime]] = mapped_column(sa.DateTime(timezone=True))

    __table_args__ = (
        sa.UniqueConstraint("doc_id", name="uq_documents_doc_id"),
        sa.Index("ix_documents_kind", "kind"),
        sa.Index("ix_documents_year", "year"),
        sa.Index("ix_documents_municipality", "municipality"),
        sa.Index("ix_documents_error_type", "error_type"),
        sa.Index("ix_documents_legacy_id", "legacy_id"),
    )


def _document_fk() -> Mapped[int]:
    return mapped_column(
        sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )


class _FactMixin:
    """Columns every fact row has: its document, its position in the list, its offsets."""

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    seq: Mapped[int] = mapped_column(sa.Integer, comment="position in the record's list")


class _Located:
    char_start: Mapped[Optional[int]] = mapped_column(sa.Integer)
    char_end: Mapped[Optional[int]] = mapped_column(sa.Integer)
    text: Mapped[Optional[str]] = mapped_column(sa.Text)


class Amount(_FactMixin, _Located, Base):
    """A money amount in DKK; ``point_value`` is ``value`` or the midpoint of a range."""

    __tablename__ = "amounts"

    document_id: Mapped[int] = _document_fk()
    value: Mapped[Optional[float]] = mapped_column(sa.Double)
    low: Mapped[Optional[float]] = mapped_column(sa.Double)
    high: Mapped[Optional[float]] = mapped_column(sa.Double)
    point_value: Mapped[Optional[float]] = mapped_column(
        sa.Double, comment="value, or the midpoint of low/high"
    )
    currency: Mapped[str] = mapped_column(sa.Text)
    per_year: Mapped[bool] = mapped_column(sa.Boolean)


class DateFact(_FactMixin, _Located, Base):
    """A calendar date mentioned in the text."""

    __tablename__ = "dates"

    document_id: Mapped[int] = _document_fk()
    date: Mapped[dt.date] = mapped_column(sa.Date, index=True)
    year_inferred: Mapped[bool] = mapped_column(sa.Boolean)


class Period(_FactMixin, _Located, Base):
    """A span of time with a first and a last day."""

    __tablename__ = "periods"

    document_id: Mapped[int] = _document_fk()
    start_date: Mapped[dt.date] = mapped_column(sa.Date)
    end_date: Mapped[dt.date] = mapped_column(sa.Date)


class Party(_FactMixin, _Located, Base):
    """An organisation; ``mentions`` is a JSON list of ``{start, end, text}``."""

    __tablename__ = "parties"

    document_id: Mapped[int] = _document_fk()
    name: Mapped[str] = mapped_column(sa.Text, index=True)
    type: Mapped[Optional[str]] = mapped_column(sa.Text)
    mentions: Mapped[list[Any]] = mapped_column()


class Person(_FactMixin, _Located, Base):
    """A named person with role and party letter."""

    __tablename__ = "people"

    document_id: Mapped[int] = _document_fk()
    name: Mapped[str] = mapped_column(sa.Text, index=True)
    role: Mapped[Optional[str]] = mapped_column(sa.Text)
    party: Mapped[Optional[str]] = mapped_column(sa.Text)
    mentions: Mapped[list[Any]] = mapped_column()


class Area(_FactMixin, _Located, Base):
    """A named place: housing area, neighbourhood, town, municipality as place."""

    __tablename__ = "areas"

    document_id: Mapped[int] = _document_fk()
    name: Mapped[str] = mapped_column(sa.Text, index=True)
    type: Mapped[Optional[str]] = mapped_column(sa.Text)
    mentions: Mapped[list[Any]] = mapped_column()


class FocusArea(_FactMixin, _Located, Base):
    """A named focus area / theme."""

    __tablename__ = "focus_areas"

    document_id: Mapped[int] = _document_fk()
    name: Mapped[str] = mapped_column(sa.Text, index=True)


class Meeting(Base):
    """The meeting that a set of minutes records (at most one per document)."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[int] = mapped_column(
        sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE")
    )
    body: Mapped[Optional[str]] = mapped_column(sa.Text, index=True)
    date: Mapped[Optional[dt.date]] = mapped_column(sa.Date, index=True)
    time: Mapped[Optional[str]] = mapped_column(sa.Text)
    location: Mapped[Optional[str]] = mapped_column(sa.Text)

    __table_args__ = (sa.UniqueConstraint("document_id", name="uq_meetings_document_id"),)


class Participant(_FactMixin, Base):
    """A meeting participant; ``absent`` rows come from the Afbud/Fraværende list."""

    __tablename__ = "participants"

    document_id: Mapped[int] = _document_fk()
    name: Mapped[str] = mapped_column(sa.Text, index=True)
    party: Mapped[Optional[str]] = mapped_column(sa.Text)
    absent: Mapped[bool] = mapped_column(sa.Boolean)
    char_start: Mapped[Optional[int]] = mapped_column(sa.Integer)
    char_end: Mapped[Optional[int]] = mapped_column(sa.Integer)


class Decision(_FactMixin, _Located, Base):
    """The final decision on one agenda item, with its vote when the text gives one."""

    __tablename__ = "decisions"

    document_id: Mapped[int] = _document_fk()
    item: Mapped[Optional[int]] = mapped_column(sa.Integer)
    title: Mapped[Optional[str]] = mapped_column(sa.Text)
    outcome: Mapped[str] = mapped_column(sa.Text, index=True)
    postponed_to: Mapped[Optional[dt.date]] = mapped_column(sa.Date)
    has_vote: Mapped[bool] = mapped_column(sa.Boolean)
    vote_for: Mapped[Optional[list[Any]]] = mapped_column(comment="party letters")
    vote_against: Mapped[Optional[list[Any]]] = mapped_column()
    vote_abstained: Mapped[Optional[list[Any]]] = mapped_column()
    vote_for_count: Mapped[Optional[int]] = mapped_column(sa.Integer)
    vote_against_count: Mapped[Optional[int]] = mapped_column(sa.Integer)
    vote_abstained_count: Mapped[Optional[int]] = mapped_column(sa.Integer)
    absent: Mapped[list[Any]] = mapped_column()
    history: Mapped[list[Any]] = mapped_column(comment="earlier bodies' decisions on the item")


FACT_TABLES: tuple[sa.Table, ...] = tuple(
    model.__table__  # type: ignore[attr-defined,misc]
    for model in (
        Amount, DateFact, Period, Party, Person, Area, FocusArea, Meeting, Participant, Decision
    )
)
"""Every table that hangs off ``documents``, in a fixed order."""

DOCUMENTS: sa.Table = Document.__table__  # type: ignore[assignment]

VIEW_NAMES = ("v_money_by_area_year", "v_money_by_party_year", "v_decisions_by_body_year")
