"""Meeting header and attendance in layout families the line reader of :mod:`minutes` does not
cover, applied after it to fill gaps and clean values.

- Prose: "Mødet blev holdt onsdag den 4. marts 2015 på Borgercentret i lokale 2. Mødet begyndte
  kl. 07.30 …" gives the date, the place and the start.
- Upper-case titles: "KOMMUNALBESTYRELSEN FOR X KOMMUNE REFERAT FRA MØDE NR. 14 ONSDAG DEN …"
  and running page headers "ØKONOMIUDVALGET 14. APRIL 2016" give the body, in normal case.
- Run-on PDF transcripts: a place run on into the attendance list is cut at the list's label;
  member entries "Hanne Berg (habe) A" and role-dash comma lists ("Borgmester - Ulla Toft (V), …")
  give the participants.
- Bodies named only in the items ("<Body>s møde den 12. december 2011:", "Sagen afgøres i: <Body>")
  and board minutes ("Referat af organisationsbestyrelsesmøde" → "Organisationsbestyrelsen").
- Values cleaned of leaked prefixes ("Referat. Byrådet", "Dagsorden – …"), stamps that are no body
  ("Intern brug i bestyrelsen") and notes that are no place ("Bemærk! Lukket møde kl. 16:30").

Values the line reader found are kept unless they are such leaks; this module only adds what is
missing, so its rules stay precise.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
from socdoc import lazy_re as re
from typing import Any, Optional

from socdoc.extractors.minutes_inline import names_run_start, place_only
from socdoc.extractors.name_runs import cues as name_run_cues
from socdoc.extractors.minutes_layout import Layout, dates_in, is_body_name, phrases, unit_or_role_word
from socdoc.extractors.prefilter import may_match, required_parts
from socdoc.lang import da
from socdoc.lang.da import read_yaml
from socdoc.records import Attendee, Meeting

_HEAD_CHARS = 6000  # prose and run-on headers stand in the first part of the text
_HEAD_LINES = 15
_LINE_CHARS = 2000  # a run-on transcript line is read at its start only
_SENTENCE_END = re.compile(r"\.(?=\s+[A-ZÆØÅ])|\n|$")
_KL_TIME = re.compile(r"\bkl\.?\s*([01]?\d|2[0-3])(?:[.:]([0-5]\d))?(?![\d]|[.:]\d)", re.IGNORECASE)
_PLACE_MAX_CHARS = 90
_PLACE_MAX_WORDS = 12


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return read_yaml("minutes_families.yaml")


def _alts(words: list[Any]) -> str:
    return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in words)


def _word_alts(words: list[Any]) -> str:
    r"""``\b(?:…)`` of :func:`_alts` of ``words`` (each opening with a letter), written first letter first with
    the word boundary after it: the regex engine then skips to the places where one of the words can begin
    instead of trying every word at every word boundary. The same matches."""
    alts = []
    for w in map(str, words):
        if not w[:1].isalpha():
            raise ValueError(f"a label that opens with no letter: {w!r}")
        alts.append(re.escape(w[0]) + r"(?<!\w(?s:.))" + re.escape(w[1:]).replace(r"\ ", r"\s+"))
    return "(?:" + "|".join(alts) + ")"


@functools.lru_cache(maxsize=1)
def _pats() -> dict[str, Any]:
    d = _data()
    i = re.IGNORECASE
    run_on = "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in d["place_run_on_labels"])
    return {
        "held": re.compile(d["held_sentence_regex"]),
        "place_start": re.compile(d["held_place_start_regex"]),
        "generic_lead": re.compile(d["place_generic_lead_regex"], i),
        "place_end": re.compile(d["held_place_end_regex"], i),
        "place_time": re.compile(d["held_place_time_regex"], i),
        "started": re.compile(d["started_regex"], i),
        "upper_prefix": re.compile(d["upper_title_prefix_regex"]),
        "upper_end": re.compile(d["upper_title_body_end_regex"]),
        "body_prefix": re.compile(d["body_prefix_regex"], i),
        "stamp": re.compile(d["not_body_stamp_regex"], i),
        "council": re.compile(d["council_of_municipality_regex"], i),
        "board": re.compile(d["board_meeting_regex"], i),
        "board_bare_name": re.compile(d["board_bare_name_regex"]),
        "proposal_decider": re.compile(d["proposal_decider_regex"]),
        "decision_subject": re.compile(d["decision_subject_regex"], re.MULTILINE),
        "other_meeting": re.compile(d["other_meeting_line_regex"], i),
        "lower_venue": re.compile(d["lower_venue_regex"]),
        "colonless_present": re.compile(rf"(?<![\w:])(?:{_alts(d['colonless_participant_labels'])})[ \t]+(?=[A-ZÆØÅ][a-zæøå]+[ \t]+[A-ZÆØÅ])"),
        "colonless_absent": re.compile(rf"(?<![\w:])(?:{_alts(d['colonless_absent_labels'])})[ \t]+(?=[A-ZÆØÅ][a-zæøå]+[ \t]+[A-ZÆØÅ])"),
        "generic_body": frozenset(str(w) for w in d["generic_body_words"]),
        "forum_meeting": re.compile(d["forum_meeting_regex"]),
        "item_label": re.compile(d["item_meeting_label_regex"], re.MULTILINE),
        "item_label_cue": re.compile(d["item_meeting_label_cue_regex"]),
        "decided_in": re.compile(d["decided_in_regex"], i | re.MULTILINE),
        "proposal": re.compile(d["proposal_body_regex"]),
        "displaced_place": re.compile(d["displaced_place_regex"]),
        "subject_body": re.compile(d["subject_body_regex"], re.MULTILINE),
        "agenda_date": re.compile(d["agenda_meeting_date_regex"], i),
        "note": re.compile(d["place_note_regex"], i),
        # also a label glued to the place where a web page lost its line break ("… 9. salAfbud fra:")
        "run_on": re.compile(rf"\s(?:{run_on})(?=\s*:|\s+[A-ZÆØÅ0-9]|\s+kl\b|\s*$)"
                             rf"|(?<=[a-zæøå])(?:{run_on})(?=(?:\s+fra)?\s*:\s*$)"),
        "entry": re.compile(d["initials_entry_regex"]),
        "role_dash": re.compile(d["role_dash_regex"]),
        "list_label": re.compile(rf"{_word_alts(d['run_on_participant_labels'])}\s*:?\s+"),
        "absent_label": re.compile(rf"{_word_alts(d['run_on_absent_labels'])}\s*:?\s+"),
        # a label's words in lower case, one of which the text holds wherever a label stands
        "list_label_parts": required_parts(rf"\b(?:{_alts(d['run_on_participant_labels'])})\s*:?\s+"),
        "absent_label_parts": required_parts(rf"\b(?:{_alts(d['run_on_absent_labels'])})\s*:?\s+"),
        "held_parts": required_parts(d["held_sentence_regex"]),
        "any_list_label": re.compile(rf"(?:{_alts(d['run_on_participant_labels'] + d['run_on_absent_labels'])})\b"),
        "labelled_list": re.compile(rf"{_word_alts(d['run_on_participant_labels'])}{d['run_on_label_group_regex']}\s*:\s*"),
        "name_stop": frozenset(str(w) for w in d["run_on_name_stop_words"]),
        "group": re.compile(phrases()["inline_group_label_regex"]),  # "Øvrige deltagere:", "Fra kommunen:"
        "run_on_title": re.compile(d["run_on_title_regex"]),
        "title_stop": re.compile(d["run_on_title_stop_regex"]),
        "body_first_title": re.compile(d["body_first_title_regex"]),
        "run_on_place": re.compile(rf"\b(?:{_alts(d['run_on_place_labels'])})[ \t]*:[ \t]*(?P<value>[^\n]{{2,200}})"),
        "page_prefix": re.compile(d["page_prefix_regex"]),
        "upper_place": re.compile(d["upper_title_place_regex"]),
        "title_time": re.compile(d["title_time_regex"], i),
        "title_meeting_place": re.compile(d["title_meeting_place_regex"], i),
        "venue_word": re.compile(d["venue_words_regex"], i),
        "genitive_meeting": re.compile(d["genitive_meeting_regex"]),
        "link_words": frozenset(str(w) for w in d["link_words"]),
        "document_date": re.compile(d["document_date_words_regex"], i),
        # the same words without their word boundaries: no hit in the header, no labelled date
        "document_date_any": re.compile(d["document_date_words_regex"].replace(r"\b", ""), i),
        "document_date_parts": required_parts(d["document_date_words_regex"].replace(r"\b", ""), i),
        "document_date_words": _plain_words(d["document_date_words_regex"]),
        "lower": frozenset(str(w) for w in d["lower_words"]),
        "partial_absence": re.compile(d["partial_absence_note_regex"], i),
        "assembly_title": [re.compile(x) for x in d["assembly_title_regexes"]],
    }


# --- entry point ---------------------------------------------------------------------------------


def refine_meeting(meeting: Meeting, text: str, layout: Layout) -> Meeting:
    """``meeting`` with leaked prefixes and stamps cleaned away and its gaps filled from the
    families this module reads."""
    head = text[:_HEAD_CHARS]
    header = [line.clean[:_LINE_CHARS] for line in layout.lines[:60] if line.clean and not line.noise][:_HEAD_LINES]
    body = clean_body(meeting.body, text)
    item_body, item_date = item_label_meeting(text)
    running_body, running_date = running_header(text)
    if body is None:
        body = (upper_title_body(header) or board_body(header, text) or run_on_title_body(header[:3])
                or body_first_title(header)
                or running_body or item_body or decided_in_body(text) or proposal_body(head)
                or decision_subject_body(text, layout) or proposal_decider_body(head) or subject_body(head)
                or own_council_body(head) or assembly_title_body(header))
    held = held_sentence(head)
    date = meeting.date or (held.get("date") if held else None) or item_date or running_date
    time = _not_room_number(meeting.time, head, held.get("time") if held else None)
    time = time or (held.get("time") if held else None) or started_time(head)
    location = _without_page_number(clean_location(meeting.location), text)
    if held and held.get("location") and (location is None or (location in held["location"] and location != held["location"])):
        location = held["location"]  # the whole place of the sentence the line reader read a part of
    if location is None:
        own = [line for line in header if not other_meeting_line(line, date)]
        location = _run_on_cuts(run_on_place(head) or upper_title_place(own) or title_place(own)
                                or displaced_place(head))
    date = date or date_line(header) or agenda_meeting_date(head)
    date = _not_document_date(date, head[:_DATE_REACH], held.get("date") if held else None)
    absent = [name for name in meeting.absent if not _partly_absent(name, head) and not _none_led(name)]
    absent.extend(name for name in _absent_initials(head) if name not in absent)
    participants = run_on_participants(head, meeting.participants, absent)
    if not participants:
        flat_absent = [p.name for p in colonless_list(head, _pats()["colonless_absent"])]
        flat = [p for p in colonless_list(head, _pats()["colonless_present"])
                if p.name not in flat_absent and p.name not in absent]
        if len(flat) >= _COLONLESS_MIN:  # the absentees the line reader found stay
            participants, absent = flat, absent or flat_absent
        elif not flat and not absent and len(flat_absent) >= _COLONLESS_MIN:
            absent = flat_absent  # "… Afbud fra Eva Holm, Bo Dam, Kim Lund. Dagsorden …": absentees alone
    if not participants:  # "… mer: Formand - Eva Holm (D), Bo Dam (V), …": the list's label was lost
        first = layout.items[0].start_line if layout.items else len(layout.lines)
        before = layout.lines[first].start if first < len(layout.lines) else len(text)
        header_run = head[:before]  # in the header only: a vote's list in an item names no attendance
        participants = [p for p in unlabelled_letter_list(header_run) if p.name not in absent]
    participants, absent = _absentees_as_listed(participants, absent)
    participants = [_without_full_stop(p) for p in participants]
    return meeting.model_copy(update={"body": body, "date": date, "time": time, "location": location,
                                      "participants": participants, "absent": absent})


_FULL_STOP_AFTER_SURNAME = re.compile(r"[a-zæøå]{3}\.\Z")


def _without_full_stop(person: Attendee) -> Attendee:
    """A participant without the full stop of the sentence that ends the list ("… og Axel Mossin.")."""
    if not _FULL_STOP_AFTER_SURNAME.search(person.name):
        return person
    end = person.end - 1 if person.end is not None else None
    return person.model_copy(update={"name": person.name[:-1], "end": end})


@functools.lru_cache(maxsize=1)
def _none_word_set() -> frozenset[str]:
    return frozenset(str(w).lower() for w in phrases()["none_words"] if str(w)[:1].isalpha() and " " not in str(w))


def _none_led(name: str) -> bool:
    """An absentee "name" that opens with a word for nobody: the value "Ingen" with the next label run on
    after it ("Afbud: Ingen Næste møde: 4. oktober")."""
    first = name.split(maxsplit=1)[0].lower() if name.strip() else ""
    return first in _none_word_set()


def _partly_absent(name: str, head: str) -> bool:
    """The absentee is said to have missed some items only, right after the name ("Fraværende: Eva Holm,
    Bo Dam deltog ikke i pkt. 4 og 5"): a member who came."""
    pat = _pats()["partial_absence"]
    at = head.find(name)
    while at >= 0:
        if pat.match(head, at + len(name)):
            return True
        at = head.find(name, at + len(name))
    return False


def _absentees_as_listed(participants: list[Attendee], absent: list[str]) -> tuple[list[Attendee], list[str]]:
    """An absentee whose name is a listed member's name with header words run on after it ("Fraværende:
    Eva Holm Byrådssalen, Rådhuset" under "Medlemmer: … Eva Holm (A) …") is that member: the name as
    listed, and the member no participant."""
    listed = re.longest_first({p.name for p in participants})
    fixed: list[str] = []
    for name in absent:
        member = next((n for n in listed if name.startswith(n + " ") and len(n.split()) >= 2), None)
        name = member or name
        if name not in fixed:
            fixed.append(name)
    if fixed == absent:
        return participants, absent
    gone = set(fixed) - set(absent)
    return [p for p in participants if p.name not in gone], fixed


_DATE_REACH = 1500  # characters of the header in which a document date may stand
_KL = re.compile(r"\b(?:kl\.?|klokken)\s*\d", re.IGNORECASE)


def other_meeting_line(line: str, meeting_date: Optional[dt.date]) -> bool:
    """A header line about the next or another meeting, whose time and place are not this
    meeting's: "Næste møde: torsdag den 24.4. kl. 19.00 i Mødesalen", or a line with a clock time
    whose every date is another day than the meeting's ("Årsmøde: 20.5.2014 kl. 19.00 i Hallen")."""
    if _pats()["other_meeting"].match(line):
        return True
    if meeting_date is None or not _KL.search(line):
        return False
    days = [(c.day, c.month, c.year) for c, _ in dates_in(line)]
    return bool(days) and all((d, m) != (meeting_date.day, meeting_date.month)
                              or (y is not None and y != meeting_date.year) for d, m, y in days)


# Letters that the regex engine matches case-insensitively to "i" or "s" but str.lower() does not turn into
# them (and "İ", which lower() turns into two characters): without them in a text, an ASCII word matches the
# text case-insensitively exactly where text.lower() holds it.
_CASE_ODD = ("İ", "ı", "ſ")


def _plain_words(pattern: str) -> Optional[tuple[str, ...]]:
    """For an alternation of ASCII words between word boundaries ("\\b(?:sendt|senest\\s+opdateret)\\b"):
    words of which every case-insensitive match of the alternation without its boundaries holds one (a
    branch of several words is covered by its last word when that is a branch of its own); None for any
    other pattern."""
    m = re.fullmatch(r"\\b\(\?:(.*)\)\\b", pattern)
    if m is None:
        return None
    branches = m.group(1).split("|")
    words = tuple(b for b in branches if re.fullmatch(r"[a-z]+", b))
    for branch in branches:
        if branch not in words and not (re.fullmatch(r"[a-z]+(?:\\s\+[a-z]+)+", branch)
                                        and branch.rsplit("\\s+", 1)[-1] in words):
            return None
    return words


def _document_date_word(head: str) -> bool:
    """Whether ``head`` holds a document-date word in any case (``document_date_any``), by substring
    tests of its lower case where they decide it."""
    low = head.lower()
    if not may_match(_pats()["document_date_parts"], low):
        return False
    words = _pats()["document_date_words"]
    if words is not None and not any(c in head for c in _CASE_ODD):
        return any(w in low for w in words)
    return bool(_pats()["document_date_any"].search(head))


def _not_document_date(date: Optional[dt.date], head: str, held: Optional[dt.date]) -> Optional[dt.date]:
    """The meeting date instead of the date the document was made or sent ("Udsendt 1. marts
    2012" above "Mødet blev holdt den 8. marts 2012"): ``date`` when the header also gives it
    unlabelled, else the held sentence's date or the header's first other date."""
    if date is None or not _document_date_word(head):
        return date
    label = _pats()["document_date"]
    labelled: list[dt.date] = []
    others: list[dt.date] = []
    for cand, _ in dates_in(head):
        try:
            found = dt.date(cand.year, cand.month, cand.day)
        except (TypeError, ValueError):
            continue
        before = head[max(0, cand.start - 30): cand.start]
        before = before.rsplit("\n", 1)[-1]
        (labelled if label.search(before) and not _MEETING_WORD.search(before) else others).append(found)
    if date not in labelled or date in others:
        return date
    return held or (others[0] if others else None)


_MEETING_WORD = re.compile(r"\bmøde(?:dato|t|\s+den)?\b", re.IGNORECASE)


def _not_room_number(time: Optional[str], head: str, held: Optional[str]) -> Optional[str]:
    """The held sentence's "kl." time instead of a room number read as a time ("Mødelokale 1.12")."""
    if time is None or held is None or time == held:
        return time
    h, m = time.split(":")
    written = re.compile(rf"(?<![\d.:])0?{int(h)}[.:]{m}(?![\d])")
    spots = [x.start() for x in written.finditer(head)]
    if spots and all(_location_word().search(head[max(0, k - 15): k]) for k in spots):
        return held
    return time


def date_line(header: list[str]) -> Optional[dt.date]:
    """A header line that is a date and nothing else ("15. MAJ 2012", "Onsdag den 3. maj 2017")."""
    for line in header:
        if len(line) > 40:
            continue
        found = dates_in(line)
        if not found:
            continue
        cand = found[0][0]
        rest = (line[: cand.start] + line[cand.end:]).strip(" ,.").lower()
        if rest and not re.fullmatch(r"(?:\w+dag\s*)?(?:den\s*)?", rest):
            continue
        try:
            return dt.date(cand.year, cand.month, cand.day)
        except (TypeError, ValueError):
            continue
    return None


# --- values --------------------------------------------------------------------------------------


def normal_case(value: str) -> str:
    """An upper-case name in normal case: "UDVALGET FOR MILJØ OG TEKNIK" → "Udvalget for Miljø
    og Teknik"; values not in upper case are returned as they are."""
    letters = [c for c in value if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return value
    lower = _pats()["lower"]
    if not any(len(w.strip(",.;:()")) > 3 for w in value.split()):
        return value  # an abbreviation ("ØU", "KB")
    words = []
    for k, word in enumerate(value.split(" ")):
        low = word.lower()
        if k and low in lower:
            words.append(low)
        elif len(word.strip(",.;:()")) <= 3 and word.strip(",.;:()").isalpha():
            words.append(word)  # an abbreviation inside the name keeps its capitals
        else:
            words.append(low[:1].upper() + low[1:])
    return " ".join(words)


def clean_body(body: Optional[str], text: str) -> Optional[str]:
    """The body without leaked title words, in normal case; stamps are no body."""
    if not body:
        return body
    p = _pats()
    if p["stamp"].match(body):
        return None
    m = p["body_prefix"].match(body)
    if m and m.end() < len(body):
        rest = body[m.end():].strip(" .:-–")
        if is_body_name(normal_case(rest)):
            if p["stamp"].match(rest):  # "Referat kun til internt brug"
                return None
            body = rest
    meeting = _pats()["genitive_meeting"].search(body)  # "Udvalget for Børn og Læring's møde"
    if meeting and is_body_name(body[: meeting.start()]):
        body = body[: meeting.start()]
    body = normal_case(body)
    council = p["council"].match(body)
    if council:
        body = council.group("body")
        body = body[:1].upper() + body[1:]
    return body


_BARE_LABEL = re.compile(r"^[A-ZÆØÅa-zæøå][\w\-]*(?:\s+[a-zæøå]+)?\s*:$")


_DASHED_NOTE_END = re.compile(r"\s+[-–]\s*\([^()]{1,40}\)\s*$")


def clean_location(location: Optional[str]) -> Optional[str]:
    """The place without a leading "på", a note or the attendance list run on after it."""
    if not location:
        return location
    p = _pats()
    if _BARE_LABEL.match(location.strip()):
        return None  # an empty value followed by the next label ("Mødested: Mødedato:")
    location = _run_on_cuts(location)
    if not location:
        return None
    note = p["note"].search(location)
    if note:
        location = location[: note.start()].strip(" ,.;")
    cut = p["run_on"].search(location)
    if cut:
        location = location[: cut.start()].strip(" ,.;")
    location = _DASHED_NOTE_END.sub("", location)  # "Mødelokale 1, forhallen - (EX. møde)": a note on the meeting
    location = p["generic_lead"].sub("", location)  # "lokale på Kildegården": the named place
    location = re.sub(r"^(?:på|PÅ|i|I)\s+(?=[A-ZÆØÅ0-9])", "", location)
    if p["held"].match(location):
        return _held_place(location[p["held"].match(location).end():])  # "Mødet blev holdt på …"
    tail = p["place_end"].search(location)  # "Rådhuset, den 4. marts 2010 kl. 15": the place alone
    if tail and tail.start() > 0:
        location = location[: tail.start()].strip(" ,.;")
    location = normal_case(location)
    return location or None


_LEAD_LABEL = re.compile(r"^[A-ZÆØÅ][\w\-]+(?:\s+[a-zæøå]+)?\s*:\s+(?=\S)")


@functools.lru_cache(maxsize=1)
def _meeting_kind_lead() -> re.Pattern[str]:
    return re.compile(phrases()["place_meeting_kind_lead_regex"], re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _dashed_location_label() -> re.Pattern[str]:
    """A place label set off from its value by a dash instead of a colon ("MØDESTED – Kildehuset, lille sal")."""
    labels = "|".join(re.escape(w) for w in re.longest_first(phrases()["location_labels"]))
    return re.compile(rf"^(?:{labels})[ \t]*[–—-][ \t]+(?=\S)", re.IGNORECASE)


def _run_on_cuts(location: Optional[str]) -> Optional[str]:
    """A place without what a flattened header runs on around it, whichever reader found it."""
    if not location:
        return location
    location = _dashed_location_label().sub("", location.strip())
    # the next label before the value: a grid's labels printed before their values ("Mødelokale: Fraværende:
    # 1.2 øst Eva Holm …"), whose first value is the place
    location = _LEAD_LABEL.sub("", location.strip())
    location = _meeting_kind_lead().sub("", location)  # "Ekstraordinært møde - Mødelokale F7"
    return _before_names_run(location) or None


def _before_names_run(location: str) -> str:
    """A place with the attendance list run on after it: the place alone (see ``names_run_start``)."""
    cut = names_run_start(location, 0, len(location))
    return location[:cut].rstrip(" ,;-–") if cut is not None else location


def _without_page_number(location: Optional[str], text: str) -> Optional[str]:
    """A run-on place without the page number of the page marker after it ("Byrådssalen 2 Side 1")."""
    if not location:
        return location
    m = re.search(r"\s+\d{1,3}$", location)
    if m and re.search(re.escape(location) + r"\s+Side\s+\d", text):
        return location[: m.start()]
    return location


def _place_shape(value: str) -> bool:
    return 0 < len(value) <= _PLACE_MAX_CHARS and len(value.split()) <= _PLACE_MAX_WORDS


# --- prose ---------------------------------------------------------------------------------------


def held_sentence(head: str) -> Optional[dict[str, Any]]:
    """Date, place and time of the first "Mødet blev holdt … på …" sentence."""
    p = _pats()
    m = p["held"].search(head) if may_match(p["held_parts"], head.lower()) else None
    if not m:
        return None
    end = _SENTENCE_END.search(head, m.end())
    sentence = head[m.end(): end.start() if end else len(head)]
    out: dict[str, Any] = {}
    found = dates_in(sentence)
    if found:
        cand = found[0][0]
        try:
            out["date"] = dt.date(cand.year, cand.month, cand.day)
        except (TypeError, ValueError):
            pass
    t = _KL_TIME.search(sentence)
    if t:
        out["time"] = f"{int(t.group(1)):02d}:{t.group(2) or '00'}"
    place = _held_place(sentence)
    if place:
        out["location"] = place
    return out


def _held_place(sentence: str, within: Optional[int] = None) -> Optional[str]:
    """The place introduced by a preposition in ``sentence``; with ``within``, only a preposition
    that opens the sentence (no further than ``within`` characters in)."""
    p = _pats()
    for start in p["place_start"].finditer(sentence):
        if within is not None and start.start() > within:
            break
        rest = sentence[start.end():]
        stop = p["place_end"].search(rest)
        place = rest[: stop.start()] if stop else rest
        place = place_only(place).strip(" ,.;")  # "… på Rådhuset Afbud: Ole Lund": a flattened page runs on
        if not place or dates_in(place[:12]) or not _place_shape(place) or p["place_time"].match(place):
            continue  # "… møde i tidsrummet 1. – 15. december": a span of time
        if place[:1].islower():  # "på rådhuset": lower case only with a word of places
            if not _location_word().search(place):
                continue
            place = place[:1].upper() + place[1:]
        return place
    return None


@functools.lru_cache(maxsize=1)
def _location_word() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{x})" for x in phrases()["location_words_regex"]), re.IGNORECASE)


def started_time(head: str) -> Optional[str]:
    m = _pats()["started"].search(head)
    return f"{int(m.group('h')):02d}:{m.group('m') or '00'}" if m else None


# --- bodies --------------------------------------------------------------------------------------


def upper_title_body(header: list[str]) -> Optional[str]:
    """The body of an upper-case title line ("KOMMUNALBESTYRELSEN FOR X KOMMUNE REFERAT …",
    "REFERAT FRA MØDE I ØKONOMIUDVALGET", "ØKONOMIUDVALGET 14. APRIL 2016")."""
    p = _pats()
    for line in header:
        line = _leading_caps(_pats()["page_prefix"].sub("", line))  # page number of a PDF transcript
        if not _upper_line(line):
            continue
        pre = p["upper_prefix"].match(line)
        rest = line[pre.end():] if pre else line
        end = p["upper_end"].search(rest)
        cand = rest[: end.start()].strip(" ,.:-–") if end else ""
        if not cand or len(cand.split()) > 7:
            continue
        name = _halved(normal_case(cand))
        if is_body_name(name) and "kommune" not in name.lower() and not _pats()["stamp"].match(name):
            return name
    return None


_CAPS_WORD = re.compile(r"[^\sa-zæøåé]+(?:\s+|$)")


def _leading_caps(line: str) -> str:
    """The run of upper-case words that opens a line ("THISTED BYRÅD. REFERAT fra møde …" → its
    first three words)."""
    pos = 0
    while True:
        m = _CAPS_WORD.match(line, pos)
        if not m:
            break
        pos = m.end()
    return line[:pos].strip()


def _halved(name: str) -> str:
    """A name repeated by a PDF title ("Vejle Byråd Vejle Byråd") once."""
    words = name.strip(" .").split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and [w.strip(".") for w in words[:half]] == [w.strip(".") for w in words[half:]]:
        return " ".join(words[:half]).strip(" .")
    return name


def _upper_line(line: str) -> bool:
    letters = "".join(filter(str.isalpha, line[:80]))
    return len(letters) >= 6 and not any(map(str.islower, letters))




_PLACE_AFTER_TIME = 6  # "kl. 17 på X", "kl. 17.00, i X": the place follows the time at once


def title_place(header: list[str]) -> Optional[str]:
    """The place after the time of a dated title line ("Referat af bestyrelsesmøde den 3. juni 2013
    kl. 17 på Strandkroen, Vesterhavsvej 4.")."""
    for line in header:
        m = _pats()["title_time"].search(line)
        if m and dates_in(line[: m.start()]):
            rest = _TITLE_CAPITAL_AT.sub(" i ", line[m.end():], count=1)  # "… kl I Fælleshuset"
            place = _held_place(_title_rest(rest), within=_PLACE_AFTER_TIME)  # right after the time
            if place:
                return place
    for line in header:
        m = _pats()["title_meeting_place"].search(line)
        if m and dates_in(line[m.end():]):  # "… møde på Plejehjemmet Solgården den 4. maj 2021"
            place = _held_place(_title_rest(line[m.end():]))
            venue = place and (_location_word().search(place) or _pats()["venue_word"].search(place))
            if venue and not is_body_name(place):
                return place
    for line in header:  # "… den 31. maj 2016, kl Mødelokale 2, Skovvej 3": the clock's digits lost, the place after it
        m = _LOST_TIME_PLACE.search(line)
        if m and dates_in(line[: m.start()]) and _location_word().search(m.group("place")):
            return m.group("place")
    for line in header:  # "… møde den 22. februar 2016 i Byrådssalen, Rådhuset kl. 10.00"
        found = dates_in(line)
        m = _PLACE_BEFORE_TIME.match(line, found[0][0].end) if found else None
        place = m.group("place") if m else ""
        if place[:1].islower():  # "… i aktivitetshuset kl 19": a lower-case place only as one room or venue word
            if _pats()["lower_venue"].fullmatch(place):
                return place
            continue
        if m and (_location_word().search(place) or _pats()["venue_word"].search(place)):
            return place
    return None


_LOST_TIME_PLACE = re.compile(r",\s+kl\.?\s+(?P<place>[A-ZÆØÅ][^\n:]{2,90})$")
_PLACE_BEFORE_TIME = re.compile(r"\s+(?:i|på)\s+(?P<place>[A-ZÆØÅ][^\n:]{2,80}?|[a-zæøå]+),?\s+(?:kl\.?|klokken)\s*\d")
_TITLE_CAPITAL_AT = re.compile(r"^\s+I(?=\s+[A-ZÆØÅ])")
_CAPS_RUN = re.compile(r"\s(?:[A-ZÆØÅ]{3,}\s+){1,}[A-ZÆØÅ]{2,}\b")


def _title_rest(rest: str) -> str:
    """The title line after its time without what runs on after the place in a flattened page:
    the next label ("… Hedehusene Til stede: …") or an upper-case heading ("… Humlebæk REFERAT TIL …")."""
    for pattern in (_NEXT_LABEL, _CAPS_RUN):
        cut = pattern.search(rest)
        if cut and (pattern is not _CAPS_RUN or re.search(r"[a-zæøå]", rest[: cut.start()])):
            rest = rest[: cut.start()]
    return rest


def upper_title_place(header: list[str]) -> Optional[str]:
    """The place after the date or time of an upper-case title ("… KL. 17.00 PÅ X RÅDHUS, BYRÅDSSALEN")."""
    for line in header:
        line = _pats()["page_prefix"].sub("", line)
        if not _upper_line(line):
            continue
        m = _pats()["upper_place"].search(line)
        if m:
            place = m.group("loc").strip(" ,.")
            if place and _place_shape(place):
                return normal_case(place)
    return None


_RUNNING = re.compile(
    r"^(?P<body>[A-ZÆØÅ][^\d:|\n]{2,60}?)[\s,]+(?:den\s+)?\d{1,2}\.\s*[A-Za-zæøåÆØÅ]{3,9}\.?\s+\d{4}"
    r"(?:\s+(?:side\s+)?\d{1,3})?\s*$", re.MULTILINE | re.IGNORECASE)


def running_header(text: str) -> tuple[Optional[str], Optional[dt.date]]:
    """Body and date of a page header "<Body> <date>" that repeats on the pages of a transcript."""
    found: dict[str, list[str]] = collections.defaultdict(list)
    for m in _RUNNING.finditer(text):
        found[m.group("body").strip()].append(m.group(0))
    for body, lines in sorted(found.items(), key=lambda kv: -len(kv[1]))[:3]:
        name = normal_case(body)
        if len(lines) < 2 or not is_body_name(name) or len(name.split()) > 6 or not _name_words(name):
            continue
        dates = dates_in(lines[0])
        date = None
        if dates:
            cand = dates[0][0]
            try:
                date = dt.date(cand.year, cand.month, cand.day)
            except (TypeError, ValueError):
                date = None
        return name, date
    return None, None




def run_on_title_body(lines: list[str]) -> Optional[str]:
    """The body in the title of a run-on transcript line ("1 Referat Social- og Sundhedsudvalget
    Møde nr.: 6/2018 Mødedato: …"): the longest run of words before a header word that names a body."""
    for line in lines:
        line = _LETTER_SPACED.sub(lambda s: s.group().replace(" ", ""), line)  # "R e f e r a t" of a PDF title
        m = _pats()["run_on_title"].match(_pats()["page_prefix"].sub("", line))
        if not m:
            continue
        words = _to_sentence_end(m.group("rest").split())
        stop = next((k for k, w in enumerate(words) if _pats()["title_stop"].match(w)), len(words))
        for k in range(min(stop, 8), 0, -1):
            phrase = " ".join(words[:k])
            if words[k - 1].lower() in _pats()["link_words"]:
                continue
            if is_body_name(normal_case(phrase)) and "kommune" not in phrase.lower() and _name_words(phrase):
                return normal_case(phrase)
    return None


_BODY_MAX_WORDS = 6
_LETTER_SPACED = re.compile(r"\b(?:[^\W\d_] ){3,}[^\W\d_]\b")


def _to_sentence_end(words: list[str]) -> list[str]:
    """The words up to the first that closes a sentence ("Seniorråd." before "Torsdag den …"), without its stop."""
    for k, word in enumerate(words):
        if len(word) > 2 and word.endswith(".") and word[-2].islower():
            return words[:k] + [word[:-1]]
    return words


def body_first_title(header: list[str]) -> Optional[str]:
    """The body named before the minutes word of a title line ("1 Økonomiudvalget Referat fra …")."""
    for line in header:
        m = _pats()["body_first_title"].match(line)
        if not m:
            continue
        name = normal_case(m.group("body").strip())
        if (is_body_name(name) and "kommune" not in name.lower() and len(name.split()) <= _BODY_MAX_WORDS
                and _name_words(name)):
            return name
    return None


def assembly_title_body(header: list[str]) -> Optional[str]:
    """The association whose general assembly a title line names ("SKOVBY VANDVÆRK - REFERAT AF
    GENERALFORSAMLING 2021", "Referat fra Nordby sogns lokalråds generalforsamling"), in normal case."""
    for line in header:
        for pattern in _pats()["assembly_title"]:
            m = pattern.match(line)
            if m and not dates_in(m.group("org")):
                return normal_case(m.group("org").strip())
    return None


_ITEM_START = re.compile(r"^\d{1,3}\.?\s+[A-ZÆØÅ]")
_NEXT_LABEL = re.compile(r"\s(?:[A-ZÆØÅ][\w\-]+(?:\s+[a-zæøå]+)?\s*:(?=\s|$))")


def run_on_place(head: str) -> Optional[str]:
    """A labelled place in a run-on line that ends at the next label or the attendance list."""
    p = _pats()
    for m in _pats()["run_on_place"].finditer(head):
        value = m.group("value")
        for pattern in (_NEXT_LABEL, p["run_on"], p["note"]):
            cut = pattern.search(value)
            if cut:
                value = value[: cut.start()]
        value = _place_end(value)
        if (value and _place_shape(value) and not dates_in(value) and not _KL_TIME.search(value)
                and not _BARE_LABEL.match(value)  # "Mødested: Deltagere: …": the labels stand first
                and not _ITEM_START.match(value)):
            return normal_case(value)
    return None


_TOWN_LETTER = re.compile(r"(?:^|[\s,])[A-ZÆØÅ]\.$")  # "Nykøbing F."


def _place_end(value: str) -> str:
    """A place without the punctuation around it; the dot of an abbreviation that ends it stays
    ("4500 Nykøbing Sj.", "Nykøbing F.", "Svinget 14, st.")."""
    place = value.strip(" ,.;|")
    if not place or not value.strip(" ,;|").endswith("."):
        return place
    dotted = place + "."
    last = dotted.split()[-1].lower()
    return dotted if _TOWN_LETTER.search(dotted) or last in da.load().abbreviations else place


_DISPLACED_REACH = 800  # characters after the empty place label in which the lists stand


def displaced_place(head: str) -> Optional[str]:
    """The place of a run-on transcript header whose place label is empty ("Mødested: Bemærkninger:
    Medlemmer: …") and whose value the PDF moved into the attendance lists after it ("… Fraværende:
    Eva Holm Ib Lund Lokale 3, Rådhuset Kim Bak deltog som suppleant …"): the one room-and-building
    chunk with a number there, which no name has."""
    p = _pats()
    for m in p["run_on_place"].finditer(head):
        if not _BARE_LABEL.match(m.group("value").split(" ", 1)[0]):
            continue  # the label has its own value
        rest = head[m.start("value"): m.start("value") + _DISPLACED_REACH]
        label = p["any_list_label"].search(rest)
        if label is None:
            continue
        found = p["displaced_place"].findall(rest, label.end())
        if len(found) == 1:
            return found[0]
    return None


_OF_NAMED = re.compile(r"\s+for\s+[A-ZÆØÅ]")


def board_body(header: list[str], text: Optional[str] = None) -> Optional[str]:
    """"Referat af organisationsbestyrelsesmøde" → "Organisationsbestyrelsen", "Fælles dialogforumsmøde"
    → "Fælles dialogforum". A header line whose meeting word has the board's own part wins over one
    without ("Bestyrelsesmøde" above "Afdelingsbestyrelsesmøde"); a bare "bestyrelsesmøde" names
    "Bestyrelsen" only where ``text`` calls the board so with a capital."""
    p = _pats()
    bodies = _data()["board_bodies"]
    bare: Optional[str] = None
    for line in header:
        forum = p["forum_meeting"].match(line)
        if forum:  # "Fælles dialogforumsmøde den 27. oktober" → "Fælles dialogforum"
            name = forum.group("body")
            return name[:1].upper() + name[1:]
        m = p["board"].search(line)
        if m:
            head = m.group("head") or m.group("head2")
            stem = (m.group("stem") or m.group("stem2") or "").lower()
            if not stem and head.lower() in _data()["board_bodies_need_stem"]:
                continue  # "referat fra sidste rådsmøde": which council is not said
            name = stem + bodies[head.lower()]
            name = name[:1].upper() + name[1:]
            if stem or (m.group("head2") and _OF_NAMED.match(line, m.end())):
                return name  # "… møde i bestyrelsen for Andelsboligforeningen Lærken": a named board
            bare = bare or name
    if bare and text is not None and bare in {m.group() for m in p["board_bare_name"].finditer(text)}:
        return bare  # "Bestyrelsesmøde" over "Bestyrelsen: Ole Berg, …": the text names its board so
    return None


def _name_words(body: str) -> bool:
    """True when every word of ``body`` may stand in a body's name: capitalised, a linking word,
    or a lower-case part after "og" ("Social- og sundhedsudvalget"); not "Udsat til udvalget"."""
    links = _pats()["link_words"]
    words = body.split()
    for k, word in enumerate(words):
        if word[:1].isupper() or word.lower() in links or word in ("&", ","):
            continue
        if k and words[k - 1].lower() in ("og", "&"):
            continue
        return False
    return True


def item_label_meeting(text: str) -> tuple[Optional[str], Optional[dt.date]]:
    """Body and date of the label "<Body>s møde den <date>:" that stands above the items'
    decisions: the body labelled most often, with its latest date."""
    found: dict[str, list[dt.date]] = collections.defaultdict(list)
    if not _pats()["item_label_cue"].search(text):
        return None, None
    for m in _pats()["item_label"].finditer(text):
        body = m.group("body").strip()
        if not is_body_name(body) or len(body.split()) > 7 or not _name_words(body):
            continue
        dates = dates_in(m.group("date"))
        if not dates:
            continue
        cand = dates[0][0]
        try:
            date = dt.date(cand.year, cand.month, cand.day)
        except (TypeError, ValueError):
            continue
        found[body].append(date)
    if not found:
        return None, None
    body = max(found, key=lambda b: (len(found[b]), max(found[b])))
    if len(found[body]) < 2:
        return None, None
    date = collections.Counter(found[body]).most_common(1)[0][0]
    return body, date


_AGENDA_DATE_CHARS = 30


def agenda_meeting_date(head: str) -> Optional[dt.date]:
    """The date of "Godkendelse af dagsorden for mødet den 9. april 2019": the first such phrase
    with a full date (a table of contents may give it without the year)."""
    for m in _pats()["agenda_date"].finditer(head):
        found = dates_in(head[m.end(): m.end() + _AGENDA_DATE_CHARS])
        if not found or found[0][0].start != 0 or found[0][0].year is None:
            continue
        cand = found[0][0]
        try:
            return dt.date(cand.year, cand.month, cand.day)
        except (TypeError, ValueError):
            continue
    return None


def decided_in_body(text: str) -> Optional[str]:
    """"Sagen afgøres i: <Body>" under every item, all naming the same body."""
    bodies = {m.group("body").strip() for m in _pats()["decided_in"].finditer(text)}
    n = len(_pats()["decided_in"].findall(text))
    if len(bodies) == 1 and n >= 2:
        body = bodies.pop()
        return body if is_body_name(body) and _name_words(body) else None
    return None


def proposal_body(head: str) -> Optional[str]:
    """The one body every proposal of the text is addressed to ("… indstiller til Skovby
    Lokaludvalg, at …"); None when they name several bodies or a joint one ("… til Økonomiudvalget
    og Byrådet")."""
    if "indstiller" not in head:
        return None
    bodies = {m.group("body").strip() for m in _pats()["proposal"].finditer(head)}
    if len(bodies) != 1:
        return None
    body = bodies.pop()
    if not is_body_name(body) or not _name_words(body):
        return None
    joint = _JOINT.split(body)
    return None if len(joint) > 1 and is_body_name(joint[0]) else body


_SUBJECT_MIN = 2


def subject_body(head: str) -> Optional[str]:
    """The one council the minutes' sentences have as their subject at least twice ("Seniorrådet
    ønsker …", "Seniorrådet har besluttet …"), when no other council is such a subject."""
    found = collections.Counter(m.group("body") for m in _pats()["subject_body"].finditer(head))
    if len(found) != 1:
        return None
    body, n = found.most_common(1)[0]
    return body if n >= _SUBJECT_MIN and is_body_name(body) else None


@functools.lru_cache(maxsize=1)
def _own_council() -> re.Pattern[str]:
    heads = "|".join(re.escape(str(h)) for h in phrases()["local_council_heads"])
    return re.compile(rf"\b(?:vores|vort)\s+(?P<head>{heads})\b", re.IGNORECASE)


def own_council_body(head: str) -> Optional[str]:
    """The local council whose minutes the text is, when it speaks of it as its own and names no other
    body ("… kan tilbydes optagelse i vores landsbyråd" → "Landsbyrådet"); None for several kinds."""
    found = {m.group("head").lower() for m in _own_council().finditer(head)}
    return found.pop().capitalize() + "et" if len(found) == 1 else None


_JOINT = re.compile(r"\s+(?:og|&)\s+")


def decision_subject_body(text: str, layout: Layout) -> Optional[str]:
    """The one named body that is the subject of the sentences in the items' own (last) decision
    sections ("Beslutning" / "Borgerrepræsentationen godkendte …"); None when they name several."""
    p = _pats()
    found: set[str] = set()
    for item in layout.items:
        sections = item.decisions
        if not sections:
            continue
        section = sections[-1]
        lines = layout.lines[section.body_start:section.body_end]
        if not lines:
            continue
        chunk = text[lines[0].start:lines[-1].end]
        for m in p["decision_subject"].finditer(chunk):
            body = m.group("body")
            if body.lower() not in p["generic_body"] and is_body_name(body):
                found.add(body)
    return found.pop() if len(found) == 1 else None


def proposal_decider_body(head: str) -> Optional[str]:
    """The one named body the proposals ask to decide ("… indstiller, / at Lokaludvalget godkender
    …"); None when they name several."""
    p = _pats()
    found = {m.group("body") for m in p["proposal_decider"].finditer(head)}
    found = {b for b in found if b.lower() not in p["generic_body"] and is_body_name(b)}
    return found.pop() if len(found) == 1 else None


# --- attendance ----------------------------------------------------------------------------------


def run_on_participants(head: str, found: list[Attendee], absent: list[str]) -> list[Attendee]:
    """Participants from a run-on members list when it holds everyone the line reader found and
    more: "Medlemmer Hanne Berg (habe) A Ole Sørensen (olso) V …" or "Medlemmer: Borgmester -
    Ulla Toft (V), Næstformand - Per Vang (A), …"."""
    for read in (_initials_run, _role_dash_list, _party_run):  # in this order, the first that holds everyone wins
        people = read(head)
        if len(people) < 2:
            continue
        away = set(absent) | set(_absent_initials(head))
        people = [p for p in people if p.name not in away]
        names = {p.name for p in people}
        glued = [p.name for p in found if p.name not in names and _letter_glued(p.name, names | away)]
        if {p.name for p in found} - set(glued) <= names and (len(names) > len(found) or glued):
            return people
    people = [p for p in _run_together(head) if p.name not in set(absent)]
    names = {p.name for p in people}
    if len(people) >= 3 and len(names) > len(found) and all(
            p.name in names or any(re.search(rf"(?<!\S){re.escape(n)}(?!\S)", p.name) for n in names) for p in found):
        return people  # the line reader's entries are these names with roles before them
    return found


def _letter_glued(name: str, names: set[str]) -> bool:
    """A name the line reader read with the party letter of the entry before it glued on ("VMette Lind"
    from "(hjkh) VMette Lind"): the name without its first capital is one of ``names``."""
    return len(name) > 2 and name[0].isupper() and name[1].isupper() and name[1:] in names


_COLONLESS_MIN = 3
_COLONLESS_REACH = 1000
_ENTRY_MAX_WORDS = 4
_NAME_WORD = re.compile(r"[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?|[A-ZÆØÅ]\.")


def _after_org_lead(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words of a list entry after an organisation word that ends the body of the member before,
    run on in a list of "<name>, <body>" pairs ("Eva Holm, Nordby Kommune Bo Dam, …"); all of them
    when none or no name would be left."""
    org_words = name_run_cues()["org_words"]
    cut = max((i for i, w in enumerate(words) if w.group().lower() in org_words), default=-1)
    return words[cut + 1:] if 0 <= cut <= len(words) - 3 else words


def colonless_list(head: str, label: re.Pattern[str]) -> list[Attendee]:
    """The names after the first list label that a flattened page ran on without its colon ("…
    Bestyrelsen Ole Berg, Eva M. Dam og Ib Holm KAB …", "Afbud Eva M. Dam Indholdsfortegnelse"):
    entries split at commas and "og", each two to four name words that open with a known first name
    (any name inside a list that runs on past it); the list ends at the first word that is no name
    word."""
    m = label.search(head)
    if m is None:
        return []
    firsts = _known_first_names()
    stops = _pats()["name_stop"]
    people: list[Attendee] = []
    words: list[re.Match[str]] = []
    base = m.end()
    noted = False  # an entry just closed by its note in parentheses: only a separator may follow
    for tok in re.finditer(r"\([^()\n]{1,60}\)|[^\s,]+|,", head[base: base + _COLONLESS_REACH]):
        word = tok.group()
        if word.startswith("("):  # "Eva Dam (Skovby Kommune), Bo Holm (KMS)": the unit each member is from
            if len(words) < 2 or not (words[0].group() in firsts or len(people) >= 2):
                break
            start, end = base + words[0].start(), base + words[-1].end()
            people.append(Attendee(name=head[start:end], party=None, start=start, end=end))
            words, noted = [], True
            continue
        if noted and word not in (",", "og"):
            break  # "… Bo Holm (KMS) Inviterede gæster …": the list ends after the note
        noted = False
        if words and word.endswith(".") and _NAME_WORD.fullmatch(word[:-1]) and (words[0].group() in firsts or people):
            start, end = base + words[0].start(), base + tok.end() - 1  # "…, Jytte Madsen. Dagsorden": the stop ends it
            people.append(Attendee(name=head[start:end], party=None, start=start, end=end))
            words = []
            break
        if (word in (",", "og") or not _NAME_WORD.fullmatch(word) or word in stops or unit_or_role_word(word)
                or len(_after_org_lead(words)) == _ENTRY_MAX_WORDS):
            if words:
                # "…, Omar Abachri og …", "Eva Holm, Gudi Dam, …": the list runs on
                separated = (word == "," and bool(people)) or (word in (",", "og") and len(people) >= 2)
                words = _after_org_lead(words)  # "…, Assens Kommune Ib Holm, …": the body of the member before
                if len(words) < 2 or not (words[0].group() in firsts or separated):
                    break
                start, end = base + words[0].start(), base + words[-1].end()
                people.append(Attendee(name=head[start:end], party=None, start=start, end=end))
                words = []
            if word in (",", "og"):
                continue
            break
        words.append(tok)
    if words and len(words) >= 2 and words[0].group() in firsts:
        start, end = base + words[0].start(), base + words[-1].end()
        people.append(Attendee(name=head[start:end], party=None, start=start, end=end))
    return people


def run_on_members(head: str) -> list[Attendee]:
    """The longest members list a run-on header gives after a participant label ([] for none)."""
    return max((_initials_run(head), _role_dash_list(head), _run_together(head), _party_run(head)), key=len)


@functools.lru_cache(maxsize=1)
def _known_first_names() -> frozenset[str]:
    from socdoc.extractors.people import first_names

    return frozenset(first_names())


_INITIAL = re.compile(r"^[A-ZÆØÅ]\.$")
_FULL_STOP_END = re.compile(r"[a-zæøåéöü]{2}\.$")  # a word that ends a sentence, no initial or "Chr."


def _run_together(head: str) -> list[Attendee]:
    """Names of a labelled list written without separators between some of them ("Til stede: Bent
    Holm Jensen, Formand Ida Lund, Næstformand Ole Bak Eva Dam Per Krog …"): roles are dropped,
    a known first name after a name of two or more words starts a new name, and the list is
    given up when a name would have more than three words or no first word it can trust. A group
    heading where the list stops ("… Ole Bak Øvrige deltagere: Eva Dam, Domea …") goes on with
    the list when its own names read as cleanly; the unit written after a name and its comma
    ("Eva Dam, Domea Per Krog") is dropped before the next known first name."""
    m = _pats()["labelled_list"].search(head)
    if not m:
        return []
    people, stop = _run_from(head, m.end())
    group = _pats()["group"]
    while people and stop is not None:
        g = group.match(head, stop)
        if g is None:
            break
        more, stop = _run_from(head, g.end())
        if not more:
            break
        people.extend(more)
    return people


@functools.lru_cache(maxsize=1)
def _run_together_words() -> tuple[frozenset[str], frozenset[str]]:
    """The role words and the stop words of :func:`_run_from`, built once (not on every call)."""
    roles = frozenset(str(w) for w in _data()["run_together_role_words"])
    return roles, frozenset(str(w) for w in _data()["run_together_stop_words"]) | _pats()["name_stop"]


def _run_from(head: str, base: int) -> tuple[list[Attendee], Optional[int]]:
    """The names :func:`_run_together` reads from ``base``, and where a stop word ended them (None
    when something else did)."""
    roles, stops = _run_together_words()
    firsts = _known_first_names()
    entries: list[list[re.Match[str]]] = [[]]
    stop: Optional[int] = None
    tokens = list(re.finditer(r"[^\s,]+(,?)", head[base: base + 800]))
    for k, tok in enumerate(tokens):
        word = tok.group(0).rstrip(",")
        bare = word.rstrip(".:")
        if word in stops or bare in stops or (len(bare) > 2 and bare.isupper() and bare.capitalize() in stops):
            stop = base + tok.start()  # also a stop word in capitals ("Bo Dam AFBUD")
            break
        if word.lower() in roles and not entries[-1]:
            continue
        if (not entries[-1] and len(entries) > 1 and word[:1].isupper() and not tok.group(1)
                and word not in firsts and k + 1 < len(tokens) and tokens[k + 1].group(0).rstrip(",") in firsts):
            continue  # "Eva Dam, Domea Per Krog": the unit the name before stands for
        if not (word[:1].isupper() or _INITIAL.match(word)) or word.lower() in roles:
            break
        if len(entries[-1]) >= 2 and word in firsts and not _INITIAL.match(entries[-1][-1].group(0)):
            entries.append([])
        entries[-1].append(tok)
        if _FULL_STOP_END.search(word):
            break  # "… Grethe Holm. Gæster: …": the stop ends the list
        if tok.group(1):
            entries.append([])
    people: list[Attendee] = []
    for entry in entries:
        if not entry:
            continue
        words = [t.group(0).rstrip(",") for t in entry]
        if not 2 <= len(words) <= 3 + sum(bool(_INITIAL.match(w)) for w in words) or words[0] not in firsts:
            return [], None
        start, end = base + entry[0].start(), base + entry[-1].start() + len(words[-1])
        end -= bool(_FULL_STOP_END.search(words[-1]))
        people.append(Attendee(name=head[start:end], party=None, start=start, end=end))
    return people, stop


@functools.lru_cache(maxsize=4)  # the head of the document at hand: asked by refine_meeting and by each run-on list
def _absent_initials(head: str) -> tuple[str, ...]:
    """The names of the run "Name (initials) P" after an absence label (see :func:`_initials_run`)."""
    return tuple(p.name for p in _initials_run(head, _pats()["absent_label"]))


def _initials_run(head: str, labels: Optional[re.Pattern[str]] = None) -> list[Attendee]:
    """Consecutive entries "Name (initials) P" right after a participant label (or ``labels``)."""
    entry = _pats()["entry"]
    best: list[Attendee] = []
    if labels is None:
        parts = _pats()["list_label_parts"]
    elif labels is _pats()["absent_label"]:
        parts = _pats()["absent_label_parts"]
    else:
        parts = None
    if not may_match(parts, head.lower()):
        return best  # no label's word in the text
    for label in (labels or _pats()["list_label"]).finditer(head):
        run: list[Attendee] = []
        pos = label.end()
        while True:
            m = entry.match(head, pos)
            if not m or len(m.group("name").split()) > 5 or _pats()["any_list_label"].match(m.group("name")):
                break
            if m.group("upper") and not _capital_initials(m):
                break
            pos = m.end()
            note = _PAREN_NOTE.match(head, pos)  # "Jan Berg (jab) Ø (Orlov)", "(Stedfortræder for …)"
            if note and not _NOTE_NAME_START.match(head, note.end()):
                note = None  # no next entry after the note: the list ends here, note or not
            if note:
                pos = note.end()
            if not (note and _INLINE_ABSENT().search(note.group())):
                run.append(Attendee(name=m.group("name"), party=m.group("party"),
                                    start=m.start("name"), end=m.end("name")))
            sep = _ENTRY_SEP.match(head, pos)  # "Fraværende Bo Dam (bod) V, Per Bak (peba) A": commas too
            pos = sep.end()
        if len(run) > len(best):
            best = run
    return best


def _capital_initials(entry: re.Match[str]) -> bool:
    """An entry's initials in capitals are a member's ("Niels Ulrich Hermansen (NUH) V") only with a party
    letter after them and the name's first letter first: "Eva Holm (KL)" names a unit, not her initials."""
    return bool(entry.group("party")) and entry.group("upper")[0] == entry.group("name")[0]


# a note in parentheses after an entry "Name (initials) P" of a run-on members list, the next entry after it
_PAREN_NOTE = re.compile(r"\s*\((?=[A-ZÆØÅa-zæøå])[^()]{2,80}\)")
_NOTE_NAME_START = re.compile(r"\s*,?\s*[A-ZÆØÅ][\w'\-]+\s+[A-ZÆØÅ]")
_INLINE_ABSENT = functools.lru_cache(maxsize=1)(lambda: re.compile(phrases()["inline_absent_regex"], re.IGNORECASE))
_ENTRY_SEP = re.compile(r"\s*(?:(?:,|\bog\b)\s*)?")
_NAME = re.compile(r"[A-ZÆØÅ][\w'\-]+(?:\s+(?:[A-ZÆØÅ][\w'\-]*\.?|von|van|de))+")
_PARTY_PAREN = re.compile(r"\s*\((?P<party>[A-ZÆØÅ]{1,2})\)")
_SEPARATOR = re.compile(r"\s*(?:,|\bog\b)\s*")


def _role_dash_list(head: str) -> list[Attendee]:
    """A comma list after a participant label whose entries may carry a role with a dash:
    "Medlemmer: Borgmester - Ulla Toft (V), Næstformand - Per Vang (A), Karen Bjerre (A) 1. …"."""
    p = _pats()
    m = _pats()["labelled_list"].search(head)
    if not m:
        return []
    pos = m.end()
    people: list[Attendee] = []
    dashed = False
    while pos < len(head):
        role = p["role_dash"].match(head, pos)
        if role:
            dashed = True
            pos = role.end()
        name = _NAME.match(head, pos)
        if not name:
            break
        end = _name_end(head, name.start(), name.end())
        if end - name.start() < 3 or " " not in head[name.start():end]:
            break
        stop = bool(_FULL_STOP_END.search(head[name.start():end]))
        end -= stop  # "… Grethe Holm. Gæster: …": the sentence's stop is no part of the name
        party = _PARTY_PAREN.match(head, end)
        people.append(Attendee(name=head[name.start():end], party=party.group("party") if party else None,
                               start=name.start(), end=end))
        if stop:
            break
        pos = party.end() if party else end
        if end < name.end():
            break  # the list ran on into the next header words
        sep = _SEPARATOR.match(head, pos)
        if not sep or sep.end() == pos:
            break
        pos = sep.end()
    if not dashed and any(len([w for w in p.name.split() if not _INITIAL.match(w)]) > 3 for p in people):
        return []  # names run together: :func:`_run_together` splits them
    return people if dashed or len(people) >= 3 else []




# an entry of a members list with its party letter, perhaps with a role and a dash before it ("Formand -
# Eva Holm (V)"), the last name word perhaps written in lower case ("Kim dam (A)")
_LETTER_ENTRY = re.compile(
    r"(?:(?:\d\.\s*)?[A-ZÆØÅa-zæøå][\w\-]*\s+[-–]\s+)?"
    r"(?P<name>[A-ZÆØÅ][\w'\-]+(?:\s+[A-ZÆØÅ][\w'\-]*\.?){0,3}(?:\s+[a-zæøå][\w'\-]+)?)\s*\((?P<party>[A-ZÆØÅ]{1,2})\)")
_PARTY_LETTER = re.compile(r"\((?:[A-ZÆØÅ]{1,2})\)")  # the end of an entry of _LETTER_ENTRY
_LETTER_SEP = re.compile(r"\s*(?:,|\bog\b)\s*")
_LETTER_LIST_MIN = 5


def unlabelled_letter_list(head: str) -> list[Attendee]:
    """The longest comma list of members with their party letters whose label was lost ("… kl. 19:55.
    mer: Formand - Eva Holm (D), Bo Dam (V), Kim Lund (A), …"): five or more entries "Name (P)" in a
    row, each with two to five name words and a party letter, nearly all of them known letters."""
    from socdoc.extractors.minutes_layout import party_letter

    best: list[Attendee] = []
    pos = 0
    # every entry ends with its letter in brackets: no search past the last "(P)" (the scan backtracks at each word)
    while _PARTY_LETTER.search(head, pos) is not None and (m := _LETTER_ENTRY.search(head, pos)) is not None:
        run: list[Attendee] = []
        at = m.start()
        while (e := _LETTER_ENTRY.match(head, at)) is not None:
            name = e.group("name")
            if not 2 <= len(name.split()) <= 5 or _pats()["any_list_label"].match(name):
                break
            run.append(Attendee(name=name, party=e.group("party"), start=e.start("name"), end=e.end("name")))
            sep = _LETTER_SEP.match(head, e.end())
            if not sep or sep.end() == e.end():
                break
            at = sep.end()
        known = sum(1 for p in run if party_letter(p.party))  # a local list's own letters ("UP") may stand between
        inside = head[:m.start()].rstrip().endswith("(")  # "For: 20 (Eva Holm (A), …)": a count's names, no list
        if not inside and known >= _LETTER_LIST_MIN and known >= 0.8 * len(run) and len(run) > len(best):
            best = run
        pos = max(m.end(), run[-1].end if run else m.end())
    return best


_PARTY_ENTRY = re.compile(
    r"(?P<name>[A-ZÆØÅÄÖÜÉ][\w'\-]+(?:\s+(?:[A-ZÆØÅÄÖÜÉ][\w'\-]+|[A-ZÆØÅ]\.)){1,3})\s*(?:\([a-zæøå][^()]{0,30}\)\s*)?"
    r"\((?P<party>[A-ZÆØÅ]{1,2}|[A-ZÆØÅ][a-zæøå]{3,20})\)")
_ENTRY_NOTE = re.compile(r"\s*(?:(?:[a-zæøå][\w.]*|\d{1,3}\.?)(?:\s+|$))*")  # "deltog fra sag nr. 4"
_PARTY_RUN_MIN = 3


@functools.lru_cache(maxsize=1)
def _independents() -> frozenset[str]:
    """Words in brackets after a member's name that say the member sits for no party ("(Løsgænger)")."""
    return frozenset(read_yaml("minutes_families.yaml")["independent_member_words"])


def _party_run(head: str) -> list[Attendee]:
    """Entries "Name (P)" after a participant label on a flattened line, perhaps with a role in
    brackets and a note in lower case after an entry ("Medlemmer: Eva Holm (formand) (F) Bo Dam (A)
    deltog fra sag nr. 4 Ida Lund (V) …"): every entry has its party letter."""
    from socdoc.extractors.minutes_layout import party_letter

    best: list[Attendee] = []
    for label in _pats()["labelled_list"].finditer(head):
        run: list[Attendee] = []
        pos = label.end()
        while (m := _PARTY_ENTRY.match(head, pos)) is not None and (
                party_letter(m.group("party")) or m.group("party") in _independents()):
            if _pats()["any_list_label"].match(m.group("name")):
                break
            party = None if m.group("party") in _independents() else m.group("party")  # "(Løsgænger)": no party
            run.append(Attendee(name=m.group("name"), party=party, start=m.start("name"), end=m.end("name")))
            pos = _ENTRY_NOTE.match(head, m.end()).end()
        if len(run) > len(best):
            best = run
    return best if len(best) >= _PARTY_RUN_MIN else []


def _name_end(head: str, start: int, end: int) -> int:
    """Where a name ends when header words ran on after it ("Dorte Hald Mødet hævet …")."""
    pos = start
    for word in re.finditer(r"\S+", head[start:end]):
        if word.group(0).strip(".:,") in _pats()["name_stop"] and word.start() > 0:
            return start + word.start() - 1 if head[start + word.start() - 1].isspace() else start + word.start()
        pos = start + word.end()
    return pos
