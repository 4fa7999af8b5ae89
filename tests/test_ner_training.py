"""Tests for the NER training helpers in ``scripts/ner`` (corpus tags, gazetteer names, scorer)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span
from spacy.training import Example

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from ner.augment import MentionPool  # noqa: E402
from ner.corpus import _merge_tags  # noqa: E402
from ner.gazetteer import GazetteerNames  # noqa: E402
from ner.scoring import score_core_ents  # noqa: E402


@pytest.mark.parametrize(
    ("uner", "danplus", "misc", "deriv", "expected"),
    [
        ("B-ORG", "B-ORG#O", True, True, "B-ORG"),
        ("O", "B-MISC#O", True, False, "B-MISC"),
        ("O", "B-MISC#O", False, False, "O"),
        ("O", "B-LOCderiv#O", True, False, "O"),
        ("O", "B-LOCderiv#O", True, True, "B-MISC"),
        ("O", "I-ORGderiv#O", True, True, "I-MISC"),
        ("O", "B-LOCderiv#O", False, True, "O"),
    ],
)
def test_merge_tags(uner: str, danplus: str, misc: bool, deriv: bool, expected: str) -> None:
    assert _merge_tags(uner, danplus, misc, deriv) == expected


def test_gazetteer_names_per_label() -> None:
    random.seed(1)
    names = GazetteerNames()
    assert "Køge Kommune" in names.names["ORG"]
    assert "Socialministeriet" in names.names["ORG"] or any("ministeriet" in n for n in names.names["ORG"])
    assert "Køge" in names.names["LOC"]
    people = [names.person() for _ in range(50)]
    assert all(p[:1].isupper() for p in people)
    assert any(" " in p for p in people)
    assert names.sample("MISC") is None


def _example(nlp: spacy.Language, words: list[str], ents: list[tuple[int, int, str]]) -> Example:
    ref = Doc(nlp.vocab, words=words)
    ref.ents = [Span(ref, s, e, label=label) for s, e, label in ents]
    return Example(nlp.make_doc(ref.text), ref)


def test_mention_replacement_from_gazetteer_keeps_labels_and_context() -> None:
    random.seed(3)
    nlp = spacy.blank("da")
    eg = _example(nlp, ["Borgmester", "Lise", "Holm", "besøgte", "Viborg", "i", "går"], [(1, 3, "PER"), (4, 5, "LOC")])
    replaced = MentionPool().replace(nlp, eg.reference, GazetteerNames(), gazetteer_share=1.0)
    assert replaced is not None
    ref = replaced.reference
    assert [e.label_ for e in ref.ents] == ["PER", "LOC"]
    assert ref[0].text == "Borgmester" and ref[-2:].text == "i går"


def test_core_scorer_ignores_misc() -> None:
    nlp = spacy.blank("da")
    eg = _example(nlp, ["Mette", "Hansen", "så", "Roskilde", "Festival"], [(0, 2, "PER"), (3, 5, "MISC")])
    eg.predicted.ents = [Span(eg.predicted, 0, 2, label="PER"), Span(eg.predicted, 3, 4, label="LOC")]
    scores = score_core_ents([eg])
    assert scores["ents_p"] == pytest.approx(0.5)
    assert scores["ents_r"] == pytest.approx(1.0)
    assert scores["ents_per_type"]["MISC"]["r"] == 0.0
