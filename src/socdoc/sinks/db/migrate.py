"""Alembic, configured in code: the migrations ship inside the package."""

from __future__ import annotations

import functools
from typing import Optional

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from socdoc.sinks.db.engine import make_engine, resolve_url

SCRIPT_LOCATION = "socdoc.sinks.db:migrations"


def alembic_config(url: Optional[str] = None, engine: Optional[Engine] = None) -> Config:
    """An Alembic ``Config`` for ``url`` without any ini file."""
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.set_main_option("sqlalchemy.url", resolve_url(url).replace("%", "%%"))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


@functools.lru_cache(maxsize=1)
def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> Optional[str]:
    with engine.connect().execution_options(readonly=True) as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(url: Optional[str] = None, engine: Optional[Engine] = None, revision: str = "head") -> str:
    """Run the migrations up to ``revision``; cheap when the database is already there."""
    own = engine is None
    engine = engine or make_engine(url)
    try:
        if revision == "head" and current_revision(engine) == head_revision():
            return revision
        command.upgrade(alembic_config(url, engine), revision)
        return revision
    finally:
        if own:
            engine.dispose()
