"""Cheaper ways to run a regular expression that give the same answers.

The regex engine tries an unanchored pattern at every position of the string; these helpers
run the same alternatives where they can match only.
"""

from __future__ import annotations

from socdoc import lazy_re as re
from typing import Iterable, Optional

_MULTILINE_FLAG = re.compile(r"\(\?[aiLsux-]*m")


def top_level_branches(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|`` (outside groups, classes and escapes)."""
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # "[]…]" and "[^]…]": a literal "]" first
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


def anchored_at_start(pattern: str) -> bool:
    """True when every match of ``pattern`` (without the MULTILINE flag) begins at the string's
    start: each top-level branch begins with ``^`` and no inline flag turns MULTILINE on."""
    if _MULTILINE_FLAG.search(pattern):
        return False
    return all(branch.startswith("^") for branch in top_level_branches(pattern))


class AnyOf:
    """``re.compile("|".join(f"(?:{p})" for p in patterns), flags).search`` as a yes/no test that
    tries the alternatives anchored at the start only there (``match``), and searches the rest.

    :meth:`search` finds a match exactly when the joined pattern does (not necessarily the same
    one): use it for its truth value. ``flags`` must not hold ``re.MULTILINE``.
    """

    def __init__(self, patterns: Iterable[str], flags: int = 0) -> None:
        if flags & re.MULTILINE:
            raise ValueError("AnyOf works without re.MULTILINE")
        patterns = list(patterns)
        anchored = [p for p in patterns if anchored_at_start(p)]
        rest = [p for p in patterns if not anchored_at_start(p)]
        self.anchored = re.compile("|".join(f"(?:{p})" for p in anchored), flags) if anchored else None
        self.rest = re.compile("|".join(f"(?:{p})" for p in rest), flags) if rest else None

    def search(self, text: str) -> Optional[re.Match[str]]:
        found = self.anchored.match(text) if self.anchored is not None else None
        if found is None and self.rest is not None:
            found = self.rest.search(text)
        return found
