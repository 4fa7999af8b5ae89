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


TRANSFORMS: dict[str, Callable[[str], str]] = {
    f.__name__: f for f in (identity, pipe_table, split_kv, join_kv, upper_labels, upper_headings, no_colons, no_blank,
                            double_blank, flatten, furniture, glued_numbers, bullets, indent)
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


def table(reports) -> str:
    """Per transform and field: F1, and the change against ``identity`` when it is 0.005 or more."""
    base = reports.get("identity")
    head = f"{'transform':14}" + "".join(f"{SHORT[f]:>14}" for f in FIELDS)
    rows = [head]
    for name, rep in reports.items():
        cells = []
        for f in FIELDS:
            v = rep.f1(f)
            d = v - base.f1(f) if base and name != "identity" else 0.0
            cells.append(f"{v:6.3f}" + (f" ({d:+.2f})" if abs(d) >= 0.005 else " " * 8))
        rows.append(f"{name:14}" + "".join(f"{c:>14}" for c in cells))
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
