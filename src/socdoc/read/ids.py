"""Document ids and the account of skipped files.

A ``doc_id`` is the path of a document relative to the root given on the command line (a
folder's files: ``2020/referat.txt``; a file named directly: ``referat.txt``), with the member
path after ``::`` for archive members (``arkiv.zip::2020/referat.txt``). The extension stays, so
``x.txt`` and ``x.html`` or ``arkiv.zip`` and ``arkiv.tgz`` never meet. Within one run an id is
never given twice: a second document with the same id (two roots holding the same relative
path, an archive holding two members whose names clean to the same path) gets ``~2``, ``~3``, …
in reading order.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

REPLACEMENT = "\ufffd"
DUPLICATE_MARK = "~"


def has_surrogates(text: str) -> bool:
    """Whether ``text`` holds surrogate-escaped bytes (a file name that is not valid UTF-8)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def display_id(text: str) -> str:
    """``text`` with surrogate-escaped bytes (undecodable file-name bytes) shown as U+FFFD."""
    if not has_surrogates(text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a lone surrogate that is no escaped byte
        return text.encode("utf-8", "replace").decode("utf-8")


def printable_source(text: str) -> str:
    """A UTF-8-safe form of a ``source`` that keeps every byte: undecodable bytes as ``\\xNN``."""
    if not has_surrogates(text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


class IdRegistry:
    """Hands out the ids of one run, each once: a repeated id gets ``~2``, ``~3``, …"""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def claim(self, doc_id: str) -> str:
        doc_id = display_id(doc_id)
        unique, n = doc_id, 1
        while unique in self._seen:
            n += 1
            unique = f"{doc_id}{DUPLICATE_MARK}{n}"
        self._seen.add(unique)
        return unique


@dataclass
class SkipLog:
    """Files left out of a run, by reason, with the first few names of each reason."""

    keep_names: int = 5
    counts: Counter = field(default_factory=Counter)
    names: dict[str, list[str]] = field(default_factory=dict)

    def add(self, reason: str, name: str) -> None:
        self.counts[reason] += 1
        kept = self.names.setdefault(reason, [])
        if self.keep_names < 0 or len(kept) < self.keep_names:
            kept.append(display_id(name))

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def summary(self, all_names: bool = False) -> Optional[str]:
        """``"skipped 3 files: 2 unsupported type (a.png, b.bin), 1 symbolic link (l.txt)"``."""
        if not self.counts:
            return None
        parts = []
        for reason, count in self.counts.most_common():
            shown = self.names.get(reason, [])
            more = "" if len(shown) >= count else f", … {count - len(shown)} more"
            if not all_names and len(shown) > 3:
                more = f", … {count - 3} more"
                shown = shown[:3]
            parts.append(f"{count} {reason} ({', '.join(shown)}{more})")
        noun = "file" if self.total == 1 else "files"
        return f"skipped {self.total} {noun}: " + "; ".join(parts)
