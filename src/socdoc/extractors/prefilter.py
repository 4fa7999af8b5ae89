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


# Characters a required part may hold: each matches (case-insensitively too) only characters whose
# str.lower() is that character itself. Not "i" and "s": the regex engine matches "İ", "ı" and "ſ"
# to them case-insensitively, which lower() leaves apart.
_PART_CHARS = frozenset("abcdefghjklmnopqrtuvwxyzæøå0123456789 .,:;-/()&'")


def required_parts(pattern: str, flags: int = 0) -> Optional[tuple[str, ...]]:
    """Lower-case strings of which every match of ``pattern`` holds one, in any case: where
    ``text.lower()`` holds none of them, ``pattern`` finds nothing in ``text``. ``None`` when
    no such set is found (an optional or open-ended pattern)."""
    try:  # the standard parser: the pattern as the regex engine reads it
        from re import _parser
    except ImportError:  # Python < 3.11
        import sre_parse as _parser  # type: ignore[no-redef]

    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None
    return _sequence_parts(parsed.data, _parser)


def _sequence_parts(items: list, p) -> Optional[tuple[str, ...]]:  # noqa: ANN001 - re._parser
    """The best set of a sequence: each item of it is in every match, so any item's set will do;
    a run of literal characters is one string."""
    options: list[tuple[str, ...]] = []
    run = ""
    for op, av in items:
        if op is p.LITERAL:
            ch = chr(av).lower()
            if len(ch) == 1 and ch in _PART_CHARS:
                run += ch
                continue
        if run:
            options.append((run,))
            run = ""
        found = _item_parts(op, av, p)
        if found:
            options.append(found)
    if run:
        options.append((run,))
    if not options:
        return None
    # fewest alternatives, then the longest shortest string
    return min(options, key=lambda parts: (len(parts), -min(map(len, parts))))


def _item_parts(op, av, p) -> Optional[tuple[str, ...]]:  # noqa: ANN001 - re._parser
    if op is p.SUBPATTERN:
        return _sequence_parts(av[-1].data, p)
    if op is p.BRANCH:
        parts: list[str] = []
        for branch in av[1]:
            found = _sequence_parts(branch.data, p)
            if not found:
                return None  # a branch without a required string: the branch set is none
            parts.extend(found)
        return tuple(dict.fromkeys(parts))
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, getattr(p, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
        return _sequence_parts(av[2].data, p)
    if op is getattr(p, "ATOMIC_GROUP", None):
        return _sequence_parts(av.data, p)
    return None


def may_match(parts: Optional[tuple[str, ...]], low: str) -> bool:
    """False when ``low`` (a text's lower()) holds none of ``parts`` (from :func:`required_parts`)."""
    return parts is None or any(part in low for part in parts)
