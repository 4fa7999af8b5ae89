"""Document-level facts: kind, own date (``published``), source URL and title."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any, Optional

import yaml
from importlib import resources

from socdoc.extractors.dates import DateCandidate

HEADER_CHARS = 400
_BYLINE = re.compile(r"(?m)^\s*[Aa]f [A-ZÆØÅ][\w\-]+ [A-ZÆØÅ]")
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_TRAILING = ".,;:!?"


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    text = resources.files("socdoc.lang.da").joinpath("document.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def find_source_url(text: str) -> Optional[str]:
    """The last URL the text gives (a "read the full release here" link), or None."""
    urls = [m.group().rstrip(_TRAILING) for m in _URL.finditer(text)]
    return urls[-1] if urls else None


def find_title(text: str) -> Optional[str]:
    """The first non-empty line, when it is short enough to be a heading."""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped:
            return stripped if len(stripped) <= 200 else None
    return None


def _count(cues: list[str], lowered: str) -> int:
    return sum(1 for cue in cues if cue in lowered)


def classify(text: str) -> str:
    """``minutes``, ``press_release`` or ``article`` from cue words."""
    cues = _cues()
    lowered = text.lower()
    head = lowered[:600]
    minutes = _count(cues["minutes_cues"], lowered) + 2 * _count(["referat", "dagsorden", "beslutningsprotokol"], head)
    has_items = len(re.findall(r"(?m)^\s*(?:beslutning|indstilling)[:\s]*$", lowered))
    if minutes >= 4 and (has_items or "referat" in head or "dagsorden" in head):
        return "minutes"
    press = 2 * _count(cues["press_release_strong"], lowered) + _count(cues["press_release_weak"], lowered)
    titles = "|".join(cues["official_titles"])
    press += bool(re.search(rf"\b(?:siger|udtaler|fortæller)\b[^.\n]{{0,60}}(?:{titles})|(?:{titles})[^.\n]{{0,80}}\b(?:siger|udtaler)\b", lowered))
    press += bool(re.search(r"\bi dag\b", lowered[:800]))
    article = _count(cues["article_cues"], lowered) + 2 * bool(_BYLINE.search(text))
    return "press_release" if press >= 2 and press > article else "article"


def find_published(
    text: str, candidates: list[tuple[DateCandidate, Optional[int]]], kind: str
) -> Optional[dt.date]:
    """The document's own date: a full date in the header (the meeting date for minutes),
    or one after a label such as ``Publiceret`` / ``Mødedato``."""
    labels = _cues()["published_labels"]
    label_re = re.compile(r"(?:%s)\s*:?\s*$" % "|".join(re.escape(label) for label in labels), re.IGNORECASE)
    limit = HEADER_CHARS if kind != "minutes" else 1200
    for cand, _ in candidates:
        if cand.year is None:
            continue
        before = text[max(0, cand.start - 30) : cand.start]
        in_header = cand.start < limit and _in_first_lines(text, cand.start) and _short_line(text, cand.start)
        if in_header or label_re.search(before):
            try:
                return dt.date(cand.year, cand.month, cand.day)
            except ValueError:
                continue
    return None


def _short_line(text: str, pos: int, max_chars: int = 70) -> bool:
    """A dateline: the date stands on a short line of its own, not inside running prose."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return len(text[start : end if end >= 0 else len(text)].strip()) <= max_chars


def _in_first_lines(text: str, pos: int, max_lines: int = 6) -> bool:
    lines = [line for line in text[:pos].splitlines() if line.strip()]
    return len(lines) <= max_lines
