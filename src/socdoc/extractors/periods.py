"""Periods: spans of time with a start and an end.

Recognised: year ranges (``2013-2015``, ``2019-26``, ``i perioden 2019-2022``, ``fra 2019 til
2022``), two consecutive years (``i 2024 og 2025``), date ranges (``3. februar 2023 til 28. april
2023``, ``18.-19. april 2024``), a start and a duration (``fra 1. september og fire år frem``),
ranges of months, quarters or half years (``februar – november 2023``, ``1. kvartal 2021 - 1.
kvartal 2022``), and a multi-year project with its last or first year (``et treårigt projekt, der afsluttes i
2016``). Year-only bounds become 1 January / 31 December, month bounds the month's first / last day. Single years, open ends (``frem til
2030``), ages and codes such as ``09-13`` are not periods.
"""

from __future__ import annotations

import datetime as dt
import functools
from socdoc import lazy_re as re
from dataclasses import dataclass
from typing import Any, Iterator, Optional

from socdoc.extractors.dates import DateCandidate, ahead_year, year_context
from socdoc.extractors.entities import Prefiltered, prefix_starts
from socdoc.lang import da
from socdoc.records import Period

MAX_SPAN_YEARS = 40


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    first: dt.date
    last: dt.date


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    data = da.load()
    counts = "|".join(re.longest_first(data.year_counts))
    adjectives = "|".join(re.longest_first(data.multi_year_adjectives))
    end_verbs = "|".join(re.escape(v) for v in data.end_verbs)
    start_verbs = "|".join(re.escape(v) for v in data.start_verbs)
    forward = "|".join(data.forward_words)
    month_units = _phrases(_yaml_list("month_count_units"))
    months = _month_words()
    parts = "|".join(re.escape(w) for w in (*data.quarter_words, *data.half_year_words))
    year = r"(?:19|20)\d{2}"
    two_year_preps = "|".join(re.escape(w) for w in data.two_year_prepositions)
    # where a multi-year adjective ("treårig", "3-årig") can begin
    adjective_starts = prefix_starts(data.multi_year_adjectives, extra_class=r"\d", not_after=r"[\w]", ignore_case=True)
    # every multi-year adjective and "3-årig" hold "årig": without it, "project" and "period_from" find nothing
    multi_year_gate = (re.compile("(?i:årig)") if all("årig" in a for a in data.multi_year_adjectives)
                       else re.compile(""))
    return {
        "multi_year_gate": multi_year_gate,
        "year_range": Prefiltered(
            re.compile(
                rf"(?<![\w.,/\-])(?:(?:i\s+)?(?:perioden|årene)\s+|fra\s+)?(?P<y1>{year})"
                rf"(?:\s?-\s?'?|\s+til\s+(?:og\s+med\s+)?)(?P<y2>{year}|\d{{2}})(?!\w|[.,/:]\d|-\d)",
                re.IGNORECASE,
            ),
            prefix_starts(["i", "perioden", "årene", "fra"], extra_class="12", not_after=r"[\w.,/\-]", ignore_case=True),
        ),
        # "mellem 2021 og 2025": two years as the ends of one span
        "between_years": Prefiltered(
            re.compile(rf"(?<![\w])(?i:{_phrases(_yaml_list('span_between_words'))})\s+(?P<y1>{year})\s+og\s+(?P<y2>{year})"
                       rf"(?!\w|[.,]\d)"),
            prefix_starts(_yaml_list("span_between_words"), not_after=r"[\w]", ignore_case=True),
        ),
        "two_years": Prefiltered(
            # a sentence may open with the preposition ("I 2015 og 2016 vil rammen …")
            re.compile(rf"(?<![\w.,])(?:{two_year_preps}|I(?=\s+{year}))\s+(?P<y1>{year})-?\s+og\s+(?P<y2>{year})(?!\w|[.,]\d|\s+og\b|,\s*\d)"),
            prefix_starts([*data.two_year_prepositions, "I"], not_after=r"[\w.,]"),
        ),
        "duration": re.compile(
            rf"^(?:\s+og)?(?:\s+\w+){{0,2}}\s+(?P<n>{counts}|\d{{1,2}})\s+(?:år|(?P<months>{month_units}))\s+"
            rf"(?:{forward})\b",
            re.IGNORECASE,
        ),
        "project": Prefiltered(
            re.compile(
                rf"(?<![\w])(?P<adj>{adjectives}|(?P<num>\d{{1,2}})-årig)[et]?\s+(?:[\w\-]+\s+){{0,2}}?[\w\-]+,?\s+"
                rf"(?:der|som)\s+(?:(?P<endv>{end_verbs})|(?P<startv>{start_verbs}))\s+"
                rf"(?:i|med udgangen af|ved udgangen af|i løbet af)\s+(?P<y>{year})(?![\d])",
                re.IGNORECASE,
            ),
            adjective_starts,
        ),
        "period_from": Prefiltered(
            re.compile(
                rf"(?<![\w])(?P<adj>{adjectives}|(?P<num>\d{{1,2}})-årig)e?\s+(?:periode|forløb|projektperiode)\s+"
                # not when the sentence gives the end itself ("en femårig periode fra 2021 til 2026": a year range)
                rf"(?:fra|med start i|startende i)\s+(?P<y>{year})(?![\d\-]|\s*(?:-|–|til)\s*(?:og\s+med\s+)?{year}(?!\d))",
                re.IGNORECASE,
            ),
            adjective_starts,
        ),
        # "februar – november 2023", "fra august 2019 til juni 2020" (no day before the first month)
        "month_range": Prefiltered(
            re.compile(
                rf"(?<![\w.])(?<!\d\.\s)(?:(?:i\s+)?perioden\s+(?:fra\s+)?|fra\s+)?(?P<m1>{months})(?![\wæøå])(?:\s+(?P<y1>{year}))?"
                rf"\s*(?:-|–|til\s+og\s+med|til)\s*(?P<m2>{months})(?![\wæøå])\s+(?P<y2>{year})(?![\d])",
                re.IGNORECASE,
            ),
            prefix_starts(["i", "perioden", "fra", *data.month_by_word], not_after=r"[\w.]", ignore_case=True),
        ),
        # "fra sommeren 2020 til 2024", "efteråret 2014 til udgangen af 2017", "fra august 2019 til 2021":
        # a year range with a part of a year (or a month) on one or both bounds
        "part_year_range": Prefiltered(
            re.compile(
                rf"(?<![\w.])(?<!\d\.\s)(?:(?:i\s+)?perioden\s+(?:fra\s+)?|fra\s+|i\s+)?"
                rf"(?:(?P<p1>{_phrases(_yaml_list('year_part_words'))})\s+|(?P<m1>{months})\s+)?(?P<y1>{year})"
                rf"\s*(?:-|–|til\s+og\s+med|til)\s*"
                rf"(?:(?P<p2>{_phrases(_yaml_list('year_part_words'))})\s+|(?P<m2>{months})\s+)?(?P<y2>{year})(?![\d]|[.,]\d)",
                re.IGNORECASE,
            ),
            prefix_starts(["i", "perioden", "fra", *data.month_by_word, *_yaml_list("year_part_words")],
                          not_after=r"[\w.]", ignore_case=True),
        ),
        # "1. kvartal 2021 - 1. kvartal 2022", "2. halvår 2019 til 1. halvår 2021"
        "part_range": Prefiltered(
            re.compile(
                rf"(?<![\w.])(?P<n1>[1-4])\.\s*(?P<u1>{parts})\s+(?P<y1>{year})\s*(?:-|–|til\s+og\s+med|til)\s*"
                rf"(?P<n2>[1-4])\.\s*(?P<u2>{parts})\s+(?P<y2>{year})(?![\d])",
                re.IGNORECASE,
            ),
            re.compile(r"[1-4](?<![\w.][1-4])(?=\.\s*(?:" + parts + r"))", re.IGNORECASE),
        ),
        # "over fire år fra 2022", "i tre år fra 2021"
        "years_from": Prefiltered(
            re.compile(
                rf"(?<![\w])(?:{_phrases(_yaml_list('duration_before_count'))})\s+(?P<n>{counts}|\d{{1,2}})\s+år\s+"
                rf"(?:{_phrases(_yaml_list('duration_year_links'))})\s+(?P<y>{year})(?![\d]|[.,/\-–]\s?\d)",
                re.IGNORECASE,
            ),
            prefix_starts(_yaml_list("duration_before_count"), not_after=r"[\w]", ignore_case=True),
        ),
        # "fra 2022 og fire år frem"
        "year_forward": Prefiltered(
            re.compile(
                rf"(?<![\w.,])fra\s+(?P<y>{year})\s+og\s+(?P<n>{counts}|\d{{1,2}})\s+år\s+(?:{forward})\b",
                re.IGNORECASE,
            ),
            prefix_starts(["fra"], not_after=r"[\w.,]", ignore_case=True),
        ),
        # the first date's clock time may stand before the link ("fra den 5. maj 2016, kl. 12.00 til den 12. maj 2016")
        "date_link": re.compile(r"^\s*(?:,?\s*kl\.?\s*\d{1,2}(?:[.:]?\d{2})?\s*)?(?:-|til og med|til|(?:og\s+)?frem til)\s*$",
                                re.IGNORECASE),
        "date_from": re.compile(r"(?:fra|fra og med|i perioden|perioden)\s*$", re.IGNORECASE),
    }


def _month_words() -> str:
    """The month names and abbreviations as one alternation, longest first."""
    return "|".join(re.escape(w) for w in re.longest_first(da.load().month_by_word))


def _month_end(year: int, month: int) -> dt.date:
    return (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))


def _month_ranges(text: str) -> Iterator[_Found]:
    """Periods bounded by months, quarters or halves of a year."""
    p = _patterns()
    by_word = da.load().month_by_word
    for m in p["month_range"].finditer(text):
        m1, m2, y2 = by_word[m.group("m1").lower()], by_word[m.group("m2").lower()], int(m.group("y2"))
        y1 = int(m.group("y1")) if m.group("y1") else (y2 if m1 <= m2 else y2 - 1)
        next_month = (y1 * 12 + m1 + 1) == (y2 * 12 + m2)
        if next_month and m.group(0)[:3].lower() == "fra" and _is_change(text, m.start()):
            continue  # "steg med 1.500 fra november til december 2009": two months compared
        if 0 <= y2 - y1 <= MAX_SPAN_YEARS and (y1, m1) < (y2, m2):
            yield _Found(m.start(), m.end(), dt.date(y1, m1, 1), _month_end(y2, m2))
    for m in p["part_year_range"].finditer(text):
        if not (m.group("p1") or m.group("p2")) and not (m.group("m1") or m.group("m2")):
            continue  # a plain year range: _year_ranges
        if m.group("m1") and m.group("m2"):
            continue  # both bounds months: "month_range"
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        first = dt.date(y1, by_word[m.group("m1").lower()], 1) if m.group("m1") else dt.date(y1, 1, 1)
        last = _month_end(y2, by_word[m.group("m2").lower()]) if m.group("m2") else dt.date(y2, 12, 31)
        if 0 < y2 - y1 <= MAX_SPAN_YEARS and not _is_age_or_code(text, m.end()) \
                and not _is_transfer(text, m.start()):
            yield _Found(m.start(), m.end(), first, last)
    for m in p["part_range"].finditer(text):
        months1, months2 = _part_months(m.group("u1")), _part_months(m.group("u2"))
        n1, n2, y1, y2 = int(m.group("n1")), int(m.group("n2")), int(m.group("y1")), int(m.group("y2"))
        if months1 != months2 or n1 > 12 // months1 or n2 > 12 // months2 or not (y1, n1) < (y2, n2):
            continue
        if y2 - y1 <= MAX_SPAN_YEARS:
            yield _Found(m.start(), m.end(), dt.date(y1, (n1 - 1) * months1 + 1, 1), _month_end(y2, n2 * months2))


def _part_months(unit: str) -> int:
    """Months in a quarter (3) or a half year (6)."""
    return 3 if unit.lower() in da.load().quarter_words else 6


def _year_bounds(y1: int, y2: int) -> Optional[tuple[dt.date, dt.date]]:
    if not 0 < y2 - y1 <= MAX_SPAN_YEARS:
        return None
    return dt.date(y1, 1, 1), dt.date(y2, 12, 31)


def _end_year(y1: int, y2_text: str) -> int:
    if len(y2_text) == 4:
        return int(y2_text)
    return (y1 // 100) * 100 + int(y2_text)


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _year_ranges(text: str) -> Iterator[_Found]:
    p = _patterns()
    for m in p["year_range"].finditer(text):
        y1 = int(m.group("y1"))
        if len(m.group("y2")) == 2 and "til" in m.group(0).lower():
            continue  # "faldet fra 48 i 2021 til 31 i 2022": a short end year only after a dash
        bounds = _year_bounds(y1, _end_year(y1, m.group("y2")))
        carry = m.group(0)[:3].lower() == "fra" and bounds is not None and bounds[1].year == y1 + 1
        if carry and _is_change(text, m.start()):
            continue  # "steg udgifterne fra 2022 til 2023": two years compared
        if bounds and not _is_age_or_code(text, m.end()) and not _is_transfer(text, m.start(), carry):
            yield _Found(m.start(), m.end(), *bounds)
    for m in p["two_years"].finditer(text):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y2 == y1 + 1 and not _AS_AT.match(text, m.end()):
            yield _Found(m.start("y1"), m.end(), dt.date(y1, 1, 1), dt.date(y2, 12, 31))
    for m in p["between_years"].finditer(text):
        bounds = _year_bounds(int(m.group("y1")), int(m.group("y2")))
        if bounds is not None and not _compared(text, m.start()) and not _is_change(text, m.start()):
            yield _Found(m.start("y1"), m.end(), *bounds)


def _compared(text: str, start: int) -> bool:
    """A comparison noun just before "mellem" ("forskellen mellem 2020 og 2021"): two years compared."""
    words = re.findall(r"[\wæøå]+", text[max(0, start - 30):start].lower())[-2:]
    return any(w in _yaml_list("comparison_words") for w in words)


# "oversigt over visitationer for 2021 og 2022 pr. marts 2022": figures of two years compared at a
# status date, not one period
_AS_AT = re.compile(r"\s+pr\.\s")


def _is_transfer(text: str, start: int, carry: bool = False) -> bool:
    """Money moved between two years ("Overførsel af driftsbevillinger fra 2013 til 2014", "Budgetoverførsler fra
    2012 til 2013"); with ``carry`` (the range is "fra <year> til <the next year>") also what is carried over
    ("driftsoverskud fra 2009 til 2010")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = " " + " ".join(re.findall(r"[\wæøå]+", text[max(line_start, start - 60) : start].lower())) + " "
    # whole words: "overførsel af" moves money, "overførselsindkomster" does not
    if any(f" {word} " in before for word in da.load().transfer_words):
        return True
    # a compound ending in such a word ("budgetoverførsler", "driftsoverskud")
    words = _yaml_list("transfer_endings") + (_yaml_list("carry_words") if carry else [])
    return any(w.endswith(tuple(words)) for w in before.split())


_CLAUSE_END = re.compile(r"[.!?;:](?=\s)|\n")  # not the dot of "1.500"


def _is_change(text: str, start: int) -> bool:
    """A verb of change stands in the clause before "fra …" ("steg udgifterne fra 2022 til 2023")."""
    before = text[max(0, start - 80) : start]
    ends = list(_CLAUSE_END.finditer(before))
    clause = before[ends[-1].end():] if ends else before
    words = re.findall(r"[a-zæøå]+", clause.lower())
    if words and words[-1] in _yaml_list("period_nouns"):
        return False  # "steg i perioden fra 2019 til 2020" names a period
    changes = frozenset(_yaml_list("change_words"))
    return any(w in changes for w in words)


def _is_age_or_code(text: str, end: int) -> bool:
    """Ages ("15-25 år") and amounts ("20-30 kr.") end in a unit; "kr." before a figure ("budget 2021-2024
    kr. 300.000") is the currency of the amount that follows, not the unit of the range."""
    return bool(re.match(r"\s*(?:år\b|årige\b|-årige\b|kr\b(?!\.?\s*\d)|mio\b)", text[end : end + 10]))


def _phrases(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in re.longest_first(words)) or "(?!)"


@functools.lru_cache(maxsize=32)
def _yaml_list(key: str) -> list[str]:
    from socdoc.lang.da import read_yaml

    data = read_yaml("periods.yaml")
    return [str(w) for w in data.get(key) or ()]


_MAX_COUNTED_YEARS = 10


def _years_counted(text: str) -> Iterator[_Found]:
    """A count of years from a start year: "over fire år fra 2022" and "fra 2022 og fire år frem" (2022-2025)."""
    data = da.load()
    p = _patterns()
    for name in ("years_from", "year_forward"):
        for m in p[name].finditer(text):
            word = m.group("n").lower()
            n = int(word) if word.isdigit() else data.year_counts.get(word)
            if not n or n > _MAX_COUNTED_YEARS:
                continue  # "har boet der i 39 år fra 1980" tells a life, not a period of a plan
            year = int(m.group("y"))
            yield _Found(m.start(), m.end(),
                         dt.date(year, 1, 1), dt.date(year + n - 1, 12, 31))


def _projects(text: str) -> Iterator[_Found]:
    data = da.load()
    p = _patterns()
    if p["multi_year_gate"].search(text) is None:
        return
    for m in p["project"].finditer(text):
        n = int(m.group("num")) if m.group("num") else data.multi_year_adjectives[m.group("adj").lower()]
        year = int(m.group("y"))
        first, last = (year - n + 1, year) if m.group("endv") else (year, year + n - 1)
        if n >= 1:
            yield _Found(m.start(), m.end(), dt.date(first, 1, 1), dt.date(last, 12, 31))
    for m in p["period_from"].finditer(text):
        n = int(m.group("num")) if m.group("num") else data.multi_year_adjectives[m.group("adj").lower()]
        year = int(m.group("y"))
        yield _Found(m.start(), m.end(), dt.date(year, 1, 1), dt.date(year + n - 1, 12, 31))


def _date_of(cand: DateCandidate, text: str, published: Optional[dt.date]) -> Optional[dt.date]:
    year = cand.year if cand.year is not None else ahead_year(
        text, cand, year_context(text, cand.start, published, cand.month), published)
    if year is None:
        return None
    try:
        return dt.date(year, cand.month, cand.day)
    except ValueError:
        return None


def _date_ranges(
    text: str, candidates: list[tuple[DateCandidate, Optional[int]]], published: Optional[dt.date]
) -> Iterator[_Found]:
    p = _patterns()
    data = da.load()
    for i, (cand, first_day) in enumerate(candidates):
        day = _date_of(cand, text, published)
        if day is None:
            continue
        if first_day is not None and first_day < cand.day:
            if cand.day - first_day > 1 and _DAYS_LISTED.search(text, cand.start, cand.end) \
                    and not _between(text, cand.start):
                continue  # "den 10. og 19. oktober": two days, no span ("den 10. og 11. oktober", "mellem 14. og 21. august" are)
            yield _Found(cand.start, cand.end, day.replace(day=first_day), day)
            continue
        if i + 1 < len(candidates) and not _in_chain(text, candidates, i):
            nxt = candidates[i + 1][0]
            if joins_range(text, cand, nxt):
                # a missing year on the first date comes from the second ("1. maj til 30. juni 2021")
                if cand.year is None and nxt.year is not None:
                    day = _date_of(DateCandidate(cand.start, cand.end, cand.day, cand.month, nxt.year), text, None)
                # and a missing year on the second from the first ("1. januar 2010 til 31. december")
                last = _date_of(nxt, text, published) if nxt.year is not None or day is None else end_after(day, nxt)
                if day and last and day < last and (last - day).days <= MAX_SPAN_YEARS * 366:
                    start = _with_from(text, cand.start)
                    yield _Found(start, nxt.end, day, last)
                    continue
        m = p["duration"].match(text[cand.end : cand.end + 60])
        if m:
            word = m.group("n").lower()
            n = int(word) if word.isdigit() else data.year_counts.get(word)
            if n:
                start = _with_from(text, cand.start)
                end_day = (_add_months(day, n) if m.group("months") else _add_years(day, n)) - dt.timedelta(days=1)
                yield _Found(start, cand.end + m.end(), day, end_day)


_DAYS_LISTED = re.compile(r"\d\.?\s?(?:og|&)\s?(?:den\s+|d\.\s*)?\d")  # two days joined by "og", not by a dash


@functools.lru_cache(maxsize=1)
def _between_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{_phrases(_yaml_list('span_between_words'))})\s+(?:den\s+)?$", re.IGNORECASE)


def _between(text: str, start: int) -> bool:
    """The days stand after "mellem": the ends of one span ("mellem 14. og 21. august")."""
    return _between_pattern().search(text, max(0, start - 20), start) is not None


def joins_range(text: str, first: DateCandidate, second: DateCandidate) -> bool:
    """The two dates are the ends of one span: joined by a range link ("1. januar 2010 til 31. december")
    or by "og" after "mellem" ("mellem 1. august og 1. maj")."""
    link = text[first.end : second.start]
    return bool(_patterns()["date_link"].match(link)) or (
        _AND_LINK.fullmatch(link) is not None and _between(text, first.start))


_AND_LINK = re.compile(r"\s+og\s+")


def end_after(first: dt.date, cand: DateCandidate) -> Optional[dt.date]:
    """The end of a span from ``first`` written without a year: in ``first``'s year, or in the next
    when the day comes earlier in the year ("mellem 1. august og 1. maj")."""
    year = first.year + ((cand.month, cand.day) < (first.month, first.day))
    try:
        return dt.date(year, cand.month, cand.day)
    except ValueError:
        return None


def _add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, _month_end(year, month).day))


def _linked(text: str, candidates: list[tuple[DateCandidate, Optional[int]]], i: int) -> bool:
    """Candidate ``i`` and the next are joined by a range link ("-", "til")."""
    return 0 <= i and i + 1 < len(candidates) and bool(
        _patterns()["date_link"].match(text[candidates[i][0].end : candidates[i + 1][0].start]))


def _in_chain(text: str, candidates: list[tuple[DateCandidate, Optional[int]]], i: int) -> bool:
    """Three or more dates joined by dashes are a calendar ("22/8 - 27/9 - 30/10"), not ranges."""
    return _linked(text, candidates, i) and (_linked(text, candidates, i - 1) or _linked(text, candidates, i + 1))


def _with_from(text: str, start: int) -> int:
    m = _patterns()["date_from"].search(text[max(0, start - 16) : start])
    return start - (len(text[max(0, start - 16) : start]) - m.start()) if m else start


def find_periods(
    text: str,
    raw: Optional[str] = None,
    candidates: Optional[list[tuple[DateCandidate, Optional[int]]]] = None,
    published: Optional[dt.date] = None,
) -> list[Period]:
    """All periods in ``text``.

    >>> [(str(p.start), str(p.end)) for p in find_periods("i perioden 2013-2015")]
    [('2013-01-01', '2015-12-31')]
    >>> [(str(p.start), str(p.end)) for p in find_periods("et treårigt projekt, der afsluttes i 2016")]
    [('2014-01-01', '2016-12-31')]
    """
    from socdoc.extractors.dates import find_candidates

    raw = text if raw is None else raw
    if candidates is None:
        candidates = find_candidates(text)
    found = sorted(
        [*_date_ranges(text, candidates, published), *_projects(text), *_year_ranges(text), *_month_ranges(text),
         *_years_counted(text)],
        key=lambda f: (f.start, -(f.end - f.start)),
    )
    periods: list[Period] = []
    last_end = -1
    for f in found:
        if f.start < last_end:
            continue
        last_end = f.end
        periods.append(
            Period(text=raw[f.start : f.end], start=f.first, end=f.last, char_start=f.start, char_end=f.end)
        )
    return periods
