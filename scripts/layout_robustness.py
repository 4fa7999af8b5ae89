"""Metamorphic layout-robustness check of the minutes fields.

    PYTHONPATH=src python scripts/layout_robustness.py [--only T ...] [--docs PREFIX ...] [--errors]

Takes the project's own composed minutes (``corpus/docs`` whose gold in ``corpus/gold`` has a
``meeting``), rewrites each with layout transforms that keep every fact the same, extracts again
and scores against the UNCHANGED gold. The table gives, per transform and field, the F1 and its
change against the untransformed text (``identity``): a fall is a layout the mechanism does not
survive. Offsets may move; values must not. Only the project's composed texts are used, never
the real documents of the dev sets.

Transforms (each a small pure function ``str -> str``; a key/value line is ``Label: value`` with
a short capitalised label, a label line is ``Label:`` alone with its value on the next line):

  identity        the text as it is
  pipe_table      key/value lines (and label line + value line) become ``| Label | value |`` rows
  split_kv        ``Label: value`` becomes ``Label:`` and ``value`` on two lines
  join_kv         a label line and its value line become one ``Label: value`` line
  upper_labels    labels of key/value and label lines in upper case (``DATO: ...``)
  upper_headings  one-word lines (section headings, a body's name) in upper case
  no_colons       the colon after labels dropped (``Dato 7. juni 2021``)
  no_blank        every blank line removed
  double_blank    every line break doubled
  flatten         each page of 40 lines joined into one long line (a flattened PDF page)
  furniture       a few lines of web-site furniture (skip link, menu, breadcrumb) before the text
  glued_numbers   agenda item numbers glued to their titles (``3.Bevilling ...``)
  bullets         a ``•`` bullet before agenda item numbers (``• 3. Bevilling ...``)
  indent          every line indented by two spaces and trailed by spaces (PDF text)

Layouts of other publishers (each touches only the documents that hold the structure it rewrites):

  hard_wrap       lines over 78 columns wrapped at a word (PDF text); a continued header value hangs
                  under its column; contents lines with leaders, table rows and flattened pages kept
  page_furniture  every 35 lines a page break: "Side N af M", a print date and the first line repeated
  label_over_value_upper  header labels in upper case without colon on their own line over the value
  machine_timestamps      the date and start time as "Starttidspunkt: 03-06-2015 16:00:00"
  machine_timestamps_us   the same as "6/23/2015 4:00:00 PM", only where the day (over 12) is unambiguous
  item_sag_nr     item headings as "Sag nr. 3" over the title
  item_punkt      item headings as "Punkt 3: Title"
  item_paren      item headings as "3) Title"
  item_number_line        the item number alone on its line over the title ("3." / "Title")
  toc_first       a contents list of the items (number, title, page) before the first item
  role_before_name        attendance lines "Eva Holm (A), formand" as "Formand Eva Holm (A)"
  comma_participants      an attendance list of one name a line joined on one line with commas
  glued_abbreviation      item numbers glued to a committee abbreviation ("3.SHU - Title")
  header_grid     two single-line header fields side by side on one line (a two-column grid)
  attendance_no_colons_one_line  the members' and the absentees' lines on one line without colons
  numeric_dates   the header's date in numbers ("Mødedato: 03.06.2015")
  absent_marked_in_list   the absentees marked "(afbud)" inside a one-line members list, their line removed
  status_lines    attendance as a name-and-status table whose cells became lines ("Eva Holm" / "Deltog")

Why scripts/ and not benchmarks/: benchmarks/ measures time and memory; this measures quality and
its transforms are imported by ``tests/test_layout_robustness.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("meeting.body", "meeting.date", "meeting.time", "meeting.location", "meeting.participants",
          "meeting.absent", "decisions", "decisions.postponed_to", "parties", "people")
SHORT = {"meeting.body": "body", "meeting.date": "date", "meeting.time": "time", "meeting.location": "loc",
         "meeting.participants": "partic", "meeting.absent": "absent", "decisions": "decis",
         "decisions.postponed_to": "postp", "parties": "parties", "people": "people"}

# A label: capitalised, at most four words, no digits, no sentence punctuation.
_LABEL = r"[A-ZÆØÅa-zæøå][A-Za-zÆØÅæøåéü'/&\-]*(?: [A-Za-zÆØÅæøåéü'/&\-]+){0,2}"
_KV_RE = re.compile(rf"^(?P<indent>[ \t]*)(?P<label>{_LABEL}):[ \t]+(?P<value>\S.*?)[ \t]*$")
_LABEL_LINE_RE = re.compile(rf"^(?P<indent>[ \t]*)(?P<label>{_LABEL}):[ \t]*$")
_ITEM_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<num>\d{1,3})\.[ \t]+(?P<title>[A-ZÆØÅ\"«])", re.MULTILINE)


def _label_ok(label: str) -> bool:
    return label[:1].isupper() and len(label) <= 40


def _kv(line: str) -> re.Match[str] | None:
    m = _KV_RE.match(line)
    return m if m and _label_ok(m["label"]) else None


def _label_line(line: str) -> re.Match[str] | None:
    m = _LABEL_LINE_RE.match(line)
    return m if m and _label_ok(m["label"]) else None


def _next_value(lines: list[str], i: int) -> int | None:
    """Index of the value line after the label line ``i`` (next line, not blank, not a label)."""
    j = i + 1
    if j < len(lines) and lines[j].strip() and not _label_line(lines[j]) and not _kv(lines[j]):
        return j
    return None


def identity(text: str) -> str:
    """The text unchanged (the reference row)."""
    return text


def pipe_table(text: str) -> str:
    """Key/value lines, and label lines with their value line, become ``| Label | value |`` rows."""
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        m = _kv(lines[i])
        if m:
            out.append(f"| {m['label']} | {m['value']} |")
        elif (lm := _label_line(lines[i])) and (j := _next_value(lines, i)) is not None:
            out.append(f"| {lm['label']} | {lines[j].strip()} |")
            i = j
        else:
            out.append(lines[i])
        i += 1
    return "\n".join(out)


def split_kv(text: str) -> str:
    """``Label: value`` on one line becomes ``Label:`` and ``value`` on two lines."""
    out = []
    for line in text.split("\n"):
        m = _kv(line)
        out.extend([f"{m['indent']}{m['label']}:", f"{m['indent']}{m['value']}"] if m else [line])
    return "\n".join(out)


def join_kv(text: str) -> str:
    """A label line and the value line under it become one ``Label: value`` line."""
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        lm = _label_line(lines[i])
        j = _next_value(lines, i) if lm else None
        if lm and j is not None:
            out.append(f"{lm['indent']}{lm['label']}: {lines[j].strip()}")
            i = j + 1
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def upper_labels(text: str) -> str:
    """Labels of key/value lines and label lines in upper case (``DATO: 7. juni 2021``)."""
    out = []
    for line in text.split("\n"):
        m = _kv(line) or _label_line(line)
        if m:
            line = m["indent"] + m["label"].upper() + line[m.end("label"):]
        out.append(line)
    return "\n".join(out)


def upper_headings(text: str) -> str:
    """Lines of one word without digits (``Beslutning``, ``Referat``, a body's name) in upper case."""
    return "\n".join(line.upper() if re.fullmatch(r"[ \t]*[^\W\d_][\w\-]*:?[ \t]*", line) else line
                     for line in text.split("\n"))


def no_colons(text: str) -> str:
    """The colon after labels dropped: ``Dato 7. juni 2021`` and ``Fraværende`` alone."""
    out = []
    for line in text.split("\n"):
        m = _kv(line) or _label_line(line)
        if m:
            line = m["indent"] + m["label"] + line[m.end("label") + 1:]
        out.append(line.rstrip() if m else line)
    return "\n".join(out)


def no_blank(text: str) -> str:
    """Every blank line removed (paragraphs no longer separated)."""
    return "\n".join(line for line in text.split("\n") if line.strip())


def double_blank(text: str) -> str:
    """Every line break doubled (a blank line after every line)."""
    return text.replace("\n", "\n\n")


def flatten(text: str, page: int = 40) -> str:
    """Each page of ``page`` lines joined into one long line; pages stay on their own lines."""
    lines = text.split("\n")
    pages = [lines[k:k + page] for k in range(0, len(lines), page)]
    return "\n".join(" ".join(s.strip() for s in p if s.strip()) for p in pages)


FURNITURE = ("Gå til hovedindhold\nMenu\nSøg\nForside › Politik › Dagsordener og referater\n"
             "Del siden\nUdskriv\n\n")


def furniture(text: str) -> str:
    """A few lines of web-site furniture (skip link, menu, breadcrumb, share) before the text."""
    return FURNITURE + text


def glued_numbers(text: str) -> str:
    """Agenda item numbers glued to their titles: ``3. Bevilling`` becomes ``3.Bevilling``."""
    return _ITEM_RE.sub(lambda m: f"{m['indent']}{m['num']}.{m['title']}", text)


def bullets(text: str) -> str:
    """A ``•`` bullet before agenda item numbers: ``3. Bevilling`` becomes ``• 3. Bevilling``."""
    return _ITEM_RE.sub(lambda m: f"{m['indent']}• {m['num']}. {m['title']}", text)


def indent(text: str) -> str:
    """Every line indented by two spaces and trailed by two spaces (text taken from a PDF)."""
    return "\n".join(f"  {line}  " if line.strip() else line for line in text.split("\n"))


# ---- layouts of other publishers (PDF text, case systems, hand-written board minutes) ----------------

_DA_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
              "november", "december")
_DA_DATE_RE = re.compile(r"(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+(?:den\s+)?|den\s+)?(?P<d>\d{1,2})\.\s*(?P<m>"
                         + "|".join(_DA_MONTHS) + r")\s+(?P<y>\d{4})", re.IGNORECASE)
_TIME_RE = re.compile(r"(?:kl\.?\s*|klokken\s+)?(?P<h>[01]?\d|2[0-3])[.:](?P<mi>[0-5]\d)")
_DATE_LABELS = ("dato", "mødedato")
_TIME_LABELS = ("tid", "mødetid", "tidspunkt", "mødetidspunkt", "starttidspunkt", "klokken")
_ATT_LABELS = ("deltagere", "til stede", "tilstede", "medlemmer", "mødedeltagere", "fremmødte")
_ABS_LABELS = ("afbud", "fraværende", "fravær")
_ROLES = ("formand", "næstformand", "borgmester", "viceborgmester", "referent", "sekretær", "kasserer", "ordstyrer")


def _wrap_line(line: str, width: int) -> list[str]:
    """``line`` cut at the last space before ``width`` (repeatedly); the spacing inside each part kept."""
    lead = line[:len(line) - len(line.lstrip())]
    out = []
    while len(line) > width:
        cut = line.rfind(" ", len(lead) + 1, width + 1)
        while cut > len(lead) and line[cut - 1] == " ":
            cut -= 1
        if cut <= len(lead):
            break
        out.append(line[:cut])
        line = lead + line[cut:].lstrip(" ")
    return out + [line]


def hard_wrap(text: str, width: int = 78, longest: int = 200) -> str:
    """Every line longer than ``width`` wrapped at a word boundary (PDF text): item titles, decision
    sentences, attendance lists and header values continue on the next line. Lines over ``longest``
    (a flattened page, the ``flatten`` family) are left whole."""
    out = []
    for line in text.split("\n"):
        if len(line) > longest or re.search(r"\.{5}|…{3}|\|", line):  # a flattened page; contents; a table row
            out.append(line)
            continue
        m = _kv(line)
        hang = " " * (len(line) - len(line[m.start("value"):])) if m else ""  # under the value's column
        parts = _wrap_line(line, width)
        out.extend(parts[:1] + [hang + p.lstrip(" ") if hang else p for p in parts[1:]])
    return "\n".join(out)


def page_furniture(text: str, page: int = 35) -> str:
    """A running page header and footer every ``page`` lines (PDF text): the document's first line,
    ``Side N af M`` and a print date, wherever the page breaks (also inside a paragraph or a list)."""
    lines = text.split("\n")
    head = next((line.strip() for line in lines if line.strip()), "Referat")
    pages = [lines[k:k + page] for k in range(0, len(lines), page)]
    out = []
    for n, chunk in enumerate(pages, 1):
        if n > 1:
            out.extend([head, ""])
        out.extend(chunk)
        out.extend(["", f"Side {n} af {len(pages)}", "Udskrevet den 02-01-2027 kl. 09:14"])
    return "\n".join(out)


def label_over_value_upper(text: str) -> str:
    """Header labels in upper case, without colon, on their own line above the value (``STED`` over
    ``Mødelokale 2``), as case systems print their header grid."""
    out = []
    for line in text.split("\n"):
        m = _kv(line)
        if m:
            out.extend([f"{m['indent']}{m['label'].upper()}", f"{m['indent']}{m['value']}"])
            continue
        lm = _label_line(line)
        out.append(f"{lm['indent']}{lm['label'].upper()}" if lm else line)
    return "\n".join(out)


def _header_when(lines: list[str]) -> tuple[int, int, tuple, tuple | None] | None:
    """The date line and time line of the header (label-keyed) with the date (d, m, y) and start time."""
    date_i = time_i = None
    date = time = None
    for i, line in enumerate(lines[:40]):
        m = _kv(line)
        if not m:
            continue
        label = m["label"].casefold()
        if label in _DATE_LABELS and date is None and (dm := _DA_DATE_RE.search(m["value"])):
            date_i, date = i, (int(dm["d"]), _DA_MONTHS.index(dm["m"].casefold()) + 1, int(dm["y"]))
            if (tm := _TIME_RE.search(m["value"][dm.end():])):
                time_i, time = i, (int(tm["h"]), int(tm["mi"]))
        elif label in _TIME_LABELS and time is None and (tm := _TIME_RE.search(m["value"])) \
                and not _DA_DATE_RE.search(m["value"]):
            time_i, time = i, (int(tm["h"]), int(tm["mi"]))
    if date is None:
        return None
    return date_i, time_i, date, time


def machine_timestamps(text: str) -> str:
    """The meeting's date and start time written as a machine timestamp (``Starttidspunkt:
    03-06-2015 16:00:00``), as case systems export them; documents without a labelled date unchanged."""
    lines = text.split("\n")
    found = _header_when(lines)
    if not found:
        return text
    date_i, time_i, (d, mo, y), time = found
    h, mi = time or (0, 0)
    stamp = f"{d:02d}-{mo:02d}-{y} {h:02d}:{mi:02d}:00"
    indent = _kv(lines[date_i])["indent"]
    lines[date_i] = f"{indent}{'Starttidspunkt' if time else 'Dato'}: {stamp if time else stamp[:10]}"
    if time_i is not None and time_i != date_i:
        del lines[time_i]
    return "\n".join(lines)


def machine_timestamps_us(text: str) -> str:
    """As ``machine_timestamps`` in the US form ``6/23/2015 4:00:00 PM``, only where the day (over 12)
    makes month and day unambiguous; other documents unchanged."""
    lines = text.split("\n")
    found = _header_when(lines)
    if not found or not found[3] or found[2][0] <= 12:
        return text
    date_i, time_i, (d, mo, y), (h, mi) = found
    stamp = f"{mo}/{d}/{y} {(h - 1) % 12 + 1}:{mi:02d}:00 {'PM' if h >= 12 else 'AM'}"
    lines[date_i] = f"{_kv(lines[date_i])['indent']}Dato: {stamp}"
    if time_i != date_i:
        del lines[time_i]
    return "\n".join(lines)


_PERSON_ENTRY_RE = re.compile(r"[A-ZÆØÅ][\w\-]+(?: [A-ZÆØÅ][\w\-.]*){1,3}(?: \([A-ZÆØÅ]{1,2}\))?(?:,.*)?$")
_MONTH_RE = re.compile(r"(?i)(?:" + "|".join(_DA_MONTHS) + r"|february|march|may|june|july|october)\b")


def _items(text: str, repl: Callable[[re.Match[str]], str]) -> str:
    """``repl`` applied to agenda item headings (``3. Title``), not to a numbered attendance list
    (``1. Eva Holm (A)``), a date (``12. juni 2021``) or the points of a proposal (after ``…, at:``)."""
    points: set[int] = set()  # line starts of the points of a proposal ("indstiller, at:" / "1. …" / "2. …")
    pos, in_points = 0, False
    for line in text.split("\n"):
        if in_points and line.strip():
            points.add(pos)
        in_points = bool(re.search(r"(?:,|\s)at:?\s*$", line)) or (in_points and bool(line.strip()))
        pos += len(line) + 1

    def sub(m: re.Match[str]) -> str:
        rest = text[m.start("title"):text.find("\n", m.start("title")) % (len(text) + 1)]
        keep = _PERSON_ENTRY_RE.match(rest.strip()) or _MONTH_RE.match(rest) or m.start() in points
        return m.group() if keep else repl(m)
    return _ITEM_RE.sub(sub, text)


def item_sag_nr(text: str) -> str:
    """Agenda item headings as ``Sag nr. 3`` on their own line over the title."""
    return _items(text, lambda m: f"{m['indent']}Sag nr. {m['num']}\n{m['indent']}{m['title']}")


def item_punkt(text: str) -> str:
    """Agenda item headings as ``Punkt 3: Bevilling ...``."""
    return _items(text, lambda m: f"{m['indent']}Punkt {m['num']}: {m['title']}")


def item_paren(text: str) -> str:
    """Agenda item headings as ``3) Bevilling ...``."""
    return _items(text, lambda m: f"{m['indent']}{m['num']}) {m['title']}")


def item_number_line(text: str) -> str:
    """The agenda item number on its own line above the title (``3.`` then ``Bevilling ...``)."""
    return _items(text, lambda m: f"{m['indent']}{m['num']}.\n{m['indent']}{m['title']}")


_ITEM_LINE_RE = re.compile(r"^[ \t]*(?P<num>\d{1,3})\.[ \t]+(?P<title>[A-ZÆØÅ\"«].*?)[ \t]*$")


def toc_first(text: str) -> str:
    """A contents list of the agenda items (number, title, page) before the first item heading;
    documents that already hold a list of the same numbers, or fewer than two items, unchanged."""
    lines = text.split("\n")
    heads = [(i, m) for i, line in enumerate(lines) if (m := _ITEM_LINE_RE.match(line))
             and not _PERSON_ENTRY_RE.match(m["title"]) and not _MONTH_RE.match(m["title"])]
    nums = [int(m["num"]) for _, m in heads]
    if len(heads) < 2 or len(set(nums)) != len(nums):
        return text
    toc = ["Indholdsfortegnelse", ""] + [f"{m['num']}. {m['title']}{' ' * 4}{2 + k // 3}" for k, (_, m) in
                                         enumerate(heads)] + [""]
    first = heads[0][0]
    return "\n".join(lines[:first] + toc + lines[first:])


_ROLE_TAIL_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<who>[A-ZÆØÅ][\w\-]+(?: [A-ZÆØÅ][\w\-.]*){1,3}(?: \([A-ZÆØÅ]{1,2}\))?)"
                           r",? \(?(?P<role>" + "|".join(_ROLES) + r")\)?[ \t]*$")


def role_before_name(text: str) -> str:
    """Attendance lines with the role before the name: ``Anne Holm (A), formand`` becomes
    ``Formand Anne Holm (A)``."""
    return "\n".join(m["indent"] + m["role"].capitalize() + " " + m["who"] if (m := _ROLE_TAIL_RE.match(line))
                     else line for line in text.split("\n"))


def _att_label(line: str, labels: tuple[str, ...]) -> re.Match[str] | None:
    m = _kv(line) or _label_line(line)
    return m if m and m["label"].casefold() in labels else None


_NAME_LINE_RE = re.compile(r"[A-ZÆØÅ][\w\-.]*(?: (?:[A-ZÆØÅ][\w\-.]*|von|van|de|af))*(?: \([^()]{1,30}\))?(?:,.*)?$")


def comma_participants(text: str) -> str:
    """An attendance list of one name per line (under or beside its label) before the first agenda
    item joined into one line, the names separated by commas."""
    lines, out, i = text.split("\n"), [], 0
    first_item = next((k for k, line in enumerate(lines) if _ITEM_LINE_RE.match(line)
                       and not _PERSON_ENTRY_RE.match(line.split(".", 1)[1].strip())), len(lines))
    while i < len(lines):
        if i >= first_item:
            out.append(lines[i])
            i += 1
            continue
        m = _att_label(lines[i], _ATT_LABELS + _ABS_LABELS)
        if not m:
            out.append(lines[i])
            i += 1
            continue
        names = [m["value"].strip()] if "value" in m.groupdict() and m.groupdict().get("value") else []
        j = i + 1
        while j < len(lines) and lines[j].strip() and not _kv(lines[j]) and not _label_line(lines[j]) \
                and len(lines[j].strip()) < 70 and not lines[j].rstrip().endswith(".") \
                and _NAME_LINE_RE.match(lines[j].strip()):
            names.append(lines[j].strip())
            j += 1
        if len(names) < 2:
            out.append(lines[i])
            i += 1
            continue
        out.append(f"{m['indent']}{m['label']}: " + ", ".join(n.rstrip(",.") for n in names))
        i = j
    return "\n".join(out)


def glued_abbreviation(text: str) -> str:
    """Agenda item numbers glued to a committee abbreviation (``3.SHU - Bevilling ...``); the
    abbreviation is the capitals of the document's first line."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    abbr = "".join(w[0] for w in re.findall(r"[A-ZÆØÅ][\w\-]*", first))[:3].upper() or "KB"
    if len(abbr) < 2:
        abbr += "U"
    return _items(text, lambda m: f"{m['indent']}{m['num']}.{abbr} - {m['title']}")


def header_grid(text: str) -> str:
    """Two header key/value lines side by side on one line, as a two-column header grid printed to
    text (``Dato: 3. juni 2015      Sted: Rådhuset``; ``Deltagere: …     Afbud: …``)."""
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        m = _kv(lines[i])
        j = i + 1
        while j < len(lines) and not lines[j].strip() and j - i < 3:
            j += 1
        n = _kv(lines[j]) if m and j < len(lines) else None
        # only single-line values: a list continued under either value would lose its column
        alone = n and (j + 1 >= len(lines) or not lines[j + 1].strip() or _kv(lines[j + 1])) \
            and (i + 1 >= len(lines) or not lines[i + 1].strip() or _kv(lines[i + 1]))
        if m and n and alone and len(lines[i].strip()) < 70 and len(lines[j].strip()) < 70:
            out.append(f"{lines[i].rstrip()}      {lines[j].strip()}")
            i = j + 1
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def attendance_no_colons_one_line(text: str) -> str:
    """The participants' and the absentees' key/value lines joined onto one line, without colons
    (``Til stede Anne Holm, Per Lund Afbud Eva Bak``); documents without both unchanged."""
    lines = text.split("\n")
    att = next((i for i, line in enumerate(lines) if (m := _att_label(line, _ATT_LABELS)) and _kv(line)), None)
    if att is None:
        return text
    j = att + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j >= len(lines) or not (_att_label(lines[j], _ABS_LABELS) and _kv(lines[j])):
        return text
    a, b = _kv(lines[att]), _kv(lines[j])
    joined = f"{a['indent']}{a['label']} {a['value'].rstrip('.')} {b['label']} {b['value']}"
    return "\n".join(lines[:att] + [joined] + lines[j + 1:])



def numeric_dates(text: str) -> str:
    """The date in the header's date field written in numbers (``Mødedato: 03.06.2015``, weekday kept
    where it stood: ``Onsdag 03.06.2015``); documents without a labelled date unchanged."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:40]):
        m = _kv(line)
        if not m or m["label"].casefold() not in _DATE_LABELS:
            continue
        dm = _DA_DATE_RE.search(m["value"])
        if not dm:
            continue
        stamp = f"{int(dm['d']):02d}.{_DA_MONTHS.index(dm['m'].casefold()) + 1:02d}.{dm['y']}"
        day = re.match(r"(?i)((?:man|tirs|ons|tors|fre|lør|søn)dag)\b", dm.group())
        value = m["value"][: dm.start()] + (f"{day.group(1)} " if day else "") + stamp + m["value"][dm.end():]
        lines[i] = line[: m.start("value")] + value
        break
    return "\n".join(lines)


def _one_line_lists(lines: list[str]) -> "tuple[int, int] | None":
    """The lines of a one-line members list (``Deltagere: A, B``) and a one-line absence list near it
    (at most three lines apart) in the head; None where either is missing or the members list goes on
    below its label line."""
    att = next((i for i, line in enumerate(lines[:60]) if _att_label(line, _ATT_LABELS) and _kv(line)), None)
    away = next((i for i, line in enumerate(lines[:60]) if _att_label(line, _ABS_LABELS) and _kv(line)), None)
    if att is None or away is None or abs(away - att) > 3:
        return None
    if att + 1 < len(lines) and lines[att + 1].strip() and not _kv(lines[att + 1]):
        return None
    return att, away


def absent_marked_in_list(text: str) -> str:
    """The absentees of a one-line absence list (``Afbud: Eva Holm``) marked inside the members list
    instead (``Eva Holm (afbud)`` after the members) and the absence line removed; only where the
    members list is one ``Label: names`` line and the absence list names people (not "Ingen")."""
    lines = text.split("\n")
    found = _one_line_lists(lines)
    if found is None:
        return text
    att, away = found
    value = _kv(lines[away])["value"].rstrip(" .")
    if not value[:1].isupper() or value.casefold().startswith(("ingen", "intet")) or ":" in value:
        return text
    names = [n.strip() for n in re.split(r",\s*|\s+og\s+", value) if n.strip()]
    members = _kv(lines[att])["value"].rstrip(" .")
    if any(re.sub(r"\s*\(.*", "", n) in members for n in names):
        return text  # the absentee is also listed among the members: marking would name her twice
    marked = ", ".join(f"{n} (afbud)" for n in names)
    lines[att] = lines[att][: _kv(lines[att]).start("value")] + f"{members}, {marked}"
    del lines[away]
    return "\n".join(lines)


def status_lines(text: str) -> str:
    """Attendance as a table of name and status whose cells became lines: every member of a
    one-line members list on a line with its status under it ("Deltog" / "Deltog ikke"), the
    absentees of a one-line absence list among them, and that absence line removed. Only where both
    lists are ``Label: names`` lines naming people and no absentee is also listed as a member."""
    lines = text.split("\n")
    found = _one_line_lists(lines)
    if found is None:
        return text
    att, away = found
    split = lambda v: [n.strip() for n in re.split(r",\s*|\s+og\s+", v.rstrip(" .")) if n.strip()]
    members, absent = split(_kv(lines[att])["value"]), split(_kv(lines[away])["value"])
    if not absent or not absent[0][:1].isupper() or absent[0].casefold().startswith(("ingen", "intet")) \
            or any(re.sub(r"\s*\(.*", "", n) in _kv(lines[att])["value"] for n in absent) or len(members) < 2 \
            or not all(_NAME_LINE_RE.match(n) for n in members + absent):
        return text
    rows = [f"{_kv(lines[att])['label']}"] + [x for n in members for x in (n, "Deltog")] + \
        [x for n in absent for x in (n, "Deltog ikke")]
    out = lines[:att] + rows + lines[att + 1:]
    del out[away + len(rows) - 1 if away > att else away]
    return "\n".join(out)


TRANSFORMS: dict[str, Callable[[str], str]] = {
    f.__name__: f for f in (identity, pipe_table, split_kv, join_kv, upper_labels, upper_headings, no_colons, no_blank,
                            double_blank, flatten, furniture, glued_numbers, bullets, indent, hard_wrap, page_furniture,
                            label_over_value_upper, machine_timestamps, machine_timestamps_us, item_sag_nr,
                            item_punkt, item_paren, item_number_line, toc_first, role_before_name,
                            comma_participants, glued_abbreviation, header_grid, attendance_no_colons_one_line,
                            numeric_dates, absent_marked_in_list, status_lines)
}


def minutes_docs(corpus: Path = ROOT / "corpus", prefixes: Iterable[str] = ()) -> dict[str, tuple[str, dict]]:
    """The composed minutes: ``{id: (text, gold)}`` for gold records with a ``meeting``."""
    out = {}
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = corpus / "docs" / f"{gold_path.stem}.txt"
        if not gold.get("meeting") or not doc.exists():
            continue
        if prefixes and not any(gold_path.stem.startswith(p) for p in prefixes):
            continue
        out[gold_path.stem] = (doc.read_text(encoding="utf-8"), gold)
    return out


def run(docs: dict[str, tuple[str, dict]], transforms: Iterable[str]):
    """Score each transform: ``{transform: Report}`` (the project's evaluation, same gold for all)."""
    from socdoc.api import extract_many
    from socdoc.evaluate import score

    gold = {doc_id: g for doc_id, (_, g) in docs.items()}
    reports = {}
    for name in transforms:
        fn = TRANSFORMS[name]
        items = [(fn(text), {"doc_id": doc_id}) for doc_id, (text, _) in docs.items()]
        predicted = {r.doc_id or "": r.model_dump(mode="json") for r in extract_many(items)}
        reports[name] = score(gold, predicted)
    return reports


def table(reports, fields: tuple[str, ...] = FIELDS, short: dict[str, str] = SHORT) -> str:
    """Per transform and field: F1, and the change against ``identity`` when it is 0.005 or more."""
    base = reports.get("identity")
    width = max([14] + [len(name) + 1 for name in reports])
    head = f"{'transform':{width}}" + "".join(f"{short[f]:>14}" for f in fields)
    rows = [head]
    for name, rep in reports.items():
        cells = []
        for f in fields:
            v = rep.f1(f)
            d = v - base.f1(f) if base and name != "identity" else 0.0
            cells.append(f"{v:6.3f}" + (f" ({d:+.2f})" if abs(d) >= 0.005 else " " * 8))
        rows.append(f"{name:{width}}" + "".join(f"{c:>14}" for c in cells))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", choices=sorted(TRANSFORMS), help="transforms to run (identity is always run)")
    parser.add_argument("--docs", nargs="*", default=(), help="only corpus documents whose id starts with one of these")
    parser.add_argument("--errors", action="store_true", help="print each document's errors per transform (new ones only)")
    parser.add_argument("--json", type=Path, help="also write {transform: {field: f1}} here")
    args = parser.parse_args(argv)
    names = ["identity"] + [n for n in (args.only or TRANSFORMS) if n != "identity"]
    docs = minutes_docs(prefixes=args.docs)
    reports = run(docs, names)
    print(f"{len(docs)} composed minutes from corpus/\n")
    print(table(reports))
    if args.errors:
        base = reports["identity"].errors
        for name in names[1:]:
            for doc_id, errs in sorted(reports[name].errors.items()):
                new = [e for e in errs if e not in base.get(doc_id, [])]
                for e in new:
                    print(f"{name:14} {doc_id}: {e}")
    if args.json:
        args.json.write_text(json.dumps({n: {f: round(r.f1(f), 4) for f in FIELDS} for n, r in reports.items()},
                                        indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
