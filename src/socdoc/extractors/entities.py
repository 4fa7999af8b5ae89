"""Shared machinery of the entity extractors: cue data, gazetteer patterns and candidates.

Gazetteer names become one compiled trie-shaped regular expression per kind, so the whole text
is scanned once per kind without Python loops over the gazetteer. Candidates (a span with a
canonical name) from all rules are resolved into non-overlapping spans, longest first, and
grouped into one fact per canonical name.
"""

from __future__ import annotations

import _sre
import array
import bisect
import functools
import gzip
import itertools
import operator
from socdoc import lazy_re as re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Iterable, Iterator, Optional, Sequence

from socdoc.lang.da import read_yaml
from socdoc.normalize import normalize
from socdoc.records import Mention

UPPER = "A-ZÆØÅÄÖÜÉ"
LOWER = "a-zæøåäöüéèáàóíúñç"
WORD = rf"[{UPPER}{LOWER}0-9]"
CAP_WORD = rf"[{UPPER}][{UPPER}{LOWER}0-9'’.-]*[{UPPER}{LOWER}0-9]|[{UPPER}]"
SENTENCE_END = ".!?:;•\n\"'()|[]-–*·"


@functools.lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The cue data of ``lang/da/entities.yaml``."""
    return read_yaml("entities.yaml")


def _trie(words: Iterable[str]) -> dict[str, Any]:
    trie: dict[str, Any] = {}
    for word in {w for w in words if w}:
        node = trie
        for ch in word:
            child = node.get(ch)
            if child is None:
                child = node[ch] = {}
            node = child
        node[""] = {}
    return trie


def trie_regex(words: Iterable[str]) -> str:
    """One regular expression that matches any of ``words`` (longest alternatives first).

    The words are arranged in a character trie, so matching does not try every word in turn.
    """
    return _trie_pattern(_trie(words)) or "(?!)"


# The character before a name's first character is no word character or hyphen; checked once the
# first character is matched.
_STARTS_WORD = r"(?<![\w-](?s:.))"


def word_start_trie(words: Iterable[str]) -> str:
    r"""``(?<![\w-])`` followed by :func:`trie_regex` of ``words``, written so that the pattern
    begins with the words' first characters: the regex engine then skips every position where
    none of them stands instead of trying the whole pattern there."""
    trie = _trie(words)
    alternatives = [re.escape(ch) + _STARTS_WORD + (_trie_pattern(trie[ch]) or "") for ch in sorted(trie)]
    if not alternatives:
        return "(?!)"
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


_ESCAPED: dict[str, str] = {}  # re.escape of single characters


def _escaped(ch: str) -> str:
    escaped = _ESCAPED.get(ch)
    if escaped is None:
        escaped = _ESCAPED[ch] = re.escape(ch)
    return escaped


def _trie_pattern(node: dict[str, Any]) -> Optional[str]:
    optional = "" in node
    if optional and len(node) == 1:
        return None
    alternatives = []
    for ch in sorted(node):
        if not ch:
            continue
        piece = _escaped(ch)
        child = node[ch]
        while len(child) == 1 and "" not in child:  # a chain of single letters is written as it is
            (ch, child), = child.items()
            piece += _escaped(ch)
        rest = _trie_pattern(child)
        alternatives.append(piece + rest if rest else piece)
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    if optional:
        return "(?:" + body + ")?"
    return body


_match_start = re.Match.start


class Prefiltered:
    """A compiled pattern whose matches can only begin where ``starts`` (a one-character
    pattern) matches: :meth:`finditer` tries the pattern only there, and gives exactly what
    ``pattern.finditer`` gives. For patterns that never match the empty string and whose start
    the regex engine cannot skip to by itself (a look-behind or an optional group comes first).
    Everything else is the compiled pattern's own."""

    def __init__(self, pattern: re.Pattern[str], starts: re.Pattern[str]) -> None:
        self.regex = pattern
        self.starts = starts

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._scan(text, 0, len(text))

    def finditer_lines(self, text: str, needles: tuple[str, ...]) -> Iterator[re.Match[str]]:
        """What :meth:`finditer` gives, for a pattern whose matches hold no line break and always
        hold one of ``needles`` (strings without a line break): only the lines that hold one are
        tried. The pattern's look-arounds still see the text beyond the line."""
        return self.finditer_in(text, lines_holding(text, needles))

    def finditer_in(self, text: str, spans: Iterable[tuple[int, int]]) -> Iterator[re.Match[str]]:
        """What :meth:`finditer` gives, for a pattern whose matches lie within ``spans`` ((start, end)
        in text order, such as the lines that can hold one): only those spans are tried."""
        for start, end in spans:
            yield from self._scan(text, start, end)

    def _scan(self, text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
        """Non-overlapping matches that begin at a prefilter start between ``start`` and ``stop``."""
        # the whole text without a span: a starts pattern that keeps its matches of the last text
        # (focus_areas' count starts, shared by seven patterns) finds them there
        hits = self.starts.finditer(text) if start == 0 and stop == len(text) else self.starts.finditer(text, start, stop)
        return self.matches_at(text, map(_match_start, hits))

    def matches_at(self, text: str, positions: Iterable[int]) -> Iterator[re.Match[str]]:
        """Non-overlapping matches of the pattern tried at ``positions`` (rising), such as starts a
        caller found itself."""
        end = 0
        match = self.regex.match
        for pos in positions:
            if pos < end:
                continue
            m = match(text, pos)
            if m is not None:
                yield m
                end = m.end()

    def search(self, text: str, pos: int = 0) -> Optional[re.Match[str]]:
        match = self.regex.match
        for start in map(_match_start, self.starts.finditer(text, pos)):
            m = match(text, start)
            if m is not None:
                return m
        return None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("regex", "starts"):  # pickling and copying
            raise AttributeError(name)
        return getattr(self.regex, name)


def lines_holding(text: str, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    """The (start, end) of every line of ``text`` that holds one of ``needles`` (strings without a
    line break), in text order."""
    lines = set()
    find = text.find
    for needle in needles:
        at = find(needle)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = find("\n", at + len(needle))
            if end < 0:
                end = len(text)
            lines.add((start, end))
            at = find(needle, end)
    return sorted(lines)


def gate_lines(text: str, gate: re.Pattern[str]) -> list[tuple[int, int]]:
    """The (start, end) of every line of ``text`` with a match of ``gate`` (whose matches hold no line
    break), in text order: one scan, which goes on at the next line once a line has a match."""
    lines = []
    search = gate.search
    hit = search(text)
    while hit is not None:
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.end())
        if end < 0:
            end = len(text)
        lines.append((start, end))
        hit = search(text, end)
    return lines


def line_matches(text: str, gate: re.Pattern[str], pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives, for a pattern whose matches hold no line break and
    always hold a match of ``gate`` (itself within a line): only the lines with a ``gate`` match
    are scanned. A look-around at a line's end sees the text's end there, no line break."""
    for line_start, line_end in gate_lines(text, gate):
        yield from pattern.finditer(text, line_start, line_end)


def first_chars(class_body: str, word_start: bool = True) -> re.Pattern[str]:
    """One character of ``[class_body]``, at a word start (after no word character or hyphen)
    when ``word_start``: the places a :class:`Prefiltered` pattern is tried."""
    return re.compile(f"[{class_body}]" + (_STARTS_WORD if word_start else ""))


def prefix_starts(
    words: Iterable[str], extra_class: str = "", not_after: str = r"[\w-]", ignore_case: bool = False
) -> re.Pattern[str]:
    """The places where one of ``words`` (or a character of ``extra_class``) can begin: the
    first character of a word's first token, followed by the rest of that token, and not after a
    ``not_after`` character. For :class:`Prefiltered`."""
    rests: dict[str, set[str]] = {}
    for word in words:
        token = word.split(" ", 1)[0]
        if token:
            rests.setdefault(token[0], set()).add(token[1:])
    # One look-behind over the first character, whose alternatives begin with that character
    # written case-sensitively (a class of its case forms under ``ignore_case``): the regex engine
    # then enters only the alternative of the character found, not every one in turn.
    flags = "(?i:{})" if ignore_case else "{}"
    forms = _case_forms(rests) if ignore_case else set(rests)
    alternatives = [f"[{extra_class}]"] if extra_class else []
    for first, tails in sorted(rests.items()):
        ahead = "" if "" in tails else flags.format(f"(?={trie_regex(tails)})")
        head = f"[{_escaped_class(_case_forms(first, forms))}]" if ignore_case else re.escape(first)
        alternatives.append(head + ahead)
    initials = _escaped_class(forms) + extra_class
    return re.compile(f"[{initials}](?<!{not_after}(?s:.))(?<={'|'.join(alternatives) or '(?!)'})")


def chars_class(chars: Iterable[str], ignore_case: bool = False) -> str:
    """A character-class body of ``chars``; with ``ignore_case`` every character that matches
    one of them case-insensitively is listed (as the regex engine folds case)."""
    return _escaped_class(_case_forms(chars) if ignore_case else set(chars))


def _case_forms(chars: Iterable[str], among: Optional[Iterable[str]] = None) -> set[str]:
    """``chars`` and every character (of ``among``, else of all) that matches one of them
    case-insensitively."""
    chars = set(chars)
    folded = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]", re.IGNORECASE)
    return set(folded.findall(_cased_chars() if among is None else "".join(sorted(among)))) | chars


def _escaped_class(chars: Iterable[str]) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


@functools.lru_cache(maxsize=1)
def _cased_chars() -> str:
    """The code points that have a case (about 2,900): the only ones the regex engine matches to another
    character case-insensitively, so the only ones :func:`_case_forms` needs to try."""
    iscased = getattr(_sre, "unicode_iscased", None)
    if iscased is None:  # pragma: no cover - another Python's regex engine: try every character
        return _all_chars()
    return "".join(c for c in _all_chars() if iscased(ord(c)))


@functools.lru_cache(maxsize=1)
def _all_chars() -> str:
    """Every code point below U+20000 but the surrogates: all that have a case (the regex engine
    folds no character above; one without case matches only itself); built once."""
    return "".join(
        array.array("I", codes).tobytes().decode("utf-32-le") for codes in (range(0xD800), range(0xE000, 0x20000))
    )


def bounded(pattern: str, genitive: bool = False) -> re.Pattern[str]:
    """``pattern`` between word boundaries, optionally with a genitive -s or apostrophe after."""
    tail = r"(?:s\b|'s|(?<=[sxzSXZ])')?" if genitive else ""  # "Alliancen'" closes a quote: no genitive
    return re.compile(rf"(?<![\w-])(?P<name>{pattern}){tail}(?![\w])")


def bounded_words(words: Iterable[str], genitive: bool = False) -> re.Pattern[str]:
    """:func:`bounded` of ``trie_regex(words)``, written with :func:`word_start_trie`."""
    tail = r"(?:s\b|'s|(?<=[sxzSXZ])')?" if genitive else ""  # "Alliancen'" closes a quote: no genitive
    return re.compile(rf"(?P<name>{word_start_trie(words)}){tail}(?![\w])")


def norm_form(text: str) -> str:
    """A gazetteer form as it looks in normalised text."""
    return " ".join(normalize(text).split())


def at_sentence_start(text: str, start: int) -> bool:
    """True when only white space and sentence or list punctuation precede ``start``."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0:
        return True
    if text[i] in SENTENCE_END or text[i].isdigit() and (i == 0 or not text[i - 1].isalpha()):
        return text[i] != "-" or i == 0 or text[i - 1] in " \n"
    return False


def line_of(text: str, pos: int) -> tuple[int, int]:
    """Start and end offsets of the line holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


# one line of a list of grants: "Sommerkoncert i parken fra Nordby Musikforening: 8.000 kr."; the
# applicant after "fra" is an actor (a party or a person), never a place
GRANT_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[•·*–-][ \t]+)?(?P<title>[^\n]{{3,120}}?)[ ]fra[ ](?P<who>[{UPPER}][^\n:]{{1,80}}?):[ \t]*"
    rf"\d[\d.]*(?:,\d+)?[ ]?(?:kr\b|kroner|mio\.|tkr)"
)
GRANT_LINE_GATE = re.compile(rf"[ ]fra[ ][{UPPER}]")  # what a line with a GRANT_LINE match holds (see line_matches)


@dataclass
class Candidate:
    """A span that names an entity, with its canonical name."""

    start: int
    end: int
    name: str
    type: Optional[str] = None
    priority: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


def resolve(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longer spans win, then higher priority, then earlier ones."""
    ordered = sorted(candidates, key=lambda c: (-c.length, -c.priority, c.start))
    taken = SpanIndex()
    kept: list[Candidate] = []
    for cand in ordered:
        if taken.overlaps(cand.start, cand.end):
            continue
        taken.add(cand.start, cand.end)
        kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


class SpanIndex:
    """Character spans merged into sorted, disjoint intervals, so that an overlap test is a
    binary search instead of a scan over every span."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            if self.ends and start < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect.bisect_left(self.starts, end) - 1
        return at >= 0 and self.ends[at] > start

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none of the index (as :func:`resolve` does)."""
        at = bisect.bisect_left(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    if isinstance(spans, SpanIndex):
        return spans.overlaps(start, end)
    return any(start < e and s < end for s, e in spans)


def mention(raw: str, start: int, end: int) -> Mention:
    return Mention(start=start, end=end, text=raw[start:end])


def group(cands: Sequence[Candidate], key=lambda c: c.name.casefold()) -> list[list[Candidate]]:
    """Candidates grouped by canonical key, in order of first mention."""
    groups: dict[str, list[Candidate]] = {}
    for cand in sorted(cands, key=lambda c: c.start):
        groups.setdefault(key(cand), []).append(cand)
    return list(groups.values())


_ENTS_BY_LABEL = "socdoc_ents_by_label"  # doc.user_data: the entities' offsets by label, read once


# words between a locative and a place that take a part or the whole of it ("i hele Nordby Kommune", "i dele af …")
LOCATIVE_PARTITIVES = "(?:" + "|".join(w.replace(" ", "[ ]") for w in cues()["parties"]["locative_partitives"]) + ")"
# a committee's code that opens the next title of a run-on agenda ("… i Nordby ØU - Kostpolitik …")
ITEM_CODE_AFTER = re.compile(rf"[ ][{UPPER}]{{2,4}}[ ][-–][ ]")


def _without_item_code(text: str, start: int, end: int) -> tuple[int, int]:
    """An entity's span without the committee code of the next agenda title that the model took into it
    ("Nordby BU" of "… i Nordby BU - Genoptaget")."""
    cut = text.rfind(" ", start, end)
    code = ITEM_CODE_AFTER.match(text, cut) if cut > start else None
    return (start, cut) if code is not None and code.end() > end else (start, end)


def ents_of(doc: Any, label: str) -> list[tuple[int, int]]:
    """Character offsets of the NER model's entities with ``label`` (none without a model).

    ``doc.ents`` (a new span per entity on every read) is read once per document: the
    entities are set before the rule components run."""
    if doc is None:
        return []
    user_data = getattr(doc, "user_data", None)  # a stand-in with ``ents`` only has none
    by_label = user_data.get(_ENTS_BY_LABEL) if user_data is not None else None
    if by_label is None:
        by_label = {}
        ents = doc.ents
        text = _doc_text(doc) if ents else ""
        for e in ents:
            by_label.setdefault(e.label_, []).append(_without_item_code(text, e.start_char, e.end_char))
        if by_label.get("ORG"):  # the organisations the rules may take, judged once per document
            from socdoc.extractors.ner_accept import plausible_org

            by_label[_PLAUSIBLE_ORG] = [(s, e) for s, e in by_label["ORG"] if plausible_org(text, s, e)]
        if user_data is not None:
            user_data[_ENTS_BY_LABEL] = by_label
    return list(by_label.get(_PLAUSIBLE_ORG if label == "ORG" else label, ()))


_PLAUSIBLE_ORG = "ORG plausible"


def _doc_text(doc: Any) -> str:
    """The document's text: the normalised text its tokenizer kept (``doc.text`` joins every token
    anew on each read); "" for a stand-in with ``ents`` only."""
    user_data = getattr(doc, "user_data", None)
    text = user_data.get("socdoc_text") if user_data is not None else None
    return text if text is not None else getattr(doc, "text", "")


@functools.lru_cache(maxsize=1)
def _area_name_regex() -> re.Pattern[str]:
    from socdoc.lang.da.gazetteers import load_gazetteers

    gaz = load_gazetteers()
    data = cues()["areas"]
    names = [f for entries in (gaz.housing_areas, gaz.neighbourhoods, gaz.towns, gaz.islands,
                               gaz.municipalities, gaz.landscapes) for e in entries for f in e.forms
             if f and not f.endswith("Kommune")]
    suffixes = "|".join(re.escape(s) for s in re.longest_first(data["name_suffixes"]))
    parts = "|".join(re.escape(s) for s in data["place_parts"])
    return re.compile(
        rf"^(?:(?:{trie_regex(names)})(?:[ ](?:{parts}))?|[{UPPER}][\w-]*(?:{suffixes})"
        rf"(?:[ ](?:og|&)[ ][{UPPER}][\w-]*)?|[{UPPER}][\w]+[ ](?:{parts}))$"
    )


def area_like(name: str) -> bool:
    """True when ``name`` looks like a place: a gazetteer place or a housing-area shape."""
    return bool(_area_name_regex().match(name))


@functools.lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """Common words (lower-case stems) and proper names (capitalised stems) of the Danish
    word list ``gazetteers/danish_words.txt.gz`` (Stavekontrolden's da_DK dictionary)."""
    raw = resources.files("socdoc.lang.da").joinpath("gazetteers", "danish_words.txt.gz").read_bytes()
    words = gzip.decompress(raw).decode("utf-8").split()
    capitalised = list(map(str.isupper, map(operator.itemgetter(0), words)))  # C loops: 170,000 words
    common = frozenset(itertools.compress(words, map(operator.not_, capitalised)))
    proper = frozenset(itertools.compress(words, capitalised))
    return common, proper


@functools.lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Countries and continents in their Danish names (``gazetteers/countries.txt``)."""
    text = resources.files("socdoc.lang.da").joinpath("gazetteers", "countries.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def lexicon_words() -> frozenset[str]:
    """The common words of the Danish word list, as it writes them (stems in small letters)."""
    return _lexicon()[0]


@functools.lru_cache(maxsize=1)
def _endings() -> tuple[str, ...]:
    return tuple(re.longest_first(cues()["lexicon"]["endings"]))


@functools.lru_cache(maxsize=4096)
def common_word(word: str) -> bool:
    """True when ``word`` (in any case) is an inflected form of a common Danish word of the word
    list, and its capitalised form is not a proper name there ("Kultur", "Eventuelt",
    "Institutionerne" are; "Himmerland", "Keld" are not)."""
    common, proper = _lexicon()
    low = word.lower()
    if len(low) < 2 or word[:1].upper() + low[1:] in proper or word in proper:
        return False
    if low in common:
        return True
    return any(low.endswith(e) and len(low) - len(e) >= 3 and low[: len(low) - len(e)] in common for e in _endings())


@functools.lru_cache(maxsize=4096)
def linked_compound(word: str) -> bool:
    """True for a compound of two common words joined by a linking letter (``lexicon.compound_links``): a
    listed word of at least three letters, the link, and a common word of at least four ("Sagsoversigt" =
    "sag" + "s" + "oversigt", "Byrådsmøde" = "byråd" + "s" + "møde"). Surnames made of common words are
    seldom joined so ("Borring", "Kirkeby")."""
    low = word.lower()
    links = cues()["lexicon"]["compound_links"]
    for cut in range(4, len(low) - 3):
        if low[cut - 1] in links and listed_word(low[:cut - 1]) and common_word(low[cut:]):
            return True
    return False


def listed_word(word: str) -> bool:
    """True when ``word`` in lower case stands as it is in the word list (not only inflected)."""
    return word.lower() in _lexicon()[0]


def proper_word(word: str) -> bool:
    """True when ``word`` (or it without a genitive -s) is a proper name of the word list."""
    proper = _lexicon()[1]
    return word in proper or (word.endswith("s") and word[:-1] in proper)


_CUT_SHORT_WORD = re.compile(rf"[{UPPER}][{LOWER}]?")


def cut_off_at_end(text: str, start: int, end: int) -> bool:
    """True for a name whose last word the text's end cuts ("… overgik fra Region Nordjy", a crawler's
    cut-off last sentence): the name ends the text inside a line of running text, with no full stop
    or line break after it (a signature's name stands on a line of its own), and its last word is no
    word of the word list, no acronym, stands nowhere else in the text and begins a longer word of
    the text or of the word list ("Nordjylland", "kommunalbestyrelse")."""
    if end != len(text) or end == 0 or not text[end - 1].isalpha():
        return False
    if not text[text.rfind("\n", 0, start) + 1:start].strip():
        return False
    first = end
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    word = text[first:end]
    if first > start and text[first - 1] == " " and _CUT_SHORT_WORD.fullmatch(word) and not proper_word(word):
        return True  # "… har Boligkontoret F", "Dansk Fo": one capital, or a capital and a small letter, left
    if len(word) < 3 or word.isupper() or common_word(word) or proper_word(word):
        return False
    if len(re.findall(rf"(?<![\w]){re.escape(word)}(?![\w])", text)) != 1:
        return False
    low = word.lower()
    if re.search(rf"(?<![\w]){re.escape(word)}\w", text, re.IGNORECASE):
        return True
    words = _sorted_lexicon()
    at = bisect.bisect_right(words, low)
    return at < len(words) and words[at].startswith(low)


@functools.lru_cache(maxsize=1)
def _sorted_lexicon() -> tuple[str, ...]:
    """Every word of the word list in lower case, sorted, for a look-up by prefix."""
    common, proper = _lexicon()
    return tuple(sorted({w.lower() for w in (*common, *proper)}))


@functools.lru_cache(maxsize=4096)
def compound_head(word: str) -> Optional[str]:
    """The last part of a compound whose parts are common words ("Byrumsprojekt" → "projekt",
    "CVR-nummer" → "nummer"), or None when ``word`` does not split so."""
    if proper_word(word):
        return None
    if "-" in word:  # "CVR-nummer"; "TV-overvågningspulje": the part after the hyphen a compound itself
        tail = word.rsplit("-", 1)[1]
        if not tail or not tail[:1].islower():
            return None
        return tail.lower() if common_word(tail) else compound_head(tail)
    low = word.lower()
    for cut in range(3, len(low) - 3):
        head, tail = low[:cut], low[cut:]
        if not common_word(tail):
            continue
        if common_word(head) or (head[-1] in "se" and common_word(head[:-1])):
            return tail
    return None


@functools.lru_cache(maxsize=1)
def _abbreviated_lead() -> re.Pattern[str]:
    words = "|".join(map(re.escape, cues()["areas"]["place_abbreviations"]))
    return re.compile(rf"(?<![\w.])(?:{words})[ ]\Z")


def abbreviated_lead(text: str, start: int) -> Optional[int]:
    """Where a shortened first word of a place's name starts right before ``start`` ("Kgs. Enghave",
    "Gl. Stevns", "Skt. Klemensparken"), or None."""
    m = _abbreviated_lead().search(text, max(0, start - 6), start)
    return m.start() if m else None


def thing_compound(word: str) -> bool:
    """True for a compound whose head names a thing, plan or field of work ("Byrumsprojekt")."""
    head = compound_head(word)
    return head is not None and head in _thing_heads()


@functools.lru_cache(maxsize=1)
def _thing_heads() -> frozenset[str]:
    return frozenset(cues()["lexicon"]["thing_heads"])


@functools.lru_cache(maxsize=1)
def _law_endings() -> tuple[str, ...]:
    return tuple(cues()["lexicon"]["law_name_endings"])


def law_name(name: str) -> bool:
    """True for the name of an act ("Barnets Lov", "Den Kommunale Styrelseslov"): its last word is
    (or ends in) "lov"/"loven" or a like word; an act is neither a party nor a place."""
    words = name.split()
    if not words or not words[0][:1].isupper():
        return False
    last = words[-1].casefold().rstrip(".,;:")
    return last.endswith(_law_endings())


@functools.lru_cache(maxsize=1)
def compass_parts() -> str:
    """The compass parts a joined name shares with a suspended hyphen ("Midt-", "Syd-"), as a regex alternation."""
    return "|".join(map(re.escape, cues()["lexicon"]["suspended_compass_parts"]))


def suspended_compass_before(text: str, start: int) -> bool:
    """True where a compass part with a suspended hyphen stands right before ``start`` ("Midt- og
    |Vestsjælland"): the word at ``start`` is the second half of a joined name, not a name alone."""
    m = re.search(rf"(?<![\w-])(?:{compass_parts()})-[ ](?:og|eller|&)[ ]$", text[max(0, start - 20):start])
    return m is not None
