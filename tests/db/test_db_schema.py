"""Migrations create the schema that the models describe, with the views, on both databases."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from socdoc.sinks.db import migrate
from socdoc.sinks.db.engine import make_engine
from socdoc.sinks.db.schema import VIEW_NAMES, Base


def test_upgrade_creates_tables_and_views(db_url: str) -> None:
    migrate.upgrade(db_url)
    engine = make_engine(db_url)
    try:
        inspector = sa.inspect(engine)
        assert set(Base.metadata.tables) <= set(inspector.get_table_names())
        assert set(VIEW_NAMES) <= set(inspector.get_view_names())
        assert migrate.current_revision(engine) == migrate.head_revision() == "0002_path_ids"
        with engine.connect() as conn:
            for view in VIEW_NAMES:
                assert conn.execute(sa.text(f"SELECT * FROM {view}")).all() == []
    finally:
        engine.dispose()


def test_upgrade_twice_is_a_no_op(db_url: str) -> None:
    migrate.upgrade(db_url)
    migrate.upgrade(db_url)
    engine = make_engine(db_url)
    try:
        assert migrate.current_revision(engine) == "0002_path_ids"
    finally:
        engine.dispose()


def test_models_match_migrations(db_url: str) -> None:
    migrate.upgrade(db_url)
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = [d for d in compare_metadata(context, Base.metadata)
                    if not (isinstance(d, tuple) and d[0] == "remove_table"
                            and d[1].name == "alembic_version")]
        assert diff == []
    finally:
        engine.dispose()


def test_downgrade_removes_everything(db_url: str) -> None:
    from alembic import command

    migrate.upgrade(db_url)
    command.downgrade(migrate.alembic_config(db_url), "base")
    engine = make_engine(db_url)
    try:
        names = set(sa.inspect(engine).get_table_names()) - {"alembic_version"}
        assert names == set()
        assert set(sa.inspect(engine).get_view_names()) == set()
    finally:
        engine.dispose()
