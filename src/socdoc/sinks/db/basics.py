"""What ``socdoc load`` needs before it knows that the database must be written: the standard
library only (no SQLAlchemy, Alembic or pydantic), so a run over unchanged documents starts at once.

:mod:`socdoc.sinks.db.engine` and :mod:`socdoc.sinks.db.load` re-export these names.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict, dataclass, field
from typing import Any

DEFAULT_URL = "sqlite:///socdoc.db"
SQLITE_BUSY_TIMEOUT_MS = 120_000
DEFAULT_BATCH_SIZE = 100


def resolve_url(url: str | None) -> str:
    """The URL to use: the argument, else ``$SOCDOC_DB_URL``, else ``sqlite:///socdoc.db``."""
    return url or os.environ.get("SOCDOC_DB_URL") or DEFAULT_URL


def content_hash(text: str) -> str:
    """sha256 hex digest of a document's text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class LoadStats:
    """What a load did, one count per document."""

    loaded: int = 0
    """New documents written."""
    replaced: int = 0
    """Documents whose stored record was replaced by a different one."""
    unchanged: int = 0
    """Documents skipped because the stored record is the same."""
    failed: int = 0
    """Documents whose record carries an error (written, or already stored with that error)."""
    kept: int = 0
    """Failed documents whose stored good facts were kept (the failure is recorded beside them)."""
    matched_legacy: int = 0
    """Rows stored under an old (stem) id that were matched to their document and renamed."""
    seconds: float = 0.0
    failed_ids: list[str] = field(default_factory=list, repr=False)
    other_source_ids: list[str] = field(default_factory=list, repr=False)
    """Replaced documents whose stored row came from another file with other text: the same id
    for two files (roots given differently from one load to the next) or a moved, edited file."""

    @property
    def total(self) -> int:
        return self.loaded + self.replaced + self.unchanged + self.failed

    def add(self, other: "LoadStats") -> None:
        self.loaded += other.loaded
        self.replaced += other.replaced
        self.unchanged += other.unchanged
        self.failed += other.failed
        self.kept += other.kept
        self.matched_legacy += other.matched_legacy
        self.failed_ids.extend(other.failed_ids)
        self.other_source_ids.extend(other.other_source_ids)

    def summary(self) -> str:
        rate = self.total / self.seconds if self.seconds > 0 else 0.0
        kept = f", last good facts kept for {self.kept}" if self.kept else ""
        legacy = f"; {self.matched_legacy} rows renamed from old ids" if self.matched_legacy else ""
        noun = "document" if self.total == 1 else "documents"
        return (
            f"{self.loaded} loaded, {self.unchanged} unchanged, {self.replaced} replaced, "
            f"{self.failed} failed{kept} ({self.total} {noun} in {self.seconds:.1f} s, {rate:.0f}/s){legacy}"
        )

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["total"] = self.total
        return data
