"""Cut runs of capitalised words into personal names.

PDF transcripts and flattened tables put several names in a row with only spaces between
("Bo Skat Andersen Rikke Stisager") or glue a name to a label or an organisation ("Finn Larsen
Revisor", "Eva Lund Kant Arkitekter"). :func:`split_run` finds the names of such a run:

* separators end a name: commas, " og ", " - ", bracketed notes "(S)", "(KAB)", role and label
  words ("Suppleanter", "Direkte"), organisation words ("Arkitekter", "A/S") and long common words;
* inside a stretch without separators a new name starts at a known first name that follows a
  complete name (first name and at least one surname). Of the possible cuts the one whose names all
  end in a surname-like word wins; when the cut is doubtful the stretch stays whole (precision first).
"""

from __future__ import annotations

import functools
from socdoc import lazy_re as re
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any, Callable, Optional

from socdoc.lang.da import read_yaml


_WORD = re.compile(r"\S+")
_NAME_LIKE = re.compile(r"^[A-ZÆØÅÉÜÖÄ][\wæøåéüöä'’\-]*\.?$|^(?:[A-ZÆØÅ]\.){1,3}$")
_INITIAL = re.compile(r"^(?:[A-ZÆØÅ]\.){1,3}$|^[A-ZÆØÅ][a-zæøå]{0,2}\.$")  # "K.", "J.C.", "Chr."
_SEPARATORS = frozenset({"og", "&", "-", "–", "—", "/", "|", "samt", "fra", "for", "til", "ved", "i", "hos"})
_CONJUNCTIONS = frozenset({"og", "eller", "samt", "til", "&"})
_BROKEN = re.compile(r"(?<=\w)-\s+(?=[a-zæøå])")
_MAX_NAME = 4  # words in one name cut out of a longer run
_MAX_WHOLE = 5  # words a stretch may have and still be one name
_MAX_RUN = 24  # longer stretches are not cut (no exhaustive search over long text)


@dataclass(frozen=True)
class _Token:
    text: str  # the word as written, without trailing punctuation
    start: int
    end: int
    closes: bool  # a comma or semicolon follows: the name ends here


@functools.lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The cue lists of ``lang/da/name_runs.yaml``."""
    data = read_yaml("name_runs.yaml")
    out: dict[str, Any] = {k: frozenset(str(w).lower() for w in v) for k, v in data.items() if isinstance(v, list)}
    out["org_suffixes"] = tuple(str(w).lower() for w in data["org_suffixes"])
    out["surname_endings"] = tuple(str(w).lower() for w in data["surname_endings"])
    out["common_word_endings"] = tuple(str(w).lower() for w in data["common_word_endings"])
    out["min_common_word"] = int(data["min_common_word"])
    return out


@functools.lru_cache(maxsize=1)
def _known_names() -> tuple[frozenset[str], frozenset[str]]:
    """Known first names and surnames (``lang.da.first_name_words`` and ``gazetteers/person_names.tsv``)."""
    from socdoc.extractors.people import first_names

    first, last = set(first_names()), set()
    path = resources.files("socdoc.lang.da").joinpath("gazetteers", "person_names.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) == 2 and not line.startswith("#"):
            (first if cells[1].strip() == "first" else last).add(cells[0].strip())
    last -= {"kind"}
    return frozenset(first), frozenset(last)


def known_surname(word: str) -> bool:
    """True for a surname of the word list ("Nørgaard", "Østergaard")."""
    return word in _known_names()[1]


def is_first_name(word: str) -> bool:
    """True for a known first name, also as the first part of a hyphenated one ("Mai-Britt")."""
    first = _known_names()[0]
    return word in first or ("-" in word and word.split("-", 1)[0] in first)


@functools.lru_cache(maxsize=4096)
def surname_strength(word: str) -> int:
    """How well ``word`` ends a personal name: 2 for a known surname or a surname ending ("-sen",
    "-gaard"), 1 for another proper name of the word list, 0 when unknown, -1 for a first name."""
    from socdoc.extractors.entities import proper_word

    if _INITIAL.match(word) or len(word) < 3 or word in cues()["particles"]:
        return -9  # a name does not end in an initial or "de"
    last = word.rsplit("-", 1)[-1]
    if last in _known_names()[1] or last.lower() in cues()["surname_words"] \
            or last.lower().endswith(cues()["surname_endings"]):
        return 2
    if is_first_name(last):
        return -1
    return 1 if proper_word(last) else 0


@functools.lru_cache(maxsize=4096)
def stop_word(word: str) -> bool:
    """True for a capitalised word that cannot be part of a personal name: a role, label or
    organisation word, or a long common word ("Direkte", "Suppleanter", "Arkitekter")."""
    from socdoc.extractors.entities import common_word, proper_word

    low = word.lower().strip(".")
    c = cues()
    if low in c["label_words"] or low in c["org_words"] or low in c["tail_cues"]:
        return True
    if any(low.endswith(s) and len(low) > len(s) + 2 for s in c["org_suffixes"]):
        return True
    if is_first_name(word) or low in c["surname_words"] or word in _known_names()[1] or proper_word(word):
        return False
    if _role_word(word):
        return True
    return len(word) >= c["min_common_word"] and low.endswith(c["common_word_endings"]) and common_word(word)


def _place(word: str) -> bool:
    from socdoc.extractors.minutes_layout import _is_place

    return not is_first_name(word) and _is_place(word)


def _organisation(word: str) -> bool:
    """A known organisation written as one word ("Domea", "Lejerbo"), no first name."""
    from socdoc.extractors.minutes_layout import _known_organisation

    return not is_first_name(word) and _known_organisation(word)


def _role_word(word: str) -> bool:
    from socdoc.extractors.minutes_layout import _is_role_head

    return _is_role_head(word)


def _abbreviation_at(words: list[re.Match[str]], i: int) -> bool:
    """The word at ``i`` is an abbreviation with its point and a lower-case word after it ("repr. for",
    "suppl. for"): a dash glued to the name before it, no word broken at a line end."""
    word = words[i].group()
    return (word.endswith(".") and len(word) <= 7 and i + 1 < len(words)
            and words[i + 1].group()[:1].islower())


def _tokens(text: str, start: int, end: int) -> list[Optional[_Token]]:
    """The words of ``text[start:end]``; None stands for a separator. A word broken at a line end
    ("Christi- ansen") is one token."""
    out: list[Optional[_Token]] = []
    depth = 0
    words = list(_WORD.finditer(text, start, end))
    i = 0
    while i < len(words):
        m = words[i]
        raw, s, e = m.group(), m.start(), m.end()
        i += 1
        if depth or raw.startswith("("):  # "(S)", "(KAB)", "(fraværende)": a note ends the name
            depth = max(0, depth + raw.count("(") - raw.count(")"))
            out.append(None)
            continue
        joined = raw
        if raw.endswith("-") and len(raw) > 2 and i < len(words) and words[i].group()[:1].islower() \
                and words[i].group().rstrip(",;.") not in _CONJUNCTIONS \
                and not _abbreviation_at(words, i):  # "Christi- ansen", not "Social- og", not "Holm- repr. for"
            joined = raw[:-1] + words[i].group()
            raw, e = text[s : words[i].end()], words[i].end()
            i += 1
        core = joined.rstrip(",;:.")
        tail = joined[len(core):]
        closes = tail[:1] in (",", ";", ":") or (tail[:1] == "." and len(core) > 3)
        if tail[:1] == "." and _INITIAL.match(core + "."):
            core += "."  # "K.", "Chr." keep their point
        cut = e - (len(joined) - len(core))  # end of the word without its punctuation
        if core in cues()["particles"] and out and out[-1] is not None and i < len(words):
            out.append(_Token(core, s, cut, False))  # "Sofie de Bretteville Olsen"
            continue
        if core.lower() in cues()["tail_cues"]:  # "Kant Arkitekter", "Lund & Co A/S"
            if not _opens_org(words, i):
                _drop_org_head(out)  # "Eva Holm Larsen Revision Deloitte": the cue heads the next firm
            out.append(None)
            continue
        if core.lower() in _SEPARATORS or not _NAME_LIKE.match(core) or joined.endswith(":") \
                or (core.isupper() and "." not in core and _code_not_initial(core, words, i)):
            out.append(None)
            continue
        if stop_word(core) and not _role_as_surname(core, out):
            out.append(None)
            continue
        out.append(_Token(core, s, cut, closes))
        if closes:
            out.append(None)
    return out


def _role_as_surname(core: str, out: list[Optional[_Token]]) -> bool:
    """A capitalised role word that ends a name of given names only ("Jonna Hildur Præst", "Ane Marie
    Smed"): the surname, as a name does not end in a given name; after a surname it is a role ("Finn
    Larsen Revisor"); a meeting role ("Formand", "Referent") stays a role."""
    from socdoc.extractors.minutes_layout import phrases

    if not (_role_word(core) and core[:1].isupper() and core[1:].islower()) \
            or core.lower() in phrases()["role_words"]:
        return False
    given = out[-2:]
    return len(given) == 2 and all(t is not None and is_first_name(t.text) for t in given) \
        and (len(out) < 3 or out[-3] is None)


def _code_not_initial(core: str, words: list[re.Match[str]], i: int) -> bool:
    """True for a party letter or an acronym between names ("Ole Berg A Eva Lund V", "KAB"); a
    single letter before a surname is an initial without its point ("Ole B Hansen")."""
    if len(core) > 1 or i >= len(words):
        return True
    nxt = words[i].group().rstrip(",;:.")
    return is_first_name(nxt) or not nxt[:1].isupper()


def _opens_org(words: list[re.Match[str]], i: int) -> bool:
    """The organisation word ``words[i - 1]`` is a field ("Revision", "Rådgivning") that opens the
    firm's name written after it ("Revision Deloitte"): a capitalised word follows that is no first
    name, organisation word or common word."""
    from socdoc.extractors.entities import common_word

    if i >= len(words) or words[i - 1].group().rstrip(",;:.").lower() not in cues()["opening_cues"]:
        return False
    nxt = words[i].group().rstrip(",;:.")
    return bool(_NAME_LIKE.match(nxt)) and not is_first_name(nxt) and nxt.lower() not in cues()["tail_cues"] \
        and nxt.lower() not in cues()["org_words"] and not nxt.isupper() and not common_word(nxt)


def _drop_org_head(out: list[Optional[_Token]]) -> None:
    """Before "Arkitekter", "A/S" the word before belongs to the organisation ("Kant Arkitekter"),
    when a name of two words stays before it."""
    stretch = 0
    for tok in reversed(out):
        if tok is None:
            break
        stretch += 1
    if stretch >= 3:
        out[-1] = None


def _stretches(tokens: list[Optional[_Token]]) -> list[list[_Token]]:
    runs: list[list[_Token]] = [[]]
    for tok in tokens:
        if tok is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(tok)
    return [r for r in runs if r]


def _end_score(tok: _Token) -> int:
    strength = surname_strength(tok.text)
    return 3 if strength == 2 else strength  # a sure surname outweighs a first name's bonus


def _may_start(words: list[_Token], i: int, end: int, prev_end: int) -> bool:
    """True when a name ``words[i:end]`` may start after a complete name whose last word scored
    ``prev_end``."""
    from socdoc.extractors.entities import common_word

    word = words[i].text
    if _INITIAL.match(word):
        return False
    if is_first_name(word):
        return True
    # an unknown given name after a surname, before a known given name or a surname:
    # "… Dahl Nuka Marie Karlsen", "… Madsen Käthe Pedersen"
    if prev_end < 3 or surname_strength(word) >= 2 or common_word(word):
        return False
    return is_first_name(words[i + 1].text) or surname_strength(words[end - 1].text) == 2


def _cut(words: list[_Token]) -> list[tuple[int, int]]:
    """The best cut of a stretch into names, as (first, last+1) word ranges; the stretch whole
    when no cut is clearly better."""
    n = len(words)
    whole_score = _end_score(words[-1]) - max(0, n - _MAX_NAME)
    if n < 4 or n > _MAX_RUN:
        return [(0, n)]
    # best[i]: (score, ways, cut) over cuts of words[:i] into complete names
    best: dict[int, tuple[int, int, list[tuple[int, int]]]] = {}
    for i in range(2, n + 1):
        options: list[tuple[int, list[tuple[int, int]]]] = []
        for j in range(max(0, i - _MAX_NAME), i - 1):
            score = _end_score(words[i - 1])
            if i - j >= 3 and score <= 0:
                score -= 1  # "Kim Dahl Nuka" is a doubtful name
            if j == 0:
                options.append((score, [(0, i)]))
            elif j in best and _may_start(words, j, i, _end_score(words[j - 1])):
                bonus = 1 if is_first_name(words[j].text) else 0  # a known first name starts the name
                options.append((best[j][0] + score + bonus, best[j][2] + [(j, i)]))
        if options:
            top = max(o[0] for o in options)
            tops = [o for o in options if o[0] == top]
            best[i] = (top, len(tops), tops[0][1])
    if n not in best:
        return [(0, n)]
    score, ways, cut = best[n]
    if len(cut) < 2 or ways > 1 or score <= whole_score or any(best.get(e, (0, 1))[1] > 1 for _, e in cut):
        return [(0, n)]
    return cut


_COMMA_BEFORE = re.compile(r",[ \t]*$")


def _one_listed_name(words: list[_Token]) -> bool:
    """The words of a comma list's item name one person: at most a name's words, and no known first name
    after the first two (a second given name: "Anne Grete Holm") that would start the next person's name
    ("Klitly Grundejerforening Ove Dam")."""
    return len(words) <= _MAX_NAME and not any(is_first_name(w.text) for w in words[2:])


def _comma_item(text: str, words: list[_Token]) -> bool:
    """The stretch is an inner item of a comma list (a comma before and after it): the writer separated the
    people, so its words name one person."""
    comma_before = _COMMA_BEFORE.search(text, max(0, words[0].start - 4), words[0].start) is not None
    return comma_before and text[words[-1].end:words[-1].end + 1] == ","


def name_text(span: str) -> str:
    """The name written in ``span`` on one line, a word broken at a line end joined again
    ("Mette Christi- ansen" → "Mette Christiansen")."""
    return " ".join(_BROKEN.sub("", span).split())


def split_run(text: str, start: int = 0, end: Optional[int] = None) -> list[tuple[int, int]]:
    """The character spans of the personal names in ``text[start:end]``, a run of names written
    without commas or with separators and labels between them. Stretches of one word are left out;
    a stretch that does not cut clearly is given whole."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for words in _stretches(_tokens(text, start, end)):
        if len(words) >= 3 and is_first_name(words[1].text) and (_place(words[0].text) or _organisation(words[0].text)):
            words = words[1:]  # "Boligselskabet Vesthimmerland Eva Lund", "Domea Eva Lund": no name starts the run
        if _one_listed_name(words) and _comma_item(text, words):
            spans.append((words[0].start, words[-1].end))  # "…, Hanne Mørup Priess Larsen, …": one person
            continue
        for a, b in _cut(words):
            if b - a >= 2:
                spans.append((words[a].start, words[b - 1].end))
    return spans


def trim_name(name: str) -> str:
    """``name`` without label, role or organisation words after it ("Finn Larsen Revisor" →
    "Finn Larsen", "Eva Lund Kant Arkitekter" → "Eva Lund"); unchanged when nothing trails or
    the rest would be less than two words."""
    words = _stretches(_tokens(name, 0, len(name)))
    if not words or words[0][0].start != 0 or len(words[0]) < 2:
        return name
    first = words[0]
    if first[-1].end == len(name.rstrip(" ,.;:")):
        return name
    return name[: first[-1].end]


def split_names(name: str) -> list[str]:
    """The names of a run-together ``name`` ("Bo Skat Andersen Rikke Stisager" → two names); the
    name itself (trimmed) when it does not cut."""
    spans = split_run(name)
    return [name[s:e] for s, e in spans] if spans else [name]


def split_candidates(text: str, cands: list[Any]) -> list[Any]:
    """Person candidates (:class:`~socdoc.extractors.entities.Candidate`) with run-together names
    cut apart and trailing labels dropped. A role found before the run stays with the first name,
    a party after it goes to the last one."""
    out: list[Any] = []
    for cand in cands:
        span = text[cand.start : cand.end]
        if len(span.split()) < 3 or " ".join(span.split()) != cand.name:
            out.append(cand)
            continue
        spans = split_run(text, cand.start, cand.end)
        if not spans or (len(spans) == 1 and spans[0] == (cand.start, cand.end)):
            out.append(cand)
            continue
        for k, (s, e) in enumerate(spans):
            extra = dict(cand.extra)
            if k > 0:
                extra.pop("role", None)
            if k < len(spans) - 1:
                extra.pop("party", None)
            out.append(replace(cand, start=s, end=e, name=name_text(text[s:e]), extra=extra))
    return out


_NOTE_AFTER = re.compile(r"[ \t]*\(\s*([^()\n]{1,12}?)\s*\)")
_CODE_AFTER = re.compile(r"[ \t]+([A-ZÆØÅ]{1,2})(?=[ \t]+[A-ZÆØÅ][a-zæøå]|[ \t]*[,;]|[ \t]*$)")


_LOWER_WORD = re.compile(r"(?<![\w(])(?<!-\s)(?<!-\n)[a-zæøå][\w\-]*")


_SUB_LABEL = re.compile(r"(?<!\S)(?:[Ff]ra|[Ff]or|[Hh]os|[Vv]ed)(?:\s+[^\s:,;()]+){1,4}:(?=\s)")


def only_names(entry: str) -> bool:
    """True when ``entry`` has no lower-case words but separators, particles, roles and labels:
    a list of names, not a sentence ("Eva Lund er fraværende. Ole Berg deltog …")."""
    entry = _SUB_LABEL.sub(" ", entry)  # "Fra den boligsociale helhedsplan:"
    return not any(w.group() not in _SEPARATORS and w.group() not in cues()["particles"] and not stop_word(w.group())
                   for w in _LOWER_WORD.finditer(entry))


def _list_label_at(entry: str) -> int:
    """Where a label that opens another list stands after the first name of ``entry``, or its end."""
    labels = cues()["list_labels"]
    words = list(_WORD.finditer(entry))
    for k, w in enumerate(words[2:], 2):
        if w.group().rstrip(":,.").lower() in labels:
            return w.start()
    return len(entry)


def _may_be_person(name: str) -> bool:
    """A name that opens with a first name, or at least not with a common Danish word."""
    from socdoc.extractors.entities import common_word

    first = name.split()[0] if name.split() else ""
    return is_first_name(first) or not common_word(first)


def entry_names(entry: str, party: Callable[[str], bool], listed: bool = False) -> list[tuple[int, int, Optional[str]]]:
    """The names of a list entry that holds several run together ("Bo Skat Andersen Rikke
    Stisager (KAB) Fra kommunen: Ole Berg"), each with the party letter written right after it
    (``party`` tells a party letter from another note); empty when the entry holds one name
    without a sub-label before it, or when it is an inner item of a comma list (``listed``) of at most
    a name's words ("…, Hanne Mørup Priess Larsen, …")."""
    if not only_names(entry):
        return []
    if listed and ":" not in entry:
        stretches = _stretches(_tokens(entry, 0, len(entry)))
        if len(stretches) == 1 and _one_listed_name(stretches[0]):
            return []
    cut = _list_label_at(entry)
    spans = split_run(entry, 0, cut)
    if len(spans) < 2 and not (spans and (":" in entry[: spans[0][0]] or cut < len(entry)  # "Fra KAB: Kim Dahl"
                                          or _BROKEN.search(entry, spans[0][0], spans[0][1])
                                          or _org_lead(entry[: spans[0][0]], entry[spans[0][0]:spans[0][1]]))):
        return []
    out: list[tuple[int, int, Optional[str]]] = []
    for s, e in spans:
        if not _may_be_person(entry[s:e]):  # "Sag Tekst Sidenr": a table's column headings
            continue
        note = _NOTE_AFTER.match(entry, e) or _CODE_AFTER.match(entry, e)  # "(A)", or a table's party column
        out.append((s, e, note.group(1) if note and party(note.group(1)) else None))
    return out


def _org_lead(lead: str, name: str) -> bool:
    """The capitalised words before an entry's one name, which opens with a first name, end in an
    organisation word: the body of the person before, run on in a list of "<name>, <body>" pairs
    ("Eva Holm, Nordby Kommune Bo Dam, …"; not "Direktør fra Region Midtjylland Tove Lund")."""
    words = lead.split()
    return (len(words) >= 2 and words[-1].rstrip(",;").lower() in cues()["org_words"]
            and all(w[:1].isupper() for w in words) and is_first_name(name.split()[0]))


def stretch_end(text: str, start: int, end: int) -> int:
    """Where the names that start at ``start`` stop: before the first label, role or organisation
    word ("Bo Holm Næstformand Eva Lund" → after "Holm"); ``end`` when no such word cuts a run
    of at least two words."""
    tokens = _tokens(text, start, end)
    run: list[_Token] = []
    for tok in tokens:
        if tok is None:
            break
        run.append(tok)
    if len(run) < 2 or run[0].start != start or len(run) == len(tokens):
        return end
    return run[-1].end


_COLUMN_WORD = re.compile(r"[A-ZÆØÅÉÜÖÄ][a-zæøåéüöä]+(?:-[A-ZÆØÅ][a-zæøåéüöä]+)?")
_COLUMN_NAME_MIN, _COLUMN_NAME_MAX = 2, 4  # words of each name in a row of two


def _column_score(words: list[str], k: int) -> int:
    """How well a row of two names cuts before ``words[k]``: a known first name opens the right-hand
    name; a first name or an initial does not end the left-hand one, nor does a surname open a name;
    four-word names are rarer than shorter ones."""
    left, right = words[k - 1], words[k]
    score = 2 * is_first_name(right) - 2 * is_first_name(left) - 2 * (surname_strength(right) == 2)
    score += surname_strength(left) == 2
    return score - (k == _COLUMN_NAME_MAX) - (len(words) - k == _COLUMN_NAME_MAX)


def column_pair(text: str, start: int = 0, end: Optional[int] = None) -> list[tuple[int, int]]:
    """The two names of a row of a two-column members table flattened to one line ("Eva Lund Holm
    Bo Dam"), as character spans; [] unless every word is a capitalised name word, one cut scores
    best, and no name starts with a surname or ends with a first name. Only for rows of a list
    whose other rows hold two names each: a lone run of four words may well be one name."""
    end = len(text) if end is None else end
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    n = len(words)
    if n < 2 * _COLUMN_NAME_MIN or n > 2 * _COLUMN_NAME_MAX or not all(_COLUMN_WORD.fullmatch(w) for w, _, _ in words):
        return []
    texts = [w for w, _, _ in words]
    cuts = {k: _column_score(texts, k) for k in range(_COLUMN_NAME_MIN, n - _COLUMN_NAME_MIN + 1)
            if n - k <= _COLUMN_NAME_MAX and k <= _COLUMN_NAME_MAX}
    if not cuts:
        return []
    top = max(cuts.values())
    best = [k for k, v in cuts.items() if v == top]
    if len(best) != 1 or top < 0:
        return []
    k = best[0]
    if any(_common_opening(texts[i]) for i in (0, k)):
        return []  # "Borgerservice Og Erhverv Kultur": a menu, no names
    return [(words[0][1], words[k - 1][2]), (words[k][1], words[-1][2])]


def _common_opening(word: str) -> bool:
    """A word that opens no name: a common word that is no known first name."""
    from socdoc.extractors.entities import common_word

    return not is_first_name(word) and common_word(word)
