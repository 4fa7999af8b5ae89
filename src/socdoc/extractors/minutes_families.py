"""Meeting header and attendance in layout families the line reader of :mod:`minutes` does not
cover, applied after it to fill gaps and clean values.

- Prose: "Mødet blev holdt tirsdag den 18. juni 2013 på Rådhuset i Mødelokale C. Mødet begyndte
  kl. 07.30 …" gives the date, the place and the start.
- Upper-case titles: "KOMMUNALBESTYRELSEN FOR X KOMMUNE REFERAT FRA MØDE NR. 26 TORSDAG DEN …"
  and running page headers "ØKONOMIUDVALGET 14. APRIL 2016" give the body, in normal case.
- Run-on PDF transcripts: a place run on into the attendance list is cut at the list's label;
  member entries "Hanne Berg (habe) A" and role-dash comma lists ("Borgmester - Erik Lund (C), …")
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
import re
from importlib import resources
from typing import Any, Optional

import yaml

from socdoc.extractors.minutes_layout import Layout, dates_in, is_body_name, phrases
from socdoc.records import Attendee, Meeting

_HEAD_CHARS = 6000  # prose and run-on headers stand in the first part of the text
_HEAD_LINES = 15
_SENTENCE_END = re.compile(r"\.(?=\s+[A-ZÆØÅ])|\n|$")
_KL_TIME = re.compile(r"\bkl\.?\s*([01]?\d|2[0-3])(?:[.:]([0-5]\d))?(?![\d]|[.:]\d)", re.IGNORECASE)
_UPPER_RUN = re.compile(r"[A-ZÆØÅÉ]")
_PLACE_MAX_CHARS = 90
_PLACE_MAX_WORDS = 12


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("socdoc.lang.da").joinpath("minutes_families.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@functools.lru_cache(maxsize=1)
def _pats() -> dict[str, Any]:
    d = _data()
    i = re.IGNORECASE
    run_on = "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in d["place_run_on_labels"])
    return {
        "held": re.compile(d["held_sentence_regex"]),
        "place_start": re.compile(d["held_place_start_regex"]),
        "place_end": re.compile(d["held_place_end_regex"], i),
        "started": re.compile(d["started_regex"], i),
        "upper_prefix": re.compile(d["upper_title_prefix_regex"]),
        "upper_end": re.compile(d["upper_title_body_end_regex"]),
        "body_prefix": re.compile(d["body_prefix_regex"], i),
        "stamp": re.compile(d["not_body_stamp_regex"], i),
        "council": re.compile(d["council_of_municipality_regex"], i),
        "board": re.compile(d["board_meeting_regex"], i),
        "item_label": re.compile(d["item_meeting_label_regex"], re.MULTILINE),
        "decided_in": re.compile(d["decided_in_regex"], i | re.MULTILINE),
        "note": re.compile(d["place_note_regex"], i),
        "run_on": re.compile(rf"\s(?:{run_on})(?=\s*:|\s+[A-ZÆØÅ]|\s*$)"),
        "entry": re.compile(d["initials_entry_regex"]),
        "role_dash": re.compile(d["role_dash_regex"]),
        "lower": frozenset(str(w) for w in d["lower_words"]),
    }


# --- entry point ---------------------------------------------------------------------------------


def refine_meeting(meeting: Meeting, text: str, layout: Layout) -> Meeting:
    """``meeting`` with leaked prefixes and stamps cleaned away and its gaps filled from the
    families this module reads."""
    head = text[:_HEAD_CHARS]
    header = [line.clean for line in layout.lines[:60] if line.clean and not line.noise][:_HEAD_LINES]
    body = clean_body(meeting.body, text)
    item_body, item_date = item_label_meeting(text)
    running_body, running_date = running_header(text)
    if body is None:
        body = (upper_title_body(header) or board_body(header) or run_on_title_body(header[:3])
                or running_body or item_body or decided_in_body(text))
    held = held_sentence(head)
    date = meeting.date or (held.get("date") if held else None) or item_date or running_date
    time = meeting.time or (held.get("time") if held else None) or started_time(head)
    location = clean_location(meeting.location)
    if location is None and held:
        location = held.get("location")
    if location is None:
        location = run_on_place(head) or upper_title_place(header) or title_place(header)
    date = date or date_line(header)
    absent = list(meeting.absent)
    absent.extend(p.name for p in _initials_run(head, _BARE_ABSENT_LABEL) if p.name not in absent)
    participants = run_on_participants(head, meeting.participants, absent)
    return meeting.model_copy(update={"body": body, "date": date, "time": time, "location": location,
                                      "participants": participants, "absent": absent})


def date_line(header: list[str]) -> Optional[dt.date]:
    """A header line that is a date and nothing else ("15. MAJ 2012", "Onsdag den 3. maj 2017")."""
    for line in header:
        found = dates_in(line)
        if not found or len(line) > 40:
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
            body = rest
    meeting = _GENITIVE_MEETING.search(body)  # "Udvalget for Børn og Læring's møde"
    if meeting and is_body_name(body[: meeting.start()]):
        body = body[: meeting.start()]
    body = normal_case(body)
    council = p["council"].match(body)
    if council:
        body = council.group("body")
        body = body[:1].upper() + body[1:]
    return body


_GENITIVE_MEETING = re.compile(r"'?s\s+(?:ordinære\s+|ekstraordinære\s+)?møde\b.*$")
_BARE_LABEL = re.compile(r"^[A-ZÆØÅa-zæøå][\w\-]*(?:\s+[a-zæøå]+)?\s*:$")


def clean_location(location: Optional[str]) -> Optional[str]:
    """The place without a leading "på", a note or the attendance list run on after it."""
    if not location:
        return location
    p = _pats()
    if _BARE_LABEL.match(location.strip()):
        return None  # an empty value followed by the next label ("Mødested: Mødedato:")
    note = p["note"].search(location)
    if note:
        location = location[: note.start()].strip(" ,.;")
    cut = p["run_on"].search(location)
    if cut:
        location = location[: cut.start()].strip(" ,.;")
    location = re.sub(r"^(?:på|PÅ|i|I)\s+(?=[A-ZÆØÅ0-9])", "", location)
    if p["held"].match(location):
        return _held_place(location[p["held"].match(location).end():])  # "Mødet blev holdt på …"
    tail = p["place_end"].search(location)  # "Rådhuset, den 4. marts 2010 kl. 15": the place alone
    if tail and tail.start() > 0:
        location = location[: tail.start()].strip(" ,.;")
    location = normal_case(location)
    return location or None


def _place_shape(value: str) -> bool:
    return 0 < len(value) <= _PLACE_MAX_CHARS and len(value.split()) <= _PLACE_MAX_WORDS


# --- prose ---------------------------------------------------------------------------------------


def held_sentence(head: str) -> Optional[dict[str, Any]]:
    """Date, place and time of the first "Mødet blev holdt … på …" sentence."""
    p = _pats()
    m = p["held"].search(head)
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


def _held_place(sentence: str) -> Optional[str]:
    p = _pats()
    for start in p["place_start"].finditer(sentence):
        rest = sentence[start.end():]
        stop = p["place_end"].search(rest)
        place = rest[: stop.start()] if stop else rest
        place = place.strip(" ,.;")
        if not place or dates_in(place[:12]) or not _place_shape(place):
            continue
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
        line = _PAGE_PREFIX.sub("", line)  # page number of a PDF transcript
        if not _upper_line(line):
            continue
        pre = p["upper_prefix"].match(line)
        rest = line[pre.end():] if pre else line
        end = p["upper_end"].search(rest)
        cand = rest[: end.start()].strip(" ,.:-–") if end else ""
        if not cand or len(cand.split()) > 7:
            continue
        name = normal_case(cand)
        if is_body_name(name) and "kommune" not in name.lower():
            return name
    return None


_PAGE_PREFIX = re.compile(r"^(?:\d{1,3}\s+)?(?:Side\s+\d{1,3}(?:\s+(?:af|/)\s+\d{1,3})?\s+)?")
_UPPER_PLACE = re.compile(r"(?:\bKL\.?\s*\d{1,2}(?:[.:]\d{2})?|\b\d{4})[\s,]+PÅ\s+(?P<loc>[A-ZÆØÅ0-9][A-ZÆØÅ0-9 ,.\-]*?)"
                          r"(?=\s+(?:\d{1,3}\.\s|[A-ZÆØÅa-zæøå]*[a-zæøå])|\s*$)")


def _upper_line(line: str) -> bool:
    letters = [c for c in line[:80] if c.isalpha()]
    return len(letters) >= 6 and not any(c.islower() for c in letters)


_TITLE_TIME = re.compile(r"\b(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?,?(?=\s+(?:på|i)\s)",
                         re.IGNORECASE)


def title_place(header: list[str]) -> Optional[str]:
    """The place after the time of a dated title line ("Referat af bestyrelsesmøde den 3. juni 2013
    kl. 17 på Strandkroen, Vesterhavsvej 4.")."""
    for line in header:
        m = _TITLE_TIME.search(line)
        if m and dates_in(line[: m.start()]):
            place = _held_place(line[m.end():])
            if place:
                return place
    return None


def upper_title_place(header: list[str]) -> Optional[str]:
    """The place after the date or time of an upper-case title ("… KL. 17.00 PÅ X RÅDHUS, BYRÅDSSALEN")."""
    for line in header:
        line = _PAGE_PREFIX.sub("", line)
        if not _upper_line(line):
            continue
        m = _UPPER_PLACE.search(line)
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
        if len(lines) < 2 or not is_body_name(name) or len(name.split()) > 6:
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


_RUN_ON_TITLE = re.compile(
    r"^(?:\d{1,3}\s+)?(?:[A-ZÆØÅ][\w\-]*\s+(?:KOMMUNE|Kommune)\s+)?(?:Referat|REFERAT|Dagsorden|DAGSORDEN|Beslutningsprotokol)"
    r"(?:\s+(?:for|fra|af|til))?\s+(?P<rest>\S.{2,150})")
_TITLE_STOP = re.compile(r"^(?:[\w.\-]*:|Møde|Mødet|Mødedato|Dato|Dannet|Tid|Sted|Mødested|Side|Medlemmer|Deltagere|"
                         r"Kl\.?|kl\.?|den|Den|\d.*|(?:[MmTtOoFfLlSs]\w+dag))$")
_LINK_WORDS = frozenset({"for", "og", "i", "vedr.", "vedrørende", "om", "af", "-", "–"})


def run_on_title_body(lines: list[str]) -> Optional[str]:
    """The body in the title of a run-on transcript line ("1 Referat Social- og Sundhedsudvalget
    Møde nr.: 6/2018 Mødedato: …"): the longest run of words before a header word that names a body."""
    for line in lines:
        m = _RUN_ON_TITLE.match(_PAGE_PREFIX.sub("", line))
        if not m:
            continue
        words = m.group("rest").split()
        stop = next((k for k, w in enumerate(words) if _TITLE_STOP.match(w)), len(words))
        for k in range(min(stop, 8), 0, -1):
            phrase = " ".join(words[:k])
            if words[k - 1].lower() in _LINK_WORDS:
                continue
            if is_body_name(normal_case(phrase)) and "kommune" not in phrase.lower():
                return normal_case(phrase)
    return None


_RUN_ON_PLACE = re.compile(r"\b(?:Mødested|Mødelokale|Sted|Lokale|Lokation)[ \t]*:[ \t]*(?P<value>[^\n]{2,200})")
_ITEM_START = re.compile(r"^\d{1,3}\.?\s+[A-ZÆØÅ]")
_NEXT_LABEL = re.compile(r"\s(?:[A-ZÆØÅ][\w\-]+(?:\s+[a-zæøå]+)?\s*:(?=\s|$))")


def run_on_place(head: str) -> Optional[str]:
    """A labelled place in a run-on line that ends at the next label or the attendance list."""
    p = _pats()
    for m in _RUN_ON_PLACE.finditer(head):
        value = m.group("value")
        for pattern in (_NEXT_LABEL, p["run_on"], p["note"]):
            cut = pattern.search(value)
            if cut:
                value = value[: cut.start()]
        value = value.strip(" ,.;|")
        if (value and _place_shape(value) and not dates_in(value) and not _KL_TIME.search(value)
                and not _ITEM_START.match(value)):
            return normal_case(value)
    return None


def board_body(header: list[str]) -> Optional[str]:
    """"Referat af organisationsbestyrelsesmøde" → "Organisationsbestyrelsen"."""
    p = _pats()
    bodies = _data()["board_bodies"]
    for line in header:
        m = p["board"].search(line)
        if m:
            head = m.group("head") or m.group("head2")
            name = (m.group("stem") or m.group("stem2") or "").lower() + bodies[head.lower()]
            return name[:1].upper() + name[1:]
    return None


def item_label_meeting(text: str) -> tuple[Optional[str], Optional[dt.date]]:
    """Body and date of the label "<Body>s møde den <date>:" that stands above the items'
    decisions: the body labelled most often, with its latest date."""
    found: dict[str, list[dt.date]] = collections.defaultdict(list)
    for m in _pats()["item_label"].finditer(text):
        body = m.group("body").strip()
        if not is_body_name(body) or len(body.split()) > 7:
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


def decided_in_body(text: str) -> Optional[str]:
    """"Sagen afgøres i: <Body>" under every item, all naming the same body."""
    bodies = {m.group("body").strip() for m in _pats()["decided_in"].finditer(text)}
    n = len(_pats()["decided_in"].findall(text))
    if len(bodies) == 1 and n >= 2:
        body = bodies.pop()
        return body if is_body_name(body) else None
    return None


# --- attendance ----------------------------------------------------------------------------------


def run_on_participants(head: str, found: list[Attendee], absent: list[str]) -> list[Attendee]:
    """Participants from a run-on members list when it holds everyone the line reader found and
    more: "Medlemmer Hanne Berg (habe) A Ole Sørensen (olso) V …" or "Medlemmer: Borgmester -
    Erik Lund (C), Næstformand - John Køhler (V), …"."""
    for people in (_initials_run(head), _role_dash_list(head)):
        if len(people) < 2:
            continue
        away = set(absent) | {p.name for p in _initials_run(head, _BARE_ABSENT_LABEL)}
        people = [p for p in people if p.name not in away]
        names = {p.name for p in people}
        if {p.name for p in found} <= names and len(names) > len(found):
            return people
    return found


def _initials_run(head: str, labels: Optional[re.Pattern[str]] = None) -> list[Attendee]:
    """Consecutive entries "Name (initials) P" right after a participant label (or ``labels``)."""
    entry = _pats()["entry"]
    best: list[Attendee] = []
    for label in (labels or _BARE_LIST_LABEL).finditer(head):
        run: list[Attendee] = []
        pos = label.end()
        while True:
            m = entry.match(head, pos)
            if not m or len(m.group("name").split()) > 5 or _LIST_LABEL.match(m.group("name")):
                break
            run.append(Attendee(name=m.group("name"), party=m.group("party"),
                                start=m.start("name"), end=m.end("name")))
            pos = m.end()
            while pos < len(head) and head[pos].isspace():
                pos += 1
        if len(run) > len(best):
            best = run
    return best


_BARE_LIST_LABEL = re.compile(r"\b(?:Medlemmer|Deltagere|Mødedeltagere|Til stede|Tilstede|Udvalgsmedlemmer)\s*:?\s+")
_BARE_ABSENT_LABEL = re.compile(r"\b(?:Fraværende|Afbud|Fravær|Ikke til stede)\s*:?\s+")
_LIST_LABEL = re.compile(r"(?:Medlemmer|Deltagere|Mødedeltagere|Til|Tilstede|Udvalgsmedlemmer|Fraværende|Afbud|Fravær|"
                         r"Ikke|Bemærkninger|Stedfortrædere|Suppleanter)\b")
_LABELLED_LIST = re.compile(r"\b(?:Medlemmer|Deltagere|Mødedeltagere|Til stede|Tilstede)\s*:\s*")
_NAME = re.compile(r"[A-ZÆØÅ][\w'\-]+(?:\s+(?:[A-ZÆØÅ][\w'\-]*\.?|von|van|de))+")
_PARTY_PAREN = re.compile(r"\s*\((?P<party>[A-ZÆØÅ]{1,2})\)")
_SEPARATOR = re.compile(r"\s*(?:,|\bog\b)\s*")


def _role_dash_list(head: str) -> list[Attendee]:
    """A comma list after a participant label whose entries may carry a role with a dash:
    "Medlemmer: Borgmester - Erik Lund (C), Næstformand - John Køhler (V), Karen Bjerre (A) 1. …"."""
    p = _pats()
    m = _LABELLED_LIST.search(head)
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
        party = _PARTY_PAREN.match(head, name.end())
        people.append(Attendee(name=name.group(0), party=party.group("party") if party else None,
                               start=name.start(), end=name.end()))
        pos = party.end() if party else name.end()
        sep = _SEPARATOR.match(head, pos)
        if not sep or sep.end() == pos:
            break
        pos = sep.end()
    return people if dashed else []
