"""The standard ``re`` module, except that ``compile`` compiles on first use.

socdoc builds several hundred patterns (many of them large word tries); compiling them all at
start-up costs about a second, while a short document uses fewer than half of them. Modules
import this one as ``from socdoc import lazy_re as re``: ``re.compile(...)`` then returns a
:class:`LazyPattern`, which compiles its pattern the first time one of its methods or attributes
(``search``, ``finditer``, ``groupindex`` …) is used and behaves as the compiled pattern from then
on. The module-level functions (``re.search``, ``re.finditer``, ``re.sub`` …) are the standard
module's, except that patterns given as strings are compiled through a cache of their own: the
standard module keeps 512 patterns and (before Python 3.12) drops the oldest first, so the
per-document patterns (names of the people found) pushed out large word tries that were then
compiled again during a run. Everything else (``re.escape``, the flags, ``re.Pattern``) is the
standard module's.

A ``LazyPattern`` is not an ``re.Pattern``: pass it to its own methods, not to ``re.search`` & co.,
and do not compare it with ``match.re`` (the compiled pattern) by identity.
"""

from __future__ import annotations

import functools
import re as _re
from re import *  # noqa: F401,F403  (the standard module's functions, flags and types)
from re import Match, Pattern, error  # noqa: F401  (not all in ``re.__all__`` on every version)
from typing import Any, Iterator, Optional, Union


_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _cached(pattern: Union[str, bytes], flags: int) -> "Pattern[str]":
    return _re.compile(pattern, flags)


def _compile(pattern: Any, flags: Union[int, _re.RegexFlag]) -> "Pattern[str]":
    """The compiled ``pattern``: strings through the cache (least recently used dropped first)."""
    if type(pattern) is str or type(pattern) is bytes:
        return _cached(pattern, flags)
    return _re.compile(pattern, flags)


class LazyPattern:
    """A regular expression compiled the first time it is used (then cached on the object)."""

    def __init__(self, pattern: str, flags: Union[int, _re.RegexFlag] = 0) -> None:
        self.__dict__["pattern"] = pattern
        self.__dict__["_flags"] = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        state = self.__dict__
        compiled = state.get("_compiled")
        if compiled is None:
            compiled = state["_compiled"] = _compile(state["pattern"], state["_flags"])
        value = getattr(compiled, name)
        state[name] = value  # the next use finds it on the object, without this method
        return value

    def compiled(self) -> "Pattern[str]":
        """The compiled ``re.Pattern``."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = _compile(self.pattern, self.__dict__["_flags"])
        return compiled

    def __reduce__(self) -> tuple:
        return (LazyPattern, (self.pattern, self.__dict__["_flags"]))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def compile(pattern: Union[str, LazyPattern, "Pattern[str]"], flags: Union[int, _re.RegexFlag] = 0) -> Any:  # noqa: A001
    """Like :func:`re.compile`, compiled on first use (a compiled or lazy pattern is returned as is)."""
    if isinstance(pattern, (str, bytes)):
        return LazyPattern(pattern, flags)
    if flags:
        raise ValueError("cannot process flags argument with a compiled pattern")
    return pattern


def match(pattern: Any, string: str, flags: Union[int, _re.RegexFlag] = 0) -> "Optional[Match[str]]":
    """:func:`re.match` through this module's cache."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern: Any, string: str, flags: Union[int, _re.RegexFlag] = 0) -> "Optional[Match[str]]":
    """:func:`re.fullmatch` through this module's cache."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern: Any, string: str, flags: Union[int, _re.RegexFlag] = 0) -> "Optional[Match[str]]":
    """:func:`re.search` through this module's cache."""
    return _compile(pattern, flags).search(string)


def finditer(pattern: Any, string: str, flags: Union[int, _re.RegexFlag] = 0) -> "Iterator[Match[str]]":
    """:func:`re.finditer` through this module's cache."""
    return _compile(pattern, flags).finditer(string)


def findall(pattern: Any, string: str, flags: Union[int, _re.RegexFlag] = 0) -> list:
    """:func:`re.findall` through this module's cache."""
    return _compile(pattern, flags).findall(string)


def split(pattern: Any, string: str, maxsplit: int = 0, flags: Union[int, _re.RegexFlag] = 0) -> list:
    """:func:`re.split` through this module's cache."""
    return _compile(pattern, flags).split(string, maxsplit)


def sub(pattern: Any, repl: Any, string: str, count: int = 0, flags: Union[int, _re.RegexFlag] = 0) -> str:
    """:func:`re.sub` through this module's cache."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern: Any, repl: Any, string: str, count: int = 0,
         flags: Union[int, _re.RegexFlag] = 0) -> tuple[str, int]:
    """:func:`re.subn` through this module's cache."""
    return _compile(pattern, flags).subn(repl, string, count)
