"""Money amounts in Danish kroner.

Four shapes are recognised, in this order, and never overlap:

1. number first: ``8,1 mio. kr.``, ``13-15 mio. kr.``, ``500.000,-``, ``1.250 t.kr.``,
   ``mellem 2 og 3 mio. kr.``, ``to millioner kroner``;
2. currency first: ``kr. 500.000``, ``DKK 2,5 mio.``, ``tkr. 500``;
3. a scale word without currency, as in headlines: ``91,3 millioner til …``, ``24 mio.``
   (not when a counted noun follows: ``5 millioner danskere``);
4. a figure in thousands groups that a money noun names, without currency: ``en ramme på 8.127.800 til …``
   (not in a text that counts in thousands or millions of kroner).

Bare figures or number words listed before an amount share its unit (``henholdsvis 79, 23 og 18 mio. kr.``).
"""

from __future__ import annotations

import bisect
import functools
from socdoc import lazy_re as re
from dataclasses import dataclass

from importlib import resources

from socdoc.lang.da import parse_yaml
from socdoc.extractors.entities import Prefiltered, prefix_starts, trie_regex
from socdoc.extractors.numbers import (
    NUMBER_PATTERN,
    as_int_if_whole,
    parse_number,
    parse_number_word,
)
from socdoc.lang import da
from socdoc.records import Amount


def _alternation(words: list[str]) -> str:
    """Regex alternation of words, longest first, a final ``.`` made literal."""
    ordered = re.longest_first(words)
    return "|".join(re.escape(w).replace(r"\ ", r"\s?") for w in ordered)


@dataclass(frozen=True)
class _Patterns:
    number_first: Prefiltered
    currency_first: Prefiltered
    scale_only: Prefiltered
    per_year_after: re.Pattern[str]
    per_year_before: re.Pattern[str]
    money_gate: Prefiltered  # a currency: every match of number_first (but one with ",-") and currency_first has one
    scale_gate: Prefiltered  # a big scale word: every match of scale_only has one


def _word_trie(words: list[str]) -> str:
    """The strings of :func:`_alternation` (a space optional) as a trie: the words that match at
    one place are prefixes of each other, tried longest first as the alternation tries them, but
    the regex engine does not try every word in turn at each place a number begins."""
    return trie_regex(words).replace(r"\ ", r"\s?")


def _scale_group(words: list[str]) -> str:
    # A scale word ends at a non-letter; "mio." may be glued to "kr." ("mio.kr.").
    return rf"(?:{_word_trie(words)})(?![a-zæøå])"


@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = da.load()
    # the number words as a trie (longest first, as number_word_pattern() orders them)
    words = trie_regex(data.number_words).replace("\\ ", r"\s+")
    one = _definite_one()
    article = rf"(?:{_alternation(one['articles'])})(?=\s+(?:{_alternation(one['scales'])})(?![a-zæøå]))"
    qty = rf"(?:{NUMBER_PATTERN}|{words}|{article})"
    big_scales = [w for w, v in data.scales.items() if v >= 1_000_000]
    scale = _scale_group(list(data.scales))
    big_scale = _scale_group(big_scales)
    currency = rf"(?:{_word_trie(list(data.currencies))})(?![a-zæøå])"
    scaled_currency = rf"(?:{_word_trie(list(data.scaled_currencies))})(?![a-zæøå])"
    neg = r"(?P<neg>(?<![\w.,\-])-(?=\d)|minus\s+)?"
    lead = r"(?<![\w.,])"
    rng = rf"(?:\s?-\s?|\s+til\s+|(?<=\d)\s?-\s?|\s+og\s+(?=[\d]))"
    # where an amount can begin: a digit, a minus, "mellem", "fra", "minus" or a number word
    number_starts = prefix_starts(
        ["mellem", "fra", "minus", *data.number_words, *one["articles"]], r"\d\-½¼¾", not_after=r"[\w.,]",
        ignore_case=True
    )
    number_first = re.compile(
        rf"{lead}(?P<between>mellem\s+|fra\s+)?{neg}(?P<q1>{qty})"
        rf"(?:(?P<rng>{rng})(?P<q2>{qty}))?"
        # a typist's stray dot after the figure (not a year ending a sentence) before a scale word in lower
        # case: "20. mio. kr."
        rf"(?:(?<=\d)(?<!\b(?:19|20)\d\d)\.(?=\s(?-i:{big_scale})))?"
        rf"(?:\s?(?P<scale>{scale}))?"
        # a stray dot after a figure in thousands groups: "21.000.000. kr."
        rf"(?:(?P<dash>,-)(?:\s?(?P<cur0>{currency}))?|\s?(?P<scur>{scaled_currency})|(?:(?<=\.\d{{3}})\.(?=\s))?\s?(?P<cur>{currency}))",
        re.IGNORECASE,
    )
    currency_starts = prefix_starts(
        [*big_scales, *data.scaled_currencies, *data.currencies], not_after=r"[\w.,]", ignore_case=True
    )
    currency_first = re.compile(
        rf"{lead}(?:(?P<prescale>{big_scale})\s?)?(?:(?P<scur>{scaled_currency})|(?P<cur>{currency}))\s?{neg}(?P<q1>{NUMBER_PATTERN})"
        rf"(?:(?P<rng>\s?-\s?)(?P<q2>{NUMBER_PATTERN}))?"
        rf"(?:\s?(?P<scale>{big_scale}))?(?P<dash>,-)?(?![\d])",
        re.IGNORECASE,
    )
    scale_only = re.compile(
        rf"{lead}(?P<between>mellem\s+)?{neg}(?P<q1>{qty})"
        rf"(?:(?P<rng>{rng})(?P<q2>{qty}))?\s?(?P<scale>{big_scale})"
        rf"(?=(?P<after>\s*[^\s]*)(?P<more>(?:[ \t]+[^\s]+){{0,2}}))",
        re.IGNORECASE,
    )
    after = "|".join(re.escape(p) for p in re.longest_first(data.per_year_after))
    unit = "|".join(re.escape(p) for p in re.longest_first(data.per_unit_markers))
    relatives = "|".join(re.escape(w) for w in _money_yaml()["per_year_relatives"])
    adverbs_after = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in data.per_year_adverbs)
    particles = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                         for w in re.longest_first(_money_yaml()["per_year_particles"]))
    object_links = "|".join(re.escape(w) for w in _money_yaml()["per_year_object_links"])
    per_year_after = re.compile(
        # lower case: "2 mio. kr. Årligt mødes …" starts a new sentence
        # "2,4 mia. kr. i kontanthjælp om året": what the money is, in a word after "i", before the phrase
        rf"^[ ,]*(?:\(\s*)?(?:(?:{unit})\s*[\w²³]+\.?\s+)?(?:(?:{particles})\s+)?(?:(?:{object_links})\s+[a-zæøå\-]{{3,}}\s+)?(?:{after})(?![a-zæøå])"
        # "…, der årligt går til …": the relative clause spends the amount every year
        rf"|^,?\s+(?:{relatives})\s+(?:[a-zæøå]+\s+){{0,2}}(?:{adverbs_after})(?![a-zæøå])"
    )
    before = "|".join(re.escape(p) for p in data.per_year_before_words)
    links = "|".join(re.escape(p) for p in re.longest_first(data.per_year_links))
    approx = "(?:(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                 for w in re.longest_first(_money_yaml()["approximation_words"])) + r")\s*)?"
    adverbs = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in data.per_year_adverbs)
    nouns = _word_trie(list(_money_yaml()["bare_sum_nouns"]))
    not_nouns = "|".join(re.escape(w) for w in re.longest_first(_money_yaml()["per_year_not_nouns"]))
    per_year_before = re.compile(
        rf"(?:\b(?:{before})\s+(?:(?![a-zæøå\-]*(?:{not_nouns})\s)[a-zæøå\-]+\s+){{0,2}}(?:{links})\s*{approx}"  # en årlig ramme på
        rf"|\b(?:{before})\s+{approx}"  # de årlige 0,5 mia. kr.
        rf"|\b(?:{before})\s+[a-zæøå\-]*(?:{nouns})\s*:?\s*{approx}"  # Årlig udgift 1,2 mio. kr.
        rf"|(?:\bpr\.?|\bper|\bom)\s+år(?:et)?\s*[:|]?\s*{approx}"  # Udgift pr. år: 2 mio. kr.
        rf"|\bårligt?\s*[:|]\s*{approx}"  # Driftsudgifter årligt: 500.000 kr.
        rf"|\b(?P<adverb>{adverbs})(?P<words>(?:\s+[\wæøå\-–]+){{0,4}})\s+{approx})$",  # årligt i perioden 2019-22
        re.IGNORECASE,
    )
    return _Patterns(
        Prefiltered(number_first, number_starts),
        Prefiltered(currency_first, currency_starts),
        Prefiltered(scale_only, number_starts),
        per_year_after,
        per_year_before,
        Prefiltered(re.compile(rf"{currency}|{scaled_currency}", re.IGNORECASE), prefix_starts(
            [*data.scaled_currencies, *data.currencies], not_after="(?!)", ignore_case=True)),
        Prefiltered(re.compile(big_scale, re.IGNORECASE), prefix_starts(big_scales, not_after="(?!)", ignore_case=True)),
    )


def _data_yaml(name: str) -> dict:
    text = resources.files("socdoc.lang.da").joinpath(name).read_text(encoding="utf-8")
    return parse_yaml(text)


@functools.lru_cache(maxsize=1)
def _definite_one() -> dict[str, list[str]]:
    """Articles that count one before a singular scale word ("den milliard kroner")."""
    return _data_yaml("numbers.yaml")["definite_one"]


@functools.lru_cache(maxsize=1)
def _money_yaml() -> dict:
    return _data_yaml("money.yaml")


def _quantity(text: str) -> float | None:
    if text.lower() in _definite_one()["articles"]:
        return 1.0
    word = parse_number_word(text)
    if word is not None:
        return word
    try:
        return parse_number(text)
    except ValueError:
        return None


def _multiplier(match: re.Match[str]) -> int:
    data = da.load()
    factor = 1
    scale = match.group("scale")
    if scale:
        factor *= data.scales.get(_key(scale), 1)
    prescale = match.groupdict().get("prescale")
    if prescale and not scale:
        factor *= data.scales.get(_key(prescale), 1)
    scur = match.groupdict().get("scur")
    if scur:
        factor *= data.scaled_currencies.get(_key(scur), 1)
    return factor


def _key(word: str) -> str:
    return re.sub(r"\s+", " ", word.lower()).replace(". ", ".") if "kr" in word.lower() else word.lower()


def _is_word_quantity(text: str | None) -> bool:
    return bool(text) and not any(ch.isdigit() for ch in text or "")


# An aside between dashes or in brackets right after the amount ("10 mio. kr. – og måske flere – om året"): the
# yearly cue after it still closes the amount.
_ASIDE = re.compile(r"[ \t]+(?:[-–—][ \t][^-–—()\n.]{1,50}?[ \t][-–—]|\([^()\n]{1,50}\))(?=[ \t,])")


def _per_year(text: str, start: int, end: int) -> bool:
    p = _patterns()
    if p.per_year_after.search(text[end : end + 40]):
        return True
    if _fronted_yearly(text, start, end):
        return True
    aside = _ASIDE.match(text, end)
    if aside and p.per_year_after.search(text[aside.end() : aside.end() + 40]):
        return True
    window = text[max(0, start - 60) : start]
    match = p.per_year_before.search(window)
    if match is None:
        return _under_yearly_heading(text, start, end)
    if match.group("adverb"):
        # "… 10 mio. kr. årligt og 5 mio. kr. i 2025": that "årligt" belongs to the earlier amount
        if _BEFORE_ADVERB.search(window, 0, match.start()):
            return False
        return not any(w.lower() in da.load().per_year_breaks for w in match.group("words").split())
    return True


_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")


@functools.lru_cache(maxsize=1)
def _fronted_after() -> re.Pattern[str]:
    """A yearly adverb a few plain words after an amount that opens its sentence, none a phrase's end."""
    breaks = "|".join(re.escape(w) for w in _money_yaml()["per_year_breaks"])
    adverbs = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in da.load().per_year_adverbs)
    return re.compile(rf"[ \t]+(?:(?!(?:{breaks})[ \t])[^\W\d_][\w-]*[ \t]+){{1,4}}(?:{adverbs})(?![\wæøå])",
                      re.IGNORECASE)


def _fronted_yearly(text: str, start: int, end: int) -> bool:
    """An amount that opens its sentence, the verb and subject after it and then the yearly adverb
    ("24 millioner afsætter regionen årligt til …"): the adverb is the amount's."""
    return (_SENTENCE_START.search(text, max(0, start - 3), start) is not None
            and _fronted_after().match(text, end, min(len(text), end + 80)) is not None)


@functools.lru_cache(maxsize=1)
def _yearly_list_link() -> re.Pattern[str]:
    links = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                     for w in re.longest_first(_money_yaml()["per_year_list_year_links"]))
    return re.compile(rf"\s+(?:{links})\s+(?:19|20)\d\d\s*,?\s+(?:og|samt)\s+", re.IGNORECASE)


def _yearly_lists(found: list[Amount], text: str) -> list[Amount]:
    """The next amount of a list whose items a year tells apart takes the yearly reading of the one before
    ("en årlig besparelse på 344 mio. kr. i 2022 og 371 mio. kr. fra 2023 og frem")."""
    out: list[Amount] = []
    for amount in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.per_year and not amount.per_year
                and _yearly_list_link().fullmatch(text, prev.end, amount.start)):
            amount = amount.model_copy(update={"per_year": True})
        out.append(amount)
    return out


@functools.lru_cache(maxsize=1)
def _yearly_cue() -> re.Pattern[str]:
    """A phrase that says "per year" in a heading or a column header ("Beløb pr. år", "Årlig udgift")."""
    data = da.load()
    words = re.longest_first({*data.per_year_after, *data.per_year_before_words})
    return re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(w) for w in words)})(?![a-zæøå])", re.IGNORECASE)


_HEADING_REACH = 40  # lines above an amount searched for its table's header or its list's heading
_LIST_LINE_CHARS = 100  # a longer line is prose, not an item of a list under a heading
_CELL_SEPARATORS = ("|", "\t")
_RULE_LINE = re.compile(r"^[\s|:+\-–=]*$")


def _under_yearly_heading(text: str, start: int, end: int) -> bool:
    """The amount stands in a table column whose header says per year ("| Indsats | Beløb pr. år |" above
    "| Værested | 1,5 mio. kr. |"), or in a short list under a heading line that does ("Udgifter (kr. pr.
    år):" above "Husleje: 240.000 kr.")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    separator = next((sep for sep in _CELL_SEPARATORS if sep in line), None)
    if separator is not None:
        return _column_header_yearly(text, line_start, text[line_start:start].count(separator), separator)
    return _list_heading_yearly(text, line_start, line, end - line_start)


def _lines_above(text: str, line_start: int) -> list[str]:
    """The lines of the block above ``line_start`` (up to a blank line), nearest first."""
    block = text[max(0, line_start - 80 * _HEADING_REACH) : line_start].split("\n")[:-1]
    lines: list[str] = []
    for line in reversed(block[-_HEADING_REACH:]):
        if not line.strip():
            break
        lines.append(line)
    return lines


def _column_header_yearly(text: str, line_start: int, column: int, separator: str) -> bool:
    """The first row above without a figure in the amount's column is the header: does its cell say per year?"""
    for line in _lines_above(text, line_start):
        if separator not in line or _RULE_LINE.match(line):
            continue  # a rule under the header ("|---|---|")
        cells = line.split(separator)
        cell = cells[column] if column < len(cells) else ""
        if any(ch.isdigit() for ch in cell):
            continue  # a row of figures
        return bool(_yearly_cue().search(cell))
    return False


def _list_heading_yearly(text: str, line_start: int, line: str, end_in_line: int) -> bool:
    """The heading above a short list or a table whose columns lost their separators says per year: a line
    ending in ":" ("Udgifter (kr. pr. år):"), or one ending in the yearly phrase over the last column when the
    amount ends its row ("Aktivitet  Mio. kr. pr. år" above "Bostøtte  2,0 mio. kr.")."""
    if len(line) > _LIST_LINE_CHARS:
        return False
    row_end = not line[end_in_line:].strip(" .")
    for above in _lines_above(text, line_start):
        if len(above) > _LIST_LINE_CHARS:
            return False
        if above.rstrip().endswith(":"):
            return bool(_yearly_cue().search(above))
        if any(ch.isdigit() for ch in above):
            continue  # a row of figures
        cue = _yearly_cue_at_end().search(above.rstrip())
        return row_end and cue is not None
    return False


@functools.lru_cache(maxsize=1)
def _yearly_cue_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?:{_yearly_cue().pattern})\)?$", re.IGNORECASE)


# A currency or scale word right before "årligt" (the adverb then closes an earlier amount).
_BEFORE_ADVERB = re.compile(r"(?:kr\.?|kroner|mio\.?|mia\.?|millioner|milliarder|,-)\s*$", re.IGNORECASE)


def _build(text: str, raw: str, match: re.Match[str]) -> Amount | None:
    q1, q2 = match.group("q1"), match.group("q2")
    if _is_word_quantity(q1) and not match.group("scale"):
        return None
    if match.groupdict().get("cur") and not match.group("scale") and _YEAR_BEFORE_AMOUNT.match(q1 or "") \
            and (_NUMBER_AFTER.match(text, match.end()) or _year_after_preposition(text, match)):
        return None  # "i 2020 kr. 495.000", "i 2011 kr. mill.": the year is not the amount
    rng = match.groupdict().get("rng") or ""
    if q2 and rng.strip() == "og" and not match.groupdict().get("between"):
        return None
    low = _quantity(q1)
    if low is None:
        return None
    factor = _multiplier(match)
    sign = -1 if match.group("neg") else 1
    start = match.start("between") if match.groupdict().get("between") else match.start()
    if match.group("neg"):
        start = min(start, match.start("neg"))
    end = match.end()
    per_year = _per_year(text, start, end)
    if q2:
        high = _quantity(q2)
        if high is None:
            return None
        low_factor = factor if low * factor <= high * factor and low < 1000 else 1
        if low * low_factor > high * factor:
            return None
        return Amount(
            start=start,
            end=end,
            text=raw[start:end],
            low=as_int_if_whole(sign * low * low_factor),
            high=as_int_if_whole(sign * high * factor),
            per_year=per_year,
        )
    return Amount(
        start=start,
        end=end,
        text=raw[start:end],
        value=as_int_if_whole(sign * low * factor),
        per_year=per_year,
    )


def _scale_only_ok(match: re.Match[str]) -> bool:
    after = match.group("after").strip().lower().strip(".,;:!?)(\"'")
    if not after:
        return True
    data = da.load()
    if after in data.counted_nouns or after in data.foreign_currencies:
        return False
    if after == "af" and _counts_a_group(match.group("more")):
        return False  # "75 millioner af verdens børn"
    if len(after) >= 7 and after.isalpha() and after.endswith(data.counted_noun_endings):
        return False  # "to millioner pensionister"
    # a compound whose head is a counted noun ("150 millioner gadebørn", "2 mio. lejerhusstande")
    return not any(len(noun) >= 4 and after.endswith(noun) for noun in data.counted_nouns)


def _counts_a_group(words: str) -> bool:
    """The words after "millioner af" name a counted group ("verdens børn", "de ældre borgere")."""
    nouns = da.load().counted_nouns
    return any(w.strip(".,;:!?)(\"'").lower() in nouns for w in words.split())


def _unit_statement(text: str, amount: Amount) -> bool:
    """"1.000 kr." stating the unit of a table or report ("Beløb i 1.000 kr."), not an amount."""
    if amount.value != 1000:
        return False
    before = text[max(0, amount.start - 16):amount.start].lower().rstrip()
    return before.endswith(da.load().unit_statement_before)


_YEAR_BEFORE_AMOUNT = re.compile(r"(?:19|20)\d\d$")
_NUMBER_AFTER = re.compile(r"\s?\d")


class _Intervals:
    """Non-overlapping character intervals, kept sorted for logarithmic overlap checks."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            return False
        return not (i < len(self.starts) and self.starts[i] < end)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _matches(pattern: Prefiltered, text: str, starts: list[int]):
    """``finditer``, but a rejected ``2 og 3`` pair is searched again from its second number.
    ``starts`` are the places where ``pattern`` can begin (its ``starts`` in ``text``, in order):
    each search tries those at or after its position."""
    pos = 0
    attempt = pattern.regex.match
    count = len(starts)
    while True:
        match = None
        i = bisect.bisect_left(starts, pos)
        while i < count:
            match = attempt(text, starts[i])
            if match is not None:
                break
            i += 1
        if match is None:
            return
        rng = match.groupdict().get("rng") or ""
        if match.group("q2") and (
            rng.strip() == "og" and not match.groupdict().get("between") or _date_year(text, match)
            or _year_after_preposition(text, match)
            or rng.strip() == "til" and _changed_from(text, match)
        ):
            pos = match.start("q2")
            continue
        yield match
        pos = max(match.end(), pos + 1)


@functools.lru_cache(maxsize=1)
def _month_before() -> re.Pattern[str]:
    months = "|".join(re.escape(w) for w in re.longest_first(da.load().month_by_word))
    return re.compile(rf"(?<![a-zæøå])(?:{months})\.?\s*$", re.IGNORECASE)


_CHANGE_SCAN = 80  # characters of the sentence before "fra" searched for a verb of change


@functools.lru_cache(maxsize=1)
def _change_before() -> re.Pattern[str]:
    stems = "|".join(re.escape(w) for w in re.longest_first(_money_yaml()["change_verb_stems"]))
    return re.compile(rf"(?<![\w-])(?:{stems})[^.!?\n]*$", re.IGNORECASE)


def _changed_from(text: str, match: re.Match[str]) -> bool:
    """The numbers of "fra X til Y" are an old and a new amount: a verb of change comes before
    "fra" in the sentence ("Fonden udvider puljen fra 60 til 90 mio. kr.")."""
    start = match.start()
    if text[start:start + 4].casefold() != "fra ":
        return False
    return _change_before().search(text, max(0, start - _CHANGE_SCAN), start) is not None


def _date_year(text: str, match: re.Match[str]) -> bool:
    """The first number of a range is the year of a date before it ("fra 1. juli 2023 til 1.500 kr.")."""
    q1 = match.group("q1")
    start = match.start("q1")
    return _YEAR_BEFORE_AMOUNT.fullmatch(q1) is not None and _month_before().search(text, max(0, start - 16), start) is not None


@functools.lru_cache(maxsize=1)
def _year_preposition_before() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in re.longest_first(_money_yaml()["year_prepositions"]))
    return re.compile(rf"(?<![\wæøå])(?:{words})\s+$", re.IGNORECASE)


def _year_after_preposition(text: str, match: re.Match[str]) -> bool:
    """The first number is a year after a preposition of time ("… mio. kr. i 2003 til 687 mio. kr.",
    "i 2011 kr. mill."): a time, not the (first) number of an amount."""
    q1 = match.group("q1")
    if q1 is None or _YEAR_BEFORE_AMOUNT.fullmatch(q1) is None or match.group("neg"):
        return False
    if match.groupdict().get("between"):
        return False
    start = match.start("q1")
    return _year_preposition_before().search(text, max(0, start - 8), start) is not None


def find_amounts(text: str, raw: str | None = None) -> list[Amount]:
    """All money amounts in ``text`` (normalised); ``raw`` is the original for quoting.

    >>> [a.value for a in find_amounts("et tilskud på 8,1 mio. kr. årligt")]
    [8100000]
    >>> a = find_amounts("mellem 2 og 3 mio. kr.")[0]; (a.low, a.high)
    (2000000, 3000000)
    """
    raw = text if raw is None else raw
    p = _patterns()
    taken = _Intervals()
    found: list[Amount] = []

    money = ",-" in text or p.money_gate.search(text) is not None
    scaled = p.scale_gate.search(text) is not None
    places: dict[int, list[int]] = {}  # the starts of number_first and scale_only are one pattern: scanned once
    for pattern, check, can_match in (
        (p.number_first, None, money),
        (p.currency_first, None, money),
        (p.scale_only, _scale_only_ok, scaled),
    ):
        if not can_match:
            continue  # no currency (scale word) in the text: the pattern finds nothing
        starts = places.get(id(pattern.starts))
        if starts is None:
            starts = places[id(pattern.starts)] = [m.start() for m in pattern.starts.finditer(text)]
        for match in _matches(pattern, text, starts):
            if check is not None and not check(match) or _vague_count(text, match):
                continue
            amount = _build(text, raw, match)
            if amount is None or not taken.free(amount.start, amount.end) or _unit_statement(text, amount):
                continue
            taken.add(amount.start, amount.end)
            found.append(amount)
    found.extend(_bare_sums(text, raw, taken))
    found.sort(key=lambda a: a.start)
    return _shared_unit_lists(text, raw, _yearly_lists(_joined_ranges(text, raw, found), text), taken)


@functools.lru_cache(maxsize=1)
def _vague_before() -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _money_yaml()["vague_quantifiers"])
    return re.compile(rf"(?<![\w-])(?:{words})\s+$", re.IGNORECASE)


def _vague_count(text: str, match: re.Match[str]) -> bool:
    """A number word counted by a vague quantifier ("flere hundrede millioner kroner", "nogle hundrede tusinde
    kroner"): several hundreds, no sum to record."""
    q1 = match.group("q1")
    if not q1 or q1[0].isdigit():
        return False
    return _vague_before().search(text, max(0, match.start() - 20), match.start()) is not None


@functools.lru_cache(maxsize=1)
def _bare_sum_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    money = _money_yaml()
    nouns = _alternation(money["bare_sum_nouns"])
    links = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in re.longest_first(money["bare_sum_links"]))
    follow = "|".join(re.escape(w) for w in re.longest_first(money["bare_sum_followers"]))
    # the figure in groups of thousands (a kroner sum, not a count or a year), closing the clause or followed by a
    # small word of the sentence
    return (re.compile(rf"(?<![\wæøå-])[\wæøå]*(?:{nouns})\s+(?:{links})\s+(?P<q>\d{{1,3}}(?:\.\d{{3}})+)"
                       rf"(?=\.?\s*$|[.,;:)]?\s*\n|[.,;:)](?:\s|$)|\s+(?:{follow})\s)", re.IGNORECASE | re.MULTILINE),
            re.compile(money["thousand_unit_regex"]),
            # where every match's link word stands: after a space, before the first group of the figure; a match
            # is tried only at the word before one (most texts have none), not a compound noun at every word
            re.compile(rf"(?<!\S)(?=(?:{links})\s+\d{{1,3}}\.\d{{3}})", re.IGNORECASE))


_SPACE = re.compile(r"\s")  # the classes of the bare-sum pattern, one character
_NOUN_CHAR = re.compile(r"[\wæøå]", re.IGNORECASE)
_GROUPED_FIGURE = re.compile(r"\d\.\d{3}")  # what every match of the bare-sum links holds


def _bare_sum_matches(text: str, pattern: re.Pattern[str], links: re.Pattern[str]):
    """What ``pattern.finditer(text)`` gives: a match begins at the word before the spaces before a link word
    (the noun, whole: no word character or hyphen before it), so only those places are tried."""
    if _GROUPED_FIGURE.search(text) is None:
        return  # every link word stands before a figure with a thousands dot: none in the text, no scan
    end = 0
    for link in links.finditer(text):
        start = link.start()
        while start > 0 and _SPACE.match(text, start - 1):
            start -= 1
        word_end = start
        while start > 0 and _NOUN_CHAR.match(text, start - 1):
            start -= 1
        if start == word_end or start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            yield m
            end = m.end()


def _bare_sums(text: str, raw: str, taken: _Intervals) -> list[Amount]:
    """A sum its money noun names, written without a currency ("den samlede ramme på 8.127.800 til …"); not in a
    text that gives its figures in thousands or millions of kroner."""
    pattern, thousands, links = _bare_sum_patterns()
    found = []
    for m in _bare_sum_matches(text, pattern, links):
        start, end = m.start("q"), m.end("q")
        if not taken.free(start, end):
            continue
        if thousands.search(text) is not None:
            return []
        taken.add(start, end)
        found.append(Amount(start=start, end=end, text=raw[start:end], value=as_int_if_whole(parse_number(m.group("q"))),
                            per_year=_per_year(text, start, end)))
    return found


# Bare numbers listed before an amount that share its unit: "henholdsvis 79, 23, 13 og 18 mio. kr.",
# "tilskud på 2 og 3 mio. kr." (without "mellem", which makes a range). List commas have a space after
# them; a decimal comma has none.
_LIST_MEMBER = r"\d{1,3}(?:\.\d{3})*(?:,\d+)?"
# the words that close a list of figures sharing the last one's unit ("2, 3 og 5 mio. kr.", "500.000 eller
# 1.000.000 kroner")
_LIST_LINKS = "|".join(re.escape(w) for w in _money_yaml()["shared_unit_list_links"])
_LIST_BEFORE = re.compile(rf"(?<![\w.,§/-])(?P<members>{_LIST_MEMBER}(?:,\s+{_LIST_MEMBER})*)\s+(?:{_LIST_LINKS})\s+$")
_LEADING_NUMBER = re.compile(_LIST_MEMBER)


@functools.lru_cache(maxsize=1)
def _word_list_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The same list written in number words ("henholdsvis syv og seks millioner kroner"): the words of
    two or more (not the articles "en"/"et", which count one only before a scale word)."""
    words = [w for w, v in da.load().number_words.items() if v >= 2 and " " not in w]
    member = "(?:" + "|".join(re.escape(w) for w in re.longest_first(words)) + ")"
    return (re.compile(rf"(?<![\w.,§/-])(?P<members>{member}(?:,\s+{member})*)\s+(?:{_LIST_LINKS})\s+$", re.IGNORECASE),
            re.compile(rf"{member}(?![\wæøå])", re.IGNORECASE))
_LIST_REACH = 80
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def _shared_unit_lists(text: str, raw: str, found: list[Amount], taken: _Intervals) -> list[Amount]:
    blockers = {w.casefold() for w in _money_yaml().get("shared_unit_list_blockers", ())}
    extra: list[Amount] = []
    for amount in found:
        if amount.value is None or amount.value < 0:
            continue
        word_list, word_member = _word_list_patterns()
        lead = _LEADING_NUMBER.match(text, amount.start) or word_member.match(text, amount.start)
        if lead is None:
            continue
        own = _quantity(lead.group())
        if not own:
            continue
        factor = amount.value / own
        window_start = max(0, amount.start - _LIST_REACH)
        in_words = not lead.group()[:1].isdigit()
        m = (word_list if in_words else _LIST_BEFORE).search(text, window_start, amount.start)
        if m is None:
            continue
        members = [(x.start(), x.end()) for x in (word_member if in_words else re.compile(_LIST_MEMBER)).finditer(m.group("members"))]
        values = []
        for s, e in members:
            token = m.group("members")[s:e]
            if _YEAR_LIKE.fullmatch(token):
                values = []
                break  # "i 2016 og 10 mio. kr.": a year, not an amount
            number = _quantity(token)
            if number is None:
                values = []
                break
            values.append((m.start("members") + s, m.start("members") + e, number))
        if not values:
            continue
        word_before = re.findall(r"\S+", text[max(0, m.start() - 20):m.start()])
        if word_before and word_before[-1].casefold().strip("(") in blockers:
            continue
        if not all(taken.free(s, e) for s, e, _ in values):
            continue
        for s, e, number in values:
            extra.append(Amount(start=s, end=e, text=raw[s:e], value=as_int_if_whole(number * factor),
                                per_year=amount.per_year))
    if not extra:
        return found
    return sorted(found + extra, key=lambda a: a.start)


_RANGE_DASH = re.compile(r"\s?[-–]\s?")
# "fra 1,5 mio. kr. til 25,3 mio. kr.", "mellem 56,6 mio. kr. og 82,0 mio. kr.": two whole amounts as the ends
# of a range (the opening word is part of the first amount)
_RANGE_WORDS = {"fra": re.compile(r"\s+til\s+"), "mellem": re.compile(r"\s+og\s+")}


def _word_range(text: str, prev: Amount, amount: Amount) -> bool:
    opener = text[prev.start:prev.start + 7].split(maxsplit=1)[0].casefold() if text[prev.start:prev.start + 7] else ""
    link = _RANGE_WORDS.get(opener)
    if link is None or not link.fullmatch(text, prev.end, amount.start):
        return False
    # "Udgiften steg fra 2 mio. kr. til 3 mio. kr.": an old and a new amount
    return opener != "fra" or _change_before().search(text, max(0, prev.start - _CHANGE_SCAN), prev.start) is None


def _joined_ranges(text: str, raw: str, found: list[Amount]) -> list[Amount]:
    """Two amounts joined by a dash are one range: "301 kr. – 470 kr."."""
    joined: list[Amount] = []
    for amount in found:
        prev = joined[-1] if joined else None
        if (prev is not None and prev.value is not None and amount.value is not None
                and prev.value < amount.value and (amount.per_year or not prev.per_year)
                and (_RANGE_DASH.fullmatch(text, prev.end, amount.start) or _word_range(text, prev, amount))):
            joined[-1] = Amount(text=raw[prev.start:amount.end], start=prev.start, end=amount.end,
                                low=prev.value, high=amount.value, per_year=amount.per_year)
            continue
        joined.append(amount)
    return joined
