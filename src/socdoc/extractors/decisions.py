"""Decisions of agenda items: wording, outcome, postponement date and votes.

The outcome is read sentence by sentence from the decision wording with the phrases in
``lang/da/minutes.yaml``: the first sentence that states an outcome decides it; within a sentence
the earliest phrase wins, a weak outcome (drøftet, taget til efterretning) gives way to a strong
one, and a negation ("Ikke godkendt", "imødekommes ikke") is checked before its positive form.
"""

from __future__ import annotations

import datetime as dt
import functools
from socdoc import lazy_re as re
from dataclasses import dataclass, field
from typing import Any, Optional

from socdoc.extractors.dates import find_dates
from socdoc.extractors.minutes_layout import (
    _opens_with_outcome,
    Attendance,
    absence_label_in,
    ItemHead,
    Line,
    Section,
    attendance_at,
    heading_kind,
    is_body_name,
    is_stop_line,
    parse_people,
    page_item_at,
    patterns as layout_patterns,
    phrases,
)
from socdoc.extractors.prefilter import may_match, required_parts
from socdoc.records import Vote

# a sentence's end: a stop and a space before a capital, a line break, or a stop glued to the next sentence's
# capitalised word as flattened pages write it ("… vi skal bruge.Provstiudvalget godkendte …")
_SENTENCE_END = r"(?<=[.!?])\s+(?=[A-ZÆØÅ])|\n+"
_SENTENCE = re.compile(_SENTENCE_END)
_SENTENCE_OR_GLUED = re.compile(_SENTENCE_END + r"|(?<=[a-zæøå]{2}[.!?])(?=[A-ZÆØÅ][a-zæøå]{2})")
_GLUED_GATE = re.compile(r"[.!?][A-ZÆØÅ]")  # texts without such a glue keep the cheaper scan
_PARTY_TOKEN = re.compile(r"(?<![\wæøåÆØÅ])([A-ZÆØÅ]{1,2})(?![\wæøåÆØÅ])")
_SIGNATURE = re.compile(r"^[A-ZÆØÅ][\wæøå\-]+(?:\s+(?:[A-ZÆØÅ][\wæøå\-]*\.?))+$")
_COUNT_BEFORE = re.compile(r"(\d+)\s*$")
_COUNT = re.compile(r"(?<![\d.,])(\d{1,3})(?![\d.,]\d)")
@functools.lru_cache(maxsize=1)
def _page_end_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A flattened page's number after its last sentence ("… Godkendt. 2", "… Godkendt. Side 3 af 31"), and its
    footer: the body, the meeting's date and the page number ("… blev valgt. Teknisk Udvalg, 4. maj 2015 Side 3")."""
    p = phrases()
    words = "|".join(re.escape(str(w)) for w in p["page_furniture_number_words"])
    links = "|".join(re.escape(str(w)) for w in p["page_count_links"])
    number = rf"(?:(?i:{words})\s+)?\d{{1,4}}(?:\s+(?:{links})\s+\d{{1,4}})?"
    return (re.compile(rf"(?<=[.!?])\.?\s+{number}$"),
            re.compile(r"(?<=[.!?])\s+(?P<body>[A-ZÆØÅ][\w\-]*(?:\s+[\w\-]+){0,5}?),?\s+(?:den\s+)?"
                       r"(?:\d{1,2}\.\s*[a-zæøå]+\s+\d{4}|\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4})"
                       rf"(?:\s+{number})?\s*$"))


def page_footer_start(clean: str, start: int, end: int) -> Optional[int]:
    """Where a flattened page's number or footer begins after the last sentence of ``clean[start:end]``, if any."""
    number_end, footer_end = _page_end_patterns()
    footer = footer_end.search(clean, start, end)
    if footer is not None and is_body_name(footer.group("body")):  # "… Udvalget, 4. maj 2015 Side 3"
        return footer.start()
    page = number_end.search(clean, start, end)  # "… Godkendt. 2": a PDF page's number
    return page.start() if page is not None else None
_SENTENCE_END = re.compile(r"\.(?:\s|$)(?![^()]*\))|\n")


@functools.lru_cache(maxsize=1)
def _outcome_patterns() -> dict[str, Any]:
    p = phrases()
    order = list(p["outcomes"])
    return {
        "order": order,
        "outcomes": {k: re.compile("|".join(f"(?:{x})" for x in v), re.IGNORECASE) for k, v in p["outcomes"].items()},
        # per outcome, strings one of which a sentence's lower() holds wherever the outcome matches
        "outcome_parts": {k: required_parts("|".join(f"(?:{x})" for x in v), re.IGNORECASE) for k, v in p["outcomes"].items()},
        "weak": set(p["weak_outcomes"]),
        "concluding": list(p["concluding_weak_outcomes"]),
        "dominant": set(p["dominant_outcomes"]),
        "superseding": set(p["superseding_outcomes"]),
        "not_superseding": re.compile("|".join(f"(?:{x})" for x in p["not_superseding_regex"]), re.IGNORECASE),
        "other": re.compile("|".join(f"(?:{x})" for x in p["other_regex"]), re.IGNORECASE),
        "reported": re.compile("|".join(f"(?:{x})" for x in p["reported_regex"]), re.IGNORECASE),
        "relative_state": re.compile(p["relative_state_clause_regex"], re.IGNORECASE),
        "withdrawn": re.compile("|".join(f"(?:{x})" for x in p["withdrawn_regex"]), re.IGNORECASE),
        "withdrawn_other": re.compile(p["withdrawn_other_item_regex"], re.IGNORECASE),
        "other_item_line": re.compile(p["other_item_line_regex"], re.IGNORECASE),
        "agenda_title": re.compile(p["agenda_item_title_regex"], re.IGNORECASE),
        "agenda_sentence": re.compile(p["agenda_sentence_regex"], re.IGNORECASE),
        "discussion_title": re.compile(p["discussion_item_title_regex"], re.IGNORECASE),
        "decided_verb": re.compile(p["decided_verb_regex"], re.IGNORECASE),
        "approval_title": re.compile(p["approval_item_title_regex"], re.IGNORECASE),
        "no_remarks": re.compile(p["no_remarks_regex"], re.IGNORECASE),
        "note": re.compile("|".join(f"(?:{x})" for x in p["decision_note_line_regex"])),
        "history": re.compile("|".join(f"(?:{x})" for x in p["decision_history_sentence_regex"]), re.IGNORECASE),
        "relative": re.compile(p["postponed_relative_regex"], re.IGNORECASE),
        "for": re.compile(p["vote_for_regex"], re.IGNORECASE | re.MULTILINE),
        "against": re.compile(p["vote_against_regex"], re.IGNORECASE | re.MULTILINE),
        "abstained": re.compile(p["vote_abstain_regex"], re.IGNORECASE | re.MULTILINE),
        "count_votes": re.compile(p["vote_count_votes_regex"], re.IGNORECASE),
        # strings one of which a text's lower() holds wherever the vote pattern matches
        "vote_parts": {
            kind: required_parts(p[f"vote_{key}_regex"], re.IGNORECASE | re.MULTILINE)
            for kind, key in (("for", "for"), ("against", "against"), ("abstained", "abstain"))
        },
        "count_votes_parts": required_parts(p["vote_count_votes_regex"], re.IGNORECASE),
        "vote_label": re.compile(p["vote_label_line_regex"], re.IGNORECASE),
        "filler": {str(w).lower() for w in p["vote_filler_words"]},
    }


@functools.lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(str(w).lower() for w in phrases()["sentence_abbreviations"])


def _abbreviation_end(text: str, end: int) -> bool:
    """True when the word that ends at ``end`` is an abbreviation with its stop ("jf.", "bl.a.")."""
    start = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end), text.rfind("(", 0, end)) + 1
    return text[start:end].lower() in _abbreviations()


def sentences(text: str) -> list[tuple[int, str]]:
    """Sentences with their offsets."""
    return list(_sentences(text)) if len(text) <= _CACHED_TEXT_CHARS else _split_sentences(text)


_CACHED_TEXT_CHARS = 600


@functools.lru_cache(maxsize=2048)  # the readers ask for the sentences of the same lines and wordings again
def _sentences(text: str) -> tuple[tuple[int, str], ...]:
    return tuple(_split_sentences(text))


def _split_sentences(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for m in (_SENTENCE_OR_GLUED if _GLUED_GATE.search(text) else _SENTENCE).finditer(text):
        if "\n" not in m.group() and _abbreviation_end(text, m.start()):
            continue  # "… jf. Styrelsesloven …": the abbreviation's stop ends no sentence
        if text[pos : m.start()].strip():
            out.append((pos, text[pos : m.start()]))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, text[pos:]))
    return out


@functools.lru_cache(maxsize=4096)
def _sentence_outcome(sentence: str) -> Optional[tuple[str, int]]:
    """The outcome a sentence states and where; what follows reported speech does not count, and
    a referral beats a weak outcome ("Drøftede forslagene og oversender dem til …"). Kept per
    sentence: the readers of a decision ask it of the same sentences several times."""
    pats = _outcome_patterns()
    reported = pats["reported"].search(sentence)
    if reported:
        sentence = sentence[: reported.start()]
    sentence = pats["relative_state"].sub(lambda m: " " * len(m.group()), sentence)  # "…, der er bevilget orlov"
    withdrawn = pats["withdrawn"].search(sentence)
    if withdrawn and not pats["withdrawn_other"].search(sentence):  # "…, idet punkt 3 tages af dagsordenen": another item
        return "other", withdrawn.start()
    found: list[tuple[int, int, str]] = []
    low = sentence.lower()
    for rank, name in enumerate(pats["order"]):
        if not may_match(pats["outcome_parts"][name], low):
            continue  # none of the strings the outcome's every match holds: no search
        m = pats["outcomes"][name].search(sentence)
        if m:
            found.append((m.start(), rank, name))
    if not found:
        return None
    dominant = [f for f in found if f[2] in pats["dominant"]]
    if dominant:
        return dominant[0][2], dominant[0][0]
    strong = [f for f in found if f[2] not in pats["weak"]]
    if not strong:
        referral = pats["other"].search(sentence)
        if referral:
            return "other", referral.start()
        for name in pats["concluding"]:  # "Drøftet og taget til efterretning": the item is closed as noted
            closing = [f for f in found if f[2] == name]
            if closing and len(found) > 1:
                return name, closing[0][0]
    best = min(strong or found)
    return best[2], best[0]


def sentence_outcome(sentence: str) -> Optional[tuple[str, int]]:
    """The outcome one sentence states and its offset in the sentence, or None."""
    return _sentence_outcome(sentence)


def outcome_match(text: str, outcome: str) -> Optional[re.Match[str]]:
    """The first place ``text`` states ``outcome`` by its phrases, or None."""
    pats = _outcome_patterns()["outcomes"]
    return pats[outcome].search(text) if outcome in pats else None


def classify(text: str, meeting_date: Optional[dt.date] = None) -> str:
    """The outcome of a decision's wording.

    >>> classify("Ikke godkendt.")
    'rejected'
    >>> classify("Økonomiudvalget anbefaler Byrådet at godkende indstillingen.")
    'recommended'
    >>> classify("Sagen oversendes til Social- og Sundhedsudvalget.")
    'other'
    >>> classify("Ændringsforslaget faldt. Indstillingen blev herefter godkendt.")
    'approved'
    """
    deferred: Optional[str] = None
    pats = _outcome_patterns()
    history = pats["history"]
    told = False  # a sentence before reported what someone told the meeting
    weak: Optional[str] = None  # a weak outcome stated before ("Sagen blev drøftet.")
    for offset, sentence in sentences(text):
        found = _sentence_outcome(sentence)
        if found is None:
            told = told or bool(pats["reported"].search(sentence))
            continue
        if _names_other_item(text, offset):
            deferred = deferred or found[0]  # "Punkt 28. Aftale med X udsat.": another item's outcome
            continue
        if told and _PERFECT_BEFORE.search(sentence[: found[1]]):
            continue  # "X orienterede om planen. Fonden har bevilget støtte.": the report goes on
        if found[0] != "postponed" and history.search(sentence) and not _names_date(sentence, meeting_date):
            deferred = deferred or found[0]  # an amendment or another body's earlier decision
            continue
        if weak is not None and (found[0] not in pats["superseding"] or pats["not_superseding"].search(sentence)):
            continue
        if found[0] in pats["weak"]:
            weak = weak or found[0]  # "Sagen blev drøftet. Et flertal godkendte forslaget.": read on
            continue
        return found[0]
    return weak or deferred or "other"


def _names_other_item(text: str, offset: int) -> bool:
    """The sentence at ``offset`` opens its line by naming another item ("Punkt 28. Aftale med X
    udsat.": the sentence after the item's number) or is that opening sentence; a later sentence of
    the same line ("Pkt. 5 behandles før pkt. 2. … Godkendt." flattened into one line) is not."""
    line_start = text.rfind("\n", 0, offset) + 1
    head = text[line_start:]
    lead = len(head) - len(head.lstrip())
    m = _outcome_patterns()["other_item_line"].match(head[lead:])
    if m is None:
        return False
    label_end = line_start + lead + m.end()
    return offset <= label_end or not text[label_end:offset].strip(" .:-–")


def agenda_outcome(title: Optional[str], text: str) -> Optional[str]:
    """The outcome of the agenda under an item that approves it, read from the sentence whose
    subject is the agenda ("Dagsorden blev godkendt."), or None (another item, or no such sentence).

    >>> agenda_outcome("Godkendelse af dagsorden", "Dialogen blev taget til efterretning. Dagsorden blev godkendt.")
    'approved'
    >>> agenda_outcome("Godkendelse af dagsorden", "Punkt 9 Ny skolestruktur udsættes.")
    'other'
    """
    pats = _outcome_patterns()
    if not title or not pats["agenda_title"].match(title.strip()):
        return None
    other_items = own = False
    for offset, sentence in sentences(text):
        if pats["agenda_sentence"].match(sentence.strip()):
            found = _sentence_outcome(sentence)
            if found is not None:
                return found[0]
        if _sentence_outcome(sentence) is not None:
            if _names_other_item(text, offset):
                other_items = True
            else:
                own = True
    # only other items' outcomes ("Punkt 9 Ny skolestruktur udsættes."): the agenda changed, no outcome of its own
    return "other" if other_items and not own else None


def discussion_outcome(title: Optional[str], text: str) -> Optional[str]:
    """"discussed" for an item put up for discussion ("Drøftelse af forslag til vedtægter") whose
    decision text records only the points raised: no sentence states an outcome, refers the case on
    or tells a decision taken; otherwise None.

    >>> discussion_outcome("Drøftelse af ny mødeplan", "Der kom forslag om aftenmøder. Formanden samler op til næste gang.")
    'discussed'
    >>> discussion_outcome("Drøftelse af ny mødeplan", "Rådet besluttede at holde møderne om aftenen.") is None
    True
    """
    pats = _outcome_patterns()
    if not title or not pats["discussion_title"].match(title.strip()) or not text.strip():
        return None
    if pats["decided_verb"].search(text) or pats["other"].search(text):
        return None
    if any(_sentence_outcome(sentence) is not None for _, sentence in sentences(text)):
        return None
    return "discussed"


def no_remarks(text: str) -> bool:
    """The whole text says no one had remarks ("Ingen bemærkninger.", "Der var ingen kommentarer til referatet.")."""
    return _outcome_patterns()["no_remarks"].match(text.strip()) is not None


def approval_outcome(title: Optional[str], text: str) -> Optional[str]:
    """"approved" for an item that approves the agenda or the last minutes when its whole text says
    no one had remarks; None otherwise.

    >>> approval_outcome("Godkendelse af referat", "Der var ingen bemærkninger til referatet.")
    'approved'
    >>> approval_outcome("Bemærkninger til dagsordenen", "Ingen bemærkninger.") is None
    True
    """
    if not title or not _outcome_patterns()["approval_title"].match(title.strip()):
        return None
    return "approved" if no_remarks(text) else None


def _names_date(sentence: str, date: Optional[dt.date]) -> bool:
    """The sentence gives ``date`` (the meeting's own: "byrådet har i sit møde den … vedtaget")."""
    return date is not None and any(f.date == date for f in find_dates(sentence, published=date))


def postponed_to(text: str, meeting_date: Optional[dt.date]) -> Optional[dt.date]:
    """The date a postponed item goes to, when the wording gives one after the postponement."""
    pats = _outcome_patterns()
    for _, sentence in sentences(text):
        m = pats["outcomes"]["postponed"].search(sentence)
        if not m:
            continue
        tail = sentence[m.end() :]
        for fact in find_dates(tail, published=meeting_date):
            if meeting_date is None or fact.date > meeting_date:
                return fact.date
        return None
    return None


_PERFECT_BEFORE = re.compile(r"\b(?:har|havde)\s+(?:[a-zæøå]+\s+)?$")
_CUT_WORDS = 8


def cut_before_outcome(wording: str, end: Optional[int], raw: str) -> bool:
    """True for wording that the end of the text cuts off short, before any outcome could be read
    ("Beslutning / Social"): it states no outcome, runs to the end unfinished and is a few words."""
    if end is None or raw[end:].strip() or classify(wording) != "other":
        return False
    if _started_sentence(wording):
        return False  # "Udvalget besluttede at udmø": a decision begun in words, cut off: recorded as other
    return not wording.rstrip().endswith((".", "!", "?", ")", '"', "”")) and len(wording.split()) < _CUT_WORDS


_LOWER_WORD = re.compile(r"(?<![\wæøåÆØÅ-])[a-zæøå]{4,}(?![\wæøåÆØÅ-])")
_STARTED_WORDS = 2


def _started_sentence(wording: str) -> bool:
    """The wording is a sentence begun in words, not a heading's first words ("/ Social",
    "Økonomiudvalget den 3. marts"): two or more lower-case words of four letters or more after its
    first word, other than month and weekday names."""
    from socdoc.lang.da import load

    data = load()
    calendar = set(data.month_by_word) | {str(w).lower() for w in data.weekdays}
    first = wording.strip().split(maxsplit=1)
    rest = first[1] if len(first) > 1 else ""
    words = [w for w in _LOWER_WORD.findall(rest) if w not in calendar]
    return len(words) >= _STARTED_WORDS


# --- votes -------------------------------------------------------------------------------------


def _parties(segment: str) -> list[str]:
    filler = _outcome_patterns()["filler"]
    out: list[str] = []
    for m in _PARTY_TOKEN.finditer(segment):
        token = m.group(1)
        if token.lower() in filler or token in out:
            continue
        out.append(token)
    return out


def _count(segment: str, before: str) -> Optional[int]:
    m = _COUNT_BEFORE.search(before)
    if m:
        return int(m.group(1))
    m = _COUNT.search(segment)
    return int(m.group(1)) if m else None


def parse_vote(text: str) -> Optional[Vote]:
    """Votes by party letters and counts, or None when the text states no vote.

    >>> v = parse_vote("For stemte: A, F og Ø (15)\\nImod stemte: V (6)\\nUndlod at stemme: C")
    >>> v.for_, v.for_count, v.against, v.against_count, v.abstained
    (['A', 'F', 'Ø'], 15, ['V'], 6, ['C'])
    """
    pats = _outcome_patterns()
    markers: list[tuple[int, int, str]] = []
    low = text.lower()
    for kind in ("for", "against", "abstained"):
        if not may_match(pats["vote_parts"][kind], low):
            continue
        for m in pats[kind].finditer(text):
            markers.append((m.start(), m.end(), kind))
    counted = list(pats["count_votes"].finditer(text)) if may_match(pats["count_votes_parts"], low) else []
    if not markers and not counted:
        return None
    vote = Vote()
    markers.sort()
    for k, (start, end, kind) in enumerate(markers):
        stop = markers[k + 1][0] if k + 1 < len(markers) else len(text)
        segment = text[end:stop]
        sentence_end = _SENTENCE_END.search(segment)
        if sentence_end:
            segment = segment[: sentence_end.start()]
        before = text[max(0, start - 12) : start] if kind == "abstained" else ""
        _assign(vote, kind, _parties(segment), _count(segment, before))
    for m in counted:
        kind = "for" if m.group("kind").lower() == "for" else "against"
        _assign(vote, kind, _parties(m.group("parties") or ""), int(m.group("count")))
    return vote


def _assign(vote: Vote, kind: str, parties: list[str], count: Optional[int]) -> None:
    attr = {"for": "for_", "against": "against", "abstained": "abstained"}[kind]
    current: list[str] = getattr(vote, attr)
    current.extend(p for p in parties if p not in current)
    count_attr = {"for": "for_count", "against": "against_count", "abstained": "abstained_count"}[kind]
    if count is not None and getattr(vote, count_attr) is None:
        setattr(vote, count_attr, count)


# --- decision wording ----------------------------------------------------------------------------


@dataclass
class DecisionText:
    """The wording of one decision section, with offsets and what was said about attendance.

    ``text`` is always ``raw[start:end]``; ``wording`` is the kept lines joined without
    indentation, attendance lines and page furniture (what the outcome is read from)."""

    text: str
    start: Optional[int]
    end: Optional[int]
    full: str  # everything in the section (for votes)
    wording: str = ""
    absent: list[str] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)


def decision_text(raw: str, lines: list[Line], section: Section) -> DecisionText:
    """The decision wording of ``section``: its lines up to the next section or the signatures,
    without attendance lines, page furniture, repeated item titles and labelled vote lines.

    ``start``/``end`` span the kept lines in ``raw`` and ``text`` is that span; ``wording`` is the
    kept lines joined (without lines dropped from the middle and without indentation)."""
    pats = layout_patterns()
    vote_label = _outcome_patterns()["vote_label"]
    note = _outcome_patterns()["note"]
    pieces: list[tuple[int, int]] = []  # raw offsets of kept lines; (-1, -1) marks a blank line
    full: list[str] = []
    attendance: list[Attendance] = []
    if section.inline_start is not None:
        head = lines[section.line]
        pieces.append((section.inline_start, head.end))
        full.append(raw[section.inline_start : head.end])
    cut = False
    vote_at: Optional[int] = None
    skip: set[int] = set()
    i = section.body_start
    while i < section.body_end:
        line = lines[i]
        i += 1
        if line.idx in skip:
            continue
        if line.blank:
            pieces.append((-1, -1))
            continue
        if is_stop_line(line.clean) or pats["case_number_line"].match(line.clean):
            break
        if line.noise:
            continue
        att = attendance_at(lines, line.idx, section.body_end)
        if att is not None:
            attendance.append(att)
            skip.update(att.lines)
            continue
        if pats["subheading"].search(line.clean) or pats["attendance_line"].search(line.clean):
            continue
        if not any(p[0] >= 0 for p in pieces) and _meeting_label_line(line.clean):
            continue  # "Beslutning fra Rådet" / "Dato: …" / "Sted: …" over the wording: the meeting, no outcome
        if not any(p[0] >= 0 for p in pieces) and _TIME_SLOT.match(line.clean):
            break  # an empty "Beslutning:" over "19.15 – 19.30": the next slot of the agenda, no wording
        if note.search(line.clean) and _sentence_outcome(line.clean) is None:
            continue
        full.append(raw[line.start : line.end])
        if cut:
            continue
        if vote_label.match(line.clean):  # kept as a Vote; the wording may go on after it
            vote_at = len(pieces) if vote_at is None else vote_at
            continue
        if _is_signature(line) and _signature_block(lines, line.idx, section.body_end):
            cut = True
            continue
        pieces.append((line.start, line.end))
    if vote_at is not None and classify(_joined(raw, pieces[:vote_at])) != "other":
        del pieces[vote_at:]  # after the votes: minority statements, not the outcome
    while pieces and pieces[-1][0] < 0:
        pieces.pop()
    while pieces and pieces[0][0] < 0:
        pieces.pop(0)
    if pieces and _table_cell(raw[pieces[0][0] : pieces[0][1]]):
        pieces = []  # "Beslutning" over "x" / "x" or over "BY ØU KFU": a flattened table of the case's route, no decision
    wording = _joined(raw, pieces)
    real = [p for p in pieces if p[0] >= 0]
    start = real[0][0] if real else None
    end = real[-1][1] if real else None
    text = raw[start:end] if start is not None and end is not None else ""
    absent = [p.name for a in attendance if a.kind == "absent" for p in a.people]
    return DecisionText(text, start, end, "\n".join(full), wording, absent, attendance)


_TIME_SLOT = re.compile(r"^(?:[Kk]l\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–]\s*(?:[Kk]l\.?\s*)?\d{1,2}[.:]\d{2}\b")
_MARK_CELL = re.compile(r"^\s*[xX✓✔÷]\s*$")
_CODE_ROW = re.compile(r"^\s*(?:[A-ZÆØÅ]{2,5}\s+){4,}(?![a-zæøå])")  # a row of a table's column codes ("BY ØU KFU SAMU …")
_LABEL_AT = re.compile(r"^([A-ZÆØÅ][a-zæøå ]{1,25}):\s")


@functools.lru_cache(maxsize=1)
def _meeting_labels() -> frozenset[str]:
    p = phrases()
    return frozenset(str(w).lower() for key in ("date_labels", "location_labels") for w in p[key])


def _meeting_label_line(clean: str) -> bool:
    """A labelled line of the meeting's date or place ("Dato: 11. januar 2024", "Sted: Rådhuset")."""
    m = _LABEL_AT.match(clean)
    return m is not None and m.group(1).lower() in _meeting_labels()


def _table_cell(first: str) -> bool:
    """The first line of a decision's wording is a cell of a flattened table, no wording: a mark ("x")
    or a row of column codes ("BY ØU KFU SAMU BY=Byråd, …"; a line in capitals throughout is wording)."""
    return bool(_MARK_CELL.match(first)) or (bool(_CODE_ROW.match(first)) and not first.isupper())


def _joined(raw: str, pieces: list[tuple[int, int]]) -> str:
    """The kept lines without indentation; (-1, -1) pieces are paragraph breaks."""
    parts: list[str] = []
    for start, end in pieces:
        if start < 0:
            if parts and parts[-1] != "":
                parts.append("")
            continue
        parts.append(raw[start:end].strip())
    return "\n".join(parts).strip()


def _is_signature(line: Line) -> bool:
    return bool(_SIGNATURE.match(line.clean)) and len(line.clean.split()) <= 5 and heading_kind(line) is None


def _signature_block(lines: list[Line], idx: int, end: int) -> bool:
    """Two or more bare names on consecutive lines after a blank line: the signatures."""
    prev = lines[idx - 1] if idx > 0 else None
    if prev is not None and not prev.blank:
        return False
    n = 0
    j = idx
    while j < end and not lines[j].blank:
        if not _is_signature(lines[j]):
            return False
        n += 1
        j += 1
    return n >= 2


# --- decisions flattened into running text ----------------------------------------------------


@functools.lru_cache(maxsize=1)
def _inline_patterns() -> dict[str, re.Pattern[str]]:
    p = phrases()
    labels = re.longest_first({str(x) for x in p["section_labels"]})
    forms = [f(x) for x in labels for f in (str.capitalize, str.upper)]
    alts = "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in forms)
    word = re.escape(str(p["decision_word"]))
    return {
        "heading": re.compile(p["inline_decision_regex"]),
        "body_date": re.compile(p["inline_body_date_decision_regex"]),
        # the next section label, or a body's heading in capitals before the next item ("ØKONOMIUDVALGET 2. …")
        "next_section": re.compile(rf"\s(?:{alts})\s+(?=[A-ZÆØÅ])|\s[A-ZÆØÅ]{{6,}}(?=\s+\d{{1,3}}\.\s+[A-ZÆØÅ])"),
        "absent": re.compile(p["absent_sentence_regex"]),
        "item": re.compile(p["inline_item_heading_regex"]),
        "case_code_item": re.compile(p["inline_case_code_item_regex"]),
        # the bare label before wording that opens with its outcome or with "nothing" ("… Beslutning
        # Godkendt. …", "… Beslutning Intet at bemærke. …"): the wording starts after the label
        "bare": re.compile(rf"(?<=\s)(?:{word.capitalize()}|{word.upper()})[ \t]+(?=[A-ZÆØÅ][a-zæøå])"),
        "nothing": re.compile(p["nothing_opening_regex"], re.IGNORECASE),
        # an item heading after a sentence's end whose title runs straight into the item's first
        # section label ("… var fraværende. 44. Valg af stedfortræder Resumé Byrådet skal …")
        "item_label": re.compile(rf"(?<=[.!?]\s)(?P<num>\d{{1,3}})\.\s+(?P<title>[A-ZÆØÅ][^.:]{{3,150}}?)\s(?:{alts})\s+(?=[A-ZÆØÅ][a-zæøå])"),
    }


def _inline_item(clean: str, pos: int) -> Optional[re.Match[str]]:
    """The first item heading inside a flattened line at or after ``pos``: with its status or case
    number, or with its first section label run on after its title."""
    pats = _inline_patterns()
    found = [m for m in (pats["item"].search(clean, pos), pats["item_label"].search(clean, pos),
                         pats["case_code_item"].search(clean, pos)) if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


_CASE_TITLE_MIN_WORDS = 3
_CASE_TITLE_MAX_WORDS = 12
_WORD = re.compile(r"\S+")


def _case_code_head(line: Line, m: re.Match[str]) -> Optional[ItemHead]:
    """The heading of an item numbered by its case code inside a flattened page ("ØU-55/07-O
    Økonomisk orientering maj 2007 Økonomisk Orientering illustrerer …"): the title runs to the next
    section label or to a capitalised word after its first words (the prose that opens the case),
    at most a dozen words."""
    limit = _next_label(line.clean, m.start("title"))
    words = list(_WORD.finditer(line.clean, m.start("title"), limit))
    end = 0
    for k, w in enumerate(words[:_CASE_TITLE_MAX_WORDS + 1]):
        if k >= _CASE_TITLE_MIN_WORDS and _opens_case_text(words, k):
            break
        if k == _CASE_TITLE_MAX_WORDS:
            break
        end = w.end()
    title = line.clean[m.start("title"):end].rstrip(" ,-–")
    if not title:
        return None
    start = line.start + m.start("title")
    return ItemHead(line.idx, int(m.group("num")), title, start, start + len(title), line.idx)


def _opens_case_text(words: list[re.Match[str]], k: int) -> bool:
    """Whether the capitalised word ``k`` opens the case's text after a case-coded title: after a
    lowercase word or a number that links nothing ("… maj 2009 Kvartalsrapporten viser …"), or after
    a capitalised word when a lowercase word follows ("… Rosenlund Skole Der er modtaget …")."""
    word, prev = words[k].group(), words[k - 1].group()
    if not word[:1].isupper():
        return False
    if not prev[:1].isupper():
        return prev.lower() not in _case_title_linking_words()
    return k + 1 < len(words) and words[k + 1].group()[:1].islower()


@functools.lru_cache(maxsize=1)
def _case_title_linking_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in phrases()["case_title_linking_words"])


def _next_label(clean: str, pos: int) -> int:
    """Where the next section or decision label after ``pos`` starts in a flattened line."""
    pats = _inline_patterns()
    found = [m.start() for m in (pats["next_section"].search(clean, pos), pats["heading"].search(clean, pos))
             if m is not None]
    return min(found, default=len(clean))


def inline_decision(raw: str, lines: list[Line], start: int, end: int, after: int = -1,
                    min_len: int = 40) -> Optional[DecisionText]:
    """The last decision written inside a line of lines ``start``–``end`` whose sections an export
    flattened into one paragraph; its wording runs to the next section label or the line's end,
    without attendance sentences before it. Another item's heading inside a line (a PDF page that
    holds the end of one item and the start of the next), after offset ``after``, ends the search."""
    pats = _inline_patterns()
    attendance = layout_patterns()["attendance_line"]
    found: Optional[tuple[int, int]] = None
    absent: list[str] = []
    for line in lines[start:end]:
        clean = line.clean
        if len(clean) < min_len:
            continue
        labelled = "eslutning" in clean or "ESLUTNING" in clean
        if not labelled and pats["body_date"].search(clean) is None:
            continue
        limit = _next_item_heading(clean, after - line.start)
        for m in _inline_headings(clean, max(after - line.start, 0), limit, labelled):
            body = m.groupdict().get("body") or m.groupdict().get("gen")
            if body and not is_body_name(body):
                continue
            stop = pats["next_section"].search(clean, m.end(), limit)
            w_start, w_end = m.end(), stop.start() if stop else limit
            names: list[str] = []
            for offset, sentence in sentences(clean[w_start:w_end]):
                if not attendance.search(sentence):
                    w_start += offset
                    break
                gone = pats["absent"].match(sentence)
                if gone:
                    names.extend(p.name for p in parse_people(gone.group("names"), 0))
            else:
                continue
            label = absence_label_in(clean, w_start, w_end)  # "Godkendt. Afbud: Ingen Side 2"
            w_end = len(clean[: label if label is not None else w_end].rstrip())
            page = page_footer_start(clean, w_start, w_end)
            found = (line.start + w_start, line.start + (page if page is not None else w_end))
            absent = names
        if limit < len(clean):
            break
    if found is None or found[1] <= found[0]:
        return None
    text = raw[found[0] : found[1]]
    return DecisionText(text, found[0], found[1], text, text, absent)


def _inline_headings(clean: str, start: int, limit: int, labelled: bool) -> list[re.Match[str]]:
    """Decision headings inside a flattened line, in order: "Beslutning …:" and a body with the
    meeting's date after a sentence ("… af dagsorden. Byrådet, 02.03.2011 Godkendt.")."""
    pats = _inline_patterns()
    found = list(pats["heading"].finditer(clean, start, limit)) if labelled else []
    if labelled:
        taken = {m.start() for m in found}
        for m in pats["bare"].finditer(clean, start, limit):
            if m.start() in taken:
                continue
            first = sentences(clean[m.end():limit])
            if first and first[0][0] == 0 and (_opens_with_outcome(first[0][1])
                                               or pats["nothing"].match(first[0][1].strip())):
                found.append(m)
    found.extend(pats["body_date"].finditer(clean, start, limit))
    return sorted(found, key=lambda m: m.start())


def heading_in_title(title: str) -> Optional[int]:
    """Where a decision label run on after an item's title starts ("Pkt. 5 Valg af revisor
    Beslutning: Godkendt." flattened into one line), or None."""
    if "eslutning" not in title and "ESLUTNING" not in title:
        return None
    for m in _inline_patterns()["heading"].finditer(title):
        if not m.group("body") or is_body_name(m.group("body")):
            return m.start() if title[: m.start()].strip() else None
    return None


def _next_item_heading(clean: str, after: int) -> int:
    """Where the heading of another item starts inside ``clean`` ("… Godkendt. 4. Tilsyn med
    botilbud Åben sag …"), at or after ``after``; the length of ``clean`` when there is none."""
    m = _inline_item(clean, max(after, 0))
    return m.start() if m else len(clean)


def inline_items(lines: list[Line], start: int, end: int, after: int, codes_only: bool = False) -> list[ItemHead]:
    """Item headings inside lines ``start``–``end`` after offset ``after``: a PDF page flattened
    into one line that holds the end of one item and the start of the next ("… Godkendt. 4. Tilsyn
    med botilbud Åben sag …"). Each heading's content starts on its own line. ``codes_only``: only
    headings numbered by a case code ("ØU-55/07-O …")."""
    found: list[ItemHead] = []
    for line in lines[start:end]:
        pos = max(after - line.start, 0)
        while pos < len(line.clean):
            m = (_inline_patterns()["case_code_item"].search(line.clean, pos) if codes_only
                 else _inline_item(line.clean, pos))
            if m is None:
                break
            if m.groupdict().get("code"):  # "ØU-55/07-O Økonomisk orientering …"
                head = _case_code_head(line, m)
            else:
                head = page_item_at(line, m.start("num"), m.start("title"))
            pos = m.end()
            if head is not None:
                found.append(head)
    return found
