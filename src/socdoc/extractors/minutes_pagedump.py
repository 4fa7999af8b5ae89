"""Decisions of minutes saved as page dumps whose item numbers were lost.

A document viewer's transcript joins each page into one line and often drops the numbers of the
agenda item headings ("Side Orientering fra formand …", "3 Ø Likviditet …": only a page number, or
a letter of a lost graphic, stands before the title), so that the readers find items neither by
line nor by number. The decision label ("Beslutning", "Beslutning i Udvalget for X den …") still
stands in the page's line, and the contents list at the top still pairs each number with its title.

:func:`page_dump_decisions` is a last resort for minutes in which no reader found any decision:
each capitalised decision label inside a long line opens a decision (its first sentence), and the
item is the one whose contents entry's title the page names before the label. A label whose item
cannot be told this way gives nothing: a decision on the wrong item misleads more than none.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Optional

from socdoc import lazy_re as re
from socdoc.extractors import decisions as dec
from socdoc.extractors.minutes_layout import _opens_with_outcome, dates_in, phrases
from socdoc.extractors.minutes_lineview import _heading_end
from socdoc.extractors.prefilter import may_match, required_parts
from socdoc.records import Decision

_LONG_LINE = 250  # a page joined into one line is at least this long
_ENTRY_WORDS = 4  # words of a contents entry's title that the item's page must repeat
_ENTRY = re.compile(r"(?:(?<=\s)|^)(?P<num>\d{1,3})\.?[ \t]+(?=(?-i:[A-ZÆØÅ][a-zæøå]))")
_WORD = re.compile(r"[\wæøåÆØÅ]+")
_TEXT_MAX = 400  # the decision's wording is at most this long


def _norm_words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]


def _label() -> re.Pattern[str]:
    word = re.escape(str(phrases()["decision_word"]))
    return re.compile(rf"(?<=[ \t])(?-i:{word[:1].upper()}){word[1:]}(?=[ \t]+(?-i:[A-ZÆØÅ])|[ \t]+i[ \t])",
                      re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _page_word_before() -> re.Pattern[str]:
    """The page word right before a number, with the word before it ("Side 1.", "Sag nr. Side 573.")."""
    words = "|".join(re.escape(str(w)) for w in phrases()["page_furniture_number_words"])
    return re.compile(rf"(?:(?P<before>\S+)\s+)?(?:{words})\s+$", re.IGNORECASE)


def _page_number_at(text: str, at: int) -> bool:
    """The number at ``at`` is a page's: it opens a page joined into one long line, the transcript's
    page number ("1 Referat Økonomiudvalget …"), or follows the page word ("… Side 1. Mødedato: …")
    that is no contents list's column heading ("Sag nr. Side 573. Orientering …": the first entry);
    no contents entry."""
    m = _page_word_before().search(text, max(0, at - 30), at)
    if m is not None and m.end() == at:
        before = (m.group("before") or "").lower().rstrip(".")
        if before not in phrases()["contents_column_words"]:
            return True
    if at > 0 and text[at - 1] != "\n":
        return False
    end = text.find("\n", at)
    return (len(text) if end < 0 else end) - at >= _LONG_LINE


def _contents(text: str, before: int) -> dict[int, tuple[str, ...]]:
    """Contents entries before ``before``: number → the first words of its title (numbers that come
    once, in rising order; a page's own number is none)."""
    out: dict[int, tuple[str, ...]] = {}
    last = -1
    for m in _ENTRY.finditer(text, 0, before):
        if _page_number_at(text, m.start()):
            continue
        num = int(m.group("num"))
        words = tuple(w for _, _, w in _norm_words(text[m.end():m.end() + 120])[:_ENTRY_WORDS])
        if len(words) < _ENTRY_WORDS or num <= last:
            continue
        out[num] = words
        last = num
    return out


def _item_before(text: str, start: int, at: int, contents: dict[int, tuple[str, ...]]) -> Optional[tuple[int, int]]:
    """The item whose contents title the page repeats last before ``at`` (from ``start``), with where
    the title ends; None when no entry's or more than one entry's title stands there."""
    words = _norm_words(text[start:at])
    seq = [w for _, _, w in words]
    best: Optional[tuple[int, int, int]] = None  # (position, number, end)
    for num, title in contents.items():
        n = len(title)
        for k in range(len(seq) - n, -1, -1):
            if tuple(seq[k:k + n]) == title:
                if best is not None and best[0] == k:
                    return None  # two entries with the same opening words
                if best is None or k > best[0]:
                    best = (k, num, start + words[k + n - 1][1])
                break
    return None if best is None else (best[1], best[2])


def page_dump_decisions(text: str, raw: str, meeting_date: Optional[dt.date]) -> list[Decision]:
    """Decisions of page-dump minutes (see the module's doc): one per decision label in a long line
    whose item the contents list names."""
    label = _label()
    out: list[Decision] = []
    taken: set[int] = set()
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if len(line) >= _LONG_LINE:
            previous = pos
            for m in label.finditer(text, pos, end):
                contents = _contents(text, pos)
                found = _item_before(text, previous, m.start(), contents)
                after = _heading_end(text, m.start(), end, True)
                if after >= 0 and text[after - 1] != ":" and _opens_with_outcome(text[m.end():end].lstrip(" \t")[:100]):
                    after = -1  # "Beslutning Godkendt. Byrådet, 3. maj 2021": the outcome, then the page's footer
                begin = (after if after >= 0 else m.end()) + 1
                previous = m.end()
                if found is None or found[0] in taken:
                    continue
                num, _ = found
                rest = text[begin:min(end, begin + _TEXT_MAX)]
                nxt = contents.get(num + 1)
                if nxt is not None:  # the next item's title ends this one
                    words = _norm_words(rest)
                    for k in range(len(words) - len(nxt) + 1):
                        if tuple(w for _, _, w in words[k:k + len(nxt)]) == nxt:
                            rest = rest[:words[k][0]]
                            break
                sents = dec.sentences(rest)
                if not sents or not sents[0][1].strip()[:1].isupper():
                    continue
                off, sentence = sents[0]
                sentence = sentence.strip()
                if len(sentence.split()) < 2:
                    continue
                taken.add(num)
                out.append(_decision_at(num, raw, begin + rest.find(sentence, off), len(sentence), meeting_date))
        pos = end + 1
    return out


_PAGE_LINE_MIN = 120  # a page joined into one line with a closing outcome is at least this long
_CLOSING_WORDS_MAX = 6  # a bare outcome closing a page ("Godkendt som indstillet.")
# the page's own number and item number opening the line: "2 112. Godkendelse af dagsorden …"
_PAGE_ITEM = re.compile(r"\d{1,3}[ \t]+(?P<num>\d{1,3})\.[ \t]+(?=(?-i:[A-ZÆØÅ]))")
_PAGE_OPEN = re.compile(r"\d{1,3}[ \t]")
# a capitalised sentence that ends the line (once the page's footer is cut off), a doubled full stop perhaps:
# "… Sagsnr. Godkendt." of "… Sagsnr. Godkendt.. Side 3 af 31"
_LAST_SENTENCE = re.compile(r"(?<=[ \t])(?P<out>(?-i:[A-ZÆØÅ])[^.!?\n]{0,60}[.!])\.?[ \t]*$")


@functools.lru_cache(maxsize=1)
def _page_marked_item() -> re.Pattern[str]:
    """The page's own number and an item's number with its open or closed mark, which makes it an item's without
    a contents list: "3 1 (Åben) …" (the marks are ``item_status_regex``)."""
    return re.compile(rf"\d{{1,3}}[ \t]+(?P<num>\d{{1,3}})\.?[ \t]+(?:{phrases()['item_status_regex']})[ \t]+"
                      rf"(?=(?-i:[A-ZÆØÅ]))", re.IGNORECASE)


def _closing_sentence(line: str) -> Optional[re.Match[str]]:
    """The last sentence of a page's line before its footer ("Side 1", "Byrådet, 3. maj 2021 Side 1", "2")."""
    end = len(line.rstrip())
    footer = dec.page_footer_start(line, 0, end)
    return _LAST_SENTENCE.search(line, 0, footer if footer is not None else end)


def _without_label(wording: str) -> str:
    """The wording without a decision label before it ("Beslutning Godkendt." gives "Godkendt.")."""
    label = str(phrases()["decision_word"])
    return wording[len(label) + 1:] if wording.lower().startswith(label + " ") else wording


def _bare_outcome(sentence: str) -> bool:
    """The sentence is an outcome and nothing more ("Godkendt.", "Taget til efterretning.")."""
    found = dec.sentence_outcome(sentence)
    return (found is not None and len(sentence.split()) <= _CLOSING_WORDS_MAX
            and len(sentence[:found[1]].split()) <= 1)


def page_closing_outcomes(text: str, raw: str, meeting_date: Optional[dt.date]) -> list[Decision]:
    """Decisions of page-dump minutes whose item's page closes with a bare outcome and no label
    ("2 112. Godkendelse af dagsorden … Sagsnr. Godkendt. Side 1"): the item is the number after the page's
    own ("2 112.") that the contents list gives the same title, or the contents entry whose title the page
    repeats ("3 A Nyt medlem af Nordby Byråd …"); a page whose item cannot be told gives nothing."""
    out: list[Decision] = []
    taken: set[int] = set()
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        closing = _closing_sentence(line) if len(line) >= _PAGE_LINE_MIN and _PAGE_OPEN.match(line) else None
        wording = "" if closing is None else _without_label(closing.group("out"))
        if closing is not None and _bare_outcome(wording):
            start = pos + closing.end("out") - len(wording)
            contents = _contents(text, pos)
            lead = _PAGE_ITEM.match(line)
            num: Optional[int] = None if lead is None else int(lead.group("num"))
            title = _norm_words(line[lead.end():lead.end() + 60])[:1] if lead is not None else []
            marked = _page_marked_item().match(line)
            if marked is not None:
                num = int(marked.group("num"))
            elif num is None or num not in contents or not title or contents[num][0] != title[0][2]:
                found = _item_before(text, pos, start, contents)  # "4 2. Kvartal viste …" is no item's page
                num = None if found is None else found[0]
            if num is not None and num not in taken:
                taken.add(num)
                out.append(_decision_at(num, raw, start, len(wording), meeting_date))
        pos = end + 1
    return out


@functools.lru_cache(maxsize=1)
def _body_meeting_label() -> re.Pattern[str]:
    return re.compile(phrases()["body_meeting_item_label_regex"], re.IGNORECASE)


_ITEM_WORD = r"(?:punkt|pkt\.?)\s*(?P<num>"  # the label's item number after its word


@functools.lru_cache(maxsize=1)
def _label_parts() -> tuple[Optional[tuple[str, ...]], tuple[str, ...]]:
    """Lower-case strings of which a text with a label holds one of each set: the label's required part
    ("møde") and, where the label's number follows "punkt"/"pkt", those words."""
    pattern = phrases()["body_meeting_item_label_regex"]
    return required_parts(pattern, re.IGNORECASE), (("punkt", "pkt") if _ITEM_WORD in pattern else ("",))


def _may_hold_label(text: str) -> bool:
    """False when ``text`` cannot hold a :func:`_body_meeting_label` (cheaper than its scan)."""
    low = text.lower()
    parts, words = _label_parts()
    return may_match(parts, low) and any(w in low for w in words)


# a page's running heading in capitals ("ØKONOMIUDVALGET", "SAGSFREMSTILLING") ends the wording before it
_CAPS_HEADING = re.compile(r"(?<!\S)(?-i:[A-ZÆØÅ]{4,})(?!\S)")


def _label_date(value: str) -> Optional[dt.date]:
    found = dates_in(value)
    if not found:
        return None
    cand = found[0][0]
    try:
        return dt.date(cand.year, cand.month, cand.day) if cand.year else None
    except (TypeError, ValueError):
        return None


def labelled_item_decisions(text: str, raw: str, meeting_date: Optional[dt.date]) -> list[Decision]:
    """Decisions of transcripts that label each item's decision with the body's meeting, its date and
    the item's number ("Byrådets møde 3. marts 2011 Punkt 4: Godkendt."): the first sentence after
    the label. A label dated another day than the meeting's is an earlier body's decision (the item's
    history) and gives nothing here; an item's first label of the meeting's day counts."""
    out: list[Decision] = []
    taken: set[int] = set()
    marks = list(_body_meeting_label().finditer(text)) if _may_hold_label(text) else []
    for k, m in enumerate(marks):
        num = int(m.group("num"))
        if num in taken or num == 0:
            continue
        day = _label_date(m.group("date"))
        if meeting_date is not None and day != meeting_date:
            continue
        stop = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        line_end = text.find("\n", m.end())
        stop = min(stop, m.end() + _TEXT_MAX, line_end if line_end >= 0 else len(text))
        rest = text[m.end():stop]
        caps = _CAPS_HEADING.search(rest)
        if caps is not None:
            rest = rest[:caps.start()]
        sents = dec.sentences(rest)
        if not sents:
            continue
        off, sentence = sents[0]
        sentence = sentence.strip()
        if not sentence or (len(sentence.split()) < 2 and not _opens_with_outcome(sentence)):
            continue
        taken.add(num)
        out.append(_decision_at(num, raw, m.end() + rest.find(sentence, off), len(sentence), meeting_date))
    return out


def _decision_at(num: int, raw: str, start: int, length: int, meeting_date: Optional[dt.date]) -> Decision:
    """Item ``num``'s decision: the ``length`` characters of ``raw`` from ``start``, with its outcome."""
    wording = raw[start:start + length]
    outcome = dec.classify(wording, meeting_date)
    return Decision(item=num, title=None, outcome=outcome,  # type: ignore[arg-type]
                    postponed_to=dec.postponed_to(wording, meeting_date) if outcome == "postponed" else None,
                    text=wording, start=start, end=start + length)
