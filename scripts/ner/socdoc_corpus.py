"""Turn socdoc's own composed corpus (``corpus/docs/*.txt`` + ``corpus/gold/*.json``) into NER examples.

The corpus documents were written by the project (minutes, press releases, reports after public
sources; see ``corpus/SOURCES.md``), so they carry the layouts socdoc reads: headers, attendance lists,
agenda headings. Their gold annotation is not NER annotation, but three of its fields name entities:

* ``people[].name`` -> PER,
* ``parties[]`` (``text`` and ``name``) -> ORG,
* ``areas[]`` (``text`` and ``name``) -> LOC.

Each document is cut into units: its non-empty lines, and a line with several sentences into
sentences (after ``.``, ``!`` or ``?`` that does not follow a digit, before a space and a capital). A unit is tokenised
with the Danish tokenizer, and every gold name is looked for as a whole-token sequence (exact spelling;
all occurrences). Where two matches of a unit overlap (or the same words are two kinds of name), the
unit is skipped: its labels would be a guess. A kept unit has at least one match or a capitalised word
(a line of digits and lower-case words teaches nothing about names); everything outside the matches
is O. Consecutive units of one document form one training doc (``sents_per_doc`` of them), as the UNER
sentences do in ``ner.corpus``.

Used by ``scripts/train_ner.py --socdoc-corpus corpus`` (run L2 in docs/training.md).
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

FIELDS = (("people", "PER"), ("parties", "ORG"), ("areas", "LOC"))
SENTENCE_BREAK = re.compile(r"(?<=[^\d\s][.!?])\s+(?=[A-ZÆØÅ])")  # not after "1." of a numbered heading


@dataclass
class Unit:
    """One line or sentence: its tokens, trailing-space flags and entity spans (token offsets)."""

    words: list[str]
    spaces: list[bool]
    spans: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass
class Stats:
    """Counts of one conversion (for the log)."""

    units: int = 0
    kept: int = 0
    skipped_overlap: int = 0
    entities: dict[str, int] = field(default_factory=lambda: {label: 0 for _, label in FIELDS})


def gold_names(gold: dict) -> dict[str, set[str]]:
    """The names of a gold record by label: people's names (PER), parties (ORG), areas (LOC)."""
    names: dict[str, set[str]] = {label: set() for _, label in FIELDS}
    for key, label in FIELDS:
        for item in gold.get(key) or []:
            if isinstance(item, str):
                texts = [item]
            else:
                texts = [item.get("name"), item.get("text")]
            names[label].update(t.strip() for t in texts if isinstance(t, str) and t.strip())
    return names


def split_units(text: str) -> list[str]:
    """The non-empty lines of ``text``, a line with several sentences cut into sentences."""
    units: list[str] = []
    for line in text.splitlines():
        line = " ".join(line.split())  # bullets' indentation and runs of spaces read as one space
        if line:
            units.extend(part for part in SENTENCE_BREAK.split(line) if part)
    return units


def find_spans(words: list[str], patterns: dict[str, set[tuple[str, ...]]]) -> list[tuple[int, int, str]] | None:
    """All whole-token matches of the patterns in ``words``; None if two of them overlap."""
    found: set[tuple[int, int, str]] = set()
    for label, seqs in patterns.items():
        for seq in seqs:
            n = len(seq)
            for i in range(len(words) - n + 1):
                if tuple(words[i:i + n]) == seq:
                    found.add((i, i + n, label))
    spans = sorted(found)
    for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
        if s2 < e1:
            return None
    return spans


def _has_capital(words: list[str]) -> bool:
    return any(w[:1].isupper() for w in words)


def convert_document(
    tokenizer: Tokenizer, text: str, gold: dict, stats: Stats | None = None
) -> list[Unit]:
    """The kept units of one document, with their PER/ORG/LOC spans."""
    stats = stats if stats is not None else Stats()
    patterns = {
        label: {tuple(t.text for t in tokenizer(name)) for name in names}
        for label, names in gold_names(gold).items()
    }
    units: list[Unit] = []
    for part in split_units(text):
        stats.units += 1
        doc = tokenizer(part)
        words = [t.text for t in doc]
        spans = find_spans(words, patterns)
        if spans is None:
            stats.skipped_overlap += 1
            continue
        if not spans and not _has_capital(words):
            continue
        stats.kept += 1
        for _, _, label in spans:
            stats.entities[label] += 1
        units.append(Unit(words, [bool(t.whitespace_) for t in doc], spans))
    return units


def units_to_docs(vocab: Vocab, units: list[Unit], sents_per_doc: int) -> list[Doc]:
    """Group consecutive units into multi-sentence docs with gold entities."""
    docs: list[Doc] = []
    for i in range(0, len(units), sents_per_doc):
        group = units[i:i + sents_per_doc]
        words: list[str] = []
        spaces: list[bool] = []
        starts: list[bool] = []
        ents: list[tuple[int, int, str]] = []
        for unit in group:
            offset = len(words)
            words += unit.words
            spaces += unit.spaces[:-1] + [True]
            starts += [True] + [False] * (len(unit.words) - 1)
            ents += [(offset + s, offset + e, label) for s, e, label in unit.spans]
        spaces[-1] = False
        doc = Doc(vocab, words=words, spaces=spaces, sent_starts=starts)
        doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
        docs.append(doc)
    return docs


def convert_corpus(corpus_dir: Path, sents_per_doc: int = 10) -> tuple[list[Doc], Stats]:
    """Training docs from every ``docs/<id>.txt`` of ``corpus_dir`` that has ``gold/<id>.json``."""
    nlp = spacy.blank("da")
    stats = Stats()
    docs: list[Doc] = []
    for gold_path in sorted((corpus_dir / "gold").glob("*.json")):
        text_path = corpus_dir / "docs" / (gold_path.stem + ".txt")
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        units = convert_document(nlp.tokenizer, text_path.read_text(encoding="utf-8"), gold, stats)
        docs += units_to_docs(nlp.vocab, units, sents_per_doc)
    return docs, stats


def write_docbin(corpus_dir: Path, output: Path, sents_per_doc: int = 10) -> Path:
    """Convert the corpus and write it as one DocBin file; return its path."""
    docs, stats = convert_corpus(corpus_dir, sents_per_doc)
    output.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(output)
    print(
        f"socdoc corpus: {stats.units} units, {stats.kept} kept, {stats.skipped_overlap} skipped (overlapping"
        f" matches), {len(docs)} docs, entities {stats.entities} -> {output}"
    )
    return output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--out", type=Path, default=Path("training/ner/corpus/socdoc.spacy"))
    parser.add_argument("--sents-per-doc", type=int, default=10)
    args = parser.parse_args()
    write_docbin(args.corpus, args.out, args.sents_per_doc)


if __name__ == "__main__":
    main()
