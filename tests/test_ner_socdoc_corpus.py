"""Tests for ``scripts/ner/socdoc_corpus.py``: socdoc's composed documents as NER training examples.

The texts here are invented for the tests.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from ner.socdoc_corpus import (  # noqa: E402
    Stats,
    convert_corpus,
    convert_document,
    find_spans,
    gold_names,
    split_units,
    write_docbin,
)

GOLD = {
    "people": [{"name": "Anne Skov Holm", "role": "formand", "party": None}],
    "parties": [
        {"text": "Ældrerådet", "name": "Ældrerådet"},
        {"text": "Nordby Kommunes", "name": "Nordby Kommune"},
    ],
    "areas": [{"text": "Nordby", "name": "Nordby"}, "Søparken"],
}

TEXT = """Ældrerådet

Deltagere: Anne Skov Holm, Per Lund

1. Orientering
Formand Anne Skov Holm bød velkommen. Ældrerådet drøftede trafikken i Søparken.
Nordby Kommune har sendt sagen i høring.
det blev vedtaget uden bemærkninger
"""


def _units(text: str = TEXT, gold: dict = GOLD, stats: Stats | None = None):
    return convert_document(spacy.blank("da").tokenizer, text, gold, stats)


def _ents(unit) -> list[tuple[str, str]]:
    return [(" ".join(unit.words[s:e]), label) for s, e, label in unit.spans]


def test_gold_names_by_label() -> None:
    names = gold_names(GOLD)
    assert names["PER"] == {"Anne Skov Holm"}
    assert names["ORG"] == {"Ældrerådet", "Nordby Kommunes", "Nordby Kommune"}
    assert names["LOC"] == {"Nordby", "Søparken"}


def test_split_units_lines_and_sentences() -> None:
    units = split_units("A b.  C d!\n\n  • e  f\nkr. 8 mio.\n2. Punkt")
    assert units == ["A b.", "C d!", "• e f", "kr. 8 mio.", "2. Punkt"]


def test_find_spans_all_occurrences_and_overlap() -> None:
    words = ["Nordby", "og", "Nordby", "Kommune"]
    assert find_spans(words, {"LOC": {("Søparken",)}, "ORG": {("Ældrerådet",)}}) == []
    assert find_spans(words[:3], {"LOC": {("Nordby",)}}) == [(0, 1, "LOC"), (2, 3, "LOC")]
    # "Nordby" (LOC) inside "Nordby Kommune" (ORG): the unit's labels would be a guess
    assert find_spans(words, {"LOC": {("Nordby",)}, "ORG": {("Nordby", "Kommune")}}) is None
    # the same words as two kinds of name
    assert find_spans(["Nordby"], {"LOC": {("Nordby",)}, "ORG": {("Nordby",)}}) is None


def test_convert_document() -> None:
    stats = Stats()
    units = _units(stats=stats)
    by_text = {" ".join(u.words): _ents(u) for u in units}
    assert by_text["Ældrerådet"] == [("Ældrerådet", "ORG")]
    assert by_text["Deltagere : Anne Skov Holm , Per Lund"] == [("Anne Skov Holm", "PER")]
    assert by_text["1. Orientering"] == []  # a capitalised word: kept, all O
    assert by_text["Formand Anne Skov Holm bød velkommen ."] == [("Anne Skov Holm", "PER")]
    assert by_text["Ældrerådet drøftede trafikken i Søparken ."] == [("Ældrerådet", "ORG"), ("Søparken", "LOC")]
    # "Nordby" (area) overlaps "Nordby Kommune" (party): skipped; no capital and no match: left out
    assert not any(u.words[:2] == ["Nordby", "Kommune"] for u in units)
    assert not any(u.words[0] == "det" for u in units)
    assert stats.skipped_overlap == 1
    assert stats.units == 7 and stats.kept == 5
    assert stats.entities == {"PER": 2, "ORG": 2, "LOC": 1}


def test_whole_tokens_only() -> None:
    units = _units("Nordbyhallen og Ældrerådets møde i Nordby.", {"areas": ["Nordby"], "parties": ["Ældrerådet"]})
    assert [_ents(u) for u in units] == [[("Nordby", "LOC")]]


def test_write_docbin(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs" / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold" / "x.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (tmp_path / "gold" / "no_text.json").write_text(json.dumps(GOLD), encoding="utf-8")
    docs, _ = convert_corpus(tmp_path, sents_per_doc=2)
    assert len(docs) == 3  # five kept units, two per doc
    assert [len(list(d.sents)) for d in docs] == [2, 2, 1]
    out = write_docbin(tmp_path, tmp_path / "out" / "socdoc.spacy", sents_per_doc=10)
    nlp = spacy.blank("da")
    (doc,) = DocBin().from_disk(out).get_docs(nlp.vocab)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Ældrerådet", "ORG"),
        ("Anne Skov Holm", "PER"),
        ("Anne Skov Holm", "PER"),
        ("Ældrerådet", "ORG"),
        ("Søparken", "LOC"),
    ]
    assert doc.text.startswith("Ældrerådet Deltagere: Anne Skov Holm, Per Lund 1. Orientering")


def test_train_ner_merges_training_docbins(tmp_path: Path) -> None:
    """``--train-splits train dev`` / ``--socdoc-corpus``: the training DocBins are merged in order."""
    import importlib.util

    script = Path(__file__).resolve().parent.parent / "scripts" / "train_ner.py"
    spec = importlib.util.spec_from_file_location("train_ner_script", script)
    train_ner = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train_ner)
    nlp = spacy.blank("da")
    paths = []
    for i, text in enumerate(["Ældrerådet mødtes.", "Anne Skov Holm kom."]):
        doc = nlp(text)
        path = tmp_path / f"{i}.spacy"
        DocBin(docs=[doc]).to_disk(path)
        paths.append(path)
    out = train_ner.merge_docbins(paths, tmp_path / "all.spacy")
    texts = [d.text for d in DocBin().from_disk(out).get_docs(nlp.vocab)]
    assert texts == ["Ældrerådet mødtes.", "Anne Skov Holm kom."]
