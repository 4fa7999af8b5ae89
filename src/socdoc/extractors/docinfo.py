"""Document-level facts: kind, own date (``published``), own address (``source_url``) and title.

The kind weighs the signals of who speaks. A press release is published by the acting
organisation itself: it names itself a press release, ends with press contacts, carries the
dateline ("14.03.2025" alone under the headline), sender line ("Finansministeriet"), logo line
and footer of an authority's own news page, quotes its own office holders (also as a paragraph below
"Minister Eva Holm siger:", or on a page of its site that opens with "Spring til indhold") and tells of its own action
as "vi" outside any quotation; a grant maker invites applications in its own words ("kan ansøges", "Ansøgningsskema
…"), a headline opens with the organisation's name and a colon ("KL: …"). An article is a medium reporting what
others did or said: a byline, "oplyser kommunen", "siger X til Ritzau",
"Det skriver X i en pressemeddelelse", "efter hvad avisen erfarer", quotes set off by a dash,
place datelines ("KØGE: …"), photo credits, share buttons, opinion pieces.
"""

from __future__ import annotations

import datetime as dt
import functools
from socdoc import lazy_re as re
from dataclasses import dataclass
from typing import Any, Callable, Optional


from socdoc.lang.da import read_yaml
from socdoc.extractors.dates import DateCandidate, find_candidates
from socdoc.lang import da
from socdoc.lang.da import read_word_list

HEADER_CHARS = 400
# The kind is read from the head and the foot of a long text.
HEAD_CHARS = 8000
FOOT_CHARS = 3000
MINUTES_HEADER_CHARS = 1200
# A byline: "Af Mette Kragelund", "AF: Jens Holm · 2. oktober 2017" on a short line of its own.
_BYLINE_OPEN = r"[ \t]*(?:[Aa]f|AF):?[ \t]+"
_BYLINE = re.compile(rf"(?m)^{_BYLINE_OPEN}[A-ZÆØÅ][\w\-]+[ \t]+[A-ZÆØÅ][^\n]{{0,50}}$")
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_TRAILING = ".,;:!?"
# A dateline of an organisation's own news page: "03-06-2022" or "03.06.2022" alone on a line near the top
# (a newspaper prints its date with a time or a byline). It counts twice: with no sign of a medium it makes
# the page the organisation's own news.
# Also with spaces, and signed with the writer's initials ("16 09 2019 / soa").
_CMS_DATELINE = re.compile(r"^\s*[0-3]\d([-. ])[01]\d\1(?:19|20)\d\d(?:[ \t]*/[ \t]*[a-zæøå]{2,4})?\s*$")
# The same date with its month's name ("21. september 2022", also after a weekday): counts once, as a news label.
_WRITTEN_DATELINE = re.compile(
    r"(?:(?:[Mm]an|[Tt]irs|[Oo]ns|[Tt]ors|[Ff]re|[Ll]ør|[Ss]øn)dag(?:[ ]d(?:en|\.))?[ ]+)?"
    r"[0-3]?\d\.[ ]?(?P<mon>[A-Za-zæøåÆØÅ]{3,9})\.?[ ](?:19|20)\d\d")
# A news dateline in capitals: "KØGE: En ny helhedsplan …" (newswire style).
# Also glued to its sentence ("NYKØBING:Der var …") and after a crawler's stamp (" date 2022-04 KØGE: …").
_PLACE_DATELINE = re.compile(
    r"(?m)^\s*(?:date[ \t]+[\d-]{4,10}[ \t]+)?([A-ZÆØÅ]{3,}(?:[ \-/][A-ZÆØÅ]{2,})*):(?:\s+[A-ZÆØÅ0-9]|[A-ZÆØÅ][a-zæøå])")
@functools.lru_cache(maxsize=1)
def _dash_quote() -> re.Pattern[str]:
    """A quote set off by a dash at a line start and closed by a verb of saying ("- Vi er glade, siger
    formanden"): the way newspapers print what people told them."""
    return re.compile(rf"(?m)^[ \t]*[-–][ \t]+[A-ZÆØÅ][^\n]*[,.!?][ \t]+(?:{_alt(_cues()['speech_verbs'])})[ \t]")


# A speaker's name after "til X," shows that X ends an organisation's name in the speaker's role
# ("siger bestyrelsesformand for Hjem til Alle, Agi Csonka"), not a medium told something.
_SPEAKER_AFTER = re.compile(r",[ \t]+[A-ZÆØÅ][\w\-]+[ \t]+[A-ZÆØÅ]")
_WEEKDAY = rf"(?:{'|'.join(da.load().weekdays)})"


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    return read_yaml("document.yaml")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in re.longest_first(words))


@dataclass(frozen=True)
class _KindPatterns:
    release: re.Pattern[str]
    release_header: re.Pattern[str]
    reported_release: re.Pattern[str]
    more_info: re.Pattern[str]
    news_label: re.Pattern[str]
    footer: re.Pattern[str]
    quote: re.Pattern[str]
    reported_speech: re.Pattern[str]
    source_attribution: re.Pattern[str]


# the page's date after a news label on its line ("Nyhed 10.05.2021", "Nyheder 3. maj 2021")
_NEWS_DATE = r"\d{1,2}(?:[-./]\d{1,2}[-./](?:19|20)?\d\d|\.?[ ][a-zæøå]{3,9}\.?[ ](?:19|20)\d\d)[ \t]*"


@functools.lru_cache(maxsize=1)
def _kind_patterns() -> _KindPatterns:
    cues = _cues()
    release = _alt(cues["release_words"])
    titles = _alt(cues["official_titles"])
    verbs = _alt(cues["speech_verbs"])
    report = _alt(cues["report_verbs"])
    contact = _alt(cues["contact_words"])
    news = _alt(cues["news_section_words"])
    return _KindPatterns(
        # also glued to its date by a PDF's text layer ("PRESSEMEDDELELSE09.12.2011")
        release=re.compile(rf"\b(?:{release})(?:\b|(?=\d))"),
        release_header=re.compile(rf"(?m)^[ \t]*(?:{_alt(cues['release_headers'])})(?:\b|(?=\d))"),
        reported_release=re.compile(rf"\b(?:{_alt(cues['reported_release_before'])})\s+(?:\w+\s+)?(?:{release})\b"
                                    rf"|\b(?:{_alt(cues['reported_release_from'])})\s+(?:{release})\s+fra\b"),
        more_info=re.compile(
            rf"(?m)^[ \t]*(?:{_alt(cues['more_info'])})\b"
            rf"|\b(?:{_alt(cues['more_info'])})\b[^\n]{{0,80}}(?:\n[^\n]{{0,80}})?(?:{contact})"
            rf"|^[ \t]*kontakt\b[^\n]{{0,40}}\n(?:[ \t]*\n)?[^\n]{{0,120}}\b(?:{_alt(cues['phone_words'])})\b"
            # "Kontakt: Projektleder Sara Holm, tlf. 55 72 10 00" on one line
            rf"|^[ \t]*kontakt\b[^\n]{{0,80}}\b(?:{_alt(cues['phone_words'])})\b"
        ),
        # "Nyhed", "Nyhed · 12. maj 2022", "Forside › Nyheder › …", "Aalborg Kommune - Nyheder"
        news_label=re.compile(
            rf"(?m)^[ \t]*(?:{_alt(cues['news_labels'])})[ \t]*(?:[·|–\-,/][^\n]{{0,30}}|[ \t]{_NEWS_DATE})?$"
            rf"|[›>»\-–/|][ \t]*(?:{news})[ \t]*(?:$|[›>»/|])"
            # a breadcrumb whose "»" the normalisation made a spaced quotation mark ("Forside " Nyheder " 2015"),
            # or flattened without separators ("Hjem Nyheder Byrådet har besluttet")
            rf"|[ \t]\"[ \t]+(?:{news})[ \t]+\""
            rf"|^[ \t]*(?:{_alt(cues['breadcrumb_roots'])})[ \t]+(?:[›>»\"/|\-–][ \t]+)?(?:{news})\b"
        ),
        footer=re.compile(rf"(?m)^[ \t]*(?:{_alt(cues['own_page_footer'])})\b[^\n]{{0,30}}$"),
        quote=re.compile(
            rf"\b(?:{verbs})\b[^.\n]{{0,60}}\b(?:{titles})|\b(?:{titles})[^.\n]{{0,80}}\b(?:{verbs})\b"
        ),
        # "siger Svend Larsen til Ritzau", "fortæller hun til TV 2", "siger til gellerup.nu"
        # the medium closes the clause: "… til Ritzau.", "… til TV 2 Fyn,", "siger til gellerup.nu at …"
        reported_speech=re.compile(
            rf"\b(?:{verbs})\b[^.\n\"”]{{0,60}}\btil (?:[A-ZÆØÅ][\w\-]*(?:\s[A-ZÆØÅ0-9][\w\-]*){{0,2}}"
            rf"|[a-zæøå0-9\-]+\.(?:dk|nu|com))(?=\s*[.,;:]|\s+(?:at|om|og)\b)"
        ),
        # ", oplyser kommunen." / "Det skriver Tønder Kommune"
        source_attribution=re.compile(
            rf",\s*(?:{report})\s+(?:[a-zæøå]+(?:en|et)|[A-ZÆØÅ][\w\-]*(?:\s+[A-ZÆØÅ][\w\-]*)*)\s*[.\n]"
            rf"|\b[Dd]et (?:{report})\s+(?:[a-zæøå]+(?:en|et)\b|[A-ZÆØÅ])"
        ),
    )


def _head_lines(text: str, n: int) -> list[str]:
    """The first ``n`` non-empty lines."""
    lines: list[str] = []
    for line in text[:3000].splitlines():
        if line.strip():
            lines.append(line.strip())
            if len(lines) >= n:
                break
    return lines


def _is_minutes(text: str, lowered: str) -> bool:
    cues = _cues()
    head = lowered[:600]
    header_cues = cues["minutes_header_cues"]
    minutes = _count(cues["minutes_cues"], lowered) + 2 * _count(header_cues, head)
    has_items = re.search(r"(?m)^\s*(?:beslutning|indstilling)[:\s]*$", lowered) is not None
    if not has_items and media_voice(lowered):
        return False
    if minutes >= 4 and (has_items or (any(cue in head for cue in header_cues) and _of_a_meeting(text))):
        return True
    return _meeting_title(head) and (_count(cues["attendance_labels"], lowered[:3000]) >= 2
                                      or _timed_meeting_title(text)) \
        or _minutes_header_line(head) or _dated_record_title(text) \
        or _bare_record_title(text) \
        or _minutes_by_layout(minutes_layout_votes(text)) \
        or _attendance_opening(text) or _flattened_sections(text) or _flattened_record(text) \
        or _field_label_block(head)


_FIELD_LABELS_MIN = 3


def _field_label_block(head: str) -> bool:
    """A block of a meeting's field labels, each alone on its line (in any case) over its value: a body or
    meeting label and a time label among three or more ("udvalg", "sted", "starttidspunkt")."""
    labels = _cues()["minutes_field_labels"]
    found = {line.strip().rstrip(":").strip() for line in head.split("\n")}
    kinds = {kind: found & set(words) for kind, words in labels.items()}
    return bool(kinds["body"]) and bool(kinds["time"]) and sum(map(len, kinds.values())) >= _FIELD_LABELS_MIN


_FURNITURE_LINES = 12  # lines of site furniture a page may print before its first line


def _attendance_opening(text: str) -> bool:
    """The page opens with an attendance label ("Fremmødte: Eva Lund, Bo Dam …") and a second one follows in the
    head ("Afbud: …"): the minutes of a small board or council that print no title."""
    cues = _cues()
    labels = tuple(cues["attendance_labels"])
    first = ""
    for line in text[:600].split("\n")[:_FURNITURE_LINES]:  # past a web page's menu, breadcrumb and share lines
        low = line.strip().lower()
        if low and (low.startswith(labels) or not _is_furniture(line)):
            first = low[:200]
            break
    if not first.startswith(labels):
        return False
    head = text[:3000].lower()
    return sum(1 for label in cues["attendance_labels"] if label in head) >= 2


@functools.lru_cache(maxsize=1)
def _flattened_section_pattern() -> re.Pattern[str]:
    words = _alt([w.capitalize() for w in _cues()["flattened_section_labels"]])
    return re.compile(rf"(?<![\w-])({words})[ ]+(?=[A-ZÆØÅ0-9])")


def _flattened_sections(text: str) -> bool:
    """A converter ran the minutes' items together ("44. Udpegning … Resumé Byrådet skal … Sagsfremstilling I sit
    … Beslutning Morten Holm blev udpeget …"): two of the case-section labels, capitalised before the capital of
    their text, each stand twice at least."""
    found = _flattened_section_pattern().findall(text[:HEAD_CHARS])
    return sum(1 for label in set(found) if found.count(label) >= 2) >= 2


# The families of a record's own labels, as they stand inside the run-together lines of a transcript.
_RECORD_LABEL_FAMILIES = ("layout_contents_labels", "layout_member_labels", "layout_open_closed_labels",
                          "layout_section_labels")
_FIRST_LINE_DATE = re.compile(r"\bden \d{1,2}\. ?[a-zæøå]{3,9}\.?(?: (?:19|20)\d\d)?\b|\b\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d\b",
                              re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _inline_record_labels() -> tuple[re.Pattern[str], ...]:
    """Per family, a label written with its capital (or in capitals) and followed by the capital or number of the
    field it opens ("Indholdsfortegnelse 001. …", "Tilstede Eva Lund …", "Åbent møde 1. …", "Beslutning Byrådet …")."""
    cues = _cues()
    return tuple(
        re.compile(rf"(?:^|(?<=[\s\d.]))(?i:(?=[A-ZÆØÅ])(?:{_alt(cues[key])}))(?:[ \t]*[:/])?[ \t]+(?=[A-ZÆØÅ0-9])")
        for key in _RECORD_LABEL_FAMILIES)


_ECHO_REACH = 8  # head lines in which a document site repeats the file's title


@functools.lru_cache(maxsize=1)
def _title_echo() -> re.Pattern[str]:
    return re.compile(_cues()["page_title_echo_regex"], re.IGNORECASE)


def _title_lines(text: str) -> list[str]:
    """The first line and, where a document site repeats the file's title in its download line
    ('Download "Referat … 8.06.2006 kl. 8.15 …"'), that title whole: the site's first line may print it
    with the numbers dropped ("… Torsdag kl …")."""
    head = _head_lines(text, _ECHO_REACH)
    titles = [text.lstrip().split("\n", 1)[0]]
    echo = _title_echo()
    for line in head[1:]:
        m = echo.match(line)
        if m:
            titles.append(line[m.end():].rstrip("\"“” "))
            break
    return titles


def _flattened_record(text: str) -> bool:
    """A document viewer's transcript of minutes, whose pages a converter ran into long lines: the first line
    names the meeting with its date and clock ("Teknikudvalget tirsdag den 1. marts 2011, kl. 13:00 …") and the
    head holds the record's own labels inline, of two families at least (contents, members, open and closed items,
    decision sections). Line-based layout votes see none of it."""
    if not any(_KL_TIME.search(first) and _FIRST_LINE_DATE.search(first) for first in _title_lines(text)):
        return False
    head = text[:HEAD_CHARS]
    found = sum(1 for pat in _inline_record_labels() if any(m.group()[0].isupper() for m in pat.finditer(head)))
    return found >= 2


_MEETING_CLOCK = re.compile(r"\bkl\.?[ \t]*\d{1,2}\b|\b\d{1,2}[:.]\d{2}[ \t]*[-–][ \t]*\d{1,2}[:.]\d{2}\b", re.IGNORECASE)
_OF_A_MEETING_CHARS = 3000


def _of_a_meeting(text: str) -> bool:
    """Whether the head of a page that calls itself a record or an agenda also names a meeting: a day, a
    clock time or a numbered agenda line. A page about minutes in general (a housing organisation's
    guidance on what a board's record should hold) uses the words and names none."""
    head = text[:_OF_A_MEETING_CHARS]
    if _MEETING_CLOCK.search(head) or find_candidates(head):
        return True
    item = _layout_patterns()["item"]
    return any(item.fullmatch(line.strip()) for line in head.splitlines())


_MIN_LAYOUT_VOTES = 3
# Families only minutes have (a line telling when the meeting ended is written afterwards); an invitation's "Tid:", "Sted:", numbered programme and "Deltagere:" do not add up
# to minutes without one of them.
_RECORD_VOTES = frozenset({"contents", "open_closed", "section", "clock"})


def _minutes_by_layout(votes: set[str]) -> bool:
    """Three families of weak signals, one of them a record's own (contents list, open/closed groups, decision
    sections)."""
    return len(votes) >= _MIN_LAYOUT_VOTES and bool(votes & _RECORD_VOTES)
_LAYOUT_CHARS = 6000
_LAYOUT_LINE_CHARS = 120


@functools.lru_cache(maxsize=1)
def _layout_patterns() -> dict[str, re.Pattern[str]]:
    cues = _cues()

    def whole(key: str) -> re.Pattern[str]:
        return re.compile(rf"(?:{_alt(cues[key])})[ \t]*:?")

    return {
        "contents": whole("layout_contents_labels"),
        "members": re.compile(rf"(?:{_alt(cues['layout_member_labels'])})[ \t]*(?::|$)"),
        "open_closed": whole("layout_open_closed_labels"),
        "header": re.compile(rf"({_alt(cues['layout_header_labels'])})[ \t]*:"),
        "section": whole("layout_section_labels"),
        "item_record": re.compile(cues["layout_item_record_regex"]),
        "item": re.compile(r"(?:punkt[ \t]+)?\d{1,4}\.?[ \t]+(?!(?:[a-zæøå]+|\d)[ .])[A-ZÆØÅ§][^\n]{2,}"),
        "timed": re.compile(rf"(?i:{_WEEKDAY})\b[^\n]{{0,30}}\d[^\n]{{0,30}}\bkl\.?[ \t]*\d{{1,2}}"),
        "clock": re.compile(cues["layout_meeting_clock_regex"]),
    }


def minutes_layout_votes(text: str) -> set[str]:
    """Families of weak minutes signals in the head of a page, each counted once: a contents label, an
    attendance or members label, open/closed item groups, two labelled header fields (Mødested, Dato, Tid),
    two decision or case sections, numbered agenda lines, a weekday-date-time line, a line telling when the
    meeting began or ended ("Mødet begyndte kl. 13.30 og sluttede kl. 19.30")."""
    pats = _layout_patterns()
    votes: set[str] = set()
    headers: set[str] = set()
    sections = items = 0
    for raw in text[:_LAYOUT_CHARS].splitlines():
        line = raw.strip()
        if not line or len(line) > _LAYOUT_LINE_CHARS:
            continue
        low = line.lower()
        for key in ("contents", "open_closed"):
            if pats[key].fullmatch(low):
                votes.add(key)
        if pats["members"].match(low):
            votes.add("members")
        header = pats["header"].match(low)
        if header:
            headers.add(header.group(1))
        sections += pats["section"].fullmatch(low) is not None or pats["item_record"].fullmatch(low) is not None
        items += pats["item"].fullmatch(line) is not None
        if len(line) <= 80 and pats["timed"].search(line):
            votes.add("timed")
        if pats["clock"].match(low):
            votes.add("clock")
    if len(headers) >= 2:
        votes.add("header")
    if sections >= 2:
        votes.add("section")
    if items >= _cues()["layout_min_numbered_items"]:
        votes.add("items")
    return votes


# A date in a title line: "22. november 2007", "d. 12. maj 2020", "22.11.07", "4/6-2015".
_TITLE_DATE = re.compile(r"\b\d{1,2}\.[ ]?(?:[a-zæøå]{3,9}\.?[ ](?:19|20)\d\d|\d{1,2}\.(?:19|20)?\d\d)\b|\b\d{1,2}/\d{1,2}-(?:19|20)?\d\d\b")


def _dated_record_title(text: str) -> bool:
    """One of the first lines opens with the record's own name and dates it ("Referat 22. november
    2007", "Referat Ungerådsmøde d. 12. maj 2020", a PDF's letter-spaced "R e f e r a t MØDE …
    Torsdag den 4. juni 2015"): the page is the minutes of that meeting."""
    opening = re.compile(rf"{_cues()['record_title_lead_regex']}(?:{_alt(_cues()['record_title_words'])})(?![\w-])")
    if any(opening.match(title.lower()) and _TITLE_DATE.search(title) for title in _title_lines(text)[1:]):
        return True  # the title a document site repeats whole in its download line
    # the first lines as they stand, and past a web page's menu, breadcrumb and print lines
    return any(_record_title_in(text, [_LETTER_SPACED.sub(_unspaced, line).lower() for line in head], opening)
               for head in (_head_lines(text, 5), _unfurnished_head(text, 5)))


@functools.lru_cache(maxsize=1)
def _bare_record_title_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alt(_cues()['record_title_words'])})[ \t]*:?", re.IGNORECASE)


def _bare_record_title(text: str) -> bool:
    """The page opens with the record's name alone ("Referat:") over numbered agenda items: an association's
    minutes pasted into a web page, its name and date left to the page around it."""
    first = _head_lines(text, 1)
    return bool(first) and _bare_record_title_pattern().fullmatch(first[0]) is not None \
        and "items" in minutes_layout_votes(text)


def _record_title_in(text: str, lines: list[str], opening: re.Pattern[str]) -> bool:
    """One of the first four of ``lines`` (lower case) is the record's dated title."""
    for i, line in enumerate(lines[:4]):
        if not opening.match(line):
            continue
        if _TITLE_DATE.search(line):
            return True
        # the date on the line under the title ("Referat af bestyrelsesmøde" / "6. december 2005 kl. 18.30"),
        # with an attendance label in the head
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if _TITLE_DATE.match(below) and _count(_cues()["attendance_labels"], text[:3000].lower()) >= 1:
            return True
    return False


def _unfurnished_head(text: str, n: int) -> list[str]:
    """The first ``n`` non-empty lines past a web page's menu, breadcrumb and print lines ("Gå til indhold" /
    "Lokalrådet > Referater" / "Udskriv siden"), looked for among the first ``_FURNITURE_LINES`` lines."""
    return [line for line in _head_lines(text, _FURNITURE_LINES) if not _is_furniture(line)][:n]


_KL_TIME = re.compile(r"\bkl\b\.?", re.IGNORECASE)


def _timed_meeting_title(text: str) -> bool:
    """The first line names the meeting with its date and clock ("Bestyrelsesmøde onsdag den 4. maj
    2016, kl. 17 …") and an attendance label follows, perhaps without its colon in a flattened page
    ("… Afbud Karen Holm …"): the page is its minutes."""
    first = text.lstrip().split("\n", 1)[0]
    if not _KL_TIME.search(first):
        return False
    cues = _cues()
    head = text[:3000]
    return _count(cues["attendance_labels"], head.lower()) >= 1 or _flattened_attendance().search(head) is not None


@functools.lru_cache(maxsize=1)
def _flattened_attendance() -> re.Pattern[str]:
    return re.compile(_cues()["flattened_attendance_regex"])


@functools.lru_cache(maxsize=1)
def _header_line_parts() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cues = _cues()
    body = re.compile(rf"\b\w*(?:{_alt(cues['body_name_endings'])})\b")
    label = re.compile(rf"\b(?:{_alt(cues['minutes_header_cues'] + cues['header_line_labels'])})\b")
    date = re.compile(r"\bden \d{1,2}\. ?[a-zæøå]{3,9}\.? (?:19|20)\d\d\b"
                      # without "den", a date is the meeting's when the clock follows it ("14. maj 2009 torsdag
                      # kl. 7:30", "18-12-2014 kl. 17:00")
                      r"|\b(?:\d{1,2}\. ?[a-zæøå]{3,9}\.? (?:19|20)\d\d|\d{1,2}[.-]\d{1,2}[.-](?:19|20)?\d\d)\b"
                      r"[^\n]{0,30}?\bkl\b\.? ?\d{1,2}[.:]\d\d")
    return body, label, date


def _minutes_header_line(head: str) -> bool:
    """A line of the head names a council or committee, calls the page its minutes or agenda and
    dates the meeting ("Møde i Byrådet tirsdag den 4. marts 2008 … Referat", a transcript's "Økonomiudvalget
    Referat fra ordinært møde 14. maj 2009 Torsdag kl. 7:30")."""
    body, label, date = _header_line_parts()
    lines = (_LETTER_SPACED.sub(_unspaced, line) for line in head.splitlines())
    return any(body.search(line) and label.search(line) and date.search(line) for line in lines)


# A word set with spaces between its letters by a PDF title ("b e s l u t n i n g e r").
_LETTER_SPACED = re.compile(r"\b(?:[^\W\d_] ){3,}[^\W\d_]\b")


def _unspaced(match: re.Match[str]) -> str:
    return match.group().replace(" ", "")


@functools.lru_cache(maxsize=1)
def _meeting_title_pattern() -> re.Pattern[str]:
    cues = _cues()
    words = _alt(cues["meeting_title_words"])
    ending = re.escape(cues["meeting_word_ending"])
    return re.compile(
        rf"^[^\n.]{{0,60}}?(?:\w*{ending}|{words})\b[^\n.]{{0,40}}?\bden \d{{1,2}}\. ?\w", re.M
    )


def _meeting_title(head: str) -> bool:
    """The first line names a meeting with its date ("Bestyrelsesmøde torsdag den 22. oktober",
    "Fælles dialogforumsmøde den 27. oktober"): with attendance labels, the page is its minutes."""
    first = head.lstrip().split("\n", 1)[0]
    return _meeting_title_pattern().search(first) is not None


def media_voice(lowered: str) -> bool:
    """True when the page names at least two kinds of news-medium staff ("Chefredaktør",
    "Skribent", "Redaktionen"): a medium writing about a meeting, not its minutes."""
    words = _cues()["media_staff_cues"]
    return _has(words, lowered) and len(set(_media_staff().findall(lowered))) >= 2


@functools.lru_cache(maxsize=1)
def _media_staff() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(_cues()['media_staff_cues'])})\b")


def _count(cues: list[str], lowered: str) -> int:
    return sum(1 for cue in cues if cue in lowered)


def _has(words: list[str], lowered: str) -> bool:
    """A cheap prefilter: does any of the words occur at all?"""
    return any(word in lowered for word in words)


def _lone_written_dateline(text: str, max_lines: int = 8) -> bool:
    """A date with its month's name alone on one of the first lines ("21. september 2022", "Onsdag 3. maj 2023"):
    a page's dateline, which a medium prints with its time or its byline."""
    month_by_word = da.load().month_by_word
    for line in _head_lines(text, max_lines):
        m = _WRITTEN_DATELINE.fullmatch(line)
        if m is not None and m.group("mon").lower() in month_by_word:
            return True
    return False


def _is_circular(lowered: str) -> bool:
    cues = _cues()
    if _has(cues["circular_phrases"], lowered):
        return True
    openers = tuple(cues["circular_openers"])
    return any(line.strip().startswith(openers) for line in lowered[:2000].splitlines())


def press_score(text: str, lowered: str) -> int:
    """Signals that the acting organisation publishes its own news."""
    p = _kind_patterns()
    cues = _cues()
    score = 0
    if _has(cues["release_words"], lowered):
        score += 2 * (len(p.release.findall(lowered)) > len(p.reported_release.findall(lowered)))
    contact = _has(cues["press_contacts"], lowered) or (
        _has(cues["more_info"] + ["kontakt"], lowered) and p.more_info.search(lowered) is not None
    )
    score += 2 * contact
    score += 2 * (p.release_header.search(lowered[:1500]) is not None or _is_circular(lowered))
    # the furniture of a news page: its section's label, or its date written out alone on a line near the top
    # ("21. september 2022" under the headline); one sign, counted once
    score += p.news_label.search(lowered[:1500]) is not None or _lone_written_dateline(text)
    score += 2 * _cms_dateline(text)
    score += _has(cues["own_page_footer"], lowered) and p.footer.search(lowered) is not None
    score += _has(cues["speech_verbs"], lowered) and p.quote.search(lowered) is not None
    score += re.search(r"\bi dag\b", lowered[:800]) is not None
    head = _head_lines(text, 10)
    score += 2 * (any(_sender_pattern().fullmatch(line) or _authority_logo().fullmatch(line) for line in head)
                  or bool(head) and _first_line_sender().fullmatch(head[0]) is not None)
    score += 2 * _own_call(lowered)
    score += 2 * _org_headline(text)
    score += 2 * _own_date_line(lowered)
    score += 2 * _dated_news_label(lowered)
    score += 2 * _own_meeting_decision(lowered)
    score += 2 * _council_digest_title(text)
    score += 2 * (_has(cues["official_titles"], lowered) and _titled_statement().search(text) is not None)
    score += 2 * _grant_list(lowered)
    score += 2 * _speaker_colon_statement(text)
    score += 2 * _service_sender_head(text)
    if not _has(cues["opinion_cues"], lowered) and _own_voice(text):
        score += 1 + _actor_headline(text)
    return score + _own_site_page(lowered, score)


def _own_site_page(lowered: str, score: int) -> bool:
    """A page of the organisation's own site, which opens with its link past the menu ("Spring til indhold",
    "Gå til hovedindhold"), confirms a sign of its own news found besides (a quoted office holder, its news
    section's label, "vi" in its own narration); alone it proves nothing: the site's pages that tell no news (a
    strategy, a policy) open with it too."""
    return score >= 1 and _skip_link().search(lowered[:1500]) is not None


def _cms_dateline(text: str, max_lines: int = 8) -> bool:
    """A news page's date alone on a line in the head ("03-06-2022"); the same date below the label of an update ("Opdateret" / "15.11.2019") is the stamp of a standing page, not the day of its news."""
    lines = _head_lines(text, max_lines)
    updated = _updated_label()
    return any(_CMS_DATELINE.match(line) and not (i and updated.fullmatch(lines[i - 1].lower()))
               for i, line in enumerate(lines))


@functools.lru_cache(maxsize=1)
def _updated_label() -> re.Pattern[str]:
    """A line that is only the label of a page's update ("Opdateret", "Senest opdateret:")."""
    return re.compile(rf"(?:{_alt(_cues()['updated_labels'])})[ \t]*:?")


_DASHES = "-–—"
_QUOTE_MARKS = "\"“”„»«"
_QUOTED = re.compile(r"[\"“”„»][^\"“”„»«\n]*[\"“”«]")


@functools.lru_cache(maxsize=1)
def _skip_link() -> re.Pattern[str]:
    """A website's link past its menu at the top of a page ("Spring til indhold", "Skip to main content")."""
    return re.compile(rf"(?m)^[ \t]*(?:{_alt(_cues()['skip_links'])})\b")


@functools.lru_cache(maxsize=1)
def _own_voice_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = _cues()
    verbs = _alt(cues["speech_verbs"] + cues["statement_intro_verbs"])
    return (re.compile(rf"(?i)\b(?:{_alt(cues['own_voice_words'])})\b"),
            # the close of a quote: ", siger hun", "…?” spørger", a closing mark at the end of the line
            re.compile(rf"[,.!?…][\"”“»]?[ \t]+(?:{verbs})\b|[\"”“»][ \t]*$"))


def _own_voice(text: str) -> bool:
    """The organisation tells of its own action in the first person plural outside any quotation: at least
    ``own_voice_min_lines`` prose lines with "vi"/"vores" that are neither a quote set off by a dash or a
    quotation mark (nor its run-on lines up to the speaker's verb), nor a statement set below its speaker's line
    ("… siger:"), nor an interview's answer, nor furniture addressing the reader. A writer who speaks as "jeg"
    in as many prose lines writes a column or a letter, not the organisation's news."""
    cues = _cues()
    words = cues["own_voice_words"]
    we, closed = _own_voice_patterns()
    personal = _personal_voice_pattern()
    lines = personal_lines = 0
    in_quote = False
    asked = introduced = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        answer, asked = asked, line.endswith("?")
        statement, introduced = introduced, line.endswith(":") and _speaker_line_end().search(line) is not None
        if answer or statement:
            continue  # an interview's answer below its question, a statement below its speaker's line
        if in_quote or line[0] in _DASHES + _QUOTE_MARKS:
            in_quote = closed.search(line) is None
            continue
        narration = _QUOTED.sub(" ", line)
        opened = min((narration.find(q) for q in _QUOTE_MARKS if q in narration), default=-1)
        if opened >= 0:  # a quotation opened in the line runs on to a later line
            in_quote = True
            narration = narration[:opened]
        low = narration.lower()
        if len(narration.split()) < cues["own_voice_min_words"] or _has(cues["own_voice_furniture"], low):
            continue
        if closed.search(narration) is not None:
            continue
        personal_lines += personal.search(narration) is not None
        lines += _has(words, low) and we.search(narration) is not None
    return lines >= cues["own_voice_min_lines"] and personal_lines < cues["personal_voice_min_lines"]


@functools.lru_cache(maxsize=1)
def _speaker_line_end() -> re.Pattern[str]:
    """The end of a speaker's line: the verb of saying and a colon ("… siger:", "… tilføjer:")."""
    cues = _cues()
    return re.compile(rf"\b(?:{_alt(cues['speech_verbs'] + cues['statement_intro_verbs'])})[ \t]*:$")


@functools.lru_cache(maxsize=1)
def _personal_voice_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_alt(_cues()['personal_voice_words'])})\b")


@functools.lru_cache(maxsize=1)
def _actor_headline_pattern() -> re.Pattern[str]:
    """A headline whose subject is an organisation's name, before a finite verb ("Sundby Boligselskab
    udvikler …", "Region Nord vedtager …", "DKR byder …")."""
    cues = _cues()
    endings = _alt(cues["headline_actor_endings"])
    prefixes = _alt([w.capitalize() for w in cues["publisher_prefixes"]])
    name = (rf"(?:(?:[A-ZÆØÅ][\w\-]*[ ]){{0,4}}(?=[A-ZÆØÅ])[\w\-]*(?i:{endings})"
            rf"|(?:{prefixes})(?:[ ][A-ZÆØÅ][\w\-]*){{1,2}}|[A-ZÆØÅ]{{2,6}})")
    return re.compile(rf"{name}[ ]+[a-zæøå]{{3,}}(?:r|ede|te)\b")


def _actor_headline(text: str) -> bool:
    title = find_title(text)
    return title is not None and _actor_headline_pattern().match(title) is not None


@functools.lru_cache(maxsize=1)
def _titled_statement() -> re.Pattern[str]:
    """A line opening with an office holder's title, name and a colon before the quotation mark ("Borgmester Eva
    Holm: ”Vi er glade …"): the organisation's own release presents its statement so; a medium closes a quote
    with "siger …"."""
    cues = _cues()
    titles = _alt(cues["official_titles"])
    verbs = _alt(cues["speech_verbs"] + cues["statement_intro_verbs"])
    name = r"[A-ZÆØÅ][\w\-]+(?:[ ][A-ZÆØÅ][\w\-]+){0,3}(?:[ ]\([A-ZÆØÅ]{1,2}\))?"
    # Also with the statement as a paragraph of its own below the speaker's line ("Social- og boligminister
    # Eva Holm siger:", "Formand for Socialudvalget Bo Dam (A) tilføjer:"), the layout of a ministry's release,
    # also without quotation marks ("Udlændinge-, integrations- og boligminister Eva Holm siger:" / "Vi skal …").
    return re.compile(
        rf"(?m)^[ \t]*(?:[A-ZÆØÅ][\w\-]*[ ]){{0,3}}(?i:[\w\-]*(?:{titles}))[ ]+{name}:[ ]*[”\"“„»]"
        rf"|^[ \t]*(?:[A-ZÆØÅ][\w]*-?[ ](?:og[ ])?){{0,3}}(?i:[\w\-]*(?:{titles}))(?:[ ]for[ ][^\n:]{{1,60}}?)?"
        rf"[ ]+{name}(?:[ ](?:{verbs}))?:[ \t]*\n(?:[ \t]*\n)?[ \t]*[”\"“„»]"
        # the statement as a plain paragraph, without quotation marks, after the verb and colon
        rf"|^[ \t]*(?:(?:[\w]+-,?[ ]){{1,3}}og[ ])?(?i:[\w\-]*(?:{titles}))[ ]+{name}[ ](?:{verbs}):[ \t]*\n"
        rf"(?:[ \t]*\n)?[ \t]*[A-ZÆØÅ][a-zæøå]+[ ][^\n]{{40,}}")


_SENDER_NAME = re.compile(r"[A-ZÆØÅ0-9][\w&\-]*(?:[ ][\w&\-]+){0,4}")


_SERVICE_HEADLINE_WORDS = 5


def _service_sender_head(text: str) -> bool:
    """A release service's head: the sender's name alone on the first line, the headline below it and then only
    the share label ("Kirkens Korshær" / "Tænd et lys for …" / "Del"): the organisation's own release, whatever
    kind of organisation sends it; also the headline directly over the share label when the copy lost the
    sender's line."""
    lines = _head_lines(text, 3)
    shares = _cues()["service_share_labels"]
    if len(lines) >= 2 and lines[1] in shares and lines[0] not in shares:
        # the same head whose sender line the page's copy left out: the headline, then only the share label
        return len(lines[0].split()) >= _SERVICE_HEADLINE_WORDS
    if len(lines) < 3 or lines[2] not in shares:
        return False
    sender = lines[0]
    if sender.lower() in _cues()["news_labels"] + _cues()["title_furniture"]:
        return False  # a section's name ("Nyheder") or the site's furniture, not a sender
    return _SENDER_NAME.fullmatch(sender) is not None and len(lines[1].split()) >= 3


@functools.lru_cache(maxsize=1)
def _speaker_colon_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = _cues()
    verbs = _alt(cues["speech_verbs"] + cues["statement_intro_verbs"])
    # the speaker's line ends with the verb and a colon; the statement follows as its own paragraph, opened by a
    # quotation mark, a dash or a plain capital
    statement = re.compile(
        rf"(?m)^[^\n]{{0,300}}?\b(?:{verbs})[ \t]*:[ \t]*\n(?:[ \t]*\n)?[ \t]*"
        rf"((?:[-–—][ \t]+|[”\"“„»][ \t]*)?[A-ZÆØÅ][^\n]{{40,}})")
    # a statement that a medium closes with its speaker (", siger hun.") is a quote, not a release's paragraph
    closed = re.compile(rf"[,.!?…][\"”“»]?[ \t]+(?:{verbs})\b")
    return statement, closed


def _speaker_colon_statement(text: str) -> bool:
    """A speaker's line that ends with the verb of saying and a colon ("Beskæftigelsesminister Eva Holm siger:",
    "… Red Barnets generalsekretær, Eva Holm, udtaler:") over the statement as a paragraph of its own, in quotation
    marks, after a dash or plain: the layout of an organisation's own release. A medium closes its quotes with
    the speaker (", siger hun")."""
    if ":" not in text:
        return False
    statement, closed = _speaker_colon_patterns()
    return any(closed.search(m.group(1)) is None for m in statement.finditer(text))


_GRANT_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:mio\.?\s*|millioner\s*)?(?:kr\b|kroner\b)|\bkr\.?\s*\d")
_GRANT_LINES = 2


def _grant_list(lowered: str) -> bool:
    """Two lines that each give a recipient an amount ("… fik tilsagn om tilskud på kr. 832.000 til …"):
    a grant maker's own list of its grants."""
    phrases = _cues()["grant_line_phrases"]
    if not _has(phrases, lowered):
        return False
    lines = (line for line in lowered.splitlines() if len(line) <= 300 and _has(phrases, line))
    return sum(1 for line in lines if _GRANT_AMOUNT.search(line)) >= _GRANT_LINES


@functools.lru_cache(maxsize=1)
def _own_date_pattern() -> re.Pattern[str]:
    # the year also in two digits after a numeric date ("Dato 06.05.20"), and the line perhaps closed by the
    # separator before the page's next field ("… 06.05.20 |")
    date = r"\d{1,2}(?:[-./]\d{1,2}[-./](?:(?:19|20)\d\d|\d\d)|\.?[ ]?[a-zæøå]{3,9}\.?[ ](?:19|20)\d\d)"
    return re.compile(
        rf"(?m)^[ \t]*(?:{_alt(_cues()['own_date_labels'])})[ \t]*:?[ \t]*(?:den[ ]+)?{date}[ \t]*\|?[ \t]*$")


_NUMERIC_DATE = r"\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d\d"


@functools.lru_cache(maxsize=1)
def _dated_news_label_pattern() -> re.Pattern[str]:
    cues = _cues()
    label = rf"(?:{_alt(cues['news_labels'])})(?:[ \t]+(?:{_alt(cues['news_label_audiences'])}))?"
    return re.compile(rf"(?m)^[ \t]*(?:{label}[ \t]+{_NUMERIC_DATE}|{_NUMERIC_DATE}[ \t]+{label})[ \t]*$")


def _dated_news_label(lowered: str, max_lines: int = 8) -> bool:
    """The news section's label and the page's numeric date alone on one line in the head, in either order
    ("Nyhed 10.05.2021", "15/1-2020 Nyhed til alle"): an organisation's own news page dates its news so."""
    head = "\n".join(_head_lines(lowered, max_lines))
    return _dated_news_label_pattern().search(head) is not None


def _own_date_line(lowered: str) -> bool:
    """A line in the head that is only a page-date label and a date without a clock ("Publiceret 03-05-2021")."""
    head = lowered[:1500]
    return _has(_cues()["own_date_labels"], head) and _own_date_pattern().search(head) is not None


@functools.lru_cache(maxsize=1)
def _own_meeting_pattern() -> re.Pattern[str]:
    cues = _cues()
    body = rf"\b[\w-]*(?:{_alt(cues['meeting_body_stems'])})\w*"
    date = r"(?:den \d{1,2}\. [a-zæøå]+ (?:19|20)\d\d )?"
    return re.compile(rf"{body}[^.\n]{{0,60}}?(?:\b(?:{_alt(cues['own_meeting_phrases'])})\b"
                      rf"|\bhar {date}(?:{_alt(cues['final_adoption_phrases'])})\b)")


def _own_meeting_decision(lowered: str) -> bool:
    """The organisation's governing body reports its own decision in one clause: "Udvalget behandlede på sit
    møde …", "Kommunalbestyrelsen har på sit møde den 9. juni endeligt vedtaget …", "Byrådet har den 29. august
    2016 endeligt vedtaget"; a medium reports the decision of a meeting by its date or its name."""
    cues = _cues()
    if not (_has(cues["own_meeting_phrases"], lowered) or _has(cues["final_adoption_phrases"], lowered)):
        return False
    return _own_meeting_pattern().search(lowered) is not None


def _own_call(lowered: str) -> bool:
    """A grant maker's own call page: a notice of its deadline, "Ansøgningsfrist" as a heading line, or the
    invitation to apply in the grant maker's own words ("Puljen kan ansøges indtil …", "Der åbnes hermed for
    ansøgninger", "Ansøgningsskema og vejledning findes …"); a medium reports that a pool "kan søges"."""
    cues = _cues()
    if _has(cues["call_invitations"], lowered):
        return True
    if "ansøgningsfrist" not in lowered:
        return False
    if _has(cues["call_notices"], lowered):
        return True
    headings = set(cues["call_headings"])
    return any(line.strip().rstrip(":") in headings for line in lowered.splitlines())


@functools.lru_cache(maxsize=1)
def _org_headline_pattern() -> re.Pattern[str]:
    """A headline that opens with the organisation's name and a colon ("KL: Problemerne skal løses",
    "Landsbyggefonden: Ny ramme …"): the organisation's own statement as its news page heads it."""
    cues = _cues()
    endings = _alt(cues["headline_actor_endings"])
    # a name, not the bare noun of a medium's headline ("Politi: …", "Kommune: …")
    name = (rf"(?:(?:[A-ZÆØÅ][\w\-]*[ ]){{1,3}}(?=[A-ZÆØÅ])[\w\-]*|[A-ZÆØÅ][\w\-]+)(?i:{endings})"
            rf"|[A-ZÆØÅ]{{2,{cues['headline_acronym_max']}}}")
    return re.compile(rf"[\"“”„»]?(?:{name}):[ ]+[\"“”„»]?[A-ZÆØÅ]")


def _org_headline(text: str) -> bool:
    title = find_title(text)
    return (title is not None and len(title.split()) <= _cues()["headline_max_words"]
            and _org_headline_pattern().match(title) is not None)


@functools.lru_cache(maxsize=1)
def _authority_logo() -> re.Pattern[str]:
    """The logo of an authority's own site at the top of its page: "Viborg Kommune Logo", "Frederikssund
    Kommunes logo"."""
    return re.compile(rf"(?i)(?:[\w\-]+[ ]){{0,4}}[\w\-]*(?:{_alt(_cues()['logo_owners'])})s?[ ]logo")


@functools.lru_cache(maxsize=1)
def _sender_pattern() -> re.Pattern[str]:
    """A line that is only an authority's name: "Finansministeriet", "Social- og Boligstyrelsen", "Regeringen"."""
    cues = _cues()
    word = r"[A-ZÆØÅ][\w]*-?"
    return re.compile(rf"(?:(?:{word}[ ](?:og|for)[ ])*[A-ZÆØÅ][\w]*(?:{_alt(cues['sender_endings'])})"
                      rf"|(?i:{_alt(cues['sender_names'])}))")


@functools.lru_cache(maxsize=1)
def _first_line_sender() -> re.Pattern[str]:
    """A municipality's or region's name alone as the page's first line ("Lolland Kommune", "Region Sjælland"): the
    site's own name above its news, which a medium does not print so."""
    cues = _cues()
    suffixes = _alt([w.capitalize() for w in cues["first_line_sender_suffixes"]])
    prefixes = _alt([w.capitalize() for w in cues["first_line_sender_prefixes"]])
    word = r"[A-ZÆØÅ][\w\-]+"
    return re.compile(rf"(?:{word}[ ]){{1,2}}(?:{suffixes})|(?:{prefixes})[ ]{word}")


@functools.lru_cache(maxsize=1)
def _council_digest_pattern() -> re.Pattern[str]:
    """A heading that is only the council's digest phrase, perhaps with a month or year ("Byrådet har besluttet -
    oktober", "Nyt fra byrådet", "Byrådet har besluttet..."); a headline that goes on to a decision is none."""
    phrases = _alt(_cues()["council_digest_titles"])
    return re.compile(rf"(?i:{phrases})[ \t.…:\-–]*(?:[a-zæøå]+(?:[ \t]+(?:19|20)\d\d)?|(?:19|20)\d\d)?[ \t.…]*")


def _council_digest_title(text: str) -> bool:
    """A municipality's own digest of its council's decisions: one of the first lines is only its heading."""
    return any(_council_digest_pattern().fullmatch(line) for line in _head_lines(text, 4))


@functools.lru_cache(maxsize=1)
def _release_service_line() -> re.Pattern[str]:
    services = _alt(_cues()["release_service_addresses"])
    return re.compile(rf"(?:https?://)?(?:www\.)?[^\s]*(?:{services})[^\s]*")


def _reprinted_release(text: str, foot_lines: int = 6) -> bool:
    """A page that gives a press release's own address on a line of its own at its foot (a local site reprinting
    "https://via.ritzau.dk/pressemeddelelse/…" over "Kilde: Billund Kommune"): the text is the organisation's
    release; counts as much as a page that names itself a press release. A link inside a sentence is a citation."""
    if "pressemeddelelse" not in text and "pressrelease" not in text:
        return False
    tail = [line.strip() for line in text[-FOOT_CHARS:].splitlines() if line.strip()][-foot_lines:]
    return any(_release_service_line().fullmatch(line) for line in tail)


@functools.lru_cache(maxsize=1)
def _section_label() -> re.Pattern[str]:
    return re.compile(rf"(?m)(?:^|[|›»/·])[ \t]*(?:{_alt(_cues()['article_section_labels'])})\b(?![\w-])")


def article_score(text: str, lowered: str) -> int:
    """Signals that a medium reports what others did or said."""
    p = _kind_patterns()
    cues = _cues()
    score = _count(cues["article_cues"], lowered)
    score += _has(cues["article_section_labels"], lowered) and _section_label().search(lowered) is not None
    score += 2 * (_count(cues["opinion_cues"], lowered) > 0)
    score += 2 * any(len(m.group().split()) <= 9 for m in _BYLINE.finditer(text))
    if _has(cues["release_words"], lowered):
        score += 2 * (p.reported_release.search(lowered) is not None)
    if _has(cues["speech_verbs"], lowered) and " til " in lowered:
        score += 2 * any(not _SPEAKER_AFTER.match(text, m.end()) for m in p.reported_speech.finditer(text))
    if _has(cues["report_verbs"], lowered):
        score += 2 * (p.source_attribution.search(text) is not None)
    score += any(m.group(1).lower() not in cues["capital_labels"] for m in _PLACE_DATELINE.finditer(text[:1500]))
    score += _dash_quote().search(text) is not None
    return score


def classify(text: str) -> str:
    """``minutes``, ``press_release`` or ``article`` from cue words and layout signals."""
    plain = _URL.sub(" ", text)
    lowered = plain.lower()
    if _is_minutes(plain, lowered):
        return "minutes"
    if len(plain) > HEAD_CHARS + FOOT_CHARS:  # who speaks shows in the head and the foot of a page
        plain = plain[:HEAD_CHARS] + "\n" + plain[-FOOT_CHARS:]
        lowered = plain.lower()
    press = press_score(plain, lowered) + 4 * _reprinted_release(text)
    article = article_score(plain, lowered)
    return "press_release" if press >= 2 and press > article else "article"


# --- own address -----------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _own_url_label() -> re.Pattern[str]:
    labels = _alt(_cues()["own_url_labels"])
    return re.compile(rf"(?:^|\n)[ \t]*(?:{labels})[ \t]*:?[ \t]*$|\b(?:{labels})[ \t]*:[ \t]*$", re.IGNORECASE)


def _valid_host(url: str) -> bool:
    """A host with a known top-level domain ("https://vejledning" or a glued "…dkartikel" is not)."""
    host = re.sub(r"^https?://", "", url).split("/", 1)[0].split(":", 1)[0].lower()
    if "." not in host:
        return False
    return host.rsplit(".", 1)[1] in _cues()["url_tlds"]


def _names_itself(text: str, pos: int) -> bool:
    """The URL's line says it is the address of this very text ("Læs hele pressemeddelelsen her: …")."""
    cues = _cues()
    line = text[max(text.rfind("\n", 0, pos) + 1, pos - 120) : pos].lower()
    words = set(re.findall(r"[a-zæøå]+", line))
    return bool(words & set(cues["own_url_nouns"])) and bool(words & set(cues["own_url_verbs"]))


def find_source_url(text: str) -> Optional[str]:
    """The document's own address, when the text states it ("Kilde: https://…",
    "Pressemeddelelsen kan også læses på https://…"); None for a bare link to another page."""
    label = _own_url_label()
    for m in _URL.finditer(text):
        url = m.group().rstrip(_TRAILING)
        before = text[max(0, m.start() - 60) : m.start()]
        if (label.search(before) or _names_itself(text, m.start())) and _valid_host(url):
            return url
    return None


# --- headline --------------------------------------------------------------------------------


def _is_furniture(line: str) -> bool:
    cues = _cues()
    if line.rstrip().endswith(":"):
        return True  # a label ("Deltagere:")
    if len(line.strip()) < 3 or _CONTACT_LINE.fullmatch(line.strip()):
        return True  # a stray letter, an e-mail address or a bare web address
    low = _label_stripped(line.lower().strip(" |·•›»"))
    if low in cues["title_furniture"] or low.startswith(tuple(cues["title_furniture_starts"])):
        return True
    if any(word in low for word in cues["title_furniture_words"]):
        return True  # cookie banners, logos
    if re.match(r"\s*[•●▪◦*·]\s", line):  # a list item
        return True
    if re.search(r"\s[/›>»|·]\s", line):  # breadcrumbs and mastheads: "Hjem / Nyheder / …"
        return True
    if _is_publisher(re.split(r"\s[–\-]\s", low, maxsplit=1)[0]):
        return True
    undated = _TRAILING_DATE.sub("", low).strip(" ,–-")
    if undated != low and undated in cues["title_furniture"]:
        return True  # "Pressemeddelelse, 29. marts 2022", "Nyhed – 26.11.20"
    if _dated_news_label_pattern().fullmatch(low):
        return True  # the page's date before its label: "15/1-2020 Nyhed til alle"
    labelled = _SPACED_TRAILING_DATE.sub("", low).split()
    if labelled != low.split() and 0 < len(labelled) <= 3 and labelled[-1] in cues["title_furniture"]:
        return True  # a site's name, the page's label and its date: "Vifo Artikel 12.01.2016", "Nyhed 3. maj 2021"
    return re.fullmatch(r"[a-zæøå\-]+,\s*(?:" + _DATELINE.pattern + ")", low) is not None  # "Herlev, 12. marts 2019"


_CONTACT_LINE = re.compile(r"\S+@\S+\.\w+|(?:https?://|www\.)\S+")


def _is_publisher(name: str, max_words: int = 7) -> bool:
    """A publisher's name alone: "Esbjerg Kommune", "Randers Amtsavis", "Ministeriet for …"."""
    words = name.split()
    if not 0 < len(words) <= max_words:
        return False
    return words[-1].endswith(tuple(_cues()["publisher_suffixes"])) or words[0] in _cues()["publisher_prefixes"]


# A crawler's stamp before a page's first line ("date 2021-02 Fem boligselskaber …"), also run into it.
_CRAWLER_STAMP = re.compile(r"^date\s+\d{4}(?:-\d\d){0,2}\s*")


def _label_stripped(low: str) -> str:
    """A line without a leading crawler stamp (" date 2024-01 …") or date label ("Dato: …")."""
    low = _CRAWLER_STAMP.sub("", low, count=1)
    return _label_pattern("published_labels").sub("", low, count=1) if re.match(r"\w+\s*:", low) else low


_SPACED_TRAILING_DATE = re.compile(r"[ \t]+(?:\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4}|\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4})$")
_TRAILING_DATE = re.compile(r"[,–\-]\s*(?:\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4}|\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4})$")

_DATELINE = re.compile(
    rf"[\d.\-/: ]+|(?:{_WEEKDAY},?\s+)?(?:den\s+|d\.\s*)?\d{{1,2}}\.?\s*[a-zæøå]+\.?,?\s+\d{{4}}"
    r"(?:,?\s*(?:kl\.?)?\s*[\d.:]+)?(?:\s*[-–]\s*[\d.:]+)?"
)


def _is_dateline(line: str) -> bool:
    low = line.strip().lower()
    return _DATELINE.fullmatch(low) is not None or _DATELINE.fullmatch(_label_stripped(low).strip()) is not None


@functools.lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(read_word_list("abbreviations.txt"))


def _is_prose(line: str) -> bool:
    """A sentence of running text, not a headline ("… afsætter 1,25 mio." is a headline)."""
    line = _CRAWLER_STAMP.sub("", line.strip(), count=1)
    words = line.split()
    return line.endswith(".") and len(words) > _cues()["title_max_prose_words"] \
        and words[-1].lower() not in _abbreviations()


def find_title(text: str, max_lines: int = 8) -> Optional[str]:
    """The headline: the first line that is not page furniture, a site name or a dateline,
    when it is short enough to be a heading. A site name is a short line of at most two words
    followed by a longer heading line. Running prose first means no headline."""
    return _pick_title(_head_lines(text, max_lines), _is_furniture)


def find_headline(text: str, max_lines: int = 8) -> Optional[str]:
    """The record's headline, as users read it in lists: ``find_title`` that also passes over the page's
    widgets (skip links, "Luk", share and tip buttons, a document site's file-format menu, view counters,
    update stamps, photo credits, an archive's banner), reads a document site's download line as the title
    it quotes, and drops a crawler stamp ("date 2021-02 ") and a press label ("Pressemeddelelse: ",
    "PRM / ") before the headline. A photo caption signed by its photographer where the headline would be
    means the copy lost its headline (the lead follows it)."""
    lines = [_headline_line(line) for line in _head_lines(text, max_lines)]
    return _pick_title(lines, _is_headline_furniture, _is_headline_prose)




def _headline_line(line: str) -> str:
    """A head line as a headline candidate: without the crawler's stamp of the month it fetched the page
    ("date 2020-01 Mobile …") and a press label, and a download line as the title it quotes."""
    line = _press_label().sub("", _CRAWLER_STAMP.sub("", line, count=1), count=1)
    echo = _title_echo().match(line)
    return line[echo.end():].rstrip("\"“” ") if echo else line


def _pick_title(lines: list[str], furniture: Callable[[str], bool],
                prose: Callable[[str], bool] = _is_prose) -> Optional[str]:
    for i, line in enumerate(lines):
        if furniture(line) or _is_dateline(line):
            continue
        if len(line) > 200 or prose(line):
            return None
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if len(line.split()) <= 2 and 3 <= len(nxt.split()) and len(nxt) <= 200 and not furniture(nxt) \
                and not nxt.endswith(".") and not _is_dateline(nxt):
            continue  # a site name above the headline ("Boligavisen" above "Nye 12 mio. til lektiecaféer")
        return line
    return None


def _is_headline_prose(line: str) -> bool:
    """Running text where the headline would be; also a document site's transcript label, under which
    the pages' text follows."""
    low = line.lower()
    return _is_prose(line) or _signed_caption().fullmatch(low) is not None \
        or low.strip() in _cues()["headline_text_labels"]


@functools.lru_cache(maxsize=1)
def _signed_caption() -> re.Pattern[str]:
    """A photo caption ending in its photographer's credit ("… i Brøndby Strand. Foto: Eva Holm")."""
    return re.compile(_cues()["headline_signed_caption"])


def _is_headline_furniture(line: str) -> bool:
    return _is_furniture(line) or _is_page_widget(line)


def _is_page_widget(line: str) -> bool:
    """A line of the page's widgets rather than its text: whole-line labels, line openings and line
    shapes of ``headline_widget_*`` in document.yaml ("Skip navigation", "Slå adgang med tegn til/fra",
    "WORD  PNG  TXT  JPG", "26.07.2013 Views", "(Last Updated On: …)", "Foto: …")."""
    low = " ".join(line.lower().split()).strip(" |·•›»")
    cues = _cues()
    return low in cues["headline_widget_lines"] or low.startswith(tuple(cues["headline_widget_starts"])) \
        or _widget_shapes().fullmatch(low) is not None


@functools.lru_cache(maxsize=1)
def _widget_shapes() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{shape})" for shape in _cues()["headline_widget_shapes"]))


@functools.lru_cache(maxsize=1)
def _press_label() -> re.Pattern[str]:
    """A press label before the headline on its line ("Pressemeddelelse: Forlig om …", "PRM / 3F: …")."""
    return re.compile(rf"^(?i:{_alt(_cues()['headline_press_labels'])})[ \t]*(?::|[ \t]/)[ \t]+(?=\S)")


# --- own date --------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _inline_label() -> re.Pattern[str]:
    """A meeting-date label with its colon inside a line, as in a PDF transcript that runs the
    header into one line ("Referat til Byrådet Mødedato: Onsdag den 14. maj 2014 Mødetidspunkt: …")."""
    labels = _alt(_cues()["inline_published_labels"])
    return re.compile(
        rf"\b(?:{labels})[ \t]*:[ \t]*(?:{_WEEKDAY}[ \t]*,?[ \t]*)?(?:den[ \t]+|d\.[ \t]*)?$", re.IGNORECASE
    )


@functools.lru_cache(maxsize=1)
def _self_published() -> re.Pattern[str]:
    """The page's sentence about its own publication right before the date ("Denne artikel er publiceret den")."""
    subjects, verbs = _alt(_cues()["self_published_subjects"]), _alt(_cues()["self_published_verbs"])
    return re.compile(rf"(?i)(?<![\w])(?:{subjects})[ \t]+(?:er|blev)[ \t]+(?:{verbs})[ \t]+(?:den[ \t]+|d\.[ \t]*)?$")


@functools.lru_cache(maxsize=2)
def _label_pattern(key: str) -> re.Pattern[str]:
    labels = _alt(_cues()[key])
    # also in brackets: "(Last Updated On: 27. februar 2020)"
    return re.compile(
        rf"(?:^|\n|[|·•›(])[ \t]*(?:{labels})[ \t]*:?[ \t]*(?:{_WEEKDAY}[ \t]*,?[ \t]*)?(?:den[ \t]+|d\.[ \t]*)?$",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=1)
def _adoption_line() -> re.Pattern[str]:
    """A title line naming the document's own adoption right before the date ("Vedtaget i Byrådet den"): the
    verb capitalised as a title writes it, where a sentence tells of an adoption ("som blev vedtaget i byrådet den")."""
    verbs = "|".join(re.escape(str(w)[:1].upper() + str(w)[1:]) for w in _cues()["adoption_verbs"])
    return re.compile(rf"(?<![\w])(?:{verbs})[ \t]+(?i:i|af)[ \t]+[\w\-]+[ \t]+(?i:den[ \t]+|d\.[ \t]*)?$")


def _as_date(cand: DateCandidate) -> Optional[dt.date]:
    if cand.year is None:
        return None
    try:
        return dt.date(cand.year, cand.month, cand.day)
    except ValueError:
        return None


def find_published(
    text: str, candidates: list[tuple[DateCandidate, Optional[int]]], kind: str
) -> Optional[dt.date]:
    """The document's own date: one after a label such as ``Publiceret`` / ``Dato:`` at the start
    of a line, else a full date on a short line among the first lines (the dateline; the meeting
    date for minutes), else the date after ``Senest opdateret``. A date inside running prose
    ("… blev lagt frem den 3. marts 2023") is not the document's own."""
    label, updated = _label_pattern("published_labels"), _label_pattern("updated_labels")
    limit = HEADER_CHARS if kind != "minutes" else MINUTES_HEADER_CHARS
    # a date in the headline of a news item is news ("Åbent hus 3. maj 2024"), not its dateline
    headline = find_title(text) if kind != "minutes" else None
    header: Optional[dt.date] = None
    fallback: Optional[dt.date] = None
    for i, (cand, _) in enumerate(candidates):
        date = _as_date(cand)
        if date is None:
            continue
        before = text[max(0, cand.start - 40) : cand.start]
        if label.search(before) or _inline_label().search(before) or _self_published().search(before):
            return date
        near_top = (cand.start < limit and _in_first_lines(text, cand.start)) \
            or (i == 0 and kind != "minutes" and _lone_dateline(text, cand))
        if header is None and kind == "minutes" and cand.start < limit and _minutes_record_before(before):
            header = date  # "… Kommunalbestyrelsen Protokol Mandag den 21. maj 2012 kl. 17:00 afholdt …" on a long line
        if header is None and (near_top or _after_byline(text, cand.start)) \
                and len(_date_field(text, cand)) <= 70 \
                and (_line_at(text, cand.start) != headline or _record_title(headline, text[cand.start:cand.end])) \
                and (kind == "minutes" or not _in_sentence(text, cand)):
            header = date
        if header is None and near_top and _adoption_line().search(before):
            header = date  # "Handicappolitik. Vedtaget i Byrådet den 25. marts 2009" on the title line
        if header is None and cand.start < limit and _letterhead_before(text[max(0, cand.start - 60):cand.start]):
            header = date
        if fallback is None and updated.search(before):
            fallback = date
    return header or fallback or _us_labelled_date(text, label) or _foot_date(text)


@functools.lru_cache(maxsize=1)
def _letterhead_pattern() -> re.Pattern[str]:
    labels = _alt(_cues()["reference_labels"])
    # the reference: one or two codes with a digit or a slash, or in capitals ("12/345", "ABC/def", "JKL")
    return re.compile(rf"(?<![\w.])(?i:{labels})\.?[ \t]*:?(?:[ \t]+(?:[^\s]*[\d/][^\s]*|[A-ZÆØÅ]{{2,}}\.?)){{1,2}}"
                      rf"[ \t]+(?i:den[ \t]+|d\.[ \t]*)?\Z")


def _letterhead_before(before: str) -> bool:
    """A letterhead's reference ("J.nr. 2013-0412", "Ref. ABC/def") right before the date: the letter's date."""
    return _letterhead_pattern().search(before) is not None


@functools.lru_cache(maxsize=1)
def _minutes_record_word() -> re.Pattern[str]:
    words = _alt(_cues()["minutes_header_cues"] + _cues()["header_line_labels"])
    return re.compile(rf"(?i)\b(?:{words})\b[ \t]+(?:{_WEEKDAY}[ \t]+)?(?:den[ \t]+|d\.[ \t]*)?\Z")


def _minutes_record_before(before: str) -> bool:
    """The minutes' own name right before the date ("Protokol Mandag den", "Referat den"): the meeting's date,
    however long the line that a converter ran the header into."""
    return _minutes_record_word().search(before) is not None


@functools.lru_cache(maxsize=1)
def _record_title_pattern() -> re.Pattern[str]:
    nouns = _alt(_cues()["dated_record_titles"])
    return re.compile(rf"(?i)(?:{nouns})[ \t]*(?:[-–:,][ \t]*)?(?:den[ \t]+|d\.[ \t]*)?")


def _record_title(headline: Optional[str], date_text: str) -> bool:
    """The headline is a record noun and the date alone ("Bestyrelsesmøde 12. maj 2015")."""
    if not headline or not headline.endswith(date_text):
        return False
    label = headline[: len(headline) - len(date_text)]
    # also one word alone before the date: a label, however spelt ("Nyhed 3. maj 2024", a typo of
    # "Pressemeddelelse"), where a news headline says what happens ("Åbent hus 3. maj 2024")
    return _record_title_pattern().fullmatch(label) is not None or _ONE_WORD_LABEL.fullmatch(label) is not None


_ONE_WORD_LABEL = re.compile(r"[ \t]*[A-ZÆØÅ][a-zæøå]{3,}[ \t]*(?:[-–:,|][ \t]*)?")


# A date written month first by a CMS export ("Mødedato: 9/24/2020 5:00:00 PM"); taken only where the
# day is above 12, so that it cannot be read day first.
_US_DATE = re.compile(r"(?P<m>[01]?\d)/(?P<d>[1-3]\d)/(?P<y>(?:19|20)\d\d)(?=[ \t]+\d{1,2}:\d\d(?::\d\d)?[ \t]*[AP]M\b)")


def _us_labelled_date(text: str, label: re.Pattern[str]) -> Optional[dt.date]:
    """The first month-first date with an AM/PM time right after a date label."""
    for m in _US_DATE.finditer(text, 0, min(len(text), HEAD_CHARS)):
        if int(m.group("d")) > 12 and label.search(text[max(0, m.start() - 40):m.start()]):
            try:
                return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                return None
    return None


# The sender's date line at the foot of a news item, with the writer's initials: "16 09 2019 / soa",
# "03.06.2021 /jkl" (day, month and year apart by spaces, dots, dashes or slashes).
_FOOT_DATE = re.compile(
    r"(?m)^[ \t]*(?P<d>[0-3]?\d)(?P<sep>[ .\-/])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)"
    r"[ \t]*(?:[/|–-][ \t]*[A-Za-zÆØÅæøå]{1,5}[ \t]*)?$"
)
# The same written with the month's name, perhaps as the last item of a page's meta list ("  • 4. september 2018").
_FOOT_WRITTEN_DATE = re.compile(
    r"(?m)^[ \t]*(?:[•·▪*][ \t]*)?(?P<d>[0-3]?\d)\.[ ]?(?P<mon>[A-Za-zæøåÆØÅ]{3,9})\.?[ ](?P<y>(?:19|20)\d\d)[ \t]*$"
)


def _foot_date(text: str, lines: int = 3) -> Optional[dt.date]:
    """A date alone on one of the last lines, perhaps with the writer's initials after a slash."""
    tail = "\n".join(text.rstrip().splitlines()[-lines:])
    for m in _FOOT_DATE.finditer(tail):
        try:
            return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
    for m in _FOOT_WRITTEN_DATE.finditer(tail):
        month = da.load().month_by_word.get(m.group("mon").lower())
        try:
            return dt.date(int(m.group("y")), month, int(m.group("d"))) if month else None
        except ValueError:
            continue
    return None


def settle_published(published: Optional[dt.date], kind: str, meeting: Any) -> Optional[dt.date]:
    """For minutes, the meeting date the minutes extractor found wins over the header date."""
    meeting_date = getattr(meeting, "date", None) if meeting is not None else None
    if kind == "minutes" and isinstance(meeting_date, dt.date):
        return meeting_date
    return published


def _after_byline(text: str, pos: int, max_chars: int = 1500) -> bool:
    """A dateline under the byline ("Af Mette Holm" / e-mail / "Onsdag 27. september 2023, kl. 16:42")."""
    if pos > max_chars:
        return False
    above = [line for line in text[max(0, pos - 200) : pos].splitlines()[:-1] if line.strip()][-2:]
    return any(_BYLINE.match(line) for line in above)


# A byline run into the dateline's line: "Vejle - 3. juni 2021 kl. 06:00 Af Jens Holm Kontakt …".
_CLOCK = r"[0-2]?\d[.:][0-5]\d"  # a time of day ("06:54", "10.15")
_TIME_THEN_BYLINE = re.compile(rf"(?:,?[ \t]*(?:kl\.?[ \t]*)?{_CLOCK})?(?=[ \t]+(?:[Aa]f|AF):?[ \t]+[A-ZÆØÅ])")


# A local paper's dateline: the place, a dash, the date and the time of day ("Vejle - 3. juni 2021 kl. 06:00"),
# then perhaps the byline and the page's contact link.
_PLACE_BEFORE = re.compile(r"[A-ZÆØÅ][\w.-]*(?:[ \t][A-ZÆØÅ][\w.-]*){0,2}[ \t]+[-–][ \t]+")
_TIME_AFTER = re.compile(rf",?[ \t]*kl\.?[ \t]*{_CLOCK}(?![\d])")
_PLACED_REST_WORDS = 4
# The time of a dateline with the first words of the text glued on by a crawler: "… 2018 kl. 18:15Med støtte …"
_TIME_GLUED = re.compile(rf",?[ \t]*(?:kl\.?[ \t]*)?{_CLOCK}(?=[A-ZÆØÅ][a-zæøå])")
_BYLINE_START = re.compile(rf"{_BYLINE_OPEN}[A-ZÆØÅ]")


def _placed_dateline(text: str, cand: DateCandidate) -> Optional[int]:
    """Where the time of a local paper's dateline ends, when ``cand`` is its date; else None."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    if _PLACE_BEFORE.fullmatch(text, line_start, cand.start) is None:
        return None
    time = _TIME_AFTER.match(text, cand.end)
    if time is None:
        return None
    line_end = text.find("\n", time.end())
    rest = text[time.end():line_end if line_end >= 0 else len(text)].strip()
    # what follows is the byline or the page's furniture ("Kontakt redaktionen"), not a sentence
    furniture = len(rest.split()) <= _PLACED_REST_WORDS and not rest.endswith(".")
    return time.end() if furniture or _BYLINE_START.match(rest) else None


def _dateline(text: str, cand: DateCandidate) -> str:
    """The line of a date, cut before a byline that follows the date (and its time) on that line, or after
    the time of a local paper's dateline ("Vejle - 3. juni 2021 kl. 06:00 Kontakt redaktionen")."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    cut = _TIME_THEN_BYLINE.match(text, cand.end)
    if cut is not None:
        return text[line_start : cut.end()].strip()
    placed = _placed_dateline(text, cand)
    if placed is not None:
        return text[line_start:placed].strip()
    glued = _TIME_GLUED.match(text, cand.end)
    if glued is not None:
        return text[line_start:glued.end()].strip()
    return _line_at(text, cand.start)


# A byline that opens the dateline's own line, apart from the date by a dash or bar: "Af: Mette Holm - 15. oktober
# 2018 10:49", "Af Jens Ravn Dahl | Tirsdag d.22 juni 2021".
_BYLINE_LEAD = re.compile(
    rf"{_BYLINE_OPEN}[A-ZÆØÅ][\w\-]+(?:[ \t]+(?:[A-ZÆØÅ][\w\-]*\.?|og|&)){{1,4}}[ \t]+[-–|·][ \t]+"
)


def _in_sentence(text: str, cand: DateCandidate, max_words: int = 5) -> bool:
    """The date stands in a sentence ("Planen godkendes den 12.05.21 i byrådet."), not a dateline (which
    may open with the writer's byline: "Af Mette Holm - 15. oktober 2018 10:49")."""
    line = _dateline(text, cand)
    field = _date_field(text, cand)
    lead = _BYLINE_LEAD.match(field)
    if lead is not None and field.find(text[cand.start : cand.end]) >= lead.end():
        field = field[lead.end():]
    rest = field.replace(text[cand.start : cand.end], " ", 1)
    return line.endswith(".") and not line.endswith(("kl.", " kl")) or len(rest.split()) > max_words


_FIELD_SEPARATOR = re.compile(r"[ \t]+[|·•][ \t]+")


def _date_field(text: str, cand: DateCandidate) -> str:
    """The field of a dateline that holds the date, when fields stand apart by bars or dots
    ("12.3.2024 10:01:22 CET | Ministeriet | Pressemeddelelse"); else the whole line."""
    line, date = _dateline(text, cand), text[cand.start : cand.end]
    return next((f for f in _FIELD_SEPARATOR.split(line) if date in f), line)


def _line_at(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)].strip()


# A dateline below a crawled site menu lies further down than the header's first lines.
_LONE_DATELINE_CHARS = 1500


def _lone_dateline(text: str, cand: DateCandidate) -> bool:
    """The first date of the text stands alone on its line with a year ("29. APR 2011 12.03" under
    a site menu and the headline), or as a local paper's dateline ("Vejle - 3. juni 2021 kl. 06:00" under a
    photo's caption): the dateline, however far the menu pushed it down."""
    return cand.start < _LONE_DATELINE_CHARS and (
        _is_dateline(_line_at(text, cand.start)) or (cand.year is not None and _placed_dateline(text, cand) is not None))


def _in_first_lines(text: str, pos: int, max_lines: int = 6) -> bool:
    """``pos`` lies on one of the first ``max_lines`` lines, not counting the site's menu, breadcrumb
    and share lines a web page prints before them."""
    lines = [line for line in text[:pos].splitlines() if line.strip()]
    return len(lines) - leading_furniture(lines) <= max_lines


def leading_furniture(lines: list[str]) -> int:
    """How many of the non-blank ``lines`` a page opens with are its site's menu, breadcrumb and share
    lines (at most ``_FURNITURE_LINES``, never all of them)."""
    lead = 0
    while lead < min(len(lines) - 1, _FURNITURE_LINES) and _is_furniture(lines[lead]):
        lead += 1
    return lead
