"""Soft hyphens (U+00AD, HTML ``&shy;``): invisible break hints a web page puts inside long words
("Boligsel\u00adskabet"). They are not part of any word, yet no length-preserving substitution can
remove them, so the text is extracted without them and every offset of the record is moved back into
the text as given (``text[start:end] == fact.text`` still holds, the soft hyphens included).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Sequence

from pydantic import BaseModel

SOFT_HYPHEN = "\u00ad"
USER_DATA_KEY = "socdoc_soft_hyphens"
_STARTS = ("start", "char_start")
_ENDS = ("end", "char_end")


def strip(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` without soft hyphens, and where each one was in the stripped text (ascending; empty
    when there were none)."""
    if SOFT_HYPHEN not in text:
        return text, ()
    at, removed, pos = [], 0, text.find(SOFT_HYPHEN)
    while pos >= 0:
        at.append(pos - removed)
        removed += 1
        pos = text.find(SOFT_HYPHEN, pos + 1)
    return text.replace(SOFT_HYPHEN, ""), tuple(at)


def _start(offset: int, at: Sequence[int]) -> int:
    return offset + bisect_right(at, offset)


def _end(offset: int, at: Sequence[int]) -> int:
    return offset + bisect_right(at, offset - 1) if offset > 0 else offset


def restore(value: Any, original: str, at: Sequence[int]) -> Any:
    """``value`` (a record, a fact, a list of them) with every offset moved from the stripped text into
    ``original``, and each fact's ``text`` quoted from ``original`` again; a new object."""
    if isinstance(value, list):
        return [restore(v, original, at) for v in value]
    if not isinstance(value, BaseModel):
        return value
    update: dict[str, Any] = {}
    for name, field_value in value:
        if type(field_value) is int and name in _STARTS:
            update[name] = _start(field_value, at)
        elif type(field_value) is int and name in _ENDS:
            update[name] = _end(field_value, at)
        elif isinstance(field_value, (list, BaseModel)):
            update[name] = restore(field_value, original, at)
    for lo, hi in zip(_STARTS, _ENDS):
        if isinstance(getattr(value, "text", None), str) and type(update.get(lo)) is int and type(update.get(hi)) is int:
            update["text"] = original[update[lo]:update[hi]]
    if type(getattr(value, "n_chars", None)) is int:
        update["n_chars"] = len(original)
    return value.model_copy(update=update)
