"""Shared fixtures: the repository root, the shared data (optional) and the corpus."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# compiled regex programs go to a store of the test run's own, not the user's cache
os.environ.setdefault("SOCDOC_CACHE_DIR", tempfile.mkdtemp(prefix="socdoc-test-cache-"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return ROOT / "corpus"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    path = SHARED / "seeds"
    if not path.is_dir():
        pytest.skip("../shared/seeds is not present")
    return path
