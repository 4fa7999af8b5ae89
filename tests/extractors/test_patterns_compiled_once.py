"""Each extractor compiles its patterns once per process: a second call returns the same object.

A pattern builder that loses its cache still gives the same records, only many times slower, so
no quality test notices it."""

from __future__ import annotations

import importlib

import pytest

BUILDERS = [
    ("amounts", "_patterns"),
    ("areas", "patterns"),
    ("dates", "_patterns"),
    ("focus_areas", "patterns"),
    ("minutes_inline", "_patterns"),
    ("minutes_layout", "patterns"),
    ("minutes_lineview", "_patterns"),
    ("parties", "patterns"),
    ("people", "patterns"),
    ("periods", "_patterns"),
]


@pytest.mark.parametrize(("module", "name"), BUILDERS)
def test_pattern_builder_is_cached(module: str, name: str) -> None:
    builder = getattr(importlib.import_module(f"socdoc.extractors.{module}"), name)
    assert builder() is builder()
