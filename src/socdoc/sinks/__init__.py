"""Where extracted :class:`~socdoc.records.Document` records go: JSONL files and SQL databases."""

from socdoc.sinks.jsonl import read_jsonl, write_jsonl

__all__ = ["read_jsonl", "write_jsonl"]
