"""Metamorphic text-robustness check of the entity, money and time fields.

    PYTHONPATH=src python scripts/text_robustness.py [--only T ...] [--docs PREFIX ...] [--errors]

Takes ALL the project's own composed documents (``corpus/docs`` with their gold in ``corpus/gold``:
press releases, news and minutes), rewrites each with text-form transforms that keep every fact the
same (the forms real crawled documents have: PDF line wrapping and hyphenation, web-page furniture,
upper-case headings, typographic characters, lists written as bullets or as a sentence, ...), extracts
again and scores against the UNCHANGED gold. The table gives, per transform and field, the F1 and its
change against the untransformed text (``identity``). Offsets may move; values must not. Only the
project's composed texts are used, never the text of the real documents of the dev sets.

The scoring and the line-level plumbing (``pipe_table``, ``no_blank``, ``double_blank``, the
extraction run) come from ``scripts/layout_robustness.py``, which does the same for the minutes
fields. A transform leaves a document (or a line) unchanged where the change would make a fact
untrue or ambiguous: a list item holding "og" or a comma is not joined into a sentence list, a name
that already holds a hyphen is not hyphenated again.

Transforms (each a small pure function ``str -> str``, deterministic):

  identity         the text as it is
  hard_wrap        prose lines broken at 70-85 columns mid-sentence (text taken from a PDF)
  pdf_hyphen       as hard_wrap, but a long word at the line end is split with "-" (PDF hyphenation)
  web_furniture    site name, skip link, menu, breadcrumb, share links and a cookie line before the
                   text; "Læs også" with other (fact-free) headlines and footer links after it
  upper_headings   the headline and the subheadings in UPPER CASE
  title_headings   the headline and the subheadings in Title Case
  nbsp_tabs        no-break spaces after numbers and in money units, tabs after labels and after list
                   marks, two spaces after sentence ends
  invisible        zero-width spaces at paragraph starts and heading ends, word joiners, a BOM
  soft_hyphen      soft hyphens (``&shy;``) inside long words
  quotes_dashes    straight quotes and apostrophes curly, " - " and number ranges with an en dash
  straight_quotes  curly quotes and apostrophes straight, en dashes as hyphens
  sentence_bullets a sentence ending in a list of names ("… fra A, B og C.") becomes a bullet list
  bullet_sentence  a short bullet list after a line ending in ":" becomes one sentence ("…: A, B og C.")
  pipe_table       key/value lines become ``| Label | value |`` rows (layout_robustness)
  no_blank         every blank line removed (layout_robustness)
  double_blank     every line break doubled (layout_robustness)
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import zlib
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("layout_robustness", ROOT / "scripts" / "layout_robustness.py")
lr = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lr)

FIELDS = ("amounts", "amounts.per_year", "dates", "periods", "parties", "areas", "people", "people.role",
          "people.party", "focus_areas")
SHORT = {"amounts": "amounts", "amounts.per_year": "per_year", "dates": "dates", "periods": "periods",
         "parties": "parties", "areas": "areas", "people": "people", "people.role": "role",
         "people.party": "pletter", "focus_areas": "focus"}

_SENTENCE_END = (".", "!", "?", ":", ";", ",")
_BULLET_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>[-•*–])[ \t]+(?P<item>\S.*?)[ \t]*$")


def _width(text: str) -> int:
    """A wrapping width of 70-85 columns, fixed per document (the same text gives the same width)."""
    return 70 + zlib.crc32(text.encode("utf-8")) % 16


def _is_table(line: str) -> bool:
    return "|" in line or "\t" in line


def identity(text: str) -> str:
    """The text unchanged (the reference row)."""
    return text


def _wrap_line(line: str, width: int, hyphenate: bool) -> list[str]:
    """``line`` broken at spaces into lines of at most ``width`` characters (a longer word stays whole);
    with ``hyphenate`` a word of 10+ letters that would cross the margin is split by "-" instead, at
    least four letters on either side."""
    indent = line[: len(line) - len(line.lstrip(" "))]
    words = line.split(" ")[len(indent):] if indent else line.split(" ")
    out, cur = [], indent
    for word in words:
        if not word:
            cur += " "
            continue
        sep = "" if cur.strip() == "" else " "
        if len(cur) + len(sep) + len(word) <= width or not cur.strip():
            cur += sep + word
            continue
        room = width - len(cur) - len(sep) - 1
        if hyphenate and re.fullmatch(r"[A-Za-zÆØÅæøåé]{10,}", word) and room >= 4 and len(word) - room >= 4:
            out.append(cur + sep + word[:room] + "-")
            cur = indent + word[room:]
            continue
        out.append(cur)
        cur = indent + word
    out.append(cur)
    return out


def _wrap(text: str, hyphenate: bool) -> str:
    width = _width(text)
    out = []
    for line in text.split("\n"):
        if len(line) <= width or _is_table(line):
            out.append(line)
        else:
            out.extend(_wrap_line(line, width, hyphenate))
    return "\n".join(out)


def hard_wrap(text: str) -> str:
    """Lines longer than 70-85 columns broken at spaces, mid-sentence (text taken from a PDF)."""
    return _wrap(text, hyphenate=False)


def pdf_hyphen(text: str) -> str:
    """As ``hard_wrap``, with a long word at the margin split by a hyphen at the line end."""
    return _wrap(text, hyphenate=True)


FURNITURE_TOP = ("Nyheder og presse\nGå til indhold\nMenu\nSøg på siden\nForside › Nyheder › Arkiv\n"
                 "Del på Facebook\nDel på LinkedIn\nUdskriv siden\n"
                 "Vi bruger cookies for at forbedre din oplevelse af hjemmesiden. Accepter alle cookies\n\n")
FURNITURE_BOTTOM = ("\n\nLæs også\n\nSe billederne fra sommerens store familiedag\n"
                    "Sådan sorterer du dit affald i den nye ordning\nNye åbningstider i borgerservice\n\n"
                    "Kontakt os\nTilgængelighedserklæring\nCookiepolitik\nTil toppen\n")


def web_furniture(text: str) -> str:
    """Site name, skip link, menu, breadcrumb, share links and a cookie line before the text; "Læs
    også" with three fact-free headlines and footer links after it."""
    return FURNITURE_TOP + text.rstrip("\n") + FURNITURE_BOTTOM


def _heading_lines(lines: list[str]) -> set[int]:
    """Indices of the headline (first non-blank line) and of subheadings: a short line (at most 80
    characters) without sentence punctuation at its end, digits or brackets, alone between blank
    lines and followed by prose (a longer line or a sentence), not a key/value line, not a list item."""
    out = set()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        out.add(first)
    for i, line in enumerate(lines):
        s = line.strip()
        if not s or len(s) > 80 or s.endswith(_SENTENCE_END) or not re.search(r"[^\W\d_]", s):
            continue
        if _BULLET_RE.match(line) or lr._kv(line) or re.search(r"[\d(|]", s):
            continue
        before = i == 0 or not lines[i - 1].strip()
        after = i + 1 >= len(lines) or not lines[i + 1].strip()
        nxt = next((n.strip() for n in lines[i + 1:] if n.strip()), "")
        if before and after and (len(nxt) > len(s) + 20 or nxt.endswith(".")):  # over prose, not in a list
            out.add(i)
    return out


def upper_headings(text: str) -> str:
    """The headline and the subheadings in UPPER CASE."""
    lines = text.split("\n")
    for i in _heading_lines(lines):
        lines[i] = lines[i].upper()
    return "\n".join(lines)


def _title(line: str) -> str:
    return re.sub(r"(?<![\w'’-])([a-zæøåé])", lambda m: m.group(1).upper(), line)


def title_headings(text: str) -> str:
    """The headline and the subheadings in Title Case (every word's first letter upper case)."""
    lines = text.split("\n")
    for i in _heading_lines(lines):
        lines[i] = _title(lines[i])
    return "\n".join(lines)


_NUM_SPACE = re.compile(r"(?<=\d) (?=[^\W\d_])|(?<=\bmio\.) (?=kr)|(?<=\bmia\.) (?=kr)|(?<=\d\.) (?=[a-zæøå])")
_SENT_SPACE = re.compile(r"(?<=[a-zæøå]{3}[.!?]) (?=[A-ZÆØÅ])")  # after a word, not a number or "Kr."


def nbsp_tabs(text: str) -> str:
    """No-break spaces after numbers and in "mio. kr.", a tab after labels (``Dato:\\t…``) and after a
    list item's mark (``•\\tTryghed``), two spaces after sentence ends."""
    out = []
    for line in text.split("\n"):
        line = _NUM_SPACE.sub("\u00a0", line)
        m = lr._kv(line)
        if m:
            line = line[: m.end("label") + 1] + "\t" + line[m.start("value"):]
        b = _BULLET_RE.match(line)
        if b:
            line = f"{b['indent']}{b['mark']}\t{b['item']}"
        out.append(_SENT_SPACE.sub("  ", line))
    return "\n".join(out)


_LONG_WORD = re.compile(r"\b[A-Za-zÆØÅæøåé]{12,}\b")


def _shy(match: re.Match[str]) -> str:
    word = match.group()
    mid = len(word) // 2
    return word[:mid] + "\u00ad" + word[mid:]


def invisible(text: str) -> str:
    """A BOM before the text, a zero-width space at the start of every paragraph (after a blank
    line) and at the end of every heading line, a word joiner after every slash."""
    lines = text.split("\n")
    heads = _heading_lines(lines)
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if i == 0 or not lines[i - 1].strip():
            line = "\u200b" + line
        if i in heads:
            line = line + "\u200b"
        lines[i] = re.sub(r"/(?=[^\W\d_])", "/\u2060", line)
    return "\ufeff" + "\n".join(lines)


def soft_hyphen(text: str) -> str:
    """A soft hyphen in the middle of every word of 12+ letters (HTML ``&shy;``)."""
    return _LONG_WORD.sub(_shy, text)


def _curly(line: str) -> str:
    line = re.sub(r'"(?=\w)', "\u201c", line)  # opening before a word
    line = line.replace('"', "\u201d")
    line = re.sub(r"(?<=\w)'", "\u2019", line)
    line = re.sub(r"(?<=\s)-(?=\s)", "\u2013", line)
    return re.sub(r"(?<=\d)-(?=\d)", "\u2013", line)


def quotes_dashes(text: str) -> str:
    """Straight quotes and apostrophes curly (``“…”``, ``’``), " - " and number ranges with an en dash."""
    return "\n".join(_curly(line) for line in text.split("\n"))


def straight_quotes(text: str) -> str:
    """Curly quotes and apostrophes straight, en and em dashes as hyphens."""
    table = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                           "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-"})
    return text.translate(table)


# A sentence that ends in a list of names: "<intro> A, B og C." with each item 1-4 capitalised words
_NAME = r"[A-ZÆØÅ][\w'-]*(?: [A-ZÆØÅ][\w'-]*){0,3}"
_LIST_TAIL = re.compile(rf"(?P<intro>\b[a-zæøå]+) (?P<items>{_NAME}(?:, {_NAME})+ (?:og|samt|eller) {_NAME})\.(?= |$)")


def _bullets_for(match: re.Match[str]) -> str:
    items = re.split(r", | (?:og|samt|eller) ", match["items"])
    return f"{match['intro']}:\n\n" + "\n".join(f"- {item}" for item in items) + "\n\n"


def sentence_bullets(text: str) -> str:
    """A sentence ending in a list of names (``… fra Aarhus Kommune, KL og Socialstyrelsen.``) becomes
    the sentence up to the list, a colon and a bullet list; the rest of the line starts a new paragraph."""
    out = []
    for line in text.split("\n"):
        if _is_table(line) or _BULLET_RE.match(line):
            out.append(line)
            continue
        new = _LIST_TAIL.sub(_bullets_for, line)
        out.append(re.sub(r"\n\n +", "\n\n", new).rstrip())
    return "\n".join(out)


def bullet_sentence(text: str) -> str:
    """A bullet list of 2-8 short items (no comma, no "og", no final period) after a line ending in ":"
    becomes one sentence on that line: ``…: A, B og C.``."""
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        line = lines[i]
        j = i + 1
        while j < len(lines) and not lines[j].strip() and j - i < 2:
            j += 1
        items, k = [], j
        while k < len(lines) and (b := _BULLET_RE.match(lines[k])):
            items.append(b["item"])
            k += 1
        ok = (line.rstrip().endswith(":") and 2 <= len(items) <= 8
              and all(len(s) <= 60 and "," not in s and not re.search(r"\b(?:og|eller)\b", s)
                      and not s.endswith((".", ":", ";")) for s in items))
        if ok:
            out.append(f"{line.rstrip()} {', '.join(items[:-1])} og {items[-1]}.")
            i = k
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


TRANSFORMS: dict[str, Callable[[str], str]] = {
    f.__name__: f for f in (identity, hard_wrap, pdf_hyphen, web_furniture, upper_headings, title_headings,
                            nbsp_tabs, invisible, soft_hyphen, quotes_dashes, straight_quotes, sentence_bullets,
                            bullet_sentence, lr.pipe_table, lr.no_blank, lr.double_blank)
}


# Transforms that change the characters of names: the gold's names are written with the same
# characters (a name quoted with an en dash in the text is that name with an en dash)
GOLD_FORMS: dict[str, Callable[[str], str]] = {"quotes_dashes": quotes_dashes, "straight_quotes": straight_quotes}
_NAMED = ("parties", "people", "areas", "focus_areas")


def _map_strings(value, fn):
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [_map_strings(v, fn) for v in value]
    if isinstance(value, dict):
        return {k: _map_strings(v, fn) for k, v in value.items()}
    return value


def gold_for(name: str, gold: dict) -> dict:
    """The gold record as the text rewritten by transform ``name`` states it."""
    fn = GOLD_FORMS.get(name)
    return gold if fn is None else {k: (_map_strings(v, fn) if k in _NAMED else v) for k, v in gold.items()}


def corpus_docs(corpus: Path = ROOT / "corpus", prefixes: Iterable[str] = ()) -> dict[str, tuple[str, dict]]:
    """All composed documents: ``{id: (text, gold)}``."""
    out = {}
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        doc = corpus / "docs" / f"{gold_path.stem}.txt"
        if not doc.exists() or (prefixes and not any(gold_path.stem.startswith(p) for p in prefixes)):
            continue
        out[gold_path.stem] = (doc.read_text(encoding="utf-8"), json.loads(gold_path.read_text(encoding="utf-8")))
    return out


def run(docs: dict[str, tuple[str, dict]], transforms: Iterable[str]):
    """Score each transform: ``{transform: Report}`` (the project's evaluation, the same gold for all).
    Only the documents a transform changes are extracted again; the others keep the identity result."""
    from socdoc.api import extract_many
    from socdoc.evaluate import score

    transforms = list(transforms)
    gold = {doc_id: g for doc_id, (_, g) in docs.items()}
    base = {}
    reports = {}
    for name in ["identity"] + [t for t in transforms if t != "identity"]:
        fn = TRANSFORMS[name]
        changed = {doc_id: fn(text) for doc_id, (text, _) in docs.items()}
        if name != "identity":
            changed = {d: t for d, t in changed.items() if t != docs[d][0]}
        items = [(t, {"doc_id": d}) for d, t in changed.items()]
        predicted = {r.doc_id or "": r.model_dump(mode="json") for r in extract_many(items)}
        if name == "identity":
            base = predicted
        reports[name] = score({d: gold_for(name, g) for d, g in gold.items()}, {**base, **predicted})
    return {t: reports[t] for t in ["identity"] + [t for t in transforms if t != "identity"]}


def table(reports) -> str:
    """Per transform and field: F1, and the change against ``identity`` (the minutes harness's table)."""
    return lr.table(reports, FIELDS, SHORT)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", choices=sorted(TRANSFORMS), help="transforms to run (identity is always run)")
    parser.add_argument("--docs", nargs="*", default=(), help="only corpus documents whose id starts with one of these")
    parser.add_argument("--errors", action="store_true", help="print each document's new errors per transform")
    parser.add_argument("--json", type=Path, help="also write {transform: {field: f1}} here")
    args = parser.parse_args(argv)
    names = ["identity"] + [n for n in (args.only or TRANSFORMS) if n != "identity"]
    docs = corpus_docs(prefixes=args.docs)
    reports = run(docs, names)
    print(f"{len(docs)} composed documents from corpus/\n")
    print(table(reports))
    if args.errors:
        base = reports["identity"].errors
        for name in names[1:]:
            for doc_id, errs in sorted(reports[name].errors.items()):
                for e in errs:
                    if e not in base.get(doc_id, []) and e.split(":")[0] in FIELDS:
                        print(f"{name:17} {doc_id}: {e}")
    if args.json:
        args.json.write_text(json.dumps({n: {f: round(r.f1(f), 4) for f in FIELDS} for n, r in reports.items()},
                                        indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
