"""Fixtures of the ``socdoc show`` / ``socdoc report`` tests: sample records and a headless browser.

The browser is Debian's Chromium driven through chromedriver (``source .ci/browser.sh`` installs
both and exports ``SOCDOC_CHROMIUM`` / ``SOCDOC_CHROMEDRIVER``). Without them the browser tests
skip, except under ``CI=true``, where they fail.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any, Iterator, Optional

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
if str(SRC) not in sys.path:  # running from a checkout without an installed package
    sys.path.insert(0, str(SRC))

from socdoc.records import (  # noqa: E402
    Amount, Area, Attendee, DateFact, Decision, Document, FocusArea, Meeting, Mention, Party, Period,
    Person, Vote,
)

DATA = Path(__file__).resolve().parent / "data"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
SAMPLE = DATA / "referat_social.txt"


def _span(text: str, surface: str, after: int = 0) -> tuple[int, int]:
    start = text.index(surface, after)
    return start, start + len(surface)


def built_document(text: str) -> tuple[Document, str]:
    """A record of every fact type for a short Danish text, with offsets found by search."""
    def at(surface: str, after: int = 0) -> dict[str, Any]:
        start, end = _span(text, surface, after)
        return {"start": start, "end": end, "text": surface}

    kommune = at("Køge Kommune")
    second = at("Køge Kommune", kommune["end"])
    holm = at("Åse Holm")
    period = at("i perioden 2013-2015")
    return Document(
        doc_id="bygget", kind="minutes", published="2020-06-09",
        amounts=[Amount(**at("8,1 mio. kr."), value=8100000, per_year=True),
                 Amount(**at("13-15 mio. kr."), low=13000000, high=15000000)],
        dates=[DateFact(**at("16. juni 2020"), date="2020-06-16")],
        periods=[Period(text="i perioden 2013-2015", start="2013-01-01", end="2015-12-31",
                        char_start=period["start"], char_end=period["end"])],
        parties=[Party(name="Køge Kommune", type="municipality", **kommune,
                       mentions=[Mention(**kommune), Mention(**second)])],
        people=[Person(name="Lise Bjerre", role="borgmester", party="A", **at("Lise Bjerre"))],
        areas=[Area(name="Ellemarken", type="housing_area", **at("Ellemarken"))],
        focus_areas=[FocusArea(name="Tryghed og trivsel", **at("Tryghed og trivsel"))],
        meeting=Meeting(body="Økonomiudvalget", date="2020-06-09",
                        participants=[Attendee(name="Åse Holm", party="F", start=holm["start"], end=holm["end"])]),
        decisions=[Decision(item=212, title="Indsatser i Ellemarken", outcome="postponed", postponed_to="2020-06-16",
                            vote=Vote(for_=["A", "V"], against=["Ø"]), **at("Udsat til 16. juni 2020."))],
    )


BUILT_TEXT = (
    "Køge Kommune giver 8,1 mio. kr. årligt i perioden 2013-2015 til Ellemarken.\n\n"
    "Borgmester Lise Bjerre (A) glæder sig. Indsatsområder: Tryghed og trivsel.\n"
    "Samlet 13-15 mio. kr. fra Køge Kommune. Deltager: Åse Holm (F).\n"
    "Beslutning: Udsat til 16. juni 2020.\n"
)


@pytest.fixture
def built() -> tuple[str, Document]:
    doc = built_document(BUILT_TEXT)
    return BUILT_TEXT, doc


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_record(sample_text: str) -> Document:
    from socdoc.api import extract

    return extract(sample_text, doc_id=SAMPLE.stem)


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where screenshots go (git-ignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (required under CI=true: source .ci/browser.sh)")
    pytest.skip(f"{reason} (source .ci/browser.sh to run the browser tests)")


def _executable(env: str, *names: str) -> Optional[str]:
    value = os.environ.get(env)
    if value:
        return value if os.access(value, os.X_OK) else None
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A headless Chromium through Selenium, with the browser console log captured."""
    chromium = _executable("SOCDOC_CHROMIUM", "chromium", "chromium-browser")
    driver_path = _executable("SOCDOC_CHROMEDRIVER", "chromedriver")
    if chromium is None or driver_path is None:
        _skip_or_fail("chromium or chromedriver not found")
    try:
        from selenium import webdriver
    except ImportError:
        _skip_or_fail("selenium is not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium  # type: ignore[assignment]
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1400,1000", f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path=driver_path)
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh empty database: SQLite, and PostgreSQL on ``$SOCDOC_TEST_PG_URL`` (source .ci/postgres.sh).

    The PostgreSQL variant skips without a server, except under ``CI=true``, where it fails.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'socdoc.sqlite'}"
        return
    from socdoc.sinks.db.engine import scratch_postgres_database

    base = os.environ.get("SOCDOC_TEST_PG_URL")
    if not base:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("SOCDOC_TEST_PG_URL is not set under CI=true: source .ci/postgres.sh first")
        pytest.skip("SOCDOC_TEST_PG_URL is not set (source .ci/postgres.sh to run the PostgreSQL variant)")
    with scratch_postgres_database(base, "socdoc_show") as url:
        yield url


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: needs headless Chromium and chromedriver (.ci/browser.sh)")
