"""Smoke tests for the shipped Danish NER pipeline in ``models/da_socdoc_ner``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "da_socdoc_ner"


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return spacy.load(MODEL_DIR)


def ents(nlp: spacy.Language, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_meta_lists_labels() -> None:
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["lang"] == "da"
    assert {"PER", "ORG", "LOC"} <= set(meta["labels"]["ner"])


def test_loads_with_builtins_and_danish_tokenizer(nlp: spacy.Language) -> None:
    assert nlp.lang == "da"
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert [t.text for t in nlp.make_doc("Hr. Jensen bor i Kbh.")] == ["Hr.", "Jensen", "bor", "i", "Kbh."]


def test_finds_people(nlp: spacy.Language) -> None:
    found = ents(nlp, "Borgmester Lise Bjerre (A) mødtes med Mette Frederiksen i Aarhus.")
    assert ("Mette Frederiksen", "PER") in found
    assert ("Aarhus", "LOC") in found
    found = ents(nlp, "Rådmand Anders Winnerskjold (S) fra Aarhus Kommune udtaler, at udvalget vil følge sagen.")
    assert ("Anders Winnerskjold", "PER") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Socialministeriet har bevilget penge til et projekt i Odense Kommune.",
            ("Odense Kommune", "ORG"),
        ),
        (
            "Projektet gennemføres i samarbejde med Danmarks Statistik og Københavns Universitet.",
            ("Danmarks Statistik", "ORG"),
        ),
        (
            "Udvalget besøgte et plejecenter i Aalborg i sidste uge.",
            ("Aalborg", "LOC"),
        ),
        (
            "Der blev holdt borgermøde i Silkeborg og Herning om den nye skolestruktur.",
            ("Herning", "LOC"),
        ),
    ],
)
def test_finds_organisations_and_places(nlp: spacy.Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in ents(nlp, text)
