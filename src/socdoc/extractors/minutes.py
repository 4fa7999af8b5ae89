"""Minutes ("referater"): the meeting and one decision per agenda item.

:func:`extract_minutes` reads the meeting header (body, date, time, place, labelled attendance
lists) and, for every agenda item with its own decision text, the final decision with the earlier
bodies' decisions as history. :func:`looks_like_minutes` tells minutes from other texts by their
agenda items with decision sections.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any, Optional

from socdoc.extractors import decisions as dec
from socdoc.extractors.dates import DateCandidate, year_context
from socdoc.extractors.minutes_layout import (
    Item,
    Layout,
    Line,
    Section,
    attendance_at,
    dates_in,
    heading_kind,
    is_body_name,
    parse_layout,
    patterns as layout_patterns,
    phrases,
)
from socdoc.lang import da
from socdoc.records import Attendee, Decision, DecisionStep, Meeting

_TIME = re.compile(r"(?<![\d.,:/\-])([01]?\d|2[0-3])[.:]([0-5]\d)(?::[0-5]\d)?(?![\d]|[.,:]\d)")
_ITEM_CODE = re.compile(r"\s*\(([A-ZÆØÅ])\)\s*$")
_CRUMB = re.compile(r"\s*›\s*")
_TITLE_PARTS = re.compile(r"\s+[–—|-]\s+")
_LABEL_MARK = re.compile(r"[:|]")
_KL_GAP = re.compile(r"[\s,]*(?:kl\.?)?\s*")
_KL_HOUR = re.compile(r"\bkl\.?\s*([01]?\d|2[0-3])(?![\d.:,])", re.IGNORECASE)
_KL = re.compile(r"\bkl\.?", re.IGNORECASE)
_TIME_ONLY = re.compile(r"[\d\s:.\-]+")
_TIME_PLACE = re.compile(
    r"(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?::\d{2})?(?:\s*-\s*\d{1,2}[.:]\d{2})?\s*,?\s+(?:i|på)\s+(?P<loc>\S.*)$",
    re.IGNORECASE,
)
_AT_PLACE = re.compile(r"^(?:i|på)\s+(?P<loc>[A-ZÆØÅ].*)$")
_LABEL_COLON = re.compile(r":\s")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=1)
def _header_patterns() -> dict[str, Any]:
    p = phrases()

    def labels(key: str) -> re.Pattern[str]:
        alts = "|".join(re.escape(str(x)) for x in sorted(p[key], key=len, reverse=True))
        return re.compile(rf"^(?:{alts})(?:\s*(?::|\||\s{{2,}}|$)|\s(?=[A-ZÆØÅ]))\s*(?P<value>.*)$", re.IGNORECASE)

    return {
        "before": [re.compile(x, re.IGNORECASE) for x in p["body_before_regex"]],
        "after": [re.compile(x, re.IGNORECASE) for x in p["body_after_regex"]],
        "not_body": re.compile("|".join(f"(?:{x})" for x in p["not_body_regex"]), re.IGNORECASE),
        "body_label": labels("body_labels"),
        "date_label": labels("date_labels"),
        "time_label": labels("time_labels"),
        "location_label": labels("location_labels"),
        "time_prefix": re.compile(p["time_prefix_regex"] + r"\s*$", re.IGNORECASE),
        "location_word": re.compile("|".join(f"(?:{x})" for x in p["location_words_regex"]), re.IGNORECASE),
    }


@dataclass
class MinutesResult:
    meeting: Meeting
    decisions: list[Decision]
    spans: list[tuple[int, int]] = field(default_factory=list)


def looks_like_minutes(text: str) -> bool:
    """True when the text has agenda items with decision sections."""
    return layout_looks_like_minutes(parse_layout(text))


def layout_looks_like_minutes(layout: Layout) -> bool:
    """:func:`looks_like_minutes` of an already parsed layout."""
    decided = [item for item in layout.items if item.decisions]
    if len(decided) != 1:
        return len(decided) >= 2
    # one decided item (the rest cut off): numbered, or its decision names the body or the date
    head, heading = decided[0].head, decided[0].decisions[-1].heading
    return (head is not None and head.number is not None) or (
        heading is not None and (heading.body is not None or heading.date_text is not None))


# --- header --------------------------------------------------------------------------------------


def _header_lines(layout: Layout) -> list[Line]:
    return [line for line in layout.lines[: layout.header_end] if line.clean and not line.noise]


def find_body(lines: list[Line]) -> Optional[str]:
    """The body whose meeting the minutes record."""
    hp = _header_patterns()
    labelled: set[int] = set()
    for k, line in enumerate(lines[:25]):
        m = hp["body_label"].match(line.clean)
        if not m:
            continue
        labelled.add(k)
        value = m.group("value") or (lines[k + 1].clean if k + 1 < len(lines) else "")
        if is_body_name(value):
            return value.strip(" .|")
    for k, line in enumerate(lines[:25]):
        if k in labelled:
            continue
        for part in reversed(_CRUMB.split(line.clean)):
            body = _body_from_text(part) or _body_from_parts(part)
            if body:
                return body
    return None


def _body_from_parts(s: str) -> Optional[str]:
    """The body in a title line of dash-separated parts ("Tønder Kommune – Socialudvalget")."""
    parts = _TITLE_PARTS.split(s)
    if len(parts) < 2:
        return None
    for part in reversed(parts):
        body = _body_from_text(part)
        if body:
            return body
    return None


def _body_from_text(s: str) -> Optional[str]:
    hp = _header_patterns()
    s = s.strip()
    for pattern in hp["before"]:
        m = pattern.search(s)
        if m and m.end() < len(s):
            cand = _trim_body(s[m.end() :])
            if cand:
                return cand
    if hp["not_body"].search(s):
        return None
    return _trim_body(s)


def _trim_body(s: str) -> Optional[str]:
    hp = _header_patterns()
    prev = None
    while prev != s:
        prev = s
        for pattern in hp["after"]:
            s = pattern.sub("", s).strip()
    s = s.strip(" .,:;-–|")
    if is_body_name(s):
        return s
    return None


def find_date(layout: Layout, candidates: list[tuple[DateCandidate, Optional[int]]],
              text: str, published: Optional[dt.date]) -> Optional[dt.date]:
    """The meeting date: the first full date in the header."""
    if layout.header_end > 0:
        limit = layout.lines[layout.header_end - 1].end if layout.header_end <= len(layout.lines) else len(text)
        for cand, _ in candidates:
            if cand.start >= limit:
                break
            year = cand.year if cand.year is not None else year_context(text, cand.start, None)
            if year is None:
                continue
            try:
                return dt.date(year, cand.month, cand.day)
            except ValueError:
                continue
    return published


def _label_line_above(lines: list[Line], index: int, label: re.Pattern[str]) -> bool:
    """The line above is a label on its own ("Mødetidspunkt" over "15:00 - 17:40")."""
    if index == 0:
        return False
    above = lines[index - 1].clean.strip()
    return len(above) <= 30 and bool(label.match(above))


def find_time(lines: list[Line]) -> Optional[str]:
    """The meeting's start time, "HH:MM"."""
    hp = _header_patterns()
    best: Optional[tuple[int, int, str]] = None
    for rank_line, line in enumerate(lines):
        labelled = bool(hp["time_label"].match(line.clean)) or _label_line_above(lines, rank_line, hp["time_label"])
        dates = [c[0] for c in dates_in(line.clean)]
        for m in _TIME.finditer(line.clean):
            if any(d.start <= m.start() < d.end for d in dates):
                continue
            before = line.clean[: m.start()]
            after_date = any(_KL_GAP.fullmatch(line.clean[d.end : m.start()]) for d in dates)
            if hp["time_prefix"].search(before) or labelled or after_date:
                tier = 0
            elif m.group(0).count(":") and int(m.group(1)) >= 6:
                tier = 1
            else:
                continue
            value = f"{int(m.group(1)):02d}:{m.group(2)}"
            key = (tier, rank_line, value)
            if best is None or key[:2] < best[:2]:
                best = key
            break
        hour = _KL_HOUR.search(line.clean)
        if hour and (best is None or (1, rank_line) < best[:2]):
            best = (1, rank_line, f"{int(hour.group(1)):02d}:00")
    return best[2] if best else None


def find_location(lines: list[Line]) -> Optional[str]:
    """Where the meeting was held."""
    hp = _header_patterns()
    for k, line in enumerate(lines):
        m = hp["location_label"].match(line.clean)
        if m:
            value = m.group("value").strip(" |")
            label = line.clean[: m.start("value")]
            if (value and label[-1:] == " " and label[-2:] != "  " and not _LABEL_MARK.search(label)
                    and hp["location_word"].search(label)):
                value = line.clean  # "Mødelokale Tårnbjerget, Rådhuset": the label word is part of the place
            if not value and k + 1 < len(lines):
                value = lines[k + 1].clean
            value = _strip_period(value)
            if value and not _TIME_ONLY.fullmatch(value):
                return value
    for k, line in enumerate(lines):
        m = _TIME_PLACE.search(line.clean)
        if m:
            return _strip_period(m.group("loc"))
        m = _AT_PLACE.match(line.clean)
        if m and hp["location_word"].search(m.group("loc")):
            return _strip_period(m.group("loc"))
    dated = [k for k, line in enumerate(lines[:-1]) if dates_in(line.clean)]
    timed = [k for k in dated if _TIME.search(lines[k].clean) or _KL.search(lines[k].clean)]
    for k in timed + [k for k in dated if k not in timed]:  # a date with a time first, then any date
        place = _place_after(lines, k)
        if place:
            return place
    return None


def _place_after(lines: list[Line], k: int) -> Optional[str]:
    """An unlabelled place on one of the two lines after header line ``k``."""
    hp = _header_patterns()
    for nxt_line in lines[k + 1 : k + 3]:
        nxt = nxt_line.clean
        if is_body_name(nxt) or _body_from_text(nxt):
            continue
        if (hp["location_word"].search(nxt) and not _LABEL_COLON.search(nxt)
                and heading_kind(nxt_line) is None and not attendance_at([nxt_line], 0, 1)):
            return _strip_period(nxt)
        break
    return None


def _strip_period(value: str) -> str:
    """Drop a final full stop unless it ends an abbreviation ("Svinget 14, st.")."""
    value = value.strip(" |")
    last = value.split()[-1].lower() if value.split() else ""
    if value.endswith(".") and last not in da.load().abbreviations:
        value = value[:-1]
    return value.strip()


# --- attendance ----------------------------------------------------------------------------------


def _attendance(layout: Layout, start: int, end: int) -> list[Any]:
    found = []
    i = start
    while i < end:
        line = layout.lines[i]
        if line.clean and not line.noise:
            att = attendance_at(layout.lines, i, end)
            if att is not None:
                found.append(att)
                i = max(att.lines) + 1
                continue
        i += 1
    return found


def _dedupe(names: list[str]) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    return seen


# --- decisions -----------------------------------------------------------------------------------


def _final_index(item: Item, texts: list[dec.DecisionText], body: Optional[str],
                 meeting_date: Optional[dt.date], text: str) -> int:
    """Which decision section is the item's own final one."""
    usable = [k for k, t in enumerate(texts) if t.wording]
    if not usable:
        return -1
    sections = item.decisions
    if body:
        same = [k for k in usable if sections[k].heading and sections[k].heading.body
                and _same_body(sections[k].heading.body, body)]
        if same:
            return same[-1]
    if meeting_date:
        dated = [k for k in usable if _section_date(sections[k], meeting_date) == meeting_date]
        if dated:
            return dated[-1]
    return usable[-1]


def _same_body(a: str, b: str) -> bool:
    na, nb = a.lower().strip(), b.lower().strip()
    return na == nb or na.startswith(nb) or nb.startswith(na) or na.endswith(nb) or nb.endswith(na)


def _section_date(section: Section, meeting_date: dt.date) -> Optional[dt.date]:
    if section.heading is None or section.heading.date_text is None:
        return None
    found = dec.find_dates(section.heading.date_text, published=meeting_date)
    return found[0].date if found else None


def _cut_after(layout: Layout, section: Section) -> bool:
    """Nothing but blank lines and furniture follows the heading of ``section``."""
    return all(line.blank or line.noise for line in layout.lines[section.line + 1 :])


def _clean_title(title: str, strip_code: bool) -> str:
    pats = layout_patterns()
    title = _SPACES.sub(" ", pats["status"].sub("", title)).strip()
    if strip_code:
        title = _ITEM_CODE.sub("", title)
    return title.strip()


def _implicit_decision(layout: Layout, item: Item) -> Optional[tuple[str, int, int]]:
    """A short outcome sentence right under an item that has no sections at all."""
    if item.sections or item.head is None:
        return None
    body = [layout.lines[i] for i in range(item.head.content_line, item.end_line)
            if not layout.lines[i].noise]
    while body and body[-1].blank:
        body.pop()
    while body and body[0].blank:
        body.pop(0)
    if not body or any(line.blank for line in body) or len(body) > 2:
        return None
    start, end = body[0].start, body[-1].end
    text = "\n".join(line.clean for line in body)
    if len(text) > 250 or len(dec.sentences(text)) > 2 or layout_patterns()["closed"].search(text):
        return None
    if dec.classify(text) == "other":
        return None
    return text, start, end  # text: the lines without indentation, for the outcome


def extract_minutes(text: str, raw: str, candidates: list[tuple[DateCandidate, Optional[int]]],
                    published: Optional[dt.date] = None, layout: Optional[Layout] = None) -> MinutesResult:
    """Meeting and decisions of one set of minutes (``layout``: ``parse_layout(text)`` when
    the caller has it already)."""
    layout = parse_layout(text) if layout is None else layout
    header = _header_lines(layout)
    body = find_body(header)
    meeting_date = find_date(layout, candidates, text, published)
    header_att = _attendance(layout, 0, layout.header_end)
    participants: list[Attendee] = []
    absent: list[str] = []
    for att in header_att:
        if att.kind == "participants":
            participants.extend(Attendee(name=p.name, party=p.party, start=p.start, end=p.end) for p in att.people)
        elif att.kind == "absent":
            absent.extend(p.name for p in att.people)
    if participants:
        for att in header_att:
            if att.kind == "substitutes":
                participants.extend(Attendee(name=p.name, party=p.party, start=p.start, end=p.end)
                                    for p in att.people if p.name not in {x.name for x in participants})

    titles = [item.head.title for item in layout.items if item.head]
    strip_code = len(titles) >= 2 and sum(bool(_ITEM_CODE.search(t)) for t in titles) * 2 >= len(titles)
    decisions: list[Decision] = []
    spans: list[tuple[int, int]] = []
    for item in layout.items:
        number = item.head.number if item.head else None
        title = _clean_title(raw[item.head.title_start:item.head.title_end], strip_code) if item.head else None
        title = title or None
        sections = item.decisions
        texts = [dec.decision_text(raw, layout.lines, s) for s in sections]
        if sections and not texts[-1].wording and _cut_after(layout, sections[-1]):
            continue  # the last decision heading ends the text: its outcome is cut off, no guess
        final = _final_index(item, texts, body, meeting_date, text)
        if final < 0 and item.head is not None:
            inline = dec.inline_decision(raw, layout.lines, item.head.content_line, item.end_line)
            if inline is not None:
                texts, sections, final = [inline], [], 0
        if final < 0:
            implicit = _implicit_decision(layout, item)
            if implicit is None:
                continue
            wording, start, end = implicit
            decisions.append(Decision(item=number, title=title, outcome=dec.classify(wording),  # type: ignore[arg-type]
                                      postponed_to=dec.postponed_to(wording, meeting_date),
                                      text=raw[start:end], start=start, end=end))
            spans.append((start, end))
            continue
        chosen = texts[final]
        if dec.cut_before_outcome(chosen.wording, chosen.end, raw):
            continue  # the text ends before the outcome: no guess
        outcome = dec.classify(chosen.wording, meeting_date)
        history = [
            DecisionStep(body=sections[k].heading.body if sections[k].heading else None,
                         outcome=dec.classify(t.wording, meeting_date), text=t.text, start=t.start, end=t.end)  # type: ignore[arg-type]
            for k, t in enumerate(texts) if k != final and t.wording
        ]
        vote = dec.parse_vote(chosen.full)
        decisions.append(Decision(
            item=number, title=title, outcome=outcome,  # type: ignore[arg-type]
            postponed_to=dec.postponed_to(chosen.wording, meeting_date) if outcome == "postponed" else None,
            text=chosen.text, start=chosen.start, end=chosen.end, vote=vote,
            absent=_dedupe(chosen.absent), history=history,
        ))
        absent.extend(chosen.absent)
        if chosen.start is not None and chosen.end is not None:
            spans.append((chosen.start, chosen.end))
    _fill_parties(participants, text)
    meeting = Meeting(
        body=body, date=meeting_date, time=find_time(header), location=find_location(header),
        participants=_dedupe_attendees(participants), absent=_dedupe(absent),
    )
    return MinutesResult(meeting, decisions, spans)


def _fill_parties(people: list[Attendee], text: str) -> None:
    """A participant listed without a party letter takes the one the text gives elsewhere
    ("Birgitte Lund Holm (A) orienterede …")."""
    for person in people:
        if person.party is None:
            m = re.search(re.escape(person.name) + r",?\s*\(([A-ZÆØÅ]{1,2})\)", text)
            if m:
                person.party = m.group(1)


def _dedupe_attendees(people: list[Attendee]) -> list[Attendee]:
    seen: set[str] = set()
    out: list[Attendee] = []
    for person in people:
        if person.name not in seen:
            seen.add(person.name)
            out.append(person)
    return out
