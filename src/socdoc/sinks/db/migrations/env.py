"""Alembic environment: one transaction for the whole upgrade, serialized between processes.

SQLite: the engine opens every write transaction with BEGIN IMMEDIATE, so a second process
waits for the first one's upgrade and then finds the database at head. PostgreSQL: a
transaction-scoped advisory lock does the same. DDL is transactional on both, so a process
killed mid-upgrade leaves the database as it was.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from socdoc.sinks.db.engine import is_sqlite, make_engine
from socdoc.sinks.db.schema import Base

MIGRATION_LOCK_KEY = 0x50C_D0C  # any constant shared by all socdoc processes

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = config.attributes.get("engine") or make_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            transactional_ddl=True,
            render_as_batch=is_sqlite(engine),
        )
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
