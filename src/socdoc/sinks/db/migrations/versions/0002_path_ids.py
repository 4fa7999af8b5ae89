"""Document ids become paths; rows keep the last good facts beside a later failure.

Revision ID: 0002_path_ids
Revises: 0001_initial
Create Date: 2026-12-03

Until this revision ``doc_id`` was the file stem (``referat`` for ``2020/referat.txt`` and for
``2021/referat.txt`` alike); from now on it is the path relative to the root given to
``socdoc load`` (``2020/referat.txt``, ``arkiv.zip::a/b.pdf``). An old id cannot be turned into a
new one here, because the root a document was loaded from is not stored. Instead every existing
row keeps its id and records it in ``legacy_id``; the loader matches such a row to the document
that comes with the same ``source`` (or the same relative path) and renames it in place, so no
document is ever stored twice. Rows not matched yet are listed by ``socdoc db stats``.

``failure_type``, ``failure_message`` and ``failed_at`` record a failed re-read of a document
whose row keeps its last good facts.
"""

from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0002_path_ids"
down_revision: Union[str, Sequence[str], None] = "0001_initial"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_FAILURE_COLUMNS = ("failure_type", "failure_message", "failed_at")


def upgrade() -> None:
    op.add_column("documents", sa.Column(
        "legacy_id", sa.Text(), nullable=True,
        comment="the stem id of a row loaded before ids were paths; NULL once matched"))
    op.execute("UPDATE documents SET legacy_id = doc_id")
    op.create_index("ix_documents_legacy_id", "documents", ["legacy_id"])
    op.add_column("documents", sa.Column(
        "failure_type", sa.Text(), nullable=True,
        comment="why the last read or extraction failed while the row kept its last good facts"))
    op.add_column("documents", sa.Column("failure_message", sa.Text(), nullable=True))
    op.add_column("documents", sa.Column("failed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    for name in reversed(_FAILURE_COLUMNS):
        op.drop_column("documents", name)
    op.drop_index("ix_documents_legacy_id", table_name="documents")
    op.drop_column("documents", "legacy_id")
