"""Minutes ("referater"): the meeting and one decision per agenda item.

:func:`extract_minutes` reads the meeting header (body, date, time, place, labelled attendance
lists) and, for every agenda item with its own decision text, the final decision with the earlier
bodies' decisions as history. :func:`looks_like_minutes` tells minutes from other texts by their
agenda items with decision sections, or by a meeting header when the text stops before them.

The header is read as blocks over the layout's lines: web-page furniture is marked as noise; a
header field is a label with its value on the same line, in a pipe cell or on the line below
("STED" / "Mødelokale 2"), or in the same order after a block of labels; a PDF transcript line
that runs several fields together is cut at its labels (:mod:`minutes_inline`); a title line names
the body ("Referat for <udvalg> i <X> Kommunes møde …", "<udvalg>s møde den …"). What the header
lacks is taken from the first items: the body of their decision headings or "dagsorden for ØU den
…", the start time of "Mødet startede kl. …" and the attendance lists recorded under the first item.
Members named in the header's absence list are absent, not participants. Absence also comes from
people marked absent inside a list, items that list the absentees and sentences such as "NN var
fraværende".
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
from socdoc import lazy_re as re
import sys
from dataclasses import dataclass, field, replace
from typing import Any, Iterator, Optional

from socdoc.extractors import decisions as dec
from socdoc.extractors import docinfo
from socdoc.extractors.dates import DateCandidate, weekday_year, year_context
from socdoc.extractors.minutes_families import held_sentence, other_meeting_line, refine_meeting, run_on_members
from socdoc.extractors.minutes_table import row_decisions
from socdoc.extractors.minutes_pagedump import labelled_item_decisions, page_closing_outcomes, page_dump_decisions
from socdoc.extractors.minutes_inline import (InlineField, bare_attendance, further_members_list, inline_fields, lone_bare_members_list, lone_members_list, marked_members_list, place_only,
                                             title_part)
from socdoc.extractors.minutes_layout import (
    name_key,
    Attendance,
    is_stop_line,
    Item,
    ItemHead,
    Layout,
    Line,
    Section,
    absence_item_names,
    whole_names,
    absence_statements,
    sentence_about,
    attendance_label as layout_attendance_label,
    attendance_at,
    glued_absent_start,
    group_attendance_at,
    dates_in,
    first_names,
    heading_kind,
    initials_of,
    is_body_name,
    parse_layout,
    parse_decision_heading,
    parse_people,
    party_letter,
    Person,
    patterns as layout_patterns,
    phrases,
    section_label,
)
from socdoc.lang import da
from socdoc.records import Attendee, Decision, DecisionStep, Meeting

_TIME = re.compile(r"(?:(?<=[Kk]l\.)|(?<![\d.,:/\-]))([01]?\d|2[0-3])[.:]([0-5]\d)(?::[0-5]\d)?(?![\d]|[.,:]\d)")
_ITEM_CODE = re.compile(r"\s*\(([A-ZÆØÅ])\)\s*$")
_CRUMB = re.compile(r"\s*›\s*")
_TITLE_PARTS = re.compile(r"\s+[–—|-]\s+")
_LABEL_MARK = re.compile(r"[:|]")
_KL_TIME = re.compile(r"\b[Kk]l\.?\s*([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d]|[.,:]\d)")  # "kl. 19.00", after the day
_KL_GAP = re.compile(r"[\s,]*(?:kl\.?)?\s*")
_KL_HOUR = re.compile(r"\b(?:kl\.?|klokken)\s*([01]?\d|2[0-3])(?![\d.:,])", re.IGNORECASE)  # "kl. 19", "klokken 17"
_KL = re.compile(r"\bkl\.?", re.IGNORECASE)
_KL_COMMA = re.compile(r"\b[Kk]l\.?\s*([01]?\d|2[0-3]),([0-5]\d)(?![\d,.]\d)")  # "kl. 12,30": a comma for the point
# "kl. 1900", "kl 0830": hours and minutes run together after the clock word
_KL_RUN_TOGETHER = re.compile(r"\b[Kk]l\.?\s*([01]\d|2[0-3])([0-5]\d)(?![\d]|[.,:]\d)")
_TIME_ONLY = re.compile(r"[\d\s:.\-]+")
_TIME_PLACE = re.compile(
    r"(?:(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?::\d{2})?(?:\s*-\s*\d{1,2}[.:]\d{2})?"
    r"|\bkl\.?\s*\d{1,2}(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?)"  # the hour alone: "kl. 18-21 på Skolen"
    r"\s*,?\s+(?:i|på)\s+(?P<loc>\S.*)$",
    re.IGNORECASE,
)
_TIME_AT_HOME = re.compile(  # "… kl. 19.00 hos Eva": a meeting in a member's home, "hos" kept
    r"\bkl\.?\s*\d{1,2}[.:]\d{2}(?:\s*-\s*\d{1,2}[.:]\d{2})?\s*,?\s+(?P<loc>hos\s+[A-ZÆØÅ][^.,;:()]*?)\s*$")
_AT_HOME_AFTER = re.compile(r"\s*,?\s+(?P<loc>hos\s+[A-ZÆØÅ][^.,;:()\d]*?)\s*$")


def _date_at_home(line: str) -> Optional[re.Match[str]]:
    """The member's home that closes a line right after the meeting's date, with no time between
    ("Referat fra bestyrelsesmøde 9. november 2009 hos Eva")."""
    for cand, _ in dates_in(line):
        m = _AT_HOME_AFTER.match(line, cand.end)
        if m is not None:
            return m
    return None


_AT_PLACE = re.compile(r"^(?:[Ii]|[Pp]å)\s+(?P<loc>[A-ZÆØÅ].*)$")  # "i Café Solsiden", "I Folkemusikhuset"
# what follows a place after "samt" is the rest of the programme ("på Selmersbo samt efterfølgende frokost på …")
_PLACE_THEN = re.compile(r"\s+(?:samt|efterfulgt\s+af|med\s+efterfølgende)\s.*$")
# the place of a dated title sentence that says where the meeting was held ("Referat af bestyrelsesmøde i X holdt
# på Frivilligcentret i Vestby tirsdag 20. februar 2024 klokken 17")
# "… afholdt i Rådhuset", "… kl. 17 afholdt Byrådet møde i Mødesalen." (the body's name between)
_HELD_AT = re.compile(r"\b(?:af)?holdt\s+(?:[A-ZÆØÅ][\w\-]*\s+(?:[a-zæøå]+\s+)?møde\s+)?(?:i|på)\s+"
                      r"(?P<loc>[A-ZÆØÅ][^,.;:()\d]*?)"
                      r"(?=\s+(?i:(?:man|tirs|ons|tors|fre|lør|søn)dag|den|d\.|kl\.?|klokken)(?!\w)|\s*[,.;]|\s*$)")
# the same in a title written in capitals ("… 2012 AFHOLDT I RÅDHUSSALEN, TORVET 3, 8000 AARHUS C"): the
# place runs through its address to the end of the capitals
_HELD_AT_CAPS = re.compile(r"\b(?:AF)?HOLDT\s+(?:I|PÅ)\s+(?P<loc>[A-ZÆØÅ][A-ZÆØÅ0-9 .,/\-]*?[A-ZÆØÅ0-9])"
                           r"(?=\.?\s*$|\.?\s*[\"”]|\s+(?:(?:MAN|TIRS|ONS|TORS|FRE|LØR|SØN)DAG|DEN|KL)\b)")
# a title line that is a meeting word and its place ("Lokalrådsmøde i Skovby Bibliotek") over the date line
_MEETING_IN_PLACE_LINE = re.compile(r"^\w*møde\s+(?:i|på)\s+(?P<loc>[A-ZÆØÅ][\w\-]*(?:\s+[A-ZÆØÅ][\w\-]*){0,3})\s*$")
_LABEL_COLON = re.compile(r":\s")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=1)
def _header_patterns() -> dict[str, Any]:
    p = phrases()

    def labels(key: str, value_start: str = "A-ZÆØÅ") -> re.Pattern[str]:
        alts = "|".join(re.escape(str(x)) for x in re.longest_first(p[key]))
        # also a label glued to its value by a page whose table cells lost their spacing
        # ("MødestedRådssalen", "UdvalgÆldreråd"): a lower-case letter, then a capital; without a colon
        # the value opens with a capital ("Afholdt møde.": a sentence, no label)
        return re.compile(rf"^(?:{alts})(?:\s*(?::|\||\s{{2,}}|$)|\s(?=(?-i:[{value_start}]))|(?<=(?-i:[a-zæøå]))(?=(?-i:[{value_start}])))"
                          rf"\s*(?P<value>.*)$", re.IGNORECASE)

    return {
        "before": [re.compile(x, re.IGNORECASE) for x in p["body_before_regex"]],
        "after": [re.compile(x, re.IGNORECASE) for x in p["body_after_regex"]],
        "not_body": re.compile("|".join(f"(?:{x})" for x in p["not_body_regex"]), re.IGNORECASE),
        "body_label": labels("body_labels"),
        "reference_date": re.compile(p["reference_date_before_regex"], re.IGNORECASE),
        "date_label": labels("date_labels"),
        "time_label": labels("time_labels", r"A-ZÆØÅ\d"),  # "Mødetidspunkt 17.00" without a colon
        "location_label": labels("location_labels"),
        # "… kl. 14:30 - Borgmesterkontorets mødelokale"; "…, Kl i Byrådssalen REFERAT …" (a converted
        # PDF that lost the time's digits): the place after the time, up to a run-on title word.
        "time_dash_place": re.compile(
            r"\b[Kk]l\.?(?:\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s+[-–]|\s+(?:i|på)|(?=\s+[A-ZÆØÅ]))\s+(?P<loc>[A-ZÆØÅ][^:|]{2,80}?)"
            rf"(?=\s+(?:{p['run_on_title_words_regex']})\b|$)"),
        "when_place_label": re.compile(p["when_place_label_regex"], re.IGNORECASE),
        "title_echo": re.compile(p["page_title_echo_regex"], re.IGNORECASE),
        "transcript_marker": re.compile(p["page_transcript_marker_regex"], re.IGNORECASE),
        "standing_schedule": re.compile(p["standing_schedule_regex"], re.IGNORECASE),
        "time_prefix": re.compile(p["time_prefix_regex"] + r"\s*$", re.IGNORECASE),
        "location_word": re.compile("|".join(f"(?:{x})" for x in p["location_words_regex"]), re.IGNORECASE),
        "body_term": re.compile(p["body_term_regex"]),
        "body_in_item": [re.compile(x) for x in p["body_in_item_regex"]],
        "meeting_title": re.compile(p["body_meeting_title_regex"], re.IGNORECASE),
        "group_label": re.compile(p["attendance_group_label_regex"]),
        "genitive_meeting": re.compile(p["body_genitive_meeting_regex"]),
        "agenda_phrase": re.compile(p["agenda_phrase_regex"]),
        "agenda_label": re.compile(p["agenda_label_regex"], re.IGNORECASE),
        "flattened_agenda_item": re.compile(p["flattened_agenda_item_regex"]),
        "agenda_approved_sentence": re.compile(p["agenda_approved_sentence_regex"], re.IGNORECASE),
        "agenda_approved_run_on": re.compile(p["agenda_approved_run_on_regex"], re.IGNORECASE),
        "body_title": [re.compile(x, re.IGNORECASE) for x in p["body_title_regex"]],
        "narrative_decision": re.compile(p["narrative_decision_regex"], re.IGNORECASE),
        "dated_minutes_approved": re.compile(p["dated_minutes_approved_regex"], re.IGNORECASE),
        "approval_title_opening": re.compile(p["approval_title_opening_regex"], re.IGNORECASE),
        "narrative_body_decision": re.compile(p["narrative_body_decision_regex"]),
        "run_on_item_marker": re.compile(p["run_on_item_marker_regex"]),
        "narrative_agreement": re.compile(p["narrative_agreement_regex"], re.IGNORECASE),
        "narrative_conclusion": re.compile(p["narrative_conclusion_regex"]),
        "narrative_discussed": re.compile(p["narrative_discussed_regex"]),
        "narrative_we": re.compile(p["narrative_we_regex"]),
        "narrative_body_action": re.compile(p["narrative_body_action_regex"]),
        "narrative_arranged": re.compile(p["narrative_arranged_regex"]),
        "narrative_member_task": re.compile(p["narrative_member_task_regex"]),
        "member_task_officers": frozenset(str(x).lower() for x in p["member_task_officers"]),
        "notice_item": re.compile(p["notice_item_regex"], re.IGNORECASE),
        "narrative_modal": re.compile(p["narrative_modal_regex"], re.IGNORECASE),
        "narrative_hedge": re.compile(p["narrative_hedge_regex"], re.IGNORECASE),
        "stated_partial": re.compile(p["stated_partial_subject_regex"], re.IGNORECASE),
        "stated_reported": re.compile(p["stated_reported_act_regex"], re.IGNORECASE),
        "stated_own_subject": re.compile(p["stated_own_subject_regex"]),
        "case_presentation": re.compile(p["case_presentation_label_regex"]),
        "planned_modal": re.compile(p["planned_modal_regex"], re.IGNORECASE),
        "nothing_opening": re.compile(p["nothing_opening_regex"], re.IGNORECASE),
        "time_slot": re.compile(p["time_slot_line_regex"], re.IGNORECASE),
        "item_kind_cell": re.compile(p["item_kind_cell_regex"], re.IGNORECASE),
        "election_item": re.compile(p["election_item_regex"], re.IGNORECASE),
        "presenter_line": re.compile(p["presenter_line_regex"]),
        "attachment_line": re.compile(p["attachment_line_regex"], re.IGNORECASE),
        "nothing_decision": re.compile(p["nothing_decision_regex"], re.IGNORECASE),
        "nothing_new": re.compile(p["nothing_new_regex"], re.IGNORECASE),
        "report_item_title": re.compile(p["report_item_title_regex"], re.IGNORECASE),
        "report_opening": re.compile(p["report_opening_regex"]),
        "report_resolution": re.compile(p["report_resolution_regex"], re.IGNORECASE),
        "schedule_item": re.compile(p["schedule_item_regex"], re.IGNORECASE),
        "schedule_set": re.compile(p["schedule_set_regex"], re.IGNORECASE),
        "next_meeting_item": re.compile(p["next_meeting_item_regex"], re.IGNORECASE),
        "next_meeting_date_line": re.compile(p["next_meeting_date_line_regex"], re.IGNORECASE),
        "election_result": re.compile(p["election_result_regex"]),
        "election_clause": re.compile(p["election_clause_regex"]),
        "election_inverted": re.compile(p["election_inverted_regex"]),
        "election_outcome_line": re.compile(p["election_outcome_line_regex"], re.IGNORECASE),
        "election_posts": frozenset(str(w).lower() for w in p["election_posts"]),
        "municipality": re.compile(p["body_municipality_regex"]),
        "body_owner_prefix": re.compile(p["body_owner_prefix_regex"]),
        "time_started": re.compile(p["time_started_regex"], re.IGNORECASE),
        "time_not_start": re.compile(p["time_not_start_regex"], re.IGNORECASE),
        "minutes_title": re.compile(p["minutes_title_regex"], re.IGNORECASE),
        "kind_line": re.compile(p["kind_line_regex"], re.IGNORECASE),
        "publisher_word": re.compile(p["publisher_word_regex"], re.IGNORECASE),
        "toc_word": re.compile(p["place_not_regex"], re.IGNORECASE),
        "own_abbreviation": re.compile(p["own_meeting_abbreviation_regex"]),
        "body_name": re.compile(p["body_name_regex"]),
        "body_meeting_compound": re.compile(p["body_meeting_compound_regex"]),
        "town_council": re.compile(p["town_council_regex"]),
        "board_meeting_in": re.compile(p["board_meeting_in_regex"]),
        "association_head": re.compile(p["association_head_regex"], re.IGNORECASE),
        "title_line_prefix": re.compile(p["title_line_prefix_regex"], re.IGNORECASE),
        "title_line_tail": re.compile(p["title_line_tail_regex"], re.IGNORECASE),
        "body_definite_forms": {str(k): str(v) for k, v in p["body_definite_forms"].items()},
        "own_meeting_word": re.compile(p["own_meeting_word_regex"], re.IGNORECASE),
        "assembly_meeting": re.compile(p["assembly_meeting_regex"], re.IGNORECASE),
        "plain_board_meeting": re.compile(p["plain_board_meeting_regex"], re.IGNORECASE),
        "association_name": re.compile(p["association_name_regex"]),
        "name_lead_not": frozenset(str(w).lower() for w in p["name_lead_not"]),
        "local_council_heads": tuple(str(w).lower() for w in p["local_council_heads"]),
    }


@dataclass
class MinutesResult:
    meeting: Meeting
    decisions: list[Decision]
    spans: list[tuple[int, int]] = field(default_factory=list)


def looks_like_minutes(text: str) -> bool:
    """True when the text has agenda items with decision sections."""
    return layout_looks_like_minutes(parse_layout(text))


def layout_looks_like_minutes(layout: Layout, weak_ok: bool = True) -> bool:
    """:func:`looks_like_minutes` of an already parsed layout: agenda items with decision
    sections, or a meeting header (a minutes title with labelled body, place, time or attendance).
    Without ``weak_ok`` (a news medium's page) only two or more decided items count."""
    decided = [item for item in layout.items if item.decisions]
    if len(decided) >= 2:
        return True
    if not weak_ok:
        return False
    if any(item.head is not None and item.head.number is not None and len({s.label for s in item.sections}) >= 2
           for item in layout.items):
        return True  # a numbered case with its sections ("Resume", "Sagsfremstilling"): an agenda cut before the decision
    if any(_case_item(layout, item) for item in layout.items[:1]):
        return True  # one case page: "1. Spørgetid", "Sag 306-…", "Åbent", "Sagsfremstilling"
    if len(decided) == 1:
        # one decided item (the rest cut off): numbered, or its decision names the body or the date
        head, heading = decided[0].head, decided[0].decisions[-1].heading
        if (head is not None and head.number is not None) or (
            heading is not None and (heading.body is not None or heading.date_text is not None)
        ):
            return True
    return _meeting_header(layout) or _run_on_meeting(layout) or _meeting_title_line(layout)


_RUN_ON_MIN_MEMBERS = 3
_TITLE_LINES = 3  # the first lines of the text, where a meeting's title line stands
_TITLE_MAX_CHARS = 220


def _meeting_title_line(layout: Layout) -> bool:
    """A title line that is nothing but a meeting: a body, its full date and a start time ("Teknisk Udvalg
    tirsdag den 1. marts 2011, kl. 13:00 i Mødelokale 3", "Åbent møde for Økonomiudvalgets møde den …
    kl. 15:00"), or a first sentence that says when the meeting was held and when it began ("Mødet blev
    holdt tirsdag den 19. marts 2013 på Rådhuset. Mødet begyndte kl. 18:30."), as a document site titles
    the transcript of a minutes PDF."""
    lines = [line for line in layout.lines[:20] if line.clean and not line.noise][:_TITLE_LINES]
    for line in lines:
        clean = line.clean
        if len(clean) > _TITLE_MAX_CHARS:
            continue
        held = held_sentence(clean)
        if held and held.get("date") and (held.get("time") or time_started(clean)):
            return True
        found = [cand for cand, _ in dates_in(clean) if cand.day and cand.month and cand.year]
        if not found or not _KL_TIME.search(clean, found[0].end):
            continue
        if _title_body(clean[: found[0].start]):
            return True
    return False


def _title_body(before: str) -> Optional[str]:
    """The body that the text before a title line's date names, and nothing else: "Teknisk Udvalg tirsdag
    den", "Åbent møde for Økonomiudvalgets møde den", "Referat fra Ældrerådets møde"."""
    hp = _header_patterns()
    cand = hp["title_line_tail"].sub("", before.strip(" ,"))
    cand = hp["title_line_prefix"].sub("", cand).strip(" ,.:")
    if is_body_name(cand) and not hp["not_body"].search(cand):
        return cand
    return None


@functools.lru_cache(maxsize=1)
def _case_line() -> re.Pattern[str]:
    return re.compile(phrases()["item_case_page_line_regex"], re.IGNORECASE)


def _case_item(layout: Layout, item: Item) -> bool:
    """A numbered item with a section and, between its title and the section, a case number or
    its open/closed status on a line of its own."""
    if item.head is None or item.head.number is None or not item.sections:
        return False
    first = item.sections[0].line
    return any(_case_line().match(line.clean) for line in layout.lines[item.head.line + 1 : first])


def _run_on_meeting(layout: Layout) -> bool:
    """A page flattened into one line that says when the meeting was held ("Mødet blev holdt
    tirsdag den 4. maj 2021 …") and lists its members after a label ("Medlemmer: Borgmester - …")."""
    head = "\n".join(line.clean for line in layout.lines[:40] if line.clean)[:_RUN_ON_HEAD_CHARS]
    held = held_sentence(head)
    return bool(held and held.get("date")) and len(run_on_members(head)) >= _RUN_ON_MIN_MEMBERS


_RUN_ON_HEAD_CHARS = 6000


def _meeting_header(layout: Layout) -> bool:
    """A minutes title ("Referat", "Beslutningsprotokol") in the first lines with at least two of
    the header's labelled fields (body, place, time) or an attendance list; without a title, an
    attendance list with a labelled body or three labelled header fields."""
    lines = [line for line in layout.lines[:40] if line.clean and not line.noise]
    hp = _header_patterns()
    titled = any(hp["minutes_title"].match(line.clean) for line in lines[:12])
    labels = {key for line in lines for key in ("body_label", "location_label", "time_label", "date_label")
              if hp[key].match(line.clean)}
    if not titled and not labels:
        return _attendance_opening(layout, lines)
    if _item_page_header(lines[:_ITEM_PAGE_REACH]):
        return True
    end = min(len(layout.lines), 60)
    att = any((found := attendance_at(layout.lines, line.idx, end)) is not None and found.people for line in lines)
    if titled:
        return len(labels - {"date_label"}) + att >= 2
    # no title word: an attendance list with the body label or two other header labels
    return att and ("body_label" in labels or len(labels) >= 3)


_ITEM_PAGE_REACH = 5  # lines in which an agenda item's page opens with its meeting's labels
_ITEM_PAGE_FURNITURE_MAX = 80  # the longest line of a web page's furniture before them ("Søg", a banner)


@functools.lru_cache(maxsize=1)
def _item_page_date_labels() -> tuple[str, ...]:
    return tuple(str(w).lower() for w in phrases()["item_page_date_labels"])


def _item_page_header(lines: list[Line]) -> bool:
    """An agenda item's own page that opens with nothing but the meeting's date and time and its place
    under their labels ("Mødedato: 12.03.2019, kl. 15:00" / "Mødested: Rådhuset, mødesal 2") before the
    case's title: the meeting is named by its labels alone. Short lines of the site's furniture may come
    first ("Søg", "Gå ikke glip af vigtig Digital Post fra Nordby Kommune")."""
    hp = _header_patterns()
    for first in range(len(lines) - 1):
        when, where = (hp["date_label"].match(lines[first].clean), hp["location_label"].match(lines[first + 1].clean))
        if (when is not None and where is not None and bool(dates_in(when.group("value")))
                and _KL_TIME.search(when.group("value")) is not None and bool(where.group("value").strip())
                and (first == 0 or lines[first].clean.lower().startswith(_item_page_date_labels()))):
            return True  # under other lines only the meeting's own labels ("Mødedato:"), not an event's "Tid:"
        if len(lines[first].clean) > _ITEM_PAGE_FURNITURE_MAX:
            return False
    return False


_OPENING_LINES = 12  # lines in which untitled minutes open with their attendance (after a page's furniture)
_OPENING_MIN_MEMBERS = 3
_OPENING_MIN_ITEMS = 2


def _attendance_opening(layout: Layout, lines: list[Line]) -> bool:
    """Minutes without title or header labels that open with who came and who sent apologies
    ("Fremmødte: Eva Holm, Bo Dam, Kim Lund." / "Afbud: Ole Berg.") over numbered items: a
    participants list of three or more and an absence list, both among the first lines."""
    if sum(1 for item in layout.items if item.head is not None and item.head.number is not None) < _OPENING_MIN_ITEMS:
        return False
    end = min(len(layout.lines), 60)
    kinds: dict[str, int] = {}
    for line in lines[:_OPENING_LINES]:
        found = attendance_at(layout.lines, line.idx, end)
        if found is not None and found.people:
            kinds[found.kind] = max(kinds.get(found.kind, 0), len(found.people))
            if any(p.absent for p in found.people):  # "…, Kim Lund, Ole Berg (afbud)": the absence marked in the list
                kinds["absent"] = kinds.get("absent", 0) + 1
    return kinds.get("participants", 0) >= _OPENING_MIN_MEMBERS and "absent" in kinds


# --- header --------------------------------------------------------------------------------------


_NUMBERED_TITLE = re.compile(r"\d{1,4}\s*\.?\s+")


def header_end(layout: Layout) -> int:
    """The line where the header ends: the first item, unless that "item" is the numbered title
    line of the minutes ("00 Referat uden bilag - …" at the top of a PDF export) or a page of a PDF
    transcript that starts with its page number ("1 Referat til Byrådet Mødedato: …")."""
    found = layout.memo.get("header_end")
    if found is None:  # asked by several readers of the same layout
        found = layout.memo["header_end"] = _header_end(layout)
    return found


def _header_end(layout: Layout) -> int:
    start = layout.header_end
    if start >= len(layout.lines):
        return start
    if _echoed_page_title(layout, start):  # a document site's title, repeated in its download line
        start = next((item.head.line for item in layout.items if item.head is not None and item.head.line > start),
                     len(layout.lines))
        if start >= len(layout.lines):
            return start
    line = layout.lines[start]
    numbered = _NUMBERED_TITLE.match(line.clean)
    if not ((numbered and (_header_patterns()["minutes_title"].match(line.clean[numbered.end():])
                           or _upper_body_title(line.clean[numbered.end():])))
            or inline_fields(line.clean, line.start) or _first_transcript_page(layout, start)):
        return start
    return next((item.head.line for item in layout.items if item.head is not None and item.head.line > start),
                len(layout.lines))


_FIRST_PAGE = re.compile(r"1\s+\S")


def _first_transcript_page(layout: Layout, start: int) -> bool:
    """Whether the "item" at ``start`` is the first page of a document site's transcript: "1 …" right
    under the site's transcript marker ("Transkript"), whose pages each open with their number."""
    if not _FIRST_PAGE.match(layout.lines[start].clean):
        return False
    before = next((line for line in reversed(layout.lines[:start]) if line.clean.strip()), None)
    return before is not None and bool(_header_patterns()["transcript_marker"].match(before.clean.strip()))


_ECHO_REACH = 8  # lines after a page's title in which a document site repeats it


def _echoed_page_title(layout: Layout, start: int) -> bool:
    """Whether the "item" at ``start`` is a document site's page title, repeated in quotes in the
    site's download line below it ('6. Godkendelse af …' / 'Download "6. Godkendelse af …"'), with
    the transcript of the minutes after it: no item of the meeting."""
    title = layout.lines[start].clean
    if len(title) < 10:
        return False
    echo = _header_patterns()["title_echo"]
    letters = None
    for line in layout.lines[start + 1 : start + 1 + _ECHO_REACH]:
        if not echo.match(line.clean):
            continue
        if title in line.clean:
            return True
        if letters is None:
            letters = _letters_only(title)  # the site's own title line may drop the numbers its echo keeps
        if letters in _letters_only(line.clean):
            return True
    return False


def _echoed_title_date(layout: Layout, candidates: list[tuple[DateCandidate, Optional[int]]]) -> Optional[dt.date]:
    """The date of a document site's first line, which drops the year ("Referat fra møde i … 13. september
    Mødet afholdtes i …"), with the year its download line keeps when it repeats the same title whole
    ('Download "Referat fra møde i … 13. september 2013. Mødet afholdtes i …"')."""
    first = next((line for line in layout.lines[:_ECHO_REACH] if line.clean), None)
    if first is None:
        return None
    yearless = [c for c, _ in candidates if first.start <= c.start < first.end and c.year is None]
    if not yearless:
        return None
    echo = _header_patterns()["title_echo"]
    letters = _letters_only(first.clean)
    for line in layout.lines[first.idx + 1 : first.idx + 1 + _ECHO_REACH]:
        if not (echo.match(line.clean) and letters in _letters_only(line.clean)):
            continue
        dated = [c for c, _ in candidates if line.start <= c.start < line.end and c.year is not None]
        for cand in dated:
            if (cand.day, cand.month) == (yearless[0].day, yearless[0].month):
                return dt.date(cand.year, cand.month, cand.day)  # type: ignore[arg-type]
        return None
    return None


def _letters_only(text: str) -> str:
    return "".join(filter(str.isalpha, text.lower()))


_UPPER_TITLE_WORD = re.compile(r"\s(?:REFERAT|BESLUTNINGSPROTOKOL|DAGSORDEN)\b")


def _upper_body_title(rest: str) -> bool:
    """An upper-case title that names the body before its minutes word ("BYRÅDET FOR SKOVBY KOMMUNE
    REFERAT FRA MØDE NR. 4 …"), not an item ("GODKENDELSE AF REFERAT …")."""
    m = _UPPER_TITLE_WORD.search(rest, 0, 120)
    if not m or not dates_in(rest):
        return False
    prefix = rest[: m.start()].strip()
    if not prefix or prefix != prefix.upper():
        return False
    words = prefix.title()
    return is_body_name(words) or words.endswith("Kommune")


def _header_lines(layout: Layout) -> list[Line]:
    found = layout.memo.get("header_lines")
    if found is None:
        found = layout.memo["header_lines"] = [line for line in layout.lines[: header_end(layout)]
                                               if line.clean and not line.noise]
    return list(found)  # a list of the caller's own


_LABEL_REACH = 80  # header lines in which a labelled body is looked for (menus may come first)


def find_body(lines: list[Line], text: str = "") -> Optional[str]:
    """The body whose meeting the minutes record: a labelled value, else a title line; a council's
    committee named after the council in the header ("Aalborg Byråd By- og Landskabsudvalget Mødet den")."""
    body = _find_body(lines, text)
    return _committee_of_council(lines[:_TITLE_REACH], body) or body if body else body


def _committee_of_council(lines: list[Line], council: str) -> Optional[str]:
    """A committee or board named right after the council ``council`` and before "Mødet den" on a header
    line ("AALBORG BYRÅD Aalborg Byråd Magistraten Mødet den kl …"): the body that met."""
    data = phrases()
    if not council.endswith(tuple(data["council_heads"])):
        return None
    meeting = "|".join(map(re.escape, data["council_header_meeting_words"]))
    after = re.compile(rf"{re.escape(council)}[ ]+(?P<body>[A-ZÆØÅ][\w-]*(?:[ ](?:og|&)[ ][\w-]+|[ ][A-ZÆØÅ][\w-]+){{0,4}})"
                       rf"[ ]+(?:{meeting})(?![\w])")
    for line in lines:
        m = after.search(line.clean)
        if m and is_body_name(m.group("body")) and m.group("body") != council:
            return m.group("body")
    return None


def _find_body(lines: list[Line], text: str = "") -> Optional[str]:
    hp = _header_patterns()
    labelled: set[int] = set()
    values = _label_values(lines[: _LABEL_REACH + 1])
    inline = _inline(lines[:25])
    for fields in inline.values():
        for f in fields:
            if f.kind == "body" and is_body_name(f.text):
                return _without_municipality(f.text, text)
    for k, line in enumerate(lines[:_LABEL_REACH]):
        if k not in inline and _column_row(line.clean):
            labelled.add(k)
            body = _body_in_row(lines[k + 1].clean) if k + 1 < len(lines) else None
            if body:
                return body
            continue
        m = hp["body_label"].match(line.clean) if k not in inline else None
        if not m:
            continue
        labelled.add(k)
        below = values.get(k)
        value = m.group("value").strip(" .|") or (lines[below].clean if below is not None else "")
        if not m.group("value").strip(" .|") and below is not None:
            labelled.add(below)
        value = hp["body_term"].sub("", value.strip(" .|")).strip(" .|")
        if is_body_name(value) and not hp["not_body"].search(value):
            return _without_municipality(value, text)
        if _labelled_name(value):
            return value
    listed = _AttendanceRows(lines[:_TITLE_REACH])
    members = _member_rows(lines[:_TITLE_REACH])
    for k, line in enumerate(lines[:_TITLE_REACH]):
        if k in labelled or k in listed or hp["group_label"].match(line.clean):
            continue  # "Fra Organisationsbestyrelsen:": a group of attendees, not the body
        if k in members:
            continue  # "Lynette Munk, Integrationsrådet": a member and the body she stands for
        clean = _inline_title(inline[k]) if k in inline else _title_head(line.clean)
        body = _body_sentence(line.clean)
        if body:
            return _without_municipality(body, text)
        for pattern in hp["body_title"]:  # "Referat byrådet 31. oktober 2018", "Referat af OB-møde"
            found = pattern.match(clean)
            if found:
                return found.group("body")
        for part in reversed(_CRUMB.split(clean)):
            body = _body_from_text(part) or _body_from_parts(part)
            if body and not _body_as_object(body):
                return _without_municipality(body, text)
        m = hp["meeting_title"].match(clean)
        if m:
            body = m.group("body").strip()
            own = hp["municipality"].sub("", body)
            if own and not hp["not_body"].search(own) and len(own.split()) <= 6:
                return _without_municipality(_definite_body(body), text)
    return _board_organisation(lines[:_TITLE_REACH], listed.all() | labelled)


def _definite_body(body: str) -> str:
    """A body named in the genitive before its meeting by its bare head word ("Kultur- og fritidsudvalgs
    møde"): the body's definite name ("Kultur- og fritidsudvalget"); any other name as it stands."""
    forms = _header_patterns()["body_definite_forms"]
    head = next((h for h in forms if body.endswith(h) and body[: -len(h)][-1:].isalpha()), None)
    return body[: len(body) - len(head)] + forms[head] if head is not None else body


_TITLE_SENTENCES = re.compile(r"\.\s+")
_MIN_TITLE_SENTENCES = 3


def _body_sentence(clean: str) -> Optional[str]:
    """A document site's title made of short sentences ("Referat. Ordinært møde. Teknikudvalget. Mødet den …"):
    the last one that is a body's name and nothing else, the committee after the council it belongs to."""
    parts = [p.strip(" .") for p in _TITLE_SENTENCES.split(clean)]
    if len(parts) < _MIN_TITLE_SENTENCES:
        return None
    bodies = [p for p in parts if p and len(p.split()) <= 4 and is_body_name(p) and _body_from_text(p) == p
              and not p.isupper()]
    return bodies[-1] if bodies else None


def _body_run_on_cut(body: Optional[str]) -> Optional[str]:
    """The body's name without what a flattened page runs on after it: the name again (a running page
    heading, "Byrådet Byrådet") or the words of the document's title ("… Sundhed Møde Referat")."""
    if not body:
        return body
    words = body.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and [w.lower() for w in words[:half]] == [w.lower() for w in words[half:]]:
        return " ".join(words[:half])
    run_on = {str(w).lower() for w in phrases()["body_run_on_words"]}
    k = len(words)
    while k > 1 and (words[k - 1].lower().strip(".,:") in run_on or words[k - 1] in ("-", "–", "|")):
        k -= 1  # "… sundhedsvæsen - mødesager": the page's section after a dash
    if k < len(words) and words[k - 1][-1:].isalpha() and is_body_name(" ".join(words[:k])):
        return " ".join(words[:k])
    return body


def _board_organisation(lines: list[Line], skip: set[int]) -> Optional[str]:
    """The association whose board met, named in the title where no body name stands ("Referat af
    bestyrelsesmøde i Skovby Grundejerforening, mandag den …"): a run of capitalised words with an
    association's head noun (forening, klynge, selskab, …); a place ("… i Klubhuset") has none."""
    hp = _header_patterns()
    for k, line in enumerate(lines):
        if k in skip:
            continue
        m = hp["board_meeting_in"].search(_title_head(line.clean))
        if m and hp["association_head"].search(m.group("org")):
            return m.group("org").strip()
    return None


_TITLE_REACH = 25  # header lines in which a title line names the body


class _AttendanceRows:
    """Positions of the lines of attendance lists with names ("Deltagere: Eva Holm - Grundejerforeningen",
    "Bo Dam - formand for Teknisk Udvalg"): a member's unit or role there is not the meeting's body.

    Read as far as asked (``k in rows``): a list's lines start at its label and go down, so the lines up
    to ``k`` tell whether ``k`` is one; the title reader mostly stops at one of the first lines."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.rows: set[int] = set()
        self.read = 0  # lines before this one have been tried as a list's label

    def __contains__(self, k: int) -> bool:
        self._read_to(k)
        return k in self.rows

    def all(self) -> set[int]:
        """The rows among all the lines."""
        self._read_to(len(self.lines) - 1)
        return self.rows

    def _read_to(self, k: int) -> None:
        while self.read <= k and self.read < len(self.lines):
            i = self.read
            self.read += 1
            if i in self.rows:
                continue
            att = attendance_at(self.lines, i, len(self.lines))
            if att is not None and att.people:
                self.rows.update(att.lines)


_TITLE_HEAD_CHARS = 160
_RUN_ON_LABEL = re.compile(r"(?<!\S)[A-ZÆØÅ][a-zæøå]+(?:\s+[a-zæøå]+)?:(?=\s)")


def _title_head(clean: str) -> str:
    """The part of a line that may be a title: a transcript line that runs the title, the members
    and the items together ("1 Referat Bestyrelsesmødet … Til stede: … 5. Notat fra møde i
    Revisionsudvalget …") names its body in its head, before its first label, not deep in the items."""
    if len(clean) <= _TITLE_HEAD_CHARS:
        return clean
    label = _RUN_ON_LABEL.search(clean)
    return clean[: min(label.start() if label else len(clean), _TITLE_HEAD_CHARS)]


@functools.lru_cache(maxsize=1)
def _column_words() -> frozenset[str]:
    """Words of a row of column headings over a row of values ("Udvalg Dato Type Hent")."""
    p = phrases()
    words = {str(w).lower() for key in ("body_labels", "date_labels", "time_labels", "location_labels")
             for w in p[key] if " " not in str(w)}
    return frozenset(words | {str(w).lower() for w in p["header_column_words"]})


def _column_row(clean: str) -> bool:
    """A row of column headings with the body's among them ("Udvalg Dato Type Hent", "Titel Udvalg
    Funktioner", "Udvalg Ikon"): the values stand on the next line."""
    words = clean.split()
    if not 2 <= len(words) <= 8 or not all(w[:1].isupper() for w in words):
        return False
    low = [w.lower() for w in words]
    return all(w in _column_words() for w in low) and any(w in _body_label_words() for w in low)


@functools.lru_cache(maxsize=1)
def _body_label_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in phrases()["body_labels"] if " " not in str(w))


_ROW_LINKS = frozenset({"for", "og", "vedr.", "vedrørende", "om", "i", "af"})


def _body_in_row(row: str) -> Optional[str]:
    """The body at the start of a row of values ("Byrådet 14-03-2022 17:00 Referat"): the shortest
    run of words that names a body and is not continued by a linking word ("Udvalget for …")."""
    words = row.split()
    for k in range(1, min(len(words), 9) + 1):
        phrase = " ".join(words[:k])
        if dates_in(phrase) or _TIME.search(phrase):
            return None
        if (is_body_name(phrase) and words[k - 1].lower() not in _ROW_LINKS
                and (k == len(words) or words[k].lower() not in _ROW_LINKS)):
            return phrase.strip(" ,.")
    return None


# what may stand before a date on its own line: "Tirsdag den ", "d. "
_DATE_LEAD = rf"(?:(?:{'|'.join(da.load().weekdays)})\s+)?(?:den\s+|d\.\s*)?"
_DATE_LINE = re.compile(rf"^{_DATE_LEAD}\d{{1,2}}\s*[.\-/]", re.IGNORECASE)


_MEMBER_ROW = re.compile(r"(?P<first>[A-ZÆØÅ][a-zæøåé]+)(?:[ -][A-ZÆØÅ][\w.-]*){1,3},[ ]")


_MEMBER_ROWS_MIN = 2  # rows opening with a known first name that make the shape a list of members


def _member_rows(lines: list[Line]) -> set[int]:
    """The lines that open with a name and a comma ("Jan Holm, leder af lokalpolitiet", "Lis Munk,
    Integrationsrådet") where two or more of them open with a known first name: a list of members with
    what each stands for, whose bodies are not the body that meets."""
    shaped = {k: m for k, line in enumerate(lines) if (m := _MEMBER_ROW.match(line.clean)) is not None}
    known = sum(m.group("first") in first_names() for m in shaped.values())
    return set(shaped) if known >= _MEMBER_ROWS_MIN else set()


def body_over_date(lines: list[Line]) -> Optional[str]:
    """A body name ("Byråd", "Kommunalbestyrelsen") that stands right over the meeting's date line
    ("Torsdag den 16-09-2021 kl. 08:15") titles the meeting, though alone in a menu it would not."""
    not_body = _header_patterns()["not_body"]
    for line, nxt in zip(lines[:25], lines[1:26]):
        clean = line.clean.strip(" .:")
        words = len(clean.split())
        if (words <= 4 and is_body_name(clean) and (words == 1 or not not_body.search(clean))
                and _DATE_LINE.match(nxt.clean) and dates_in(nxt.clean)):
            return clean
    return None


_HEADER_LABEL_KEYS = ("body_label", "date_label", "time_label", "location_label")


@functools.lru_cache(maxsize=8192)  # the header readers ask about the same lines again and again
@functools.lru_cache(maxsize=2048)  # the readers of the header's labels ask about the same lines several times
def _label_only(clean: str) -> bool:
    """A header label with no value on its line ("Mødested:", "STED", "Bemærkninger:"); attendance
    labels are not counted: their lists are read on their own."""
    if layout_attendance_label(clean):
        return False
    if layout_patterns()["label_line"].match(clean) and clean.rstrip().endswith(":") and len(clean) <= 32:
        return True
    hp = _header_patterns()
    return any((m := hp[key].match(clean)) is not None and not m.group("value").strip(" |:")
               for key in _HEADER_LABEL_KEYS)


def _label_values(lines: list[Line]) -> dict[int, int]:
    """Label-only header lines → the line that holds their value. A single label takes the line
    below; a block of labels ("Mødedato:", "Mødetidspunkt:", "Mødested:") takes as many lines after
    the block, in the same order, up to the next label; with fewer values than labels, the labels
    left empty are those that make the values fit best ("Hent som fil:" over "Lokation:")."""
    out: dict[int, int] = {}
    k = 0
    while k < len(lines):
        if not _label_only(lines[k].clean):
            k += 1
            continue
        j = k
        while j < len(lines) and (_label_only(lines[j].clean) or (j > k and _empty_list_label(lines[j].clean))):
            j += 1
        values: list[int] = []
        while len(values) < j - k and j + len(values) < len(lines):
            v = j + len(values)
            if _any_label(lines[v].clean) or layout_attendance_label(lines[v].clean):
                break
            if values and (not lines[v].clean or lines[v].idx > lines[v - 1].idx + 1):
                break  # "Hent som fil:" / "Lokation:" / "Rådhuset" and a blank line: one value for the two
            values.append(v)
        labels = list(range(k, j))
        if len(values) < len(labels) <= _MAX_BLOCK:
            labels = max(itertools.combinations(labels, len(values)),
                         key=lambda chosen: sum(_fit(lines[a].clean, lines[b].clean) for a, b in zip(chosen, values)))
        out.update(zip(labels, values))
        k = j
    return out


_MAX_BLOCK = 10
_LIST_LABEL_MAX_CHARS = 32


def _empty_list_label(clean: str) -> bool:
    """An attendance label with nothing after its colon ("Fraværende:") inside a block of labels
    whose values follow the block in the same order."""
    return len(clean) <= _LIST_LABEL_MAX_CHARS and clean.rstrip().endswith(":") and layout_attendance_label(clean)


def _fit(label: str, value: str) -> int:
    """How well a value suits its label: a date under a date label, an hour under a time label, a
    place word under a place label."""
    hp = _header_patterns()
    score = 0
    if hp["date_label"].match(label) and dates_in(value):
        score += 1
    if hp["time_label"].match(label) and _TIME.search(value):
        score += 1
    if hp["location_label"].match(label) and hp["location_word"].search(value) and not dates_in(value):
        score += 1
    return score


_INLINE_MIN_CHARS = 30


def _inline(lines: list[Line]) -> dict[int, list[InlineField]]:
    """Header lines (by position in ``lines``) that run several labelled fields together."""
    out: dict[int, list[InlineField]] = {}
    for k, line in enumerate(lines):
        if len(line.clean) >= _INLINE_MIN_CHARS:
            fields = inline_fields(line.clean, line.start)
            if fields:
                out[k] = fields
    return out


def _inline_title(fields: list[InlineField]) -> str:
    """The title before the first label of a run-on header line ("" when the line starts with one)."""
    return next((title_part(f.text) for f in fields if f.kind == "title"), "")


def _any_label(clean: str) -> bool:
    """True for a header label line ("Dato:", "Lokation:", "STED")."""
    hp = _header_patterns()
    return bool(layout_patterns()["label_line"].match(clean)) or any(
        hp[key].match(clean) and not hp[key].match(clean).group("value").strip()
        for key in ("body_label", "date_label", "time_label", "location_label"))


def _labelled_name(value: str) -> bool:
    """A value after a body label that is a name even without a body word
    ("Udvalg: Fornyelse af Skovby Bymidte")."""
    hp = _header_patterns()
    if not value or not value[:1].isupper() or len(value.split()) > 10 or dates_in(value):
        return False
    return not hp["not_body"].search(value) and not _TIME.search(value)


def _without_municipality(body: str, text: str) -> str:
    """"Udvalget for Lokal Trivsel i Skovby Kommune" → "Udvalget for Lokal Trivsel" when the text
    also names the body alone; "Skovby Sogn, Menighedsrådet" → "Menighedsrådet"."""
    owner = _header_patterns()["body_owner_prefix"].match(body)
    if owner is not None and is_body_name(body[owner.end():]):
        return body[owner.end():]
    m = _header_patterns()["municipality"].search(body)
    if not m:
        return body
    short = body[: m.start()].strip()
    if is_body_name(short) and text.count(short) > text.count(body):
        return short
    return body


def body_from_items(layout: Layout, meeting_date: Optional[dt.date]) -> Optional[str]:
    """The body named only inside the first items: a decision heading ("Beslutning i Byrådet den
    07-11-2022", "Økonomiudvalgets beslutning"), "Godkendelse af dagsorden for KU den …",
    "dagens møde i Social- og Ældreudvalget" or a line "<Body> den <meeting date>"."""
    hp = _header_patterns()
    items = layout.items[:3]
    bodies: list[str] = []
    for item in items:  # the item's own decision is its last one (of the meeting's date)
        named = [section.heading.body.strip(" .,") for section in item.decisions
                 if section.heading is not None and section.heading.body and is_body_name(section.heading.body)
                 and (meeting_date is None or section.heading.date_text is None
                      or _section_date(section, meeting_date) == meeting_date)]
        bodies.extend(named[-1:])
    if bodies:
        return max(bodies, key=bodies.count)
    end = items[-1].end_line if items else min(len(layout.lines), 40)
    for line in layout.lines[:end]:
        if line.noise or not line.clean:
            continue
        for pattern in hp["body_in_item"]:
            m = pattern.search(line.clean)
            if m:
                body = m.group("body").strip()
                if is_body_name(body) or _ABBREVIATION.fullmatch(body):
                    return body
        body = _body_date_line(line.clean, meeting_date) or _genitive_meeting_body(line.clean, meeting_date)
        if body:
            return body
    return None


_ABBREVIATION_LINES = 40
_BODY_PARTS = re.compile(r"(?i)(?<=[a-zæøå])(?=(?:råd|udvalg|bestyrelse|forum)\w*$)")


def body_by_abbreviation(layout: Layout, text: str) -> Optional[str]:
    """The body that the minutes call by its abbreviation in their first lines ("referat fra sidste
    ÆR-møde") when the text spells the name out elsewhere ("Ældrerådet"): one name whose initials match."""
    hp = _header_patterns()
    end = layout.lines[min(len(layout.lines), _ABBREVIATION_LINES) - 1].end if layout.lines else 0
    m = hp["own_abbreviation"].search(text, 0, end)
    abbr = m.group("abbr") if m is not None else _item_prefix_abbreviation(layout)
    if abbr is None:
        return None
    return spelled_out_body(abbr, text)


def _town_council(header: list[Line]) -> Optional[str]:
    """The one council the header names by its town ("Skive Byråd"), where nothing else gave the body."""
    pattern = _header_patterns()["town_council"]
    found = {m.group(0) for line in header for m in pattern.finditer(line.clean)}
    return found.pop() if len(found) == 1 else None


_MEETING_WORD_LINES = 4  # first lines of a small board's minutes that hold its title


def body_by_meeting_word(layout: Layout, text: str) -> Optional[str]:
    """The body of a small board's minutes that name it only in the title's meeting word, the last
    resort: "Lokalrådsmøde …" → the one "<Place> Lokalråd" the text names, else "Lokalrådet";
    "… repræsentantskabsmøde …" → "Repræsentantskabet"; "… afdelingsmøde …" → "Afdelingsmødet" (the
    assembly is the body); a plain "Bestyrelsesmøde …" → the one association the text names, else
    "Bestyrelsen"."""
    hp = _header_patterns()
    title = _title_text(layout)
    if hp["own_meeting_word"].search(title) is not None:
        named, definite = council_by_meeting_word(layout, text)
        return named or definite
    m = hp["assembly_meeting"].search(title)
    if m is not None:
        return m.group("word").capitalize() + "t"
    if hp["plain_board_meeting"].search(title):
        bare = {str(w) for w in phrases()["association_bare_heads"]}
        # a head noun alone ("Lokalforum") names the board only where it acts in a sentence ("Lokalforum støtter
        # …"), not as an agenda heading ("4. Landsbyråd - kommuneplan")
        names = {_without_genitive(n, text) for n in hp["association_name"].finditer(text)
                 if n.group("name").lower() not in bare or _ACTS.match(text, n.end())}
        names = {n for n in names if n is not None}
        names = {n for n in names if not any(n != o and n in o for o in names)}  # the fullest form of one name
        if len(names) == 1:
            return names.pop()
        # no one association named: the local council that calls itself by its definite form ("… om
        # Lokalrådet skal inddrages", "Lokalrådets første bestyrelsesmøde"), else the board whose meeting
        # the title names ("Bestyrelsesmøde 8. maj" → "Bestyrelsen")
        return _own_council_definite(text) or str(phrases()["plain_board_body"])
    return _local_council(text)


@functools.lru_cache(maxsize=1)
def _council_definite_pattern() -> re.Pattern[str]:
    """The definite forms of the local councils' head words, capitalised, maybe genitive ("Lokalrådets")."""
    hp = _header_patterns()
    forms = hp["body_definite_forms"]
    definite = []
    for head in hp["local_council_heads"]:
        tail = next((t for t in re.longest_first(forms) if head.endswith(t)), None)
        if tail is not None:
            definite.append(head[: len(head) - len(tail)] + forms[tail])
    alternatives = "|".join(re.escape(d.capitalize()) for d in re.longest_first(definite))
    return re.compile(rf"(?<![\w-])(?P<form>{alternatives})s?(?![\w-])")


def _own_council_definite(text: str) -> Optional[str]:
    """The one local council a board's minutes name by its capitalised definite form ("Lokalrådet"), or None."""
    found = {m.group("form") for m in _council_definite_pattern().finditer(text)}
    return found.pop() if len(found) == 1 else None


_NUMBERED_PAGE = re.compile(r"^(?P<page>\d{1,3})\s+(?P<rest>\S.*)$")
_RUNNING_HEADER_WORDS = 8  # the words at the top of a page that may repeat from page to page
_NAME_RUN = re.compile(r"(?<!\S)(?:[A-ZÆØÅ][\w\-]*)(?:\s+(?:[A-ZÆØÅ][\w\-]*|og|for|i))*(?!\S)")


def body_in_running_header(layout: Layout) -> Optional[str]:
    """The body named in the running header of a transcript's pages: each page a line that opens with
    its number, two pages in a row that open with the same words ("2 Byrådet den , s. 2" / "3 Byrådet
    den , s. 3", "4 tirsdag den 3. maj ØKONOMIUDVALGET …"), and a body's name among those words."""
    pages = [(int(m.group("page")), m.group("rest").split()) for line in layout.lines
             for m in [_NUMBERED_PAGE.match(line.clean)] if m]
    found: dict[str, int] = {}
    for (num, words), (nxt, nwords) in zip(pages, pages[1:]):
        if nxt != num + 1:
            continue
        common = list(itertools.takewhile(lambda pair: pair[0] == pair[1],
                                          zip(words[:_RUNNING_HEADER_WORDS], nwords[:_RUNNING_HEADER_WORDS])))
        shared = " ".join(a for a, _ in common)
        for run in _NAME_RUN.finditer(shared):
            name = run.group().title() if run.group().isupper() else run.group()
            if is_body_name(name):
                found[name] = found.get(name, 0) + 1
                break
    return max(found, key=lambda n: found[n]) if len(found) == 1 else None


_ACTS = re.compile(r"[ \t]+[a-zæøå]{2,}")  # a lower-case word after a name: the verb it is the subject of


def _title_text(layout: Layout) -> str:
    """The first lines of the page that are not noise, joined: where a title's meeting word stands; past the menu
    and skip links a web page opens with ("Gå til hovedindholdet", "MENU")."""
    lines = [x.clean for x in layout.lines if x.clean and not x.noise]
    lead = docinfo.leading_furniture(lines[:_MEETING_WORD_LINES + 1])
    return " ".join(lines[lead:lead + _MEETING_WORD_LINES])


def council_by_meeting_word(layout: Layout, text: str) -> tuple[Optional[str], Optional[str]]:
    """For a title's own meeting word ("Lokalrådsmøde"): the one council the text names with its place
    ("Skovby Lokalråd", or None) and the council's definite form ("Lokalrådet", or None)."""
    hp = _header_patterns()
    m = hp["own_meeting_word"].search(_title_text(layout))
    if m is None:
        return None, None
    stem = m.group("stem").lower()
    named = _named_bodies(text, re.compile(rf"(?=[A-ZÆØÅ])(?i:{re.escape(stem)})"))
    forms = hp["body_definite_forms"]
    head = next((h for h in re.longest_first(forms) if stem.endswith(h)), None)
    definite = (stem[: len(stem) - len(head)] + forms[head]).capitalize() if head is not None else None
    return (named.pop() if len(named) == 1 else None), definite


def _local_council(text: str) -> Optional[str]:
    """The one local council that the text names with its place ("Skovby Lokalråd") where the text
    also calls it by its definite form ("lokalrådet") or by its initials twice ("SR"); else None."""
    hp = _header_patterns()
    heads = hp["local_council_heads"]
    named = _named_bodies(text, re.compile(rf"(?=[A-ZÆØÅ])(?i:{'|'.join(re.escape(h) for h in heads)})"))
    if len(named) != 1:
        return None
    name = named.pop()
    head = next(h for h in heads if h in name.lower())
    forms = hp["body_definite_forms"]
    tail = next((t for t in re.longest_first(forms) if head.endswith(t)), None)
    definite = head[: len(head) - len(tail)] + forms[tail] if tail else None
    if definite and re.search(rf"(?<![\w-]){re.escape(definite)}(?![\w-])", text, re.IGNORECASE):
        return name
    initials = _initials(head.capitalize())
    if len(initials) >= 2 and len(re.findall(rf"(?<![\w-]){initials}(?![\w-])", text)) >= 2:
        return name
    return None


def _named_bodies(text: str, head: re.Pattern[str]) -> set[str]:
    """The names a body's head word takes with a place in the text ("Skovby Lokalråd", "Lokalråd Nord")."""
    lead_not = _header_patterns()["name_lead_not"]
    place = r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?"
    found: set[str] = set()
    for m in re.finditer(rf"(?<![\w-])(?:(?P<before>{place})[ \t]+)?(?P<head>{head.pattern})(?:[ \t]+(?![A-ZÆØÅ][a-zæøå]*møde)(?P<after>{place}))?(?![\w-])", text):
        before = m.group("before") if m.group("before") and m.group("before").lower() not in lead_not else None
        if before:
            found.add(f"{before} {m.group('head')}")
        elif m.group("after") and m.group("after").lower() not in lead_not:
            name = _without_genitive(m, text, "after")
            if name:
                found.add(name)
    return found


def _without_genitive(m: re.Match[str], text: str, group: str = "name") -> Optional[str]:
    """A matched name without the genitive "s" that ties it to a following noun ("Lokalforum Nords rolle")."""
    name = m.group(group) if group == "name" else m.group(0)[m.start("head") - m.start():]
    if name.split()[0].lower() in _header_patterns()["name_lead_not"]:
        return None
    if name.endswith("s") and re.match(r"\s+[a-zæøå]", text[m.end():]):
        name = name[:-1]
    return name


def spelled_out_body(abbr: str, text: str) -> Optional[str]:
    """The body an acronym stands for ("OB") where the text spells its name out: the one body name
    whose initials it is ("Organisationsbestyrelsen"), else the one name compounded with the meeting
    word ("Organisationsbestyrelsesmøde"), in its definite form; None when the text does not say."""
    hp = _header_patterns()
    names = {n.group(0) for n in hp["body_name"].finditer(text)
             if _initials(n.group(0)) == abbr and is_body_name(n.group(0))}
    if names:
        return names.pop() if len(names) == 1 else None
    forms = hp["body_definite_forms"]
    for m in hp["body_meeting_compound"].finditer(text):
        stem = m.group("stem")
        if _initials(stem) != abbr:
            continue
        head = next((h for h in forms if stem.lower().endswith(h)), None)
        if head is not None:
            names.add(stem[: len(stem) - len(head)] + forms[head])
    return names.pop() if len(names) == 1 else None


def _conventional_body(abbr: str) -> Optional[str]:
    """The board an acronym names by convention where the text does not spell it out ("OB-møde": the
    housing organisation's Organisationsbestyrelsen; data ``conventional_body_abbreviations``)."""
    return phrases()["conventional_body_abbreviations"].get(abbr)


_ITEM_ABBREVIATION = re.compile(r"^([A-ZÆØÅ]{2,4})\s+\d{1,3}\.\s")


def _item_prefix_abbreviation(layout: Layout) -> Optional[str]:
    """The capitals that open every item heading, two at least ("HR 1.", "HR 2."): the body's abbreviation."""
    found = [_ITEM_ABBREVIATION.match(layout.lines[item.head.line].clean) for item in layout.items if item.head]
    abbrs = {m.group(1) for m in found if m}
    return abbrs.pop() if len(abbrs) == 1 and sum(m is not None for m in found) >= 2 and all(found) else None


def _initials(name: str) -> str:
    """Initials of a body name's capitalised words and of its last word's compound parts
    ("Ældrerådet" → "ÆR", "Børne- og Ungeudvalget" → "BUU")."""
    words = [w for w in re.split(r"[\s,]+", name) if w[:1].isupper()]
    if not words:
        return ""
    parts = _BODY_PARTS.split(words[-1])
    return "".join(w[0] for w in words[:-1]) + "".join(p[0].upper() for p in parts if p)


_GENITIVE_CUE = "s møde d"
_LEAD_WORDS = re.compile(r"^(?:(?:I|På|Under|Ved|Efter|Før|Fra|Til|Af|Om|Og)\s+)+")


def _genitive_meeting_body(clean: str, meeting_date: Optional[dt.date]) -> Optional[str]:
    """The body of "<Body>s møde den <date>" inside an item when the date is the meeting's own
    ("Sagen blev drøftet på Regionsrådets møde den 7. marts 2019")."""
    if meeting_date is None or _GENITIVE_CUE not in clean:
        return None
    for m in _header_patterns()["genitive_meeting"].finditer(clean):
        body = _LEAD_WORDS.sub("", m.group("body"))  # "I Regionsrådets møde …", "Under Byrådets møde …"
        found = dates_in(m.group("date"))
        if not found or found[0][0].start != 0 or not is_body_name(body) or _NOT_BODY_WORDS.search(body):
            continue
        cand = found[0][0]
        if (cand.day, cand.month, cand.year) == (meeting_date.day, meeting_date.month, meeting_date.year):
            return body
    return None


_ABBREVIATION = re.compile(r"[A-ZÆØÅ]{2,5}")
_NOT_BODY_WORDS = re.compile(r"\b(?:beslutning|møde|mødet|referat|dagsorden|behandl\w*)\b|'s\b", re.IGNORECASE)
_BODY_DEN = re.compile(r"^(?P<body>[A-ZÆØÅ][^:|]{2,80}?)[\s,]+(?:den|d\.)\s+(?P<date>\d.*)$")


def _body_date_line(clean: str, meeting_date: Optional[dt.date]) -> Optional[str]:
    """A line "<Body> den <meeting date>" ("Kultur- og Fritidsudvalget den 4. maj 2022")."""
    if meeting_date is None or len(clean) > 120:
        return None
    m = _BODY_DEN.match(clean)
    if not m or not is_body_name(m.group("body")) or _NOT_BODY_WORDS.search(m.group("body")):
        return None
    found = dates_in(m.group("date"))
    if not found or found[0][0].start != 0:
        return None
    cand = found[0][0]
    if (cand.day, cand.month, cand.year) != (meeting_date.day, meeting_date.month, meeting_date.year):
        return None
    return m.group("body").strip()


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
    return _cached_body_from_text(s) if len(s) <= _CACHED_BODY_TEXT_CHARS else _read_body_from_text(s)


_CACHED_BODY_TEXT_CHARS = 300


@functools.lru_cache(maxsize=4096)  # asked of the same header lines by several readers
def _cached_body_from_text(s: str) -> Optional[str]:
    return _read_body_from_text(s)


def _read_body_from_text(s: str) -> Optional[str]:
    hp = _header_patterns()
    s = s.strip()
    for pattern in hp["before"]:
        m = pattern.search(s)
        if m and m.end() < len(s):
            cand = _trim_body(s[m.end() :]) or _leading_body(s[m.end() :])
            if cand:
                return cand
    if hp["not_body"].search(s):
        return None
    body = _trim_body(s)
    return None if body and hp["agenda_phrase"].match(body) else body


# "Repræsentant til bestyrelsen", "Valg af medlem til ældrerådet": the body the object of an item's title
_BODY_AS_OBJECT = re.compile(r"^[A-ZÆØÅ][a-zæøå]+(?:\s+[a-zæøå]+)*?\s+(?:til|i|fra|af|hos|med|mod)\s+[a-zæøå][\wæøå-]*$")


def _body_as_object(body: str) -> bool:
    """A phrase that names a body only in its lower-case last word, after a preposition: an agenda item's
    title ("Repræsentant til bestyrelsen"), not the name of the body that meets."""
    return bool(_BODY_AS_OBJECT.match(body)) and not is_body_name(body.split()[0])


_LEADING_MAX_WORDS = 8


def _leading_body(rest: str) -> Optional[str]:
    """The body that opens the rest of a title line and runs on into the unit that serves it
    ("Integrationsrådet Arbejdsmarkedsforvaltningen, Administration & Service"): the shortest
    run of name words that names a body and is not continued by a linking word."""
    words = rest.split()
    for k in range(1, min(len(words), _LEADING_MAX_WORDS) + 1):
        word = words[k - 1]
        if not (word[:1].isupper() or word.lower() in _ROW_LINKS or word == "&"
                or (k > 1 and words[k - 2].endswith("-"))):
            return None
        phrase = " ".join(words[:k]).strip(" ,.:")
        if (is_body_name(phrase) and word.lower() not in _ROW_LINKS
                and (k == len(words) or words[k].lower() not in _ROW_LINKS)):
            return None if _header_patterns()["not_body"].search(phrase) else phrase
    return None


def _trim_body(s: str) -> Optional[str]:
    hp = _header_patterns()
    s = hp["body_term"].sub("", s)
    prev = None
    while prev != s:
        prev = s
        for pattern in hp["after"]:
            s = pattern.sub("", s).strip()
    s = s.strip(" .,:;-–|")
    if is_body_name(s):
        return s
    m = hp["municipality"].search(s)  # "Børne- og Ungeudvalget i Vejen Kommune"
    if m and is_body_name(s[: m.start()]):
        return s
    return None


def find_date(layout: Layout, candidates: list[tuple[DateCandidate, Optional[int]]],
              text: str, published: Optional[dt.date]) -> Optional[dt.date]:
    """The meeting date: a labelled date in the header, else its first full date outside web-page
    furniture, else a machine timestamp ("5/23/2019 6:30:00 PM", "11. jun 2019")."""
    lines = _header_lines(layout)
    hp = _header_patterns()
    spans: list[tuple[int, int]] = []
    values = _label_values(lines)
    inline = _inline(lines)
    for k, line in enumerate(lines):
        if k in inline:
            spans.extend((f.start, f.end) for f in inline[k] if "date" in f.kinds)
            continue
        m = hp["date_label"].match(line.clean)
        if m and m.group("value").strip(" |"):
            spans.append((line.start + m.start("value"), line.end))
        elif m or _label_line_above(lines, k, hp["date_label"], values):
            below = values.get(k) if m else k
            if below is not None:
                spans.append((lines[below].start, lines[below].end))
    end = header_end(layout)
    limit = layout.lines[end - 1].end if 0 < end <= len(layout.lines) else len(text)
    noise = [(line.start, line.end) for line in layout.lines[:end] if line.noise]
    usable = [(c, y) for c, y in candidates if c.start < limit and not _inside(noise, c.start)]
    for start, end in spans:
        found = _first_full_date([(c, y) for c, y in usable if start <= c.start < end], text)
        if found:
            return found
    if end > 0:
        plain = _without_cited_meetings(_without_reference_dates(usable, text), text)
        found = (_echoed_title_date(layout, candidates) or _record_title_date(lines, plain, text)
                 or _first_full_date(_meeting_word_dates(plain, text), text)
                 or _first_full_date(_timed_dates(plain, text), text))
        if found:
            return found
        found = _first_full_date(plain, text)
        if found:
            return found if _date_line_first(plain, text) else _heading_over_prose(layout, found)
        for line in lines:
            found = _machine_date(line.clean)
            if found:
                return found
    return _decision_heading_date(layout) or published


_REFERENCE_LOOKBACK = 24
_TITLE_LINES = 3
_SPACED_WORD = re.compile(r"\b(?:[^\W\d_] ){3,}[^\W\d_]\b")


def _record_title_date(lines: list[Line], candidates: list[tuple[DateCandidate, Optional[int]]],
                       text: str) -> Optional[dt.date]:
    """The date with its year on a first line that names the page as minutes ("Referat MØDE Seniorrådet
    Torsdag den 4. juni 2015 kl …", also letter-spaced "R e f e r a t" by a PDF): it outranks a later
    "møde den 8. juni" of another body."""
    title = _header_patterns()["minutes_title"]
    for line in lines[:_TITLE_LINES]:
        if title.match(_SPACED_WORD.sub(lambda m: m.group().replace(" ", ""), line.clean)):
            inside = [(c, y) for c, y in candidates if line.start <= c.start < line.end and c.year is not None]
            return _first_full_date(inside, text)
    return None


def _without_reference_dates(candidates: list[tuple[DateCandidate, Optional[int]]],
                             text: str) -> list[tuple[DateCandidate, Optional[int]]]:
    """The dates that may be the meeting's when no label says so: not a date a figure stands at or
    a deadline runs to ("Budgetkontrol pr. 31. marts", "frist senest 1. maj")."""
    pat = _header_patterns()["reference_date"]
    return [(c, y) for c, y in candidates if not pat.search(text[max(0, c.start - _REFERENCE_LOOKBACK):c.start])]


_MEETING_WORD_BEFORE = re.compile(r"\w*møde(?:t)?\s+(?:(?:den|d\.)\s*)?$", re.IGNORECASE)
_CITED_LOOKBACK = 48  # characters before a date in which a citing sentence's "på … møde den" is read


def _meeting_word_dates(candidates: list[tuple[DateCandidate, Optional[int]]],
                        text: str) -> list[tuple[DateCandidate, Optional[int]]]:
    """The dates the header gives as the meeting's ("Referat fra bestyrelsesmøde den 3. december"),
    which outrank a page title's date of sending or printing; not a meeting a sentence cites
    ("… på deres møde den 3. maj")."""
    return [(c, y) for c, y in candidates
            if _MEETING_WORD_BEFORE.search(text[max(0, c.start - _REFERENCE_LOOKBACK):c.start])
            and not re.search(phrases()["cited_meeting_before_regex"], text[max(0, c.start - _CITED_LOOKBACK):c.start])]


def _timed_dates(candidates: list[tuple[DateCandidate, Optional[int]]],
                 text: str) -> list[tuple[DateCandidate, Optional[int]]]:
    """The dates the clock of a meeting follows ("Tirsdag den 17-09-2019 kl. 17:00"): they outrank a site's
    dated notice above them ("18. september 2019: Referaterne vises ikke …")."""
    out = []
    for c, y in candidates:
        line_end = text.find("\n", c.end)
        after = text[c.end : line_end if line_end >= 0 else len(text)]
        m = _KL_TIME.match(after.lstrip(" ,"))
        if m and _DATE_TIME_GAP.fullmatch(after[: len(after) - len(after.lstrip(" ,")) + m.start()]):
            out.append((c, y))
    return out


def _without_cited_meetings(candidates: list[tuple[DateCandidate, Optional[int]]],
                            text: str) -> list[tuple[DateCandidate, Optional[int]]]:
    """The dates not given as another meeting's by the sentence they stand in ("På udvalgets møde den
    4. december godkendte …"): when no label gives the meeting's date, such a date is not it."""
    cited = phrases()["cited_meeting_before_regex"]
    return [(c, y) for c, y in candidates if not re.search(cited, text[max(0, c.start - _CITED_LOOKBACK):c.start])]


def _heading_dates(layout: Layout) -> dict[dt.date, int]:
    """How many decision headings carry each date ("Beslutning i Kommunalbestyrelsen den 09-05-2023")."""
    counts: dict[dt.date, int] = {}
    for item in layout.items:
        for section in item.decisions:
            if section.heading is not None and section.heading.date_text:
                found = dec.find_dates(section.heading.date_text, published=None)
                if found and found[0].date is not None:
                    counts[found[0].date] = counts.get(found[0].date, 0) + 1
    return counts


def _decision_heading_date(layout: Layout) -> Optional[dt.date]:
    """The date most decision headings carry, the latest of a tie (a case page that repeats the case's
    earlier treatment above the last one), for minutes whose header gives none."""
    counts = _heading_dates(layout)
    return max(counts, key=lambda d: (counts[d], d)) if counts else None


_DATE_LINE_WEEKDAY = re.compile(rf"^{_DATE_LEAD}", re.IGNORECASE)


def _date_line_first(candidates: list[tuple[DateCandidate, Optional[int]]], text: str) -> bool:
    """The first full date of the head is a line of its own ("Kommunalbestyrelsen" / "24-09-2019"): the
    header's date of the meeting, which no earlier committee's decision heading outranks."""
    first = candidates[0][0] if candidates else None
    if first is None or first.year is None:
        return False
    start = text.rfind("\n", 0, first.start) + 1
    end = text.find("\n", first.end)
    before = text[start:first.start].strip()
    after = text[first.end:end if end >= 0 else len(text)].strip()
    return not after and _DATE_LINE_WEEKDAY.fullmatch(before + (" " if before else "")) is not None


def _heading_over_prose(layout: Layout, found: dt.date) -> dt.date:
    """An unlabelled first date of the head that no decision heading carries ("… ændres med virkning fra
    1. januar 2026") yields to the decision headings' date: a case page's date is its decision's."""
    counts = _heading_dates(layout)
    return found if not counts or found in counts else max(counts, key=lambda d: (counts[d], d))


_NUMBER_YEAR_REACH = 1500  # characters of the head in which the meeting's number and year is looked for


def _numbered_meeting_year(text: str) -> Optional[int]:
    """The year of the meeting's number in the head ("Møde nr.: 10/2019"), the one such year there."""
    years = {int(m.group("year")) for m in re.finditer(phrases()["meeting_number_year_regex"], text[:_NUMBER_YEAR_REACH])}
    return years.pop() if len(years) == 1 else None


def _first_full_date(candidates: list[tuple[DateCandidate, Optional[int]]], text: str) -> Optional[dt.date]:
    numbered = None
    for cand, _ in candidates:
        if cand.year is None and numbered is None:
            numbered = _numbered_meeting_year(text) or 0
        year = cand.year if cand.year is not None else (numbered or year_context(text, cand.start, None, cand.month))
        if year is None:
            continue
        if cand.year is None:  # "Torsdag den 4. juni": the year the text states on which that day is a Thursday
            year = weekday_year(text, cand, year)
        try:
            return dt.date(year, cand.month, cand.day)
        except ValueError:
            continue
    return None


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """True when ``pos`` falls in one of the sorted, disjoint ``spans``."""
    k = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    return k >= 0 and spans[k][0] <= pos <= spans[k][1]


_US_TIMESTAMP = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\s+(\d{1,2}):(\d{2})(?::\d{2})?\s*([AP]M)\b", re.IGNORECASE)
_SHORT_MONTH = re.compile(r"\b(\d{1,2})\.?\s+([a-zæøå]{3,4})\.?\s+(\d{4})\b", re.IGNORECASE)


def _machine_date(clean: str) -> Optional[dt.date]:
    """A date the general date finder does not read: a US timestamp or a three-letter month."""
    m = _US_TIMESTAMP.search(clean)
    try:
        if m:
            return dt.date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
        m = _SHORT_MONTH.search(clean)
        if m:
            month = _month_by_prefix(m.group(2))
            if month:
                return dt.date(int(m.group(3)), month, int(m.group(1)))
    except ValueError:
        return None
    return None


def _month_by_prefix(word: str) -> Optional[int]:
    """The month whose full name starts with ``word`` ("jun" → 6), when only one does."""
    low = word.lower()
    matches = {n for name, n in da.load().month_by_word.items()
               if len(name) >= 4 and "." not in name and name.startswith(low)}
    return matches.pop() if len(matches) == 1 else None


def _label_line_above(lines: list[Line], index: int, label: re.Pattern[str], values: dict[int, int]) -> bool:
    """The line is the value of a label on its own ("Mødetidspunkt" over "15:00 - 17:40", or the
    second of a block of labels whose values follow in the same order)."""
    return any(v == index and len(lines[k].clean) <= 30 and label.match(lines[k].clean.strip())
               for k, v in values.items())


def find_time(lines: list[Line]) -> Optional[str]:
    """The meeting's start time, "HH:MM"."""
    hp = _header_patterns()
    best: Optional[tuple[int, int, str]] = None
    values = _label_values(lines)
    inline = _inline(lines)
    for rank_line, line in enumerate(lines):
        if rank_line in inline:
            found = [m for f in inline[rank_line] if "time" in f.kinds
                     for m in [_TIME.search(f.text) or _KL_COMMA.search(f.text)] if m]
            if not found:  # "Lokalrådsmøde i X Mandag d. 6. oktober 2014 kl. 19.00-21.00 Til stede: …"
                found = [m for f in inline[rank_line] if f.kind == "title" and dates_in(f.text)
                         for m in [_KL_TIME.search(f.text)] if m]
            if not found:  # "Dato: 14.02.2012, kl. 19.00      Sted: …": the time after the date in the date's field
                found = [m for f in inline[rank_line] if "date" in f.kinds for m in [_time_after_date(f.text)] if m]
            if found and (best is None or (0, rank_line) < best[:2]):
                best = (0, rank_line, f"{int(found[0].group(1)):02d}:{found[0].group(2)}")
            continue
        if not _DIGITS.search(line.clean):
            continue  # every reader below needs a digit (an hour) on the line
        stamp = _US_TIMESTAMP.search(line.clean)  # "Mødedato: 9/24/2020 5:00:00 PM"
        if stamp and (best is None or (0, rank_line) < best[:2]):
            hour = int(stamp.group(4)) % 12 + (12 if stamp.group(6).upper() == "PM" else 0)
            best = (0, rank_line, f"{hour:02d}:{stamp.group(5)}")
            continue
        if hp["standing_schedule"].search(line.clean):
            continue  # "Møderne holdes som regel kl. 17.00, hvis intet andet er nævnt": not this meeting
        labelled = bool(hp["time_label"].match(line.clean)) or _label_line_above(lines, rank_line, hp["time_label"], values)
        clean = _without_end_clocks(line.clean)
        dates = [c[0] for c in dates_in(clean)]
        for m in _TIME.finditer(clean):
            if any(d.start <= m.start() < d.end for d in dates):
                continue
            before = clean[: m.start()]
            after_date = any(_KL_GAP.fullmatch(clean[d.end : m.start()]) for d in dates)
            if hp["time_prefix"].search(before) or labelled or after_date:
                tier = 0
            elif (m.group(0).count(":") or _range_end(clean, m)) and int(m.group(1)) >= 6:
                tier = 1  # "19:00", "17.00 til 19.00": a clock time, or the start of a range of them
            else:
                continue
            hour = int(m.group(1))
            if hour < 12 and _PM.match(clean, m.end()):  # "5/23/2019 6:30:00 PM"
                hour += 12
            value = f"{hour:02d}:{m.group(2)}"
            key = (tier, rank_line, value)
            if best is None or key[:2] < best[:2]:
                best = key
            break
        comma = _KL_COMMA.search(clean) or _KL_RUN_TOGETHER.search(clean)  # "Kl. 12,30 – 15,30", "kl. 1900"
        if comma and (best is None or (0, rank_line) < best[:2]):
            best = (0, rank_line, f"{int(comma.group(1)):02d}:{comma.group(2)}")
        hour = _KL_HOUR.search(clean)
        if hour and (best is None or (1, rank_line) < best[:2]):
            best = (1, rank_line, f"{int(hour.group(1)):02d}:00")
        start = _labelled_hour_range(clean, dates) if labelled else None
        if start is not None and (best is None or (0, rank_line) < best[:2]):
            best = (0, rank_line, f"{start:02d}:00")  # "Tid: 16-18"
    return best[2] if best else None


def _without_end_clocks(clean: str) -> str:
    """``clean`` with the clock times of the meeting's pause, resumption or end blanked, offsets kept
    ("Mødet suspenderet kl. 16.30 og genoptaget kl. 20.00"): none of them is its start."""
    pat = _header_patterns()["time_not_start"]
    return pat.sub(lambda m: " " * len(m.group()), clean) if pat.search(clean) else clean


# the end of a range of clock times right after its start ("17.00 til 19.00", "9.30-12.00")
_RANGE_END = re.compile(r"\s*(?:[-–]|til)\s*([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d]|[.,:]\d)")


def _range_end(text: str, start: re.Match[str]) -> bool:
    """True when the clock time ``start`` opens a range whose end comes later the same day and both
    minutes are whole fives (a range of day.month dates, "17.06-19.06", seldom is)."""
    end = _RANGE_END.match(text, start.end())
    if end is None:
        return False
    first = (int(start.group(1)), int(start.group(2)))
    last = (int(end.group(1)), int(end.group(2)))
    return first < last and first[1] % 5 == 0 and last[1] % 5 == 0


_HOUR_RANGE = re.compile(r"(?<![\d.,:/])([01]?\d|2[0-3])\s*[-–]\s*([01]?\d|2[0-3])(?![\d.,:/])")


def _labelled_hour_range(text: str, dates: list) -> Optional[int]:
    """The start hour of a range of whole hours on a time label's line ("Tid: 16-18" → 16), where
    the range lies in the day's hours (06–23), ends after it starts and is no part of a date."""
    for m in _HOUR_RANGE.finditer(text):
        first, last = int(m.group(1)), int(m.group(2))
        if 6 <= first < last and not any(d.start < m.end() and m.start() < d.end for d in dates):
            return first
    return None


_PM = re.compile(r"(?::[0-5]\d)?\s*PM\b", re.IGNORECASE)
_DATE_TIME_GAP = re.compile(r"[\s,]*(?:[-–]\s*)?(?:kl\.?|klokken)?\s*", re.IGNORECASE)


def _time_after_date(text: str) -> Optional[re.Match[str]]:
    """The time that follows a date in ``text`` with only a comma, a dash or "kl." between
    ("Tirsdag d. 14.02.2012, kl. 19.00", "Mandag, September 10, 2018 - 17:00"), or None."""
    dates = [c[0] for c in dates_in(text)]
    for m in _TIME.finditer(text):
        if not any(d.start <= m.start() < d.end for d in dates) and \
                any(d.end <= m.start() and _DATE_TIME_GAP.fullmatch(text[d.end : m.start()]) for d in dates):
            return m
    return None


def time_started(text: str) -> Optional[str]:
    """The start time the minutes report in running text: "Mødet startede kl. 16.15"."""
    m = _header_patterns()["time_started"].search(text)
    if not m:
        return None
    return f"{int(m.group('h')):02d}:{m.group('m') or '00'}"


def _started_body(text: str) -> Optional[str]:
    """The body the minutes name in the sentence that tells when the meeting began."""
    m = _header_patterns()["time_started"].search(text)
    body = m.group("body") if m else None
    return body if body and body[:1].isupper() and is_body_name(body) else None


_PLACE_KL = re.compile(r"^(?P<loc>[A-ZÆØÅ][^:|\d]{1,60}?)[\s,]+[Kk]l\.?\s*\d{1,2}(?:[.:]\d{2})?\s*$")
_TIME_COMMA_PLACE = re.compile(
    r"\b[Kk]l\.?\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s*,\s+(?P<loc>[A-ZÆØÅ][^:|]{2,80})$")
_TIME_ROOM = re.compile(r"\b[Kk]l\.?\s*\d{1,2}[.:]\d{2}\s+(?P<loc>[A-ZÆØÅ][^:|]{2,80}?)(?:\s+[A-ZÆØÅ][\w-]+\s+Kommune)?$")
# a room and its number or letter right after the hour, with capitalised text run on after them
_TIME_ROOM_RUN_ON = re.compile(r"\b[Kk]l\.?\s*\d{1,2}[.:]\d{2}\s+(?P<loc>[A-ZÆØÅ][\w\-]*\s+(?:[A-ZÆØÅ]{0,2}\d{1,4}[A-Za-z]?|[A-ZÆØÅ]))"
                               r"(?=\s+[A-ZÆØÅ][a-zæøå])")
_PLACE_WORD = re.compile(r"^(?:[A-ZÆØÅ][\w\-.]*|i|på|ved|og),?$")


def _bare_place(loc: str, clean: str) -> bool:
    """True when ``loc`` before "kl. 08.30" is a place name, not a body, date or label."""
    hp = _header_patterns()
    if not all(_PLACE_WORD.match(w) for w in loc.split()) or dates_in(clean):
        return False
    if is_body_name(loc) or _body_from_text(loc):
        return False
    return not (hp["time_label"].match(clean) or hp["date_label"].match(clean))


def _room_first(value: str) -> bool:
    """True when ``value`` opens with a room of its own ("Udvalgsværelse D", "Byrådssalen"), so a
    label word before it ("Mødelokale") is only the label."""
    first = value.split(",")[0].split()
    return bool(first) and bool(_header_patterns()["location_word"].search(first[0]))


_ROOM_REACH = 3  # words of a place before its room word ("Myndighedsafd. s mødelokale Svinget 14")
_SMALL_WORD_MAX = 3


def _room_within(value: str) -> bool:
    """True when ``value`` names a room after a word or two ("Jobcentrets mødelokale, Torvet 2") and
    reads as a place, not a sentence: every lower-case word is a place word or a short word."""
    words = value.split()
    word = _header_patterns()["location_word"]
    if not any(word.search(w) for w in words[:_ROOM_REACH]):
        return False
    return all(not w[:1].islower() or word.search(w) or len(w.strip(".,")) <= _SMALL_WORD_MAX for w in words)


def find_location(lines: list[Line]) -> Optional[str]:
    """Where the meeting was held: a short place, never a run of agenda titles. A place cut at a word
    that is also a label ("Lokale 227" of "kl. 13:00 i Parkskolen Lokale 227", where a transcript line
    runs the header's fields together) is taken whole where another line writes it whole."""
    found = (place for place in map(_run_on_cut, _find_location(lines)) if _place_shape(place))
    first = next(found, None)
    if first is None:
        return None
    for place in itertools.islice(found, _WHOLE_PLACE_REACH):
        if len(place) > len(first) and place.startswith(first) and place[len(first)].isalpha() \
                and first[-1:].isalpha() and len(first.split()) == 1:
            return place  # "Mød" of a page's text cut at a column's edge, written whole on another line
        if (len(place) > len(first) and place.endswith(" " + first) and not dates_in(place)
                and not _TIME.search(place) and not _KL.search(place)
                and not _header_patterns()["location_label"].match(place)):  # "Mødested Mødelokale 2": its label
            return place
    return first


_WHOLE_PLACE_REACH = 6  # later candidates looked through for the whole of a cut place


def _run_on_cut(place: str) -> str:
    """A place without the text a flattened page runs on after it, whichever reader found it: another
    label ("… Rådhuset Afbud: Ole Lund") or a word that opens the next part of the minutes ("… Rådhus
    Indholdsfortegnelse", "… mødelokale 1 Mødet hævet kl. 16")."""
    return _strip_period(place_only(place)) or place


def _find_location(lines: list[Line]) -> Iterator[str]:
    """Candidate places in the order they are trusted."""
    hp = _header_patterns()
    values = _label_values(lines)
    inline = _inline(lines)
    for k, line in enumerate(lines):
        if k in inline:
            places = [_strip_period(f.text) for f in inline[k] if f.kind == "location"]
            if places and _place_shape(places[0]):
                yield (_room_in_place_before(line.clean, inline[k]) or _room_label_kept(line.clean, inline[k])
                       or places[0])
            for f in inline[k]:  # "Lokalrådsmøde i Fensmark Bibliotek Mandag d. 6. oktober 2014 kl. 19.00 Til stede: …"
                m = _MEETING_AT_PLACE.search(f.text) if f.kind == "title" else None
                if m and hp["location_word"].search(m.group("loc")) and dates_in(f.text[m.end("loc") :]):
                    yield m.group("loc")
            continue
        when = hp["when_place_label"].match(line.clean)
        if when:
            place = _place_after_when(when.group("value"))
            if place:
                yield place
            continue
        m = hp["location_label"].match(line.clean)
        if m:
            value = m.group("value").strip(" |")
            label = line.clean[: m.start("value")]
            if (value and label[-1:] == " " and label[-2:] != "  " and not _LABEL_MARK.search(label)
                    and hp["location_word"].search(label) and not _room_first(value)):
                value = line.clean  # "Mødelokale Bøgelunden, Rådhuset": the label word is part of the place
            below = values.get(k)
            if not value and below is not None:
                value = lines[below].clean
            value = _strip_period(place_only(value))
            if value and not _TIME_ONLY.fullmatch(value):
                yield value
    for k, line in enumerate(lines):
        if k in inline:
            continue
        # the readers of a time or a date need a digit on the line: a line without one skips them
        clean = line.clean
        digit = _DIGITS.search(clean) is not None
        # the words the patterns below need, written as they need them: a line without one skips them
        kl = "kl" in clean
        clock = kl or "Kl" in clean
        m = _TIME_PLACE.search(clean) if digit else None
        if m:
            yield _strip_period(_PLACE_THEN.sub("", m.group("loc")))
        m = _HELD_AT.search(clean) if digit and "holdt" in clean else None
        if m and dates_in(clean) and len(m.group("loc").split()) <= _NAMED_PLACE_MAX_WORDS:
            yield m.group("loc")
        m = _HELD_AT_CAPS.search(clean) if digit and "HOLDT" in clean else None
        if m and dates_in(clean):
            yield m.group("loc")
        m = _MEETING_IN_PLACE_LINE.match(clean) if "møde" in clean else None
        if (m and hp["location_word"].search(m.group("loc")) and k + 1 < len(lines)
                and dates_in(lines[k + 1].clean)):
            yield m.group("loc")
        m = _TIME_COMMA_PLACE.search(clean) if digit and clock else None  # "… kl. 16.00, Rådhuset, mødelokale 2"
        if m and hp["location_word"].search(m.group("loc")) and not dates_in(m.group("loc")):
            yield _strip_period(m.group("loc"))
        m = _TIME_ROOM.search(clean) if digit and clock else None  # "… kl. 15:00 Mødelokale 4, Hobro Mariager Kommune"
        if m and (_room_first(m.group("loc")) or _room_within(m.group("loc"))) and not dates_in(m.group("loc")):
            yield _strip_period(m.group("loc"))
        m = _TIME_ROOM_RUN_ON.search(clean) if digit and clock else None  # "… kl. 15:00 Mødelokale D1 Følgende sager …"
        if m and _room_first(m.group("loc")):
            yield m.group("loc")
        m = hp["time_dash_place"].search(clean) if clock else None
        if m and hp["location_word"].search(m.group("loc")) and not dates_in(m.group("loc")):
            yield _strip_period(m.group("loc"))
        m = _PLACE_KL.match(clean) if digit and clock else None  # "Skibbyhøj kl. 08.30" under the title line
        if m and _bare_place(m.group("loc"), clean):
            yield _strip_period(m.group("loc"))
        m = ((_TIME_AT_HOME.search(clean) if kl else None) or _date_at_home(clean)) if digit else None
        if m and len(m.group("loc").split()) <= _NAMED_PLACE_MAX_WORDS:
            yield _strip_period(m.group("loc"))
        m = _MEETING_DAY_PLACE.search(clean) if "Mødet" in clean else None  # "… Mødet Torsdag 24.05.2007 kl. 8.15, D2/Rådhus Fraværende: …"
        if m and hp["location_word"].search(m.group("loc")):
            yield m.group("loc")
        m = _AT_PLACE.match(line.clean)
        if m and (hp["location_word"].search(m.group("loc")) or _named_place_under_time(lines, k, m.group("loc"))):
            yield _strip_period(m.group("loc"))
    dated = [k for k, line in enumerate(lines[:-1]) if k not in inline and dates_in(line.clean)]
    timed = [k for k in dated if _TIME.search(lines[k].clean) or _KL.search(lines[k].clean)]
    for k in timed + [k for k in dated if k not in timed]:  # a date with a time first, then any date
        place = _place_after(lines, k) or (_place_over_kind_line(lines, k) if k in timed else None)
        if place:
            yield place
    for k in timed:
        place = _place_before(lines, k)
        if place:
            yield place


# a meeting word and the place it was held in, before the day ('Bestyrelsesmøde i Klubhuset Tirsdag d. …'),
# the place a place word must name (checked by the caller), so 'møde i Økonomiudvalget mandag …' is none
_MEETING_AT_PLACE = re.compile(
    r"\w*møde\s+(?:i|på)\s+(?P<loc>[A-ZÆØÅ][\w\-]*(?:\s+[A-ZÆØÅ][\w\-]*){0,2})"
    r"(?=\s+(?:[Mm]an|[Tt]irs|[Oo]ns|[Tt]ors|[Ff]re|[Ll]ør|[Ss]øn)dag\b)")
_WHEN_THEN_PLACE = re.compile(
    r"^(?P<when>[^,]*?(?:\d{4}|\d{1,2}[.:]\d{2}|\bkl\.?\s*\d{1,2}(?:\s*[-–]\s*[\d.:]+)?))\s*,\s*(?P<place>\S.*)$",
    re.IGNORECASE)


def _place_after_when(value: str) -> Optional[str]:
    """The place of a "when and where" value: what follows the date and time after a comma."""
    m = _WHEN_THEN_PLACE.match(value)
    if not m or not (dates_in(m.group("when")) or _KL.search(m.group("when"))):
        return None
    place = _strip_period(place_only(m.group("place")))
    return place if place and not dates_in(place) else None


_NAMED_PLACE_MAX_WORDS = 4
# "Mødet" and its weekday, the date and time (lost in some converted pages), a comma and the place up to the
# next label of a flattened header: "Mødet Torsdag 24.05.2007 kl. 8.15, D2/Rådhus Fraværende: …"
_MEETING_DAY_PLACE = re.compile(r"\bMødet\s+(?:[Mm]an|[Tt]irs|[Oo]ns|[Tt]ors|[Ff]re|[Ll]ør|[Ss]øn)dag\b[^,:]{0,40},\s+"
                                r"(?P<loc>[A-ZÆØÅ0-9][^:,]{1,60}?)(?=\s+[A-ZÆØÅ][\wæøå]+:|\s*$)")
# a street and its number, then the postcode and the town: the place's address ("Torvet 5, 7400 Herning")
_POSTAL_ADDRESS = re.compile(r"[A-ZÆØÅ][\w.\-]+\s+\d{1,4}[A-Za-z]?,\s*\d{4}\s+[A-ZÆØÅ][\w\-]+\.?$")


def _named_place_under_time(lines: list[Line], k: int, loc: str) -> bool:
    """A short run of capitalised words on its own line ("i Café Solsiden") right under the line with
    the meeting's date and time: the place, though no word of places names it."""
    words = _strip_period(loc).split()
    most = _PLACE_MAX_WORDS if _POSTAL_ADDRESS.search(loc) else _NAMED_PLACE_MAX_WORDS  # "i Rådhuset, Torvet 5, 7400 Herning"
    if not words or len(words) > most or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    prev = next((x for x in reversed(lines[max(0, k - 3):k]) if x.clean.strip()), None)
    return prev is not None and bool(_KL.search(prev.clean)) and bool(dates_in(prev.clean))


def _place_after(lines: list[Line], k: int) -> Optional[str]:
    """An unlabelled place on one of the two lines after header line ``k``."""
    hp = _header_patterns()
    for nxt_line in lines[k + 1 : k + 3]:
        glued = glued_absent_start(nxt_line.clean)  # "… 9. salAfbud fra:": the place before the label
        nxt = nxt_line.clean[:glued] if glued else nxt_line.clean
        if is_body_name(nxt) or _body_from_text(nxt) or _TIME.match(nxt):
            continue  # a body's name, or the hours ("18.30 til 20.30. Spisning i kantinen"): the place may follow
        if ((hp["location_word"].search(nxt) or _held_opening().match(nxt)) and not _LABEL_COLON.search(nxt)
                and heading_kind(nxt_line) is None and (glued or not attendance_at([nxt_line], 0, 1))):
            # "i Klubhuset", "Mødet holdes hos Eva, Skovvej 3": the place without the words that lead to it
            return _strip_period(_PLACE_PREPOSITION.sub("", _held_opening().sub("", nxt)))
        if _named_place_over_list(lines, k, nxt_line):
            return _strip_period(nxt)
        break
    return None


def _place_over_kind_line(lines: list[Line], k: int) -> Optional[str]:
    """A short line of capitalised words within two lines under the date-and-time line ``k`` and right
    above a line naming the document's kind alone ("Torsdag 7. maj 2020 kl. 13:00" / "Seniorrådet" /
    "KUC, Lokale 2" / "Referat"): the place of a web page's fixed header, though no place word names it."""
    hp = _header_patterns()
    for j in range(k + 1, min(k + 3, len(lines) - 1)):
        if not hp["kind_line"].match(lines[j + 1].clean.strip(" .:")):
            continue
        place = lines[j].clean.strip(" .")
        words = place.split()
        if (not words or len(words) > _NAMED_PLACE_MAX_WORDS
                or not all(w[:1].isupper() or w[:1].isdigit() for w in words)
                or words[0].strip(",") in first_names() or dates_in(place) or _TIME.search(place)
                or _LABEL_COLON.search(place) or is_body_name(place) or _body_from_text(place)
                or hp["publisher_word"].search(place) or hp["kind_line"].match(place)
                or layout_attendance_label(place) or heading_kind(lines[j]) is not None):
            return None
        return place
    return None


def _named_place_over_list(lines: list[Line], k: int, line: Line) -> bool:
    """A short run of capitalised words alone on its line between the line with the meeting's date and
    time (``k``) and the attendance list's label ("1. marts 2018 kl. 17:00" / "Kulturhuset" / "Medlemmer"):
    the place, though no word of places names it; no person's name (a first name opens it)."""
    words = line.clean.strip(" .").split()
    if not words or len(words) > _NAMED_PLACE_MAX_WORDS or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    if words[0] in first_names() or dates_in(line.clean) or _LABEL_COLON.search(line.clean) \
            or layout_attendance_label(line.clean) or heading_kind(line) is not None:
        return False
    if not (_TIME.search(lines[k].clean) or _KL.search(lines[k].clean)):
        return False
    pos = next((j for j in range(k + 1, min(k + 3, len(lines))) if lines[j] is line), None)
    after = next((x for x in lines[pos + 1 : pos + 4] if x.clean.strip()), None) if pos is not None else None
    return after is not None and layout_attendance_label(after.clean)


def _place_before(lines: list[Line], k: int) -> Optional[str]:
    """An unlabelled place between the minutes title and the date-and-time line ``k`` ("Referat af
    bestyrelsesmøde / Skolen, mødelokale 2 / tirsdag den 4. maj 2021 kl. 19.00"), also with a line
    naming whose meeting it is between the title and the place ("… / Skovby Skole og Vestby Skole / …")."""
    title = _header_patterns()["minutes_title"]
    if k < 2 or not any(title.match(lines[j].clean) for j in range(max(0, k - 3), k - 1)):
        return None
    if k >= 3 and not title.match(lines[k - 2].clean) and (dates_in(lines[k - 2].clean)
                                                           or _LABEL_COLON.search(lines[k - 2].clean)):
        return None
    line = lines[k - 1]
    nxt = line.clean
    if dates_in(nxt) or is_body_name(nxt) or _body_from_text(nxt) or _LABEL_COLON.search(nxt):
        return None
    if _header_patterns()["location_word"].search(nxt) and heading_kind(line) is None \
            and not attendance_at([line], 0, 1):
        return _strip_period(nxt)
    return None


_PLACE_PREPOSITION = re.compile(r"^(?:i|på)\s+(?=[A-ZÆØÅ0-9])")
_INITIAL_END = re.compile(r"(?:^|[\s,])[A-ZÆØÅ]\.$")  # "Nykøbing F.": the town's letter keeps its dot
_PLACE_MAX_CHARS = 90
_PLACE_MAX_WORDS = 12


# The place named after "i"/"på" at the end of a run-on header line's title, right before a room label.
_PLACE_BEFORE_ROOM = re.compile(r"\b(?:i|på)(?:\s+(?P<place>[A-ZÆØÅ][\w\-]*(?:\s+[A-ZÆØÅ][\w\-]*){0,2}))?\s*$")


def _room_in_place_before(clean: str, fields: list[InlineField]) -> Optional[str]:
    """A room label that runs on from the place it lies in ("… kl. 13:00 i Parkskolen Lokale 227 Tilstede …") or
    from "i" ("… kl. 16 i Mødelokale 2 Åbent møde …"): the label word belongs to the place ("Parkskolen Lokale
    227", "Mødelokale 2"), not only the room number after it, and an open or closed part of the agenda run on
    after the number does not."""
    title = next((f for f in fields if f.kind == "title"), None)
    room = next((f for f in fields if f.kind == "location"), None)
    if title is None or room is None:
        return None
    at = clean.find(title.text)
    end = clean.find(room.text, at + len(title.text)) if at >= 0 else -1
    label = clean[at + len(title.text) : end].strip() if end >= 0 else ""
    place = _PLACE_BEFORE_ROOM.search(title.text)
    if place is None or not label or len(label.split()) > 1 or label.endswith(":") \
            or not _header_patterns()["location_word"].search(label):
        return None
    # place_only also cuts the open or closed part of the agenda run on after the number (place_end_regex)
    joined = " ".join(filter(None, (place.group("place"), label, _strip_period(place_only(room.text)))))
    return joined if _place_shape(joined) else None


def _room_label_kept(clean: str, fields: list[InlineField]) -> Optional[str]:
    """A room word read as a bare label right before its number or name ("… kl. 14.00 Mødelokale 2, Rådhuset
    Til stede: …", "Mødested: Mødelokale 2, Rådhuset"), where a flattened page runs the header's fields
    together: the word belongs to the place, as on a line of its own."""
    room = next((f for f in fields if f.kind == "location"), None)
    if room is None or _room_first(room.text):
        return None
    at = clean.find(room.text)
    before = clean[: max(at, 0)].split()
    if not before or before[-1].endswith(":") or not _header_patterns()["location_word"].search(before[-1]) \
            or not before[-1][:1].isupper():
        return None
    joined = before[-1] + " " + _strip_period(place_only(room.text))
    return joined if _place_shape(joined) else None


def _place_shape(value: str) -> bool:
    """True when ``value`` can be a meeting place: a few words, no run of agenda titles."""
    return (0 < len(value) <= _PLACE_MAX_CHARS and len(value.split()) <= _PLACE_MAX_WORDS
            and not value.endswith("!")  # "Sted: BEMÆRK! Lukket møde kl. 16:30": a note, no place
            and value.strip(" .:!").lower() not in phrases()["place_note_markers"]  # "Sted NB."
            and not _header_patterns()["toc_word"].search(value)
            and not _time_label_lead().match(value))  # "Mødetidspunkt kl. sluttidspunkt": a grid's labels


@functools.lru_cache(maxsize=1)
def _time_label_lead() -> re.Pattern[str]:
    """A value that opens with a clock label: the labels of a header grid printed before their values
    ("Mødested/lokale Mødetidspunkt kl. sluttidspunkt kl. …"), not a place."""
    p = phrases()
    words = re.longest_first({str(w) for w in p["time_labels"] + p["inline_end_time_labels"]})
    return re.compile(r"^(?:%s)\b" % "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words), re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _meeting_kind_tail() -> re.Pattern[str]:
    return re.compile(phrases()["place_meeting_kind_tail_regex"], re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _meeting_note_tail() -> re.Pattern[str]:
    return re.compile(phrases()["place_meeting_note_tail_regex"], re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _held_opening() -> re.Pattern[str]:
    return re.compile(phrases()["place_held_opening_regex"], re.IGNORECASE)


def _strip_period(value: str) -> str:
    """Drop a final full stop unless it ends an abbreviation ("Svinget 14, st."), and the kind of
    meeting written after the place ("Mødesalen, Ringe - Ekstraordinært")."""
    value = _meeting_kind_tail().sub("", value.strip(" |"))
    value = _meeting_note_tail().sub("", value)  # "Rådhuset - det åbne møde begynder kl. 19.00"
    last = value.split()[-1].lower() if value.split() else ""
    if value.endswith(".") and last not in da.load().abbreviations and not _INITIAL_END.search(value):
        value = value[:-1]
    return value.strip()


# --- attendance ----------------------------------------------------------------------------------


def _attendance(layout: Layout, start: int, end: int, list_end: Optional[int] = None,
                skip: frozenset[int] = frozenset(), board: bool = False) -> list[Any]:
    """Attendance lists whose label stands between lines ``start`` and ``end``; a list may run
    on to ``list_end``; lines in ``skip`` are read elsewhere."""
    found = []
    i = start
    while i < end:
        line = layout.lines[i]
        if line.clean and not line.noise and i not in skip:
            att = attendance_at(layout.lines, i, list_end or end, board)
            if att is None and found and _right_after(layout, max(found[-1].lines), i) \
                    and any(f.kind == "participants" and f.people for f in found):
                att = group_attendance_at(layout.lines, i, board)  # "Afbud: Bo" / "Fra sekretariatet: Eva, Kim"
            if att is not None:
                found.append(att)
                last = max(att.lines)
                # "Bo Dam, VestbyFraværende:": the list's last line holds the next list's glued label
                i = last if last > i and glued_absent_start(layout.lines[last].clean) else last + 1
                continue
        i += 1
    return found


_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                         "\u2018": "'", "\u2019": "'"})


def _as_written(value: Optional[str], text: str, raw: str) -> Optional[str]:
    """``value`` read from the normalised ``text`` with its dashes and quotes as the document writes
    them ("Mødelokale 2 – Rådhuset", 'Udvalget ”Læring og Trivsel”'): the first place it stands, when
    the raw text there differs in nothing but those."""
    if not value or not any(ch in value for ch in "-\"'"):
        return value
    at = text.find(value)
    if at < 0:
        return value
    written = raw[at : at + len(value)]
    return written if written.translate(_DASHES) == value else value


def _right_after(layout: Layout, last: int, i: int) -> bool:
    """Line ``i`` follows line ``last`` with nothing but blank or noise lines between."""
    return all(layout.lines[k].blank or layout.lines[k].noise for k in range(last + 1, i))


_ATTENDANCE_REACH = 300  # lines after the header in which the meeting's attendance lists may stand


def meeting_attendance(layout: Layout,
                       meeting_date: Optional[dt.date] = None) -> tuple[list[Attendee], list[str]]:
    """Participants and absentees of the meeting: labelled lists in the header and the first
    item (minutes that record attendance under "Godkendelse af dagsorden"), people marked
    absent inside a list, items that list the absentees, and sentences such as "NN var fraværende"."""
    early = layout.items[:5]  # numbered names under a label may pass for items: look past them
    first = next((item for item in early if item.sections), early[0] if early else None)
    head_end = header_end(layout)
    end = min(first.end_line if first is not None else len(layout.lines), head_end + _ATTENDANCE_REACH)
    if first is not None and not first.sections:  # an index of the items first: the lists may stand after it
        worked = next((item for item in layout.items if item.sections), None)
        end = max(end, min(worked.start_line if worked is not None else len(layout.lines), head_end + _ATTENDANCE_REACH))
    header = _header_lines(layout)
    inline = _inline(header)
    earlier = _earlier_decision_lines(layout, meeting_date)
    skip = frozenset(header[k].idx for k in inline) | earlier  # an earlier meeting's absentees are not this one's
    other = _other_minutes_start(layout, meeting_date)
    found = _attendance(layout, 0, min(max(head_end, end), other), len(layout.lines), skip)
    found.extend(_inline_attendance(header, inline))
    # an absence list found elsewhere (under an item) leaves the header's run-on members list to be read;
    # a transcript's page line may pass for an item ("3 Medlemmer Eva Holm Bo Dam … Fraværende Bo Dam …")
    reach = header + [line for line in layout.lines[len(header) and header[-1].idx + 1 : min(max(head_end, end), other)]
                      if line.clean and not line.noise and line.idx not in skip and _page_numbered(line.clean)]
    marked = [(line, f) for line in reach for f in marked_members_list(line.clean, line.start)]
    if any(f.kind == "participants" for _, f in marked):  # "Medlemmer Deltog Eva Holm (A) X Bo Dam (V) X …": each member's mark decides
        found = [att for att in found if att.kind not in ("participants", "absent")]
        found.extend(Attendance(f.kind, parse_people(f.text, f.start), [line.idx]) for line, f in marked)
    if not any(att.kind == "participants" and att.people for att in found):  # "… Til stede Eva Holm og Bo Dam Afbud fra Kim Lund …" without colons
        bare = [(line, f) for line in reach for f in bare_attendance(line.clean, line.start)]
        read = [(line, f, people) for line, f in bare if _split_surely(f.text, people := parse_people(f.text, f.start))]
        if bare and not any(f.kind == "participants" and people for _, f, people in read):
            # "3 Medlemmer Eva Holm Ane Lis Kjær Bo Dam Fraværende Ane Lis Kjær …": the names written
            # apart elsewhere ("Fraværende: Ane Lis Kjær, …" under an item) cut the run, both lists
            known = [p.name for p in absence_statements(layout.lines[:other], earlier)]
            recut = [(line, f, people) for line, f in bare if (people := _cut_by_known(f.text, f.start, known))]
            if any(f.kind == "participants" for _, f, _ in recut):
                read = recut
        found.extend(Attendance(f.kind, people, [line.idx]) for line, f, people in read)
    if not any(att.kind == "participants" and att.people for att in found):  # "… Til stede: Eva Holm (formand), Bo Dam og Kim Lund. Gæst: …"
        found.extend(Attendance(f.kind, parse_people(f.text, f.start), [line.idx])
                     for line in header for f in lone_members_list(line.clean, line.start))
    if not any(att.kind == "participants" and att.people for att in found):  # "… MØDEDELTAGERE Eva Holm (A) Bo Dam (V) … 1 / 12"
        found.extend(Attendance(f.kind, people, [line.idx])
                     for line in reach for f in lone_bare_members_list(line.clean, line.start)
                     if _split_surely(f.text, people := parse_people(f.text, f.start)))
    if not any(att.kind == "participants" and att.people for att in found):  # "… undtagen: … Endvidere deltog: direktør Eva Holm, …"
        found.extend(Attendance("participants", people, [line.idx]) for line in header
                     if (people := further_members_list(line.clean, line.start)))
    if _first_name_board(found):  # "Deltagere: Eva, Bo og Kim. Afbud: Lili": a lone unknown first name counts
        board = _attendance(layout, 0, min(max(head_end, end), other), len(layout.lines), skip, board=True)
        board.extend(_inline_attendance(header, inline, board=True))
        if any(att.people for att in board):  # a list found only in a run-on line stays as it was read
            found = board
    participants: list[Attendee] = []
    absent: list[str] = []
    for att in found:
        if att.kind == "participants":
            participants.extend(_attendee(p) for p in att.people if not p.absent)
        if att.kind == "absent":
            absent.extend(p.name for p in att.people)
        else:
            absent.extend(p.name for p in att.people if p.absent)
    if participants:
        for att in found:
            if att.kind == "substitutes":
                participants.extend(_attendee(p) for p in att.people
                                    if not p.absent and p.name not in {x.name for x in participants})
            if att.kind == "absent":  # "Afbud: Bo Dam, V - Eva Holm stedfortræder": the stand-in took part
                participants.extend(_attendee(p) for p in att.came
                                    if p.name not in {x.name for x in participants})
    absent.extend(_absence_item_names(layout))
    stated = absence_statements(layout.lines[:other], earlier, _first_name_board(found))
    absent.extend(p.name for p in stated)
    absent.extend(_absent_lists_in_items(layout, max(head_end, end), other))
    items_start = max(head_end, first.start_line if first is not None and first.sections else 0)
    listed_before = _lists_end(layout, first, items_start, found)
    listed_before = max(listed_before, _lists_before_decisions(layout, found))
    beside = [p.name for att in found if att.kind == "absent" and max(att.lines) < listed_before for p in att.people]
    beside.extend(p.name for p in stated if p.start < _line_start(layout, items_start))
    beside.extend(_absent_from_every_item(layout))
    return _without_absentees(participants, beside), _full_absentees(absent, participants)


def _absence_item_lines(layout: Layout, item: Item) -> Iterator[Line]:
    """The lines that name an absence item's absentees: its decision sections, or, where the minutes
    write each item's record under its title without any section ("1. Fraværende:" / "Eva Holm, Bo
    Dam"), the lines under the title."""
    spans = [(s.body_start, s.body_end) for s in item.decisions]
    if not spans and not item.sections:
        spans = [(item.start_line + 1, item.end_line)]
    for start, stop in spans:
        yield from (line for line in layout.lines[start:stop]
                    if line.clean and not line.noise and heading_kind(line) is None)


def _absence_item_names(layout: Layout) -> list[str]:
    """Absentees named by an item that records them ("1. Fraværende" with the names as its record)."""
    names: list[str] = []
    for item in layout.items:
        if item.head is None or not absence_item_names(item.head.title):
            continue
        bare = not item.decisions
        for line in _absence_item_lines(layout, item):
            listed = attendance_at(layout.lines, line.idx, line.idx + 1)  # "Afbud: Eva. Uden afbud Bo."
            named = (listed.people if listed is not None and listed.kind == "absent"
                     else parse_people(line.clean, line.start))
            if bare and listed is None and not whole_names(line.clean.rstrip(" ."), named):
                continue  # under a title alone only a line of nothing but names
            if not sentence_about(line.clean, named):  # "Bo Dam forlod mødet kl. 18": present
                names.extend(p.name for p in named)
    return names


def _full_absentees(absent: list[str], members: list[Attendee]) -> list[str]:
    """The absentees by their full names: "Afbud: Aksel" beside "Medlemmer: … Aksel Jensen …" is the one
    member of that first name; a lone word of another absentee's name is a piece of that name broken
    over a line or a page ("Afbud: Jannie Meiltoft, Lars" / "Brandstrup"), no absentee of its own."""
    firsts: dict[str, list[str]] = {}
    for member in members:
        if " " in member.name:
            firsts.setdefault(member.name.split()[0].lower(), []).append(member.name)
    named: list[str] = []
    for name in absent:
        full = firsts.get(name.lower(), []) if " " not in name.strip() else []
        named.append(full[0] if len(set(full)) == 1 else name)
    words = {w.lower() for name in named if " " in name.strip() for w in name.split()}
    return [name for name in named if " " in name.strip() or name.lower() not in words]


_LIST_SEPARATOR = re.compile(r"[,;(]|\bog\b")


def _split_surely(value: str, people: list[Any]) -> bool:
    """Whether the names of a list are told apart: by commas, "og" or parties in parentheses, or, where the
    names run together ("Eva Holm Bo Dam Kim Lund"), by a known first name opening each of them (else a
    surname of three words may be cut in two: "… Lone Bak Holm Ib Dam …")."""
    if _LIST_SEPARATOR.search(value):
        return True
    return all(p.name.split()[0] in first_names() for p in people)


def _cut_by_known(value: str, offset: int, known: list[str]) -> list[Person]:
    """The names of a run written without commas ("Eva Holm Ane Lis Kjær Bo Dam"), cut at the full
    names the document writes apart elsewhere; what lies between them must be told apart surely
    (:func:`_split_surely`). Nothing when no known name stands in the run or a piece is doubtful."""
    spans: list[tuple[int, int]] = []
    for name in re.longest_first({n for n in known if " " in n}):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", value):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append((m.start(), m.end()))
    if not spans:
        return []
    people: list[Person] = []
    pos = 0
    for a, b in sorted(spans) + [(len(value), len(value))]:
        gap = value[pos:a]
        if gap.strip():
            between = parse_people(gap, offset + pos)
            rest = gap
            for person in between:
                rest = rest.replace(person.name, " ", 1)
            if not between or rest.strip(" ,") or not _split_surely(gap, between):
                return []
            people.extend(between)
        if b > a:
            people.append(Person(value[a:b], None, offset + a, offset + b))
        pos = b
    return people


_PAGE_NUMBERED = re.compile(r"^\d{1,3}\s+\S")


def _page_numbered(clean: str) -> bool:
    """A transcript's page line, opened by the page's number ("3 Medlemmer Eva Holm …")."""
    return _PAGE_NUMBERED.match(clean) is not None


def _inline_attendance(header: list[Line], inline: dict[int, list[InlineField]], board: bool = False) -> list[Any]:
    """The attendance lists among the labelled fields run together on header lines."""
    return [Attendance(f.kind, parse_people(f.text, f.start, board), [header[k].idx])
            for k, fields in inline.items() for f in fields if f.kind in ("participants", "absent", "substitutes")]


_EVERY_ITEM_MIN = 2
_BOARD_MIN = 3  # participants named by first name alone that make the meeting a first-name board


def _first_name_board(found: list[Any]) -> bool:
    """Whether the participants' list names every member by a single first name ("Eva, Bo og Kim")."""
    names = [p.name for att in found if att.kind == "participants" for p in att.people]
    return len(names) >= _BOARD_MIN and all(" " not in n for n in names)


def _lists_end(layout: Layout, first: Optional[Item], items_start: int, found: list[Any]) -> int:
    """The line before which an absence list stands beside the members list: the first item's
    start, or, where the members list itself stands in a first item opened by a section and
    without a decision ("Forside" / "Sagsfremstilling" / "Medlemmer" … "Afbud"), that item's end."""
    if first is None or first.decisions or first.head is None or first.head.number is not None:
        return items_start
    inside = any(att.kind == "participants" and first.start_line <= min(att.lines) < first.end_line for att in found)
    return first.end_line if inside else items_start


def _lists_before_decisions(layout: Layout, found: list[Any]) -> int:
    """The line before which an absence list stands beside the members list when both come before
    any item's decision: an index read as items ("42 Anbefalinger …") may swallow the header's
    "Medlemmer:" and "Fraværende:" lists, which still concern the whole meeting. 0 when no members
    list precedes the first decision."""
    first_decision = min((s.line for item in layout.items for s in item.decisions), default=len(layout.lines))
    members = [min(att.lines) for att in found if att.kind == "participants" and att.people and att.lines]
    if not members or min(members) >= first_decision:
        return 0
    return first_decision


def _absent_from_every_item(layout: Layout) -> list[str]:
    """Members named under an absence label in the decision of every decided item ("Fraværende
    med afbud: NN (O)" after each "Beslutning"): away from the whole meeting, not from one item."""
    absent_label = layout_patterns()["absent"]
    per_item: list[set[str]] = []
    for item in layout.items:
        if not item.decisions:
            continue
        names: set[str] = set()
        for section in item.decisions:
            for line in layout.lines[section.line : section.body_end]:
                if line.clean and not line.noise and absent_label.match(line.clean):
                    att = attendance_at(layout.lines, line.idx, section.body_end)
                    if att is not None and att.kind == "absent":
                        names.update(name_key(p.name) for p in att.people)
        per_item.append(names)
    if len(per_item) < _EVERY_ITEM_MIN:
        return []
    return sorted(set.intersection(*per_item))


def _line_start(layout: Layout, index: int) -> int:
    """Character offset where line ``index`` starts (the end of the text past the last line)."""
    return layout.lines[index].start if index < len(layout.lines) else layout.lines[-1].end if layout.lines else 0


def _without_absentees(participants: list[Attendee], absent: list[str]) -> list[Attendee]:
    """The members who took part: a members list in the header often names everyone, the
    absentees listed beside it too. Absence noted under an item leaves the list as it is: the
    member was called to the meeting and missed that item."""
    gone = {name_key(name) for name in absent}
    firsts = [p.name.split()[0].lower() for p in participants if " " in p.name]
    # "Afbud: Bo" beside "Medlemmer: … Bo Dam …": a first name alone is the one member of that first name
    alone = {key for key in gone if " " not in key and firsts.count(key) == 1}
    return [p for p in participants if name_key(p.name) not in gone
            and not (" " in p.name and p.name.split()[0].lower() in alone)]


def _earlier_decision_lines(layout: Layout, meeting_date: Optional[dt.date]) -> frozenset[int]:
    """Lines of decision sections dated before another meeting than this one: who was absent
    there was absent from that meeting."""
    if meeting_date is None:
        return frozenset()
    lines: set[int] = set()
    for item in layout.items:
        for section in item.decisions:
            dated = _section_date(section, meeting_date)
            if dated is not None and dated != meeting_date:
                lines.update(range(section.line, section.body_end))
        lines.update(_history_record_lines(layout, item, meeting_date))
    return frozenset(lines)


_HISTORY_HEADING = re.compile(r"^(?P<body>[A-ZÆØÅ][^,]{2,60}),\s+(?P<when>[^,]{4,40}?)\.?$")


def _history_record_lines(layout: Layout, item: Item, meeting_date: dt.date) -> set[int]:
    """Lines of another meeting's record in an item's history, each opened by a line of its own that
    names a body and its meeting day ("Historik" / "Økonomiudvalget, 16. august 2016." / "Økonomiudvalget
    tiltrådte indstillingen." / "Bo Dam deltog ikke i mødet."): from that line to the item's next
    labelled section ("Bilag"), its decision, or the next such line of this meeting's own day."""
    found: set[int] = set()
    if not item.sections:
        return found
    starts = {section.line: section for section in item.sections}
    inside = False
    for k in range(item.sections[0].line, item.sections[-1].body_end):
        clean = layout.lines[k].clean
        if not clean:
            continue
        dated = _history_heading_date(clean, meeting_date)
        if dated is not None:
            inside = dated != meeting_date
        elif (k in starts and starts[k].kind == "decision") or _labelled_heading(clean):
            inside = False
        if inside:
            found.add(k)
    return found


def _labelled_heading(clean: str) -> bool:
    """A section's own label standing as the heading ("Bilag", "Sagsfremstilling:"), not a sentence that
    opens with a label's word ("Økonomi- og Erhvervsudvalget tiltrådte …")."""
    found = section_label(clean)
    return found is not None and clean[len(found[0]):].strip() in ("", ":")


def _history_heading_date(clean: str, meeting_date: dt.date) -> Optional[dt.date]:
    """The meeting day of a history heading "<Body>, <day>" ("Økonomiudvalget, 16. august 2016."), or None."""
    m = _HISTORY_HEADING.match(clean)
    if m is None or not is_body_name(m.group("body")):
        return None
    found = dec.find_dates(m.group("when"), published=meeting_date)
    return found[0].date if found else None


def _other_minutes_start(layout: Layout, meeting_date: Optional[dt.date]) -> int:
    """The line where a page that holds several sets of minutes begins the next one: after the
    page's own minutes title, another meeting's title ("Referat af bestyrelsesmøde tirsdag den 23.
    januar …") dated to another day than this meeting (not an item's "Referat fra mødet … godkendt");
    titles of other meetings above the own one are a list of links, not minutes."""
    if meeting_date is None:
        return len(layout.lines)
    title = _header_patterns()["minutes_title"]
    own = listed = False
    for line in layout.lines:
        clean = line.clean
        if (line.noise or not title.match(clean) or len(clean) > _OTHER_TITLE_CHARS
                or not _MEETING_WORD.search(clean) or _APPROVED_WORD.search(clean)):
            continue
        found = dec.find_dates(clean, published=meeting_date)
        if own and found and found[0].date != meeting_date:
            return line.idx
        # an index of earlier minutes' titles above the page's own ("Referat fra møde 22.8.2022" …)
        # is no other meeting's minutes: the own title is dated to this meeting, or undated above any such index
        listed = listed or bool(found and found[0].date != meeting_date)
        own = own or (found[0].date == meeting_date if found else not listed)
    return len(layout.lines)


_MEETING_WORD = re.compile(r"møde", re.IGNORECASE)
_APPROVED_WORD = re.compile(r"\bgodkend", re.IGNORECASE)
_OTHER_TITLE_CHARS = 160


def _absent_lists_in_items(layout: Layout, start: int, stop: Optional[int] = None) -> list[str]:
    """Names under an absence label in the items outside their decision sections ("Fraværende:
    NN (V)" under each item title); a decision's own absence lines come with the decision, and
    those under an earlier meeting's decision, or after the title of another meeting's minutes on
    the same page, are not this meeting's."""
    absent_label = layout_patterns()["absent"]
    in_decisions = {k for item in layout.items for section in item.decisions
                    for k in range(section.line, section.body_end)}
    names: list[str] = []
    for line in layout.lines[start:stop]:
        if line.idx in in_decisions:
            continue
        if line.clean and not line.noise and absent_label.match(line.clean):
            att = attendance_at(layout.lines, line.idx, len(layout.lines))
            if att is not None and att.kind == "absent":
                names.extend(p.name for p in att.people)
    return names


def _attendee(person: Any) -> Attendee:
    """A participant; a double name broken at its hyphen is joined ("Eva Sommer- Madsen")."""
    return Attendee(name=_BROKEN_HYPHEN.sub("-", person.name), party=person.party, start=person.start, end=person.end)


_BROKEN_HYPHEN = re.compile(r"(?<=\w)-\s+(?=[A-ZÆØÅ])")


def _dedupe(names: list[str]) -> list[str]:
    """``names`` once each; a double name broken at its hyphen is joined ("Anders Fog- Petersen")."""
    seen: list[str] = []
    for name in names:
        name = _BROKEN_HYPHEN.sub("-", name)
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
                and _same_body(sections[k].heading.body, body)
                and not (meeting_date and _earlier(sections[k], meeting_date))]  # its own earlier meeting: history
        if same:
            return same[-1]
    if meeting_date:
        dated = [k for k in usable if _section_date(sections[k], meeting_date) == meeting_date]
        if dated:
            return dated[-1]
        # an earlier meeting's decision told after the item's own plain one ("Beslutning" / "Taget til
        # efterretning" above "Tidligere behandling" / "Kommunalbestyrelsen den 26. august 2019 Punkt 2")
        own = [k for k in usable if _earlier(sections[k], meeting_date) is False]
        if own and any(_earlier(sections[k], meeting_date) for k in usable):
            return own[-1]
    return usable[-1]


def _earlier(section: Section, meeting_date: dt.date) -> Optional[bool]:
    """The section is a decision dated before the meeting (True), an undated one (False), or None
    when it is dated on or after the meeting day."""
    dated = _section_date(section, meeting_date)
    if dated is None:
        return False
    return True if dated < meeting_date else None


def _decision_in_title(raw: str, layout: Layout, item: Item) -> Optional[tuple[dec.DecisionText, Optional[str]]]:
    """The decision run on after the title in the heading line itself ("Pkt. 5 Valg af revisor
    Beslutning: Godkendt."), with the title cut before its label."""
    head = item.head
    if head is None:
        return None
    cut = dec.heading_in_title(raw[head.title_start:head.title_end])
    if cut is None:
        return None
    found = dec.inline_decision(raw, layout.lines, head.line, head.line + 1, after=head.title_start + cut, min_len=0)
    if found is None:
        return None
    return found, _clean_title(raw[head.title_start:head.title_start + cut], False) or None


_TITLE_COLON = re.compile(r":\s+(?=\S)")
_DATE_LEAD_CHARS = 20  # a date set opens the value
_COLON_OUTCOME_MAX_CHARS = 200
_FROM_EARLIER = re.compile(r"\w+\s+fra\b", re.IGNORECASE)


def _title_colon_decision(layout: Layout, item: Item) -> Optional[tuple[str, int, int, Optional[str]]]:
    """The outcome run on after a colon in the heading line of an item that has no other text
    ("2. Godkendelse af dagsorden: Godkendt.", "4. Legepladsen: Der var enighed om at …"): the
    wording after the colon, opened by an outcome word or the meeting's agreement; with the title
    before the colon."""
    head = item.head
    if head is None:
        return None
    text_under = any(line.clean and not line.noise and not is_stop_line(line.clean)
                     for line in layout.lines[head.content_line:item.end_line])  # a sign-off, "Pbv. Eva", is none
    line = next((x for x in layout.lines[head.line:head.content_line] if x.start <= head.title_start < x.end),
                layout.lines[head.line])  # the title's own line (a contents list may hold the head line)
    rel = head.title_start - line.start
    title = line.clean[rel: head.title_end - line.start]
    if text_under:  # "1. Formanden bød velkommen, og dagsordenen blev godkendt." over more prose: the sentence records it
        return _title_record(head.title_start, title) if title.rstrip().endswith(".") else None
    elected = _title_election_decision(head.title_start, title) or _title_record(head.title_start, title)
    if elected is not None:
        return elected
    m = _TITLE_COLON.search(title)
    if m is None:
        return _title_sentence_decision(head.title_start, title) or _title_outcome_sentence(head.title_start, title)
    rest = title[m.end():].rstrip()
    hp = _header_patterns()
    if len(rest) > _COLON_OUTCOME_MAX_CHARS or _FROM_EARLIER.match(rest):
        return None  # "Lokalplan 12: Udsat fra sidste møde": where the item comes from, no outcome
    if dates_in(rest):
        if not hp["schedule_item"].match(title) or not dates_in(rest[:_DATE_LEAD_CHARS]):
            return None  # an earlier decision told; but "Ny mødedato: 19. januar kl. 19" sets the date
    else:
        opens = layout_patterns()["outcome"].match(rest) is not None and dec.classify(rest) != "other"
        if not (opens or _agreement(rest) or hp["nothing_decision"].match(rest)):
            return None
    start = head.title_start + m.end()
    return rest, start, start + len(rest), title[: m.start()].strip() or None


_RUN_ON_SPLIT = re.compile(r"\s*:\s+|(?<=[a-zæøå0-9)])\.\s+(?=[A-ZÆØÅ])|\s+[-–]\s+")


def _title_election_decision(title_start: int, title: str) -> Optional[tuple[str, int, int, Optional[str]]]:
    """The result run on after the title of an election item in its heading line ("2. Valg af
    referent. Ib valgt som referent.", "Valg af ordstyrer: Eva Holm", "Valg af referent – det blev
    Eva"): the words after the title's colon, full stop or dash when they name who was elected."""
    hp = _header_patterns()
    if not hp["election_item"].match(title):
        return None
    m = _RUN_ON_SPLIT.search(title)
    if m is None:
        return None
    rest = title[m.end():].rstrip()
    if not rest or len(rest) > _COLON_OUTCOME_MAX_CHARS or dates_in(rest):
        return None
    start = title_start + m.end()
    if not (hp["election_result"].match(rest) or _election_line(Line(-1, start, start + len(rest), rest))):
        return None
    return rest, start, start + len(rest), title[: m.start()].strip() or None


def _title_record(title_start: int, title: str) -> Optional[tuple[str, int, int, Optional[str]]]:
    """A heading line that is itself the item's record, its title given only in the agenda above
    ("2. Referatet blev godkendt", "1. Eva Holm blev valgt til ordstyrer"): one short sentence that
    states the resolution or who was elected; no title of its own."""
    hp = _header_patterns()
    sentence = title.strip()
    if len(sentence.split()) <= _NARRATIVE_MAX_WORDS and hp["dated_minutes_approved"].match(sentence):
        return sentence, title_start, title_start + len(sentence), None  # "Referat fra mødet den 2. maj blev godkendt."
    if len(dec.sentences(sentence)) != 1 or len(sentence.split()) > _NARRATIVE_MAX_WORDS or _DIGITS.search(sentence):
        return None
    last_clause = sentence.rstrip(".").rsplit(", ", 1)[-1]  # "Formanden bød velkommen, og dagsordenen blev godkendt."
    if not (hp["narrative_decision"].match(sentence.rstrip(".")) or hp["election_result"].match(sentence)
            or hp["narrative_decision"].match(last_clause)):
        return None
    return sentence, title_start, title_start + len(sentence), None


_TITLE_SENTENCE_END = re.compile(r"(?<=[a-zæøå0-9)])\.\s+(?=[A-ZÆØÅ])")
_SENTENCE_OUTCOME_MAX_CHARS = 80
_SENTENCE_OUTCOME_MAX_WORDS = 4


def _title_sentence_decision(title_start: int, title: str) -> Optional[tuple[str, int, int, Optional[str]]]:
    """A short outcome sentence run on after the title's own sentence in the heading line ("3.
    Godkendelse af regnskabet. Godkendt."): the last sentence, opened by an outcome word."""
    ends = list(_TITLE_SENTENCE_END.finditer(title))
    if not ends:
        return _title_comma_decision(title_start, title)
    m = ends[-1]
    rest = title[m.end():].rstrip()
    if len(rest) > _SENTENCE_OUTCOME_MAX_CHARS or not rest.endswith(".") or dates_in(rest):
        return None
    short = len(rest.split()) <= _SENTENCE_OUTCOME_MAX_WORDS  # "Taget til efterretning."
    if not (short or layout_patterns()["outcome"].match(rest)) or dec.classify(rest) == "other":
        return None
    start = title_start + m.end()
    return rest, start, start + len(rest), title[: m.start()].strip() or None


_OUTCOME_SENTENCE_MAX_WORDS = 10


def _title_outcome_sentence(title_start: int, title: str) -> Optional[tuple[str, int, int, Optional[str]]]:
    """A heading that is itself the item's record, one short sentence with its outcome and no title
    before it ("2) Dagsorden og referat godkendt.", "4. Regnskabet blev godkendt."): the whole
    sentence, lower-case outcome word after its first word, no date (not an earlier decision told)."""
    if not title.endswith(".") or _TITLE_SENTENCE_END.search(title) or len(title.split()) > _OUTCOME_SENTENCE_MAX_WORDS:
        return None
    first = title.split()[0]
    found = [x for x in layout_patterns()["outcome"].finditer(title, len(first)) if x.group()[:1].islower()]
    if not found or dates_in(title) or dec.classify(title) == "other":
        return None
    return title, title_start, title_start + len(title), None


_TITLE_COMMA = re.compile(r",\s+(?=[a-zæøå])")
_COMMA_OUTCOME_MAX_WORDS = 3


def _title_comma_decision(title_start: int, title: str) -> Optional[tuple[str, int, int, Optional[str]]]:
    """A lower-case outcome word run on after a comma at the end of the heading line ("3.
    Godkendelse af dagsorden, godkendt"): the words after the last comma."""
    ends = list(_TITLE_COMMA.finditer(title))
    if not ends:
        return _title_bare_outcome(title_start, title)
    m = ends[-1]
    rest = title[m.end():].rstrip()
    if len(rest.split()) > _COMMA_OUTCOME_MAX_WORDS or dates_in(rest):
        return None
    if layout_patterns()["outcome"].match(rest) is None or dec.classify(rest) == "other":
        return None
    start = title_start + m.end()
    return rest, start, start + len(rest), title[: m.start()].strip() or None


_BARE_OUTCOME_MAX_WORDS = 3
_BARE_TITLE_WORD_MIN = 4
_BARE_TITLE_MIN_WORDS = 2


def _title_bare_outcome(title_start: int, title: str) -> Optional[tuple[str, int, int, Optional[str]]]:
    """An outcome that is a capitalised word run on after the title with nothing between, the line
    break of a flattened page lost ("1. Godkendelse af dagsorden Godkendt"): the last words, when
    they are one outcome phrase and nothing else, after a title of a few words that ends in a word."""
    words = title.split()
    for n in range(1, min(_BARE_OUTCOME_MAX_WORDS, len(words) - _BARE_TITLE_MIN_WORDS) + 1):
        rest = " ".join(words[-n:])
        head = words[:-n]
        if not rest[:1].isupper() or not head[-1].isalpha() or not head[-1].islower() or len(head[-1]) < _BARE_TITLE_WORD_MIN:
            continue  # "… om Udsat", "… 2024 Godkendt": no title's end
        outcome = dec.classify(rest)
        m = dec.outcome_match(rest, outcome) if outcome != "other" else None
        if m is None or rest[m.end():].strip(" ."):
            continue  # "Status på Drøftet projekt": the outcome word is part of the title
        start = title_start + title.rstrip().rindex(rest)
        return rest, start, start + len(rest), " ".join(head) or None
    return None


def _dates_own_decisions(layout: Layout, meeting_date: Optional[dt.date]) -> bool:
    """Some decision heading of the text carries the meeting's own date ("Beslutning i
    Byrådet den 10-10-2022"): the layout dates every body's decision."""
    if meeting_date is None:
        return False
    return any(_section_date(s, meeting_date) == meeting_date for item in layout.items for s in item.decisions)


def _only_earlier_meetings(item: Item, texts: list[dec.DecisionText], meeting_date: Optional[dt.date]) -> bool:
    """Every worded decision of the item is dated to a meeting before this one (a committee's
    recommendation printed ahead of the council's decision, which the text does not hold)."""
    if meeting_date is None:
        return False
    dates = [_section_date(s, meeting_date) for s, t in zip(item.decisions, texts) if t.wording]
    return bool(dates) and all(d is not None and d < meeting_date for d in dates)


def _this_meeting(sections: list[Section], final: int, meeting_date: Optional[dt.date]) -> bool:
    """False when the chosen decision is dated to another meeting than this one ("Beslutning i
    Økonomiudvalget den 12-04-2021" in the council's minutes): who was absent there is not absent here."""
    if meeting_date is None or not 0 <= final < len(sections):
        return True
    dated = _section_date(sections[final], meeting_date)
    return dated is None or dated == meeting_date


@functools.lru_cache(maxsize=1)
def _whole_meeting_label() -> re.Pattern[str]:
    return re.compile(phrases()["whole_meeting_absence_regex"])


def _whole_meeting_absentees(layout: Layout, chosen: dec.DecisionText) -> list[str]:
    """Names under a decision's absence label that says the whole meeting ("Afbud under hele mødet:")."""
    names: list[str] = []
    for att in chosen.attendance or []:
        if att.kind == "absent" and att.lines and _whole_meeting_label().search(layout.lines[att.lines[0]].clean):
            names.extend(p.name for p in att.people)
    return names


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
    title = title.strip().rstrip("|").rstrip()  # "Valg af revisor |": a table cell's border
    return title.strip("*_ ") if title.endswith(("**", "__")) else title  # "Legepladsen**": bold marks of a text export


def _implicit_decision(layout: Layout, item: Item, items: list[Item],
                       body: Optional[str] = None) -> Optional[tuple[str, int, int]]:
    """A short outcome sentence right under an item that has no sections at all, or as the whole
    of its one opening section ("Sagsfremstilling" / "Dagsorden godkendt.")."""
    if item.head is None:
        return None
    if _header_patterns()["election_item"].match(item.head.title):
        labelled = _election_labels([line for line in layout.lines[item.head.content_line:item.end_line] if not line.noise])
        if labelled is not None:
            return labelled  # "Referent: Ib" / "Dirigent: Eva", a label read as a section's
    if not item.sections:
        first, last = item.head.content_line, item.end_line
    elif len(item.sections) == 1 and item.sections[0].kind != "decision" \
            and item.sections[0].label in _account_labels():
        first, last = item.sections[0].body_start, item.sections[0].body_end
        text = " ".join(layout.lines[i].clean for i in range(first, last) if layout.lines[i].clean)
        if len(text) > _OPENING_OUTCOME_MAX_CHARS or len(dec.sentences(text)) > 1:
            return _opening_paragraph_decision(layout, first, last, body)
    else:
        return _minutes_label_decision(layout, item, items) or _after_attachments_decision(layout, item)
    return (_prose_decision(layout, first, last, bool(_header_patterns()["election_item"].match(item.head.title)),
                            _tasks_record(item.head.title))
            or _schedule_decision(layout, item, first, last))


def _after_attachments_decision(layout: Layout, item: Item) -> Optional[tuple[str, int, int]]:
    """The body's resolution told in the paragraph after the item's closing attachments section ("Bilag:" /
    "Aktdokument, Regnskab 2021" / "Provstiudvalget godkender regnskabet."), where no section is the decision's."""
    last = item.sections[-1]
    if item.decisions or last.kind == "decision" or last.label.lower().rstrip(":") not in _attachment_labels():
        return None
    lines = range(last.body_start, last.body_end)
    blank = next((i for i in lines if not layout.lines[i].clean.strip()), None)
    if blank is None:
        return None
    return _prose_decision(layout, blank + 1, last.body_end, False, _tasks_record(item.head.title if item.head else ""))


@functools.lru_cache(maxsize=1)
def _attachment_labels() -> frozenset[str]:
    return frozenset(str(w) for w in phrases()["attachment_section_labels"])


def _tasks_record(title: str) -> bool:
    """Whether a member's task told under an item with this title records the item's outcome: not
    under an item of notices or of the standing task list ("Meddelelser", "Opfølgning på opgaver")."""
    return not _header_patterns()["notice_item"].match(title)


_REFERENCED_LINES_MAX = 3  # lines a referenced item's first sentence may wrap over


def _referenced_decision(layout: Layout, item: Item) -> Optional[tuple[str, int, int]]:
    """Under a section that refers back to the agenda list ("Ad. 2:" over "Ingen tilføjelser."), with
    no headings of its own: its first line is the item's record, carried on to the end of a sentence
    that wraps; none when it wraps further or the section is empty."""
    if item.head is None or not item.head.referenced or item.sections:
        return None
    ref = layout_patterns()["item_reference"].match(layout.lines[item.head.line].clean)
    if ref is not None and ref.group("title"):
        return None  # "Ad. Dagsordenens pkt. 3. Årsmødet" over a board's account: its outcome sentence is read as prose
    body = [line for line in layout.lines[item.head.content_line:item.end_line] if not line.noise]
    while body and body[0].blank:
        body.pop(0)
    paragraph = list(itertools.takewhile(lambda line: not line.blank, body))[:_REFERENCED_LINES_MAX + 1]
    for k, line in enumerate(paragraph[:_REFERENCED_LINES_MAX]):
        if line.clean.endswith((".", "!", "?")) or k + 1 == len(paragraph):
            return " ".join(x.clean for x in paragraph[:k + 1]), paragraph[0].start, line.end
    return None


def _schedule_decision(layout: Layout, item: Item, first: int, last: int) -> Optional[tuple[str, int, int]]:
    """Under an item that sets the meeting dates ("Mødedatoer 2025"), the first line of its text
    when it states when the meetings are held ("Møderne holdes hver anden onsdag kl. 16."); under
    "Dato for næste møde", a first line that gives nothing but that meeting's day ("Mandag d. 3. maj kl. 17")."""
    hp = _header_patterns()
    if item.head is None:
        return None
    line = next((x for x in layout.lines[first:last] if x.clean and not x.noise), None)
    if line is None:
        return None
    if hp["next_meeting_item"].match(item.head.title.strip()):  # "Dato for næste møde" / "Mandag d. 3. maj kl. 17"
        if not hp["next_meeting_date_line"].match(line.clean.strip()):
            return None
    elif not hp["schedule_item"].match(item.head.title) or not hp["schedule_set"].match(line.clean):
        return None
    return line.clean, line.start, line.start + len(line.clean)


def _prose_decision(layout: Layout, first: int, last: int, election: bool,
                   tasks: bool = False) -> Optional[tuple[str, int, int]]:
    """The resolution of an item written as prose in lines ``first``–``last``: a short outcome
    paragraph, an outcome opening the prose or the one narrative decision sentence; with ``tasks``
    a member's task taken on ("Eva sender brevet.") counts as the meeting's own voice."""
    body = [layout.lines[i] for i in range(first, last) if not layout.lines[i].noise]
    while body and body[-1].blank:
        body.pop()
    while body and body[0].blank:
        body.pop(0)
    while body and (_header_patterns()["presenter_line"].match(body[0].clean)
                    or _header_patterns()["attachment_line"].match(body[0].clean)):
        body.pop(0)  # "v. Marlene" or "Bilag 2 (eftersendes)" over the item's text
        while body and body[0].blank:
            body.pop(0)
    if not body:
        return None
    if election:
        labelled = _election_labels(body)
        if labelled is not None:
            return labelled  # "Formand: Eva, Næstformand: Ib"
    if any(line.blank for line in body) or len(body) > 2:
        return (_opening_outcome(body) or _narrative_decision(body, election, tasks)
                or (_election_clause(body) or _election_list(body) or _election_opening_line(body) if election else None)
                or _report_opening(body))
    start, end = body[0].start, body[-1].end
    text = "\n".join(line.clean for line in body)
    if layout_patterns()["closed"].search(text):
        return None
    if len(text) > 250 or len(dec.sentences(text)) > 2:
        return _narrative_decision(body, election, tasks)
    outcome = "other" if _planned_outcome(text) else dec.classify(text)
    if outcome == "other":
        if len(body) == 1 and (_header_patterns()["nothing_decision"].match(body[0].clean) or dec.no_remarks(body[0].clean)):
            return text, start, end  # "Intet."
        return (_narrative_decision(body, election, tasks) or (_election_line(body[0]) if election and len(body) == 1 else None)
                or (_election_clause(body) if election else None) or _report_opening(body))
    if outcome != "postponed" and dates_in(text) and not _outcome_after_dates(text, outcome):
        return None  # "…, som blev vedtaget af byrådet den 4. maj 2019": an earlier decision told
    return text, start, end  # text: the lines without indentation, for the outcome


def _outcome_after_dates(text: str, outcome: str) -> bool:
    """Every line that names a date states the outcome after it ("Referat af mødet den 5. oktober
    2010 - godkendt."): the dated thing is what the meeting decided on, not an earlier decision told."""
    for line in text.split("\n"):
        found = dates_in(line)
        if not found:
            continue
        stated = dec.outcome_match(line, outcome)
        if stated is None or stated.start() < max(cand.end for cand, _ in found):
            return False
    return True


def _planned_outcome(text: str) -> bool:
    """The first sentence that states an outcome puts a modal verb before it ("Når tilbuddet er
    her, skal vi have planen godkendt."): a plan for later, not the item's resolution."""
    modal = _header_patterns()["planned_modal"]
    for _, sentence in dec.sentences(text):
        found = dec.sentence_outcome(sentence)
        if found is not None:
            return modal.search(sentence[: found[1]]) is not None
    return False


_REPORT_BODY_MAX_LINES = 12


def _report_opening(body: list[Line]) -> Optional[tuple[str, int, int]]:
    """The first sentence of an item's prose when it reports to the meeting and holds no outcome
    ("Formanden orienterede om mødet i regionen."): the item recorded as informative."""
    first, hp = body[0], _header_patterns()
    if not hp["report_opening"].match(first.clean):
        return None
    if any(hp["report_resolution"].search(line.clean) for line in body[:_REPORT_BODY_MAX_LINES]):
        return None  # a resolution told after the report
    if len(body) > _REPORT_BODY_MAX_LINES:
        return None
    found = dec.sentences(first.clean)
    if not found:
        return None
    offset, sentence = found[0]
    lead = len(sentence) - len(sentence.lstrip())
    sentence = sentence.strip()
    if not sentence or dec.classify(sentence) != "other":
        return None
    start = first.start + offset + lead
    return sentence, start, start + len(sentence)


def _minutes_label_decision(layout: Layout, item: Item, items: list[Item]) -> Optional[tuple[str, int, int]]:
    """The resolution under a per-item minutes label ("Referat:" after the item's text, in a
    council's own minutes) when the item has no decision section and other items carry the same
    label: the label's inline text ("Referat: Godkendt") or its prose."""
    labels = _minutes_labels()
    own = [s for s in item.sections if s.label in labels]
    if item.head is None or item.decisions or len(own) != 1:
        return None
    if sum(any(s.label in labels for s in other.sections) for other in items) < _MINUTES_LABEL_ITEMS:
        return None
    section = own[0]
    if section.inline_start is not None:
        line = layout.lines[section.line]
        text = line.clean[section.inline_start - line.start:].strip()
        if text and dec.classify(text) != "other" and not dates_in(text):
            start = section.inline_start + (len(line.clean[section.inline_start - line.start:]) - len(
                line.clean[section.inline_start - line.start:].lstrip()))
            return text, start, start + len(text)
        return None
    election = bool(_header_patterns()["election_item"].match(item.head.title))
    return (_prose_decision(layout, section.body_start, section.body_end, election, _tasks_record(item.head.title))
            or _first_sentence_outcome(layout, section.body_start, section.body_end))


def _first_sentence_outcome(layout: Layout, first: int, last: int) -> Optional[tuple[str, int, int]]:
    """Under a label that records the item's resolution: a first paragraph of one sentence with an
    outcome in it and no date ("Rådet er kede af det, men tager beslutningen til efterretning.")."""
    line = next((x for x in layout.lines[first:last] if x.clean and not x.noise), None)
    if line is None or len(dec.sentences(line.clean)) != 1 or dates_in(line.clean):
        return None
    nxt = layout.lines[line.idx + 1] if line.idx + 1 < len(layout.lines) else None
    if nxt is not None and nxt.clean and not nxt.noise:
        return None  # a paragraph of several lines
    return (line.clean, line.start, line.end) if dec.classify(line.clean) != "other" else None


_MINUTES_LABEL_ITEMS = 2


@functools.lru_cache(maxsize=1)
def _minutes_labels() -> frozenset[str]:
    return frozenset(str(x).lower() for x in phrases()["item_minutes_labels"])


def _opening_paragraph_decision(layout: Layout, first: int, last: int,
                                body: Optional[str] = None) -> Optional[tuple[str, int, int]]:
    """An opening section whose first paragraph is one outcome sentence of the prose kind
    ("Sagsfremstilling" / "Forslaget blev oversendt til Magistraten." / the proposal's text)."""
    lines = [line for line in layout.lines[first:last] if not line.noise]
    while lines and lines[0].blank:
        lines.pop(0)
    paragraph = list(itertools.takewhile(lambda line: not line.blank, lines))
    if len(paragraph) != 1 or len(dec.sentences(paragraph[0].clean)) != 1:
        return None
    found = _narrative_decision(paragraph)
    if found is not None and dec.classify(found[0]) == "other" and _present_body_action(found[0]):
        return None  # "Sagsresumé" / "Byrådet vælger blandt sine medlemmer en næstformand …": the case told
    if found is not None and body and _other_body_acting(found[0], body):
        return None  # "Sagsfremstilling" / "Byrådet har besluttet, at udvalget får …": another body's decision told
    return found


def _other_body_acting(sentence: str, body: str) -> bool:
    """True when ``sentence`` opens with a body's name that is not the meeting's ``body`` ("Byrådet har
    besluttet …" in the minutes of a committee): what that body did, told as the case's background."""
    first = sentence.split(None, 1)[0].strip(",.") if sentence.split() else ""
    if not first[:1].isupper() or not is_body_name(first):
        return False
    return not _same_body(first, body)


def _present_body_action(sentence: str) -> bool:
    """The body as the subject of a verb in the present tense ("Byrådet vælger …", "Udvalget
    fastsætter …"): what the body does by its rules, when no outcome word is in the sentence."""
    acting = _header_patterns()["narrative_body_action"].match(sentence)
    return bool(acting) and acting.group().endswith("er")


def _opening_outcome(body: list[Line]) -> Optional[tuple[str, int, int]]:
    """The short first line of an item's prose that opens with its outcome ("Godkendt med disse
    tilføjelser:" over the additions), without a date (not an earlier decision told)."""
    first = body[0]
    if (len(first.clean) > _OPENING_OUTCOME_MAX_CHARS or not first.clean[:1].isupper()
            or layout_patterns()["outcome"].match(first.clean) is None or dates_in(first.clean)):
        return None
    if dec.classify(first.clean) == "other":
        return None
    return first.clean, first.start, first.end


_ELECTION_PROSE_MAX_LINES = 40


def _election_clause(body: list[Line]) -> Optional[tuple[str, int, int]]:
    """The one clause of an election item's longer prose that names who was elected ("…, blev Eva
    valgt som ny formand for rådet, …")."""
    if len(body) > _ELECTION_PROSE_MAX_LINES:
        return None
    pattern = _header_patterns()["election_clause"]
    found = [(m.group(), line.start + m.start(), line.start + m.end())
             for line in body if "valgt" in line.clean for m in pattern.finditer(line.clean)]
    return found[0] if len(found) == 1 else None


_ELECTION_LINE_MAX_WORDS = 10


def _election_line(line: Line) -> Optional[tuple[str, int, int]]:
    """The one short line under an election item that names who holds which post ("Eva
    mødeleder, Ib ordstyrer"): capitalised names and post words only."""
    words = [w.strip(",.;:") for w in line.clean.split()]
    if _elected_name(words) or (len(dec.sentences(line.clean)) == 1
                                and _header_patterns()["election_outcome_line"].match(line.clean)):
        return line.clean, line.start, line.end
    if not 2 <= len(words) <= _ELECTION_LINE_MAX_WORDS or not words[0][:1].isupper():
        return None
    posts = _header_patterns()["election_posts"]
    if not any(w.lower() in posts for w in words):
        return None
    if not all(w[:1].isupper() or w.lower() in posts or w.lower() in ("og", "er", "som") for w in words):
        return None
    return line.clean, line.start, line.end


def _election_opening_line(body: list[Line]) -> Optional[tuple[str, int, int]]:
    """Under an election item whose prose goes on, a first paragraph of one line that names who holds
    which post ("Dirigent Eva Holm, Referent Ib Dam" over an account of the meeting): that line."""
    if len(body) < 2 or not body[1].blank:
        return None
    return _election_line(body[0])


_ELECTION_LIST_MIN = 2
_LIST_LABEL_MAX_WORDS = 2


def _election_list(body: list[Line]) -> Optional[tuple[str, int, int]]:
    """Under an election item, a list of posts and the people elected, one per line, maybe under a
    short label ("Valg:" over "Formand Eva Holm" / "Kasserer Ib Dam"): its first line."""
    lines = [line for line in body if line.clean]
    if lines and lines[0].clean.endswith(":") and len(lines[0].clean.split()) <= _LIST_LABEL_MAX_WORDS:
        lines = lines[1:]
    posts = _header_patterns()["election_posts"]
    run = list(itertools.takewhile(
        lambda line: line.clean.split()[0].strip(":").lower() in posts and _election_line(line) is not None, lines))
    return (run[0].clean, run[0].start, run[0].start + len(run[0].clean)) if len(run) >= _ELECTION_LIST_MIN else None


_POST_LABEL = re.compile(r"(?:^|(?<=[\s,;]))(?P<post>[A-ZÆØÅ][a-zæøå\-]+)\s*:\s*(?=\S)")
_POST_LABEL_LINES_MAX = 6


def _election_labels(body: list[Line]) -> Optional[tuple[str, int, int]]:
    """The whole text of an election item as posts labelled with the people who hold them ("Formand:
    Eva, Næstformand: Ib og kasserer Bo." or "Dirigent: Eva" / "Referent: Ib"): every line opens with
    such a label, every label is a word followed by a capitalised name, and one label is a post."""
    lines = [line for line in body if line.clean]
    if not lines or len(lines) > _POST_LABEL_LINES_MAX:
        return None
    posts = _header_patterns()["election_posts"]
    named_post = False
    for line in lines:
        labels = list(_POST_LABEL.finditer(line.clean))
        if not labels or labels[0].start() != 0:
            return None
        if any(not line.clean[m.end():m.end() + 1].isupper() for m in labels):
            return None  # "Formand: ikke fundet": no name after the label
        named_post = named_post or any(m.group("post").lower() in posts for m in labels)
    if not named_post:
        return None
    return "\n".join(line.clean for line in lines), lines[0].start, lines[-1].end


_ELECTED_NAME_MAX_WORDS = 3


def _elected_name(words: list[str]) -> bool:
    """The line under an election item is only the elected person's name ("Valg af referent" /
    "Lise" or "Lise Holm"): capitalised words that open with a known first name."""
    if not 1 <= len(words) <= _ELECTED_NAME_MAX_WORDS or words[0] not in first_names():
        return False
    return all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)


_AGENDA_LABEL_VALUE_MAX = 60
_AGENDA_LABEL_REACH = 60  # lines of the header, where such a label stands


def _header_agenda_decision(layout: Layout, items: list[Item]) -> Optional[Decision]:
    """The approval of the agenda written as a header label ("Godkendelse af dagsorden:" over
    "Godkendt") in the first lines, when no item is that approval."""
    label = _header_patterns()["agenda_label"]
    if any(item.head is not None and label.match(item.head.title + ":") for item in items):
        return None
    lines = [line for line in layout.lines[:_AGENDA_LABEL_REACH] if line.clean and not line.noise]
    for k, line in enumerate(lines):
        m = label.match(line.clean)
        if m is None:
            bare = _bare_agenda_heading_decision(line, lines[k + 1] if k + 1 < len(lines) else None)
            if bare is None and not items:
                bare = _lone_agenda_sentence_decision(line)
            if bare is not None:
                return bare
            continue
        if m.group("value").strip():
            start = line.start + m.start("value")
            value = m.group("value").strip()
        elif k + 1 < len(lines):
            start, value = lines[k + 1].start, lines[k + 1].clean
        else:
            return None
        outcome = dec.classify(value)
        if len(value) > _AGENDA_LABEL_VALUE_MAX or outcome == "other" or not _states_outcome(value):
            return None
        title = m.group("title").strip()
        return Decision(item=None, title=title, outcome=outcome, postponed_to=None,  # type: ignore[arg-type]
                        text=value, start=start, end=start + len(value))
    return None


_BARE_AGENDA_OUTCOME_MAX_WORDS = 3  # "Godkendt", "Godkendt uden bemærkninger"


def _bare_agenda_heading_decision(line: Line, nxt: Optional[Line]) -> Optional[Decision]:
    """The approval of the agenda as an unnumbered heading alone on its line, without colon
    ("Godkendelse af dagsordenen"), over a line that states the outcome with the agenda as its subject
    ("Dagsorden godkendt.", "Dagsordenen blev godkendt.") or only the outcome ("Godkendt.")."""
    pats = dec._outcome_patterns()
    title = line.clean.strip()
    m = pats["agenda_title"].match(title)
    if m is None or m.end() != len(title.rstrip(" .")) or nxt is None:
        return None
    value = nxt.clean.strip()
    if len(value) > _AGENDA_LABEL_VALUE_MAX:
        return None
    subject = pats["agenda_sentence"].match(value) is not None and len(dec.sentences(value)) == 1
    bare = (layout_patterns()["outcome"].match(value) is not None
            and len(value.split()) <= _BARE_AGENDA_OUTCOME_MAX_WORDS)
    outcome = dec.classify(value)
    if outcome == "other" or not (subject or bare):
        return None
    return Decision(item=None, title=title.rstrip(" ."), outcome=outcome, postponed_to=None,  # type: ignore[arg-type]
                    text=value, start=nxt.start, end=nxt.start + len(value))


def _lone_agenda_sentence_decision(line: Line) -> Optional[Decision]:
    """In minutes without agenda items, a line that is only the sentence approving the agenda
    ("Dagsorden godkendt.", "Dagsordenen blev godkendt.") records that approval."""
    value = line.clean.strip()
    if len(value) > _AGENDA_LABEL_VALUE_MAX or len(dec.sentences(value)) != 1:
        return None
    if not _header_patterns()["agenda_approved_sentence"].match(value) or ":" in value:
        return None
    outcome = dec.classify(value)
    if outcome == "other":
        return None
    return Decision(item=None, title=str(phrases()["agenda_approval_title"]), outcome=outcome, postponed_to=None,  # type: ignore[arg-type]
                    text=value, start=line.start, end=line.start + len(value))


def _states_outcome(value: str) -> bool:
    """The label's value opens with the outcome ("Godkendt."), or its last sentence states it after a
    change made first ("Punkt 7 udgår. Herefter blev dagsordenen godkendt.")."""
    outcome = layout_patterns()["outcome"]
    if outcome.match(value):
        return True
    last = dec.sentences(value)[-1:] if value else []
    return bool(last) and len(dec.sentences(value)) > 1 and any(
        m.group()[:1].islower() for m in outcome.finditer(last[0][1]))


_FLATTENED_PAGE_MIN_CHARS = 200  # a line this long is a flattened page, not a heading
_FLATTENED_PAGE_LINE_MIN_CHARS = 60  # or a shorter one opened by its page number ("3 1. Godkendelse af …")
_PAGE_NUMBER_OPENING = re.compile(r"^\d{1,4}\s+\d{1,3}\.\s")
_TRAILING_NUMBER = re.compile(r"(?<=[a-zæøå])\s+\d{1,3}\.?$")
_FLATTENED_AGENDA_SENTENCES = 4  # sentences of the item's text the approval is looked for in
_LEADING_LABEL = re.compile(r"[A-ZÆØÅ][a-zæøå]+\s*:\s*")
_TITLE_NOTE = re.compile(r"\s*\([^()]{0,40}\)")
_NEXT_ITEM_AFTER_STOP = re.compile(r"[.!?](?=\s+\d{1,3}\.?\s+[A-ZÆØÅ])")


def _flattened_page_line(clean: str) -> bool:
    """A transcript's page flattened into one line: long, or opened by its page number and an item's."""
    return len(clean) >= _FLATTENED_PAGE_MIN_CHARS or (
        len(clean) >= _FLATTENED_PAGE_LINE_MIN_CHARS and _PAGE_NUMBER_OPENING.match(clean) is not None)


def _flattened_agenda_decision(layout: Layout, raw: str, decisions: list[Decision]) -> Optional[Decision]:
    """The approval of the agenda inside a flattened page, when no decision read so far is that
    item's: "2 Godkendelse af dagsorden" run on with its text, one of whose first sentences says the
    agenda was approved ("Dagsorden godkendt.", "Udvalget godkendte dagsordenen, men …")."""
    hp, pats = _header_patterns(), dec._outcome_patterns()
    if any(found.title and pats["agenda_title"].match(found.title.strip()) for found in decisions):
        return None
    for line in layout.lines:
        if "odkendelse af dagsord" not in line.clean or not _flattened_page_line(line.clean):
            continue
        for m in hp["flattened_agenda_item"].finditer(line.clean):
            number = int(m.group("num"))
            if any(found.item == number for found in decisions):
                return None
            note = _TITLE_NOTE.match(line.clean, m.end())  # "(beslutningspunkt)", "( )"
            at = note.end() if note else m.end()
            tail = line.clean[at:]
            for offset, sentence in dec.sentences(tail)[:_FLATTENED_AGENDA_SENTENCES]:
                lead = len(sentence) - len(sentence.lstrip())
                sentence = sentence.strip()
                if not hp["agenda_approved_sentence"].match(sentence):
                    run_on = hp["agenda_approved_run_on"].search(sentence)  # "… til åben dagsorden Dagsordenen godkendt"
                    if run_on is None:
                        continue
                    lead += run_on.start()
                    sentence = sentence[run_on.start():]
                cut = _NEXT_ITEM_AFTER_STOP.search(sentence)  # "Dagsorden godkendt. 2 Godkendelse af referat …"
                sentence = sentence[: cut.start() + 1] if cut else sentence
                sentence = _TRAILING_NUMBER.sub("", sentence)  # "Dagsorden godkendt 2": the next page's or item's number
                label = _LEADING_LABEL.match(sentence)  # "Referat: Dagsorden godkendt."
                if label:
                    lead += label.end()
                    sentence = sentence[label.end():]
                outcome = dec.classify(sentence)
                if outcome == "other":
                    break
                start = line.start + at + offset + lead
                if any(found.start is not None and found.end is not None and found.start < start + len(sentence)
                       and start < found.end for found in decisions):
                    return None  # read already as another item's decision
                return Decision(item=number, title=m.group("title"), outcome=outcome,  # type: ignore[arg-type]
                                postponed_to=None, text=raw[start:start + len(sentence)],
                                start=start, end=start + len(sentence))
    return None


_BEFORE_DECISION_MAX_CHARS = 200
_TIME_SLOT_ITEMS = 2


def _time_slot_line(layout: Layout, item: Item) -> Optional[int]:
    """The line of an item's time slot in minutes kept as a table with a time column ("18.45-18.55")."""
    if item.head is None:
        return None
    slot = _header_patterns()["time_slot"]
    return next((line.idx for line in layout.lines[item.head.content_line:item.end_line]
                 if line.clean and slot.match(line.clean)), None)


def _time_slot_record(layout: Layout, item: Item) -> Optional[tuple[str, int, int]]:
    """In such a table, the record cell after the time slot and the kind of item ("Orientering"):
    its first line, unless it is a plan ("Der skal afholdes valg …") rather than a record."""
    at = _time_slot_line(layout, item)
    if at is None:
        return None
    cells = [line for line in layout.lines[at + 1:item.end_line] if line.clean and not line.noise]
    if cells and _header_patterns()["item_kind_cell"].match(cells[0].clean):
        cells = cells[1:]
    if not cells:
        return None
    line = cells[0]
    if len(line.clean) > _BEFORE_DECISION_MAX_CHARS or line.clean.endswith(":") \
            or _header_patterns()["narrative_modal"].search(line.clean):
        return None
    return line.clean, line.start, line.start + len(line.clean)


def _outcome_before_empty_decision(layout: Layout, item: Item, texts: list[dec.DecisionText]) -> Optional[tuple[str, int, int]]:
    """The outcome written as the item's own text right above a decision heading that holds nothing
    but the absent ("Punktet blev udskudt, da næstformanden var fraværende." / "Ældrerådet, 12-03-2024,
    pkt. 4" / "Fraværende: …"): that one line, when it states an outcome and is no earlier decision told."""
    if item.head is None or not item.decisions or any(t.wording for t in texts):
        return None
    first = item.decisions[0].line
    above = [line for line in layout.lines[item.head.content_line:first] if not line.noise]
    while above and above[-1].blank:
        above.pop()
    if not above or (len(above) > 1 and not above[-2].blank):
        return None  # the end of a longer paragraph, not a line of its own
    line = above[-1]
    if len(line.clean) > _BEFORE_DECISION_MAX_CHARS or heading_kind(line) is not None:
        return None
    outcome = dec.classify(line.clean)
    if outcome == "other" or (outcome != "postponed" and dates_in(line.clean)):
        return None
    return line.clean, line.start, line.start + len(line.clean)


def _absence_item_decision(layout: Layout, item: Item) -> Optional[tuple[str, int, int]]:
    """The decision of an item that records the absent ("1. Fraværende") when its decision section
    holds nothing but the absence sentences ("NN og MM var fraværende."): their first line."""
    if item.head is None or not item.decisions or not absence_item_names(item.head.title):
        return None
    section = item.decisions[-1]
    for line in layout.lines[section.body_start:section.body_end]:
        if line.noise or not line.clean:
            continue
        return (line.clean, line.start, line.end) if layout_patterns()["attendance_line"].search(line.clean) else None
    return None


@functools.lru_cache(maxsize=1)
def _account_labels() -> frozenset[str]:
    return frozenset(str(x).lower() for x in phrases()["item_account_labels"])


_OPENING_OUTCOME_MAX_CHARS = 80
_NARRATIVE_MAX_LINES = 8
_NARRATIVE_MAX_WORDS = 14


def _narrative_decision(body: list[Line], election: bool = False, tasks: bool = False) -> Optional[tuple[str, int, int]]:
    """In minutes written as running prose under each item (a council's own notes), the one short
    sentence that records what became of the item ("Dagsordenen blev godkendt."), with no date or
    number in it (not an earlier decision being told), or that has the body deciding ("Rådet har
    besluttet at …", no date); under an election item, the one that says who was elected. None
    when no sentence or several do, except that several of the meeting's own voice (agreements,
    "vi" acting, the body acting, an arrangement made) give the first; without those, one short
    sentence stating an outcome in the running paragraphs ("Enkelte poster blev drøftet.")."""
    lines = [line for line in body if line.clean]
    if len(lines) > _NARRATIVE_MAX_LINES:
        return _closing_narrative_decision(body, election)
    runs = _wrapped_runs(lines)
    found, seen = _narrative_in_runs(runs, election, tasks=tasks)
    if not seen and len(runs) < len(lines):
        # a line that ends without a stop may be a sentence of its own ("… og hyggeligt" over "Der var
        # enighed om …"): read line by line when the joined reading finds no candidate at all, and take
        # only a narrative decision sentence (a wrapped "… busruterne til" / "Hou og Saksild blev drøftet."
        # opens no sentence of its own)
        found, _ = _narrative_in_runs([(line, line.clean, [(0, line.start)]) for line in lines], election,
                                      narrative_only=True)
    return found if found is not None else _nothing_opening(lines)


def _closing_narrative_decision(body: list[Line], election: bool) -> Optional[tuple[str, int, int]]:
    """In a long item of prose (a general meeting's report, told at length), a last paragraph of one line and
    one sentence that records the outcome ("Beretningen blev godkendt."): the item's decision."""
    last = len(body) - 1
    while last >= 0 and not body[last].clean:
        last -= 1
    if last < 1 or body[last - 1].clean:
        return None  # no paragraph of its own: the end of the told text
    line = body[last]
    said = dec.sentences(line.clean)
    if len(said) != 1 or not _narrative_sentence(said[0][1].strip(), election):
        return None
    return line.clean, line.start, line.start + len(line.clean)


def _narrative_in_runs(runs: list[tuple[Line, str, list[tuple[int, int]]]], election: bool,
                       narrative_only: bool = False, tasks: bool = False) -> tuple[Optional[tuple[str, int, int]], bool]:
    """The narrative decision of ``_narrative_decision`` in runs of lines, or None; and whether any
    sentence was a candidate (None then means several, not none). ``narrative_only``: no sentence of
    the meeting's own voice or stated outcome counts."""
    found: list[tuple[str, int, int]] = []
    agreed = elected = 0
    voiced: list[tuple[str, int, int]] = []
    stated: list[tuple[str, int, int]] = []
    for line, clean, pieces in runs:
        if _header_patterns()["case_presentation"].search(clean):
            continue  # a flattened page that tells the case ("… Sagsfremstilling På mødet …"), no record of it
        for offset, sentence in dec.sentences(clean):
            lead = len(sentence) - len(sentence.lstrip())
            sentence = sentence.strip()
            start = _raw_offset(pieces, offset + lead)
            span = (sentence, start, _raw_offset(pieces, offset + lead + len(sentence) - 1) + 1)
            if _narrative_sentence(sentence, election):
                found.append(span)
                agreed += _agreement(sentence)
                elected += election and _election_sentence(sentence)
            elif not narrative_only and not _listed_note(line):
                if _own_voice(sentence, tasks):
                    voiced.append(span)
                elif _stated_outcome(sentence):
                    stated.append(span)
    seen = bool(found or voiced or stated)
    if len(found) > 1 and (agreed == len(found) or elected == len(found)):
        return found[0], seen  # several agreements of the meeting ("Der er enighed om …" twice), several posts filled: the first
    if found:
        return (found[0] if len(found) == 1 else None), seen
    if voiced:
        return voiced[0], seen
    if len(stated) == 1:
        return stated[0], seen
    return None, seen


_WRAP_MIN_CHARS = 60  # a line this long that stops mid-sentence was wrapped at the page's width
_SENTENCE_END_CHAR = re.compile(r"[.!?:;]\s*$")


def _wrapped_runs(lines: list[Line]) -> list[tuple[Line, str, list[tuple[int, int]]]]:
    """The lines with a sentence wrapped onto the next line joined (PDF text: "… Birthe Lau er" /
    "kasserer indtil næste valg."): per run its first line, the joined text and, for each line,
    where it starts in that text and in the raw text. A line continues the one before when that one
    stops without a sentence's end and either is long or the next opens in lower case."""
    runs: list[tuple[Line, str, list[tuple[int, int]]]] = []
    prev: Optional[Line] = None
    for line in lines:
        wrapped = (prev is not None and runs and prev.idx + 1 == line.idx and not _listed_note(line)
                   and not _SENTENCE_END_CHAR.search(prev.clean)
                   and (len(prev.clean) >= _WRAP_MIN_CHARS or line.clean[:1].islower()))
        if wrapped:
            first, text, pieces = runs[-1]
            runs[-1] = (first, f"{text} {line.clean}", pieces + [(len(text) + 1, line.start)])
        else:
            runs.append((line, line.clean, [(0, line.start)]))
        prev = line
    return runs


def _raw_offset(pieces: list[tuple[int, int]], at: int) -> int:
    """The raw offset of position ``at`` of a run's joined text."""
    base, raw = next((p for p in reversed(pieces) if p[0] <= at), pieces[0])
    return raw + at - base


def _nothing_opening(lines: list[Line]) -> Optional[tuple[str, int, int]]:
    """The prose opening with a short answer of nothing ("Ingen interesse."): that sentence."""
    if not lines or _listed_note(lines[0]):
        return None
    opening = dec.sentences(lines[0].clean)
    if not opening:
        return None
    offset, sentence = opening[0]
    sentence = sentence.strip()
    if not _header_patterns()["nothing_opening"].match(sentence):
        return None
    start = lines[0].start + offset + len(opening[0][1]) - len(opening[0][1].lstrip())
    return sentence, start, start + len(sentence)


_NOTE_MARK = re.compile(r"^\s*(?:[-–—•·▪*]|\d{1,2}[.)]\s)")
_STATED_MAX_WORDS = 10


def _listed_note(line: Line) -> bool:
    """A bulleted or dashed note under an item ("– Formandens beretning blev drøftet"): one point of a
    list of notes, not the item's running paragraph."""
    return line.bulleted or bool(_NOTE_MARK.match(line.clean))


def _own_voice(sentence: str, tasks: bool = False) -> bool:
    """The meeting acting in its own voice: "vi" doing something, the body as the subject of an act,
    or an arrangement made (see ``narrative_we_regex`` and its neighbours in the phrase data); with
    ``tasks`` also a member taking on a task ("Formanden sender skrivelsen.")."""
    hp = _header_patterns()
    found = dec.sentence_outcome(sentence) if dec.classify(sentence) != "other" else None
    if found is not None and hp["narrative_modal"].search(sentence[: found[1]]):
        return False  # "Vi skal have planen godkendt": a plan; "Vi snakkede om, hvad vi kan gøre" is no plan
    if hp["narrative_hedge"].search(sentence):
        return False  # "Vi laver evt. et høringssvar": a possibility, no agreement
    acting = hp["narrative_we"].match(sentence) or hp["narrative_body_action"].match(sentence)
    if acting and acting.group().endswith(("ede", "te")) and dates_in(sentence):
        return False  # "Byrådet besluttede den 4. maj at …": an earlier decision told
    return bool(acting or hp["narrative_arranged"].search(sentence) or (tasks and _member_task(sentence)))


def _member_task(sentence: str) -> bool:
    """A member or officer taking on a task the meeting settled ("Formanden sender skrivelsen.",
    "Eva Holm udarbejder et udkast."): the subject an officer or a full name that opens with a
    known first name; not a capitalised common noun ("Kommunen sender …", another actor), not a
    first name alone (read too often as a notice in passing)."""
    hp = _header_patterns()
    m = hp["narrative_member_task"].match(sentence)
    if m is None:
        return False
    words = m.group("subject").split()
    if words[0].lower() in hp["member_task_officers"]:
        return len(words) == 1
    return len(words) >= 2 and words[0] in first_names()


def _stated_outcome(sentence: str) -> bool:
    """A short sentence that states an outcome of its own ("Enkelte poster blev drøftet."): no
    modal verb (a plan), no number or date (an earlier decision told), not reported speech."""
    discussed = _header_patterns()["narrative_discussed"].match(sentence)
    if len(sentence.split()) > (_AGREEMENT_MAX_WORDS if discussed else _STATED_MAX_WORDS) or _DIGITS.search(sentence):
        return False
    if not discussed and _header_patterns()["narrative_modal"].search(sentence):
        return False  # "Planen skal drøftes": a plan; "Det blev drøftet, hvordan man kan …" tells what was discussed
    found = dec.sentence_outcome(sentence)
    if found is None or (not discussed and _SUBORDINATE.search(sentence[: found[1]])):
        return False  # "… regnskab, som udvalget tog til efterretning": the outcome of a clause
    if _partial_or_reported(sentence, found[1]):
        return False
    return dec.classify(sentence) != "other"


def _partial_or_reported(sentence: str, at: int) -> bool:
    """A stated outcome about a part of the item only ("Enkelte poster blev drøftet."), or another
    actor's act told in the perfect ("Folketinget har vedtaget nyt regulativ."): no outcome of the item."""
    hp = _header_patterns()
    if hp["stated_partial"].match(sentence):
        return True
    before = sentence[:at]
    return bool(hp["stated_reported"].search(before)) and not hp["stated_own_subject"].search(before)


_SUBORDINATE = re.compile(r"\b(?:som|der|hvilket|hvis|når|at|om)\b", re.IGNORECASE)


def _agreement(sentence: str) -> bool:
    """The meeting's own agreement or conclusion ("Der er enighed om, at …", "Vi aftalte …")."""
    hp = _header_patterns()
    return bool(hp["narrative_agreement"].match(sentence) or hp["narrative_conclusion"].match(sentence))


_BODY_DECISION_MAX_WORDS = 25
_AGREEMENT_MAX_WORDS = 50


def _narrative_sentence(sentence: str, election: bool) -> bool:
    hp = _header_patterns()
    words = len(sentence.split())
    if hp["narrative_agreement"].match(sentence):
        return words <= _AGREEMENT_MAX_WORDS
    if hp["narrative_conclusion"].match(sentence):
        return words <= _AGREEMENT_MAX_WORDS and not dates_in(sentence)
    if hp["dated_minutes_approved"].match(sentence):
        return words <= _NARRATIVE_MAX_WORDS  # its date names the minutes approved
    m = hp["narrative_decision"].match(sentence)
    if m:
        return words <= _NARRATIVE_MAX_WORDS and not _DIGITS.search(_without_year(sentence, m))
    if hp["narrative_body_decision"].match(sentence) or (election and _election_sentence(sentence)):
        return words <= _BODY_DECISION_MAX_WORDS and not dates_in(sentence)
    if election and words <= _BODY_DECISION_MAX_WORDS and _approved_post(sentence):
        return not dates_in(sentence)  # "Bestyrelsen foreslog Eva Holm som dirigent, og forsamlingen godkendte det."
    return False


def _election_sentence(sentence: str) -> bool:
    """A sentence that tells who was elected: the names first ("Eva Holm blev valgt"), the post first
    ("Som formand blev Eva Holm valgt", "Til suppleanter blev Ib og Bo valgt"), the proposed
    candidates as subject ("De tre foreslåede blev valgt")."""
    hp = _header_patterns()
    return bool(hp["election_result"].match(sentence) or hp["election_inverted"].match(sentence))


def _approved_post(sentence: str) -> bool:
    """A sentence that names an election post and approves: the proposal of someone for the post accepted."""
    posts = _header_patterns()["election_posts"]
    return any(w.strip(",.;:()").lower() in posts for w in sentence.split()) and dec.classify(sentence) == "approved"


_DIGITS = re.compile(r"\d")


def _without_year(sentence: str, m: re.Match[str]) -> str:
    """The sentence without the year that names its budget or accounts ("Budgettet for 2025 blev godkendt.")."""
    if m.groupdict().get("year") is None:
        return sentence
    return sentence[: m.start("year")] + sentence[m.end("year") :]


_PAGE_LINE = re.compile(r"\d{1,3}\s+\S")
_PAGE_MIN_CHARS = 200  # a flattened page, not a heading
_FOOTED_PAGE_MIN_CHARS = 80  # a short page that ends with its page footer ("… Godkendt. Side 145")
_PAGE_FOOTER_END = re.compile(r"\s(?:Side|SIDE)\s+\d{1,4}$")


def _flattened_page(clean: str) -> bool:
    """A PDF page flattened into one line: long, or a short page that ends with its page number."""
    return len(clean) >= _PAGE_MIN_CHARS or (
        len(clean) >= _FOOTED_PAGE_MIN_CHARS and _PAGE_FOOTER_END.search(clean) is not None)
_PAGE_TITLE_REACH = 200  # a page that opens an item has its first label this early
_CONTENTS_REACH = 30  # lines in which the contents of a transcript stand
_CONTENTS_LINE_CHARS = 4000  # of each, the start (a contents page is short)
_TITLE_MIN_WORDS = 2
_SHORT_NUMBER = re.compile(r"(?<![\w.,/-])\d{1,3}(?![\w.,/-])")
_TITLE_MAX_WORDS = 14


def _listed_page_items(layout: Layout) -> list[Item]:
    """Items of a PDF transcript whose pages, each flattened into one line, lost the item numbers
    ("5 Ældrerådet Mødedato Side Godkendelse af referat Åben sag …"): the words before the
    page's first section label or status end with the title that the contents list gives with its
    number ("01. Godkendelse af dagsorden", "1 Godkendelse af dagsorden 2"). Only where the line
    reader found no items; each item runs to the next such page."""
    lines = layout.lines
    heads: list[ItemHead] = []
    pages: list[int] = []  # pages that open an item, listed or not
    ends: list[int] = []  # where the contents text of the lines before each line ends
    parts: list[str] = []
    for line in lines[:_CONTENTS_REACH]:
        ends.append(sum(len(x) + 1 for x in parts))
        parts.append(line.clean[:_CONTENTS_LINE_CHARS])
    contents = "\n".join(parts)
    header = _running_header([line.clean for line in lines
                              if _flattened_page(line.clean) and _PAGE_LINE.match(line.clean)])
    for line in lines:
        if not _flattened_page(line.clean) or not _PAGE_LINE.match(line.clean):
            continue
        if _page_title_end().search(line.clean, 0, _PAGE_TITLE_REACH):
            pages.append(line.idx)
        before = ends[line.idx] if line.idx < len(ends) else len(contents)
        head = _listed_title(line, contents[:before]) if before else None
        if head is None and before:
            head = _unnumbered_listed_title(line, header, contents[:before])
        if head is not None and all((h.number, h.title) != (head.number, head.title)
                                    and (head.number is None or h.number != head.number) for h in heads):
            heads.append(head)
    ends = [next((p for p in pages if p > h.line), len(lines)) for h in heads]
    return [Item(h, h.line, end) for h, end in zip(heads, ends)]


@functools.lru_cache(maxsize=1)
def _page_title_end() -> re.Pattern[str]:
    """The end of a flattened page's title: the item's status, case number or a section label
    run on after it ("… Godkendelse af dagsorden Åben sag Sagsnr.: …", "… Resumé Rådet skal …")."""
    p = phrases()
    labels = re.longest_first({str(x) for x in p["section_labels"]} | {p["decision_word"]})
    forms = "|".join(re.escape(f(x)).replace(r"\ ", r"\s+") for x in labels for f in (str.capitalize, str.upper))
    return re.compile(rf"{p['page_item_title_end_regex']}|\s(?:{forms})(?=\s*:|\s+[A-ZÆØÅ])")


_CONTENT_LABEL_ITEMS = 2
_CONTENT_TITLE_MAX = 150


def _content_label_items(layout: Layout) -> list[Item]:
    """Unnumbered items of a council's web minutes where each title stands over a content label
    ("Godkendelse af referat" / "Indhold:" / the text / "Referat" / "Godkendt"): an item per label,
    titled by the line above it, running to the next title; its sections are read as usual."""
    labels = frozenset(str(x).lower() for x in phrases()["item_content_labels"])
    lines = layout.lines
    titles: list[int] = []
    for line in lines:
        if line.clean.rstrip(" :").lower() not in labels:
            continue
        above = next((k for k in range(line.idx - 1, -1, -1) if not (lines[k].blank or lines[k].noise)), None)
        if above is not None and len(lines[above].clean) <= _CONTENT_TITLE_MAX and heading_kind(lines[above]) is None \
                and lines[above].clean[:1].isupper() and not lines[above].clean.endswith(":"):
            titles.append(above)
    if len(titles) < _CONTENT_LABEL_ITEMS:
        return []
    items: list[Item] = []
    for k, at in enumerate(titles):
        end = titles[k + 1] if k + 1 < len(titles) else len(lines)
        line = lines[at]
        head = ItemHead(at, None, line.clean, line.start, line.end, at + 1)
        items.append(Item(head, at, end, _item_sections(layout, at + 1, end)))
    return items


def _item_sections(layout: Layout, start: int, end: int) -> list[Section]:
    """The sections of lines ``start``–``end``, each running to the next."""
    sections: list[Section] = []
    for i in range(start, end):
        sec = heading_kind(layout.lines[i])
        if sec is None:
            continue
        if sections:
            sections[-1].body_end = i
        sec.body_start, sec.body_end = i + 1, end
        sections.append(sec)
    return sections


_HEADER_MIN_PAGES = 3
_HEADER_MAX_WORDS = 12


def _running_header(pages: list[str]) -> list[str]:
    """The words that open most flattened pages after their page number: the document's running
    header ("Skovby Kommune Udvalget for Kultur og Fritid"); empty where the pages share none."""
    words = [clean.split()[1:] for clean in pages]
    if len(words) < _HEADER_MIN_PAGES:
        return []
    best: list[str] = []
    for n in range(2, _HEADER_MAX_WORDS + 1):
        counts: dict[tuple[str, ...], int] = {}
        for w in words:
            if len(w) > n:
                counts[tuple(w[:n])] = counts.get(tuple(w[:n]), 0) + 1
        prefix, count = max(counts.items(), key=lambda kv: kv[1], default=((), 0))
        if count < _HEADER_MIN_PAGES - 1 or count * 2 < len(words):
            break
        best = list(prefix)
    return best


def _unnumbered_listed_title(line: Line, header: list[str], contents: str) -> Optional[ItemHead]:
    """The title between a page's running header and its first label or status ("7 Skovby Kommune
    Kulturudvalget Gensidig orientering Dok.nr.: …") that the contents list gives without a number
    (the transcript lost it): an item whose number is unknown."""
    if not header:
        return None
    found = _page_title_end().search(line.clean)
    if found is None:
        return None
    words = line.clean[: found.start()].split()
    if words[1 : 1 + len(header)] != header:
        return None
    title = " ".join(words[1 + len(header):])
    n = len(title.split())
    if not _TITLE_MIN_WORDS <= n <= _TITLE_MAX_WORDS or not title[:1].isupper() or _SHORT_NUMBER.search(title):
        return None
    if re.search(rf"(?<![\w-]){re.escape(title)}(?![\w-])", contents) is None:
        return None
    start = line.start + line.clean.rindex(title, 0, found.start())
    return ItemHead(line.idx, None, title, start, start + len(title), line.idx)


def _page_number_item(layout: Layout, item: Item) -> bool:
    """An "item" whose number is the page number of a flattened transcript page ("3 Ældrerådet
    Mødedato Side …"): its title starts right after the page's leading number."""
    head = item.head
    if head is None:
        return False
    line = layout.lines[head.line]
    lead = _PAGE_LINE.match(line.clean)
    cut = len(line.clean) >= _FOOTED_PAGE_MIN_CHARS and all(x.blank or x.noise for x in layout.lines[line.idx + 1:])
    return ((_flattened_page(line.clean) or cut) and lead is not None
            and head.title_start - line.start == lead.end() - 1)


def _listed_title(line: Line, contents: str) -> Optional[ItemHead]:
    """The numbered contents title that ends the words before the page's first label."""
    found = _page_title_end().search(line.clean)
    if found is None:
        return None
    end = found.start()
    words = line.clean[:end].split()
    for k in range(max(1, len(words) - _TITLE_MAX_WORDS), len(words) - _TITLE_MIN_WORDS + 1):
        title = " ".join(words[k:])
        if not title[:1].isupper() or _SHORT_NUMBER.search(title):  # page numbers of the contents
            continue
        m = re.search(rf"(?:^|\s)0?(\d{{1,2}})\.?\s+{re.escape(title)}(?=\s|$)", contents)
        if m is None:
            continue
        start = line.start + line.clean.rindex(title, 0, end)
        return ItemHead(line.idx, int(m.group(1)), title, start, start + len(title), line.idx)
    return None


_HEADLESS_MIN_WORDS = 3
_MEETING_TITLE_LABELS = frozenset({"referat", "dagsorden"})  # the document's own title, no section of a case


def _headless_decisions(layout: Layout, raw: str, end: int, meeting_date: Optional[dt.date]) -> list[Decision]:
    """Decision sections above the first item heading (lines before ``end``) in minutes whose page
    dropped the items' headings but kept their sections ("Sagsfremstilling" … "Beslutning" over the
    decision, with no numbered title over them): one decision each, without number or title. Only
    where another section label stands there too (the case's text, not the meeting's header), and
    only wording of a few words with a lower-case word in it (not a table's column headings)."""
    found = [sec for sec in (heading_kind(line) for line in layout.lines[:end]) if sec is not None]
    if not any(sec.kind != "decision" and sec.label not in _MEETING_TITLE_LABELS for sec in found):
        return []
    out: list[Decision] = []
    for k, sec in enumerate(found):
        if sec.kind != "decision" or sec.inline_start is not None or (
                sec.heading is not None and (sec.heading.body or sec.heading.date_text or sec.heading.label)):
            continue  # a body's or a dated decision, or wording run on after the label: not this form
        sec.body_start, sec.body_end = sec.line + 1, found[k + 1].line if k + 1 < len(found) else end
        chosen = dec.decision_text(raw, layout.lines, sec)
        words = chosen.wording.split()
        if (chosen.start is None or chosen.end is None or len(words) < _HEADLESS_MIN_WORDS
                or not any(w.islower() for w in words)):
            continue
        outcome = dec.classify(chosen.wording, meeting_date)
        out.append(Decision(item=None, title=None, outcome=outcome,  # type: ignore[arg-type]
                            postponed_to=dec.postponed_to(chosen.wording, meeting_date) if outcome == "postponed" else None,
                            text=chosen.text, start=chosen.start, end=chosen.end, vote=dec.parse_vote(chosen.full)))
    return out


def _itemless_minutes_approved(layout: Layout, raw: str) -> list[Decision]:
    """In minutes written as notes with no item headings (a board's bulleted points), a line that opens
    with the approval of the minutes ("• Referatet af mødet den 3. maj er godkendt."): that sentence, as
    an approval without number or title. Only the minutes as subject: the one decision such notes
    state in a fixed form."""
    hp = _header_patterns()
    out: list[Decision] = []
    for line in layout.lines:
        if not line.clean or line.noise:
            continue
        found = dec.sentences(_NOTE_MARK.sub("", line.clean, count=1))
        if not found:
            continue
        offset, sentence = found[0]
        sentence = sentence.strip()
        if not (hp["dated_minutes_approved"].match(sentence)
                or (_MINUTES_SUBJECT.match(sentence) and hp["narrative_decision"].match(sentence.rstrip(".")))):
            continue
        if len(sentence.split()) > _NARRATIVE_MAX_WORDS:
            continue
        start = raw.find(sentence, line.start)
        if start < 0 or start >= line.end:
            continue
        outcome = _signing_item_outcome(dec.classify(sentence), sentence, None)  # "godkendt og underskrevet"
        out.append(Decision(item=None, title=None, outcome=outcome,  # type: ignore[arg-type]
                            postponed_to=None, text=sentence, start=start, end=start + len(sentence)))
    return out if len(out) == 1 else []


_MINUTES_SUBJECT = re.compile(r"(?:og\s+)?(?:referat|protokol)", re.IGNORECASE)


def _with_inline_items(layout: Layout) -> list[Item]:
    """The items, with those whose headings an item that opens a flattened PDF page holds inside
    its lines (each such item runs from its heading to the end of the item that holds it)."""
    if not layout.items or all(_page_number_item(layout, item) for item in layout.items):
        listed = _listed_page_items(layout)
        if listed or not layout.items:
            return listed or _content_label_items(layout)
    items: list[Item] = []
    for item in _with_glued_items(layout):
        items.append(item)
        head = item.head
        if head is None:
            continue
        if head.content_line != head.line:  # only items that open a flattened page, or pages of items
            coded = _case_coded_items(layout, head.content_line, item.end_line)
            if coded:  # numbered by case codes ("ØU-55/07-O …"): the item before holds only the lines before them
                items[-1] = Item(head, item.start_line, coded[0].line,
                                 sections=[s for s in item.sections if s.line < coded[0].line])
                items.extend(Item(inner, inner.line, item.end_line) for inner in coded)
            continue
        for inner in dec.inline_items(layout.lines, head.line, item.end_line, head.title_end):
            items.append(Item(inner, inner.line, item.end_line))
    return items


_CODED_ITEMS_MIN = 2


def _case_coded_items(layout: Layout, start: int, end: int) -> list[ItemHead]:
    """Items numbered by case codes inside the flattened pages of lines ``start``–``end`` ("… på mødet
    ØU-55/07-O Økonomisk orientering … Side 6 ØU-56/07-D Budget …"): at least two, in increasing
    order, so that a code cited in a decision's text ("jf. sag TU-44/22-B") makes no item."""
    coded = [head for head in dec.inline_items(layout.lines, start, end, -1, codes_only=True)
             if _flattened_page(layout.lines[head.line].clean)]
    numbers = [head.number or 0 for head in coded]
    if len(coded) < _CODED_ITEMS_MIN or any(b <= a for a, b in zip(numbers, numbers[1:])):
        return []
    return coded


# The heading of the next item glued onto the end of a line of text, with no line break or space
# before its number: a converted page that joined two blocks ("… til næste år.3. Regnskab 2019",
# "… ingen spørgsmål50/2. Ansøgning om …"). The number follows a letter or a sentence's stop.
_GLUED_HEAD = re.compile(r"(?<=[a-zæøå.!?)])(?P<num>\d{1,3})(?:/\d{1,3})?\.\s+(?P<title>[A-ZÆØÅ][^.!?:;]{2,80}?)\s*$")
_GLUED_TITLE_MAX_WORDS = 10


def _with_glued_items(layout: Layout) -> list[Item]:
    """The items, with those whose headings a converted page glued onto the end of a line of the
    item before (see ``_GLUED_HEAD``): only the next number after that item's, when no item has it.
    The item before keeps the line that holds the glued heading; the new item runs from the next line."""
    numbers = {item.head.number for item in layout.items if item.head is not None}
    items: list[Item] = []
    for item in layout.items:
        current = item
        while current.head is not None and current.head.number is not None:
            glued = _glued_head(layout, current, numbers)
            if glued is None:
                break
            numbers.add(glued.number)
            cut = glued.content_line
            items.append(Item(current.head, current.start_line, cut, sections=[
                replace(s, body_end=min(s.body_end, cut)) for s in current.sections if s.line < cut]))
            current = Item(glued, glued.line, current.end_line, sections=[s for s in current.sections if s.line >= cut])
        items.append(current)
    return items


def _glued_head(layout: Layout, item: Item, numbers: set[Optional[int]]) -> Optional[ItemHead]:
    """The first heading glued onto a line of ``item`` (after its own heading) that carries the next number."""
    assert item.head is not None and item.head.number is not None
    want = item.head.number + 1
    if want in numbers:
        return None
    for line in layout.lines[item.head.content_line:item.end_line]:
        if line.blank or line.noise:
            continue
        m = _GLUED_HEAD.search(line.clean)
        if m is None or int(m.group("num")) != want or not line.clean[: m.start()].strip():
            continue
        title = m.group("title").rstrip()
        if len(title.split()) > _GLUED_TITLE_MAX_WORDS:
            continue
        start = line.start + m.start("title")
        return ItemHead(line.idx, want, title, start, start + len(title), line.idx + 1)
    return None


def extract_minutes(text: str, raw: str, candidates: list[tuple[DateCandidate, Optional[int]]],
                    published: Optional[dt.date] = None, layout: Optional[Layout] = None) -> MinutesResult:
    """Meeting and decisions of one set of minutes (``layout``: ``parse_layout(text)`` when
    the caller has it already)."""
    layout = parse_layout(text) if layout is None else layout
    header = _header_lines(layout)
    meeting_date = find_date(layout, candidates, text, published)
    body = (find_body(header, text) or body_from_items(layout, meeting_date) or body_over_date(header)
            or body_by_abbreviation(layout, text) or _town_council(header))
    body = _body_run_on_cut(body)
    if body is not None and _ABBREVIATION.fullmatch(body):  # "Referat af OB-møde": the name where the text gives it
        body = spelled_out_body(body, text) or _conventional_body(body) or body
    participants, absent = meeting_attendance(layout, meeting_date)

    titles = [item.head.title for item in layout.items if item.head]
    strip_code = len(titles) >= 2 and sum(bool(_ITEM_CODE.search(t)) for t in titles) * 2 >= len(titles)
    decisions: list[Decision] = []
    spans: list[tuple[int, int]] = []
    whole: list[str] = []  # absent from the whole meeting, by a decision's absence list
    rows = row_decisions(layout, raw)
    own_dated = _dates_own_decisions(layout, meeting_date)
    all_items = _with_inline_items(layout)
    slotted = sum(_time_slot_line(layout, item) is not None for item in all_items) >= _TIME_SLOT_ITEMS
    for item in all_items:
        number = item.head.number if item.head else None
        title = _clean_title(raw[item.head.title_start:item.head.title_end], strip_code) if item.head else None
        title = title or None
        sections = item.decisions
        texts = [dec.decision_text(raw, layout.lines, s) for s in sections]
        if sections and not texts[-1].wording and _cut_after(layout, sections[-1]):
            continue  # the last decision heading ends the text: its outcome is cut off, no guess
        final = _final_index(item, texts, body, meeting_date, text)
        if final < 0 and item.head is not None:
            inline = dec.inline_decision(raw, layout.lines, item.head.content_line, item.end_line,
                                         after=item.head.title_end)
            if inline is not None:
                texts, sections, final = [inline], [], 0
        if final < 0 and item.head is not None and not item.sections:
            found = _decision_in_title(raw, layout, item)
            if found is not None:
                (texts, sections, final), title = ([found[0]], [], 0), found[1] or title
        if final < 0 and item.head is not None and not item.sections:
            colon = _title_colon_decision(layout, item)
            if colon is not None:
                wording, start, end, title = colon[0], colon[1], colon[2], colon[3] or title
                decisions.append(Decision(item=number, title=title, outcome=dec.classify(wording, meeting_date),  # type: ignore[arg-type]
                                          postponed_to=dec.postponed_to(wording, meeting_date),
                                          text=raw[start:end], start=start, end=end))
                spans.append((start, end))
                continue
        if final < 0:
            implicit = (_referenced_decision(layout, item)
                        or _absence_item_decision(layout, item) or _outcome_before_empty_decision(layout, item, texts)
                        or (_time_slot_record(layout, item) if slotted else None)
                        or _implicit_decision(layout, item, all_items, body))
            row = rows.get(item.head.line) if implicit is None and item.head is not None else None
            if row is not None:
                implicit = raw[row.start:row.end], row.start, row.end
                title = _clean_title(raw[row.title_start:row.title_end], strip_code) or None
            if implicit is None:
                continue
            wording, start, end = implicit
            decisions.append(Decision(item=number, title=title, outcome=dec.approval_outcome(title, wording) or dec.classify(wording),  # type: ignore[arg-type]
                                      postponed_to=dec.postponed_to(wording, meeting_date),
                                      text=raw[start:end], start=start, end=end))
            spans.append((start, end))
            continue
        if own_dated and _only_earlier_meetings(item, texts, meeting_date):
            continue  # only a committee's earlier decision: the item's own one is not in the text
        chosen = texts[final]
        if dec.cut_before_outcome(chosen.wording, chosen.end, raw):
            continue  # the text ends before the outcome: no guess
        outcome = dec.agenda_outcome(title, chosen.wording) or dec.classify(chosen.wording, meeting_date)
        if outcome == "other":  # "Drøftelse af …" with only the points raised under it
            outcome = dec.discussion_outcome(title, chosen.wording) or outcome
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
        if _this_meeting(sections, final, meeting_date):
            absent.extend(chosen.absent)
            whole.extend(_whole_meeting_absentees(layout, chosen))
        if chosen.start is not None and chosen.end is not None:
            spans.append((chosen.start, chosen.end))
    outside = all_items[0].start_line if all_items else len(layout.lines)  # lines that belong to no item
    taken = {found.item for found in decisions}
    for found in run_on_item_decisions(layout, raw, meeting_date, end=outside):
        if found.item not in taken:  # a page run together before the first item the line reader found
            decisions.append(found)
            spans.append((found.start, found.end))  # type: ignore[arg-type]
    for found in _headless_decisions(layout, raw, outside, meeting_date):
        decisions.insert(0, found)
        spans.append((found.start, found.end))  # type: ignore[arg-type]
    if not decisions or all_items:
        for found in titled_paragraph_decisions(layout, raw, outside, meeting_date):
            decisions.append(found)
            spans.append((found.start, found.end))  # type: ignore[arg-type]
    for found in decisions:
        found.outcome = _signing_item_outcome(found.outcome, found.text, found.title)  # type: ignore[assignment]
    decisions = [found for found in decisions if not _nothing_reported(found, raw)]
    header_decision = _header_agenda_decision(layout, all_items)
    if header_decision is not None and any(  # a titled paragraph read it already
            found.start is not None and found.end is not None and header_decision.start is not None
            and header_decision.end is not None and found.start < header_decision.end and header_decision.start < found.end
            for found in decisions):
        header_decision = None
    if header_decision is not None:
        decisions.insert(0, header_decision)
        spans.append((header_decision.start, header_decision.end))  # type: ignore[arg-type]
    flattened = _flattened_agenda_decision(layout, raw, decisions)
    if flattened is not None:
        decisions.insert(0, flattened)
        spans.append((flattened.start, flattened.end))  # type: ignore[arg-type]
    if not decisions:  # pages dumped into lines with their item numbers lost: the contents list names the items
        for found in page_dump_decisions(text, raw, meeting_date):
            decisions.append(found)
            spans.append((found.start, found.end))  # type: ignore[arg-type]
    decisions = _with_labelled_decisions(decisions, spans, text, raw, meeting_date)
    decisions = _with_page_closing_outcomes(decisions, spans, text, raw, meeting_date)
    if not decisions and not all_items:  # notes without items: the last minutes approved in a line of their own
        for found in _itemless_minutes_approved(layout, raw):
            decisions.append(found)
            spans.append((found.start, found.end))  # type: ignore[arg-type]
    participants = _without_absentees(participants, whole)
    _fill_parties(participants, text)
    own_day = _without_other_meetings(header, meeting_date)
    meeting = Meeting(
        body=body, date=meeting_date, time=find_time(own_day) or time_started(text),
        location=_as_written(find_location(own_day), text, raw),
        participants=_dedupe_attendees(participants), absent=_dedupe(_full_absentees(absent, [])),
    )
    meeting = refine_meeting(meeting, text, layout)
    if meeting.body is None:  # a transcript's pages that open with the body's name ("3 Byrådet den …, s. 3")
        meeting = meeting.model_copy(update={"body": body_in_running_header(layout)})
    if meeting.body is None:  # "Mødet i Kulturudvalget begyndte kl. 15.00"
        meeting = meeting.model_copy(update={"body": _started_body(text)})
    if meeting.body is None:  # the last resort: a small board named by its meeting word or once with its place
        meeting = meeting.model_copy(update={"body": body_by_meeting_word(layout, text)})
    else:  # "Lokalrådet" read from "Lokalrådsmøde": the one "Skovby Lokalråd" the text names is the fuller name
        named, definite = council_by_meeting_word(layout, text)
        if named is not None and meeting.body == definite:
            meeting = meeting.model_copy(update={"body": named})
    meeting = meeting.model_copy(update={"body": _as_written(meeting.body, text, raw)})
    return MinutesResult(meeting, decisions, spans)


def _with_page_closing_outcomes(decisions: list[Decision], spans: list[tuple[int, int]], text: str, raw: str,
                                meeting_date: Optional[dt.date]) -> list[Decision]:
    """The readers' decisions and, for items they gave none, a bare outcome that closes the item's page of a
    page dump (``page_closing_outcomes``), where it overlaps no span read already."""
    decided = {found.item for found in decisions}
    for found in page_closing_outcomes(text, raw, meeting_date):
        if found.item in decided or any(found.start < e and s < found.end for s, e in spans):  # type: ignore[operator]
            continue
        decisions.append(found)
        spans.append((found.start, found.end))  # type: ignore[arg-type]
    return decisions


def _with_labelled_decisions(decisions: list[Decision], spans: list[tuple[int, int]], text: str, raw: str,
                             meeting_date: Optional[dt.date]) -> list[Decision]:
    """``decisions`` with the ones a transcript labels by the body's meeting and the item's number
    ("Byrådets møde 3. marts 2011 Punkt 4: Godkendt."): such a label names the item for certain, so
    it replaces what the readers found for that item or over the same words."""
    if "møde" not in text:
        return decisions
    labelled = labelled_item_decisions(text, raw, meeting_date)
    if not labelled:
        return decisions
    read = {(found.item, found.start) for found in decisions}
    labelled = [found for found in labelled if (found.item, found.start) not in read]  # the readers have it already
    if not labelled:
        return decisions

    def overlaps(found: Decision) -> bool:
        return found.start is not None and found.end is not None and any(
            other.start is not None and other.end is not None and found.start < other.end and other.start < found.end
            for other in labelled)

    # the title the readers gave the item, unless what they read under it is another item's label
    titles = {found.item: found.title for found in decisions if found.title and not overlaps(found)}
    for found in labelled:
        found.title = found.title or titles.get(found.item)
    nums = {found.item for found in labelled}

    kept = [found for found in decisions if found.item not in nums and not overlaps(found)]
    spans.extend((found.start, found.end) for found in labelled)  # type: ignore[misc]
    return sorted(kept + labelled, key=lambda found: found.start if found.start is not None else -1)


def _nothing_reported(found: Decision, raw: str) -> bool:
    """A nothing-answer that decides nothing: "Intet nyt." under any item, or "Ingen." under an item
    that only brings reports or proposals ("Meddelelser", "Kort orientering fra kassereren"). Not where a
    decision label stands over it ("Beslutning i Byrådet den …" / "Ingen meddelelser."): the body decided."""
    if found.outcome != "other" or not found.text or _under_decision_label(found, raw):
        return False
    text = found.text.strip()
    hp = _header_patterns()
    if hp["nothing_new"].match(text):
        return True
    return bool(found.title and hp["nothing_decision"].match(text) and hp["report_item_title"].match(found.title.strip()))


def _under_decision_label(found: Decision, raw: str) -> bool:
    """The decision's text follows a decision label, on its own line or before it on the same line."""
    if found.start is None:
        return False
    before = raw[:found.start]
    line_start = before.rfind("\n") + 1
    label = before[line_start:].strip()
    if not label:
        lines = [line for line in before[max(0, line_start - 400):line_start].split("\n") if line.strip()]
        label = lines[-1].strip() if lines else ""
    return bool(label) and parse_decision_heading(label) is not None


_SIGNING_TITLE = re.compile(r"underskri", re.IGNORECASE)


def _signing_item_outcome(outcome: str, text: Optional[str], title: Optional[str]) -> str:
    """"Godkendt og underskrevet" closes an item about signing ("Underskriftsblad") as signed, but an
    item that approves the minutes ("Godkendelse af referat") as approved: the signing is its formality."""
    if outcome != "signed" or not text or (title and _SIGNING_TITLE.search(title)
                                           and not _header_patterns()["approval_title_opening"].match(title)):
        return outcome  # "Godkendelse og underskrift af referat": an approval item that also signs
    approved = dec.sentence_outcome(_SIGNED_WORDS.sub("", text))
    return "approved" if approved is not None and approved[0] == "approved" else outcome


_SIGNED_WORDS = re.compile(r"\bunderskr\w*", re.IGNORECASE)


_RUN_ON_ITEMS_MIN = 2
_RUN_ON_TITLE_MAX = 100


def run_on_item_decisions(layout: Layout, raw: str, meeting_date: Optional[dt.date],
                          end: Optional[int] = None) -> list[Decision]:
    """Decisions of items that a paragraph runs together, each opened by its word and number
    ("Dagsorden: - Punkt 1. – Opfølgning. Bestyrelsen var enige om … - Punkt 2. – …"), when the
    line reader found no items (or in the lines before the first one it found, up to ``end``): numbered
    1, 2, … in order on one line; each item's text is read like an item's prose (an opening outcome,
    or the one narrative decision sentence)."""
    marker = _header_patterns()["run_on_item_marker"]
    out: list[Decision] = []
    for line in layout.lines[:end]:
        if line.noise or "kt" not in line.clean:  # "Punkt", "Pkt."
            continue
        marks = list(marker.finditer(line.clean))
        if len(marks) < _RUN_ON_ITEMS_MIN or [int(m.group("num")) for m in marks] != list(
                range(int(marks[0].group("num")), int(marks[0].group("num")) + len(marks))):
            continue
        for k, m in enumerate(marks):
            end = marks[k + 1].start() if k + 1 < len(marks) else len(line.clean)
            segment = line.clean[m.end():end].rstrip()
            stop = segment.find(". ")
            title = segment[:stop].strip() if 0 < stop <= _RUN_ON_TITLE_MAX else None
            rest = stop + 2 if title else 0
            body = Line(line.idx, line.start + m.end() + rest, line.start + m.end() + len(segment),
                        segment[rest:])
            if not body.clean.strip():
                continue
            found = _opening_outcome([body]) or _narrative_decision([body], tasks=_tasks_record(title or ""))
            if found is None:
                continue
            _, start, stop_at = found
            wording = raw[start:stop_at]
            outcome = dec.classify(wording, meeting_date)
            out.append(Decision(item=int(m.group("num")), title=title, outcome=outcome,  # type: ignore[arg-type]
                                postponed_to=dec.postponed_to(wording, meeting_date) if outcome == "postponed" else None,
                                text=wording, start=start, end=stop_at))
    return out


_TITLED_PARAGRAPHS_MIN = 2
_PARAGRAPH_TITLE_MAX_WORDS = 8


def titled_paragraph_decisions(layout: Layout, raw: str, end: int, meeting_date: Optional[dt.date]) -> list[Decision]:
    """Decisions of unnumbered items written one paragraph each, the title run on with its record
    ("Valg af ordstyrer. Eva Holm blev valgt.", "Godkendelse af referat: Godkendt.", "Referat fra
    sidste møde, godkendt."), in lines ``0``–``end`` that belong to no item: a standalone line whose
    short title is followed by an outcome (or, for an election, who was elected); at least two such
    paragraphs, so that the text is minutes written that way."""
    found: list[Decision] = []
    lines = layout.lines[:end]
    for k, line in enumerate(lines):
        if line.noise or not line.clean or heading_kind(line) is not None:
            continue
        if (k > 0 and not lines[k - 1].blank) or (k + 1 < len(lines) and not lines[k + 1].blank):
            continue  # a line of a longer paragraph
        run_on = _title_election_decision(line.start, line.clean)
        if run_on is None:
            colon = _TITLE_COLON.search(line.clean)
            run_on = (_paragraph_colon_outcome(line, colon) if colon is not None
                      else _title_sentence_decision(line.start, line.clean))
        if run_on is None:
            continue
        wording, start, stop, title = run_on
        if not title or len(title.split()) > _PARAGRAPH_TITLE_MAX_WORDS or not title[:1].isupper():
            continue
        outcome = dec.classify(wording, meeting_date)
        found.append(Decision(item=None, title=title, outcome=outcome,  # type: ignore[arg-type]
                              postponed_to=dec.postponed_to(wording, meeting_date) if outcome == "postponed" else None,
                              text=raw[start:stop], start=start, end=stop))
    return found if len(found) >= _TITLED_PARAGRAPHS_MIN else []


def _paragraph_colon_outcome(line: Line, colon: re.Match[str]) -> Optional[tuple[str, int, int, Optional[str]]]:
    """"Godkendelse af referat: Godkendt.": the words after the colon when they open with an outcome."""
    rest = line.clean[colon.end():].rstrip()
    if len(rest) > _COLON_OUTCOME_MAX_CHARS or dates_in(rest):
        return None
    if layout_patterns()["outcome"].match(rest) is None or dec.classify(rest) == "other":
        return None
    start = line.start + colon.end()
    return rest, start, start + len(rest), line.clean[: colon.start()].strip() or None


def _without_other_meetings(lines: list[Line], meeting_date: Optional[dt.date]) -> list[Line]:
    """Header lines that may give this meeting's time and place (see :func:`other_meeting_line`)."""
    return [line for line in lines if not other_meeting_line(line.clean, meeting_date)]


_IN_LETTER_RUN = re.compile(r"\)[ \t]*[,;]?[ \t]*\Z")


def _fill_parties(people: list[Attendee], text: str) -> None:
    """A participant listed without a party letter takes the one the text gives elsewhere
    ("Birgitte Lund Holm (A) orienterede …"): one capital, a letter pair a party has ("SF", "RV"), or any pair
    in a run of names with their letters."""
    missing = re.longest_first({p.name for p in people if p.party is None})
    if not missing:
        return
    alts = "|".join(re.escape(name) for name in missing)
    found: dict[str, str] = {}
    for m in re.finditer(rf"({alts}),?\s*\(([A-ZÆØÅ]{{1,2}})\)", text):  # one pass for all names
        # "Vivi Nobel (VN)": initials, not a party; "v/ Bo Dam (ÆB)": two capitals no party has, an organisation,
        # unless they stand in a run of names with their letters ("Eva Holm (F) Bo Dam (FD)": a local list)
        if not initials_of(m.group(1), m.group(2)) and (
                party_letter(m.group(2)) or _IN_LETTER_RUN.search(text, max(0, m.start() - 4), m.start())):
            found.setdefault(m.group(1), m.group(2))
    for person in people:
        if person.party is None and person.name in found:
            person.party = found[person.name]


def _dedupe_attendees(people: list[Attendee]) -> list[Attendee]:
    seen: set[str] = set()
    out: list[Attendee] = []
    for person in people:
        if person.name not in seen:
            seen.add(person.name)
            out.append(person)
    return out


@functools.lru_cache(maxsize=1)
def _recommendation_bodies() -> tuple[re.Pattern[str], re.Pattern[str]]:
    p = phrases()
    return re.compile(p["recommendation_to_regex"]), re.compile(p["recommendation_subject_regex"])


def recommended_body(text: str, body_names: frozenset[str]) -> Optional[str]:
    """The body a recommendation is addressed to ("… indstiller til Nordby Lokaludvalg, at …", "at Nordby
    Lokaludvalg endeligt godkender …"), when it is one of ``body_names`` (the bodies among the text's parties):
    the meeting's body on a page whose header names none."""
    for pattern in _recommendation_bodies():
        for m in pattern.finditer(text):
            words = m.group("body").split()
            for n in range(len(words), 0, -1):  # "Valby Lokaludvalg endeligt": the longest name that is a body
                name = " ".join(words[:n])
                if name in body_names:
                    return name
    return None
