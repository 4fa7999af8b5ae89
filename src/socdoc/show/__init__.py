"""HTML views of socdoc records: one document with its facts highlighted, and an archive report.

>>> from socdoc.show import render_document, render_report  # doctest: +SKIP
"""

from __future__ import annotations

from socdoc.show.render import render_document
from socdoc.show.report import ReportData, collect_db, collect_jsonl, collect_records, render_report

__all__ = ["ReportData", "collect_db", "collect_jsonl", "collect_records", "render_document", "render_report"]
