"""The layout of minutes: lines, page furniture, agenda items and their sections.

Minutes from First Agenda/Prepare, EDOC, SBSYS, Acadre, Netpublicator, DocuNote and Word share a
shape: a header (body, date, place, attendance), often a table of contents, then agenda items
("212.", "Punkt 5", "Sag nr. 7", "1 (Åben)", glued "7Beslutning om …") each with sections
("Resume", "Indstilling", "Beslutning i Økonomiudvalget den 02-06-2020", "Beslutning:").

This module finds that shape; :mod:`socdoc.extractors.decisions` reads the decision sections and
:mod:`socdoc.extractors.minutes` the header. All Danish phrases come from ``lang/da/minutes.yaml``.
"""

from __future__ import annotations

import copy
import functools
from socdoc import lazy_re as re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Optional

from socdoc.extractors.name_runs import column_pair, entry_names, is_first_name, name_text, trim_name
from socdoc.lang import da
from socdoc.lang.da import first_name_genders, first_name_words, read_yaml
from socdoc.extractors.dates import find_candidates
from socdoc.extractors.entities import common_word, compound_head, proper_word
from socdoc.extractors.entities import cues as entities_cues
from socdoc.extractors.prefilter import AnyOf
from socdoc.lang.da.gazetteers import load_gazetteers

_BULLETS = re.compile(r"^[\s•·▪◦*●■|]+|[\s|]+$")
_NAME_TOKEN = re.compile(r"^(?:[A-ZÆØÅÉÜÖÄ][\wæøåéüöä'’\-]*\.?|(?:[A-ZÆØÅ]\.){1,3}|(?:von|van|de|la|du|le|af|da))$")


@functools.lru_cache(maxsize=1)
def party_letter(note: str) -> bool:
    """True for a party letter or a party form socdoc knows ("A", "SF", "IA")."""
    return bool(_party().fullmatch(note.strip()))


@functools.lru_cache(maxsize=1)
def _party() -> re.Pattern[str]:
    """A party letter after a name: one capital, or a multi-letter party form socdoc knows ("SF",
    "RV", Greenland's "IA"), not any two capitals ("DH", an organisation a member represents)."""
    forms = {str(f).rstrip(".") for f in entities_cues()["people"]["extra_party_letters"]}
    for p in load_gazetteers().parties:
        forms |= {p.letter, p.abbreviation}
    many = re.longest_first(f for f in forms if len(f) > 1 and f.isupper())
    return re.compile(rf"^(?:[A-ZÆØÅ]|{'|'.join(map(re.escape, many))})$")


_BULLET_CHARS = "•·▪◦*●■|"
_TRAIL = re.compile(r"(?:[\s|]|<br\s*/?>)+$", re.IGNORECASE)  # an HTML line break left in a text export
_LETTERS3 = re.compile(r"[A-Za-zÆØÅæøå]{3,}")
_VOTE_WORDS = re.compile(r"\bstemte\b|^(?:for|imod)\b", re.IGNORECASE)
_LETTER_ITEM = re.compile(r"[A-ZÆØÅ]\.\s+\S")
_DIGIT = re.compile(r"\d")
_BODY_CHARS = re.compile(r"[\wæøåÆØÅ&,.'’\- ]+")
_WEEKDAY_DEN = re.compile(r"^(?:[a-zæøå]+dag\s+)?(?:den|d\.)\s+", re.IGNORECASE)
_LINK_WORD = re.compile(r"^(?i:i|fra|for)\s+")
_DEN_TAIL = re.compile(r"[\s,]*(?:den|d\.)?\s*$", re.IGNORECASE)
_TIME_COLON = re.compile(r"\s*(?:kl\.?\s*\d{1,2}[.:]\d{2})?\s*:?\s*")
_GLUED_REST = re.compile(
    r"(?:i|fra|for)\s+[A-ZÆØÅ]|[A-ZÆØÅ]|(?:den|d\.)\s+\d|(?:i|fra|på)\s+(?:det\s+\w+\s+)?møde|i\s+[a-zæøå]+(?:et|en)\b")
_MEETING_REF = re.compile(r"^(?:i|fra|på)\s+(?:det\s+)?(?:ordinære\s+|ekstraordinære\s+)?møde(?:t)?\s+(?=(?:den|d\.)?\s*\d)")
_BODY_ABBREV = re.compile(r"[A-ZÆØÅ]{2,5}")
_HEADING_SEPARATOR = re.compile(r"^\s*[-–,(]\s*")
_CELL = re.compile(r"^\s*\|\s*(?=\S)")
_LABEL_STOP = re.compile(r"^\.\s*")  # "Beslutning." used as a label
_COLUMN_GAP = re.compile(r"\t|\s{2,}")
_LABEL_DASH = re.compile(r"\s*[-–,]\s(?!og\s|eller\s|samt\s)")  # not a compound's shared part ("Økonomi- og Erhvervsudvalget")
_NON_WORD = re.compile(r"\W+")
_LEADING_NUMBER = re.compile(r"\d+")
_LINE_PARTY = re.compile(r"^\s*([A-ZÆØÅ]{1,2})\s*:\s*")
_PARENS = re.compile(r"\(([^()]*)\)")
_PAREN_GROUP = re.compile(r"\([^()]*\)")
_SPACES = re.compile(r"\s+")
_MAX_ITEM_NUMBER = 1999
_GLUED_SEARCH_LINES = 400  # how far after a contents list its first item's glued heading is looked for


@functools.lru_cache(maxsize=1)
def phrases() -> dict[str, Any]:
    """The Danish phrases of minutes (``lang/da/minutes.yaml``)."""
    return read_yaml("minutes.yaml")


def _any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def patterns() -> dict[str, Any]:
    """Compiled patterns built from the phrases."""
    p = phrases()
    body_words = "|".join(p["body_words_regex"])
    labels = re.longest_first(str(x).lower() for x in p["section_labels"])
    prefixes = p["item_prefixes_regex"]
    status = p["item_status_regex"]
    return {
        "body_word": re.compile(rf"(?:{body_words})$", re.IGNORECASE),
        "body_lead": re.compile(p["body_lead_regex"], re.IGNORECASE),
        "noise": AnyOf(p["noise_line_regex"], re.IGNORECASE),  # only ever a yes/no test
        "page_marker": re.compile(p["page_marker_regex"], re.IGNORECASE),
        "short_name_date_heading": re.compile(p["short_name_date_heading_regex"]),
        # yes/no tests: the alternatives anchored at the line's start are tried there only
        "stop": AnyOf(p["stop_line_regex"]),
        "stop_ci": AnyOf(p["stop_line_regex"][1:6], re.IGNORECASE),
        "section_labels": labels,
        "section_labels_by_initial": _by_initial(labels),
        "genitive": re.compile(p["decision_genitive_regex"]),
        # the same heading on an upper-case line ("UDVALGETS BESLUTNING:")
        "genitive_upper": re.compile(p["decision_genitive_regex"], re.IGNORECASE),
        "subheading": _any(p["decision_subheading_regex"]),
        "decision_label": _decision_label_pattern(p["decision_labels"]),
        "decision_colon_label": _decision_colon_label_pattern(p["decision_colon_labels"]),
        "decision_addendum": re.compile(p["decision_addendum_labels_regex"], re.IGNORECASE),
        "body_date_suffix": re.compile(p["decision_body_date_suffix_regex"], re.IGNORECASE),
        "status_trailing": re.compile(p["item_status_trailing_regex"], re.IGNORECASE),
        "attendance_line": _any(p["attendance_line_regex"]),
        "case_number_line": re.compile(p["case_number_line_regex"], re.IGNORECASE),
        # an outcome phrase ("Godkendt.", "Taget til efterretning.", "Udsat.")
        "outcome": re.compile("|".join(f"(?:{x})" for v in p["outcomes"].values() for x in v), re.IGNORECASE),
        "item_prefixed": re.compile(
            rf"^{prefixes}\s*:?\s*(?P<num>\d{{1,4}})\s*(?:[.:)]|[-–](?=\s))?\s+(?:\|\s*)?(?:{status}\s*)?(?P<title>\S.*)$",
            re.IGNORECASE,
        ),
        "item_glued_prefix": re.compile(rf"^{p['item_glued_prefix_regex']}(?=\d{{1,3}}\.\s)", re.IGNORECASE),
        "item_status_line": re.compile(p["item_status_line_regex"], re.IGNORECASE),
        # the meeting's room under the header's date, no item's title ("Mødelokale Vandværket", "Lokale 2, Rådhuset")
        "room_line": re.compile(rf"(?i:{'|'.join(map(re.escape, re.longest_first(p['room_line_words'])))})[ ](?=[A-ZÆØÅ0-9])"),
        "item_case_line": re.compile(p["item_case_line_regex"], re.IGNORECASE),
        "item_opening": {str(x).lower() for x in p["item_opening_labels"]},
        "toc_label": re.compile(
            "^(?:%s)\\s*:?$" % "|".join(re.escape(str(x)).replace(r"\ ", r"\s+") for x in p["toc_labels"]),
            re.IGNORECASE,
        ),
        # also with another body's case number in brackets after it: "Sag nr. 19 (ØU 23/2010)"
        "clause_open": re.compile(p["clause_open_regex"]),
        "item_prefixed_alone": re.compile(rf"^{prefixes}\s*:?\s*(?P<num>\d{{1,4}})\s*[.:]?(?:\s*\([^()]{{1,40}}\))?$",
                                          re.IGNORECASE),
        "item_number_alone": re.compile(r"^(?P<num>\d{1,4})(?P<dot>\.)?$"),
        "item_reference": re.compile(p["item_reference_regex"], re.IGNORECASE),
        "item_continued": re.compile(p["item_continued_regex"], re.IGNORECASE),
        # "5. Title", "5) Title", "5 - Title", "5 : Title", "5: Title", "5. | Title" (a table row)
        "item_dot": re.compile(
            rf"^(?P<num>\d{{1,4}})\s*(?:[.):]|\s[-–])\s+(?:\|\s*)?(?:{status}\s*)?(?P<title>\S.*)$", re.IGNORECASE),
        "item_space": re.compile(rf"^(?P<num>\d{{1,4}})\s+(?:\|\s*)?(?:{status}\s*)?(?P<title>\S.*)$", re.IGNORECASE),
        "page_line_item_label": re.compile(p["page_line_item_label_regex"], re.IGNORECASE),
        # "7Beslutning", "1.Alfabo", and a committee's abbreviation after the dot: "1.KB - Valg af …"
        "item_glued": re.compile(r"^(?P<num>\d{1,3})(?:\.?(?=[A-ZÆØÅ][a-zæøå])|\.(?=[A-ZÆØÅ]{2,5}\s?[-–]\s+\S))"
                                 r"(?P<title>.*)$"),
        "title_glued_decision": re.compile(p["title_glued_decision_regex"]),
        "line_glued_decision": re.compile(p["line_glued_decision_regex"]),
        "status": re.compile(status, re.IGNORECASE),
        "closed": re.compile(p["closed_item_regex"], re.IGNORECASE),
        # dot or space leaders and a page number; possessive runs: no backtracking over spaces
        "toc_leader": re.compile(r"(?:\s*+(?:\.{3,}+|…++)\s*+|\s{3,}+)\d{0,4}+\s*+$"),
        "participants": _label_pattern(p["participant_labels"]),
        "absent": _label_pattern(p["absent_labels"]),
        "member_body": re.compile(
            r"^(?P<label>%s)\s*:\s*(?P<value>[A-ZÆØÅ][^,:]*(?:,|\s+og\s+)[^:]*)$"
            % "|".join(re.escape(str(x)).replace(r"\ ", r"\s+") for x in p["member_body_labels"]),
            re.IGNORECASE,
        ),
        "substitutes": _label_pattern(p["substitute_labels"]),
        "role_words": re.compile(
            r"^(?:%s)\b\.?\s*|\s*\b(?:%s)\.?$" % ("|".join(p["role_words"]), "|".join(p["role_words"])),
            re.IGNORECASE,
        ),
        "none_words": {str(w).lower() for w in p["none_words"]},
        "label_line": re.compile(r"^[A-ZÆØÅ][\wæøå .&/-]{1,30}:(?:\s|$)"),
    }


def _by_initial(labels: list[str]) -> dict[str, tuple[str, ...]]:
    """The labels grouped by their first character, each group in the given order."""
    groups: dict[str, list[str]] = {}
    for label in labels:
        groups.setdefault(label[:1], []).append(label)
    return {initial: tuple(group) for initial, group in groups.items()}


def _decision_label_pattern(labels: list[str]) -> re.Pattern[str]:
    """Decision labels other than the decision word: the whole line, followed by ":", or the first
    cell of a table row whose next cell holds the wording ("Protokol | Godkendt. |")."""
    alts = "|".join(re.escape(str(x)).replace(r"\ ", r"\s+") for x in re.longest_first(labels))
    return re.compile(rf"^(?:{alts})\s*(?::\s*|\|\s*(?=[^\s|])|$)", re.IGNORECASE)


def _decision_colon_label_pattern(labels: list[str]) -> re.Pattern[str]:
    """A board's resolution label with its colon and the wording after it on the line ("Aftalt: Bo
    skriver til kommunen."); the wording opens with a capital or a name."""
    alts = "|".join(re.escape(str(x)).replace(r"\ ", r"\s+") for x in re.longest_first(labels))
    return re.compile(rf"^(?:{alts})\s*:\s*(?=[A-ZÆØÅ0-9])", re.IGNORECASE)


def _label_pattern(labels: list[str]) -> re.Pattern[str]:
    """A list label and its value: after a colon (also after the body the list is for: "Fraværende
    i Byrådet, 3. maj 2022:", or the group it names: "Til stede fra bestyrelsen:"; and after an adverb
    that adds a further list: "Derudover deltog:"), a pipe, a wide gap, a capitalised full name, a
    list of single names ("Til stede var Eva, Bo og Kim") or,
    without a colon, a lone "none" word ("Fraværende Ingen"), a lone capitalised word that ends the
    line ("Afbud Susanne", a board's member by first name) or a dash after the label, glued or spaced,
    before a name ("Fraværende- Eva Holm ()", "FRAVÆRENDE – Eva Holm – syg.") or a full name glued to the label, where a table's cells were run
    together ("DeltagereEva Holm, Bo Dam")."""
    alts = "|".join(re.escape(str(x)).replace(r"\ ", r"\s+") for x in re.longest_first(labels))
    nones = "|".join(re.escape(str(w)) for w in phrases()["none_words"] if str(w)[:1].isalpha())
    adverbs = "|".join(re.escape(str(w)) for w in phrases()["attendance_label_adverbs"])
    group = phrases()["attendance_label_group_regex"]
    return re.compile(
        rf"^(?:(?:{adverbs})\s+(?=(?:{alts})\s*:))?(?P<label>{alts})(?:\s*:\s*|\s+i\s+(?=[A-ZÆØÅ])[^:|]{{2,80}}:\s*|{group}|\s*\|\s*|\s{{2,}}|$|(?<=fra)\s+|\s(?=[A-ZÆØÅ][a-zæøå]+\s[A-ZÆØÅ])"
        rf"|\s(?=[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?,\s*[A-ZÆØÅ][a-zæøå]+(?:,|\s+og\s))"
        rf"|\s+(?=(?:{nones})\s*\.?\s*$)|\s(?=[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?\s*\.?\s*$)|(?<=[a-zæøå])[ \t]?[-–]\s+(?=[A-ZÆØÅ][a-zæøå]+\s[A-ZÆØÅ])"
        rf"|(?-i:(?<=[a-zæøå])(?=[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?\s+[A-ZÆØÅ][a-zæøå])))(?P<value>.*)$",
        re.IGNORECASE,
    )


# --- lines -----------------------------------------------------------------------------------


@dataclass
class Line:
    """One line of the text: ``clean`` is its content without indentation and bullets."""

    idx: int
    start: int
    end: int
    clean: str
    noise: bool = False
    bulleted: bool = False  # the line starts with a bullet ("• 12.")
    # what heading_kind found for this line: (kind, label, decision heading, inline offset)
    heading_spec: Any = field(default=None, repr=False, compare=False)
    heading_known: bool = field(default=False, repr=False, compare=False)

    @property
    def blank(self) -> bool:
        return not self.clean


# An agenda number that a web export glued to the end of the item before ("Godkendt.3. ", "… svar5. "), with the
# next item's title on the line right below
# (after a word of three letters or more: "… 92 m2." over a heading is a unit)
_GLUED_NEXT_NUMBER = re.compile(r"(?:(?<=[a-zæøå]{3})|(?<=[a-zæøå]\.))\d{1,2}\.[ \t]*$")
_TITLE_LINE = re.compile(r"\n[ \t]*[A-ZÆØÅ][^\n]{2,80}(?:\n|$)")


def _title_follows(text: str, line_end: int) -> bool:
    """The line after the one ending at ``line_end`` is a short capitalised title, with no blank line between."""
    return _TITLE_LINE.match(text, line_end) is not None


def _glued_label_at_end(content: str) -> Optional[re.Match[str]]:
    """A decision label glued to a sentence's end at the line's end ("… 2016.Beslutning")."""
    return patterns()["line_glued_decision"].search(content, max(0, len(content) - _GLUED_LABEL_TAIL))


_GLUED_LABEL_TAIL = 16  # the longest label with its colon and spaces fits in a line's last characters


def split_lines(text: str) -> list[Line]:
    """The lines of ``text`` with the offsets of their cleaned content."""
    lines: list[Line] = []
    pos = 0
    furniture_prefix = _furniture_prefix()  # looked up once, not per line
    for idx, chunk in enumerate(text.split("\n")):
        first = chunk[:1]
        m = _BULLETS.match(chunk) if first and (first.isspace() or first in _BULLET_CHARS) else None
        lead = m.end() if m else 0
        content = chunk[lead:] if lead else chunk
        furniture = furniture_prefix.match(content) if content[:1].isalpha() else None
        if furniture and content[furniture.end() :][:1].isupper():  # "fold dette punkt ind Indstilling …"
            lead += furniture.end()
            content = content[furniture.end() :]
        last = content[-1:]
        if last and (last.isspace() or last in "|>"):
            trail = _TRAIL.search(content)
            if trail:
                content = content[: trail.start()]
        start = pos + lead
        bulleted = bool(m) and any(c in _BULLET_CHARS for c in chunk[: m.end()])
        glued = _GLUED_NEXT_NUMBER.search(content) if content[-1:] in ". " and _title_follows(text, pos + len(chunk)) else None
        label = _glued_label_at_end(content) if glued is None else None
        if glued is not None:  # "Godkendt.3. " over the next item's title: that item's number opens a block of its own
            number, cut = content[glued.start():].rstrip(), start + glued.start()
            lines.append(Line(idx, start, cut, content[:glued.start()], bulleted=bulleted))
            lines.append(Line(idx, cut, cut, ""))
            lines.append(Line(idx, cut, cut + len(number), number))
        elif label is not None:  # "… protokollen.Beslutning" over "Godkendt.": the label opens a line of its own
            cut = start + label.start()
            lines.append(Line(idx, start, cut, content[:label.start()], bulleted=bulleted))
            lines.append(Line(idx, cut, start + len(content), content[label.start():]))
        else:
            lines.append(Line(idx, start, start + len(content), content, bulleted=bulleted))
        pos += len(chunk) + 1
    for k, line in enumerate(lines):
        line.idx = k
    lines = _single_spaced(lines)
    _mark_noise(lines)
    return lines


_SPACED_MIN_LINES = 12  # content lines a text with doubled line breaks has at least
_SPACED_MIN_ONES = 0.1  # of the gaps between its content lines, at least this share one blank line
_SPACED_MIN_BREAKS = 2  # and at least this many runs of three or more (its paragraph breaks)


def _single_spaced(lines: list[Line]) -> list[Line]:
    """The lines of a text whose every line break was doubled (an export that wrote "\n\n" for
    "\n": no two content lines adjacent, every run of blank lines odd) with the breaks undone, a run
    of 2k+1 blank lines read as k, so that a title over "Sag nr. 22" or a list under its label stay
    one block; other texts as they are. Offsets hold; ``idx`` is renumbered to the position in the
    returned list."""
    gaps: list[int] = []
    run = None
    for line in lines:
        if line.clean:
            if run is not None:
                gaps.append(run)
            run = 0
        elif run is not None:
            run += 1
    if (len(gaps) + 1 < _SPACED_MIN_LINES or any(g % 2 == 0 for g in gaps)
            or sum(g == 1 for g in gaps) < _SPACED_MIN_ONES * len(gaps) or sum(g >= 3 for g in gaps) < _SPACED_MIN_BREAKS):
        return lines
    kept: list[Line] = []
    blanks: list[Line] = []
    for line in lines:
        if line.clean:
            kept.extend(blanks[: (len(blanks) - 1) // 2] if kept else blanks)
            blanks = []
            kept.append(line)
        else:
            blanks.append(line)
    kept.extend(blanks)
    for idx, line in enumerate(kept):
        line.idx = idx
    return kept


@functools.lru_cache(maxsize=1)
def _furniture_prefix() -> re.Pattern[str]:
    """Controls of a web page written before a line's content ("fold dette punkt ind")."""
    return _any(phrases()["line_prefix_furniture_regex"])


_MARKER_LINE_MAX = 120  # longer lines with a page marker at the end are flattened pages, not furniture


_RUNNING_LINES = 2  # the lines of a running header or footer looked at on each side of a page marker
_TITLE_LINES = 3  # the first lines of a document that a running header repeats


@functools.lru_cache(maxsize=1)
def _page_marker_multiline() -> re.Pattern[str]:
    return re.compile(phrases()["page_marker_regex"], re.IGNORECASE | re.MULTILINE)


def _mark_noise(lines: list[Line]) -> None:
    pats = patterns()
    # a line's marker is a match in the joined lines too ("$" at each line's end): one search first
    joined = "\n".join(line.clean for line in lines)
    markers = [line.idx for line in lines if line.clean and pats["page_marker"].search(line.clean)] \
        if _page_marker_multiline().search(joined) else []
    # a flattened PDF page ends with its marker ("… Godkendt. Afbud: Ingen Side 2"): its text stays
    marked = {idx for idx in markers if len(lines[idx].clean) <= _MARKER_LINE_MAX}
    for line in lines:
        if line.clean and (pats["noise"].search(line.clean) or line.idx in marked):
            line.noise = True
    # running headers/footers: the same line beside two or more page markers
    # a header of two lines ("Byrådet" / "Udskrevet 3. maj 2024"): the farther line, ``outer``, counts only
    # when the nearer one is a running line too (not the last two names of a list that a page break ends)
    windows: list[set[int]] = []
    outer: dict[int, int] = {}  # farther line → the nearer line on its side of the marker
    for idx in markers:
        window = set()
        for step in (-1, 1):
            j = idx + step
            nearer = None
            for _ in range(_RUNNING_LINES):
                while 0 <= j < len(lines) and (not lines[j].clean or lines[j].noise) and abs(j - idx) < 4:
                    j += step
                if not (0 <= j < len(lines) and lines[j].clean and not lines[j].clean.endswith(".")) \
                        or abs(j - idx) >= 4:
                    break
                window.add(j)
                if nearer is not None:
                    outer.setdefault(j, nearer)
                nearer = j
                j += step
        windows.append(window)
    # count each line once: one page's own line between two markers is no running header
    # a label's value beside a marker ("FRAVÆRENDE" / "Eva Holm (V)") is no running line and counts not
    near = Counter(lines[j].clean for j in set().union(*windows) if not _under_label_alone(lines, j)) \
        if windows else Counter()
    # the document's title lines: repeated beside a page marker they head each page, however few pages
    top = [line.idx for line in lines if line.clean and not line.noise][:_TITLE_LINES]
    titles = {lines[k].clean for k in top}
    for window in windows:
        for j in sorted(window, key=lambda k: k in outer):  # the nearer lines first
            running = near[lines[j].clean] >= 2 or (lines[j].clean in titles and j > max(top))
            if j in outer and not lines[outer[j]].noise:
                continue
            if (running and not is_decision_like(lines[j].clean) and not _item_like(lines[j].clean)
                    and not _under_label_alone(lines, j)):
                lines[j].noise = True
    # group headings and footers repeated through the text ("B. Sager til afgørelse i udvalget")
    counts = Counter(line.clean for line in lines if line.clean)
    furniture = {clean for clean, n in counts.items() if n >= 3 and _repeatable_furniture(clean)}  # once per text
    if furniture:
        for line in lines:
            if line.clean in furniture:
                line.noise = True
    _mark_item_types(lines)


_ITEM_TYPE_VALUE_WORDS = 3


def _mark_item_types(lines: list[Line]) -> None:
    """The value under an item-type label ("Punkttype" over "Beslutning." or "Orientering."): what kind of
    item the agenda made it, no decision section of its own."""
    labels = {str(w).lower() for w in phrases()["item_type_labels"]}
    for k, line in enumerate(lines):
        if not line.clean or line.clean.strip(" :").lower() not in labels:
            continue
        j = k + 1
        while j < len(lines) and j <= k + 2 and lines[j].blank:
            j += 1
        if j < len(lines) and lines[j].clean and len(lines[j].clean.split()) <= _ITEM_TYPE_VALUE_WORDS:
            lines[j].noise = True


def _under_label_alone(lines: list[Line], j: int) -> bool:
    """Line ``j`` right under a label that stands alone ("Fraværende:" over "Eva Holm (V)"): the
    label's value, however often it is repeated beside page breaks, no running header; an
    attendance label alone needs no colon ("FRAVÆRENDE" over "Eva Holm (V)")."""
    if j == 0:
        return False
    above = lines[j - 1].clean
    if above.endswith(":") and patterns()["label_line"].match(above):
        return True
    found = _attendance_label(above)
    return found is not None and not found[1].group("value").strip()


def _item_like(clean: str) -> bool:
    """An item heading ("131. Strategi …"): listed in a table of contents before a page break and
    again after one, it is near two page markers but is not a running header."""
    return bool(patterns()["item_dot"].match(clean))


def _repeatable_furniture(clean: str) -> bool:
    if clean.endswith((".", ":")) or not _LETTERS3.search(clean):
        return False
    if _VOTE_WORDS.search(clean):
        return False
    if not (_LETTER_ITEM.match(clean) or dates_in(clean)):
        return False
    return not (is_decision_like(clean) or section_label(clean) is not None)


def is_decision_like(clean: str) -> bool:
    return parse_decision_heading(clean) is not None or bool(patterns()["absent"].match(clean))


def is_stop_line(clean: str) -> bool:
    return _is_stop_line(clean) if len(clean) <= _CACHED_LINE_CHARS else _stop_line(clean)


@functools.lru_cache(maxsize=4096)  # asked of the same lines by every decision reader that passes them
def _is_stop_line(clean: str) -> bool:
    return _stop_line(clean)


def _stop_line(clean: str) -> bool:
    pats = patterns()
    return bool(pats["stop"].search(clean) or pats["stop_ci"].search(clean))


# --- headings ----------------------------------------------------------------------------------


@dataclass
class DecisionHeading:
    """A decision heading: the deciding body, its date text and where inline wording starts."""

    body: Optional[str] = None
    date_text: Optional[str] = None
    inline: Optional[int] = None  # offset into the line's clean text
    label: Optional[str] = None  # "label" (Protokol:, Afgørelse:) or "body_date" (body, date, pkt. N)


@functools.lru_cache(maxsize=4096)  # asked of the same phrases many times
def is_body_name(phrase: str) -> bool:
    """True for the name of a council, committee or board ("Økonomi-, Erhvervs- og Planudvalget")."""
    phrase = phrase.strip(" ,.:")
    if not phrase or not phrase[0].isupper() or len(phrase.split()) > 9 or _DIGIT.search(phrase):
        return False
    if not _BODY_CHARS.fullmatch(phrase) or _clause_word().search(phrase) or _clause_verb().search(phrase):
        return False
    return bool(patterns()["body_word"].search(phrase) or patterns()["body_lead"].search(phrase))


@functools.lru_cache(maxsize=1)
def _clause_verb() -> re.Pattern[str]:
    """A finite verb as a word of its own (``body_clause_verbs``): the phrase is a clause."""
    verbs = "|".join(re.escape(str(w)) for w in phrases()["body_clause_verbs"])
    return re.compile(rf"(?<!\S)(?:{verbs})(?!\S)")


@functools.lru_cache(maxsize=1)
def _clause_word() -> re.Pattern[str]:
    """A lower-case word before any field link (``body_field_links``) that neither links
    (``body_name_links``), nor breaks a coordination ("Social-, sundheds- og …"), nor is an inflected
    adjective ("Det rådgivende …"), with a capitalised word after it: a clause's verb ("Formanden foreslår
    Vesterbro Lokaludvalg"), not part of a body's name."""
    p = phrases()
    field = "|".join(re.escape(str(w)) for w in p["body_field_links"])
    links = "|".join(re.escape(str(w)) for w in [*p["body_field_links"], *p["body_name_links"]])
    return re.compile(
        rf"^(?:(?!(?:{field})\s)\S+\s+)*?"
        rf"(?!(?:{links})\s)(?<=\s)[a-zæøå]+(?<![e-])\s+(?=\S*[A-ZÆØÅ])"
    )


def dates_in(s: str) -> list[Any]:
    """``find_candidates(s)``, skipped for text without a digit (every date has one)."""
    if not _DIGIT.search(s):
        return []
    return list(_line_dates(s)) if len(s) <= _CACHED_LINE_CHARS else find_candidates(s)


_CACHED_LINE_CHARS = 300


@functools.lru_cache(maxsize=1024)
def _line_dates(s: str) -> tuple[Any, ...]:
    """The candidates of one line or phrase, kept: the same lines are asked about again and again."""
    return tuple(find_candidates(s))


def _first_date(s: str) -> Optional[tuple[int, int]]:
    """Span of the first date in ``s``; a leading weekday and "den" stay outside the span's text."""
    found = dates_in(s)
    return (found[0][0].start, found[0][0].end) if found else None


def _date_text(s: str) -> str:
    return _WEEKDAY_DEN.sub("", s)


# the body's term after its name, bare or in brackets ("Byrådet 2018-2021", "Udvalget (18-21)"), and a weekday
_TERM_WEEKDAY_TAIL = re.compile(r"(?:\s+\d{2,4}\s*[-–]\s*\d{2,4}|\s+\(\d{2,4}\s*[-–]\s*\d{2,4}\))?(?:\s+[a-zæøå]+dag)?\s*$")


def _body_date_tail(rest: str, offset: int) -> Optional[DecisionHeading]:
    """``i Økonomiudvalget den 02-06-2020: text`` → body, date and inline offset."""
    meeting = _MEETING_REF.match(rest)  # "fra mødet den 12.05.2020": the date only
    r = rest[meeting.end() :] if meeting else _LINK_WORD.sub("", rest)
    shift = len(rest) - len(r)
    date = _first_date(r)
    if date is not None:
        body = _TERM_WEEKDAY_TAIL.sub("", _DEN_TAIL.sub("", r[: date[0]]))  # "… 2018-2021 fredag den"
        after = r[date[1] :]
        tail = _TIME_COLON.match(after)
        text_start = date[1] + (tail.end() if tail else 0)
        if patterns()["body_date_suffix"].match(after):  # "…, pkt. 1": the item number closes the heading
            text_start = len(r)
        if body and (meeting or not (_heading_body(body) or _template_short_name(r, body, date))):
            return None
        if text_start < len(r) and not after.lstrip().startswith(":"):
            rest = after.lstrip()
            if not (rest[:1].isupper() and _opens_with_outcome(rest)):
                return None
            # "Beslutning Byrådet, den 9. april 2019 Godkendt.": a flattened page ran the wording on
            text_start = date[1] + len(after) - len(rest)
        inline = offset + shift + text_start if text_start < len(r) else None
        return DecisionHeading(body or None, _date_text(r[date[0] : date[1]]), inline)
    if ":" in r:
        body, _, _ = r.partition(":")
        if _heading_body(body):
            colon = r.index(":") + 1
            inline = offset + shift + colon + (len(r[colon:]) - len(r[colon:].lstrip()))
            return DecisionHeading(body.strip(), None, inline if r[colon:].strip() else None)
        return None
    body = _DEN_TAIL.sub("", r)  # "I KOMMUNALBESTYRELSEN DEN" with the date lost
    if _heading_body(body):
        return DecisionHeading(body.strip(" ."), None, None)
    return None


# "Senior den 07-06-2022": a committee's short name in a case system's heading, the day in digits
def _template_short_name(rest: str, body: str, date: tuple[int, int]) -> bool:
    """A case system's decision heading that names the committee by its short name ("Beslutning
    Senior den 07-06-2022", "Beslutning Kultur og Fritid den 02-05-2023"): capitalised words, "den"
    and the day in digits with dashes, and nothing after; no outcome word as the name."""
    m = patterns()["short_name_date_heading"].fullmatch(rest.strip())
    if m is None or m.group("name") != body.strip() or m.start("date") != date[0] - (len(rest) - len(rest.lstrip())):
        return False
    return not _opens_with_outcome(body)


def _heading_body(phrase: str) -> bool:
    """A body name, or its abbreviation in a decision heading ("Beslutning i ØU den …")."""
    phrase = phrase.strip(" ,.")
    if " " not in phrase and phrase.islower():  # "Beslutning i udvalget"
        return bool(patterns()["body_word"].fullmatch(phrase))
    return is_body_name(phrase) or bool(_BODY_ABBREV.fullmatch(phrase))


def _may_end_in_item(clean: str) -> bool:
    """False when ``clean`` holds no "pkt"/"punkt" in any case, which "body_date_suffix" needs (its
    letters have no case form that lower() misses)."""
    low = clean.lower()
    return "pkt" in low or "punkt" in low


def parse_decision_heading(clean: str) -> Optional[DecisionHeading]:
    """A decision heading in one of its forms, or None (see :func:`_parse_decision_heading`; the
    answer for a line of ordinary length is kept: the readers ask it of the same lines again)."""
    return _decision_heading_cached(clean) if len(clean) <= _CACHED_LINE_CHARS else _parse_decision_heading(clean)


@functools.lru_cache(maxsize=8192)
def _decision_heading_cached(clean: str) -> Optional[DecisionHeading]:
    return _parse_decision_heading(clean)


def _parse_decision_heading(clean: str) -> Optional[DecisionHeading]:
    """A decision heading in one of its forms, or None.

    >>> parse_decision_heading("Beslutning i Økonomiudvalget den 02-06-2020").body
    'Økonomiudvalget'
    >>> parse_decision_heading("BeslutningGodkendt.").inline
    10
    >>> parse_decision_heading("Beslutning om samling af borgerservice") is None
    True
    """
    pats = patterns()
    word = phrases()["decision_word"]
    if clean[: len(word)].lower() == word:
        rest = clean[len(word) :]
        cell = _CELL.match(rest)
        if cell:  # a table row: "Beslutning | Godkendt. |"
            return DecisionHeading(inline=len(word) + cell.end())
        sep = _HEADING_SEPARATOR.match(rest)
        separated = bool(sep and sep.end() < len(rest))
        if sep and separated:  # "Beslutning - Byrådet 12.05.2020", "Beslutning (Byrådet, 12.05.2020)"
            rest = " " * sep.end() + (rest[sep.end() : -1].rstrip() if rest.endswith(")") else rest[sep.end() :])
        if not rest.strip(" :"):
            return DecisionHeading()
        stop = _LABEL_STOP.match(rest)
        if stop and (not rest[stop.end():].strip() or _opens_with_outcome(rest[stop.end():])
                     or (stop.end() < len(rest) and _COLUMN_GAP.match(rest, 1) and rest[stop.end()].isupper())):
            # "Beslutning." over its wording, or before it on the line ("Beslutning.    Budgettet vedtaget.")
            inline = len(word) + stop.end()
            return DecisionHeading(inline=inline if clean[inline:].strip() else None)
        if rest.lstrip().startswith(":"):
            colon = clean.index(":", len(word)) + 1
            inline = colon + (len(clean[colon:]) - len(clean[colon:].lstrip()))
            after = clean[inline:]
            found = _body_date_tail(after, inline) if after[:1].isupper() and _DIGIT.search(after) else None
            if found is not None and found.body and found.date_text:  # "BESLUTNING: Byrådet den 09-08-2022"
                return found
            return DecisionHeading(inline=inline if clean[colon:].strip() else None)
        if rest[0].isupper() and not clean[: len(word)].isupper():  # glued: "BeslutningGodkendt.", "BeslutningKommunalbestyrelsen 29. marts 2012: …"
            found = _body_date_tail(rest, len(word))
            return found if found is not None else DecisionHeading(inline=len(word))
        if rest[0].isspace():
            r = rest.lstrip()
            found = _body_date_tail(r, len(clean) - len(r)) if _GLUED_REST.match(r) else None
            if found is None and r[:1].isupper() and (
                    (not separated and (rest[0] == "\t" or rest.startswith("  "))) or _opens_with_outcome(r)):
                # a column ("Beslutning    Godkendt."), or the outcome right after ("Beslutning Godkendt.")
                return DecisionHeading(inline=len(clean) - len(r))
            return found
        return None
    m = pats["decision_label"].match(clean)
    if m and not pats["decision_addendum"].match(clean):
        return DecisionHeading(inline=m.end() if m.end() < len(clean) else None, label="label")
    m = pats["decision_colon_label"].match(clean)
    if m:  # "Aftalt: Bo skriver til kommunen."
        return DecisionHeading(inline=m.end(), label="label")
    m = pats["genitive"].match(clean) or (pats["genitive_upper"].match(clean) if clean.isupper() else None)
    if m and is_body_name(m.group("body")):
        rest = clean[m.end() :]
        date = _first_date(rest)
        tail = rest[date[1] :] if date else rest
        if tail.strip(" :"):
            colon = tail.find(":")
            if colon < 0 and tail.lstrip().startswith("|"):  # a table row: "Udvalgets beslutning | Godkendt."
                colon = tail.index("|")
            if colon < 0:
                return None
            start = len(clean) - len(tail) + colon + 1
            inline = start + (len(clean[start:]) - len(clean[start:].lstrip()))
        else:
            inline = None
        return DecisionHeading(m.group("body").strip(), _date_text(rest[date[0] : date[1]]) if date else None, inline)
    if not clean[:1].isupper() or pats["absent"].match(clean):
        return None  # "Fraværende i Byrådet, 3. maj 2022:" names the absent, it is no body's decision
    date = _first_date(clean) if ":" in clean or _may_end_in_item(clean) and pats["body_date_suffix"].search(clean) else None
    if date and date[0] > 0 and pats["body_date_suffix"].match(clean, date[1]):
        body = _DEN_TAIL.sub("", clean[: date[0]]).rstrip(" ,")
        if is_body_name(body):  # "Social- og Sundhedsudvalget, 10-09-2018, pkt. 63"
            return DecisionHeading(body, _date_text(clean[date[0] : date[1]]), None, label="body_date")
    # "Økonomi-, Erhvervs- og Planudvalget 21. marts 2012: Anbefales."
    if ":" not in clean:
        return None
    if date and date[0] > 0:
        body = _DEN_TAIL.sub("", clean[: date[0]])
        if not is_body_name(body) and _GENITIVE_MEETING.search(body):
            body = _GENITIVE_MEETING.sub("", body)  # "Integrationsudvalgets møde den 12. december 2011:"
            if any(w[:1].islower() and w not in _NAME_LINKS for w in body.split()):
                return None  # "Udsat til udvalgets møde den 5. maj 2020:": a sentence, not a body
        after = clean[date[1] :]
        if is_body_name(body) and after.lstrip().startswith(":"):
            start = date[1] + after.index(":") + 1
            inline = start + (len(clean[start:]) - len(clean[start:].lstrip()))
            return DecisionHeading(body, _date_text(clean[date[0] : date[1]]), inline if clean[start:].strip() else None)
    return None


_NAME_LINKS = frozenset({"og", "for", "i", "vedr.", "vedrørende", "om", "af", "-", "–"})
_GENITIVE_MEETING = re.compile(r"s\s+(?:ordinære\s+|ekstraordinære\s+)?møde$")
_OUTCOME_LEAD = 4  # words an outcome may come after at the start of decision wording


def _opens_with_outcome(s: str) -> bool:
    """Decision wording that states its outcome within its first words ("Godkendt.", "Taget til
    efterretning.", "Udvalget godkendte indstillingen.")."""
    m = patterns()["outcome"].search(s, 0, 80)
    return m is not None and len(s[: m.start()].split()) <= _OUTCOME_LEAD


def section_label(clean: str) -> Optional[tuple[str, Optional[int]]]:
    """A (non-decision) section heading: its label and where inline content starts, or None."""
    low = clean.lower()
    by_initial = patterns()["section_labels_by_initial"]
    candidates = by_initial.get(low[:1], ()) + by_initial.get("", ())
    if not low.startswith(candidates):  # one test for all of them (most lines open with no label)
        return None
    for label in candidates:
        if not low.startswith(label):
            continue
        rest = clean[len(label) :]
        if not rest.strip(" :.") and len(rest) <= 2:
            return label, None
        if rest.lstrip().startswith(":"):
            colon = clean.index(":", len(label)) + 1
            return label, colon + (len(clean[colon:]) - len(clean[colon:].lstrip()))
        if rest[0].isupper() and clean[: len(label)][0].isupper():
            return label, len(label)
        if _LABEL_DASH.match(rest) and len(clean) < 60:
            return label, None
    return None


# --- items -------------------------------------------------------------------------------------


@dataclass
class ItemHead:
    """An agenda item heading."""

    line: int
    number: Optional[int]
    title: str
    title_start: int
    title_end: int
    content_line: int  # first line after the heading
    glued_decision: Optional[str] = None  # a decision label glued to the title's end ("…formandenReferat")
    referenced: bool = False  # a section that refers back to the agenda list ("Ad. 1:"): its text is the minutes


@dataclass
class Section:
    """A section of an item: a decision (``kind == "decision"``) or another heading."""

    kind: str
    label: str
    line: int
    heading: Optional[DecisionHeading] = None
    inline_start: Optional[int] = None  # absolute offset of inline content
    body_start: int = 0  # first line of the body
    body_end: int = 0  # one past the last line


@dataclass
class Item:
    head: Optional[ItemHead]
    start_line: int
    end_line: int
    sections: list[Section] = field(default_factory=list)

    @property
    def decisions(self) -> list[Section]:
        return [s for s in self.sections if s.kind == "decision"]


@dataclass
class Layout:
    lines: list[Line]
    items: list[Item]
    header_end: int  # line index where the header ends
    # answers the minutes readers compute once per layout (``minutes.header_end`` and the header's lines)
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


def heading_kind(line: Line) -> Optional[Section]:
    """The section that ``line`` opens, if any."""
    if line.blank or line.noise:
        return None
    if not line.heading_known:  # the layout asks this of the same lines many times
        clean = line.clean
        line.heading_spec = _heading_spec_cached(clean) if len(clean) <= _CACHED_LINE_CHARS else _heading_spec(clean)
        line.heading_known = True
    spec = line.heading_spec
    if spec is None:
        return None
    kind, label, dec, offset = spec
    return Section(kind, label, line.idx, dec, line.start + offset if offset is not None else None)


@functools.lru_cache(maxsize=8192)  # the same label and heading lines stand in many layouts (the text's, its line view's)
def _heading_spec_cached(clean: str) -> Optional[tuple[str, str, Optional[DecisionHeading], Optional[int]]]:
    return _heading_spec(clean)


def _heading_spec(clean: str) -> Optional[tuple[str, str, Optional[DecisionHeading], Optional[int]]]:
    """What a line's text opens: kind, label, decision heading and inline offset."""
    dec = parse_decision_heading(clean)
    if dec is not None:
        return "decision", "beslutning", dec, dec.inline
    glued = _GLUED_LABEL.match(clean)  # "BilagBeslutning": an empty section glued to the next label
    if glued and glued.group(1).lower() in patterns()["section_labels"]:
        spec = _heading_spec(clean[glued.end(1):])
        if spec is not None and spec[3] is None:
            return spec
    sec = section_label(clean)
    if sec is not None:
        return "section", sec[0], None, sec[1]
    return None


_GLUED_LABEL = re.compile(r"^([A-ZÆØÅ][a-zæøå]{3,})(?=[A-ZÆØÅ][a-zæøå]{3,})")


# A budget row at the end of a numbered line: a signed amount or a bare number in millions.
_SIGNED_AMOUNT_END = re.compile(
    r"(?:^|\s)(?:[-–+]\s?\d{1,3}(?:\.\d{3})+(?:,\d+)?(?:\s*(?:mio\.|mia\.)?\s*kr\.?)?|\d{1,3}(?:\.\d{3}){2,})\s*$")


_CELL_GAP_LINES = 2


def _item_candidate(lines: list[Line], i: int, row: bool = False) -> Optional[ItemHead]:
    """An item heading at line ``i``; with ``row`` (under a decision table's heading row) the
    title may run on with the row's remarks and decision."""
    pats = patterns()
    line = lines[i]
    clean = line.clean
    if line.noise or not clean or not _DIGIT.search(clean):
        return None  # every form of a heading holds the item's number (a "\\d" in each pattern)
    m = pats["item_prefixed_alone"].match(clean)
    if m:  # "Sag nr. 61" below its title, or "Pkt. 61" above it
        below = lines[i + 1] if i + 1 < len(lines) else None
        if clean[:1] in "Pp" and below is not None and below.blank:  # a table's cells, one per paragraph
            j = _next_content(lines, i)
            below = lines[j] if j is not None and j - i <= _CELL_GAP_LINES else None
        if clean[:1] in "Pp" and below is not None and _title_below(below):  # "Pkt. 1" over its title
            return ItemHead(i, int(m.group("num")), below.clean, below.start, below.end, below.idx + 1)
        prev = _prev_content(lines, i, same_block=True)
        below = lines[i + 1] if i + 1 < len(lines) else None
        if prev is not None and below is not None and _title_below(below, labelled=True, section=True) \
                and _after_numbered_pair(lines, prev, int(m.group("num")), None, "item_prefixed_alone"):
            return ItemHead(i, int(m.group("num")), below.clean, below.start, below.end, i + 2)  # contents pairs
        if prev is not None and pats["label_line"].match(lines[prev].clean):
            return None  # "J.nr.: 00.01.00" above "Sagsnr.: 6628": a case's file numbers, no item
        if prev is not None and heading_kind(lines[prev]) is None:
            t = lines[prev]
            return ItemHead(prev, int(m.group("num")), t.clean, t.start, t.end, i + 1)
        nxt = lines[i + 1] if prev is None and i + 1 < len(lines) else None
        if nxt is not None and _title_below(nxt, labelled=True, section=True):
            return ItemHead(i, int(m.group("num")), nxt.clean, nxt.start, nxt.end, i + 2)
        return None
    m = pats["item_number_alone"].match(clean)
    if m:  # "81." or a bulleted "• 1" alone on its line, the title on the next
        return _number_alone_head(lines, i, int(m.group("num")), bool(m.group("dot")))
    page = _page_item_head(line) if (len(clean) >= _PAGE_ITEM_MIN or _page_side_prefix(clean)) \
        and clean[:1].isdigit() else None
    if page is not None:
        return page
    if pats["subheading"].search(clean):  # "Dagsordenspunkt 2: …" repeated under a decision heading
        prev = _prev_content(lines, i, same_block=True)
        sec = heading_kind(lines[prev]) if prev is not None else None
        if sec is not None and sec.kind == "decision" and sec.inline_start is None:
            return None
    glued = pats["item_glued_prefix"].match(clean)  # "Referat9. Frigivelse af …"
    skip = glued.end() if glued else 0
    keys = ("item_dot",) if glued else ("item_prefixed", "item_dot", "item_space", "item_glued")
    for key in keys:
        m = pats[key].match(clean[skip:] if skip else clean)
        if m:
            break
    else:
        return None
    num = int(m.group("num"))
    title = m.group("title")
    labelled = pats["page_line_item_label"].match(title) if key == "item_space" else None
    if labelled:  # "2 Økonomiudvalget Punkt: 177 …": the page's number, then the item's labelled one
        num = int(labelled.group("num"))
        title = title[: labelled.end()]  # the item's own title stands far on in the page, among its fields
    if key != "item_prefixed" and not labelled and (num > _MAX_ITEM_NUMBER or 1900 <= num <= 2100):
        return None
    if key != "item_prefixed" and _continues_clause(lines, i):
        return None  # "Forvaltningen indstiller, at" over "1. Rådet godkender …": points of a proposal
    if not title[:1].isupper() and not title[:1].isdigit() and not pats["status"].match(title):
        return None
    if _date_line(clean[skip:]):  # "25. February 2020 -": a date, not item 25
        return None
    if not _TITLE_WORD.search(title):  # "09. 11 2021": a date written with spaces, no title
        return None
    dashed = key == "item_dot" and clean[skip : skip + m.start("title")].rstrip(" |")[-1:] in "-–"
    slot = _TIME_SLOT.match(title) if key == "item_dot" else None
    if slot:  # "1 - 09.00-09.10 Godkendelse af dagsorden": the item's time on the agenda, then its title
        title = title[slot.end():]
    if (key == "item_space" or dashed) and _DIGIT.match(title):  # "2 - 3 uger"
        return None
    if key == "item_space" and _section_run_on(title):  # "4 Sagsfremstilling Forslaget …": a page number
        return None
    if key == "item_space" and _page_word_run_on(title):  # "3 Side Spørgetid …": a page number
        return None
    if key in ("item_space", "item_glued") and pats["toc_label"].match(title.split()[0]):
        return None  # "53Indholdsfortegnelse lukket møde": a page number glued to a contents heading
    if _SIGNED_AMOUNT_END.search(title):  # "7. Jordforsyning -5.000.000 kr.": a row of a budget list
        return None
    if key != "item_prefixed" and _MEMBER_ROW.fullmatch(title.rstrip()):
        return None  # " 1. Anne Lund (C)": a numbered list of the elected members, no agenda item
    title_start = line.start + skip + m.start("title") + (slot.end() if slot else 0)
    title = pats["toc_leader"].sub("", pats["status_trailing"].sub("", title)).rstrip()
    title = pats["item_continued"].sub("", title)
    glued_label = pats["title_glued_decision"].search(title)
    if glued_label:  # "Meddelelse fra formandenReferat": the tab label of the item's minutes
        title = title[: glued_label.start()]
    if not title or len(title) > (_ROW_MAX if row else _TITLE_MAX) and not (
            key in ("item_dot", "item_glued") and _RUN_ON_TITLE.match(title)):
        return None  # a long numbered paragraph is a point of some text, unless a short title sentence opens it
    if key == "item_prefixed" and _outcome_under_decision(lines, i, title):
        return None  # "Beslutning i …" / "Punkt 28. Aftale med X udsat.": the decision names another item
    head = ItemHead(i, num, title, title_start, title_start + len(title), i + 1,
                    glued_label.group().lower() if glued_label else None)
    if title == m.group("title")[slot.end() if slot else 0 :].rstrip():
        _join_wrapped_title(lines, head)
    return head




_OUTCOME_TAIL_CHARS = 30  # the end of a line where its closing outcome word stands
# a person's name of two to four words and a party letter in brackets, all the line holds
_MEMBER_ROW = re.compile(r"[A-ZÆØÅ][\w'-]*\.?(?:[ ][A-ZÆØÅ][\w'-]*\.?){1,3}[ ]\([A-ZÆØÅ]{1,3}\)")


_UNDER_DECISION_MAX_GAP = 3


def _outcome_under_decision(lines: list[Line], i: int, title: str) -> bool:
    """A prefixed item line ("Punkt 28. Aftale med Lejerbo udsat.") right under a decision heading
    with no wording of its own, that closes with an outcome: the decision's wording about another
    item (a heading ends with no outcome and no full stop)."""
    if not title.endswith("."):
        return False
    prev = _prev_content(lines, i)
    if prev is not None and i - prev > _UNDER_DECISION_MAX_GAP:
        prev = None  # a blank line or two may part the heading from its wording
    sec = heading_kind(lines[prev]) if prev is not None else None
    if sec is None or sec.kind != "decision" or sec.inline_start is not None:
        return False
    return patterns()["outcome"].search(title[-_OUTCOME_TAIL_CHARS:]) is not None


def _continues_clause(lines: list[Line], i: int) -> bool:
    """The line before ends with a subordinate "at" ("Forvaltningen indstiller, at"): the numbered
    lines under it finish that sentence."""
    prev = _prev_content(lines, i)
    return prev is not None and patterns()["clause_open"].search(lines[prev].clean) is not None


def _date_line(clean: str) -> bool:
    """True when the line opens with a full date ("3. April 2020"), the day read as an item number."""
    found = dates_in(clean[:40])
    return bool(found) and found[0][0].start == 0 and found[0][0].year is not None


# an agenda item's time slot before its title ("09.00-09.10 ", "13:30 - 14:15 ")
_TIME_SLOT = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d\s*[-–]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d\s+(?=[A-ZÆØÅ])")
_TITLE_WORD = re.compile(r"[^\W\d_]{2}")  # a title has a word, not only numbers
_PAGE_ITEM_MIN = 120  # a flattened page is a long line
# a transcript page that opens with its number and its footer's "Side N" ("3 Side 3 1. Godkendelse af
# dagsorden …", "3 Side 1 1. …" where the minutes number their pages after a cover and a contents
# page): a page however short (a page that holds one short item)
_PAGE_SIDE_PREFIX = re.compile(r"^(?P<page>\d{1,4})\s+Side\s+(?P<own>\d{1,4})\s+\d{1,3}\.\s")


def _page_side_prefix(clean: str) -> bool:
    """``clean`` opens with a transcript page's number and the minutes' own "Side N", N no higher
    than the transcript's (the minutes do not count the pages before their first)."""
    m = _PAGE_SIDE_PREFIX.match(clean)
    return m is not None and int(m.group("own")) <= int(m.group("page"))
_ROW_MAX = 1500  # a flattened table row: item, title, remarks and decision
_TITLE_MAX = 300
# "5.Meddelelser fra formanden. Jens orienterede om …": the item's text runs on after its title's sentence
_RUN_ON_TITLE = re.compile(r"^[A-ZÆØÅ][^.:;!?\n]{2,80}?[a-zæøå]\.\s+(?=[A-ZÆØÅ])")
_PAGE_TITLE_MAX = 160


@functools.lru_cache(maxsize=1)
def _page_item_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    p = phrases()
    labels = re.longest_first({str(x) for x in p["section_labels"]} | {p["decision_word"]})
    forms = "|".join(re.escape(f(x)).replace(r"\ ", r"\s+") for x in labels for f in (str.capitalize, str.upper))
    # the title also ends at the first section label run on after it ("… Sagsfremstilling Forvaltningen …")
    end = rf"{p['page_item_title_end_regex']}|\s(?:{forms})(?=\s*:|\s+[A-ZÆØÅ])"
    return re.compile(p["page_item_regex"]), re.compile(end), re.compile(p["page_item_title_tail_regex"])


def _page_item_head(line: Line) -> Optional[ItemHead]:
    """An item heading that opens a PDF page flattened into one line ("7 4. Godkendelse af regnskab
    Åben sag Sagsnr.: …"); its sections and decision run on in the same line, so the item's
    content starts at the heading line itself. The title ends at the item's status, case number
    or first section label; without one of these the line is not taken."""
    m = _page_item_patterns()[0].match(line.clean)
    return page_item_at(line, m.start("num"), m.start("title")) if m else None


def page_item_at(line: Line, num_at: int, title_at: int) -> Optional[ItemHead]:
    """The item heading whose number starts at ``num_at`` and title at ``title_at`` inside a
    flattened page line; the title ends at the item's status, case number or first section label."""
    _, title_end, tail = _page_item_patterns()
    end = title_end.search(line.clean, title_at)
    if end is None:
        return None
    span = line.clean[title_at : end.start()].rstrip()
    if span.endswith(".") or len(span) > _PAGE_TITLE_MAX:  # a sentence ran on to the label, not a title
        return None
    title = tail.sub("", span.rstrip(" ,-–"))
    num = _LEADING_NUMBER.match(line.clean, num_at)
    if not title or num is None:
        return None
    start = line.start + title_at
    return ItemHead(line.idx, int(num.group()), title, start, start + len(title), line.idx)


def _section_run_on(title: str) -> bool:
    """A section or contents label with its text run on after it ("Sagsfremstilling Forslaget har …",
    "BESLUTNING I BYRÅDET DEN Godkendt.", "Indholdsfortegnelse Punkter …"): a flattened page, not an
    item title."""
    first, _, rest = title.partition(" ")
    if not rest[:1].isupper():
        return False
    word = first.lower().strip(":")
    return word in patterns()["section_labels"] or word == phrases()["decision_word"] \
        or bool(patterns()["toc_label"].match(first))


def _page_word_run_on(title: str) -> bool:
    """A transcript page's running "Side" whose own number was lost, the page's text run on after it
    ("Side Spørgetid Sagsnr.: …", "Side Ø Budget, regnskab …"): the number before it is the
    transcript's page number, not an item's."""
    first, _, rest = title.partition(" ")
    return first.lower() in phrases()["page_furniture_number_words"] and first[:1].isupper() and rest[:1].isupper()


_TITLE_GAP = 2  # blank lines allowed between a bare item number and its title


def _number_alone_head(lines: list[Line], i: int, num: int, dot: bool) -> Optional[ItemHead]:
    """An item whose number stands alone on its line ("81.", "• 135.", "• 1"), the title on the
    next line or after a blank line or two. A number without a dot counts only as a bullet, and
    an unbulleted one only at the start of a block."""
    line = lines[i]
    if num > _MAX_ITEM_NUMBER or 1900 <= num <= 2100 or not (dot or line.bulleted):
        return None
    prev = _prev_content(lines, i, same_block=True)
    if not line.bulleted and prev is not None and not _after_numbered_pair(lines, prev, num, dot):
        return None
    j = i + 1
    while j < len(lines) and j <= i + _TITLE_GAP and lines[j].blank:
        j += 1
    if j >= len(lines) or not _title_below(lines[j], labelled=True, section=True):
        return None
    t = lines[j]
    return ItemHead(i, num, t.clean, t.start, t.end, j + 1)


def _after_numbered_pair(lines: list[Line], prev: int, num: int, dot: Optional[bool],
                         pattern: str = "item_number_alone") -> bool:
    """Whether line ``prev`` above a bare number ``num`` ends a run of number and title pairs that
    opens a block or follows a contents label ("Dagsorden:" / "1." / "Godkendelse af referat" /
    "2." …, a contents list one cell a line), so the number opens a pair, though not a block."""
    number_alone = patterns()[pattern]  # "81." alone, or "Sag nr. 81" (``dot`` None)
    if patterns()["toc_label"].match(lines[prev].clean):
        return True  # "Dagsorden:" over "1."
    while True:
        above = _prev_content(lines, prev, same_block=True)
        m = number_alone.match(lines[above].clean) if above is not None else None
        if not (m and int(m.group("num")) == num - 1 and (dot is None or bool(m.group("dot")) == dot)
                and _title_below(lines[prev], labelled=True, section=True)):
            return False
        num, prev = num - 1, _prev_content(lines, above, same_block=True)
        if prev is None:
            return True  # the run opens its block
        if patterns()["toc_label"].match(lines[prev].clean):
            return True


def _title_below(line: Line, labelled: bool = False, section: bool = False) -> bool:
    """True when ``line`` can be the title under a bare item number; with ``section`` also a
    section's name that is no item's opening label ("Orientering", not "Sagsfremstilling")."""
    clean = line.clean
    if line.blank or line.noise or not clean[:1].isupper() or len(clean) > 300 or clean.endswith(":"):
        return False
    sec = heading_kind(line)
    if sec is not None and not (section and sec.kind == "section" and sec.label not in patterns()["item_opening"]):
        return False  # "81." over "Orientering": a title that is also a section's name; not "Sagsfremstilling"
    if patterns()["toc_label"].match(clean):
        return False
    if not patterns()["label_line"].match(clean):
        return True
    # "Beslutningssag: Godkendelse af …" under a bare number: a title with its kind of item
    value = clean.split(":", 1)[1].strip()
    return labelled and value[:1].isupper() and len(value.split()) >= 2 and not dates_in(value) \
        and _attendance_label(clean) is None


def _join_wrapped_title(lines: list[Line], head: ItemHead) -> None:
    """A title wrapped onto the next line (PDF exports) continues there."""
    j = head.line + 1
    if j >= len(lines):
        return
    nxt = lines[j]
    if nxt.blank or nxt.noise or heading_kind(nxt) is not None or nxt.clean.endswith((".", ":", ";")):
        return
    if ":" in nxt.clean or "/" in nxt.clean or _DIGIT.match(nxt.clean) or patterns()["label_line"].match(nxt.clean):
        return
    after = lines[j + 1] if j + 1 < len(lines) else None
    ends_block = after is None or after.blank or heading_kind(after) is not None
    lower = nxt.clean[:1].islower()
    wrapped = (len(head.title) >= 70 and len(nxt.clean) <= 60 and not _DIGIT.search(nxt.clean)
               and not is_body_name(nxt.clean))
    if ends_block and (lower or wrapped):
        head.title = f"{head.title} {nxt.clean}"
        head.title_end = nxt.end
        head.content_line = j + 1


def _prev_content(lines: list[Line], i: int, same_block: bool = False) -> Optional[int]:
    j = i - 1
    while j >= 0 and (lines[j].blank or lines[j].noise):
        if same_block and lines[j].blank:
            return None
        j -= 1
    return j if j >= 0 else None


def _similar(a: str, b: str) -> bool:
    na = _NON_WORD.sub("", a.lower())[:40]
    nb = _NON_WORD.sub("", b.lower())[:40]
    n = min(len(na), len(nb))
    return n > 0 and na[:n] == nb[:n]


def find_items(lines: list[Line], listed: Optional[dict[str, int]] = None) -> tuple[list[ItemHead], int]:
    """Agenda item headings in order, and the line where the first candidate (TOC or item) is.
    ``listed`` receives the numbers of the titles in a table of contents."""
    attendance = _numbered_attendance_lines(lines)  # "Deltagere:" / "1. Kurt Lykke (A)" are no items
    table = next((line.idx for line in lines
                  if line.clean and line.clean[0] in "PpNnDd" and decision_column_heading(line.clean)), len(lines))
    cands = [
        c for c in (_item_candidate(lines, i, i > table) for i in range(len(lines)) if i not in attendance)
        if c is not None
    ]
    first = min((c.line for c in cands), default=len(lines))
    referenced = _referenced_items(lines, cands)
    if referenced:
        return referenced, first
    run = _counted_run_before_all_first(lines, cands)
    if run:  # "1. Velkomst" / "2. Valg af ordstyrer", then "1." before every later item
        for cand in cands[run:]:
            cand.number = None
        return cands, first
    cands = _without_toc_blocks(lines, cands, {} if listed is None else listed)
    # a table of contents repeats items that come again later; a heading repeated after a page
    # break ("5. Title (fortsat)") continues the item before it
    kept: list[ItemHead] = []
    for k, cand in enumerate(cands):
        later = [c for c in cands[k + 1 :] if c.number == cand.number]
        listed = bool(later) and not _numbering_goes_on(lines, [cand], cands[k + 1:]) and (
            (_no_sections(lines, cand, cands[k + 1]) and not _has_text(lines, cand, cands[k + 1]))
            or (any(_similar(cand.title, c.title) for c in later) and not _has_content(lines, cand, cands[k + 1])))
        if listed:
            if cands[k + 1] is later[0]:  # "• Pkt. 62 …" right before "Pkt. 62": the item starts there
                later[0].line = cand.line
            continue
        kept.append(cand)
    if _all_first(lines, kept):  # "1." before every item: an ordered list that lost its numbers
        for cand in kept[1:]:  # the first entry of the list is item 1 indeed
            cand.number = None
        return kept, first
    accepted: list[ItemHead] = []
    rejected: set[int] = set()
    for k, cand in enumerate(kept):
        nxt = kept[k + 1] if k + 1 < len(kept) else None
        if _in_list(lines, cand, nxt, rejected, first_item=not accepted) or _listed_under_colon(lines, cand, kept[k + 1:]):
            rejected.add(cand.line)
            continue
        last = accepted[-1].number if accepted else None
        backwards = last is not None and cand.number is not None and cand.number <= last
        if backwards and not _restarts(lines, cand, kept):
            rejected.add(cand.line)
            continue
        accepted.append(cand)
    return accepted, first


_REFERENCES_MIN = 2


def _referenced_items(lines: list[Line], cands: list[ItemHead]) -> list[ItemHead]:
    """Minutes that give the agenda as a numbered list and then one section per item, opened by a
    line that refers back to the entry's number ("1. Godkendelse af referat" … "Ad. 1:" over
    "Referatet blev godkendt."): the sections are the items, titled by their listed entries. Empty
    unless at least two such lines refer, in rising order, to entries listed before them, and unless the first
    stands right under a decision heading (there they answer the numbered points of the item's recommendation)."""
    pat = patterns()["item_reference"]
    refs: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if line.noise or not line.clean[:2].lower() == "ad":
            continue
        m = pat.match(line.clean)
        if m:
            refs.append((i, int(m.group("num"))))
    if len(refs) < _REFERENCES_MIN or any(a[1] >= b[1] for a, b in zip(refs, refs[1:])):
        return []
    first = _prev_content(lines, refs[0][0])
    if first is not None and (sec := heading_kind(lines[first])) is not None and sec.kind == "decision":
        return []  # "Beslutning …" over "Ad 1." / "Ad 2.": the decision answers its recommendation's points
    listed: dict[int, ItemHead] = {}
    for c in cands:
        if c.line < refs[0][0] and c.number is not None:
            listed.setdefault(c.number, c)
    if sum(num in listed for _, num in refs) < _REFERENCES_MIN:
        return []
    heads = []
    for i, num in refs:
        entry = listed.get(num)
        title = entry.title.rstrip(" .") if entry is not None else ""
        start = entry.title_start if entry is not None else lines[i].end
        heads.append(ItemHead(i, num, title, start, start + len(title), i + 1, referenced=True))
    return heads


@functools.lru_cache(maxsize=1)
def _decision_column_pattern() -> re.Pattern[str]:
    return re.compile(phrases()["decision_column_heading_regex"], re.IGNORECASE)


def decision_column_heading(clean: str) -> bool:
    """The heading row of a table of items whose last column is the decision ("Pkt. Emne: Beslutning:")."""
    return len(clean) <= 120 and bool(_decision_column_pattern().match(clean))


def _no_list_start(cand: ItemHead, nxt: Optional[ItemHead]) -> bool:
    """An entry numbered past 1 that the next number does not follow ("Hent som fil:" over "108.
    Dialogmøde …", then "1. Velkomst" inside its case): an item under an empty label, not the
    first entry of a list, which counts on from where it starts."""
    return (cand.number is not None and cand.number > 1 and nxt is not None and nxt.number is not None
            and nxt.number != cand.number + 1)


def _in_list(lines: list[Line], cand: ItemHead, nxt: Optional[ItemHead], rejected: set[int], first_item: bool) -> bool:
    """True when ``cand`` is an entry of a numbered list inside the text, not an item: it follows
    a line ending in ":" or ",", or the entry before it in the list was not an item. The heading
    row of a decision table ("Pkt. Emne: Beslutning:") does not open a list."""
    prev = _prev_content(lines, cand.line, same_block=True)
    if prev is not None and lines[prev].clean.endswith((":", ",")) and not decision_column_heading(lines[prev].clean):
        # "Lokation:" with its value missing, right before item 1 with its own decision
        if _no_list_start(cand, nxt):
            return False
        if _agenda_record_under_label(lines, prev, cand, nxt, first_item):
            return False
        own_decision = _has_decision(lines, cand, nxt)
        return not (first_item and own_decision and not cand.title.endswith("."))
    before = _prev_content(lines, cand.line)
    if before is None:
        return False
    if before in rejected and _number_of(lines, before) == (cand.number or 0) - 1:
        # the list goes on; across blank lines only up to an entry without its own decision
        return before == prev or not _has_decision(lines, cand, nxt)
    # "… fire fokusområder:" / blank line / "1. Ungeområdet, …": entries with nothing between them
    return (lines[before].clean.endswith(":") and not decision_column_heading(lines[before].clean)
            and not _agenda_list_label(lines[before].clean) and nxt is not None and _adjacent(lines, cand, nxt))


def _agenda_record_under_label(lines: list[Line], prev: int, cand: ItemHead, nxt: Optional[ItemHead],
                               first_item: bool) -> bool:
    """"Dagsorden:" right over item 1, whose record follows in prose before item 2 ("Dagsorden:" /
    "1. Godkendelse af dagsorden." / "Dagsordenen blev godkendt."): the minutes give each item under
    the agenda's label, not a list of entries."""
    if not first_item or cand.number != 1 or nxt is None or nxt.number != 2:
        return False
    return _agenda_list_label(lines[prev].clean) and _has_text(lines, cand, nxt)


def _listed_under_colon(lines: list[Line], cand: ItemHead, later: list[ItemHead]) -> bool:
    """An entry under a line ending in ":" inside an item's text ("Efter udsendelse er modtaget
    følgende:" / "3. Pjece fra …") whose number a later item heading has again: the list's entry."""
    before = _prev_content(lines, cand.line) if cand.number is not None else None
    if before is None or not lines[before].clean.endswith(":"):
        return False
    clean = lines[before].clean
    if decision_column_heading(clean) or _agenda_list_label(clean) or _item_word_head(lines[cand.line].clean):
        return False
    return any(c.number == cand.number for c in later)


@functools.lru_cache(maxsize=1)
def _item_word_head_pattern() -> re.Pattern[str]:
    return re.compile(phrases()["item_word_head_regex"])


def _item_word_head(clean: str) -> bool:
    """A heading that calls itself an agenda item ("Punkt 3 …", "Pkt. 12 …"): no entry of a list."""
    return _item_word_head_pattern().match(clean) is not None


@functools.lru_cache(maxsize=1)
def _agenda_list_pattern() -> re.Pattern[str]:
    return re.compile(phrases()["agenda_list_label_regex"], re.IGNORECASE)


def _agenda_list_label(clean: str) -> bool:
    """The label over the agenda itself ("Dagsorden:"): the numbered entries under it are the items
    (a contents list that repeats them later was set aside before)."""
    return bool(_agenda_list_pattern().match(clean))


def _has_content(lines: list[Line], cand: ItemHead, nxt: ItemHead) -> bool:
    """Text between two candidates other than headings: the first is an item, not a listing
    (a contents list may have group labels such as "Lukkede punkter" between its entries)."""
    return any(not (lines[j].blank or lines[j].noise) and heading_kind(lines[j]) is None
               for j in range(cand.content_line, nxt.line))


_ALL_FIRST_MIN = 3


def _all_first(lines: list[Line], cands: list[ItemHead]) -> bool:
    """Every candidate is numbered 1 and opens a block with prose or a section under it: the
    items of a web page whose ordered list was saved as "1." before each entry."""
    if len(cands) < _ALL_FIRST_MIN or any(c.number != 1 for c in cands):
        return False
    return all(_prev_content(lines, c.line, same_block=True) is None
               and any(not (line.blank or line.noise) for line in lines[c.content_line:nxt.line])
               for c, nxt in zip(cands, cands[1:]))


def _counted_run_before_all_first(lines: list[Line], cands: list[ItemHead]) -> int:
    """The length of an opening run "1.", "2.", … in one block of lines, when every later candidate
    is numbered 1 and opens a block of its own with text under it (``_all_first``): a web page whose
    first list kept its count and whose later entries each became a list of their own; 0 otherwise."""
    run = 1 if cands and cands[0].number == 1 else 0
    while (0 < run < len(cands) and cands[run].number == run + 1
           and _prev_content(lines, cands[run].line, same_block=True) == cands[run - 1].line):
        run += 1
    if run < 2 or len(cands) - run < _ALL_FIRST_MIN:
        return 0
    rest = cands[run - 1:]
    ok = all(c.number == 1 for c in rest[1:]) and _all_first(lines, rest[1:])
    return run if ok and any(not (line.blank or line.noise) for line in lines[rest[0].content_line:rest[1].line]) else 0


def _has_text(lines: list[Line], cand: ItemHead, nxt: ItemHead) -> bool:
    """Prose under a candidate before the next one (not a page number, not a heading): an item of
    plain minutes whose numbering starts again further down ("1. Godkendelse af dagsorden" over
    "Godkendt uden bemærkninger", later "1. Sommerfest"), not a contents entry."""
    if len(cand.title) > _PLAIN_TITLE_MAX:  # a run-on page line ("1 SKOVBY KOMMUNE Referat … Mødedato: …")
        return False
    return any(not (lines[j].blank or lines[j].noise) and heading_kind(lines[j]) is None
               and (_PROSE_LINE.search(lines[j].clean) or _outcome_record(lines[j].clean))
               and not _contents_heading(lines[j].clean)
               for j in range(cand.content_line, nxt.line))


def _outcome_record(clean: str) -> bool:
    """A short line that records an item's outcome ("Godkendt", "Taget til efterretning"): the text
    of an item, never of a contents list."""
    return len(clean.split()) <= _OUTCOME_RECORD_WORDS and patterns()["outcome"].match(clean) is not None


_OUTCOME_RECORD_WORDS = 6
_PLAIN_TITLE_MAX = 100
_PROSE_LINE = re.compile(r"[a-zæøå]{2,}\s+[a-zæøå]{2,}\s+[a-zæøå]{2,}")  # words, not "Side 4" or a leader


def _has_decision(lines: list[Line], cand: ItemHead, nxt: Optional[ItemHead]) -> bool:
    end = nxt.line if nxt is not None else len(lines)
    for j in range(cand.content_line, end):
        sec = heading_kind(lines[j])
        if sec is not None and sec.kind == "decision":
            return True
    return False


def _adjacent(lines: list[Line], a: ItemHead, b: ItemHead, page_numbers: bool = False) -> bool:
    """Nothing but blank lines and furniture between two item candidates (with ``page_numbers``,
    also the page number a contents list gives on its own line)."""
    return b.line > a.line and all(lines[j].blank or lines[j].noise
                                   or (page_numbers and _PAGE_NUMBER_LINE.fullmatch(lines[j].clean))
                                   for j in range(a.content_line, b.line))


_PAGE_NUMBER_LINE = re.compile(r"\d{1,4}")


def _contents_heading(clean: str) -> bool:
    """A contents heading, alone or with a page number glued before it and words after it
    ("Indholdsfortegnelse", "53Indholdsfortegnelse lukket møde")."""
    words = _LEADING_NUMBER.sub("", clean, count=1).split()
    return bool(words) and (bool(patterns()["toc_label"].match(clean))
                            or (clean[:1].isdigit() and bool(patterns()["toc_label"].match(words[0]))))


def _without_toc_blocks(lines: list[Line], cands: list[ItemHead], listed: dict[str, int]) -> list[ItemHead]:
    """Drop tables of contents: runs of item candidates with nothing between them, under a
    contents label or numbered again later. An item whose heading the export glued to the line
    before ("… den 14.03.20217. Meddelelser") is found again by its listed title."""
    if len(cands) < 2:
        return cands
    blocks: list[list[ItemHead]] = [[cands[0]]]
    for a, b in zip(cands, cands[1:]):
        if _adjacent(lines, a, b, page_numbers=True) and (a.number or 0) < (b.number or 0):
            blocks[-1].append(b)
        else:
            blocks.append([b])
    out: list[ItemHead] = []
    toc_last: Optional[ItemHead] = None  # the last entry of the contents list just read
    for k, block in enumerate(blocks):
        later = [c for rest in blocks[k + 1 :] for c in rest]
        continued = toc_last is not None and _continues_toc(lines, toc_last, block[0])
        if not continued and (len(block) < 2 or not _is_toc(lines, block, later)):
            toc_last = None
            out.extend(block)
            continue
        toc_last = block[-1]
        listed.update((c.title, c.number) for c in block if c.number is not None)
        numbers = {c.number for c in later}
        recovered = [h for h in (_glued_heading(lines, c, block[-1].line) for c in block if c.number not in numbers)
                     if h is not None]
        out.extend(recovered)
    seen: set[int] = set()
    unique = []
    for c in sorted(out, key=lambda c: c.line):
        if c.line not in seen:
            seen.add(c.line)
            unique.append(c)
    return unique


_TOC_GAP_MAX_LINES = 3  # short lines between two runs of one contents list
_TOC_GAP_MAX_WORDS = 5


def _continues_toc(lines: list[Line], last: ItemHead, first: ItemHead) -> bool:
    """``first`` goes on with the contents list that ended at ``last``: its number is the next one,
    and between them stand only a few short lines that are no sentences (a full stop only where the list's
    entries end with one too), a group heading
    ("Efterretningssager", "Lukkede punkter") or the wrapped end of a long listed title."""
    if last.number is None or first.number is None or first.line <= last.line:
        return False
    gap = [line.clean for line in lines[last.content_line : first.line] if not (line.blank or line.noise)]
    if first.number != last.number + 1:
        return _skipped_entries(gap, last.number, first.number)
    # a list whose entries end with a full stop ("5. Orientering fra udvalgene." / "Møde i kioskudvalget.")
    # ends the wrapped part of an entry with one too
    ends = (":", "!", "?") if last.title.endswith(".") else (".", ":", "!", "?")
    return len(gap) <= _TOC_GAP_MAX_LINES and all(
        len(clean.split()) <= _TOC_GAP_MAX_WORDS and not clean.endswith(ends)
        and _LEADING_NUMBER.match(clean) is None for clean in gap)


def _skipped_entries(gap: list[str], last: int, first: int) -> bool:
    """The lines between two runs of a contents list are its entries that were no item candidates
    ("344 2. behandling af budget", a title that opens with a number): one line each, numbered in
    order from ``last + 1`` to ``first - 1``."""
    if not 0 < first - last - 1 <= _TOC_GAP_MAX_LINES or len(gap) != first - last - 1:
        return False
    for k, clean in enumerate(gap):
        m = _LEADING_NUMBER.match(clean)
        if m is None or int(m.group()) != last + 1 + k or len(clean.split()) > _TOC_ENTRY_MAX_WORDS:
            return False
    return True


_TOC_ENTRY_MAX_WORDS = 15


def _is_toc(lines: list[Line], block: list[ItemHead], later: list[ItemHead]) -> bool:
    prev = _prev_content(lines, block[0].line)
    if prev is not None and _contents_heading(lines[prev].clean):
        return not any(_resolved_entry(c.title) for c in block)
    numbers = {c.number for c in block}
    if any(c.number in numbers for c in later) and not _numbering_goes_on(lines, block, later):
        return True
    after = {line.clean for line in lines[block[-1].line + 1 : block[-1].line + 1 + _GLUED_SEARCH_LINES]}
    # listed titles that come again as headings without their numbers, or glued to other text
    return any(c.title in after for c in block) or any(
        _glued_heading(lines, c, block[-1].line) is not None for c in block)


_GOES_ON_MIN = 2  # items after the block that carry its numbering on
# an entry that runs on into its text ("5) Parkering: Vi har brug for …"): an item, no contents entry
_ENTRY_SENTENCE = re.compile(r"[a-zæøå]{2}[.:]\s+[A-ZÆØÅ][a-zæøå]*\s+\w+")


def _numbering_goes_on(lines: list[Line], block: list[ItemHead], later: list[ItemHead]) -> bool:
    """The items after ``block`` carry its numbering on (1, 2, 3 in a run, then 4, 5, … that do not
    come again, one of them running on into its text), so the same numbers further down open a list inside an item ("10) Udvalgsinfo" /
    "1. Musik: …"), not the agenda after its contents list, which starts again from the first."""
    last = block[-1].number
    if last is None:
        return False
    seq: list[ItemHead] = []
    for c in later:
        if c.number is None or c.number <= last:
            break
        seq.append(c)
    if len(seq) < _GOES_ON_MIN or seq[0].number != last + 1:
        return False
    steps = list(zip(seq, seq[1:]))[:_GOES_ON_MIN]
    again = {c.number for c in later[len(seq):]}  # a contents list split by a page break comes again whole
    return (all(b.number == a.number + 1 and b.number not in again for a, b in steps)
            and any(_ENTRY_SENTENCE.search(c.title) for c in seq[:_GOES_ON_MIN + 1]))


_ENTRY_VALUE = re.compile(r":\s+(?=\S)")
_ENTRY_VALUE_MAX_WORDS = 4


def _resolved_entry(title: str) -> bool:
    """An agenda entry that carries its own outcome after a colon ("Regnskab: godkendt.",
    "Bemærkninger til referatet: ingen."): minutes written as the agenda list, not contents."""
    m = _ENTRY_VALUE.search(title)
    if m is None:
        return False
    rest = title[m.end():].strip()
    if len(rest.split()) > _ENTRY_VALUE_MAX_WORDS:
        return False
    return bool(patterns()["outcome"].match(rest) or _nothing_value().match(rest))


@functools.lru_cache(maxsize=1)
def _nothing_value() -> re.Pattern[str]:
    return re.compile(phrases()["nothing_decision_regex"], re.IGNORECASE)


def _glued_heading(lines: list[Line], entry: ItemHead, start: int) -> Optional[ItemHead]:
    """The heading of a listed item glued inside a line at or after ``start``."""
    title = entry.title.rstrip(".… ")  # a contents list may shorten long titles with "…"
    needle = f"{entry.number}. {title[:40]}"
    if entry.number is None or len(title) < 8:
        return None
    for line in lines[start : start + _GLUED_SEARCH_LINES]:
        pos = line.clean.find(needle, 1)
        if pos > 0:
            offset = pos + len(f"{entry.number}. ")
            title = line.clean[offset:]
            return ItemHead(line.idx, entry.number, title, line.start + offset, line.end, line.idx + 1)
    return None


def _restarts(lines: list[Line], cand: ItemHead, kept: list[ItemHead]) -> bool:
    """Numbering that starts again at 1 (a second agenda, minutes of several meetings):
    item 1 and item 2 both stand after a blank line, and item 1 has sections."""
    if cand.number != 1 or _prev_content(lines, cand.line, same_block=True) is not None:
        return False
    later = [c for c in kept if c.line > cand.line]
    if not later or later[0].number != 2 or _prev_content(lines, later[0].line, same_block=True) is not None:
        return False
    return not _no_sections(lines, cand, later[0])


def _number_of(lines: list[Line], idx: int) -> Optional[int]:
    m = _LEADING_NUMBER.match(lines[idx].clean)
    return int(m.group()) if m else None


def _no_sections(lines: list[Line], cand: ItemHead, nxt: ItemHead) -> bool:
    return cand.glued_decision is None and all(heading_kind(lines[j]) is None for j in range(cand.content_line, nxt.line))


def _implicit_items(lines: list[Line]) -> list[ItemHead]:
    """Unnumbered items. An item starts at an open/closed status line ("Åben"), at a title line
    right before a decision heading, or at a section that opens an item ("Sagsfremstilling",
    "Indstilling") before the first item or after the decision of an item that began that way
    (where the decision comes first, "Resumé" after it belongs to the same item)."""
    pats = patterns()
    heads: list[ItemHead] = []
    decided = True  # no item open: the next titled decision starts one
    by_section = False  # the open item began at an opening section
    opened_by: Optional[str] = None  # that section's label
    last_decision: Optional[int] = None
    for i, line in enumerate(lines):
        sec = heading_kind(line)
        if sec is not None:
            if sec.kind == "decision":
                if not heads and sec.heading is not None and (
                        (sec.heading.body and sec.heading.date_text) or _worded_plain_decision(lines, i, sec)):
                    # "Beslutning i Socialudvalget den 02-10-2024" before any item: a case page that
                    # gives the decision first, its proposal and account after it; or a page cut
                    # into the middle of an item, its plain "Beslutning" over the wording first
                    heads.append(ItemHead(i, None, "", line.start, line.start, i))
                decided = True
                last_decision = i
            elif sec.label in pats["item_opening"] and (
                    not heads or (decided and (by_section or _title_above(lines, i, last_decision)))
                    or (by_section and sec.label == opened_by and _title_above(lines, i, last_decision))):
                # the same opening section again under a title of its own: the next item of a page
                # that gives every item one section ("Godkendelse af dagsorden" / "Sagsfremstilling")
                heads.append(_untitled_head(lines, i, same_block=not heads, last_decision=last_decision))
                decided, by_section, opened_by = False, True, sec.label
            continue
        if line.blank or line.noise:
            continue
        if pats["item_status_line"].match(line.clean):
            heads.append(_status_head(lines, i))
            decided, by_section = False, False
            continue
        if decided and pats["item_case_line"].match(line.clean) and (line.bulleted or _section_next(lines, i)):
            # "• Sagsid.: 17/61", or "Sagsnr.: 22/36" right above "Resume" / "Beslutning i …": the case
            # line opens the item and is no title; a title line standing alone above it is the title
            prev = _prev_content(lines, i)
            if not line.bulleted and prev is not None and _title_above(lines, i, last_decision):
                t = lines[prev]
                heads.append(ItemHead(prev, None, t.clean, t.start, t.end, i))
            else:
                heads.append(ItemHead(i, None, "", line.start, line.start, i + 1))
            decided, by_section = False, False
            continue
        if not decided or not _implicit_title(line):
            continue
        if last_decision is not None and _prev_content(lines, i) == last_decision:
            continue  # the only line under the decision before: its wording, not a title
        if _in_attendance_list(lines, i, last_decision):
            continue  # "Fraværende:" / "Eva Holm" under a decision, above the next body's decision: a name
        j = i + 1
        while j < len(lines) and (lines[j].blank or lines[j].noise):
            j += 1
        nxt = heading_kind(lines[j]) if j < len(lines) else None
        if nxt is not None and nxt.kind == "decision" and nxt.inline_start is None:
            if _document_title(lines, i, j):
                continue  # "Kommunalbestyrelsen" / "Protokol" / "21-01-2016 kl. 17:00": the minutes' own title
            heads.append(ItemHead(i, None, line.clean, line.start, line.end, i + 1))
            by_section = False
    return heads


# a meeting's date opening a line: "21-01-2016 kl. 17:00 …", "Torsdag den 21. januar 2016", "21. januar 2016"
_DATE_OPENING = re.compile(rf"(?:(?:{'|'.join(da.load().weekdays)})\s+(?:den\s+)?)?\d{{1,2}}"
                           r"(?:[-./]\d{1,2}[-./]\d{2,4}\b|\.\s*[a-zæøå]+\s+\d{4}\b)", re.IGNORECASE)


def _document_title(lines: list[Line], title: int, label: int) -> bool:
    """The body's name over a label that also names a whole record ("Protokol"), with the meeting's date
    right under it: the minutes' title, not an item's decision. On the document's first line; further down
    (under a viewer's page lines) when the date line gives the clock too ("18-12-2014 kl. 17:00")."""
    date = _next_content(lines, label)
    if date is None or _DATE_OPENING.match(lines[date].clean) is None:
        return False
    return _prev_content(lines, title) is None or _CLOCK_AFTER_DATE.match(lines[date].clean) is not None


_CLOCK_AFTER_DATE = re.compile(rf"{_DATE_OPENING.pattern}[^\n]{{0,20}}?\bkl\b\.?\s?\d{{1,2}}[.:]\d\d",
                               re.IGNORECASE)


def _worded_plain_decision(lines: list[Line], i: int, sec: Section) -> bool:
    """A bare decision heading ("Beslutning") alone on its line with its wording on the next
    content line, not another heading."""
    if sec.heading is None or sec.heading.body or sec.heading.label or sec.inline_start is not None:
        return False
    j = _next_content(lines, i)
    return j is not None and heading_kind(lines[j]) is None


_PROSE_HEADING_MAX_WORDS = 3
_PROSE_PARAGRAPH_MIN_WORDS = 8
_PROSE_HEADINGS_MIN = 2
_WORD_ONLY = re.compile(r"^[A-ZÆØÅ][a-zæøå\-]+(?:\s+(?:[a-zæøå\-]+|[A-ZÆØÅ][a-zæøå\-]+)){0,2}\.$")


def _prose_headings(lines: list[Line]) -> list[ItemHead]:
    """Unnumbered item titles of minutes written as prose, in a text without any section heading:
    a line of one to three words closed by a full stop ("Vedtægter.", "Valg af kasserer.") standing
    alone over a paragraph of its own, at least two of them; not an outcome ("Godkendt.") or a
    sentence of nothing ("Intet.")."""
    pats = patterns()
    headed = [line for line in lines if line.clean and heading_kind(line) is not None]
    if any(not pats["decision_colon_label"].match(line.clean) for line in headed):
        return []
    if headed:  # "Aftalt: …" under titles of their own: a board's prose with its resolutions labelled
        return _bare_prose_headings(lines)
    heads: list[ItemHead] = []
    for i, line in enumerate(lines):
        clean = line.clean
        if not clean or line.noise or len(clean.split()) > _PROSE_HEADING_MAX_WORDS or not _WORD_ONLY.match(clean):
            continue
        if pats["outcome"].search(clean) or _nothing_value().match(clean):
            continue
        j = _next_content(lines, i)
        if j is None or len(lines[j].clean.split()) < _PROSE_PARAGRAPH_MIN_WORDS:
            continue
        prev = _prev_content(lines, i, same_block=True)
        if prev is not None and not lines[prev].clean.endswith((".", "!", "?")):
            continue  # the end of a wrapped sentence, not a title
        heads.append(ItemHead(i, None, clean[:-1], line.start, line.start + len(clean) - 1, i + 1))
    return heads if len(heads) >= _PROSE_HEADINGS_MIN else _bare_prose_headings(lines)


_BARE_HEADING_MAX_WORDS = 6
_BARE_HEADINGS_MIN = 3
_BARE_HEADING = re.compile(r"^[A-ZÆØÅ][a-zæøå\-]+(?:\s+(?:[a-zæøå\-]+|[A-ZÆØÅ][a-zæøå\-]+|&))*$")
# bold marks around a line (the first "*" of "**" may have been read as a bullet)
_EMPHASIS = re.compile(r"^(?:\*{0,2}|__)(?P<inner>[^*_\s](?:.*?[^*_\s])?)(?:\*\*|__)$")
_SENTENCE_END = (".", "!", "?")


def _bare_title(clean: str) -> Optional[tuple[str, int]]:
    """A line that may title an unnumbered item: one to six words of letters with no closing stop,
    also in bold marks ("**Affaldssortering**"); not a string of capitalised words (a name), a
    contents or section label, an outcome or a sentence of nothing. The title and its offset."""
    m = _EMPHASIS.match(clean)
    title, at = (m.group("inner"), m.start("inner")) if m else (clean, 0)
    words = title.split()
    if len(words) > _BARE_HEADING_MAX_WORDS or not _BARE_HEADING.match(title):
        return None
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        return None  # "Jonas Winther": a signature or a name
    pats = patterns()
    if pats["toc_label"].match(title) or title.lower() in pats["section_labels"] or _any_list_label(title):
        return None
    if pats["outcome"].search(title) or _nothing_value().match(title):
        return None
    return title, at


def _any_list_label(title: str) -> bool:
    """A heading that is an attendance or header label of its own ("Deltagere", "Referat")."""
    return title.lower() in {str(w).lower() for w in phrases()["bare_heading_exclusions"]}


def _bare_prose_headings(lines: list[Line]) -> list[ItemHead]:
    """Unnumbered item titles of a small board's prose minutes with no stop after them, the bold
    of a word processor lost ("Affaldssortering" over "Der er kommet nye containere. …"): a short
    title line after a blank line and a finished sentence or a label line, with a sentence right
    under it (or after one blank line); at least three of them."""
    heads: list[ItemHead] = []
    for i, line in enumerate(lines):
        if i == 0 or not line.clean or line.noise or not lines[i - 1].blank:
            continue
        found = _bare_title(line.clean)
        if found is None:
            continue
        prev = _prev_content(lines, i)
        if prev is None or not (lines[prev].clean.endswith(_SENTENCE_END) or ":" in lines[prev].clean):
            continue
        j = _next_content(lines, i)
        if j is None or j - i > 2 or _bare_title(lines[j].clean) is not None:
            continue
        nxt = lines[j].clean
        if not nxt[:1].isupper() or not (nxt.endswith(_SENTENCE_END) or len(nxt.split()) >= _PROSE_PARAGRAPH_MIN_WORDS):
            continue
        title, at = found
        start = line.start + at
        heads.append(ItemHead(i, None, title, start, start + len(title), i + 1))
    return heads if len(heads) >= _BARE_HEADINGS_MIN else []


def _section_next(lines: list[Line], i: int) -> bool:
    """The next content line after ``i`` is a section heading of an item."""
    j = _next_content(lines, i)
    return j is not None and heading_kind(lines[j]) is not None


def _next_content(lines: list[Line], i: int) -> Optional[int]:
    j = i + 1
    while j < len(lines) and (lines[j].blank or lines[j].noise):
        j += 1
    return j if j < len(lines) else None


def _status_head(lines: list[Line], i: int) -> ItemHead:
    """An item opened by its status line ("Åben"); a title line under it, above a section, is its title."""
    j = _next_content(lines, i)
    if j is not None and _implicit_title(lines[j]) and heading_kind(lines[j]) is None:
        k = _next_content(lines, j)
        if k is not None and heading_kind(lines[k]) is not None:
            t = lines[j]
            return ItemHead(i, None, t.clean, t.start, t.end, j + 1)
    return ItemHead(i, None, "", lines[i].start, lines[i].start, i + 1)


def _title_above(lines: list[Line], i: int, last_decision: Optional[int]) -> bool:
    """A title line stands above section heading ``i``, apart from the decision wording before it
    (where the decision comes first, the line above "Resumé" ends that wording with a full stop)."""
    prev = _prev_content(lines, i)
    if prev is None or not _implicit_title(lines[prev]) or heading_kind(lines[prev]) is not None:
        return False
    if _in_attendance_list(lines, prev, last_decision):
        return False  # the last name of an attendance list under the decision before
    if _prev_content(lines, prev, same_block=True) is not None or patterns()["label_line"].match(lines[prev].clean):
        return False  # a title stands alone, not under other lines ("For stemte: …" / "Imod stemte: O (4)")
    return last_decision is None or _prev_content(lines, prev) != last_decision


_LIST_REACH = 80  # lines above a title candidate in which the label of its attendance list may stand


def _in_attendance_list(lines: list[Line], i: int, last_decision: Optional[int]) -> bool:
    """Line ``i`` is an entry of an attendance list whose label stands between the decision heading
    ``last_decision`` and it ("Fraværende:" / "Eva Holm" / "Bo Dam" in a decision's text)."""
    if last_decision is None:
        return False
    for k in range(i - 1, max(last_decision, i - _LIST_REACH), -1):
        if lines[k].blank or lines[k].noise or not attendance_label(lines[k].clean):
            continue
        found = attendance_at(lines, k, len(lines))
        return found is not None and i in found.lines
    return False


def _implicit_title(line: Line) -> bool:
    if line.blank or line.noise or len(line.clean) > 200 or patterns()["toc_label"].match(line.clean):
        return False  # a navigation label ("Indhold") is no title
    return not line.clean.endswith((".", ":", ",")) and not is_stop_line(line.clean)


def _untitled_head(lines: list[Line], i: int, same_block: bool, last_decision: Optional[int] = None) -> ItemHead:
    """The item whose first section heading is line ``i``; its title is the line right above (not
    the last name of an attendance list under the decision before)."""
    prev = _prev_content(lines, i, same_block=same_block)
    if prev is not None and _implicit_title(lines[prev]) and heading_kind(lines[prev]) is None \
            and not patterns()["item_status_line"].match(lines[prev].clean) \
            and not _in_attendance_list(lines, prev, last_decision) \
            and not patterns()["room_line"].match(lines[prev].clean):
        if sum(1 for j in range(prev + 1, i) if not lines[j].noise) <= 2:
            line = lines[prev]
            return ItemHead(prev, None, line.clean, line.start, line.end, i)
    return ItemHead(i, None, "", lines[i].start, lines[i].start, i)


_GLUED_HEAD = re.compile(r"(?<=[.?!)])\s+(?P<num>\d{1,2})\.\s+(?P<title>[A-ZÆØÅ][^.:?!]{2,80}?)\s*:\s*$")
_GLUED_REACH = 6  # lines above the first heading where the one before it may end a paragraph


def _glued_first_head(lines: list[Line], heads: list[ItemHead]) -> Optional[ItemHead]:
    """The agenda item before the first heading found, glued to the end of the paragraph above it
    by a lost line break ("… var fraværende. 1. Godkendelse af referat:" over "2. Elevråd:"): only
    with the next number and the same title-and-colon shape as the heading it precedes."""
    if not heads or heads[0].number is None or heads[0].number < 2:
        return None
    head = heads[0]
    if not lines[head.line].clean.rstrip().endswith(":"):
        return None
    for i in range(head.line - 1, max(head.line - _GLUED_REACH, 0) - 1, -1):
        line = lines[i]
        if line.blank or line.noise:
            continue
        m = _GLUED_HEAD.search(line.clean)
        if m is None:
            continue  # the glued item's own text
        if int(m.group("num")) != head.number - 1:
            return None
        return ItemHead(i, head.number - 1, m.group("title"), line.start + m.start("title"),
                        line.start + m.end("title"), i + 1)
    return None


def _without_lists_in_opening_section(lines: list[Line], heads: list[ItemHead]) -> list[ItemHead]:
    """Numbered lines inside the text of an untitled item: a page whose first heading is a section
    that opens an item ("Sagsfremstilling") with no item heading above it, and numbered lines under
    that section before its decision with no other heading between ("1. Nyhedsmail fra KL …" /
    "2. Ministeriet afviser …" / "Beslutning"): the entries of a list in the account, no items."""
    if not heads:
        return heads
    opening = patterns()["item_opening"]
    first_heading = next((i for i in range(heads[0].line) if heading_kind(lines[i]) is not None
                          and lines[i].clean.lower() != "referat"), None)  # the page's title, no section
    if first_heading is None:
        return heads
    sec = heading_kind(lines[first_heading])
    if sec is None or sec.kind == "decision" or sec.label not in opening:
        return heads
    end = next((i for i in range(first_heading + 1, len(lines)) if heading_kind(lines[i]) is not None), None)
    if end is None or heading_kind(lines[end]).kind != "decision":
        return heads  # the section's text runs into another section: its numbered lines may head items
    inside = [h for h in heads if first_heading < h.line < end]
    if not inside or any(h.content_line > end for h in inside):
        return heads
    line = lines[first_heading]
    untitled = ItemHead(first_heading, None, "", line.start, line.start, first_heading)
    return [untitled] + [h for h in heads if not first_heading < h.line < end]


def parse_layout(text: str) -> Layout:
    """Lines, items and sections of minutes."""
    lines = split_lines(text)
    listed: dict[str, int] = {}
    heads, first = find_items(lines, listed)
    heads = _without_lists_in_opening_section(lines, heads)
    glued = _glued_first_head(lines, heads)
    if glued is not None:
        heads.insert(0, glued)
        first = min(first, glued.line)
    if not heads:
        heads = _implicit_items(lines) or _prose_headings(lines)
        for head in heads:  # numbered in the contents, unnumbered as headings
            head.number = listed.get(head.title, head.number)
        first = heads[0].line if heads else len(lines)
    items: list[Item] = []
    for k, head in enumerate(heads):
        end = heads[k + 1].line if k + 1 < len(heads) else len(lines)
        item = Item(head, head.line, end)
        item.sections = _sections(lines, head.content_line, end)
        if head.glued_decision is not None:
            first_section = item.sections[0].line if item.sections else end
            item.sections.insert(0, Section("decision", head.glued_decision, head.line,
                                            body_start=head.content_line, body_end=first_section))
        items.append(item)
    header_end = first
    for i in range(first):
        if heading_kind(lines[i]) is not None and lines[i].clean.lower() not in ("referat",):
            sec = heading_kind(lines[i])
            if sec is not None and sec.kind == "decision" and (sec.heading is None or sec.heading.label is None):
                header_end = i
                break
    return Layout(lines, items, header_end)


def _sections(lines: list[Line], start: int, end: int) -> list[Section]:
    sections: list[Section] = []
    for i in range(start, end):
        sec = heading_kind(lines[i])
        if sec is None:
            continue
        if sections:
            sections[-1].body_end = i
        sec.body_start = i + 1
        sec.body_end = end
        sections.append(sec)
    return _without_noted_resolutions(lines, sections)


def _without_noted_resolutions(lines: list[Line], sections: list[Section]) -> list[Section]:
    """An item's sections without its "Aftalt: …" lines where the item has sections of other kinds
    ("Referat" with the resolution, then "Aftale: Eva spørger skolerne."): there such a line is a
    note of what follows, kept in the body of the section before it; a line alone heads the decision."""
    colon = patterns()["decision_colon_label"]
    labelled = [sec for sec in sections if colon.match(lines[sec.line].clean)]
    if not labelled or len(labelled) == len(sections):
        return sections
    kept: list[Section] = []
    for sec in sections:
        if sec in labelled:
            if kept:
                kept[-1].body_end = sec.body_end
            continue
        kept.append(sec)
    return kept


# --- attendance --------------------------------------------------------------------------------


@dataclass
class Person:
    name: str
    party: Optional[str]
    start: int
    end: int
    absent: bool = False  # marked absent inside a participants list ("(fraværende med afbud)")
    present: bool = False  # a stand-in who came, named in an absence list ("suppleant Kim Lund deltog")
    dashed: bool = False  # that stand-in named after a dash, as the absentee's entry ("Bo Dam, V - Kim Lund stedfortræder")


@functools.lru_cache(maxsize=1)
def _attendance_patterns() -> dict[str, Any]:
    p = phrases()
    return {
        "groups": _any(p["attendance_group_regex"]),
        "inline_absent": re.compile(p["inline_absent_regex"], re.IGNORECASE),
        "stand_in_present": re.compile(p["stand_in_present_regex"], re.IGNORECASE),
        "absent_stand_in": re.compile(p["absent_stand_in_sentence_regex"], re.IGNORECASE),
        "absent_replaced": re.compile(p["absent_replaced_regex"], re.IGNORECASE),
        "absence_before": re.compile(p["absence_before_regex"], re.IGNORECASE),
        "absence_after": re.compile(p["absence_after_regex"], re.IGNORECASE),
        "stand_in_for": re.compile(p["stand_in_for_regex"], re.IGNORECASE),
        "absence_bare_label": re.compile(p["absence_bare_label_regex"]),
        "absence_item": re.compile(p["absence_item_regex"], re.IGNORECASE),
        "glued_absent_label": re.compile(p["glued_absent_label_regex"]),
        # each of its branches a label at the end of the line, before a colon: no line without one ends so
        "glued_needs_colon": bool(re.fullmatch(r"(?:\(\?<=\[[^\]]*\]\)\(\?=\(\?:[^()]*\)\\s\*:\\s\*\$\)\|?)+",
                                               p["glued_absent_label_regex"])),
        "status_row": re.compile(p["attendance_status_row_regex"], re.IGNORECASE),
        "status_cell": re.compile(p["attendance_status_cell_regex"], re.IGNORECASE),
        # an absence label inside a line of text, with its colon ("… Godkendt. Fraværende: Ole Lund (A)")
        "absence_label_inline": re.compile(
            r"(?<=\S)\s+(?=(?-i:[A-ZÆØÅ]))(?:%s)\s*:\s+" % "|".join(
                re.escape(str(x)).replace(r"\ ", r"\s+") for x in re.longest_first(p["absent_labels"])),
            re.IGNORECASE),
        # a second absence label after the list's sentence ("Afbud: Eva Holm og Bo Dam. Uden afbud Ole Lund.")
        "absence_label_after_sentence": re.compile(
            r"(?<=[a-zæøå])\.\s+(?=(?-i:[A-ZÆØÅ]))(?:%s)\s*:?\s+(?=(?-i:[A-ZÆØÅ]))" % "|".join(
                re.escape(str(x)).replace(r"\ ", r"\s+") for x in re.longest_first(p["absent_labels"])),
            re.IGNORECASE),
        # an absence label opening one entry of a list, before a capitalised name ("Afbud Bo, Afbud Eva")
        "entry_absence_label": re.compile(
            r"^\s*(?:%s)\s+(?=(?-i:[A-ZÆØÅ]))" % "|".join(
                re.escape(str(x)).replace(r"\ ", r"\s+") for x in re.longest_first(p["absent_labels"])),
            re.IGNORECASE),
        "absence_prefilter": re.compile(r"fravær|afbud|forfald|udeblev|deltog\s+ikke|ikke\s+til\s+stede|undtagen|bortset\s+fra|"
                                        r"stedet\s+for|(?:stedfortræder|suppleant)\s+for", re.IGNORECASE),
        "role_heads": _word_matcher(list(p["role_words"]) + list(p["attendance_role_heads"])),
        "org_words": frozenset(str(w).lower() for w in p["attendance_org_words"]),
        "note": re.compile(p["attendance_note_regex"]),
        "item_note": re.compile(p["attendance_item_note_regex"], re.IGNORECASE),
        "clause_absent": re.compile(p["group_clause_absent_regex"], re.IGNORECASE),
        "clause_present": re.compile(p["group_clause_present_regex"], re.IGNORECASE),
        "org_suffixes": tuple(str(w).lower() for w in p["attendance_org_suffixes"]),
    }


def _word_matcher(entries: list[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Exact words and ``*suffix`` entries of a word list, lower-cased."""
    words = frozenset(str(e).lower() for e in entries if not str(e).startswith("*"))
    suffixes = tuple(str(e)[1:].lower() for e in entries if str(e).startswith("*"))
    return words, suffixes


def _is_role_head(word: str) -> bool:
    """True for a role or title word ("Vicepolitiinspektør", "Borgerrepræsentanter")."""
    low = word.strip(" ,.:").lower()
    if not low:
        return False
    words, suffixes = _attendance_patterns()["role_heads"]
    if low in words or low.endswith(suffixes):
        return True
    return load_gazetteers().roles.matches(low)


def _is_org_word(word: str) -> bool:
    """True for a word that names an organisation or sector ("Forebyggelse", "AAB", "Ungerådet")."""
    ap = _attendance_patterns()
    low = word.strip(" ,.:").lower()
    if low in ap["org_words"] or (len(word) >= 2 and word.isupper() and word.isalpha()):
        return True
    if not any(low.endswith(s) and len(low) > len(s) + 1 for s in ap["org_suffixes"]):
        return False
    return not proper_word(word.strip(" ,.:"))  # "Henning", "Jannik": a first name, not "-ning", "-ik"


def unit_or_role_word(word: str) -> bool:
    """True for a word that names an organisation, a unit or a role, never part of a person's name
    ("Administrationen", "KAB", "Kundedirektør")."""
    return _is_org_word(word) or _is_role_head(word)


def _organisation_name(words: list[str]) -> bool:
    """True for words that end in an organisation word and open with no known first name
    ("Rindby Strand Grundejerforening", "Sønderho Sommerhusområde"; not "Mette Nørgård"), or that
    open with one and go on with the names of its place ("Sommerhusforeningen Skovby Nord")."""
    from socdoc.extractors.people import first_names

    if len(words) < 2 or words[0].split("-")[0] in first_names():
        return False
    if _is_org_word(words[-1]):
        return True
    # a unit named first and its place after it ("Landliggerforeningen Skovby Vest", "Sommerhusejerne
    # Skovby Nord"): no name opens with an organisation word or a compound noun in the plural or definite
    return not words[0].isupper() and (_is_org_word(words[0]) or _definite_compound(words[0])) \
        and all(w[:1].isupper() for w in words[1:])


_DEFINITE_END = re.compile(r"(?:erne|ene|en|et)$")
_COMPOUND_MIN = 10


def _definite_compound(word: str) -> bool:
    """A long compound of common words in the plural or definite form ("Sommerhusejerne",
    "Beboerrepræsentanterne"): a group or unit, never a first name."""
    from socdoc.extractors.entities import compound_head

    return len(word) >= _COMPOUND_MIN and bool(_DEFINITE_END.search(word)) and compound_head(word) is not None


def _place_led(name: str) -> bool:
    """True for an entry opened by a town or municipality that is no first name: a unit or a
    place ("Lyngby Frivilligcenter", "Skovby Idrætsforening"), not a person."""
    first = name.split()[0] if name.split() else ""
    return first.split("-")[0] not in first_names() and _is_place(first)


def _is_place(word: str) -> bool:
    """True for a municipality or town name ("Boligselskabet Nyborg")."""
    return load_gazetteers().town_or_municipality(word)


def _after_role(bare: str) -> tuple[str, int]:
    """``bare`` without a role written before the name, and how many characters were dropped.

    "Afdelingsleder for Unge og Familie Karsten Holm" → "Karsten Holm"."""
    tokens = bare.split()
    if len(tokens) < 3 or not tokens[0][:1].isupper() or not _is_role_head(tokens[0]):
        return bare, 0
    # the name is the run of name-like words at the end, after the last organisation word
    k = len(tokens)
    while k > 1 and _NAME_TOKEN.match(tokens[k - 1]) and not _is_role_head(tokens[k - 1]) and not _ACRONYM.match(
            tokens[k - 1]) and not (
            k < len(tokens) - 1 and (_is_org_word(tokens[k - 1]) or _is_place(tokens[k - 1]))):
        k -= 1
    name_tokens = tokens[k:]
    if len(name_tokens) < 2 or _is_org_word(name_tokens[0]):
        return bare, 0
    name = " ".join(name_tokens)
    cut = bare.rfind(name)
    return (name, cut) if cut >= 0 else (bare, 0)


_ROLE_ACRONYM_REST = re.compile(r"^(?:for|i|ved|hos|fra)\s+[A-ZÆØÅ]{2,6}\s+(?=[A-ZÆØÅ][a-zæøå])")
_ACRONYM = re.compile(r"^[A-ZÆØÅ]{2,6}$")  # "Formand for ENT Ole Berg": an organisation's letters end the role


def _split_entries(value: str) -> list[tuple[str, int]]:
    """Split a list on commas, semicolons and "og" outside parentheses; with offsets."""
    parts: list[tuple[str, int]] = []
    depth, last = 0, 0
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
            if depth == 0 and _after_note(value, i):  # "Ole Lund (A) Eva Holm (V)", "Ole Lund (A). Eva Holm"
                parts.append((value[last : i + 1], last))
                last = i + 1
        elif depth == 0 and ch in ",;":
            parts.append((value[last:i], last))
            last = i + 1
        elif depth == 0 and value.startswith(" og ", i) and value[i + 4 : i + 5].isupper():
            parts.append((value[last:i], last))
            last = i + 4
            i += 3
        elif depth == 0 and ch == " " and (reason := _REASON_THEN_NAME.match(value, i)) is not None:
            end = reason.end("reason")  # "Ole Lund ved afbud Eva Holm ved afbud": the reason closes an entry
            parts.append((value[last:end], last))
            last = end
            i = end - 1
        i += 1
    parts.append((value[last:], last))
    return parts


# an absence reason after a name, with the next name right after it (a list run together on one line)
_REASON_THEN_NAME = re.compile(
    r"\s(?P<reason>(?:ved|med|pga\.?|grundet)\s+(?:afbud|forfald|sygdom|ferie))(?=\s+[A-ZÆØÅ][a-zæøå])")


_NOTE_THEN_NAME = re.compile(r"\.?\s+(?:[-–]\s*)?[A-ZÆØÅ]")
_GLUED_NEXT_NAME = re.compile(r"[A-ZÆØÅ][a-zæøå]+\s+[A-ZÆØÅ]")  # a name glued to the party letter before it


def _after_note(value: str, close: int) -> bool:
    """True when the parenthesis closing at ``close`` holds a party letter or a lower-case note
    and another entry follows without a comma: a list run together on one line."""
    open_at = value.rfind("(", 0, close)
    note = value[open_at + 1 : close].strip()
    if open_at < 0 or not (_party().match(note) or note[:1].islower()):
        return False
    glued = _party().match(note) and _GLUED_NEXT_NAME.match(value, close + 1)  # "Bo Dam (V)Eva Holm (A)"
    if not _NOTE_THEN_NAME.match(value, close + 1) and not glued:
        return False
    nxt = _NEXT_ENTRY.match(value, close + 1)
    words = _PAREN_GROUP.sub(" ", nxt.group()).split() if nxt else []
    return not any(w[:1].islower() and not _is_role_head(w) for w in words)  # "… (C) - Ole Krogh mødte …"


_NEXT_ENTRY = re.compile(r"(?:[^(),;]|\([^()]*\))*")


_ROLE_LINK = re.compile(r"^\S+\s+(?:for|fra|i|ved|hos|på)\s")


def _entries(value: str) -> list[tuple[str, int]]:
    """The entries of a list value; a single role phrase with its name is one entry even when
    it has "og" ("Repræsentant for Boligkontoret og Lindegårdens Afdeling Sanne Dyhr")."""
    if "|" in value:  # table cells: "Formand | Jens Hansen | V"
        value = value.replace("|", ";")
    if "," not in value and ";" not in value and _ROLE_LINK.match(value.strip()) \
            and _is_role_head(value.split()[0]):
        return [(value, 0)]
    return _split_entries(value)


_ORDINAL_ROLE = re.compile(r"^\d{1,2}\.\s+(?=[A-ZÆØÅ][a-zæøå]+\s+[A-ZÆØÅ])")


def _people_memo(parse: Callable[[str, int, bool], list[Person]]) -> Callable[..., list[Person]]:
    """``parse`` with its answers kept: the attendance readers parse the same list values again and
    again (a label's line from each reader, the lines below from the list readers). Each call gets
    copies of its own (callers set a person's party or absence)."""
    kept = functools.lru_cache(maxsize=4096)(lambda value, offset, board: tuple(parse(value, offset, board)))

    @functools.wraps(parse)
    def parsed(value: str, offset: int, board: bool = False) -> list[Person]:
        return [copy.copy(person) for person in kept(value, offset, board)]

    return parsed


# a group's own label inside an attendance list ("… Pia Borg Ad hoc gæster: Eva Holm (Beta) …"): one to three
# words, the first capitalised, and a colon
_INNER_GROUP_LABEL = re.compile(r"(?<=[ \t])[A-ZÆØÅ][\wæøå-]*(?:[ ][\wæøå-]+){0,2}:(?=[ \t])")


@_people_memo
def parse_people(value: str, offset: int, board: bool = False) -> list[Person]:
    """Names and party letters from a labelled list value (``"Lise Bjerre, formand (A)"``); a value
    that holds other groups' labels and reads as no list as a whole is read group by group ("Eva Holm
    Bo Dam Gæster: Kim Lund (Beta) …")."""
    people = _parse_people(value, offset, board)
    if people or _INNER_GROUP_LABEL.search(value) is None:
        return people
    cuts = [0, *(m.start() for m in _INNER_GROUP_LABEL.finditer(value)), len(value)]
    for a, b in zip(cuts, cuts[1:]):
        label = _INNER_GROUP_LABEL.match(value, a)
        start = label.end() if label else a
        people += _parse_people(value[start:b], offset + start, board)
    return people


def _parse_people(value: str, offset: int, board: bool = False) -> list[Person]:
    """Names and party letters from a labelled list value (``"Lise Bjerre, formand (A)"``).

    A role before the name is dropped ("Direktør for Velfærd Lisbet Lentz"); an entry marked
    "(fraværende med afbud)" is a person with ``absent`` set."""
    pats = patterns()
    inline_absent = _attendance_patterns()["inline_absent"]
    first_only = _first_name_list(value, offset, board)
    if first_only:
        return first_only
    people: list[Person] = []
    furniture = _page_furniture().search(value)  # "… Lars Holm Sagsoversigt Side 01. …": a flattened page's labels
    if furniture is not None:
        value = value[:furniture.start()]
    prefix = _LINE_PARTY.match(value)
    line_party = prefix.group(1) if prefix else None
    if prefix:
        value, offset = value[prefix.end() :], offset + prefix.end()
    status_row = _attendance_patterns()["status_row"]
    value = _attendance_patterns()["note"].sub(lambda m: " " * len(m.group()), value)  # offsets kept
    # "Eva Holm ved sag nr. 6 Bo Dam": the item's note ends the entry, as a comma would (offsets kept)
    value = _attendance_patterns()["item_note"].sub(lambda m: "," + " " * (len(m.group()) - 1), value)
    for part, pos in _entries(value):
        party = line_party
        dashed = _dash_stand_in().search(part)  # "Bo Dam, V - Eva Holm stedfortræder": the stand-in who came
        if dashed:
            head = part[: dashed.start()].strip(" ,")
            if _party().fullmatch(head) and people and people[-1].party is None:
                people[-1].party = head  # the absentee's party letter before the dash
            elif head:
                people.extend(parse_people(part[: dashed.start()], offset + pos, board))
            at = offset + pos + dashed.start("name")
            people.append(Person(dashed.group("name"), None, at, at + len(dashed.group("name")), present=True, dashed=True))
            continue
        part = _glued_role().sub(lambda g: " " * len(g.group()), part)  # "FormandBjarne Kvist": blanked, offsets kept
        part = _without_slash_note(part)  # "Eva Holm/Kasserer": the role after the slash, blanked
        status = status_row.match(part)  # "Lise Bjerre: Deltog", "Ole Dam: Afbud (stedfortræder …)"
        if status:
            part = part[: status.end("name")]
        for paren in _PARENS.findall(part):
            if _party().match(paren.strip()):
                party = paren.strip()
        lead = _attendance_patterns()["entry_absence_label"].match(part)  # "…, Afbud Bo, Afbud Eva": each entry's own label
        lead = lead if lead and part.lstrip()[:1].isupper() else None
        if lead:
            part = " " * lead.end() + part[lead.end():]  # offsets kept
        away = bool(lead) or bool(inline_absent.search(part)) or bool(status and status.group("absent"))
        listed = value[pos - 1:pos] == "," and value[pos + len(part):pos + len(part) + 1] == ","  # an inner item
        runs = [] if away or status else entry_names(part, lambda note: bool(_party().match(note)), listed)
        if runs:  # "Bo Skat Andersen Rikke Stisager (KAB) Fra kommunen: Ole Berg": names run together
            for s, e, note in runs:
                name = name_text(part[s:e])
                if _organisation_name(name.split()) or _place_led(name):
                    continue  # "Kurt Holm, Skovly Grundejerforening Eva Dam, …": the unit after the name
                people.append(Person(name, note or line_party, offset + pos + s, offset + pos + e))
            continue
        bare = inline_absent.sub(" ", part)
        bare = _PAREN_GROUP.sub(" ", bare)
        bare = _SPACES.sub(" ", bare).strip(" .•-|")
        prev = None
        while prev != bare:
            prev = bare
            bare = pats["role_words"].sub("", bare).strip(" ,.")
            bare = _standing_at_end().sub("", bare).strip(" ,.")  # "Tage Holm    Løsgænger"
        bare = _ORDINAL_ROLE.sub("", bare)  # "1. Viceborgmester Hans Bro": the ordinal of a dropped role
        bare = _ROLE_ACRONYM_REST.sub("", bare)  # "(Formand) for ENT Ole Berg": the rest of a dropped role
        bare, _ = _after_role(bare)
        if _attendance_patterns()["groups"].match(bare):
            continue  # "Fra Skovby Boligforening" cut off before its colon: a group heading, no person
        name, name_pos = _name_prefix(bare)
        words = bare.split()
        if name is None and len(words) == 2 and _lower_surname(words[1], words[0], ","):
            name = bare  # "Gert winther": a known first name and a surname written in lower case
        if name is None and lead and words and words[0].strip(".,") in first_names():
            name = words[0].strip(".,")  # "Afbud Bo samt suppleant": the entry's label says a first name follows
        if name is None:
            name = _name_after_unit(bare)  # "…, Foreningen af sommerhusejere ved Strandvejen Eva Dam"
        name = trim_name(name) if name else name  # "Finn Larsen Revisor"
        if name and name.split()[0].casefold() in phrases()["name_lead_prepositions"]:
            continue  # "BESLUTNING I ARBEJDSMARKEDSUDVALGET": a heading in capitals after an empty label, no name
        if name and name[-1] in "-–":
            name = name.rstrip("-–").rstrip() or None  # "Eva Holm– repr. for kirken": the dash glued to the name
        if name and len(name.split()) >= 3 and name.rsplit(None, 1)[1].lower() in pats["none_words"]:
            name = name.rsplit(None, 1)[0]  # "…, Eva Holm Ingen": the next label's "Ingen" after a lost label
        if name and part.find(name) > 0 and _UNIT_LINK_BEFORE.search(part[: part.find(name)]):
            name = _person_after_unit(name)  # "Direktør fra Region Sjælland Eva Holm": the unit is no name
        if bare.lower() in pats["none_words"]:
            continue
        if name is None and not away and party is None:  # "Ole Berg Kim Holm Eva Lund": names run together
            run = _run_together_names(bare)
            if run:
                for piece in run:
                    at = part.find(piece)
                    if at >= 0:
                        people.append(Person(piece, None, offset + pos + at, offset + pos + at + len(piece)))
                continue
        if _party().match(bare) and people and people[-1].party is None:  # a party letter in its own cell
            people[-1].party = bare
            continue
        if name is None and away and people and not _LETTERS3.search(bare):  # "Ole Dahl (A), afbud", "…, 1. næstformand - afbud"
            people[-1].absent = True
            continue
        if name is None:
            if party and people and people[-1].party is None:
                people[-1].party = party
            continue
        if _place_led(name) or _wrapped_compound(name):
            continue  # "Bo Holm, Skovby Frivilligcenter": the unit the member stands for
        if _common_words_only(name):
            continue  # "Fraværende:" over "Dagsordenpunkt Emne Beslutning Status": a table's head, no name
        at, length = _name_in(part, name)
        start = offset + pos + at
        if party is not None and initials_of(name, party):  # "Vivi Nobel (VN)": her initials, no party
            party = None
        present = bool(_attendance_patterns()["stand_in_present"].search(part))
        people.append(Person(name, party, start, start + length, away, present))
    return people


def _common_words_only(name: str) -> bool:
    """A "name" of capitalised common words only, none a first name ("Dagsordenpunkt Emne")."""
    words = name.split()
    return len(words) >= 2 and all((common_word(w) or compound_head(w) is not None) and not is_first_name(w)
                                   for w in words)


_WRAP_HYPHEN = re.compile(r"(?<=\w)-\s+(?=[A-ZÆØÅ])")


def _wrapped_compound(name: str) -> bool:
    """A hyphenated compound broken after a hyphen ("Foldby- Korsholm-Norring"): joined again it is one
    word, the villages of a local council's member or a place, never a given name and a surname."""
    if not _WRAP_HYPHEN.search(name):
        return False
    joined = _WRAP_HYPHEN.sub("-", name)
    return " " not in joined.strip() and joined.split("-")[0] not in first_names()


# a full name of two or more capitalised words ending right before a slash ("Eva Holm/Kasserer")
_NAME_BEFORE_SLASH = re.compile(r"(?:^|\s)[A-ZÆØÅ][\w'-]+(?:\s+[A-ZÆØÅ][\w'.-]*)*\s+[A-ZÆØÅ][\w'-]+$")
_SLASH_WORD = re.compile(r"/[^\s/,;()]+")
_SLASH_LETTERS = re.compile(r"[A-ZÆØÅ]{1,2}")


@functools.lru_cache(maxsize=1)
def _dash_stand_in() -> re.Pattern[str]:
    """An absence list's entry that names, after a dash, the stand-in who came ("Bo Dam, V - Eva
    Holm stedfortræder", "Bo Dam (V) – Eva Holm, suppleant"): the full name before the stand-in word
    that ends the entry."""
    words = "|".join(re.escape(str(w)) for w in phrases()["stand_in_words"])
    name = r"[A-ZÆØÅ][\w'’\-]+(?:\s+[A-ZÆØÅ][\w'’\-]+){1,3}"
    return re.compile(rf"(?:^|\s)[-–]\s+(?P<name>{name}),?\s+(?:som\s+)?(?:{words})(?:en)?\s*\.?\s*$")


def _without_slash_note(part: str) -> str:
    """``part`` with the word glued after a full name by a slash blanked ("Eva Holm/Kasserer",
    "Bo Dam/Personalerep."): the member's post or the group the member stands for, no name; offsets
    kept. A first name or a party letter after the slash stays ("Eva Holm/Bo Dam", "Ole Lund/V")."""
    out = part
    for m in _SLASH_WORD.finditer(part):
        word = m.group()[1:]
        if word in first_names() or _SLASH_LETTERS.fullmatch(word):
            continue  # "Eva Holm/Bo Dam": two members; "Ole Lund/V": the party letter
        if _NAME_BEFORE_SLASH.search(part[: m.start()]):
            out = out[: m.start()] + " " * len(m.group()) + out[m.end():]
    return out


@functools.lru_cache(maxsize=1)
def _glued_role() -> re.Pattern[str]:
    """A role word that a converter glued to the name after it ("FormandBjarne Kvist", "Næstformand
    Eva Holm" without its space): the role, up to the name's capital."""
    words = re.longest_first(str(w) for w in phrases()["role_words"] if " " not in str(w))
    return re.compile(r"(?<![\w-])\s*(?:%s)(?=[A-ZÆØÅ][a-zæøå]+\s+[A-ZÆØÅ])" % "|".join(
        re.escape(w[:1].upper() + w[1:]) for w in words))


def _name_in(part: str, name: str) -> tuple[int, int]:
    """Where ``name`` (its words joined by single spaces) is written in ``part`` and how long it is
    there: "Jens Kr.  Jensen" with two spaces, or a name broken over a line, is longer than its name."""
    at = part.find(name)
    if at >= 0:
        return at, len(name)
    m = re.search(r"\s+".join(map(re.escape, name.split())), part)
    if m:
        return m.start(), m.end() - m.start()
    return part.find(name.split()[0]), len(name)


def first_names() -> frozenset[str]:
    """The first names socdoc knows (``lang.da.first_name_words``)."""
    return first_name_words()


_FIRST_NAME_WORD = re.compile(r"[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?")


_AND_PIECE = re.compile(r"(?:^|(?<=\sog\s))(?:(?!\s+og\s).)+")  # the pieces of an entry between its "og"s


def _first_name_list(value: str, offset: int, board: bool = False) -> list[Person]:
    """The people of a list written with first names only, as a small association's board writes
    it ("Peter, Inger Søren og Anders (formand)"): every entry is one or two first names (a note after a
    dash left out: "Ulrik – praktikant"), at most half of them unknown to socdoc ("Per og Jonny"), and at
    least one stands alone, so two together are two people whose comma was lost, unless both names are
    of one gender ("Svend Erik": a double first name). A list of one entry is a person only as one known first name ("Afbud: Carsten"),
    or on a ``board`` whose other lists name the members by first name alone ("Afbud: Lili.")."""
    entries = [(piece.group(), pos + piece.start()) for part, pos in _split_entries(value)
               for piece in _AND_PIECE.finditer(part) if piece.group().strip(" .")]  # "Bo og suppleant Eva": two
    firsts = first_names()
    if len(entries) == 1:  # "Afbud: Carsten": one known first name alone
        part, pos = entries[0]
        word = part.strip(" .")
        if word in firsts or board and bool(_FIRST_NAME_WORD.fullmatch(word)) and _may_be_first_name(word):
            start = offset + pos + part.index(word)
            return [Person(word, None, start, start + len(word))]
        return []
    people: list[Person] = []
    single = False
    # "Eva (12), Anne Marie (14), Bo (3)": where every entry carries its own note, two first names are one person
    noted = len(entries) >= 2 and all(_PAREN_GROUP.search(part) for part, _ in entries)
    for k, (part, pos) in enumerate(entries):
        bare = _PAREN_GROUP.sub(lambda m: " " * len(m.group()), part)
        bare = _DASH_NOTE.sub(lambda m: " " * len(m.group()), bare)  # "Ulrik – Bodils praktikant": the note blanked
        words = [w for w in re.finditer(r"\S+", bare) if w.group().strip(".")]  # "Eva (referent).": no stop alone
        # "områdechef Allan": the role written before the first name; capitalised where it opens the
        # list ("Bestyrelsesmedlemmer Lis, Bo og …")
        while len(words) > 1 and (words[0].group()[:1].islower() or k == 0 and words[0].group() not in firsts) \
                and _is_role_head(words[0].group()):
            words = words[1:]
        texts = [w.group().rstrip(".") for w in words]
        if not 1 <= len(words) <= 2 or not all(_FIRST_NAME_WORD.fullmatch(t) and _may_be_first_name(t) for t in texts):
            return []
        single = single or len(words) == 1
        away = bool(_attendance_patterns()["inline_absent"].search(part))  # "Jonas (afbud)": marked absent
        gap = bare[words[0].end() : words[1].start()] if len(words) == 2 else ""
        # a double first name is written on one line ("Sune\nEskild": two names, the list wrapped between them)
        if len(words) == 2 and not gap.strip() and (noted or _one_gender(texts) and "\n" not in gap):
            start = offset + pos + words[0].start()
            people.append(Person(f"{texts[0]} {texts[1]}", None, start, offset + pos + words[0].start()
                                 + len(bare[words[0].start() : words[1].start()]) + len(texts[1]), absent=away))
            continue
        for w, t in zip(words, texts):
            start = offset + pos + w.start()
            people.append(Person(t, None, start, start + len(t), absent=away))
    unknown = sum(p.name.split("-")[0] not in firsts for p in people)
    return people if single and (board or 2 * unknown <= len(people)) else []


# a note after a spaced dash at an entry's end ("Ulrik – Bodils praktikant")
_DASH_NOTE = re.compile(r"[ ][-–][ ][^,]*$")


def _one_gender(texts: list[str]) -> bool:
    """Two first names whose bearers are mostly of one gender: a double first name ("Svend Erik",
    "Anne Grete"), not two people whose comma was lost ("Inger Søren")."""
    genders = first_name_genders()
    return len(texts) == 2 and texts[0] in genders and genders.get(texts[0]) == genders.get(texts[1])


def _may_be_first_name(word: str) -> bool:
    """A known first name, or a capitalised word that is no common word, place, role or unit
    ("Lisbet" beside "Mogens" and "Hanne")."""
    if word.split("-")[0] in first_names():
        return True
    return not (common_word(word) or _is_place(word) or _is_role_head(word) or _is_org_word(word)
                or _known_organisation(word))


_UNIT_NAME_MAX_WORDS = 3
_MAX_NAME_WORDS = 5
_INITIAL_WORD = re.compile(r"^[A-ZÆØÅ]\.$")


def _name_after_unit(bare: str) -> Optional[str]:
    """The person after the unit of the entry before in a list written "Name, Unit Name, Unit":
    an entry that opens with an organisation word and ends with a known first name and one or two
    more name words, or with two name words of which the last is a surname in -sen."""
    tokens = bare.split()
    if len(tokens) < 3 or not _is_org_word(tokens[0]):
        return None
    firsts = first_names()
    for k in range(len(tokens) - 2, 0, -1):
        tail = tokens[k:]
        if len(tail) > _UNIT_NAME_MAX_WORDS:
            break
        if not all(_NAME_TOKEN.match(t) and t[:1].isupper() for t in tail):
            continue
        if tokens[k] in firsts or (len(tail) == 2 and _SEN_SURNAME.search(tail[1]) and not common_word(tail[0])
                                   and not _is_place(tail[0])):
            return " ".join(tail)  # "… ved Bjerges Leje Erland Madsen": a first name socdoc lacks, a -sen surname
    return None


_SEN_SURNAME = re.compile(r"(?:sen|son)$")
_UNIT_LINK_BEFORE = re.compile(r"\b(?:fra|for|hos|ved|i)\s+$")
_UNIT_WORDS_MIN = 2


def _person_after_unit(name: str) -> str:
    """The person at the end of a unit's name and hers run together after "fra"/"for" ("Region
    Sjælland Eva Holm" → "Eva Holm"): from the first known first name after two or more words that
    are none; ``name`` itself when it opens with a first name or no first name follows."""
    words = name.split()
    firsts = first_names()
    if words[0] in firsts:
        return name
    for k in range(_UNIT_WORDS_MIN, len(words) - 1):
        if words[k] in firsts:
            return " ".join(words[k:])
    return name


def initials_of(name: str, code: str) -> bool:
    """True when a two-letter code in parentheses is the person's initials ("Ib H. Sørensen (IH)")."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    return len(code) == 2 and len(words) >= 2 and code[0] == words[0][0] and code[1] in {w[0] for w in words[1:]}


@functools.lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in phrases()["attendance_not_name_words"])


@functools.lru_cache(maxsize=1)
def _table_heading_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in phrases()["attendance_table_heading_words"])


@functools.lru_cache(maxsize=1)
def _column_heading_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in phrases()["attendance_column_heading_words"])


def _column_heading_row(clean: str) -> bool:
    """A table's heading row over its attendees ("| Navn | Funktion |", "Navn  Parti  Status")."""
    words = [w.lower().strip(".:") for w in re.split(r"[\s|]+", clean) if w.strip("|.:")]
    return len(words) >= 2 and all(w in _column_heading_words() for w in words) and words[0].startswith("navn")


def _name_prefix(bare: str) -> tuple[Optional[str], int]:
    tokens = bare.split()
    while len(tokens) > 2 and len(tokens[0]) > 3 and tokens[0].isupper() and not tokens[1].isupper():
        tokens = tokens[1:]  # "REFERAT Mette Busk": a heading word of the page run on before the name
    kept: list[str] = []
    for tok in tokens:
        if len(kept) >= 2 and _is_org_word(tok) and _is_place(kept[0]) and kept[0] not in first_names():
            return None, 0  # "Skovby Strandpark Grundejerforening": a place's organisation, no person
        if not _NAME_TOKEN.match(tok) or (len(kept) >= 2 and _is_org_word(tok)):  # "Inge Vilhof Direktionssekretariatet"
            break
        kept.append(tok)
        if tok.endswith(".") and len(tok) > 4:  # "Busk." ends a sentence; "Chr." is an initial
            break
    while kept and kept[-1].lower() in ("von", "van", "de", "la", "du", "le", "af", "da"):
        kept.pop()
    if sum(1 for w in kept if not _INITIAL_WORD.match(w)) > _MAX_NAME_WORDS:
        return None, 0  # "Ole Berg Eva Lund Kim Holm": names run together, not one name
    if kept and len(kept[-1]) > 2 and kept[-1].endswith("."):  # "Hanne Mølgaard." ends a sentence
        kept[-1] = kept[-1][:-1]
    if kept and kept[-1].lower() in _not_name_words():  # "Norddjurs Kommune" after a run-on list
        return None, 0
    if kept and kept[0].lower().rstrip(".") in _table_heading_words() | _column_heading_words():  # "Pkt. Tekst"
        return None, 0
    if _organisation_name(kept):
        return None, 0  # "Skovly Grundejerforening" after the member's name
    if len(kept) == 1 and _glued_name(kept[0]):
        return kept[0], 0  # "OleHansen-Berg": a first name and a surname whose space was lost
    if len(kept) < 2 or len(kept) > 6 or not kept[0][:1].isupper() or _is_org_word(kept[0]) or _is_role_head(kept[0]):
        return None, 0  # "Jobcenter Vesthimmerland", "Kontaktperson Inge Vilhof" are no names
    return " ".join(kept), 0


_RUN_MIN_WORDS = 5  # a shorter run is one name
_RUN_PIECE_MAX = 3  # a piece longer than this after the split is not trusted


_GLUED = re.compile(r"([A-ZÆØÅ][a-zæøå]+)[A-ZÆØÅ][a-zæøå]{2,}(?:-[A-ZÆØÅ][a-zæøå]+)?")


def _glued_name(token: str) -> bool:
    """A known first name glued to a surname ("JohnFobian-Madsen")."""
    m = _GLUED.fullmatch(token)
    return bool(m) and m.group(1) in first_names()


def _run_together_names(bare: str) -> list[str]:
    """Names that a PDF flattening ran together without commas ("Ole Berg Kim Holm Palle S.
    Madsen Eva Lund"): the run is cut before a known first name and after a "-sen" surname;
    only the pieces of two or three words are kept, so a doubtful cut gives no name."""
    from socdoc.extractors.people import first_names

    tokens = bare.split()
    if len(tokens) < _RUN_MIN_WORDS or not all(_NAME_TOKEN.match(t) and t[:1].isupper() for t in tokens):
        return []
    if any(_is_org_word(t) or _is_role_head(t) for t in tokens):
        return []
    names = first_names()
    pieces: list[list[str]] = [[]]
    for tok in tokens:
        current = pieces[-1]
        starts = tok in names and len(current) >= 2 and current[-1] not in names
        if starts or (current and current[-1].lower().endswith("sen") and len(current) >= 2 and len(tok) > 2):
            pieces.append([])
        pieces[-1].append(tok)
    return [" ".join(p) for p in pieces if 2 <= len(p) <= _RUN_PIECE_MAX]


def _whole_names(clean: str, people: list[Person]) -> bool:
    """True when the line holds nothing but the names (with roles, parties and absence notes):
    what may continue a list after a blank line."""
    if not people:
        return False
    if any(_is_org_word(person.name.split()[0]) for person in people):
        return False  # "Rådhuset Mødesal" after the list is a place, not a name
    rest = clean
    for person in people:
        rest = rest.replace(person.name, " ")
    rest = _attendance_patterns()["inline_absent"].sub(" ", rest)
    rest = _attendance_patterns()["note"].sub(" ", rest)  # "(A)- deltog ikke under punkt 4"
    rest = _PAREN_GROUP.sub(" ", rest)
    words = [w for w in _NON_WORD.split(rest) if w]
    return len(words) <= 6 and not any(w[:1].islower() and w not in ("og", "for", "fra", "i", "af", "ved", "på")
                                       and not unit_or_role_word(w) for w in words)  # "Bo Dam - team Vej og Park"


_SENTENCE_WORDS = 2  # lower-case words beside the names that make a line a sentence


def sentence_about(clean: str, people: list[Person]) -> bool:
    """True when the names on the line stand in a sentence ("Eva Holm deltog som stedfortræder for
    Bo Dam") rather than in a list with a note ("Bo Dam, sygdom")."""
    if len(people) == 1 and _name_then_unit(clean, people[0]):
        return False
    rest = clean
    for person in people:
        rest = rest.replace(person.name, " ")
    rest = _PAREN_GROUP.sub(" ", rest)
    words = [w for w in _NON_WORD.split(rest) if w[:1].islower()]
    loose = [w for w in words if w not in ("og", "for", "fra", "i", "af", "ved", "på") and not _is_role_head(w)]
    return len(loose) >= _SENTENCE_WORDS


def _name_then_unit(clean: str, person: Person) -> bool:
    """True for a line of one name, a comma and what the member stands for, with no verb
    ("Eva Holm, De lokale boligforeninger"): a list entry, not a sentence about her."""
    if not clean.startswith(person.name + ","):
        return False
    verbs = {str(w) for w in phrases()["attendance_sentence_verbs"]}
    return not any(w.lower() in verbs for w in _NON_WORD.split(clean[len(person.name) + 1 :]) if w)


@dataclass
class Attendance:
    kind: str  # participants | absent | substitutes
    people: list[Person]
    lines: list[int]  # the lines the list occupies
    came: list[Person] = field(default_factory=list)  # stand-ins an absence list names after a dash: present


_NUMBERED = re.compile(r"^(\d{1,2})\s*[.)](?:\s+(?=\S)|(?=[A-ZÆØÅ][a-zæøå]))")  # "1. Eva Holm", glued "1.Eva Holm"
# a word of four letters or more glued to a capitalised full name: a label cell run into its value
_GLUED_FIELD = re.compile(r"^[A-ZÆØÅ][a-zæøå]{3,}(?=[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?\s+[A-ZÆØÅ][a-zæøå])")
_GLUED_AFTER_PARTY = re.compile(r"\((?:[A-ZÆØÅ]{1,2})\)(?=[A-ZÆØÅ][a-zæøå]{2})")
_ATTENDANCE_PREFILTER = re.compile(r"^[A-ZÆØÅa-zæøå][^\d]{0,40}$")  # a short label line without digits


_LABEL_FIRST = re.compile(r"\s*[A-ZÆØÅ][\wæøå]+\s*:(?:\s|$)")
# a wide gap and a label of up to four words with its colon: the next column of a header grid
_GRID_NEXT_LABEL = re.compile(r"(?<=\S)\s{3,}(?=[A-ZÆØÅ][\wæøå/\-]*(?:\s[\wæøå/\-]+){0,3}\s*:(?:\s|$))")


def _absent_values_split(value: str, start: int, board: bool) -> list["Person"]:
    """The absentees of a value that a second absence label after a sentence goes on with ("Afbud: Eva
    Holm. Uden afbud Bo Dam"): both lists."""
    second = _attendance_patterns()["absence_label_after_sentence"].search(value)
    if second is None:
        return _absent_values(value, start, board)
    first = value[: second.start() + 1]
    return _absent_values(first, start, board) + _absent_values(value[second.end():], start + second.end(), board)


@functools.lru_cache(maxsize=8192)  # the attendance readers ask about the same lines again (a match is read only)
def _attendance_label(clean: str) -> Optional[tuple[str, re.Match[str]]]:
    pats = patterns()
    for kind in ("absent", "substitutes", "participants"):
        m = pats[kind].match(clean)
        if m:
            return kind, m
    m = pats["member_body"].match(clean)  # "Bestyrelsen: Eva Berg, Bo Dam og Kim Lund"
    return ("participants", m) if m else None


def _glued_absent_label(clean: str) -> tuple[Optional[tuple[str, re.Match[str]]], int]:
    """An absence label glued to the end of the line's other text ("… 9. salAfbud fra:"), its names
    below: the label read from where it starts, and that start."""
    ap = _attendance_patterns()
    if ap["glued_needs_colon"] and not clean.rstrip().endswith(":"):
        return None, 0
    glued = ap["glued_absent_label"].search(clean)
    if glued is None:
        return None, 0
    found = _attendance_label(clean[glued.start():])
    return (found, glued.start()) if found is not None and found[0] in ("absent", "participants") else (None, 0)


def glued_absent_start(clean: str) -> Optional[int]:
    """Where an absence label glued to the end of a line starts ("… 9. salAfbud fra:"), or None."""
    found, start = _glued_absent_label(clean)
    return start if found is not None else None


def attendance_label(clean: str) -> bool:
    """True for a line that opens an attendance list ("Deltagere:", "Afbud fra: …")."""
    return _attendance_label(clean) is not None


def attendance_at(lines: list[Line], i: int, end: int, board: bool = False) -> Optional[Attendance]:
    """A labelled attendance list starting at line ``i`` (label and names), or None.

    The names follow the label on its line, in a pipe cell, or on the lines below: bulleted,
    numbered, one per line with the role first, in groups ("Fra administrationen") and with
    blank lines between entries or groups. On a ``board`` the lists name members by first name alone."""
    pats = patterns()
    line = lines[i]
    found, shift = _attendance_label(line.clean), 0
    if found is None:
        found, shift = _glued_absent_label(line.clean)
    if found is None:
        return None
    kind, m = found
    value = m.group("value")
    grid = _GRID_NEXT_LABEL.search(value)  # "Afbud: Eva Holm      Mødeleder: Bo Dam": the next column's label
    value = value[: grid.start()] if grid else value
    if _LABEL_FIRST.match(value):
        return Attendance(kind, [], [i])  # "Fraværende: Mødeleder: Formand Eva Lund": the labels stand first, no value
    away: list[Person] = []
    if kind == "participants":  # "Tilstede var: Ole Lund, Eva Holm Afbud: Bo Dam": the absentees are read apart
        absent_label = _attendance_patterns()["absence_label_inline"].search(value)
        value = value[: absent_label.start()] if absent_label else value
        # "Deltagere Ole Lund, Eva Holm Afbud Bo Dam": the absentees' label without colon
        value, away = _bare_absentees(value, line.start + shift + m.start("value"), board)
    used = [i]
    if shift + m.start("value") + len(value) == len(line.clean):  # "Deltagere: Eva Holm, Bo" / "Dam, Kim Lund": a wrapped line
        value, joined = _join_broken(lines, i, end, value, line.start + shift + m.start("value"))
        used.extend(range(i + 1, i + 1 + joined))
    if kind == "absent":
        value = _before_stand_in_sentence(value)
        people = _absent_values_split(value, line.start + shift + m.start("value"), board)
    else:
        people = parse_people(value, line.start + shift + m.start("value"), board) if value.strip() else []
    j = used[-1] + 1
    if not value.strip():  # label alone: names follow, maybe after blank lines
        while j < end and j < i + 3 and (lines[j].blank or lines[j].noise):
            j += 1
        if j < end and lines[j].clean.strip(" .").lower() in pats["none_words"]:
            used.append(j)
            value = lines[j].clean
    nobody = value.strip(" .").lower() in pats["none_words"]  # "Fraværende: Ingen."
    if not nobody:
        _list_lines(lines, j, end, people, used, kind, umbrella=not value.strip(), board=board)
    if not people and not away and value.strip().lower() not in pats["none_words"] and value.strip():
        return Attendance(kind, [], used)
    if away:  # "Medlemmer Eva Holm, Bo Dam Afbud Bo Dam": a member named again as absent did not come
        gone = {p.name for p in away}
        people = [p for p in people if p.name not in gone] + away
    if kind == "absent":  # "Afbud: Eva Berg, suppleant Kim Lund deltog": the stand-in came
        came = [p for p in people if p.dashed]  # the list's own column of stand-ins: they took part
        people = [p for p in people if not p.present and not _after_stand_in_word(lines, used, p)]
        return Attendance(kind, people, used, came)
    return Attendance(kind, people, used)


def group_attendance_at(lines: list[Line], i: int, board: bool = False) -> Optional[Attendance]:
    """A group of further attendees with its names on its line ("Fra sekretariatet: Eva, Bo og Kim",
    "Øvrige deltagere: Eva Holm") standing right after the attendance lists, where no list's label
    reaches it (after the absentees): participants when nothing but names follows the group's colon."""
    clean = lines[i].clean
    group = _group_line(clean, "participants", False)
    if group is None or not clean[group:].strip():
        return None
    value = clean[group:]
    people = parse_people(value, lines[i].start + group, board)
    if not people or not _whole_names(value.rstrip(" ."), people):
        return None
    return Attendance("participants", people, [i])


def _bare_absentees(value: str, offset: int, board: bool) -> tuple[str, list[Person]]:
    """A members list that an absence label without colon goes on with ("Eva Holm, Bo Dam Afbud
    Kim Lund."): the members' part and the absentees, marked absent, when nothing but names follows
    that label; else the value as it is."""
    from socdoc.extractors.minutes_inline import bare_absence_label

    span = bare_absence_label(value)
    if span is None:
        return value, []
    rest = value[span[1]:].rstrip(" .")
    away = parse_people(rest, offset + span[1], board=True)  # the label says what follows: first names too
    if not away or not _whole_names(rest, away):
        return value, []
    return value[: span[0]], [replace(p, absent=True) for p in away]


def _absent_values(value: str, offset: int, board: bool) -> list[Person]:
    """The people of an absence list whose line holds a further absence label ("Afbud: Bo.  Uden
    afbud: Eva"): each label's value read apart."""
    if not value.strip():
        return []
    label = _attendance_patterns()["absence_label_inline"].search(value)
    if label is None:
        return parse_people(value, offset, board)
    return parse_people(value[: label.start()], offset, board) + parse_people(value[label.end():], offset + label.end(), board)


_STAND_IN_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, phrases()["stand_in_words"])) + r")(?:en)?\s*:?\s*$",
                              re.IGNORECASE)


def _after_stand_in_word(lines: list[Line], used: list[int], person: Person) -> bool:
    """True for a name right after "stedfortræder"/"suppleant" in an absence list ("Afbud fra Eva
    Berg stedfortræder Kim Lund"): the stand-in who came, no absentee."""
    for k in used:
        line = lines[k]
        if line.start <= person.start < line.start + len(line.clean):
            return bool(_STAND_IN_BEFORE.search(line.clean[: person.start - line.start]))
    return False


# a page footer line that a page break puts amid a list: an e-mail or web address, a phone label, or a
# street address ending in a postcode and town
_PAGE_FOOTER = re.compile(r"@|\bwww\.|^(?:telefon|tlf\.?|fax|cvr)\b|\b\d{4}\s+[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ]\.?)?$",
                          re.IGNORECASE)
_FOOTER_LINES_MAX = 4
# the reason an absentee gives after the name ("Eva Holm pga. arbejde."): no sentence about her
@functools.lru_cache(maxsize=1)
def _reason_tail() -> re.Pattern[str]:
    """An absence entry's reason at its end (", pga. sygdom", "med afbud"): ``absence_reason_tail_regex``."""
    return re.compile(phrases()["absence_reason_tail_regex"], re.IGNORECASE)


def _list_lines(lines: list[Line], j: int, end: int, people: list[Person], used: list[int],
                kind: str = "participants", umbrella: bool = False, board: bool = False) -> None:
    """Entries of an attendance list from line ``j`` on, appended to ``people`` and ``used``;
    group headings ("Fra administrationen") continue a participants list and end any other.
    Under a label that stands alone (``umbrella``), labelled groups of names continue any list
    ("Til stede" over "Medlemmer:" … "Suppleanter:"; "Fraværende:" over "Forældrevalgte: Eva Holm");
    on a ``board`` a group's names may be first names alone ("Skovby Borgerforening : Annette")."""
    pats = patterns()
    groups = _attendance_patterns()["groups"]
    blanks = 0
    number = 0
    shape_seen = False
    footer_lines = 0
    pairs = 0  # rows that held two names: a two-column table flattened to lines
    statuses_seen = False  # the list gives each member's status ("Deltog") in a cell or after a dash
    away_open = False  # the line before ended inside an absence list, with a comma: its names go on
    while j < end:
        nxt = lines[j]
        if nxt.blank:
            blanks += 1
            if blanks > 4:
                break
            j += 1
            continue
        if nxt.noise:
            j += 1
            continue
        clean = nxt.clean
        if people and footer_lines < _FOOTER_LINES_MAX and _PAGE_FOOTER.search(clean):
            footer_lines += 1  # "Skovby Kommune Torvet 1 4700 Skovby" / "Telefon …" amid a list a page break split
            blanks = max(blanks, 1)
            j += 1
            continue
        status = _attendance_patterns()["status_cell"].match(clean)
        statuses_seen = statuses_seen or bool(status and not status.group("absent"))
        # "Eva Holm" / "Deltog ikke": the status cell under the member's name, where the list shows its
        # statuses ("Deltog" cells, "Bo Dam (A) - Deltog"); else "AFBUD" is the next list's label
        if status and people and not blanks and (not status.group("absent") or statuses_seen):
            if status.group("absent"):
                people[-1] = replace(people[-1], absent=True)
            statuses_seen = True
            used.append(j)
            j += 1
            continue
        statuses_seen = statuses_seen or bool(_STATUS_NOTE.search(clean))
        if not people and _column_heading_row(clean):  # "| Navn | Funktion |" over the rows of names
            j += 1
            continue
        group = _group_line(clean, kind, umbrella)
        if group is not None:  # "Forældrevalgte: Eva Holm, Bo Dam." / "Fra forvaltningen: Kim Lund"
            inner = _attendance_label(clean[group:])  # "Forældrevalgte: Afbud fra Eva Holm."
            if inner is not None and inner[0] == kind:
                group += inner[1].start("value")
            value = clean[group:]
            glued = _GLUED_HEAD.search(value)  # "… Bo Dam. 1. Godkendelse af referat:": the next item runs on
            value = value[: glued.start()] if glued else value
            told = _status_clauses(value, nxt.start + group) if kind == "participants" else None
            more = told or (parse_people(value, nxt.start + group, board) if value.strip(" -.") else [])
            kept = _name_unit_people(value, more) if more and not told else None
            if more and kept is None and not told and not _whole_names(value.rstrip(" ."), more):
                break
            more = more if kept is None else kept
            people.extend(more)
            used.append(j)
            blanks = 0
            j += 1
            continue
        if _attendance_label(clean) is not None or pats["attendance_line"].search(_without_notes(clean)):
            break
        if _GLUED_FIELD.match(clean):  # "MødelederEva Holm": a table's next label cell run into its value
            break
        if groups.match(clean) and not _DIGIT.search(clean):  # "Fra Skovby Byråd:", "Øvrige deltagere:"
            if kind != "participants":
                break
            used.append(j)
            blanks = 0
            j += 1
            continue
        status_row = _attendance_patterns()["status_row"].match(clean)  # "Lise Bjerre: Deltog"
        shape_seen = shape_seen or (j + 1 < end and bool(_NAME_COLON.match(lines[j + 1].clean)))
        named = 0 if status_row else _name_label(clean, shape_seen)  # "Eva Holm: Konsulent": the name first
        if (pats["label_line"].match(clean) and not status_row and not named) or heading_kind(nxt) is not None:
            break
        if named:
            clean = clean[:named]
            shape_seen = True
        if people and used and _cell_of_entry(clean, people[-1], _party_cells(lines, j, end)):  # "(A)", "Formand"
            used.append(j)
            blanks = 0
            j += 1
            continue
        glued = _GLUED_AFTER_PARTY.search(clean)  # "Egon Bo (I)Indholdsfortegnelse": a heading runs on
        if glued:
            clean = clean[: glued.start() + 1]
        label_at = glued_absent_start(clean)  # "Bo Dam, VestbyFraværende:": the next list's label glued to the entry
        if label_at:
            clean = clean[:label_at]
        entry, shift = clean, 0
        numbered = _NUMBERED.match(clean)
        if numbered:
            if int(numbered.group(1)) != number + 1:
                break
            entry, shift = clean[numbered.end() :], numbered.end()
        elif _DIGIT.match(clean):
            break
        if kind == "absent":  # "Eva Holm. I stedet deltog Bo Dam.": the stand-in's sentence is left out
            entry = _without_stand_in_sentence(entry)
            replaced = _attendance_patterns()["absent_replaced"].match(entry)
            if replaced:  # "Bo Dam (V) deltog i mødet i stedet for Eva Holm (A).": she is the absentee
                more = parse_people(replaced.group("names"), nxt.start + shift + replaced.start("names"), board)
                if not more:
                    break
                people.extend(more)
                used.append(j)
                blanks = 0
                j += 1
                continue
        joined = 0
        if not numbered:
            entry, joined = _join_broken(lines, j, end, entry, nxt.start + shift)
        more = _members_then_absent(entry, nxt.start + shift, board, away_open) if kind == "participants" else None
        away_open = more is not None and entry.rstrip().endswith(",")  # "Afbud: Kim Lund," / "Ole Berg. …"
        more = parse_people(entry, nxt.start + shift) if more is None else more
        if pairs >= _PAIR_ROWS_MIN and _merged_row(more):  # "Eva Lund Bo Dam Holm" amid rows of two names
            more = [Person(name_text(entry[s:e]), None, nxt.start + shift + s, nxt.start + shift + e)
                    for s, e in column_pair(entry)] or more
        if len(more) == 1 and not more[0].absent and _row_absent_end().search(entry):
            more = [replace(more[0], absent=True)]  # "Eva Holm Afbud": the row's own status, capitalised, ends it
        pairs += len(more) == 2 and not numbered
        if not more or ((blanks or numbered) and not _whole_names(entry, more)):
            break
        if people and not blanks and _BROKEN_NAME_REST.match(entry) and people[-1].end == _content_end(lines[j - 1]):
            people.pop()  # "… Niels Bruun" / "de Neergaard, …": the name broken over the lines is no whole name
        if kind != "participants" and sentence_about(_reason_tail().sub("", entry), more):
            break  # "Eva Holm deltog som stedfortræder for Bo Dam" under the absentees
        number += 1 if numbered else 0
        people.extend(more)
        used.extend(range(j, j + joined + 1))
        blanks = 0
        j += 1 + joined
        if glued or label_at:
            break




def _members_then_absent(entry: str, offset: int, board: bool, carried: bool = False) -> Optional[list[Person]]:
    """The entries of a members list's line that an absence label with its colon goes on with, the
    absentees' names wrapped to the next line ("Eva Holm, Bo Dam. Afbud: Kim Lund," / "Ole Berg"):
    the members, then the absentees marked absent; None when the line holds no such label. Where the
    line before ended inside such a list (``carried``), the names before this line's label are absent too."""
    label = _attendance_patterns()["absence_label_inline"].search(entry)
    if label is None and not carried:
        return None
    if carried:
        away = _absent_values(entry, offset, board)
        return [replace(p, absent=True) for p in away]
    away = _absent_values(entry[label.end():], offset + label.end(), board)
    return parse_people(entry[: label.start()], offset, board) + [replace(p, absent=True) for p in away]


@functools.lru_cache(maxsize=1)
def _row_absent_end() -> re.Pattern[str]:
    """A list row's absence mark, capitalised, ending the row of one member (``row_absent_end_regex``)."""
    return re.compile(phrases()["row_absent_end_regex"])


# a member's status after a dash on the entry's line ("Eva Holm (A) - Deltog")
_STATUS_NOTE = re.compile(r"\s[-–]\s*(?:deltog|til\s+stede|mødt)\b", re.IGNORECASE)
# a comma list whose last entry is one name word or initials ("…, Lisa Pihl Jensen, Ebbe", "…, H.C."), and
# the rest of that name opening the next line ("Christensen, Helle Hansen", "Rasmussen")
_BROKEN_END = re.compile(r",\s*(?:[A-ZÆØÅ][a-zæøåéü]+|(?:[A-ZÆØÅ]\.){1,3})$")
# the rest: one or two name words, maybe the party, then a comma or the line's end ("Krogh Beck (A),")
_BROKEN_REST = re.compile(r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?(?:\s+[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?)?"
                          r"(?:\s*\([A-ZÆØÅ]{1,4}\))?(?:\s*,|\s*\.?$)")  # a party letter or initials ("(PHS)")


def _join_broken(lines: list[Line], j: int, end: int, entry: str, offset: int) -> tuple[str, int]:
    """``entry`` (text of line ``j`` from ``offset``) with the lines that go on with a name broken at
    its end ("…, Lisa Holm, Ebbe" / "Christensen, Eva Lund"), and how many lines were joined. The
    line break becomes spaces, so the offsets hold."""
    joined = 0
    while j + joined + 1 < end:
        step = 1
        after = lines[j + joined + 1]
        if after.blank and j + joined + 2 < end and not lines[j + joined + 2].blank:
            step, after = 2, lines[j + joined + 2]  # a PDF's blank line inside the list ("…, Keld" / "" / "Nielsen (KN), …")
        if not (_broken_entry(entry) or _wrapped_full_names(entry, after.clean)):
            break
        if after.blank or after.noise or not _BROKEN_REST.match(after.clean) or heading_kind(after) is not None \
                or _attendance_label(after.clean) is not None:
            break
        gap = after.start - (offset + len(entry))
        entry, joined = entry + " " * gap + after.clean, joined + step
    return entry, joined


def _broken_entry(entry: str) -> bool:
    """A line of a comma list that ends in the first word of a name: its rest opens the next line."""
    m = _BROKEN_END.search(entry)
    if m is None:
        return False
    word = m.group().lstrip(", ").rstrip(".")
    parts = [p.split() for p in entry.split(",")[:-1] if p.strip()]
    if len(parts) >= 2 and all(len(p) == 1 for p in parts):
        return False  # "Til stede: Gitte, Vagn, Lone, Sune": a list of first names, its last entry whole
    return "." in m.group() or word in first_names()


_WRAP_MIN_ENTRIES = 3  # whole entries before the broken one that show a comma list of full names
_NAME_WORD = re.compile(r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?")
_WRAP_REST = re.compile(r"(?P<words>[A-ZÆØÅ][\w\-]*(?:\s+[A-ZÆØÅ][\w\-]*)?)\s*(?:,|\([A-ZÆØÅ]{1,4}\))")  # "Sørensen (PHS)"


def _wrapped_full_names(entry: str, after: str) -> bool:
    """A comma list of full names wrapped inside a name, its line ending without a comma ("…, Bo Dam, Kasper
    Holm" / "Vestergaard, Eva Lind, …"; "…, Serhat" / "Gül Demir, …"): the entries before it are names of two
    to four words, the line's last entry one word with one or two more words before the next line's first
    comma, or two or three words with one more."""
    if entry.rstrip().endswith((",", ".")):
        return False
    parts = [p.strip() for p in entry.split(",")]
    whole, last = parts[:-1], parts[-1].split()
    if len(whole) < _WRAP_MIN_ENTRIES or not all(2 <= len(p.split()) <= 4 for p in whole[1:]):
        return False
    if not 1 <= len(last) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in last):
        return False
    rest = _WRAP_REST.match(after)
    if rest is None or not all(_NAME_WORD.fullmatch(w) for w in rest.group("words").split()):
        return False
    return len(rest.group("words").split()) <= (2 if len(last) == 1 else 1)


# a full stop, or a dash between the name and the stand-in's clause ("Eva Holm - Bo Dam deltager som stedfortræder")
_SENTENCE_BREAK = re.compile(r"\.\s+|\s+[-–]\s+")


def _before_stand_in_sentence(value: str) -> str:
    """An absence list's value without the sentence after it that names the stand-ins called in ("Afbud
    fra Eva Holm (A), Bo Dam (V). Som suppleanter er indkaldt Kim Lund (A), Lis Krog (V)."): the list
    ends at that sentence, unless a further absence label follows (each entry is then read alone)."""
    ap = _attendance_patterns()
    for m in _SENTENCE_STOP.finditer(value):
        if ap["absent_stand_in"].match(value[m.end():]) and not ap["absence_label_after_sentence"].search(value, m.end()):
            return value[: m.start() + 1]
    return value


_SENTENCE_STOP = re.compile(r"\.\s+")


def _without_stand_in_sentence(entry: str) -> str:
    """An absence list's entry without the sentence after the name that names the stand-in who came
    ("Eva Holm. I stedet deltog Bo Dam." gives "Eva Holm.", "Eva Holm - Bo Dam deltager som stedfortræder." gives
    "Eva Holm")."""
    for m in _SENTENCE_BREAK.finditer(entry):
        if _attendance_patterns()["absent_stand_in"].match(entry[m.end():]):
            return entry[: m.start() + (m.group().startswith("."))]
    return entry


_PAIR_ROWS_MIN = 2
_MERGED_MIN_WORDS = 4


def _merged_row(people: list[Person]) -> bool:
    """No name read from a row, or one name of four words or more: maybe two names run together."""
    return not people or len(people) == 1 and len(people[0].name.split()) >= _MERGED_MIN_WORDS and people[0].party is None


# the rest of a name that a line break cut after its first words ("de Neergaard, …", "von Holstein og …")
_BROKEN_NAME_REST = re.compile(r"(?:von|van|de|du|la|le|af|da)\s+[A-ZÆØÅ][\wæøå\-]+\s*(?:,|og\s|$)")


_GROUP_LABEL = re.compile(r"^(?P<label>[A-ZÆØÅ][\wæøå .&/-]{1,40}?)\s*(?:\([^()]{0,60}\))?\s*:(?:\s+|$)")
_GROUP_LABEL_MAX_WORDS = 4
_PLURAL_END = re.compile(r"(?:e|er|ere|te)$")


def _group_line(clean: str, kind: str, umbrella: bool) -> Optional[int]:
    """Where the names start in a line that opens a labelled group of an attendance list, or None.

    A participants list reads groups opened by "Fra …" / "Øvrige …" with their names on the line
    ("Fra forvaltningen: Eva Holm"); a list whose label stands alone also reads groups labelled with
    a plural noun ("Forældrevalgte: …", "Suppleanter (deltog under punkt 1-3):", "Medlemmer:")."""
    m = _GROUP_LABEL.match(clean)
    if m is None or _DIGIT.search(m.group("label")):
        return None
    label = m.group("label").strip()
    words = label.split()
    name_like = len(words) >= 2 and all(w[:1].isupper() for w in words)
    if len(words) > _GROUP_LABEL_MAX_WORDS or words[0].split("-")[0] in first_names() \
            or (name_like and _attendance_patterns()["status_row"].match(clean)):
        return None  # "Bo Høier: Deltog": a member and his status
    found = _attendance_label(clean)
    if found is not None and found[0] == "absent" and kind != "absent":
        return None
    if kind == "participants" and _attendance_patterns()["groups"].match(label):
        return m.end()
    if not umbrella or label.lower() in _group_excluded():
        return None
    if found is not None and found[0] != kind and not (kind == "participants" and found[0] == "substitutes"):
        return None
    if kind == "participants" and len(words) == 1 and (is_body_name(label) or _is_org_word(label)):
        return m.end()  # "Byrådet: Eva Holm (V)", "Administrationen: Bo Dam, Center for Børn"
    if _PLURAL_END.search(words[-1].lower()):
        return m.end()
    # "Skovby Borgerforening : Eva og Bo": under a participants label alone, each row names the unit the
    # members on it stand for (the caller keeps the row only when its value is nothing but names)
    return m.end() if kind == "participants" and _unit_label(words) else None


_ACRONYM = re.compile(r"[A-ZÆØÅ]{2,}|(?:[A-ZÆØÅ]\.){2,}")


def _unit_label(words: list[str]) -> bool:
    """Label words that name a unit, not a person ("Onsdagsklubben", "Skovby Borgerforening", "FDF
    Skovby", "KFUM spejderne"; not "Eva Krogh Holm"): one word, or an organisation or place word, an
    acronym or a word in lower case among them."""
    return len(words) == 1 or any(_is_org_word(w) or _is_place(w) or _ACRONYM.fullmatch(w) or w[:1].islower()
                                  for w in words)


def _status_clauses(value: str, offset: int) -> Optional[list[Person]]:
    """The people of a group's value told in clauses ("Eva og Bo havde meldt afbud, Kim mødte i
    stedet."): the names of an absence clause absent, those of an attendance clause present; None
    unless every clause is one of the two."""
    pats = _attendance_patterns()
    out: list[Person] = []
    pos = 0
    for clause in value.split(","):
        at = offset + pos
        pos += len(clause) + 1
        body = clause.strip().rstrip(".")
        lead = len(clause) - len(clause.lstrip())
        m = pats["clause_absent"].match(body)
        away = m is not None
        m = m or pats["clause_present"].match(body)
        if m is None:
            return None
        named = parse_people(m.group("names"), at + lead, board=True)
        if not named or not _whole_names(m.group("names"), named):
            return None
        out.extend(replace(p, absent=away) for p in named)
    return out or None


_ENTRY_LINKS = frozenset({"og", "for", "fra", "i", "af", "ved", "på", "&"})


def _name_unit_people(value: str, people: list[Person]) -> Optional[list[Person]]:
    """The names of a group's line of "Name, Unit" entries ("Eva Holm, Center for Børn, Bo Dam,
    Ældrerådet"), or None for another line: every comma-separated entry is a name read, or a
    capitalised unit or role without lower-case words besides links, and at least half are names.
    Where names and units alternate, an entry in a unit's place is a unit ("…, Bo Dam, Dansk
    Blindesamfund, …")."""
    pieces = [x.strip(" .") for x in value.split(",") if x.strip(" .")]
    names = {p.name for p in people}
    if not pieces or sum(piece in names for piece in pieces) * 2 < len(pieces):
        return None
    if not all(piece in names or all(w[:1].isupper() or w in _ENTRY_LINKS for w in piece.split())
               for piece in pieces):
        return None
    units = pieces[1::2]
    if len(pieces) >= 4 and all(piece in names for piece in pieces[0::2]) \
            and sum(piece not in names for piece in units) * 2 > len(units):
        units_named = set(units)
        return [p for p in people if p.name not in units_named]
    return list(people)


@functools.lru_cache(maxsize=1)
def _group_excluded() -> frozenset[str]:
    """Labels that are no group of attendees: posts and header labels ("Mødeleder:", "Sted:")."""
    p = phrases()
    words = list(p["role_words"]) + list(p["election_posts"])
    for key in ("date_labels", "time_labels", "location_labels", "body_labels", "inline_other_labels",
                "section_labels", "decision_labels", "toc_labels"):
        words.extend(p.get(key) or [])
    return frozenset(str(w).lower() for w in words)


def _content_end(line: Line) -> int:
    """Where the text of ``line`` ends, without trailing spaces or a list comma."""
    return line.start + len(line.clean.rstrip(" ,"))


def _without_notes(clean: str) -> str:
    """A list line without its notes on part attendance ("Eva Holm (A)- deltog ikke i punkt 4"),
    which are no statement about attendance that would end the list; nor a note in brackets after a
    name ("Kim Dam (som forlod mødet kl. 20)"): it tells about that member, the list goes on."""
    return _PAREN_GROUP.sub(" ", _attendance_patterns()["note"].sub(" ", clean))


_NAME_COLON = re.compile(r"^((?:[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?\s+){1,4}[A-ZÆØÅ][\w\-]+)\s*:\s+\S")


def _name_label(clean: str, shape_seen: bool = False) -> int:
    """Where the name ends in a list line written "Name: what the member is" ("Eva Holm Dam:
    Medlem for Venstre"): a name of two to five words opened by a known first name, or, where the
    list has more such lines (``shape_seen``), by a word that is no common word or role; else 0."""
    m = _NAME_COLON.match(clean)
    if not m:
        return 0
    first = m.group(1).split()[0]
    if any(part in first_names() for part in first.split("-")):
        return m.end(1)
    if shape_seen and not common_word(first) and not _is_role_head(first) and not _is_org_word(first):
        return m.end(1)
    return 0


_PARTY_CELL = re.compile(r"^\(\s*([A-ZÆØÅ]{1,3})\s*\)$")
_ORDINAL_HEAD = re.compile(r"^\d{1,2}\.\s*")


def _cell_of_entry(clean: str, last: Person, party_cells: bool) -> bool:
    """True for a line that is one more cell of the entry above it in a members table whose
    cells became lines: the party letter ("(A)"), or, in a list with party cells
    (``party_cells``), the role ("2. næstformand", "Løsgænger") or the party's name. A party
    letter is set on ``last`` when it has none."""
    cell = _PARTY_CELL.match(clean.strip())
    if cell:
        if not _party().match(cell.group(1)):
            return False
        if last.party is None:
            last.party = cell.group(1)
        return True
    if _party_name_cell(clean):
        return True
    return party_cells and role_cell(clean)


_CELL_REACH = 8  # lines around a role cell in which a party cell shows the table layout


def _party_cells(lines: list[Line], j: int, end: int) -> bool:
    """True when a party cell ("(A)") or a party's name stands on a line of its own near line ``j``:
    a members table whose cells became lines, where a role on its own line is a cell too
    ("Sekretær" over a name in a plain list is a heading)."""
    for line in lines[max(0, j - _CELL_REACH) : min(end, j + _CELL_REACH)]:
        if line.clean and (_PARTY_CELL.match(line.clean.strip()) or _party_name_cell(line.clean)):
            return True
    return False


def _party_name_cell(clean: str) -> bool:
    """True for a cell line holding a party's name ("Socialdemokratiet", "Det Konservative Folkeparti")."""
    return len(clean) < 60 and clean.strip(" .()").casefold() in _party_names()


@functools.lru_cache(maxsize=1)
def _party_names() -> frozenset[str]:
    names = set()
    for p in load_gazetteers().parties:
        names |= {p.name.casefold(), *(a.casefold() for a in p.aliases)}
        if p.short:
            names.add(p.short.casefold())
    return frozenset(n for n in names if len(n) > 2)


@functools.lru_cache(maxsize=1)
def _standing_at_end() -> re.Pattern[str]:
    words = "|".join(re.escape(str(w)) for w in phrases()["attendance_standing_words"])
    return re.compile(rf"\s+(?:{words})$", re.IGNORECASE)


def role_cell(clean: str) -> bool:
    """True for a line holding only a role or a member's standing ("Formand", "2. næstformand",
    "Løsgænger"): no name."""
    words = _ORDINAL_HEAD.sub("", clean.strip(" .:")).split()
    if not 1 <= len(words) <= 2 or not words[0][:1].isalpha():
        return False
    standing = {str(w).lower() for w in phrases()["attendance_standing_words"]}
    return all(w.lower() in standing or _is_role_head(w) for w in words)


def _numbered_attendance_lines(lines: list[Line]) -> frozenset[int]:
    """Lines of numbered attendance lists ("Deltagere:" over "1. Kurt Lykke (A)", "2. …")."""
    found: set[int] = set()
    for line in lines:
        if not line.clean or line.noise or not _ATTENDANCE_PREFILTER.search(line.clean):
            continue
        nxt = next((x for x in lines[line.idx + 1 : line.idx + 4] if x.clean), None)
        if nxt is None or not _NUMBERED.match(nxt.clean) or _attendance_label(line.clean) is None:
            continue
        att = attendance_at(lines, line.idx, min(len(lines), line.idx + 200))
        if att is not None and att.people:
            found.update(att.lines[1:])
    return frozenset(found)


# Every match of the attendance patterns' "absence_prefilter" holds one of these, in lower case: a
# part of each alternative without "i" and "s", whose other case forms ("İ", "ı", "ſ") lower()
# does not turn into them (the regex engine matches them case-insensitively).
_ABSENCE_PARTS = ("fravær", "afbud", "forfald", "udeblev", "deltog", "tede", "undtagen", "bort", "mødte")


def _may_state_absence(clean: str) -> bool:
    """False when ``clean`` cannot hold an absence word (cheaper than the case-insensitive search)."""
    return _ABSENCE_PART.search(clean.lower()) is not None


_ABSENCE_PART = re.compile("|".join(re.escape(part) for part in _ABSENCE_PARTS))  # any of them, in one scan


def absence_statements(lines: list[Line], skip: frozenset[int] = frozenset(), board: bool = False) -> list[Person]:
    """People said to be absent from the whole meeting in running text: "Hanne Kjær og Louise
    Vad Petersen var fraværende.", "Der er afbud fra Torben Ryom.", "NN havde forfald."
    (lines in ``skip`` are left out); on a ``board`` whose lists name the members by first name
    alone, a first name alone before the phrase ("Lili har meldt afbud.")."""
    ap = _attendance_patterns()
    found: list[Person] = []
    came: set[str] = set()  # stand-ins named in a clause: present whatever an absence phrase around them reads
    if not ap["absence_prefilter"].search("\n".join(line.clean for line in lines if line.clean)):
        return found  # no absence word on any line: one pass instead of one search per line
    for line in lines:
        clean = line.clean
        if not clean or line.noise or line.idx in skip or not _may_state_absence(clean) \
                or not ap["absence_prefilter"].search(clean):
            continue
        for m in ap["absence_before"].finditer(clean):
            found.extend(_names_before(clean, m.start(), line.start, board))
        for m in ap["absence_after"].finditer(clean):
            found.extend(p for p in _names_after(clean, m.end(), line.start)
                         if not _STAND_IN_BEFORE.search(clean[: p.start - line.start]))
        for m in ap["stand_in_for"].finditer(clean):  # "Eva Holm deltog som stedfortræder for Bo Dam"
            came.update(name_key(p.name) for p in _names_before(clean, m.start(), line.start, board))
            found.extend(p for p in _names_after(clean, m.end(), line.start)[:1] if _full_name(p.name))
        for m in ap["absence_label_inline"].finditer(clean):
            if not clean[: m.start()].endswith(":"):  # "Medlemmer: Afbud: …": labels first, values after
                found.extend(_labelled_names_after(clean, m.end(), line.start))
        for m in ap["absence_bare_label"].finditer(clean):  # "… Godkendt. Afbud Ole Lund Fraværende uden afbud: …"
            nxt = ap["absence_label_inline"].search(clean, m.end())  # the next label ends the names
            found.extend(_labelled_names_after(clean[: nxt.start()] if nxt else clean, m.end(), line.start))
    return [p for p in found if not _known_organisation(p.name) and name_key(p.name) not in came]


def _full_name(name: str) -> bool:
    """A given name and a surname at least ("Bo Dam"), nothing else: the member a stand-in replaced
    is named in full, so a clause's other words after "for" are not taken for a name."""
    words = name.split()
    return 2 <= len(words) <= 4 and is_first_name(words[0]) and all(w[:1].isupper() for w in words)


_MIDDLE_INITIAL = re.compile(r"^[A-ZÆØÅ]\.$")


def name_key(name: str) -> str:
    """A name in lower case, spaced once, without middle initials: the same member named in two clauses
    or lists ("Walter G. Christophersen" in the members list is the "Walter Christophersen" of the
    absence line)."""
    words = name.split()
    kept = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and _MIDDLE_INITIAL.match(w))]
    return " ".join(kept).lower()


def absence_label_in(clean: str, start: int, end: int) -> Optional[int]:
    """Where an absence label with its colon stands inside ``clean[start:end]`` ("… Godkendt.
    Afbud: Ingen"), or None."""
    m = _attendance_patterns()["absence_label_inline"].search(clean, start, end)
    return m.start() if m else None


_NAME_WITH_PARTY = re.compile(
    r"\s*(?:(?:,|;|og)\s*)?(?P<name>[A-ZÆØÅ][\w'’\-]+(?:\s+(?:[A-ZÆØÅ][\w'’\-]+|[A-ZÆØÅ]\.)){1,4})\s*"
    r"\((?P<party>[A-ZÆØÅ]{1,2})\)")


def _labelled_names_after(clean: str, start: int, offset: int) -> list[Person]:
    """The names after an absence label inside a line ("… til efterretning. Fraværende: Ole Lund
    (A) Eva Holm (V) Tilbage til toppen"): names with their party letters as far as they run on,
    else a sentence that holds nothing but names."""
    first = clean[start:].split(maxsplit=1)[:1]
    if first and first[0].strip(" .,").lower() in patterns()["none_words"]:  # "Afbud: Ingen Side 2"
        return []
    people: list[Person] = []
    pos = start
    while (m := _NAME_WITH_PARTY.match(clean, pos)) is not None:
        name = m.group("name")
        if _is_org_word(name.split()[0]) or _is_role_head(name.split()[0]):
            break
        people.append(Person(name, m.group("party"), offset + m.start("name"), offset + m.end("name")))
        pos = m.end()
    if people:
        return people
    tail = clean[start:]
    room = _NUMBERED_PLACE.search(tail)  # "… Ole Lund Lokale 3, Rådhuset": the place, not a name, runs on
    tail = tail[: room.start()] if room else tail
    stop = _NAME_RUN_STOP.search(tail)
    end = stop.start() if stop else len(tail)
    if stop and tail[end] == ":":  # "Afbud: Ole Lund Dagsorden: 1. …": the next label's word is no name
        end = max(tail.rfind(" ", 0, end), 0)
        label = _LABEL_HEAD.search(tail, 0, end)  # "… Ole Lund Næste møde: 6. maj": the label's head word too
        if label and tail[end + 1 : end + 2].islower():
            end = label.start()
    tail = tail[:end]
    tail = tail[: run_on_sentence(tail)]
    found = [p for p in parse_people(tail, offset + start) if not p.absent]
    if _whole_names(tail, found):
        return found
    return _list_before_run_on(tail, found, offset + start)


_LIST_GLUE = re.compile(r"\s*(?:,|og)\s*")


def _list_before_run_on(tail: str, found: list[Person], offset: int) -> list[Person]:
    """The names of a list that the page's text runs on after without a break ("… Fraværende: Eva
    Holm, Bo Dam anmoder Byrådet om …"): two or more full names joined by commas or "og" from the
    label on, the list ending where its last name ends."""
    people = [p for p in found if " " in p.name]
    if len(people) < 2 or people[0].start != offset + len(tail) - len(tail.lstrip()):
        return []
    for a, b in zip(people, people[1:]):
        if not _LIST_GLUE.fullmatch(tail[a.end - offset : b.start - offset]):
            return []
    return people


_WORD_AT = re.compile(r"\S+")
# the capitalised word that opens a label of a capitalised and a lower-case word ("Næste møde:"),
# standing last before that lower-case word
_LABEL_HEAD = re.compile(r"(?<=\s)[A-ZÆØÅ][a-zæøå]+\s*$")
# a capitalised word with a bare number after it, outside brackets: a room or an address, never a
# name ("Rød 3, Prøvestenen", "Lokale 12"); an ordinal has its full stop ("2. næstformand")
_NUMBERED_PLACE = re.compile(r"(?<![\w(])[A-ZÆØÅ][a-zæøå]+\s+\d{1,4}[A-Za-z]?(?=,|\s|$)(?![^()]*\))")


@functools.lru_cache(maxsize=1)
def _run_on_item() -> re.Pattern[str]:
    """An agenda item's opening run on after a list in a flattened page ("Åben Punkt 1.", "Sag 4 …")."""
    return re.compile(phrases()["run_on_item_regex"])


def run_on_sentence(value: str) -> int:
    """Where a sentence runs on after a list of names in a flattened line ("… Afbud: Ole Lund
    Mødet blev holdt på skolen"): a capitalised common word after two name words, followed by a
    word in lower case, or a room or an address ("… Ole Lund Lokale 3, Rådhuset"); the length of
    ``value`` when there is none."""
    item = _run_on_item().search(value)  # "… Bo Dam Åben Punkt 1. Budget": the first item runs on
    if item:
        value = value[: item.start()]
    room = _NUMBERED_PLACE.search(value)
    if room and _first_name_then_item(value, room):  # "Afbud: Eva, Aksel 1 Valg af …": the next item's number
        return room.start() + room.group().rfind(" ")
    item = _ITEM_HEADING_RUN_ON.search(value)  # "… Bo Dam Åben Punkt 1. Budget …": the first item runs on
    if item and (room is None or item.start() < room.start()):
        room = item
    if room:
        value = value[: room.start()]
    words = list(_WORD_AT.finditer(value))
    run = closed = 0  # capitalised words in a row; those of the name a comma closed
    for k, w in enumerate(words):
        tok = w.group()
        if not tok[:1].isupper():
            run = closed = 0
            continue
        nxt = words[k + 1].group() if k + 1 < len(words) else ""
        if run >= 2 and tok.rstrip(".,:;") in _outcome_words():  # "… Ole Lund Godkendt.": the decision runs on
            return w.start()
        # the last word before a numbered heading or room is its lead word ("… Bo Dam Åben Punkt 1. …")
        lead = room is not None and k == len(words) - 1
        if (run >= 2 and len(tok) >= 3 and (nxt[:1].islower() or lead) and tok.isalpha()
                and common_word(tok) and not proper_word(tok)):
            return w.start()
        if run == 0 and closed >= 2 and _sentence_after_list(tok, nxt):  # "… Bo Dam, Godkendelse af referat …"
            return w.start()
        closed = run + 1 if tok.endswith(",") else 0
        run = 0 if tok.endswith((",", ")")) else run + 1
        if run >= 4 and nxt in _sentence_verbs():  # "… Bo Dam Eva Holm deltog som suppleant for Bo Dam"
            return _subject_start(words, k, run)
    return len(value)


def _sentence_after_list(word: str, nxt: str) -> bool:
    """Whether ``word``, after a name closed by a comma, opens a sentence or heading run on after the
    list: a capitalised common word (no name, no role word) before a word in lower case that joins
    no unit's name ("Godkendelse af referat …"; not "Social og Sundhed")."""
    return (len(word) >= 4 and word.isalpha() and nxt[:1].islower() and nxt not in _LIST_JOINERS
            and common_word(word) and not proper_word(word) and not _is_role_head(word)
            and word not in first_names())


_LIST_JOINERS = frozenset({"og", "&"})
_ITEM_HEADING_RUN_ON = re.compile(r"(?<!\S)(?:Punkt|Pkt\.?|Sag)\s+\d{1,4}[.:)]?(?=\s)")
_ITEM_TITLE_AFTER = re.compile(r"\s+[A-ZÆØÅ][a-zæøå]")


def _first_name_then_item(value: str, room: re.Match[str]) -> bool:
    """Whether the capitalised word before a bare number is a known first name with a capitalised
    word after the number: the list's last name and the next numbered item of a flattened agenda
    ("… Irene, Aksel 1 Valg af ordstyrer"), not a room ("Lokale 3")."""
    word = room.group().split()[0]
    return word in first_names() and _ITEM_TITLE_AFTER.match(value, room.end()) is not None


@functools.lru_cache(maxsize=1)
def _outcome_words() -> frozenset[str]:
    return frozenset(str(w) for w in phrases()["run_on_outcome_words"])


@functools.lru_cache(maxsize=1)
def _sentence_verbs() -> frozenset[str]:
    return frozenset(str(w) for w in phrases()["attendance_sentence_verbs"])


def _subject_start(words: list[re.Match[str]], k: int, run: int) -> int:
    """Where the name before the verb after word ``k`` begins, in a run of ``run`` capitalised
    words: at the last known first name within three words, else two words back."""
    for back in range(k, max(k - 3, k - run + 2), -1):
        if words[back].group() in first_names():
            return words[back].start()
    return words[k - 1].start()


def _known_organisation(name: str) -> bool:
    """True for a party or organisation the gazetteers know ("Der var afbud fra Dansk Folkeparti")."""
    gaz = load_gazetteers()
    key = " ".join(name.split()).lower()
    return key in gaz.party_index or key in gaz.organisation_index or gaz.municipality(name) is not None


_NAME_RUN_STOP = re.compile(r"(?<!\b[A-ZÆØÅ])\.\s|[:;!?]\s|\d")  # "H. Kristian Thygesen" keeps its initial


def _names_before(clean: str, end: int, offset: int, board: bool = False) -> list[Person]:
    """The list of names that ends at ``end``: name words, party letters, commas and "og"."""
    head = clean[:end]
    stop = max((m.end() for m in _NAME_RUN_STOP.finditer(head)), default=0)
    tokens = list(re.finditer(r"\([^()]*\)|,|[^\s,()]+", head[stop:]))
    k = len(tokens)
    while k > 0:
        tok = tokens[k - 1].group()
        if tok.startswith("(") and k < len(tokens) and tokens[k].group() not in (",", "og"):
            break  # "deltog Rie Dam (A) Ole Berg (A) var fraværende": a party closes the name before
        if tok in (",", "og") or tok.startswith("(") or (_NAME_TOKEN.match(tok) and not _is_org_word(tok)
                                                          and not _is_role_head(tok) and not is_body_name(tok)):
            k -= 1
            continue
        if k >= 2 and _lower_surname(tok, tokens[k - 2].group(), tokens[k].group() if k < len(tokens) else ","):
            k -= 1  # "Ole Lund, Gert winther og Eva Dam deltog ikke": a surname written in lower case
            continue
        break
    while k < len(tokens) and tokens[k].group() in (",", "og"):
        k += 1
    if k + 1 < len(tokens) and _word_before_name(tokens[k].group(), tokens[k + 1].group()):
        k += 1  # "Godkendt Eva Holm og Bo Dam var fraværende": the decision runs into the names
    if k >= len(tokens):
        return []
    begin = stop + tokens[k].start()
    return [p for p in parse_people(head[begin:], offset + begin, board) if not p.absent]


def _word_before_name(word: str, nxt: str) -> bool:
    """A capitalised common word that is no first name before a name: an outcome ("Godkendt Emilly
    Dam") or any such word before a known first name ("Bemærkninger Eva Holm")."""
    firsts = first_names()
    if word in firsts or "-" in word:
        return False
    if patterns()["outcome"].fullmatch(word):
        return True
    return common_word(word) and not proper_word(word) and any(part in firsts for part in nxt.split("-"))


def _lower_surname(tok: str, before: str, after: str) -> bool:
    """A lower-case word that is no Danish word after a known first name, before a comma or "og"
    in a list of names: a surname written in lower case by mistake."""
    return (after in (",", "og") and tok.isalpha() and tok.islower() and len(tok) >= 3
            and before in first_names() and not common_word(tok))


@functools.lru_cache(maxsize=1)
def _page_furniture() -> re.Pattern[str]:
    """A contents label or a page label that a flattened page runs on after a name ("… Eva Holm
    Sagsoversigt Side 01", "… Bo Dam Side 3 af 6"), capitalised as a heading is."""
    p = phrases()
    words = re.longest_first({str(w) for w in p["toc_labels"]} | {str(w) for w in p["page_furniture_words"]})
    labels = "|".join(_capitalised(w) for w in words)
    numbered = "|".join(_capitalised(str(w)) for w in p["page_furniture_number_words"])
    return re.compile(rf"(?<!\S)(?:(?:{labels})(?!\w)|(?:{numbered})\s+\d)")


def _capitalised(word: str) -> str:
    """A phrase as a pattern that asks its first letter in capital ("Side", "Punkter på dagsordenen")."""
    return re.escape(word[:1].upper() + word[1:]).replace(r"\ ", r"\s+")


def _names_after(clean: str, start: int, offset: int) -> list[Person]:
    """The list of names that starts at ``start`` and runs to the end of its sentence. An entry
    right after a name and its comma that opens with no known first name is the unit the name
    before stands for ("Eva Holm, Domea Boligcenter"), no person."""
    tail = clean[start:]
    stop = _NAME_RUN_STOP.search(tail)
    end = stop.start() if stop else len(tail)
    furniture = _page_furniture().search(tail, 0, end + 8)  # "… for Eva Holm Sagsoversigt Side 01": the page's labels
    tail = tail[: min(end, furniture.start()) if furniture else end]
    people: list[Person] = []
    for p in parse_people(tail, offset + start):
        if p.absent:
            continue
        if people and not is_first_name(p.name.split()[0]) \
                and tail[people[-1].end - offset - start : p.start - offset - start].strip() == ",":
            continue
        people.append(p)
    return people


def absence_item_names(title: str) -> bool:
    """True for an agenda item that records the absentees ("1. Fraværende", "Afbud")."""
    return bool(_attendance_patterns()["absence_item"].match(title.strip(" .:")))


def whole_names(clean: str, people: list[Person]) -> bool:
    """True when the line holds nothing but the names (with roles, parties and absence notes)."""
    return _whole_names(clean, people)
