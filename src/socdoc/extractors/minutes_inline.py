"""Header fields run together on one line (PDF transcripts of minutes).

A PDF page turned into text often puts the whole header on one line: "Referat for
Byrådet Mødedato: Onsdag den 17. marts 2021 Mødetidspunkt: 17:00 Mødelokale: …",
sometimes without colons ("Dato 9. oktober 2019 Tid 15:30 Sted Lokale B Fraværende …"), and
sometimes with the labels first and the values after them ("Mødelokale: Medlemmer: Afbud:
Byrådssalen Anne Berg, Jens Holm, Ole Lund Jens Holm"). :func:`inline_fields` cuts such a line into
its labelled values with their offsets; the text before the first label is the title.
"""

from __future__ import annotations

import functools
import itertools
from socdoc import lazy_re as re
from dataclasses import dataclass
from typing import Any, Optional

from socdoc.extractors.minutes_layout import first_names, parse_people, phrases, run_on_sentence, unit_or_role_word
from socdoc.extractors.entities import LOWER, UPPER

KINDS = ("date", "time", "location", "body", "participants", "absent", "substitutes")
_GENERIC_LABEL = re.compile(r"(?<!\S)[A-ZÆØÅ][\wæøå\-]+(?:\s+kl\.?)?\s*:(?=\s|$)")
# the next field's label after a place, of one to three words ("Bemærk:", "I mødet deltager:", "Til stede:")
_PLACE_NEXT_LABEL = re.compile(r"(?<!\S)[A-ZÆØÅ][\wæøå\-]*(?:\s+[a-zæøå][\wæøå\-]*){0,2}(?:\s+kl\.?)?\s*:(?=\s|$)")
_TOKEN = re.compile(r"\S+")
_CAPS_WORD = re.compile(r"(?<!\S)[A-ZÆØÅ]{4,}[ÉA-ZÆØÅ]*(?!\S)")
_ROOM_NUMBER = re.compile(r"\d{1,4}(?:\.\d{1,3})?[A-Za-z]?,?")
_MIN_BARE_KINDS = 3  # labels without colons count only when this many kinds stand on the line


@dataclass(frozen=True)
class InlineField:
    kind: str  # one of KINDS, or "title" for the text before the first label
    kinds: tuple[str, ...]  # every kind the label may carry ("Tid": date and time)
    start: int  # offsets in the text
    end: int
    text: str


@functools.lru_cache(maxsize=1)
def _label_kinds() -> dict[str, tuple[str, ...]]:
    """Label (lower case) → the kinds of value it may carry ("tid" → date and time)."""
    p = phrases()
    keys = {"date": "date_labels", "time": "time_labels", "location": "location_labels", "body": "body_labels",
            "participants": "participant_labels", "absent": "absent_labels", "substitutes": "substitute_labels"}
    out: dict[str, list[str]] = {}
    for kind, key in keys.items():
        for label in p[key]:
            out.setdefault(str(label).lower(), []).append(kind)
    for label in p["inline_other_labels"]:
        out.setdefault(str(label).lower(), ["other"])
    return {label: tuple(kinds) for label, kinds in out.items()}


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    labels = re.longest_first(_label_kinds())
    alts = "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in labels)
    # the labels' first letters, tried before the labels: one test rejects a word where no label begins,
    # before the engine tries each label there (case-insensitively it cannot skip to them)
    first = "(?=[" + "".join(sorted({re.escape(x[0]) for x in labels})) + "])"
    return {
        "colon": re.compile(rf"(?<![\w]){first}(?P<label>{alts})(?:\s+kl\.?)?\s*:(?=\s|$)", re.IGNORECASE),
        # without a colon the label is capitalised and a capital or a digit follows, or a bulleted row
        # two labels of one field joined by a slash ("Mødested/mødelokale") are one label
        "bare": re.compile(rf"(?<![\w.]){first}(?P<label>{alts})(?:/(?:{alts}))?(?=\.?\s+(?:[•·▪]\s*)?[A-ZÆØÅ0-9]|\.?$)",
                           re.IGNORECASE),
        "place_end": re.compile(phrases()["place_end_regex"]),
        "location_word": re.compile("|".join(f"(?:{x})" for x in phrases()["location_words_regex"]), re.IGNORECASE),
        "title_word": re.compile(phrases()["inline_title_regex"], re.IGNORECASE),
        "group": re.compile(phrases()["inline_group_label_regex"]),
        "case_label": re.compile(phrases()["inline_case_label_regex"], re.IGNORECASE),
    }


def _kinds(label: str) -> tuple[str, ...]:
    return _label_kinds().get(" ".join(label.lower().split()), ())


def _labels(clean: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Known labels on the line as (start, value start, kinds); generic "Word:" labels end values."""
    pats = _patterns()
    colons = pats["colon"].finditer(clean) if ":" in clean else ()  # every match ends with its colon
    found = [(m.start(), m.end(), _kinds(m.group("label"))) for m in colons if m.group("label")[:1].isupper()]
    if len(found) >= 2:
        found.extend(_bare_before(clean, found[0][0], {kind for _, _, kinds in found for kind in kinds}))
        found.extend(_bare_lists_after(clean, found))
        taken = {start for start, _, _ in found}
        spans = [(s, e) for s, e, _ in found]
        for m in itertools.chain(_GENERIC_LABEL.finditer(clean), pats["case_label"].finditer(clean)):
            if m.start() not in taken and not any(s <= m.start() < e for s, e in spans):
                found.append((m.start(), m.end(), ()))
                taken.add(m.start())
        return _with_groups(clean, sorted(found))
    colon = found  # one label with its colon among labels without ("Sted … Deltagere … Afbud: …"): one of the run
    stop: list[tuple[int, int, tuple[str, ...]]] = []
    generic = _GENERIC_LABEL.search(clean)
    if not found and generic:
        # the run of bare labels ends where the next part's own label stands ("… Afbud Fraværende
        # Indholdsfortegnelse: 1. …"): it is read up to that label
        stop = [(generic.start(), generic.end(), ())]
    elif len(found) > 1 or any(m.start() != found[0][0] for m in _GENERIC_LABEL.finditer(clean)) if found \
            else generic:
        return []
    reach = stop[0][0] if stop else len(clean)
    bare = sorted([(m.start(), m.end(), _kinds(m.group("label"))) for m in pats["bare"].finditer(clean, 0, reach)
                   if m.group("label")[:1].isupper()] + colon)
    # a label word in a run of labels that already has a label of its kind is the first value
    # ("Sted Mødelokale 2", "Sted Medlemmer Fraværende Mødelokale 2, Rådhuset Ane Holm, …")
    kept: list[tuple[int, int, tuple[str, ...]]] = []
    run_kinds: set[str] = set()
    for b in bare:
        if kept and not clean[kept[-1][1] : b[0]].strip():
            if set(b[2]) & run_kinds:
                continue
        elif kept:
            run_kinds = set()
        kept.append(b)
        run_kinds |= set(b[2])
    bare = kept
    kinds = {kind for _, _, ks in bare for kind in ks} - {"other"}
    return bare + stop if len(kinds) >= _MIN_BARE_KINDS else []


def _with_groups(clean: str, labels: list[tuple[int, int, tuple[str, ...]]]) -> list[tuple[int, int, tuple[str, ...]]]:
    """``labels`` with the group headings of a members list ("Fra Skovby Boligforening:", "Fra
    kommunen:") as participants labels: they go on with the list until a label of another kind."""
    if not any("participants" in kinds for _, _, kinds in labels):
        return labels
    groups = [(m.start(), m.end()) for m in _patterns()["group"].finditer(clean)]
    if not groups:
        return labels
    known = [lab for lab in labels if lab[2] and not any(s <= lab[0] < e for s, e in groups)]
    generic = [lab for lab in labels if not lab[2] and not any(s <= lab[0] < e for s, e in groups)]
    out: list[tuple[int, int, tuple[str, ...]]] = list(generic)
    merged = sorted(known + [(s, e, ("group",)) for s, e in groups])
    listing = False
    for start, end, kinds in merged:
        if kinds == ("group",):
            out.append((start, end, ("participants",) if listing else ()))
            continue
        listing = "participants" in kinds
        out.append((start, end, kinds))
    return sorted(out)


_HEADER_KINDS = frozenset({"date", "time", "location"})


def _bare_before(clean: str, end: int, with_colon: set[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Header labels written without a colon before the first label with one ("… Mødeafholdelse
    Udvalgsværelse D … Tilstede: …"): date, time and place labels only, and none of a kind a label with
    its colon gives on the line ("Det Lokale Beskæftigelsesråd Referat Dato: … Lokale: Jobcentret"): there
    the word is part of a name."""
    out: list[tuple[int, int, tuple[str, ...]]] = []
    for m in _patterns()["bare"].finditer(clean, 0, end):
        kinds = _kinds(m.group("label"))
        if not m.group("label")[:1].isupper() or not set(kinds) & _HEADER_KINDS or set(kinds) <= with_colon:
            continue
        if out and not clean[out[-1][1] : m.start()].strip() and set(kinds) & set(out[-1][2]):
            continue  # "Mødeafholdelse Lokale C": the second label word is the value's first word
        out.append((m.start(), m.end(), kinds))
    return out


_LIST_KINDS = frozenset({"participants", "absent", "substitutes", "other"})


def _bare_lists_after(clean: str, found: list[tuple[int, int, tuple[str, ...]]]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Attendance labels written without a colon after the header's labels with one ("Mødedato: … Sted:
    C 224, Byhuset Medlemmer Eva Holm (A) Bo Dam (V) Fraværende Bo Dam (V) Bemærkninger"): they end the
    value before them and open their list."""
    first = min(start for start, _, _ in found)
    spans = [(s, e) for s, e, _ in found]
    out: list[tuple[int, int, tuple[str, ...]]] = []
    for m in _patterns()["bare"].finditer(clean, first):
        kinds = _kinds(m.group("label"))
        if (not m.group("label")[:1].isupper() or not kinds or not set(kinds) <= _LIST_KINDS
                or any(s <= m.start() < e for s, e in spans)):
            continue
        out.append((m.start(), m.end(), kinds))
    starts = sorted({start for start, _, _ in found} | {start for start, _, _ in out} | {len(clean)})
    for start, end, kinds in out:  # each list nothing but names ("Eva Holm (A) Bo Dam (V)"), or empty
        if kinds[0] == "other":
            continue
        value = clean[end : next(s for s in starts if s > start)].strip()
        people = parse_people(value, 0) if value else []
        if value and not (people and _names_only(value, people, roles=True)):
            return []
    return out


def inline_fields(clean: str, offset: int) -> list[InlineField]:
    """The labelled values of a line that runs several header fields together, with offsets
    (``offset`` is where ``clean`` starts in the text); [] for an ordinary line."""
    return list(_inline_fields(clean, offset))


@functools.lru_cache(maxsize=2048)
def _inline_fields(clean: str, offset: int) -> tuple[InlineField, ...]:
    """:func:`inline_fields`, kept: the header finders ask it of the same lines."""
    return tuple(_read_fields(clean, offset))


def _read_fields(clean: str, offset: int) -> list[InlineField]:
    labels = _labels(clean)
    if not labels:
        return []
    fields: list[InlineField] = []
    title = clean[: labels[0][0]].strip()
    if title:
        at = clean.find(title)
        fields.append(InlineField("title", ("title",), offset + at, offset + at + len(title), title))
    k = 0
    deferred = False  # a place label whose value the names after it left for later
    while k < len(labels):
        run = [labels[k]]  # labels standing together with no value between them
        while k + 1 < len(labels) and not clean[labels[k][1] : labels[k + 1][0]].strip(" ."):  # "NB."
            k += 1
            run.append(labels[k])
        value_start = run[-1][1]
        value_end = labels[k + 1][0] if k + 1 < len(labels) else len(clean)
        kinds = [ks if ks else ("other",) for _, _, ks in run]
        # two labels together: the first is left empty ("Stedfortræder Medlemmer Anne Berg …");
        # three or more: the labels stand first and their values follow in the same order
        # two labels with a place first ("Mødested: Deltagere: Byrådssalen Ane Holm, …"): in order too
        in_order = len(run) >= 3 or (kinds[0][0] == "location"
                                     and _place_end(clean, value_start, value_end) is not None)
        if in_order:
            valued = _valued_kinds(clean, kinds, value_start, value_end)
            deferred = deferred or any(ks[0] == "location" for ks in kinds) and not any(
                ks[0] == "location" for ks in valued)
            kinds = valued
            in_order = len(kinds) >= 2
        shared = kinds if in_order else kinds[-1:]
        if len(kinds) == 2 and kinds[0][0] == "participants" and kinds[1][0] == "absent":
            # "I mødet deltager: Afbud fra: Eva Holm …": the page's two columns ran together, the
            # members' column first; the few absentees after them cannot be told apart, the many
            # members can: the names go to the participants
            shared = kinds[:1]
        start_time = _start_time_before_end(clean, run, value_start, value_end, offset)
        if start_time is not None:
            fields.append(start_time)
            shared = []
        read = _share(shared, clean, value_start, value_end, offset)
        fields.extend(read or _body_value(clean, kinds, value_start, value_end, offset))
        k += 1
    if deferred and not any(f.kind == "location" for f in fields):
        fields.extend(_deferred_place(clean, fields, offset, value_end))
    return fields


_BODY_VALUE_KINDS = frozenset({"date", "time", "other"})


def _body_value(clean: str, kinds: list[tuple[str, ...]], start: int, end: int, offset: int) -> list[InlineField]:
    """A body's name standing where the labels of a date, a time or an end ("MØDETIDSPUNKT: MØDET HÆVET:
    Underudvalg for Økonomi Deltagere: …") left their values out: the header's body. Only a value that is
    a body's name whole ("Xudvalget", "Udvalget for Y")."""
    from socdoc.extractors.minutes_layout import is_body_name, patterns

    if not all(ks[0] in _BODY_VALUE_KINDS for ks in kinds):
        return []
    value = clean[start:end].strip(" .,;|")
    if not is_body_name(value) or not (len(value.split()) == 1 or patterns()["body_lead"].match(value)):
        return []
    at = offset + start + clean[start:end].find(value)
    return [InlineField("body", ("body",), at, at + len(value), value)]


_PLACE_MAX_WORDS = 8


def _place_shape(place: str) -> bool:
    return bool(place) and len(place.split()) <= _PLACE_MAX_WORDS and not any(c.isdigit() for c in place[:1])


def _deferred_place(clean: str, fields: list[InlineField], offset: int, end: int) -> list[InlineField]:
    """The place of a place label left empty before the lists ("Mødested: Bemærkninger: Medlemmer: Ane
    Holm (C) … Fraværende: Bo Dam Byrådssalen, Rådhuset"): a column's values run on after the last list,
    so a place word right after the last list's names opens the place. The list keeps the names only."""
    last = fields[-1] if fields else None
    if last is None or last.kind not in _LISTS or not last.start - offset < end:
        return []
    value = clean[last.start - offset : end]
    word = next((t for t in list(_TOKEN.finditer(value))[2:]
                 if t.group()[:1].isupper() and _patterns()["location_word"].search(t.group())), None)
    if word is None:
        return []
    names = value[: word.start()].rstrip(" ,;")
    people = parse_people(names, 0)
    if not people or not _names_only(names, people, roles=True):
        return []
    place = place_only(value[word.start() :])
    if not _place_shape(place):
        return []
    at = last.start + word.start()
    fields[-1] = InlineField(last.kind, last.kinds, last.start, last.start + len(names), names)
    return [InlineField("location", ("location",), at, at + len(place), place)]


_CLOCK = re.compile(r"(?<![\d.,:/\-])(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d]|[.,:]\d)")


@functools.lru_cache(maxsize=1)
def _end_time_labels() -> frozenset[str]:
    return frozenset(" ".join(str(x).lower().split()) for x in phrases()["inline_end_time_labels"])


def _start_time_before_end(clean: str, run: list[tuple[int, int, tuple[str, ...]]], start: int, end: int,
                           offset: int) -> Optional[InlineField]:
    """The start time of a start-time label and an end-time label standing together before their
    values ("Mødetidspunkt: Mødet hævet: Skovby Byråd 17.00"): the first clock time of the values,
    since an end time is written only after a start time."""
    if len(run) != 2 or "time" not in run[0][2]:
        return None
    label = clean[run[1][0] : run[1][1]].rstrip(" :").lower()
    if " ".join(label.split()) not in _end_time_labels():
        return None
    m = _CLOCK.search(clean, start, end)
    if m is None:
        return None
    return InlineField("time", ("time",), offset + m.start(), offset + m.end(), m.group())


_LISTS = frozenset({"participants", "absent", "substitutes"})


def _valued_kinds(clean: str, kinds: list[tuple[str, ...]], start: int, end: int) -> list[tuple[str, ...]]:
    """The labels of a run that take a value from the text after it, in order. A place label
    and a list label with only labels of no known kind between them, and no place opening the
    value, leave all of it to the list ("Mødested: Bemærkninger: Medlemmer: Ane Holm (C) …")."""
    kept = [k for k in kinds if k[0] != "other"]
    if len(kept) == 2 and kept[0][0] == "location" and kinds[-1][0] in _LISTS \
            and _place_end(clean, start, end) is None:
        return kept[1:]
    return kinds


_PAGE_NUMBER_END = re.compile(r"(?<=[a-zæøå)])\s+\d{1,3}\s*$")


def _field(kinds: tuple[str, ...], clean: str, start: int, end: int, offset: int) -> Optional[InlineField]:
    if kinds[0] in ("participants", "absent", "substitutes"):
        heading = _CAPS_WORD.search(clean, start, end)  # "… Ole Lund RESUMÉ Godkendt.": a section runs on
        if heading and not clean[start : heading.start()].strip(" .,;|"):
            start = heading.end()  # "Fraværende: REFERAT Mette Busk": a page heading runs in before the names
            heading = _CAPS_WORD.search(clean, start, end)
        end = heading.start() if heading else end
        page = _PAGE_NUMBER_END.search(clean, start, end) if end == len(clean.rstrip()) else None
        end = page.start() if page else end  # "… Afbud: Ole Lund 1": the transcript page's number closes the line
        end = start + run_on_sentence(clean[start:end])  # "… Afbud: Ole Lund Næste møde 6. maj"
    value = clean[start:end]
    stripped = value.strip(" .,;|")
    if not stripped or kinds[0] == "other":
        return None
    at = start + value.find(stripped)
    return InlineField(kinds[0], kinds, offset + at, offset + at + len(stripped), stripped)


def _share(kinds: list[tuple[str, ...]], clean: str, start: int, end: int, offset: int) -> list[InlineField]:
    """Fields of labels that stand first, with their values after them in the same order:
    a place runs to its last place word; a members list and an absence list are told apart
    where the absentees, named again at the end, are members too. Nothing when they can't be."""
    out: list[InlineField] = []
    pos = start
    for n, kind_set in enumerate(kinds):
        kind = kind_set[0]
        last = n == len(kinds) - 1
        if last:
            cut = end
        elif kind == "location":
            cut = _place_end(clean, pos, end)
        elif kind in ("participants", "absent") and (none := _none_cut(clean, pos, end, kind)) is not None:
            cut = none  # "… Erhardt Jull Ingen Pia Holm": the absence list is "Ingen"
        elif kind == "participants" and kinds[n + 1][0] in ("absent", "substitutes") and n + 1 == len(kinds) - 1:
            cut = _members_end(clean, pos, end)
        elif kind == "other":  # a note ("NB. Der er indkommet et spørgsmål."): its sentence
            sentence = _SENTENCE_END.search(clean, pos, end)
            cut = sentence.start() + 1 if sentence and clean[pos:end].lstrip()[:1].isupper() else None
        elif kind == "absent" and kinds[n + 1][0] == "substitutes" and n + 1 == len(kinds) - 1:
            cut = _stand_ins_cut(clean, pos, end)
        elif kind == "participants" and kinds[n + 1][0] in ("absent", "substitutes") \
                and all(k[0] == "other" for k in kinds[n + 2 :]):
            # "Sted Medlemmer Fraværende Bemærkninger …": a remarks column after the absence list
            # leaves no telling where the absentees end, so only the members are read
            cut = _members_end(clean, pos, end)
            found = _field(kind_set, clean, pos, cut, offset) if cut is not None else None
            return out + [found] if found is not None else out
        else:
            return out
        if cut is None:
            return out
        if kind == "location" and last:
            cut = _place_stop(clean, pos, cut)
        found = _field(kind_set, clean, pos, cut, offset)
        if found is not None:
            out.append(found)
        pos = cut
    return out


def _stand_ins_cut(clean: str, start: int, end: int) -> Optional[int]:
    """Where the absentees end before their stand-ins, both lists written after their labels ("Fraværende
    Stedfortræder … Eva Holm Bo Dam … Medlemmer … Eva Holm (A) …"): a stand-in comes for each absentee,
    so the first half of an even run of names, where the members list on the line names each absentee
    and no stand-in (an absentee without a stand-in leaves it unread)."""
    people = parse_people(clean[start:end], start)
    if not people or len(people) % 2 or not _names_only(clean[start:end], people):
        return None
    half = len(people) // 2
    rest = clean[:start] + " " + clean[end:]
    named = [bool(re.search(rf"(?<!\w){re.escape(p.name)}(?!\w)", rest)) for p in people]
    if not all(named[:half]) or any(named[half:]):
        return None
    return people[half - 1].end



@functools.lru_cache(maxsize=1)
def _none_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in phrases()["none_words"] if " " not in str(w))


def _none_cut(clean: str, start: int, end: int, kind: str) -> Optional[int]:
    """Where a value ends at a word meaning "nobody" among values in order: a members list ends
    before "Ingen" (the absence list after it), an absence list of "Ingen" ends after it."""
    tokens = list(_TOKEN.finditer(clean, start, end))
    for k, tok in enumerate(tokens):
        word = tok.group().strip(".,;")
        if word.lower() not in _none_words():
            continue
        if kind == "absent":
            return tok.end() if k == 0 else None
        return tok.start() if k >= 2 and word[:1].isupper() else None
    return None


def _place_stop(clean: str, start: int, end: int) -> int:
    """Where a place runs into other text ("…, Vestergade 10 Mødet fortsætter i kantinen")."""
    m = _patterns()["place_end"].search(clean, start, end)
    return m.start() if m else end


def place_only(value: str) -> str:
    """A labelled place without the text run on after it: another label ("Rådhuset Bemærk: …")
    or a sentence about the meeting ("Lindehuset Mødet holdes i kantinen")."""
    label = _PLACE_NEXT_LABEL.search(value, 1)
    end = label.start() if label else len(value)
    return value[: _place_stop(value, 0, end)].rstrip(" ,;-–")


def _place_end(clean: str, start: int, end: int) -> Optional[int]:
    """The end of a place written before a list of names: after the first place word that a
    capitalised word follows ("Byrådssalen Anne Berg, …")."""
    tokens = list(_TOKEN.finditer(clean, start, end))
    place_word = _patterns()["location_word"]
    for k, (a, b) in enumerate(zip(tokens, tokens[1:])):
        if not place_word.search(a.group()):
            continue
        if _ROOM_NUMBER.fullmatch(b.group()) and k + 2 < len(tokens):  # "Mødelokale 3 Ane Lund, …"
            k, (a, b) = k + 1, (b, tokens[k + 2])
        if not b.group()[:1].isupper():
            continue
        if a.group().endswith(","):  # "Byrådssalen, Vordingborg Rådhus Anne Berg": the place goes on
            rest = itertools.takewhile(lambda t: not t.group().endswith(","), tokens[k + 1 :])
            if any(place_word.search(t.group()) for t in rest):
                continue
            run = names_run_start(clean, start, end)
            if run is not None and run > a.end():
                return run  # "Mødelokale 3, Bytoften Eva Holm, …": the building after the comma is the place's too
        return a.end()
    return names_run_start(clean, start, end)  # "Kantinen, Rådhuset Eva Holm, Bo Dam": no room word before the names


@functools.lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in phrases()["role_words"])


_NAMES_RUN_MIN = 2  # names that make a run-on attendance list, not a place named after a person
_NAME_OPENING = re.compile(r"(?<=\s)[A-ZÆØÅ][a-zæøåé]+(?=\s+[A-ZÆØÅ])")


def names_run_start(clean: str, start: int, end: int) -> Optional[int]:
    """Where a run of person names begins after a place (``clean[start:end]``, "Mødelokale 2, Skovby Eva Holm
    Bo Dam Kim Lund"): the first of two names at least (one after a room's number), none of them a street's or
    a house's name ("Jens Baggesens Vej"); None when no such run follows some text of the place."""
    names = first_names()
    word = _patterns()["location_word"]
    for m in _NAME_OPENING.finditer(clean, start, end):
        if m.group() not in names:
            continue
        before = clean[start : m.start()].strip(" ,;:-–")
        if not before or before.lower() in _role_words() or clean[start : m.start()].rstrip().endswith(("-", "–")):
            return None  # the value opens with the names ("Borgmester - Eva Holm, …"): a members list, no place
        tail = clean[m.start() : end]
        people = parse_people(tail, 0)
        # one name is enough after a room's number, or with its party letter ("…, Allerslev Erik Falkenberg (O)")
        least = 1 if clean[start : m.start()].rstrip()[-1:].isdigit() or people and people[0].party else _NAMES_RUN_MIN
        if (len(people) >= least and tail.startswith(people[0].name)
                and not any(word.search(p.name) for p in people)):
            return len(clean[: m.start()].rstrip(" ,;-–"))
    return None


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def _members_end(clean: str, start: int, end: int) -> Optional[int]:
    """Where a members list ends and the absence list after it begins, when the two are run
    together ("…, Ole Lund Jens Holm, Anne Berg"): the split after which every name is a member."""
    value = clean[start:end]
    entries = [m for m in re.finditer(r"[^,;]+", value)]
    for e, entry in enumerate(entries):
        words = list(_TOKEN.finditer(entry.group()))
        for s in range(2, len(words) - 1):
            cut = entry.start() + words[s].start()
            head = {_key(p.name) for p in parse_people(value[:cut], 0)}
            tail = parse_people(value[cut:], 0)
            if tail and len(tail) == len(entries) - e and all(_key(p.name) in head for p in tail):
                return start + cut
    return None


_BARE_GROUP = re.compile(r"(?<!\S)(?:Fra|Øvrige|Desuden|Endvidere)\s+(?=[A-ZÆØÅ])")
_NAMES_GLUE = re.compile(r"(?:[\s,;]|\bog\b|\([A-ZÆØÅ]{1,2}\))*")


@functools.lru_cache(maxsize=1)
def _roles_glue() -> re.Pattern[str]:
    """The glue between names of a members list that also names the roles and marks the rows
    ("Formand Eva Holm (A) • Næstformand Bo Dam (V)")."""
    roles = "|".join(re.escape(str(w)) for w in re.longest_first(phrases()["role_words"]))
    return re.compile(rf"(?:[\s,;•·▪]|\bog\b|\([A-ZÆØÅ]{{1,2}}\)|(?<!\w)(?:{roles})(?!\w))*", re.IGNORECASE)


def _names_only(value: str, people: list[Any], roles: bool = False) -> bool:
    """``value`` holds the names and nothing but commas, "og" and party letters between them (with
    ``roles``, also role words and row bullets)."""
    rest = value
    for person in people:
        rest = rest.replace(person.name, ",", 1)
    return (_roles_glue() if roles else _NAMES_GLUE).fullmatch(rest) is not None


def bare_absence_label(value: str) -> Optional[tuple[int, int]]:
    """Where a capitalised absence label without its colon stands inside a members list, after a
    name and before the next one ("Eva Holm, Bo Dam (V) Afbud Kim Lund"): its start and the
    absentees' start, or None."""
    for m in _patterns()["bare"].finditer(value):
        label = m.group("label")
        if m.start() and label[:1].isupper() and _kinds(label)[:1] == ("absent",) \
                and re.search(r"[\w)]\s+$", value[: m.start()]):
            return m.start(), m.end()
    return None


def bare_attendance(clean: str, offset: int) -> list[InlineField]:
    """A members list and an absence list run on in one line without colons ("… Jyllinge Til stede
    Eva Holm, Bo Dam og Kim Lund Afbud fra Ole Berg og Lis Krog Fra forvaltningen …"): the members
    between the two labels, nothing but names, and the absentees after the second label up to a
    group of others ("Fra …") or the text run on after them."""
    found = _bare_attendance(clean, offset)
    if found:
        return found
    plain = _without_affiliations(clean)  # "Deltagere Eva Holm, Nordby Kommune Bo Dam, NT …": each member's body
    return _bare_attendance(plain, offset) if plain != clean else []


@functools.lru_cache(maxsize=1)
def _affiliation_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A member's organisation after the comma in a flattened list ("Eva Holm, Nordby Kommune Bo Dam, Region
    Nordjylland …", "Kim Lund, NT (punkt 2)") and a stand-in's note before the comma ("Bo Dam i stedet for Ib Lund,")."""
    data = phrases()["member_affiliations"]
    heads = "|".join(map(re.escape, data["heads"]))
    leads = "|".join(map(re.escape, data["leads"]))
    notes = "|".join(re.escape(str(w)).replace(r"\ ", "[ ]") for w in data["stand_in_notes"])
    organisation = re.compile(
        rf",[ ](?:[{UPPER}][{LOWER}-]+s?[ ](?:{heads})|(?:{leads})[ ][{UPPER}][{LOWER}]+|[{UPPER}]{{2,5}})"
        rf"(?:[ ]\([{LOWER}][^()]{{0,20}}\))?(?=[ ]+[{UPPER}]|[ ]*$)")
    note = re.compile(rf"[ ](?:{notes})[ ](?:[{UPPER}][\w.-]*[ ]?){{1,4}}(?=,)")
    return organisation, note


@functools.lru_cache(maxsize=1)
def _contents_heading() -> re.Pattern[str]:
    """The column headings of a contents table run on after a list ("Pkt. Tekst Side", "Sag nr. Side")."""
    cols = "|".join(re.escape(str(w)) for w in phrases()["contents_column_words"])
    return re.compile(rf"(?<!\S)(?:Pkt\.?|Punkt|Sag)(?:[ ](?i:{cols})\.?)+[ ]Side(?!\w)")


def _without_affiliations(clean: str) -> str:
    """``clean`` with the organisations after members' names and stand-ins' notes blanked (same length)."""
    organisation, note = _affiliation_patterns()
    return organisation.sub(_blanked, note.sub(_blanked, clean))


def _blanked(m: re.Match[str]) -> str:
    """A match as spaces, a comma it opens with kept (the list's separator)."""
    text = m.group()
    return "," + " " * (len(text) - 1) if text.startswith(",") else " " * len(text)


def _bare_attendance(clean: str, offset: int) -> list[InlineField]:
    pats = _patterns()
    found = [(m.start(), m.end(), _kinds(m.group("label"))) for m in pats["bare"].finditer(clean)
             if m.group("label")[:1].isupper()]
    found = [f for f in found if f[2] and f[2][0] in ("participants", "absent")]
    for (a_start, a_end, a_kinds), (b_start, b_end, b_kinds) in zip(found, found[1:]):
        if a_kinds[0] == "absent" and b_kinds[0] == "participants":
            out = _absent_then_members(clean, offset, found, (a_end, a_kinds), (b_start, b_end, b_kinds))
            if out:
                return out
            continue
        if a_kinds[0] != "participants" or b_kinds[0] != "absent":
            continue
        members = clean[a_end:b_start]
        people = parse_people(members, 0)
        if len(people) < 2 or not _names_only(members, people, roles=True):
            continue
        nxt = next((f[0] for f in found if f[0] > b_start), len(clean))
        group = _BARE_GROUP.search(clean, b_end, nxt)
        contents = _contents_heading().search(clean, b_end, nxt)  # "… Afbud Bo Dam Pkt. Tekst Side 1 …"
        stop = min(x.start() for x in (group, contents) if x is not None) if group or contents else nxt
        end = b_end + run_on_sentence(clean[b_end:stop])
        away = parse_people(clean[b_end:end], 0)
        if away and not _names_only(clean[b_end:end].rstrip(" ."), away):
            end = _members_named_again(clean, b_end, end, away, people)  # "… Afbud Bo Dam (V) Sager 61 - 65 …"
            away = parse_people(clean[b_end:end], 0) if end > b_end else []
        if not away or not _names_only(clean[b_end:end].rstrip(" ."), away):
            continue
        out = [_field(a_kinds, clean, a_end, b_start, offset), _field(b_kinds, clean, b_end, end, offset)]
        return [f for f in out if f is not None]
    return []


def _absent_then_members(clean: str, offset: int, found: list[tuple[int, int, tuple[str, ...]]],
                         a: tuple[int, tuple[str, ...]], b: tuple[int, int, tuple[str, ...]]) -> list[InlineField]:
    """The absence list first and the members after it ("… Fraværende Bo Dam Til stede Eva Holm, Kim
    Lund og Lis Krog Punkt 1 …"): the absentees between the labels, nothing but names, and the members
    after the second label up to the text run on after them, two or more and nothing but names."""
    a_end, a_kinds = a
    b_start, b_end, b_kinds = b
    away_text = clean[a_end:b_start]
    away = parse_people(away_text, 0)
    if not away or not _names_only(away_text.rstrip(" ."), away):
        return []
    nxt = next((f[0] for f in found if f[0] > b_start), len(clean))
    group = _BARE_GROUP.search(clean, b_end, nxt)
    end = b_end + run_on_sentence(clean[b_end : group.start() if group else nxt])
    members = parse_people(clean[b_end:end], 0)
    if len(members) < 2 or not _names_only(clean[b_end:end].rstrip(" ."), members, roles=True):
        return []
    out = [_field(a_kinds, clean, a_end, b_start, offset), _field(b_kinds, clean, b_end, end, offset)]
    return [f for f in out if f is not None]


def _members_named_again(clean: str, start: int, end: int, away: list[Any], members: list[Any]) -> int:
    """Where an absence list that runs on into the page ends: after the members named again at its
    start (an absentee is a member too), with nothing but glue between them; ``start`` when none."""
    names = {_key(p.name) for p in members}
    pos = start
    for person in away:
        at = clean.find(person.name, pos, end)
        if at < 0 or _key(person.name) not in names or not _NAMES_GLUE.fullmatch(clean[pos:at]):
            break
        pos = at + len(person.name)
        party = re.match(r"\s*\([A-ZÆØÅ]{1,2}\)", clean[pos:end])
        if party:
            pos += party.end()
    return pos


# a full stop that ends a sentence: not after an initial ("Palle S. Madsen") nor inside parentheses
_SENTENCE_END = re.compile(r"(?<![\s(][A-ZÆØÅ])\.\s+(?=[A-ZÆØÅ0-9])(?![^()]*\))")


@functools.lru_cache(maxsize=1)
def _name_abbreviations() -> frozenset[str]:
    """Abbreviated first names that keep their full stop inside a name ("Jens Kr. Yde", "Poul Chr. Holm")."""
    from socdoc.extractors.entities import cues

    return frozenset(a.rstrip(".") for a in cues()["parties"]["name_abbreviations"])


def _sentence_end(value: str) -> Optional[re.Match[str]]:
    """The first full stop of ``value`` that ends a sentence: not after an initial, not inside
    parentheses, and not after an abbreviated first name within a name ("…, Jens Kr. Yde, …")."""
    for m in _SENTENCE_END.finditer(value):
        before = value[: m.start()].rsplit(None, 1)
        if before and before[-1] in _name_abbreviations() and before[-1][:1].isupper():
            continue
        return m
    return None
_LONE_GLUE = re.compile(r"(?:[\s,;]|\bog\b|\([A-ZÆØÅ]{1,2}\)|\([a-zæøå][^()]{0,40}\))*")
_LONE_MIN_PEOPLE = 3


def lone_members_list(clean: str, offset: int) -> list[InlineField]:
    """A members list labelled with a colon in a transcript line that runs the page together ("…
    København SV Til stede: Eva Holm (formand), Bo Dam og Kim Lund (fra punkt 3). Gæst: …"): the
    names up to the next label, a group of others ("Fra …") or the sentence's end, when nothing but
    names, their roles in parentheses, commas and "og" stand there. A line with one such label only;
    several labels are read by :func:`inline_fields`."""
    pats = _patterns()
    found = [m for m in pats["colon"].finditer(clean) if m.group("label")[:1].isupper() and _kinds(m.group("label"))]
    if len(found) != 1 or _kinds(found[0].group("label"))[0] != "participants":
        return []
    start = found[0].end()
    stops = [m.start() for m in _GENERIC_LABEL.finditer(clean, start)]
    group = _BARE_GROUP.search(clean, start)
    if group:
        stops.append(group.start())
    end = min(stops, default=len(clean))
    value = clean[start:end].rstrip()
    sentence = _sentence_end(value)  # "… Til stede: Eva, Bo, Kim. Lis kom senere. 1. …": the list's sentence
    value = value[: sentence.start()] if sentence else value
    value = value[:-1] if value.endswith(".") else value
    return _names_only_list(clean, start, value, offset)


def _names_only_list(clean: str, start: int, value: str, offset: int) -> list[InlineField]:
    """The participants field of ``value`` (at ``start`` of ``clean``) when it holds at least
    ``_LONE_MIN_PEOPLE`` names and nothing but them, their parties or roles, commas and "og"."""
    people = parse_people(value, 0)
    rest = value
    for person in people:
        rest = rest.replace(person.name, ",", 1)
    if len(people) < _LONE_MIN_PEOPLE or _LONE_GLUE.fullmatch(rest) is None:
        return []
    field = _field(("participants",), clean, start, start + len(value), offset)
    return [field] if field is not None else []


_PAGE_MARK_END = re.compile(r"\s+(?:\d{1,3}\s*/\s*\d{1,3}|[Ss]ide\s+\d{1,3}|\d{1,3})\s*$")


def lone_bare_members_list(clean: str, offset: int) -> list[InlineField]:
    """A members list under a label without its colon that closes a transcript line running the page
    together ("… Mødet slut kl MØDEDELTAGERE Eva Holm (A) Bo Dam (V) Kim Lund (C) 1 / 12"): the names
    after the one capitalised participants label to the line's end, its page number dropped, when nothing
    but names, their parties, commas and "og" stand there and no other label follows. A line with a
    label and its colon is read by :func:`lone_members_list` or :func:`inline_fields`."""
    pats = _patterns()
    if any(m.group("label")[:1].isupper() and _kinds(m.group("label")) for m in pats["colon"].finditer(clean)):
        return []
    found = [m for m in pats["bare"].finditer(clean) if m.group("label")[:1].isupper() and _kinds(m.group("label"))]
    listed = [m for m in found if _kinds(m.group("label"))[0] == "participants"]
    if len(listed) != 1 or found[-1] is not listed[0] or _GENERIC_LABEL.search(clean, listed[0].end()):
        return []
    start = listed[0].end()
    page = _PAGE_MARK_END.search(clean, start)
    value = clean[start : page.start() if page else len(clean)].rstrip(" .")
    return _names_only_list(clean, start, value, offset)


@functools.lru_cache(maxsize=1)
def _marked_patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], int]:
    data = phrases()["marked_members"]

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in re.longest_first(words))

    head = re.compile(rf"(?<![\w-])(?:{alternation(data['labels'])})(?:\s+(?:{alternation(data['column_headings'])}))*\s+")
    word = r"(?!(?:X|x)(?![\w.]))(?:[A-ZÆØÅ][\w'’-]*\.?|[a-zæøå]{1,3}(?=\s+[A-ZÆØÅ]))"
    marks = alternation([*data["present_marks"], *data["absent_marks"]])
    entry = re.compile(
        rf"(?P<name>{word}(?:\s+{word}){{1,5}}(?:\s+\([^()\n]{{1,40}}\)){{0,3}})\s+(?P<mark>{marks})(?![\w])\s*")
    absent = frozenset(re.sub(r"\s+", " ", m) for m in data["absent_marks"])
    return head, entry, absent, data["min_entries"]


def marked_members_list(clean: str, offset: int) -> list[InlineField]:
    """A members table run into one line with each member's attendance mark after the name ("Medlemmer
    Deltog Eva Holm (A) X Bo Dam (V) X …", "Medlemmer Eva Holm deltog … Kim Lund var fraværende"): one
    participants or absent field per member, when at least ``min_entries`` marked members follow each
    other right after the label."""
    head, entry, absent, least = _marked_patterns()
    for label in head.finditer(clean):
        fields = []
        pos = label.end()
        while (m := entry.match(clean, pos)) is not None:
            mark = re.sub(r"\s+", " ", m.group("mark"))
            kind = "absent" if mark in absent else "participants"
            name_end = m.end("name")
            fields.append(InlineField(kind, (kind,), offset + m.start("name"), offset + name_end, m.group("name")))
            pos = m.end()
        if len(fields) >= least:
            return fields
    return []


def title_part(title: str) -> str:
    """The title text from its minutes word on ("1 SKOVBY KOMMUNE Referat til Byrådet" →
    "Referat til Byrådet"), without a leading page number."""
    m = _patterns()["title_word"].search(title)
    if m:
        return title[m.start() :]
    return re.sub(r"^\d{1,3}\s+", "", title)


@functools.lru_cache(maxsize=1)
def _further_label() -> re.Pattern[str]:
    """A further attendance list's label inside a line ("… var fraværende Endvidere deltog: …")."""
    p = phrases()
    adverbs = "|".join(re.escape(str(w)) for w in p["attendance_label_adverbs"])
    verbs = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in p["further_attendance_verbs"])
    return re.compile(rf"(?<!\S)(?=[A-ZÆØÅ])(?i:{adverbs})\s+(?i:{verbs})\s*:\s+")


# one entry of a further list: lower-case words of a job title, then the name of two to four capitalised words
_TITLED_ENTRY = re.compile(r"^(?:[\wæøå&/-]+\s+){0,3}?(?P<name>[A-ZÆØÅ][\wæøå'-]+(?:\s+[A-ZÆØÅ][\wæøå'-]+){1,3})\s*$")
_ENTRY_SPLIT = re.compile(r"\s*,\s*|\s+og\s+")
_FURTHER_MIN_PEOPLE = 2


def further_members_list(clean: str, offset: int) -> list[Any]:
    """The people named after a further list's label inside a narrative header ("Medlemmerne var til
    stede, undtagen: … Endvidere deltog: Kommunaldirektør Eva Holm, direktør Bo Dam, referent Kim
    Lund"): each entry a job title in lower case (its first word may be capitalised) and a name, up to
    the sentence or the line's end. Nothing when an entry is no such pair."""
    from socdoc.extractors.minutes_layout import Person

    m = _further_label().search(clean)
    if m is None:
        return []
    value = clean[m.end():]
    value = value[: run_on_sentence(value)]
    sentence = _sentence_end(value)
    value = value[: sentence.start()] if sentence else value
    value = value.rstrip(" .")
    people: list[Any] = []
    pos = 0
    for sep in itertools.chain(_ENTRY_SPLIT.finditer(value), [None]):
        end = sep.start() if sep is not None else len(value)
        entry = value[pos:end]
        found = _TITLED_ENTRY.match(entry)
        if found is None:
            return []
        name, at = found.group("name"), found.start("name")
        head = name.split()[0]
        if len(name.split()) >= 3 and head not in first_names() and unit_or_role_word(head):
            rest = name[len(head):].lstrip()  # "Kommunaldirektør Eva Holm": the title capitalised
            at, name = at + len(name) - len(rest), rest
        title = entry[:at].split()
        if any(w[:1].isupper() for w in title[1:]) or (title and not title[0][1:].islower()):  # a name cut apart
            return []
        start = offset + m.end() + pos + at
        people.append(Person(name, None, start, start + len(name)))
        pos = sep.end() if sep is not None else len(value)
    return people if len(people) >= _FURTHER_MIN_PEOPLE else []
