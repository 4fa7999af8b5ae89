"""Fixtures of the database tests: every test runs on SQLite and on PostgreSQL.

PostgreSQL variants use a fresh database per test on the server named by
``SOCDOC_TEST_PG_URL`` (``source .ci/postgres.sh`` starts one). Without it they skip,
except under ``CI=true``, where a missing PostgreSQL fails them.
"""

from __future__ import annotations

import os
import sys
import uuid
from contextlib import ExitStack
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
if str(SRC) not in sys.path:  # running from a checkout without an installed package
    sys.path.insert(0, str(SRC))

from socdoc.sinks.db.engine import scratch_postgres_database  # noqa: E402
from socdoc.sinks.db.synthetic import synthetic_records  # noqa: E402
from socdoc.sinks.jsonl import write_jsonl  # noqa: E402

PG_ENV = "SOCDOC_TEST_PG_URL"


def _pg_base_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{PG_ENV} is not set under CI=true: source .ci/postgres.sh first")
        pytest.skip(f"{PG_ENV} is not set (source .ci/postgres.sh to run the PostgreSQL variants)")
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def new_db(backend: str, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """A factory of URLs of fresh, empty databases of the test's backend."""
    with ExitStack() as stack:

        def factory() -> str:
            if backend == "sqlite":
                return f"sqlite:///{tmp_path / f'db_{uuid.uuid4().hex[:8]}.sqlite'}"
            return stack.enter_context(scratch_postgres_database(_pg_base_url(), "socdoc_t"))

        yield factory


@pytest.fixture
def db_url(new_db: Callable[[], str]) -> str:
    return new_db()


@pytest.fixture(scope="session")
def big_jsonl(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A JSONL file of a few thousand synthetic records."""
    n = 2000
    path = tmp_path_factory.mktemp("records") / "big.jsonl"
    write_jsonl(path, synthetic_records(n, seed=11))
    return path, n
