"""Invisible characters: soft hyphens (U+00AD, HTML ``&shy;``), zero-width spaces and joiners and the
BOM, which a web page puts inside long words ("Boligsel\u00adskabet"), at paragraph starts and after
slashes. They are no part of any word, yet no length-preserving substitution can remove them, so
``extract`` reads the text without them and moves every offset of the record back into the text as
given (``text[start:end] == fact.text`` still holds, the invisible characters included).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Sequence

from pydantic import BaseModel

from socdoc import lazy_re as re

INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
USER_DATA_KEY = "socdoc_invisible"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
_STARTS = ("start", "char_start")
_ENDS = ("end", "char_end")


def strip(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` without invisible characters, and where each one was in the stripped text (ascending;
    empty when there were none)."""
    if not _INVISIBLE_RE.search(text):
        return text, ()
    at = tuple(m.start() - k for k, m in enumerate(_INVISIBLE_RE.finditer(text)))
    return _INVISIBLE_RE.sub("", text), at


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
