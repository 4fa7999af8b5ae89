"""Where extracted :class:`~socdoc.records.Document` records go: JSONL files and SQL databases."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["read_jsonl", "write_jsonl"]

if TYPE_CHECKING:  # pragma: no cover
    from socdoc.sinks.jsonl import read_jsonl, write_jsonl


def __getattr__(name: str) -> Any:
    """``read_jsonl`` and ``write_jsonl``, imported (with pydantic) on first use."""
    if name not in __all__:
        raise AttributeError(f"module 'socdoc.sinks' has no attribute {name!r}")
    from socdoc.sinks import jsonl

    return getattr(jsonl, name)
