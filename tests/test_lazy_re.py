"""socdoc.lazy_re: patterns compiled on first use behave as compiled ones."""

import copy
import pickle
import re as std_re

import pytest

from socdoc import lazy_re


def test_lazy_pattern_answers_as_the_compiled_one() -> None:
    text = "Byrådet bevilger 2,5 mio. kr. til Søparken; Udvalget afsætter 700.000 kr."
    source = r"(?P<amount>\d[\d.,]*)\s(?P<unit>mio\. kr\.|kr\.)"
    lazy = lazy_re.compile(source, lazy_re.IGNORECASE)
    compiled = std_re.compile(source, std_re.IGNORECASE)
    assert lazy.pattern == source
    assert [m.groupdict() for m in lazy.finditer(text)] == [m.groupdict() for m in compiled.finditer(text)]
    assert lazy.search(text, 20).span() == compiled.search(text, 20).span()
    assert lazy.sub("#", text) == compiled.sub("#", text)
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)


def test_lazy_pattern_compiles_only_when_used() -> None:
    lazy = lazy_re.compile(r"(unbalanced")  # an error shows when the pattern is first used
    assert lazy.pattern == "(unbalanced"
    try:
        lazy.search("x")
    except std_re.error:
        pass
    else:
        raise AssertionError("a bad pattern must raise re.error when used")


def test_lazy_pattern_pickles_and_copies() -> None:
    lazy = lazy_re.compile(r"kommune(?:ns|n)?", lazy_re.IGNORECASE)
    assert pickle.loads(pickle.dumps(lazy)).match("Kommunens").end() == 9
    lazy.match("kommune")
    assert copy.deepcopy(lazy).fullmatch("KOMMUNEN") is not None
    assert lazy_re.compile(lazy) is lazy


def _program(compile_with_shared: bool, source: str, flags: int = 0) -> list:
    """The program ``_sre.compile`` receives for ``source``: through the shared fragments or parsed whole."""
    import re as std
    from re import _compiler, _parser

    if not compile_with_shared:
        return list(_compiler._code(_parser.parse(source, flags), flags))
    captured = []
    real = lazy_re._sre

    class Recorder:
        def compile(self, pattern, flags, code, *rest):
            captured.append(list(code))
            return real.compile(pattern, flags, code, *rest)

    lazy_re._sre = Recorder()
    try:
        compiled = lazy_re._compile_shared(source, flags)
    finally:
        lazy_re._sre = real
    assert compiled is not None and compiled.pattern == source
    reference = std.compile(source, flags)
    assert (compiled.groups, compiled.groupindex, compiled.flags) == (
        reference.groups, reference.groupindex, reference.flags)
    return captured[0]


def test_shared_fragment_gives_the_same_program():
    if lazy_re._sre_parser is None:
        pytest.skip("this Python's re internals differ")
    fragment = "(?<![\\w-])(?i:" + "|".join(f"ord{i:04d}(?:en|er)?" for i in range(200)) + ")(?![\\w])"
    lazy_re.share(fragment)
    for source, flags in [
        (rf"(?P<role>{fragment})[ ](?P<name>[A-Z]\w+)", 0),
        (rf"(?m)^[ \t]*(?:xy|z{fragment})[ ]{fragment}", 0),
        (rf"(?i)\d+[ ](?P<role>{fragment}),", 0),
        (rf"(?:a|b)(?P<x>{fragment})(?(x)y|z)", lazy_re.MULTILINE),
    ]:
        assert _program(True, source, flags) == _program(False, source, flags)
    assert lazy_re._compile_shared(rf"(?:{fragment}|x)", 0) is None  # a set of one-character branches
    assert lazy_re._compile_shared(rf"(?:{fragment}a|{fragment}b)", 0) is None  # a branch opening with it
    quantified = rf"(?:a{fragment})?{fragment}+"  # a quantifier after the fragment: compiled whole
    assert lazy_re._compile_shared(quantified, 0) is None
    assert lazy_re.compile(quantified).search("a ord0001 ord0002") is not None


def test_people_patterns_with_shared_roles_give_the_same_programs():
    if lazy_re._sre_parser is None:
        pytest.skip("this Python's re internals differ")
    from socdoc.extractors import people

    pat = people.patterns()
    sources = []
    for value in vars(pat).values() if hasattr(pat, "__dict__") else [getattr(pat, f) for f in pat.__dataclass_fields__]:
        for candidate in (value, getattr(value, "pattern", None)):
            if isinstance(candidate, lazy_re.LazyPattern):
                sources.append((candidate.pattern, candidate._flags))
    shared = [(s, f) for s, f in sources if any(fragment in s for fragment in lazy_re._SHARED)]
    assert len(shared) >= 10
    for source, flags in shared:
        flags = int(flags)
        if lazy_re._compile_shared(source, flags) is None:
            continue
        assert _program(True, source, flags) == _program(False, source, flags), source[:80]


# --- the programs kept between runs -------------------------------------------------------------------

_PROBE = r"""
import json, sys
from socdoc import lazy_re
pattern = lazy_re.compile(r"(?P<amount>\d[\d.,]*)\s(?P<unit>mio\. kr\.|kr\.)|(?i:byrådet)")
store = lazy_re._code_store() or {}
stored = (pattern.pattern, 0) in store  # read from the store before this run compiles the pattern
text = "Byrådet bevilger 2,5 mio. kr. og 700.000 kr."
found = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
print(json.dumps({"found": found, "stored": stored}))
"""


def _probe(cache_dir: str, home: str = "") -> dict:
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "SOCDOC_CACHE_DIR": cache_dir}
    if home:  # where the store would go by default
        env.update(HOME=home, XDG_CACHE_HOME=os.path.join(home, ".cache"))
    out = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_programs_are_kept_and_used_by_the_next_run(tmp_path) -> None:
    first = _probe(str(tmp_path))
    assert not first["stored"]  # learned in this run, written when it ends
    assert list(tmp_path.glob("regex-programs-*.marshal"))
    second = _probe(str(tmp_path))
    assert second["stored"]
    assert second["found"] == first["found"]
    compiled = std_re.compile(r"(?P<amount>\d[\d.,]*)\s(?P<unit>mio\. kr\.|kr\.)|(?i:byrådet)")
    text = "Byrådet bevilger 2,5 mio. kr. og 700.000 kr."
    assert [[list(s), g] for s, g in second["found"]] == [[list(m.span()), m.groupdict()] for m in compiled.finditer(text)]


def test_an_unreadable_store_is_ignored(tmp_path) -> None:
    _probe(str(tmp_path))
    for path in tmp_path.glob("regex-programs-*.marshal"):
        path.write_bytes(b"\x00not a store")
    assert _probe(str(tmp_path))["found"]


def test_an_empty_setting_turns_the_store_off(tmp_path) -> None:
    assert _probe("", home=str(tmp_path))["found"]
    assert not list(tmp_path.rglob("regex-programs-*"))
    assert _probe("", home=str(tmp_path))["found"]  # nothing to read either
    assert _probe(str(tmp_path / "on"))["found"] and list((tmp_path / "on").glob("regex-programs-*"))


def test_patterns_given_as_strings_are_not_kept(tmp_path) -> None:
    import os
    import subprocess
    import sys

    probe = ("from socdoc import lazy_re\n"
             "lazy_re.search(r'(?P<navn>Eva|Bo) Holm', 'Eva Holm kom')\n"
             "store = lazy_re._code_store() or {}\n"
             "print(any(k[0] == r'(?P<navn>Eva|Bo) Holm' for k in store))\n")
    env = {**os.environ, "SOCDOC_CACHE_DIR": str(tmp_path)}
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == "False"


def test_a_full_store_of_an_older_version_makes_room_for_the_new_patterns(tmp_path) -> None:
    import marshal

    _probe(str(tmp_path))
    (path,) = tmp_path.glob("regex-programs-*.marshal")
    stale = {(f"(?:gammelt mønster {i})", 0): (32, [1], 0, {}, ()) for i in range(lazy_re._STORED_MAX)}
    path.write_bytes(marshal.dumps(stale))  # full, and none of it is the probe's pattern
    assert not _probe(str(tmp_path))["stored"]
    store = marshal.loads(path.read_bytes())
    assert len(store) == lazy_re._STORED_MAX
    again = _probe(str(tmp_path))
    assert again["stored"] and again["found"]


def test_longest_first_orders_words_of_one_length_the_same_way_every_time() -> None:
    words = {"ældreråd", "ældrerådet", "Seniorråd", "Ungeråd", "handicapråd"}
    assert lazy_re.longest_first(words) == ["handicapråd", "ældrerådet", "Seniorråd", "ældreråd", "Ungeråd"]
    assert lazy_re.longest_first(["V", "SF", "A", "EL", "A"]) == ["EL", "SF", "A", "V"]


_PATTERNS_OF_A_RUN = r"""
import json, pathlib, sys
from socdoc import lazy_re
seen = set()
build = lazy_re._cached.__wrapped__
def spy(pattern, flags, keep=False):
    if keep:
        seen.add(pattern)
    return build(pattern, flags, keep)
lazy_re._cached = lazy_re.functools.lru_cache(maxsize=4096)(spy)
import socdoc
for path in sys.argv[1:]:
    socdoc.extract(pathlib.Path(path).read_text(encoding="utf-8"))
print(json.dumps(sorted(seen)))
"""


def test_the_patterns_are_the_same_strings_in_every_process() -> None:
    """A pattern built from a set must not depend on the process's hash seed: its program is kept between
    runs under its text, and a text that changes from run to run is compiled anew at every start."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[1] / "corpus" / "docs"
    docs = [str(p) for p in sorted(corpus.glob("*.txt"))[::12]]
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOCDOC_CACHE_DIR": "", "SOCDOC_MODEL": ""}
        out = subprocess.run([sys.executable, "-c", _PATTERNS_OF_A_RUN, *docs], env=env,
                             capture_output=True, text=True, check=True)
        runs.append(set(json.loads(out.stdout)))
    assert len(runs[0]) > 500
    differing = sorted(runs[0] ^ runs[1], key=len)
    assert not differing, differing[0][:200]
