"""Calendar dates with a day, in Danish order.

Candidates are found with patterns of our own (numeric ``09.06.2020``, ``10.06.20``,
``3/5-2013``, ``03-05-2013``, ISO ``2020-06-09``; written ``fredag den 20. december 2013``,
``d. 31. august``, ``30. sept. 2019``) and validated as real calendar dates. A written date
without a year takes the year of the document's date, else the nearest year stated before it,
else the nearest after it. Day ranges (``18.-19. april 2024``) yield both end dates.

Not dates: week numbers, a month alone, decimals (``8,1``), phone numbers, ages, ``i dag``.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from socdoc import lazy_re as re
from dataclasses import dataclass
from typing import Any, Iterator, Optional

from socdoc.extractors.entities import Prefiltered, prefix_starts, trie_regex
from socdoc.lang import da
from socdoc.records import DateFact


@dataclass(frozen=True)
class DateCandidate:
    """A date found in the text, before the year is settled."""

    start: int
    end: int
    day: int
    month: int
    year: Optional[int]
    weekday: Optional[int] = None  # 0 = Monday, when the text names the day ("Onsdag d. 25. august")
    listed: tuple[int, ...] = ()  # the other days of a list sharing the month ("den 3., 10. og 17. marts")
    effective: bool = False  # a date something takes effect from ("pr. 1/1"), which lies ahead


def _month_pattern() -> str:
    """The month words as a trie: the same matches as their alternation longest first, but the
    regex engine does not try every word in turn at each position."""
    return trie_regex(da.load().month_by_word)


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[Any, ...]:
    months = _month_pattern()
    weekdays = "|".join(da.load().weekdays)
    day_parts = "|".join(da.load().day_parts)  # "torsdag aften 10. september"
    # 09.06.2020, 10.06.20, 3/5-2013, 03-05-2013, 3/5 2013, 9.6.2020
    # The day's (the year's) first digit, then "(?<![\w.,/\-])" one character back: the same
    # matches as the look-behind first, but the regex engine skips to digits.
    numeric = re.compile(
        # not a clock with seconds after "kl." ("kl. 12.05.40")
        # (after a hyphen only as the second date of a range: "04.01.2012-01.02.2012")
        r"(?P<d>\d(?<![\w.,/]\d)(?:(?<!-\d)|(?<=\d\d[./]\d\d\d\d-\d)|(?<=\d[./]\d\d\d\d-\d)|(?<=\d[./]\d\d-\d))(?<![Kk]l\.\s\d)(?<![Kk]l\s\d)(?:(?<=[0-3])\d)?)(?P<s1>[./\-])(?P<m>[01]?\d)(?:(?P=s1)|(?<=/\d)-|(?<=/\d\d)-|(?<=/\d)\s(?=\d{4})|(?<=/\d\d)\s(?=\d{4}))"
        # a two-digit year before a slash is a fragment of a span of days ("perioden 1/1-30/9")
        r"(?P<y>(?:19|20)\d{2}|\d{2}(?![A-Za-z]\d|/))(?!\d|[.,]\d|-(?![0-3]?\d[./][01]?\d[./](?:19|20)?\d\d(?!\d))\w)"  # not a KLE file number "24.10.00P35"
    )
    # "d. 25/4", "d.17/8", "den 1/7", "pr. 1/1": day/month without a year, only after "den"/"d."/"pr."
    # (not a fraction)
    # also after a time limit: "Deadline 1/11", "senest1/11" (a crawler glued the figure on)
    deadlines = "|".join(re.escape(w) for w in da.load().deadline_words)
    # also after a verb of an event taking place ("Konferencen afholdtes 7/11"), not a time limit
    events = "|".join(re.escape(w) for w in re.longest_first(da.load().event_verbs))
    # also after a weekday, whole or cut short ("lø 24/2", "Tirsdag 4/9")
    short_days = "|".join(re.escape(w) for w in re.longest_first([*da.load().weekdays, *_weekday_abbreviations()]))
    short = Prefiltered(
        re.compile(r"(?<![\w.])(?:den\s+|d\.\s*|(?P<pr>pr\.|per)\s+|(?P<ev>(?:" + events + r")\s+)|(?:" + deadlines + r"):?\s*"
                   r"|(?P<swd>" + short_days + r")\.?\s+)"
                   r"(?P<d>[0-3]?\d)/(?P<m>[01]?\d)"
                   r"(?![\d/\-]|[.,]\d|\s(?:19|20)\d\d|\s+af\b)", re.IGNORECASE),
        prefix_starts(["den", "d.", "pr.", "per", *da.load().deadline_words, *da.load().event_verbs,
                       *da.load().weekdays, *_weekday_abbreviations()], not_after=r"[\w.]",
                      ignore_case=True),
    )
    # "2021-11-09", and with dots "2021.11.09" (not inside a longer dotted code: "2021.11.09.03")
    iso = re.compile(r"(?P<y>(?:1(?<![\w.,/\-]1)9|2(?<![\w.,/\-]2)0)\d{2})(?:-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])"
                     r"|\.(?P<dm>[01]\d)\.(?P<dd>[0-3]\d)(?![\d]|[.\-/]\d))")
    # fredag den 20. december 2013, d. 31. august, 1. maj, 30. sept. 2019, 20 december 2013,
    # 18.-19. april 2024 (the first day is group d0)
    written = Prefiltered(re.compile(
        # also "d.25.oktober"; glued to a label in capitals see _glued_written
        rf"(?<![\w.,])(?:(?P<wd>{weekdays})(?:\s+(?:{day_parts}))?(?:\s+(?:den|d\.))?\s+|den\s+|d\.\s*)?"
        # ("fra den 4. til den 8. september 2011": the second day may repeat "den")
        rf"(?:(?P<dl>(?:[0-3]?\d\.,\s){{1,6}})?(?P<d0>[0-3]?\d)\.?\s?(?P<j>-|til|og|&)\s?(?:den\s+|d\.\s*)?)?"
        # the year also cut to two digits after an apostrophe: "11. maj ’23"
        # (an abbreviation's dot after the month before its year: "15. MAJ. 2023")
        rf"(?:(?P<d>[0-3]?\d)(?:\.\s?|\s)(?P<mon>{months})(?![a-zæøå])(?:\.?,?\s(?P<y>(?:19|20)\d{{2}})(?![\d])"
        rf"|\s?[’'´‘](?P<ya>\d{{2}})(?![\d\w]|[.,/\-]\d))?"
        # 26-august-2008
        rf"|(?P<d_h>[0-3]?\d)-(?P<mon_h>{months})-(?P<y_h>(?:19|20)\d{{2}})(?![\d])"
        # September 10, 2018 (month first, always with a year)
        rf"|(?P<mon_f>{months})\s(?P<d_f>[0-3]?\d),?\s(?P<y_f>(?:19|20)\d{{2}})(?![\d]))",
        re.IGNORECASE,
    ), prefix_starts([*da.load().weekdays, "den", "d.", *da.load().month_by_word], extra_class=r"\d",
                     not_after=r"[\w.,]", ignore_case=True))
    # "pr. 31.7", "den 13.3., 20.3. og 3.4.": day.month without a year after "den"/"d."/"pr."; not a
    # decimal (no amount, unit or per cent after it) and not a time ("kl. 14.30" has no such word)
    dotted = Prefiltered(re.compile(
        r"(?<![\w.])(?:den|d\.|pr\.|per)\s+" + _dotted_day_month() + r"(?P<more>(?:" + _dotted_next() + r")*)"
        r"(?:(?<=\d)(?<=\d\.\d|\.\d\d)\s(?P<ly>(?:19|20)\d\d)(?![\d]))?",
        re.IGNORECASE,
    ), prefix_starts(["den", "d.", "pr.", "per"], not_after=r"[\w.]", ignore_case=True))
    return numeric, iso, written, short, dotted


@functools.lru_cache(maxsize=1)
def _months_yaml() -> dict[str, Any]:
    from socdoc.lang.da import read_yaml

    return read_yaml("months.yaml")


def _weekday_abbreviations() -> dict[str, int]:
    return {str(k): int(v) for k, v in (_months_yaml().get("weekday_abbreviations") or {}).items()}


def _dotted_day_month() -> str:
    """Day.month ("31.7", "13.3.") not followed by a digit, a year ("02.12. 2009" is a full date) or a
    word of amounts and measures."""
    units = "|".join(re.escape(w) for w in da.load().not_day_month_after)
    return rf"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)(?:\.(?![\d])|(?![\d]|[.,/\-]\d))(?!\s*(?:{units}|\d))(?!\.\s(?:19|20)\d\d(?!\d))"

# A further day.month in a list after the first: ", 20.3.", " og 3.4.", also without the closing dot
# (", 20.5, 16.9 og 25.11 2015": the year after the last item is every item's)
def _dotted_next() -> str:
    units = "|".join(re.escape(w) for w in da.load().not_day_month_after)
    return rf",?\s(?:og\s|samt\s)?[0-3]?\d\.[01]?\d(?:\.(?![\d])|(?![\d]|[.,]\d))(?!\s*(?:{units}))"
_DOTTED_ITEM = re.compile(r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.?")


# A crawler glues a dateline to the label before it: "SENESTE NYT4. MAR 2022 09.15".
_GLUED = re.compile(r"[A-ZÆØÅ]{2}(?=[0-3]?\d\.)")


@functools.lru_cache(maxsize=1)
def _glued_written() -> re.Pattern[str]:
    """The written-date pattern without its left boundary, tried only right after a _GLUED label."""
    written = _patterns()[2]
    return re.compile(written.pattern.replace(r"(?<![\w.,])", "", 1), written.flags)


# A year stated alone or closing a numeric date ("07-11-2011", "31.1.2023"), not the end of a
# range of years ("2017-2021") nor part of a number.
_YEAR = re.compile(r"(?:(?<![\d.,\-/])|(?<=\d[.\-/]\d[.\-/])|(?<=\d[.\-/]\d\d[.\-/]))(?:19|20)\d{2}(?![\d])")


def _two_digit_year(y: str) -> int:
    value = int(y)
    if len(y) == 4:
        return value
    return 2000 + value if value < 70 else 1900 + value


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


# A machine timestamp in US order, told apart by its clock with AM/PM: "5/23/2019 6:30:00 PM".
_US_STAMP = re.compile(
    r"(?<![\w.,/\-])(?P<m>1[0-2]|0?[1-9])/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d{2})"
    r"(?=\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?\s?[AP]\.?M\b)"
)


# A dateline glued to the word before it by a crawler, told by its clock with seconds:
# "… er vedtaget12.5.2024 10:15:42 CET".
_GLUED_STAMP = re.compile(
    r"(?<=[a-zæøå])(?P<d>[0-3]?\d)[./-](?P<m>[01]?\d)[./-](?P<y>(?:19|20)\d{2})(?=[ \t]+[0-2]?\d:[0-5]\d:[0-5]\d)"
)


# A list of three or more days written "d/m" ("Møderække: 22/8 - 27/9 - 30/10") or "d.m." ("19.6.,
# 25.6., 16.7."): a calendar, so dates even without "den" before them. One item: _LIST_ITEM.
_DAY_SLASH = r"[0-3]?\d/[01]?\d(?![\d/])"
_DAY_DOT = r"[0-3]?\d\.[01]?\d\.(?!\d)"
_LIST_SEP = r"(?:\s?[-–,]\s?|\s+og\s+|[ \t]*\n[ \t]*)"
_DAY_LISTS = Prefiltered(re.compile(
    rf"(?<![\w./\-]){_DAY_SLASH}(?:{_LIST_SEP}{_DAY_SLASH}){{2,}}"
    rf"|(?<![\w./\-]){_DAY_DOT}(?:{_LIST_SEP}{_DAY_DOT}){{2,}}"
), re.compile(r"\d(?<![\w./\-](?s:.))"))  # both open with a digit after no word character, '.', '/' or '-'

_LIST_ITEM = re.compile(r"(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)\.?")

# A day/month with a clock time after it ("kursus 23/1 kl. 17-21"): a date, not a fraction.
_DAY_SLASH_CLOCK = Prefiltered(
    re.compile(r"(?<![\w.,/\-])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?=,?\s+kl\.?\s*[0-2]?\d(?![\d/]))", re.IGNORECASE),
    re.compile(r"\d(?<![\w.,/\-]\d)(?=\d?/[01]?\d,?\s+[Kk]l)"),  # the day's first digit: tried only there
)
# Lines that open with a day/month and a dash before what happens that day ("• 6/9 - Personalemøde om …"):
# two or more such lines are a dated programme.
_DATED_LINE = re.compile(
    r"^[ \t]*(?:[•·▪*\-–][ \t]*)?(?P<d>[0-3]?\d)/(?P<m>[01]?\d)[ \t]*[-–:][ \t]*(?=[^\W\d_])", re.MULTILINE
)

_CLOCK_SECONDS = re.compile(r"\d:[0-5]\d:[0-5]\d")
_AM_PM = re.compile(r"\d\s?[AP]\.?M\b")


# Numeric dates a crawler or a typist spaced or glued: "20. 6. 2022" (a space after each dot, a
# four-digit year), "02.12. 2009" (a space before the year only) and "d.1.2.2022" (the abbreviation "d." run into the date).
_SPACED_OR_GLUED = Prefiltered(re.compile(
    r"(?:(?<![\w.])[dD]\.(?=\d)|(?<![\w.,/\-]))(?P<d>[0-3]?\d)\.(?P<sp>[ ]?)(?P<m>[01]?\d)\.(?:(?P=sp)|(?<=\d\.\d\.)[ ]|(?<=\d\.\d\d\.)[ ])(?P<y>(?:19|20)\d\d)(?![\d]|[.,]\d)"
), re.compile(r"[dD\d](?:(?<=[dD])(?=\.)|(?<=\d)(?=\d?\.[ ]?\d\d?\.))"))
# a match opens with "d." or the day's digit before "N." or "NN.", a space perhaps and the month's
# "N." or "NN.": tried only there (the class first, so the regex engine skips to it)


# "d.12.04.24": the abbreviation "d." run into a date with a two-digit year
_GLUED_SHORT_YEAR = re.compile(r"(?<![\w.])[dD]\.(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d\d)(?![\d]|[.,]\d)")


def _spaced_or_glued(text: str) -> Iterator[tuple[DateCandidate, Optional[int]]]:
    """The dates of :data:`_SPACED_OR_GLUED` (and :data:`_GLUED_SHORT_YEAR`) that the plain numeric pattern
    does not find."""
    for m in _SPACED_OR_GLUED.finditer(text):
        if not m.group("sp") and m.start() == m.start("d") and not text[m.start("y") - 1].isspace():
            continue  # "1.2.2022" on its own: the numeric pattern's
        day, month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        if 1 <= month <= 12 and _valid(year, month, day):
            yield DateCandidate(m.start("d"), m.end(), day, month, year), None
    if "d." in text or "D." in text:
        for m in _GLUED_SHORT_YEAR.finditer(text):
            day, month, year = int(m.group("d")), int(m.group("m")), _two_digit_year(m.group("y"))
            if 1 <= month <= 12 and _valid(year, month, day):
                yield DateCandidate(m.start("d"), m.end(), day, month, year), None


# "PRESSEMEDDELELSE09.12.2011", "Opdateret14.03.2019": a full dotted date glued to the word before it,
# as PDF and web-page text extraction leave a label and its value
_GLUED_TO_WORD = Prefiltered(
    re.compile(r"(?<=[^\W\d_]{3})(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d]|[.,]\d)"),
    re.compile(r"\d(?<=[^\W\d_]{3}(?s:.))"),  # the day's first digit, after three letters: tried only there
)


def _numeric(text: str) -> Iterator[tuple[DateCandidate, Optional[int]]]:
    numeric, iso, _, short, dotted = _patterns()
    for m in _GLUED_TO_WORD.finditer(text):
        day, month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        if 1 <= month <= 12 and _valid(year, month, day):
            yield DateCandidate(m.start(), m.end(), day, month, year), None
    if ". " in text or "d." in text or "D." in text:
        yield from _spaced_or_glued(text)
    stamps = set()
    if _CLOCK_SECONDS.search(text):  # both stamps have a clock; most texts have none with seconds
        for m in _GLUED_STAMP.finditer(text):
            day, month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
            if _valid(year, month, day):
                yield DateCandidate(m.start(), m.end(), day, month, year), None
    if _AM_PM.search(text):
        for m in _US_STAMP.finditer(text):
            day, month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
            if _valid(year, month, day):
                stamps.add(m.start())
                yield DateCandidate(m.start(), m.end(), day, month, year), None
    for m in numeric.finditer(text):
        if m.start() in stamps:
            continue
        day, month, year = int(m.group("d")), int(m.group("m")), _two_digit_year(m.group("y"))
        if 1 <= month <= 12 and _valid(year, month, day):
            yield DateCandidate(m.start(), m.end(), day, month, year), None
    for m in iso.finditer(text):
        day, month, year = int(m.group("d") or m.group("dd")), int(m.group("m") or m.group("dm")), int(m.group("y"))
        if _valid(year, month, day):
            yield DateCandidate(m.start(), m.end(), day, month, year), None
    for m in short.finditer(text):
        day, month = int(m.group("d")), int(m.group("m"))
        if 1 <= month <= 12 and _valid(2000, month, day):
            limit = not m.group(0)[:1].isdigit() and m.group(0)[:2].casefold() not in ("de", "d.", "pr", "pe") \
                and not m.group("ev") and not m.group("swd")
            swd = (m.group("swd") or "").casefold()
            weekday = _weekday(swd) if swd in (w.lower() for w in da.load().weekdays) else _weekday_abbreviations().get(swd)
            yield DateCandidate(m.start(), m.end(), day, month, None, weekday,
                                effective=(bool(m.group("pr")) and not _as_at(text, m.start())) or limit), None
    for m in dotted.finditer(text):
        yield from _dotted_dates(m)
    if "/" in text or ".," in text:
        yield from _day_lists(text)
    if "/" in text:
        yield from _day_slash_clock(text)
        yield from _dated_lines(text)
        yield from _meeting_days(text)


# A bare day/month ("19/5"): not a fraction's or a case number's part, no year after it, no "1/3 af".
_BARE_DAY_SLASH = Prefiltered(
    re.compile(r"(?<![\w./\-,:])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?![\d/\-]|[.,]\d|\s(?:19|20)\d\d|\s+af\b|\s*(?:%|procent|pct))"),
    re.compile(r"\d(?<![\w./\-,:]\d)(?=\d?/)"),  # the day's first digit before a slash: tried only there
)


def _meeting_days(text: str) -> Iterator[tuple[DateCandidate, Optional[int]]]:
    """Bare days/months that a meeting noun dates: right after it ("referat af mødet 19/5",
    "Forberede generalforsamling 9/6") or on a line it labels ("Bestyrelsesmøder: 24/8 (Ina), 14/9")."""
    nouns = da.load().meeting_nouns
    for m in _BARE_DAY_SLASH.finditer(text):
        day, month = int(m.group("d")), int(m.group("m"))
        if 1 <= month <= 12 and _valid(2000, month, day) \
                and (_after_meeting_noun(text, m.start(), nouns) or _meeting_label_line(text, m.start(), nouns)):
            yield DateCandidate(m.start(), m.end(), day, month, None), None


def _after_meeting_noun(text: str, pos: int, nouns: tuple[str, ...]) -> bool:
    before = text[max(0, pos - 40):pos]
    words = before.split()
    return bool(words) and before[-1:] in (" ", "\t") and words[-1].casefold().endswith(nouns)


def _meeting_label_line(text: str, pos: int, nouns: tuple[str, ...]) -> bool:
    label, colon, _ = text[text.rfind("\n", 0, pos) + 1:pos].partition(":")
    return bool(colon) and 0 < len(label.split()) <= 3 and label.strip().casefold().endswith(nouns)


def _day_slash_clock(text: str) -> Iterator[tuple[DateCandidate, Optional[int]]]:
    for m in _DAY_SLASH_CLOCK.finditer(text):
        day, month = int(m.group("d")), int(m.group("m"))
        if 1 <= month <= 12 and _valid(2000, month, day):
            yield DateCandidate(m.start("d"), m.end("m"), day, month, None), None


def _dated_lines(text: str) -> Iterator[tuple[DateCandidate, Optional[int]]]:
    items = [m for m in _DATED_LINE.finditer(text)
             if 1 <= int(m.group("m")) <= 12 and _valid(2000, int(m.group("m")), int(m.group("d")))]
    if len(items) < 2:
        return
    for m in items:
        yield DateCandidate(m.start("d"), m.end("m"), int(m.group("d")), int(m.group("m")), None), None


def _day_lists(text: str) -> Iterator[tuple[DateCandidate, Optional[int]]]:
    """The days of a calendar list without years ("Møderække: 22/8 - 27/9 - 30/10"): every item is a day
    and the line names meetings or dates before it."""
    for m in _DAY_LISTS.finditer(text):
        before = text[max(0, m.start() - 20):m.start()].split()
        if before and before[-1].casefold() in da.load().not_day_list_after:
            continue  # "punkt 3.4., 3.5. og 4.1."
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()].casefold()
        if not any(cue in line for cue in da.load().calendar_cues):
            continue  # "1/2, 3/4 og 1/3" are fractions
        items = list(_LIST_ITEM.finditer(text, m.start(), m.end()))
        if all(1 <= int(i.group("m")) <= 12 and _valid(2000, int(i.group("m")), int(i.group("d"))) for i in items):
            for i in items:
                yield DateCandidate(i.start(), i.end(), int(i.group("d")), int(i.group("m")), None), None


def _dotted_dates(m: re.Match[str]) -> Iterator[tuple[DateCandidate, Optional[int]]]:
    """The day.month dates of one "den 13.3., 20.3. og 3.4." match, each with its own offsets."""
    first_end = m.start("more") if m.group("more") else m.end()
    items = [(m.start(), first_end, int(m.group("d")), int(m.group("m")))]
    base = m.start("more")
    for item in _DOTTED_ITEM.finditer(m.group("more") or ""):
        items.append((base + item.start(), base + item.end(), int(item.group("d")), int(item.group("m"))))
    effective = m.group(0)[:3].casefold() in ("pr.", "per") and not _as_at(m.string, m.start())
    year = int(m.group("ly")) if m.group("ly") else None
    if year is not None:
        start, _, day, month = items[-1]
        items[-1] = (start, m.end(), day, month)
    for start, end, day, month in items:
        if 1 <= month <= 12 and _valid(year or 2000, month, day):
            yield DateCandidate(start, end, day, month, year, effective=effective), None


def _written(text: str) -> Iterator[tuple[DateCandidate, Optional[int]]]:
    written = _patterns()[2]
    month_by_word = da.load().month_by_word
    glued = (_glued_written().match(text, g.end()) for g in _GLUED.finditer(text))
    for m in itertools.chain(written.finditer(text), (m for m in glued if m)):
        suffix = next(sfx for sfx in ("", "_h", "_f") if m.group("mon" + sfx))
        month = month_by_word.get(m.group("mon" + suffix).lower())
        if month is None:
            continue
        day = int(m.group("d" + suffix))
        year = int(m.group("y" + suffix)) if m.group("y" + suffix) else None
        if year is None and not suffix and m.group("ya"):
            year = _two_digit_year(m.group("ya"))
        if not 1 <= day <= 31:
            continue
        first = int(m.group("d0")) if m.group("d0") else None
        weekday = _weekday(m.group("wd"))
        if m.group("dl"):  # "den 14., 10. og 3. december": a list of three days, no range
            listed = tuple(int(d) for d in re.findall(r"\d+", m.group("dl") or "")) + (int(m.group("d0")),)
            yield DateCandidate(m.start(), m.end(), day, month, year, weekday, listed), None
            continue
        yield DateCandidate(m.start(), m.end(), day, month, year, weekday), first


def _weekday(word: Optional[str]) -> Optional[int]:
    """Index (Monday = 0) of a weekday name, None without one."""
    if not word:
        return None
    weekdays = [w.lower() for w in da.load().weekdays]
    return weekdays.index(word.lower()) if word.lower() in weekdays else None


_DIGIT = re.compile(r"\d")
_CACHED_CHARS = 1000  # texts up to this long keep their candidates in an LRU cache; a longer one, the last only
_last_long: tuple[Optional[str], tuple[tuple[DateCandidate, Optional[int]], ...]] = (None, ())


def find_candidates(text: str) -> list[tuple[DateCandidate, Optional[int]]]:
    """Date candidates with, for a day range, the first day; overlapping ones dropped.

    The same lines, headers and documents are asked about again and again (the dates, document
    and minutes readers): the answers are kept (candidates are immutable; each caller gets a list
    of its own)."""
    global _last_long
    if _DIGIT.search(text) is None:
        return []  # every date holds a digit (its day); most lines asked about hold none
    if len(text) <= _CACHED_CHARS:
        return list(_short_candidates(text))
    seen, found = _last_long
    if seen != text:
        found = tuple(_find_candidates(text))
        _last_long = (text, found)  # one assignment: a reader sees a text with its own candidates
    return list(found)


@functools.lru_cache(maxsize=4096)
def _short_candidates(text: str) -> tuple[tuple[DateCandidate, Optional[int]], ...]:
    return tuple(_find_candidates(text))


def _find_candidates(text: str) -> list[tuple[DateCandidate, Optional[int]]]:
    found = sorted([*_numeric(text), *_written(text)], key=lambda c: (c[0].start, -c[0].end))
    found = [c for c in found if not _any_year(text, c[0]) and not _page_number(text, c[0])]
    kept: list[tuple[DateCandidate, Optional[int]]] = []
    last_end = -1
    for cand in found:
        if cand[0].start >= last_end:
            kept.append(cand)
            last_end = cand[0].end
    return kept


@functools.lru_cache(maxsize=1)
def _transcript_page_start() -> re.Pattern[str]:
    from socdoc.lang.da import read_yaml

    labels = "|".join(re.escape(str(w)) for w in read_yaml("months.yaml").get("transcript_labels") or ()) or "(?!)"
    return re.compile(rf"(?im)^[ \t]*(?:{labels})[ \t]*\n(?:[ \t]*\n)*\Z")


def _page_number(text: str, cand: DateCandidate) -> bool:
    """The page number that opens the first page of a transcribed PDF under the viewer's "Transkript" line,
    run into a month and year ("1 Oktober 2008 Helhedsplan …"): no day."""
    if not text[cand.start:cand.end].split(" ", 1)[0].isdigit():
        return False
    return _transcript_page_start().search(text, max(0, cand.start - 40), cand.start) is not None


@functools.lru_cache(maxsize=1)
def _any_year_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = da.load()
    after = "|".join(re.escape(w) for w in re.longest_first(data.any_year_after))
    before = "|".join(re.escape(w) for w in re.longest_first(data.any_year_before))
    return (re.compile(rf",?[ \t]+(?:{after})(?![\w])", re.IGNORECASE),
            re.compile(rf"(?<![\w])(?:{before})[ \t]+\Z", re.IGNORECASE))


def _any_year(text: str, cand: DateCandidate) -> bool:
    """A date without a year that recurs or holds in any year ("1.-15. december i det år, hvor valget
    afholdes", "den 1. maj hvert år", "årligt den 15. marts"): a rule, no calendar date."""
    if cand.year is not None:
        return False
    after, before = _any_year_patterns()
    return after.match(text, cand.end) is not None or before.search(text[max(0, cand.start - 20):cand.start]) is not None


_HEADER_YEAR = re.compile(r"(?<![\d.,\-/])(?:19|20)\d{2}(?![\d])")


def header_year(text: str, max_lines: int = 3, month: Optional[int] = None) -> Optional[int]:
    """A year stated in the first lines ("BO NU · Marts 2023"), the document's year when it has no date;
    when they state none, the lines down to the first ones past a web page's leading menu and share lines.
    ``month``: that of the date the year is for (see :func:`_dates_year`)."""
    lines = [line for line in text[:600].splitlines() if line.strip()]
    year = _one_year(lines[:max_lines], month)
    if year is None and lines:
        from socdoc.extractors.docinfo import leading_furniture  # docinfo reads dates

        lead = leading_furniture(lines)
        if lead:
            year = _one_year([line for line in text[:1500].splitlines() if line.strip()][:lead + max_lines], month)
    return year


def _one_year(lines: list[str], month: Optional[int] = None) -> Optional[int]:
    # not a horizon ("… et budget, der rækker frem mod 2030")
    years = {_dates_year(line, m, month) for line in lines if len(line.strip()) <= 80 for m in _HEADER_YEAR.finditer(line)
             if not _horizon_year(line, m.start()) and not _told_ahead(line, m.start())}
    return years.pop() if len(years) == 1 else None


@functools.lru_cache(maxsize=1)
def _budget_year_before() -> re.Pattern[str]:
    from socdoc.lang.da import read_yaml

    phrases = re.longest_first(read_yaml("months.yaml").get("budget_year_before") or ())
    alternation = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in phrases) or "(?!)"
    return re.compile(rf"(?<![\w])(?:{alternation})\s+$", re.IGNORECASE)


# the first month of a municipal budget's season: the proposal in June, the readings and the agreement in the autumn
_BUDGET_SEASON_START = 6


def _dates_year(text: str, m: re.Match[str], month: Optional[int] = None) -> int:
    """The year the dates near a stated year fall in: the year itself, or the year before for the year a
    budget is for ("Budgetforliget for 2006" is agreed in 2005), when the date's ``month`` (if known) is in
    the budget's season; a date of the spring after it falls in the budget's own year ("borgermødet den 5.
    april" after "Budgettet for 2022 blev vedtaget")."""
    year = int(m.group())
    if month is not None and month < _BUDGET_SEASON_START:
        return year
    return year - 1 if _budget_year_before().search(text, max(0, m.start() - 40), m.start()) else year


def year_context(text: str, pos: int, published: Optional[dt.date], month: Optional[int] = None) -> Optional[int]:
    """Year for a date written without one at ``pos`` (in ``month``, when known): the document's date, a
    year in the header, else the nearest year stated before it, else after it in the same paragraph."""
    if published is not None:
        return published.year
    year = header_year(text, month=month)
    if year is not None:
        return year
    before = [m for m in _YEAR.finditer(text, 0, pos)]
    if before:
        # a horizon year ("Frem til 2023 vil …") is not the year of the date; an earlier year is
        stated = [m for m in before if not _horizon_year(text, m.start())]
        named = [m for m in before if _name_year(text, m.start())]
        if stated or len(named) < len(before):
            return _dates_year(text, (stated or [m for m in before if m not in named])[-1], month)
    # a year after the date counts only within its paragraph (a later "fra 2015" is another matter)
    paragraph_end = text.find("\n\n", pos)
    after = _YEAR.search(text, pos, paragraph_end if paragraph_end >= 0 else len(text))
    # nor a horizon after it ("senest den 13. oktober … frem mod 2026")
    return int(after.group()) if after and not _horizon_year(text, after.start()) else None


@functools.lru_cache(maxsize=1)
def _horizon_before() -> re.Pattern[str]:
    from socdoc.lang.da import read_yaml

    words = read_yaml("months.yaml")
    phrases = re.longest_first(words.get("horizon_before_year") or ())
    alternation = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in phrases) or "(?!)"
    return re.compile(rf"(?<![\w])(?:{alternation})\s+$", re.IGNORECASE)


def _horizon_year(text: str, start: int) -> bool:
    """A year that is no year of the text's dates: a horizon ahead or the founding year in a name."""
    return _horizon_before().search(text, max(0, start - 20), start) is not None or _name_year(text, start)


@functools.lru_cache(maxsize=1)
def _name_year_before() -> re.Pattern[str]:
    from socdoc.lang.da import read_yaml

    links = read_yaml("months.yaml").get("name_year_links") or ()
    alternation = "|".join(re.escape(str(w)) for w in links) or "(?!)"
    return re.compile(rf"(?<![\w])[A-ZÆØÅ][\w\-]+[ \t]+(?:{alternation})[ \t]+$")


def _name_year(text: str, start: int) -> bool:
    """The year is part of a name, the founding year of an association ("Boligselskabet af 1943",
    "Boldklubben af 1909"): no year of the text's dates."""
    return _name_year_before().search(text, max(0, start - 50), start) is not None


_LIST_GAP = re.compile(r"[\s,]*(?:og|samt|eller|til|[-–—])?[\s,]*")  # also a range: "12. april – 26. april 2019"


def _year_of_list(text: str, candidates: list[tuple[DateCandidate, Optional[int]]], i: int) -> Optional[int]:
    """The year that closes a list or range of dates ("den 6. marts, den 12. juni og den 11. september 2014")."""
    end = candidates[i][0].end
    for cand, _ in candidates[i + 1 :]:
        if not _LIST_GAP.fullmatch(text[end : cand.start]):
            return None
        if cand.year is not None:
            return cand.year
        end = cand.end
    return None


# Between a yearless date and the dated one of a parallel clause: "og", then a few words, no sentence end
# and no number ("… den 22. juni og af Byrådet den 25. august 2022").
_PARALLEL_GAP = re.compile(r"[\s,]*(?:og|samt)\s[^.!?\n\d]{0,60}")


def _year_of_parallel(text: str, candidates: list[tuple[DateCandidate, Optional[int]]], i: int) -> Optional[int]:
    """The year of the next date where a parallel clause joined by "og" gives it ("godkendt af
    udvalget den 22. juni og af Byrådet den 25. august 2022"), when that date comes later in the year."""
    if i + 1 >= len(candidates):
        return None
    cand, nxt = candidates[i][0], candidates[i + 1][0]
    if nxt.year is None or nxt.month is None or cand.month is None or (nxt.month, nxt.day or 0) < (cand.month, cand.day or 0):
        return None
    return nxt.year if _PARALLEL_GAP.fullmatch(text, cand.end, nxt.start) else None


# Any stated year, also the end of a range ("2017-2021").
_ANY_YEAR = re.compile(r"(?<![\d.,/])(?:19|20)\d{2}(?![\d])")


def _weekday_year(text: str, cand: DateCandidate, year: Optional[int],
                  published: Optional[dt.date] = None) -> Optional[int]:
    """The year for a date that names its weekday ("Onsdag d. 25. august"): the context year when
    the weekday fits it, else the one year stated in the text on which that day is that weekday, else
    the year before or after the document's own (a day and month fall on three different weekdays in
    three years running: "næste årsmøde torsdag den 6. maj" in minutes of October is next May). A
    weekday that fits no year of a document without a date of its own leaves the year unknown (the year
    came from some other matter in the text: "boliger fra 1967")."""
    if cand.weekday is None or (year is not None and _weekday_fits(year, cand)):
        return year
    fitting = {y for y in map(int, _ANY_YEAR.findall(text)) if _weekday_fits(y, cand)}
    if len(fitting) == 1:
        return fitting.pop()
    if published is not None:
        near = [y for y in (published.year - 1, published.year, published.year + 1) if _weekday_fits(y, cand)]
        return near[0] if len(near) == 1 else year
    return None if year is not None and _valid(year, cand.month, cand.day) else year


def weekday_year(text: str, cand: DateCandidate, year: int) -> int:
    """``year``, or the year the text states on which the named weekday falls on the date."""
    return _weekday_year(text, cand, year) or year


def _weekday_fits(year: int, cand: DateCandidate) -> bool:
    return _valid(year, cand.month, cand.day) and dt.date(year, cand.month, cand.day).weekday() == cand.weekday


@functools.lru_cache(maxsize=4)
def _sole_year(text: str) -> Optional[int]:
    """The one year the whole text speaks of, for a short date written before any year is stated
    ("referat fra mødet d. 17/8" in minutes whose later dates all say 2023)."""
    years = {m.group() for m in _ANY_YEAR.finditer(text)
             if not _horizon_year(text, m.start()) and not _told_ahead(text, m.start())}
    return int(years.pop()) if len(years) == 1 else None


@functools.lru_cache(maxsize=1)
def _told_ahead_words() -> frozenset[str]:
    from socdoc.lang.da import read_yaml

    words = read_yaml("months.yaml")
    return frozenset(str(w) for w in words.get("told_ahead_words") or ())


def _told_ahead(text: str, pos: int) -> bool:
    return any(w in _told_ahead_words() for w in re.findall(r"[a-zæøå]+", _clause_before(text, pos).casefold()))


@functools.lru_cache(maxsize=1)
def _month_year() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.])(?:i|tilbage i|siden)\s+(?P<mon>{_month_pattern()})\s+(?P<y>(?:19|20)\d{{2}})(?![\d])",
                      re.IGNORECASE)


def _after_told_month(text: str, cand: DateCandidate) -> Optional[int]:
    """In a text without a date of its own or a year near the date, the year of the latest month it tells of
    ("indgik aftalen i februar 2018", "igangsatte i maj 2023") when the date falls later in that year: the text
    was written after that month."""
    told = []
    for m in _month_year().finditer(text):
        month = da.load().month_by_word.get(m.group("mon").lower())
        if month and not _horizon_year(text, m.start()) and not _told_ahead(text, m.start()):
            told.append((int(m.group("y")), month))
    if not told:
        return None
    year, month = max(told)
    return year if cand.month > month else None


_AS_AT_REACH = 30


def _as_at(text: str, pos: int) -> bool:
    """A figure stated as at the date ("Åbningsbalance pr. 1/1"): the date may lie behind the document."""
    before = text[max(0, pos - _AS_AT_REACH):pos].casefold()
    words = re.findall(r"[a-zæøå]+", before)[-2:]
    endings = tuple(a + e for a in da.load().as_at_words for e in ("", "n", "en", "et", "er", "erne"))
    return any(w.endswith(endings) for w in words)


_AHEAD_DAYS = 180
_NEAR_DAYS = 300
# A date without a year this far behind the document's date lies in the next year: "den 8. januar"
# in minutes of December is the coming January (a date of the year gone by is rarely that far back).
_ROLL_DAYS = 270
# From _AHEAD_DAYS behind, a clause that looks ahead and names the coming year before the date is enough
# ("Der planlægges afholdt konference 2011 den 10. marts" in minutes of November 2010).


def _ahead(text: str, cand: DateCandidate, year: Optional[int], published: Optional[dt.date]) -> Optional[int]:
    """An effective date without a year lies ahead of the document: "pr. 1/1" in minutes of
    December is the coming New Year, not the one that has passed; another date only when its clause
    looks ahead and it would lie most of a year behind ("Næste møde er den 8. januar" in December)."""
    if year is None or published is None or year != published.year or not _valid(year, cand.month, cand.day):
        return year
    behind = (published - dt.date(year, cand.month, cand.day)).days
    if cand.effective and behind > _AHEAD_DAYS:
        return year + 1
    if not cand.effective and behind > _ROLL_DAYS and _clause_looks_ahead(text, cand.start):
        return year + 1
    if not cand.effective and behind > _AHEAD_DAYS and _clause_looks_ahead(text, cand.start) \
            and str(year + 1) in _ANY_YEAR.findall(_clause_before(text, cand.start)):
        return year + 1
    if not cand.effective and -behind > _ROLL_DAYS and not _clause_looks_ahead(text, cand.start) \
            and (_clause_looks_behind(text, cand.start) or _clause_after_looks_behind(text, cand.end)):
        # "besluttede på sit møde den 6. december" in minutes of January, "På mødet den 25. november blev det
        # besluttet" in minutes of February: last December, last November
        return year - 1
    # the lines before state the coming year as a time ("I 2025 uddeles …  Fristen er den 15. marts")
    if _local_year(text, cand.start) == year + 1 and (cand.effective or _clause_looks_ahead(text, cand.start)):
        return year + 1
    # a few weeks across New Year from the document's date: that other year, unless the clause says otherwise
    # ("Infomøde d. 8. januar" in a newsletter of mid-December), and not a figure as at a date
    if not cand.effective and behind > _NEAR_DAYS and not _clause_looks_behind(text, cand.start) \
            and not _clause_after_looks_behind(text, cand.end) and not _as_at(text, cand.start):
        return year + 1
    # (a figure as at a date most of a year ahead is as at the date gone by: "Saldo pr. 31. december" in January)
    if not cand.effective and -behind > _NEAR_DAYS and not _clause_looks_ahead(text, cand.start):
        return year - 1
    return year


def ahead_year(text: str, cand: DateCandidate, year: Optional[int], published: Optional[dt.date]) -> Optional[int]:
    """The context ``year`` of a date written without one, moved to the next year when the date lies ahead
    of the document (see ``_ahead``); periods settle the ends of a day range so, like dates."""
    return _ahead(text, cand, year, published)


_CLAUSE_REACH = 80
_CLAUSE_BREAK = re.compile(r"[.!?;](?=\s)|\n")


def _clause_before(text: str, pos: int) -> str:
    before = text[max(0, pos - _CLAUSE_REACH):pos]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


def _clause_looks_behind(text: str, pos: int) -> bool:
    """The clause before ``pos`` has a word that puts its date behind ("besluttede", "sidste", "blev")."""
    clause = _clause_before(text, pos)
    return any(w in da.load().behind_words for w in re.findall(r"[a-zæøå]+", clause.casefold()))


_LOCAL_REACH = 200
_TIME_YEAR = re.compile(r"(?<![\w])[Ii]\s+((?:19|20)\d{2})(?![\d\-–])")


def _local_year(text: str, pos: int) -> Optional[int]:
    """The year of the few lines before ``pos`` when the last year they state is a time ("I 2022 er puljen
    på …"; not a name with a year, "Budgetdirektiv 2012")."""
    start = max(0, pos - _LOCAL_REACH)
    years = list(_ANY_YEAR.finditer(text, start, pos))
    if not years:
        return None
    timed = _TIME_YEAR.search(text, max(0, years[-1].start() - 3), years[-1].end())
    return int(years[-1].group()) if timed and timed.start(1) == years[-1].start() else None


def _clause_after_looks_behind(text: str, pos: int) -> bool:
    """The clause after ``pos`` has a word that puts the date before it behind ("den 5. januar blev …")."""
    after = text[pos:pos + _CLAUSE_REACH]
    end = _CLAUSE_BREAK.search(after)
    words = re.findall(r"[a-zæøå]+", (after[:end.start()] if end else after).casefold())
    return any(w in da.load().behind_words for w in words)


def _clause_looks_ahead(text: str, pos: int) -> bool:
    """The clause before ``pos`` has a word that puts its date ahead ("næste", "er", "afholdes")."""
    clause = _clause_before(text, pos)
    return any(w in da.load().ahead_words for w in re.findall(r"[a-zæøå]+", clause.casefold()))


def _year_of(
    text: str, candidates: list[tuple[DateCandidate, Optional[int]]], i: int, published: Optional[dt.date]
) -> Optional[int]:
    """The year of candidate ``i``: its own, else one settled from its list, context and weekday."""
    cand = candidates[i][0]
    if cand.year is not None:
        return cand.year
    year = _year_of_list(text, candidates, i) or _year_of_parallel(text, candidates, i) \
        or year_context(text, cand.start, published, cand.month) \
        or _after_told_month(text, cand) or _sole_year(text)
    year = _weekday_year(text, cand, year, published)
    return _ahead(text, cand, year, published)


def _range_ends(text: str, candidates: list[tuple[DateCandidate, Optional[int]]],
                years: list[Optional[int]]) -> list[Optional[int]]:
    """A date without a year that ends a span from the date before it takes its year from that date,
    or the next year when it comes earlier in the year ("1. januar 2010 til 31. december", "mellem 1.
    august og 1. maj"), as the span's end in the periods does; not in a calendar of three or more."""
    from socdoc.extractors.periods import end_after, joins_range

    years = list(years)
    for i in range(1, len(candidates)):
        first, cand = candidates[i - 1][0], candidates[i][0]
        year = years[i - 1]
        if cand.year is not None or year is None or not _valid(year, first.month, first.day):
            continue
        if not joins_range(text, first, cand) or (i + 1 < len(candidates) and joins_range(text, cand, candidates[i + 1][0])) \
                or (i > 1 and joins_range(text, candidates[i - 2][0], first)):
            continue
        end = end_after(dt.date(year, first.month, first.day), cand)
        if end is not None:
            years[i] = end.year
    return years


# Between two dates of one calendar list: no year, no sentence end, at most this many characters
# ("31. august\n27. oktober", "5. januar kl. 17.00,\n24. februar").
_CALENDAR_GAP = 60
# a year, a new sentence, or a new labelled line ("Fællesspisninger: …") ends a calendar
_CALENDAR_BREAK = re.compile(r"(?:19|20)\d\d|[.!?]\s+[A-ZÆØÅ]|\n[ \t]*[^\W\d_][^\n:]{0,40}:")


def _calendar_runs(text: str, candidates: list[tuple[DateCandidate, Optional[int]]]) -> Iterator[list[int]]:
    """Indices of runs of three or more yearless dates listed one after another."""
    run: list[int] = []
    for i, (cand, _) in enumerate(candidates):
        prev = candidates[run[-1]][0] if run else None
        joined = (prev is not None and cand.year is None and cand.start - prev.end <= _CALENDAR_GAP
                  and not _CALENDAR_BREAK.search(text, prev.end, cand.start))
        if joined:
            run.append(i)
            continue
        if len(run) >= 3:
            yield run
        run = [i] if cand.year is None else []
    if len(run) >= 3:
        yield run


def _roll_over_calendars(
    text: str, candidates: list[tuple[DateCandidate, Optional[int]]], years: list[Optional[int]],
    published: Optional[dt.date] = None,
) -> list[Optional[int]]:
    """A calendar of yearless dates in order that passes New Year ("31. august, 27. oktober, 5. januar,
    24. februar" for a school year) continues in the next year after the turn. Only a run that rises
    everywhere but at one turn is taken as such a calendar."""
    years = list(years)
    spans: list[tuple[dt.date, dt.date]] = []
    in_runs: set[int] = set()
    for run in _calendar_runs(text, candidates):
        days = [(candidates[i][0].month, candidates[i][0].day) for i in run]
        turns = [k for k in range(1, len(run)) if days[k] < days[k - 1]]
        first = years[run[0]]
        if len(turns) > 1:
            continue
        if published is not None and _calendar_ahead(text, candidates[run[0]][0].start):
            # the calendar of the coming period: its first date lies on or after the document's own
            first = published.year + (days[0] < (published.month, published.day))
        elif turns and first is not None and all(years[i] == first for i in run):
            first = _calendar_base(days, turns[0], first, published)
        else:
            continue
        for k, i in enumerate(run):
            years[i] = first + bool(turns and k >= turns[0])
        in_runs.update(run)
        if turns:
            spans.append((dt.date(first, *days[0]), dt.date(first + 1, *days[-1])))
    return _within_calendars(text, candidates, years, spans, in_runs)


def _within_calendars(
    text: str, candidates: list[tuple[DateCandidate, Optional[int]]], years: list[Optional[int]],
    spans: list[tuple[dt.date, dt.date]], in_runs: set[int],
) -> list[Optional[int]]:
    """A yearless date elsewhere in a text whose calendar passes New Year ("Møderække: 31/8 - … - 19/1 - … -
    15/6" for a school year) falls inside that calendar: "kursus 23/1" in the minutes of August is the
    coming January, not the one gone by (unless its clause tells of the past)."""
    if not spans:
        return years
    for i, (cand, _) in enumerate(candidates):
        year = years[i]
        if cand.year is not None or i in in_runs or year is None or not _valid(year + 1, cand.month, cand.day):
            continue
        if not _valid(year, cand.month, cand.day) or _clause_looks_behind(text, cand.start):
            continue
        day, later = dt.date(year, cand.month, cand.day), dt.date(year + 1, cand.month, cand.day)
        if any(day < first and first <= later <= last for first, last in spans):
            years[i] = year + 1
    return years


@functools.lru_cache(maxsize=1)
def _calendar_ahead_words() -> frozenset[str]:
    from socdoc.lang.da import read_yaml

    words = read_yaml("months.yaml")
    return frozenset(str(w) for w in words.get("calendar_ahead_words") or ())


def _calendar_ahead(text: str, start: int) -> bool:
    """The heading line just above a calendar (or the start of its own line) names the coming period
    ("Mødekalender for næste skoleår", "Kommende mødedatoer:")."""
    line_start = text.rfind("\n", 0, start) + 1
    heading = text[line_start:start]
    if not heading.strip():
        above = text[:line_start].rstrip()
        heading = above[above.rfind("\n") + 1:]
    return any(w in _calendar_ahead_words() for w in re.findall(r"[a-zæøå]+", heading.casefold()))


def _calendar_base(days: list[tuple[int, int]], turn: int, year: int, published: Optional[dt.date]) -> int:
    """The year a calendar passing New Year starts in: the year before when the document's own date
    falls inside the calendar that way (minutes of March in a school year's calendar from August)."""
    if published is None or published.year != year:
        return year
    start, end = dt.date(year - 1, *days[0]), dt.date(year, *days[-1])
    return year - 1 if start <= published <= end else year


def resolve(
    text: str, raw: str, candidates: list[tuple[DateCandidate, Optional[int]]], published: Optional[dt.date]
) -> list[DateFact]:
    """Turn candidates into date facts, settling years from context."""
    facts: list[DateFact] = []
    years = _roll_over_calendars(text, candidates, [_year_of(text, candidates, i, published) for i in range(len(candidates))], published)
    years = _range_ends(text, candidates, years)
    for (cand, first_day), year in zip(candidates, years):
        inferred = cand.year is None
        if year is None or not _valid(year, cand.month, cand.day):
            continue
        span = raw[cand.start : cand.end]
        if first_day is not None and _valid(year, cand.month, first_day) and first_day < cand.day:
            facts.append(
                DateFact(start=cand.start, end=cand.end, text=span,
                         date=dt.date(year, cand.month, first_day), year_inferred=inferred)
            )
        for day in cand.listed:
            if _valid(year, cand.month, day):
                facts.append(DateFact(start=cand.start, end=cand.end, text=span,
                                      date=dt.date(year, cand.month, day), year_inferred=inferred))
        facts.append(
            DateFact(start=cand.start, end=cand.end, text=span,
                     date=dt.date(year, cand.month, cand.day), year_inferred=inferred)
        )
    return facts


def find_dates(text: str, raw: Optional[str] = None, published: Optional[dt.date] = None) -> list[DateFact]:
    """All dates with a day in ``text``.

    >>> [str(d.date) for d in find_dates("Udsat til 16. juni 2020.")]
    ['2020-06-16']
    >>> [str(d.date) for d in find_dates("Mødet d. 31. august", published=dt.date(2017, 6, 29))]
    ['2017-08-31']
    >>> [str(d.date) for d in find_dates("Den 09.06.2020 kl. 08:30")]
    ['2020-06-09']
    """
    raw = text if raw is None else raw
    return resolve(text, raw, find_candidates(text), published)
