"""Initial schema: documents, one table per fact type, and the reporting views.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-22

"""

from __future__ import annotations

from typing import Any, Sequence, Union

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001_initial"
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")

FACT_TABLES = (
    "amounts", "dates", "periods", "parties", "people", "areas", "focus_areas",
    "meetings", "participants", "decisions",
)


def _fact_table(name: str, *columns: sa.Column, located: bool = True, text: bool = True) -> None:
    """Create a fact table: id, document_id (FK, cascade), seq, offsets, text, then ``columns``."""
    base: list[sa.Column[Any]] = [
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False, comment="position in the record's list"),
    ]
    if located:
        base += [
            sa.Column("char_start", sa.Integer(), nullable=True),
            sa.Column("char_end", sa.Integer(), nullable=True),
        ]
    if text:
        base.append(sa.Column("text", sa.Text(), nullable=True))
    op.create_table(
        name,
        *base,
        *columns,
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(f"ix_{name}_document_id", name, ["document_id"])


def _named(name: str, *extra: sa.Column) -> None:
    _fact_table(name, sa.Column("name", sa.Text(), nullable=False), *extra)
    op.create_index(f"ix_{name}_name", name, ["name"])


def _create_documents() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("doc_id", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("source_url", sa.Text(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=True,
                  comment="sha256 hex of the text the facts were extracted from"),
        sa.Column("record_hash", sa.String(length=64), nullable=False,
                  comment="sha256 hex of the record's JSON: equal hashes, equal facts"),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True,
                  comment="published year, else the meeting's year"),
        sa.Column("municipality", sa.Text(), nullable=True,
                  comment="first municipality among the document's parties/areas"),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("n_chars", sa.Integer(), nullable=False),
        sa.Column("n_words", sa.Integer(), nullable=False),
        sa.Column("extractor_version", sa.Text(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("error_type", sa.Text(), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("doc_id", name="uq_documents_doc_id"),
    )
    for column in ("kind", "year", "municipality", "error_type"):
        op.create_index(f"ix_documents_{column}", "documents", [column])


def _create_facts() -> None:
    _fact_table(
        "amounts",
        sa.Column("value", sa.Double(), nullable=True),
        sa.Column("low", sa.Double(), nullable=True),
        sa.Column("high", sa.Double(), nullable=True),
        sa.Column("point_value", sa.Double(), nullable=True,
                  comment="value, or the midpoint of low/high"),
        sa.Column("currency", sa.Text(), nullable=False),
        sa.Column("per_year", sa.Boolean(), nullable=False),
    )
    _fact_table(
        "dates",
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("year_inferred", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_dates_date", "dates", ["date"])
    _fact_table(
        "periods",
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
    )
    _named("parties", sa.Column("type", sa.Text(), nullable=True),
           sa.Column("mentions", JSON, nullable=False))
    _named("people", sa.Column("role", sa.Text(), nullable=True),
           sa.Column("party", sa.Text(), nullable=True),
           sa.Column("mentions", JSON, nullable=False))
    _named("areas", sa.Column("type", sa.Text(), nullable=True),
           sa.Column("mentions", JSON, nullable=False))
    _named("focus_areas")

    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("time", sa.Text(), nullable=True),
        sa.Column("location", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("document_id", name="uq_meetings_document_id"),
    )
    op.create_index("ix_meetings_body", "meetings", ["body"])
    op.create_index("ix_meetings_date", "meetings", ["date"])

    _fact_table(
        "participants",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("party", sa.Text(), nullable=True),
        sa.Column("absent", sa.Boolean(), nullable=False),
        text=False,
    )
    op.create_index("ix_participants_name", "participants", ["name"])

    _fact_table(
        "decisions",
        sa.Column("item", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("postponed_to", sa.Date(), nullable=True),
        sa.Column("has_vote", sa.Boolean(), nullable=False),
        sa.Column("vote_for", JSON, nullable=True, comment="party letters"),
        sa.Column("vote_against", JSON, nullable=True),
        sa.Column("vote_abstained", JSON, nullable=True),
        sa.Column("vote_for_count", sa.Integer(), nullable=True),
        sa.Column("vote_against_count", sa.Integer(), nullable=True),
        sa.Column("vote_abstained_count", sa.Integer(), nullable=True),
        sa.Column("absent", JSON, nullable=False),
        sa.Column("history", JSON, nullable=False,
                  comment="earlier bodies' decisions on the item"),
    )
    op.create_index("ix_decisions_outcome", "decisions", ["outcome"])


# Money is attributed at document level: every amount of a document counts for every
# distinct area (party) named in the same document.
_MONEY_VIEW = """
CREATE VIEW {view} AS
SELECT f.name AS {key},
       f.type AS {key}_type,
       d.municipality AS municipality,
       d.year AS year,
       COUNT(DISTINCT d.id) AS n_documents,
       COUNT(*) AS n_amounts,
       SUM(a.point_value) AS total_dkk,
       SUM(CASE WHEN a.per_year THEN a.point_value ELSE 0 END) AS per_year_dkk,
       SUM(CASE WHEN a.per_year THEN 0 ELSE a.point_value END) AS one_off_dkk
FROM amounts a
JOIN documents d ON d.id = a.document_id
JOIN (SELECT document_id, name, MIN(type) AS type
      FROM {facts} GROUP BY document_id, name) f ON f.document_id = a.document_id
GROUP BY f.name, f.type, d.municipality, d.year
"""

_DECISIONS_VIEW = """
CREATE VIEW v_decisions_by_body_year AS
SELECT m.body AS body,
       d.municipality AS municipality,
       d.year AS year,
       dc.outcome AS outcome,
       COUNT(*) AS n_decisions,
       COUNT(DISTINCT d.id) AS n_documents
FROM decisions dc
JOIN documents d ON d.id = dc.document_id
LEFT JOIN meetings m ON m.document_id = d.id
GROUP BY m.body, d.municipality, d.year, dc.outcome
"""


def _create_views() -> None:
    op.execute(_MONEY_VIEW.format(view="v_money_by_area_year", key="area", facts="areas"))
    op.execute(_MONEY_VIEW.format(view="v_money_by_party_year", key="party", facts="parties"))
    op.execute(_DECISIONS_VIEW)


def upgrade() -> None:
    _create_documents()
    _create_facts()
    _create_views()


def downgrade() -> None:
    for view in ("v_decisions_by_body_year", "v_money_by_party_year", "v_money_by_area_year"):
        op.execute(f"DROP VIEW IF EXISTS {view}")
    for table in reversed(FACT_TABLES):
        op.drop_table(table)
    op.drop_table("documents")
