"""Read the UNER Danish-DDT IOB2 files and write them as spaCy DocBin corpora."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo
from spacy.vocab import Vocab

SPLITS = {"train": "da_ddt-ud-train.iob2", "dev": "da_ddt-ud-dev.iob2", "test": "da_ddt-ud-test.iob2"}
UNER_DIR = "uner-ddt"
LABELS = ("PER", "ORG", "LOC")
DANPLUS_COLUMN = 3  # "outer#inner" DaN+ tags; its outer MISC layer can be added to the UNER tags


@dataclass
class Sentence:
    """One annotated sentence: tokens, trailing-space flags and IOB2 tags."""

    words: list[str]
    spaces: list[bool]
    tags: list[str]


def _spaces_from_text(words: list[str], text: str | None) -> list[bool]:
    """Recover whether each token is followed by whitespace in the raw sentence text."""
    if not text:
        return [True] * (len(words) - 1) + [False]
    spaces: list[bool] = []
    pos = 0
    for word in words:
        start = text.find(word, pos)
        if start < 0:  # token not found verbatim: fall back to a space
            spaces.append(True)
            continue
        pos = start + len(word)
        spaces.append(pos < len(text) and text[pos].isspace())
    if spaces:
        spaces[-1] = False
    return spaces


def _merge_tags(uner: str, danplus: str, misc: bool, deriv: bool = False) -> str:
    """The UNER tag for PER/ORG/LOC; with ``misc``, DaN+'s outer MISC tag where UNER has O.

    With ``deriv`` too, DaN+'s derived names ("LOCderiv": "danske", "københavnske") become MISC,
    as in DaNE and CoNLL-2003, instead of O.
    """
    if uner[2:] in LABELS:
        return uner
    outer = danplus.split("#")[0]
    if misc and (outer[2:] == "MISC" or (deriv and outer.endswith("deriv"))):
        return outer[:2] + "MISC"
    return "O"


def _repair_iob(tags: list[str]) -> list[str]:
    """Turn an I- tag that does not continue an entity of the same type into a B- tag."""
    fixed: list[str] = []
    for tag in tags:
        if tag.startswith("I-") and (not fixed or fixed[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        fixed.append(tag)
    return fixed


def read_iob2(path: Path, tag_column: int = 2, misc: bool = False, deriv: bool = False) -> list[Sentence]:
    """Parse a UNER IOB2 file (tab-separated; ``tag_column`` is the 0-based column with the tag).

    With ``misc``, MISC entities from the DaN+ column are added where UNER has no entity.
    """
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    text: str | None = None

    def flush() -> None:
        nonlocal words, tags, text
        if words:
            sentences.append(Sentence(words, _spaces_from_text(words, text), _repair_iob(tags)))
        words, tags, text = [], [], None

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
        elif line.startswith("# text = "):
            text = line[len("# text = "):]
        elif line.startswith("#"):
            continue
        else:
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(_merge_tags(cols[tag_column], cols[DANPLUS_COLUMN], misc, deriv))
    flush()
    return sentences


def sentences_to_docs(vocab: Vocab, sentences: list[Sentence], sents_per_doc: int) -> list[Doc]:
    """Group consecutive sentences into multi-sentence docs with gold entities."""
    docs: list[Doc] = []
    for i in range(0, len(sentences), sents_per_doc):
        group = sentences[i:i + sents_per_doc]
        words, spaces, tags, starts = [], [], [], []
        for sent in group:
            sent_spaces = list(sent.spaces)
            sent_spaces[-1] = True
            words += sent.words
            spaces += sent_spaces
            tags += sent.tags
            starts += [True] + [False] * (len(sent.words) - 1)
        spaces[-1] = False
        doc = Doc(vocab, words=words, spaces=spaces, sent_starts=starts)
        doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(tags))
        docs.append(doc)
    return docs


def convert(
    data_dir: Path, out_dir: Path, sents_per_doc: int = 10, misc: bool = False, deriv: bool = False
) -> dict[str, Path]:
    """Convert the train/dev/test splits to ``<out_dir>/<split>.spacy``; return the paths.

    With ``misc``, train and dev also carry DaN+ MISC entities (with ``deriv``, derived names as
    MISC too); test keeps the UNER labels only.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    paths: dict[str, Path] = {}
    for split, filename in SPLITS.items():
        sentences = read_iob2(data_dir / UNER_DIR / filename, misc=misc and split != "test", deriv=deriv)
        docs = sentences_to_docs(vocab, sentences, sents_per_doc)
        paths[split] = out_dir / f"{split}.spacy"
        DocBin(docs=docs, store_user_data=False).to_disk(paths[split])
        n_ents = sum(len(d.ents) for d in docs)
        print(f"{split}: {len(sentences)} sentences, {len(docs)} docs, {n_ents} entities -> {paths[split]}")
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True, help="folder holding uner-ddt/")
    parser.add_argument("--out", type=Path, default=Path("training/ner/corpus"))
    parser.add_argument("--sents-per-doc", type=int, default=10)
    parser.add_argument("--misc", action="store_true", help="add DaN+ MISC entities to train/dev")
    parser.add_argument("--deriv", action="store_true", help="with --misc, derived names (DaN+ *deriv) as MISC")
    args = parser.parse_args()
    convert(args.data, args.out, args.sents_per_doc, args.misc, args.deriv)


if __name__ == "__main__":
    main()
