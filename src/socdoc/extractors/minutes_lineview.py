"""A line view of minutes whose pages were flattened into single lines.

A PDF transcript or a document viewer often joins the lines of a page into one long line: the
agenda item headings, the section labels ("Sagsfremstilling", "Indstilling", "Beslutning"), the
attendance labels and the header's "Dato:"/"Sted:" all run inside it, and the minutes reader,
which reads lines, finds no items and no decision sections there. :func:`line_view` gives the
reader the text with a line break put back before such structural cues, and after a section label
written without a colon, in place of the whitespace that stood there: the view has the same length
as the text, so every offset the reader finds points into the original text.

Only lines far longer than a line of ordinary minutes are touched (a flattened page, not a
paragraph), so a text with its own line breaks reads exactly as before; the minutes component
reads the view only where it gives more decisions than the text as it stands. The cues are the
project's minutes vocabulary (``lang/da/minutes.yaml``): the section, decision, header and
attendance labels, and item headings ("3. Title") whose numbers follow on from another heading's.
"""

from __future__ import annotations

import functools
from socdoc import lazy_re as re
from typing import Any

from socdoc.extractors.minutes_layout import _opens_with_outcome, dates_in, parse_decision_heading, phrases
from socdoc.extractors.minutes_layout import patterns as layout_patterns
from socdoc.lang.da import read_word_list

_LONG_LINE = 300  # a line at least this long may be a flattened page
_MIN_CUTS = 2  # and is cut only where it holds at least this many cues (a page, not a paragraph)
_TITLE_REACH = 200  # an item heading's title ends this early (at its status, case number or first label)
_HEADING_REACH = 100  # a decision heading's body and date ("Beslutning i Byrådet den 3. maj 2021:") this early
_BODY_WORDS = 8  # words a body's name before "beslutning" or before its date may have
_HEADER_LABEL_KEYS = ("date_labels", "time_labels", "location_labels", "participant_labels", "absent_labels",
                      "substitute_labels", "inline_other_labels")
_SECTION_LABEL_KEYS = ("section_labels", "item_opening_labels", "item_account_labels")
# the word before a number that makes "3." a reference or a clock time, not an item heading
_NOT_ITEM_BEFORE = re.compile(r"(?:\b(?:kl|pkt|nr|punkt|punkterne|side|stk|jf|jvf|nummer|af)\.?|§)\s*$", re.IGNORECASE)
_SHORT_LOWER = re.compile(r"(?<![\w.-])[a-zæøå]{1,3}\s+$")  # "af", "til", "om" before a label: a phrase
_DEN_END = re.compile(r"\s(?:den|d\.)$", re.IGNORECASE)  # "Beslutning i Byrådet den" with its date lost
_SPACE = re.compile(r"[ \t]")
# a sentence's end inside what would be a heading: a word's stop before a capital ("… som formand. Byrådet den …")
_HEADING_SENTENCE_END = re.compile(r"(?-i:[a-zæøå]{2})[.!?][ \t]+(?-i:[A-ZÆØÅ])")
_WORD_START = re.compile(r"(?<!\S)(?-i:[A-ZÆØÅ])")
_VALUE_END = re.compile(r"\S+(?=[ \t]+(?-i:[A-ZÆØÅ]))")  # a case number before capitalised text
_LISTED_TITLE_MAX = 160  # an entry of a list of items run together is this short
_LISTED_TAIL = re.compile(r"(?:[ \t]*(?:\.{2,}|…+))?(?:[ \t]+\d{1,3})?[ \t]*$")  # a page number, leader dots
_TEXT_AFTER = re.compile(r"[ \t]+(?-i:[A-ZÆØÅ][a-zæøå])")
_PAGE_END = re.compile(r"[ \t](?:Side|SIDE|side)[ \t]+\d{1,4}(?:[ \t]*(?:af|/)[ \t]*\d{1,4})?[ \t]*$")
_SHORT_TITLE = re.compile(r"\S+[ \t]+(?:[^\s.!?]+[ \t]+){0,8}?[^\s.!?]{2,}[.!?][ \t](?=(?-i:[A-ZÆØÅ]))")
_PAGE_BEFORE_ITEM = re.compile(r"[ \t](?:\d{1,4}[ \t]+)?(?:Side|SIDE)[ \t]+\d{1,4}(?:[ \t]*(?:af|/)[ \t]*\d{1,4})?"
                               r"(?=[ \t]+\d{1,3}[.)][ \t])")
_BULLET_BEFORE = re.compile(r"[ \t][•·▪◦●■*][ \t]*$")


def _alternatives(labels: list[str]) -> str:
    forms = re.longest_first({str(x).lower() for x in labels})
    return "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in forms)


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    p = phrases()
    header = _alternatives([x for key in _HEADER_LABEL_KEYS for x in p[key]])
    sections = _alternatives([x for key in _SECTION_LABEL_KEYS for x in p[key]] + list(p["toc_labels"]))
    labels = _alternatives([x for x in p["decision_labels"] if str(x).lower() != "udvalget"])  # not "Udvalget" alone
    absent = _alternatives(p["absent_labels"])
    word = re.escape(p["decision_word"])
    capital = r"(?=(?-i:[A-ZÆØÅ\"«„“]))"
    word_after = r"(?=(?-i:[A-ZÆØÅ][a-zæøå]|[\"«„“]))"  # after a label without colon: a capitalised word, not "TIL"
    glued = r"(?=(?-i:[A-ZÆØÅ][a-zæøå]{2}))"  # or glued to it: "ResuméLeif Holm har bedt om …"
    return {
        # an item heading: "3. Title", "3) Title", "31     Title" (a column), "Pkt. 61 Title", "Sag 2: Title",
        # glued "7Title", after a bullet "• 1 Title"
        "item": re.compile(rf"(?:(?<=\s)|^)(?:(?P<prefix>{p['item_prefixes_regex']})[ \t]*:?[ \t]*(?P<pnum>\d{{1,3}})[.:)]?[ \t]+"
                           rf"|(?P<num>\d{{1,3}})(?:[.)][ \t]+|[ \t]{{3,}}|\.?(?=(?-i:[A-ZÆØÅ][a-zæøå]{{2}}))"
                           rf"|(?<=[•·▪◦●■][ \t]\d)[ \t]+|(?<=[•·▪◦●■][ \t]\d\d)[ \t]+)){capital}",
                           re.IGNORECASE | re.MULTILINE),
        # header and attendance labels with their colon ("Dato:", "Fraværende:"), or an absence label
        # before a full name ("Afbud Eva Holm")
        "header": re.compile(rf"(?<=\s)(?:(?P<label>{header})[ \t]*:(?=\s|$)"
                             rf"|(?P<bare>{absent})[ \t]+(?=(?-i:[A-ZÆØÅ][a-zæøå]+[ \t]+[A-ZÆØÅ])))", re.IGNORECASE),
        # a section label with its colon, before capitalised text, or ending the page
        "section": re.compile(rf"(?<=\s)(?P<label>{sections})(?:[ \t]*:(?=\s|$)|(?P<gap>[ \t]+){word_after}|{glued}|[ \t]*$)",
                              re.IGNORECASE | re.MULTILINE),
        # the decision word, whatever follows it ("Beslutning Godkendt.", "Beslutning i Byrådet den …"),
        # or another decision label with its colon or before capitalised text
        "decision": re.compile(rf"(?<=\s)(?:(?P<word>{word})(?:(?![\wæøå])|{glued})|(?P<label>{labels})(?P<colon>[ \t]*:)(?=\s|$))",
                               re.IGNORECASE),
        # the end of a body's dated decision heading: "…, 10-09-2018, pkt. 61"
        # or "… 21. marts 2012:"
        "body_date_end": re.compile(r"\d[ \t]*,?[ \t]*(?:pkt|punkt)\.?[ \t]*\d{1,4}[ \t]*:?(?=\s)|\d{4}[ \t]*:(?=\s)", re.IGNORECASE),
        "title_end": re.compile(p["page_item_title_end_regex"]),
        "case": re.compile(p["inline_case_label_regex"], re.IGNORECASE),
    }


@functools.lru_cache(maxsize=1)
def _absent_sentence() -> re.Pattern[str]:
    """A sentence that names the absent ("Eva Holm (V) deltog ikke i mødet"), matched at its start."""
    return re.compile(phrases()["absent_sentence_regex"].lstrip("^"))


_SENTENCE_START = re.compile(r"(?<=[.!?][ \t])(?-i:[A-ZÆØÅ])")


@functools.lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(w.lower() for w in read_word_list("abbreviations.txt")) | {
        str(w).lower() for w in phrases()["sentence_abbreviations"]}


def _abbreviation_before(text: str, at: int) -> bool:
    """The word before ``at`` is an abbreviation with its stop ("mio.", "kr."), no sentence end."""
    words = text[max(0, at - 20):at].split()
    return bool(words) and words[-1].lower() in _abbreviations()


def _in_upper_phrase(text: str, at: int, label: str) -> bool:
    """An upper-case label word after another upper-case word: part of a title ("TIL UDVALGETS AFGØRELSE")."""
    if not label.isupper():
        return False
    before = text[max(0, at - 40):at].split()
    return bool(before) and before[-1].isupper() and len(before[-1]) > 1


def _outcome_after(text: str, at: int, end: int) -> int:
    """The whitespace before the first capitalised word after ``at`` that opens with an outcome
    ("Godkendt.", "Taget til efterretning."), or -1."""
    outcome = layout_patterns()["outcome"]
    for m in _WORD_START.finditer(text, at + 1, end):
        if outcome.match(text, m.start(), end) and text[m.start() - 1] in " \t":
            return m.start() - 1
    return -1


def _capitalised(label: str) -> bool:
    return label[:1].isupper() and (label[1:2].islower() or not label[1:2].isalpha() or label.isupper())


def _item_heads(text: str) -> list[tuple[int, int, int]]:
    """Item headings as (start, number, title start) whose number follows on from the heading before
    it or is followed on by the one after it (a heading repeated with the same number between them),
    anywhere in the text."""
    found = []
    for m in _patterns()["item"].finditer(text):
        if m.group("prefix") is not None and not _capitalised(m.group("prefix")):
            continue
        if m.group("num") is not None and _NOT_ITEM_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        found.append((m.start(), int(m.group("pnum") or m.group("num")), m.end()))
    runs: list[list[tuple[int, int, int]]] = []  # headings in runs of the same number
    for head in found:
        if runs and runs[-1][0][1] == head[1]:
            runs[-1].append(head)
        else:
            runs.append([head])
    out: list[tuple[int, int, int]] = []
    for k, run in enumerate(runs):
        num = run[0][1]
        if (k > 0 and runs[k - 1][0][1] == num - 1) or (k + 1 < len(runs) and runs[k + 1][0][1] == num + 1):
            out.extend(run)
    return out


def _listed_titles(text: str, heads: list[tuple[int, int, int]]) -> dict[int, str]:
    """The titles of a list of items run together ("1. Godkendelse af dagsorden 2. Regnskab …"):
    each entry's words up to the next entry, without a page number, leader dots or status."""
    out: dict[int, str] = {}
    last = {num: k for k, (_, num, _) in enumerate(heads)}  # where each number is last seen
    for k in range(len(heads) - 1):
        (_, num, title), (nxt, nnum, _) = heads[k], heads[k + 1]
        if nnum != num + 1 or num in out or nxt - title > _LISTED_TITLE_MAX or "\n" in text[title:nxt]:
            continue
        if last[num] < k + 2:
            continue  # a list is a contents list when its items come again after it
        entry = text[title:nxt]
        end = _title_end(entry, 0, len(entry))
        entry = _LISTED_TAIL.sub("", entry[:end] if end >= 0 else entry)
        if len(entry.split()) >= 1 and entry[:1].isupper():
            out[num] = entry
    return out


def _title_end(text: str, at: int, end: int) -> int:
    """Where a title that starts at ``at`` ends at its status, case number or first label (a date
    such as "12/9-2013" belongs to it); -1 if nothing ends it before ``end``."""
    for m in _patterns()["title_end"].finditer(text, at, end):
        if not text[at:m.start()].strip(" \t.):"):
            continue  # nothing before it: "26. Lukket punkt: Salg af areal"
        if not dates_in(text[m.start() + 1:m.start() + 12])[:1] or not text[m.start() + 1].isdigit():
            return m.start()
    return -1


def _heading_end(text: str, at: int, end: int, any_end: bool = False) -> int:
    """Where the decision heading that starts at ``at`` ends when it names a body and date and ends
    with a colon ("Beslutning i Byrådet den 3. maj 2021:"); with ``any_end`` also without the colon
    ("Beslutning Byrådet, 27.10.2016 …"); else -1."""
    best = -1
    for m in _SPACE.finditer(text, at, min(end, at + _HEADING_REACH) + 1):
        if _HEADING_SENTENCE_END.search(text, at, m.start()):
            break  # "Beslutning Ole Dam blev valgt. Byrådet den 3. maj 2021": a sentence, then the page's footer
        heading = parse_decision_heading(text[at:m.start()])
        if heading is not None and heading.inline is None and (
                heading.date_text or (heading.body and (not any_end or _DEN_END.search(text, at, m.start())))):
            best = m.start()
    if best < 0 or not (any_end or text[best - 1] == ":"):
        return -1
    return best


def _body_heading_start(text: str, start: int, at: int, end: int, label: str) -> int:
    """Start of the body's name that ends at ``end`` in a heading (``label``: "genitive" for
    "Socialudvalgets beslutning", "body_date" for "Socialudvalget, 10-09-2018, pkt. 61"); -1 if none."""
    best = -1
    for m in _WORD_START.finditer(text, max(start, at - _HEADING_REACH), at):
        if len(text[m.start():at].split()) > _BODY_WORDS:
            continue
        heading = parse_decision_heading(text[m.start():end].strip())
        if heading is not None and heading.body and (label != "body_date" or heading.label == "body_date" or heading.date_text):
            return m.start()
    return best


def _decision_cues(text: str, start: int, end: int) -> list[tuple[int, str, int]]:
    pats = _patterns()
    cues: list[tuple[int, str, int]] = []
    for m in pats["decision"].finditer(text, start, end):
        label = m.group("word") or m.group("label")
        if m.group("word") and not _capitalised(label):  # "Udvalgets beslutning:", "Byrådets beslutning den …"
            colon = text.find(":", m.end(), min(end, m.end() + _HEADING_REACH))
            stop = colon + 1 if colon >= 0 else m.end()
            at = _body_heading_start(text, start, m.start(), stop, "genitive")
            if at >= 0 and (colon >= 0 or _capitalised(text[stop:stop + 40].lstrip(" \t")[:2])):
                cues.append((at, "decision", stop if text[stop:stop + 1] in " \t" else -1))
            continue
        if (not _capitalised(label) or _SHORT_LOWER.search(text, max(start, m.start() - 5), m.start())
                or _in_upper_phrase(text, m.start(), label)):
            continue
        after = -1
        if m.group("word"):
            after = _heading_end(text, m.start(), end, True)
            if after >= 0 and text[after - 1] != ":" and not _opens_with_outcome(text[after + 1:min(end, after + 100)]):
                continue  # "Beslutning Byrådet, 27.10.2016 Jens Holm var fraværende. …": whole, for the run-on reader
            if after < 0 and _capitalised(text[m.end():m.end() + 40].lstrip(" \t")[:2]):
                after = m.end() if text[m.end():m.end() + 1] in " \t" else -1
        elif not m.group("colon"):
            continue  # "Protokol", "Afgørelse" without a colon: also a title's word ("Kommunalbestyrelsen Protokol")
        cues.append((m.start(), "decision", after))
    for m in pats["body_date_end"].finditer(text, start, end):
        at = _body_heading_start(text, start, m.start(), m.end(), "body_date")
        if at >= 0:
            cues.append((at, "decision", m.end() if text[m.end():m.end() + 1] in " \t" else -1))
    return cues


def _line_cuts(text: str, start: int, end: int, heads: list[tuple[int, int, int]], listed: dict[int, str]) -> list[int]:
    """Positions of the whitespace characters to turn into line breaks in ``text[start:end]``."""
    pats = _patterns()
    cues: list[tuple[int, str, int]] = []  # (start, kind, where the text after a heading starts or -1)
    titles: dict[int, int] = {}  # item start → where its listed title ends in the text
    nums = {at: num for at, num, _ in heads}
    for at, num, title in heads:
        if start < at < end:
            cues.append((at, "item", -1))
            stop = title + len(listed.get(num, ""))
            if num in listed and text.startswith(listed[num], title) and _TEXT_AFTER.match(text, stop, end):
                titles[at] = stop  # the listed title, then the item's text (not leader dots, not the next entry)
    first_item = heads[0][0] if heads else len(text)
    for m in pats["section"].finditer(text, start, end):
        if m.end() - m.start() == len(m.group("label")) + len(m.group("gap") or "") and m.start() < first_item:
            continue  # a label word without its colon before the first item: the title's ("Ældrerådet Referat")
        if (_capitalised(m.group("label")) and not _SHORT_LOWER.search(text, max(start, m.start() - 5), m.start())
                and not _in_upper_phrase(text, m.start(), m.group("label"))):
            cues.append((m.start(), "section", m.end("gap") - 1 if m.group("gap") else -1))
    cues.extend(_decision_cues(text, start, end))
    for m in pats["header"].finditer(text, start, end):
        if _capitalised(m.group("label") or m.group("bare")):
            cues.append((m.start(), "header", -1))
    for m in pats["case"].finditer(text, start, end):
        window = text[m.end():min(end, m.end() + 40)]
        value = _VALUE_END.match(text, m.end() + len(window) - len(window.lstrip(" \t")), end)
        cues.append((m.start(), "case", value.end() if value else -1))
    for s in _SENTENCE_START.finditer(text, start, end):  # "Godkendt. Eva Holm (V) deltog ikke i mødet."
        m = _absent_sentence().match(text, s.start(), min(end, s.start() + _HEADING_REACH * 2))
        if m is not None and ". " not in m.group("names") and len(m.group("names")) <= _HEADING_REACH:
            cues.append((m.start(), "absent_sentence", -1))
    page = _PAGE_END.search(text, max(start, end - 20), end)
    if page is not None:  # "… Godkendt. Side 3": the page's number, a line of its own
        cues.append((page.start() + 1, "page", -1))
    for m in _PAGE_BEFORE_ITEM.finditer(text, start, end):  # "… godkendt. 3 Side 3 3. Helhedsplan …"
        cues.append((m.start() + 1, "page", -1))
    cues.sort()
    following = [end] * (len(cues) + 1)  # where the next cue starts, and the next one that is no case number
    structural = [end] * (len(cues) + 1)
    for k in range(len(cues) - 1, -1, -1):
        following[k] = cues[k + 1][0] if k + 1 < len(cues) else end
        structural[k] = (cues[k + 1][0] if k + 1 < len(cues) and cues[k + 1][1] != "case"
                         else structural[k + 1] if k + 1 < len(cues) else end)
    cuts: set[int] = set()
    previous = ""
    for k, (at, kind, after) in enumerate(cues):
        if kind == "item":
            cuts.add(at - 1)
            nxt = structural[k]
            title = titles[at] if at in titles else _title_end(text, at, min(nxt, at + _TITLE_REACH))
            if title < 0 and nums[at] not in listed:  # "1. Velkomst til ny driftschef. Vi fik …": a short title
                short = _SHORT_TITLE.match(text, at, min(nxt, at + _TITLE_REACH))
                title = short.end() - 1 if short and not _abbreviation_before(text, short.end() - 1) else -1
            if title >= 0:
                cuts.add(title)
        elif kind in ("section", "decision"):
            if previous == "item" and at - cues[k - 1][0] <= 12:  # "3. Orientering Borgmesteren …": the title
                continue
            cuts.add(at - 1)
        elif kind == "header":
            # inside an item (after its sections) a label opens a line; the header's own run of
            # labels stays one line, which the header reader reads field by field
            if previous in ("section", "decision"):
                cuts.add(at - 1)
                outcome = _outcome_after(text, at, min(following[k], at + _HEADING_REACH * 2))
                if outcome >= 0:  # "Fraværende: Eva Holm (V) Godkendt.": the list ends at the outcome
                    cuts.add(outcome)
        elif kind in ("case", "page", "absent_sentence"):
            cuts.add(at - 1)
        if after >= 0:
            cuts.add(after)
        previous = kind if kind not in ("case", "page", "absent_sentence") else previous
    out = set()
    for at in cuts:
        bullet = _BULLET_BEFORE.search(text, max(start, at - 3), at + 1) if at > start else None
        out.add(bullet.start() if bullet and bullet.start() > start else at)  # "… indstillingen. • Beslutning"
    return sorted(at for at in out if start < at < end and text[at] in " \t")


def line_view(text: str) -> str:
    """``text`` with line breaks put back into its flattened pages; same length, same characters
    elsewhere; ``text`` itself when it has no flattened page."""
    if not any(len(line) >= _LONG_LINE for line in text.split("\n")):
        return text
    heads = _item_heads(text)
    listed = _listed_titles(text, heads)
    chars: list[str] | None = None
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if len(line) >= _LONG_LINE:
            cuts = _line_cuts(text, pos, end, heads, listed)
            if len(cuts) >= _MIN_CUTS:
                chars = list(text) if chars is None else chars
                for at in cuts:
                    chars[at] = "\n"
        pos = end + 1
    return text if chars is None else "".join(chars)
