"""socdoc.lazy_re: patterns compiled on first use behave as compiled ones."""

import copy
import pickle
import re as std_re

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
