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
compiled again during a run. A large fragment that is part of several patterns (the role words'
trie) can be marked with :func:`share`: it is then parsed once, and each pattern that holds it is
parsed with a placeholder in its place and given the fragment's parsed items there (the same
program as parsing the whole text). Everything else (``re.escape``, the flags, ``re.Pattern``) is the
standard module's.

A ``LazyPattern`` is not an ``re.Pattern``: pass it to its own methods, not to ``re.search`` & co.,
and do not compare it with ``match.re`` (the compiled pattern) by identity.
"""

from __future__ import annotations

import array
import atexit
import functools
import marshal
import os
import re as _re
import sys
from pathlib import Path
from re import *  # noqa: F401,F403  (the standard module's functions, flags and types)
from re import Match, Pattern, error  # noqa: F401  (not all in ``re.__all__`` on every version)
from typing import Any, Iterable, Iterator, Optional, Union


_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _cached(pattern: Union[str, bytes], flags: int, keep: bool = False) -> "Pattern[str]":
    if isinstance(flags, _re.RegexFlag):
        flags = flags.value
    stored = _stored(pattern, flags)
    if stored is not None:
        return stored
    if _SHARED and type(pattern) is str and len(pattern) >= 1000:
        try:
            compiled = _compile_shared(pattern, flags, keep)
        except Exception:  # noqa: BLE001  (the whole text compiled as usual reports its error)
            compiled = None
        if compiled is not None:
            return compiled
    if keep and type(pattern) is str and _sre_parser is not None and _code_store() is not None:
        return _compile_and_store(pattern, flags)
    return _re.compile(pattern, flags)


# The compiled programs of patterns, kept on disk between runs: parsing and compiling socdoc's several
# hundred patterns (large word tries among them) in pure Python takes most of a second at every start;
# the regex engine builds a pattern from its program at once. The store is keyed by the Python version
# and the engine's version, holds bytes, numbers and strings (read with ``marshal``), and is
# written when the process ends, if it learned new patterns. ``SOCDOC_CACHE_DIR`` moves it; set to an
# empty string it is off. A store that cannot be read or written is ignored.
CACHE_DIR_ENV = "SOCDOC_CACHE_DIR"
# Only the patterns the modules define with ``compile`` are kept, and at most so many: the patterns given
# as strings to ``search`` & co. are often built per document (from the names a text holds) and would make
# the store grow with every run. A full store makes room for what a run learns by dropping the entries the
# run did not use (those of an older socdoc, whose patterns have since changed, among them): without that,
# a store filled by earlier versions would keep every changed pattern compiling anew at each start.
_STORED_MAX = 3000
_STORE: Optional[dict] = None
_STORE_STATE = {"loaded": False, "dirty": False}
_USED: set = set()  # keys of the store this process read or added
_LEARNED: dict = {}  # programs this process compiled that the store (when full) did not take yet


def _store_path() -> Optional[Path]:
    try:
        return _configured_store_path()
    except (RuntimeError, KeyError):  # no home directory to keep it in
        return None


def _configured_store_path() -> Optional[Path]:
    configured = os.environ.get(CACHE_DIR_ENV)
    if configured is not None and not configured.strip():
        return None
    if configured:
        base = Path(configured)
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "socdoc"
    tag = getattr(sys.implementation, "cache_tag", None) or "python"
    magic = getattr(_sre, "MAGIC", 0) if _sre_parser is not None else 0
    return base / f"regex-programs-{tag}-{magic}.marshal"


def _code_store() -> Optional[dict]:
    """The programs stored so far (loaded at first use), or None where the store is off."""
    global _STORE
    if not _STORE_STATE["loaded"]:
        _STORE_STATE["loaded"] = True
        path = _store_path()
        if path is None or _sre_parser is None:
            return None
        try:
            data = marshal.loads(path.read_bytes())
            _STORE = data if type(data) is dict else {}
        except (OSError, ValueError, EOFError, TypeError):
            _STORE = {}
        atexit.register(_save_store)
    return _STORE


def _stored(pattern: Any, flags: int) -> "Optional[Pattern[str]]":
    store = _code_store() if type(pattern) is str else None
    entry = store.get((pattern, flags)) if store else None
    if entry is None:
        return None
    _USED.add((pattern, flags))
    try:
        all_flags, code, groups, groupindex, indexgroup = entry
        return _sre.compile(pattern, all_flags, _program_list(code), groups, groupindex, indexgroup)
    except Exception:  # noqa: BLE001  (an entry of another engine: compiled anew)
        return None


# A program is kept as the bytes of an array of 32-bit words (the engine's code units): reading the store
# then copies bytes instead of building a Python number per word (a large word trie's program has tens of
# thousands), and only the programs a run uses are turned back into lists.
_WORD = next((code for code in "IL" if array.array(code).itemsize == 4), "L")


def _program_bytes(code: list) -> bytes:
    return array.array(_WORD, code).tobytes()


def _program_list(code: "bytes | list") -> list:
    if type(code) is not bytes:
        return code  # a store written before programs were kept as bytes
    words = array.array(_WORD)
    words.frombytes(code)
    return words.tolist()


def _compile_and_store(pattern: str, flags: int) -> "Pattern[str]":
    """``pattern`` compiled as the standard module does, its program kept for the next run."""
    try:
        tree = _sre_parser.parse(pattern, flags)
        code = _sre_compiler._code(tree, flags)
    except Exception:  # noqa: BLE001  (the standard module reports the pattern's error)
        return _re.compile(pattern, flags)
    return _from_tree(pattern, flags, tree, code)


def _from_tree(pattern: str, flags: int, tree: Any, code: list, keep: bool = True) -> "Pattern[str]":
    state = tree.state
    indexgroup = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    program = [int(op) for op in code]
    entry = (int(flags | state.flags), program, state.groups - 1, dict(state.groupdict), tuple(indexgroup))
    if keep and _STORE is not None and type(pattern) is str:
        try:
            stored = (entry[0], _program_bytes(program), *entry[2:])
        except OverflowError:  # not 32-bit words: this engine's programs are not kept
            stored = None
        if stored is None:
            pass
        elif len(_STORE) < _STORED_MAX:
            _STORE[(pattern, flags)] = stored
            _USED.add((pattern, flags))
        else:  # kept when the process ends, in place of entries it did not use
            _LEARNED[(pattern, flags)] = stored
        _STORE_STATE["dirty"] = stored is not None or _STORE_STATE["dirty"]
    return _sre.compile(pattern, *entry)


def _entries_to_save() -> dict:
    """The store as it is written: what this process used or learned first, then the other entries
    (kept from earlier runs) as far as there is room."""
    if not _LEARNED:
        return _STORE or {}
    kept = {key: entry for key, entry in (_STORE or {}).items() if key in _USED}
    for key, entry in _LEARNED.items():
        if len(kept) >= _STORED_MAX:
            break
        kept[key] = entry
    for key, entry in (_STORE or {}).items():
        if len(kept) >= _STORED_MAX:
            break
        kept.setdefault(key, entry)
    return kept


def _save_store() -> None:
    """Write the store when this process learned new programs (atomically; failures are ignored)."""
    path = _store_path()
    if path is None or _STORE is None or not _STORE_STATE["dirty"]:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(_entries_to_save()))
        os.replace(tmp, path)
        _STORE_STATE["dirty"] = False
    except (OSError, ValueError):
        pass


def _compile(pattern: Any, flags: Union[int, _re.RegexFlag], keep: bool = False) -> "Pattern[str]":
    """The compiled ``pattern``: strings through the cache (least recently used dropped first)."""
    if type(pattern) is str or type(pattern) is bytes:
        return _cached(pattern, flags, keep)
    return _re.compile(pattern, flags)


# Shared fragments: a large alternation (the role words' trie, ~19,000 characters) is part of several
# patterns; the pure-Python parser would read it anew for each. A fragment given to :func:`share` is
# parsed once; a pattern that holds it is parsed with a placeholder character in its place, and the
# fragment's parsed items are put where the placeholder is (the same tree as parsing the whole text,
# so the same program). Anything unusual (verbose mode, back-references, the placeholder under a
# quantifier or in a set, a Python without ``re._parser``) compiles the whole text as usual.
_SHARED: dict[str, Any] = {}  # fragment → its parsed items (or None until first needed)
_PLACEHOLDER = 0xF0000  # supplementary private use: the first fragment's placeholder, then +1 …
try:
    from re import _compiler as _sre_compiler, _parser as _sre_parser
    import _sre
    _LITERAL, _IN, _SUBPATTERN, _BRANCH = _sre_parser.LITERAL, _sre_parser.IN, _sre_parser.SUBPATTERN, _sre_parser.BRANCH
    _REPEATS = (_sre_parser.MAX_REPEAT, _sre_parser.MIN_REPEAT, getattr(_sre_parser, "POSSESSIVE_REPEAT", None))
    _ASSERTS = (_sre_parser.ASSERT, _sre_parser.ASSERT_NOT)
    _ATOMIC = getattr(_sre_parser, "ATOMIC_GROUP", None)
    _GROUPREFS = (_sre_parser.GROUPREF, getattr(_sre_parser, "GROUPREF_IGNORE", None),
                  getattr(_sre_parser, "GROUPREF_LOC_IGNORE", None), getattr(_sre_parser, "GROUPREF_UNI_IGNORE", None))
    _GROUPREF_EXISTS = _sre_parser.GROUPREF_EXISTS
    _SubPattern = _sre_parser.SubPattern
except (ImportError, AttributeError):  # pragma: no cover - another Python's internals
    _sre_parser = None


def share(fragment: str) -> str:
    """Mark ``fragment`` as part of several patterns: parsed once for all of them. Returns it."""
    if _sre_parser is not None and len(fragment) >= 1000 and fragment not in _SHARED:
        _SHARED[fragment] = None
    return fragment


def _fragment_items(fragment: str) -> Optional[list]:
    items = _SHARED.get(fragment)
    if items is None:
        tree = _sre_parser.parse(fragment, 0)
        if tree.state.groups != 1 or tree.state.grouprefpos or not _no_placeholder_ops(tree):
            items = _SHARED[fragment] = []  # captures or back-references: not shared
        else:
            items = _SHARED[fragment] = list(tree.data)
    return items or None


def _no_placeholder_ops(tree: Any) -> bool:
    """No back-reference in ``tree`` (its widths would depend on the enclosing pattern)."""
    for op, av in tree.data:
        if op in _GROUPREFS:
            return False
        for sub in _children(op, av):
            if not _no_placeholder_ops(sub):
                return False
    return True


def _children(op: Any, av: Any) -> list:
    if op is _SUBPATTERN:
        return [av[3]]
    if op is _BRANCH:
        return list(av[1])
    if op in _REPEATS:
        return [av[2]]
    if op in _ASSERTS:
        return [av[1]]
    if op is _ATOMIC:
        return [av]
    if op is _GROUPREF_EXISTS:
        return [av[1]] + ([av[2]] if av[2] is not None else [])
    return []


def _splice(tree: Any, fragments: dict) -> int:
    """Put each placeholder's fragment items in its place; the number put, or -1 where one cannot be."""
    done = 0
    data = []
    changed = False
    for op, av in tree.data:
        if op is _LITERAL and av in fragments:
            data.extend(fragments[av])
            done += 1
            changed = True
            continue
        if op in _GROUPREFS:
            return -1
        if op is _IN and any(o is _LITERAL and a in fragments for o, a in av):
            return -1
        if op is _BRANCH and any(alt.data and alt.data[0][0] is _LITERAL and alt.data[0][1] in fragments
                                 for alt in av[1]):
            return -1  # whole text parsed, branches' shared openings would be factored out item by item
        if op in _REPEATS and len(av[2].data) == 1 and av[2].data[0][0] is _LITERAL and av[2].data[0][1] in fragments:
            return -1  # a quantifier after the fragment applies to its last item, not to all of it
        for sub in _children(op, av):
            n = _splice(sub, fragments)
            if n < 0:
                return -1
            done += n
        data.append((op, av))
    if changed:
        tree.data = data
    tree.width = None  # widths were measured with the placeholder
    return done


def _compile_shared(pattern: str, flags: int, keep: bool = False) -> "Optional[Pattern[str]]":
    """``pattern`` compiled with its shared fragments parsed once; None where that does not apply."""
    if isinstance(flags, _re.RegexFlag):
        flags = flags.value
    if flags & (_re.VERBOSE | _re.DEBUG) or "(?x" in pattern or "(?" not in pattern:
        return None
    present = [f for f in _SHARED if f in pattern]
    if not present:
        return None
    template = pattern
    fragments: dict[int, list] = {}
    expected = 0
    for i, fragment in enumerate(longest_first(present)):
        if fragment not in template:
            continue
        items = _fragment_items(fragment)
        mark = chr(_PLACEHOLDER + i)
        if items is None or mark in pattern:
            return None
        expected += template.count(fragment)
        template = template.replace(fragment, mark)
        fragments[ord(mark)] = items
    tree = _sre_parser.parse(template, flags)
    if tree.state.grouprefpos or _splice(tree, fragments) != expected:
        return None
    return _from_tree(pattern, flags, tree, _sre_compiler._code(tree, flags), keep)


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
            compiled = state["_compiled"] = _compile(state["pattern"], state["_flags"], True)
        value = getattr(compiled, name)
        state[name] = value  # the next use finds it on the object, without this method
        return value

    def compiled(self) -> "Pattern[str]":
        """The compiled ``re.Pattern``."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = _compile(self.pattern, self.__dict__["_flags"], True)
        return compiled

    def __reduce__(self) -> tuple:
        return (LazyPattern, (self.pattern, self.__dict__["_flags"]))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` ordered as the alternatives of a pattern: longest first (so that "ældrerådet" is tried
    before "ældreråd"), then alphabetically. ``sorted(words, key=len, reverse=True)`` would leave words
    of one length in the order they come in, which for a set changes from one process to the next (its
    order follows the strings' hashes): the same pattern would then be a different string in every run,
    and its program would never be found among those kept between runs."""
    return sorted(set(words), key=_length_then_text)


def _length_then_text(word: str) -> tuple[int, str]:
    return -len(word), word


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
