"""Tests for the NER training helpers in ``scripts/ner`` (corpus tags, gazetteer names, scorer,
lexical-features vectors)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
import spacy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span
from spacy.training import Example

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from ner.augment import MentionPool, attendance_list, heading_line, plain_word_people  # noqa: E402
from ner.corpus import _merge_tags  # noqa: E402
from ner.gazetteer import GazetteerNames  # noqa: E402
from ner.lexical_vectors import FEATURES, build_table, build_vectors, frequency_grade  # noqa: E402
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


def test_plain_word_people_keeps_titles_outside_the_name() -> None:
    random.seed(5)
    nlp = spacy.blank("da")
    names = GazetteerNames()
    eg = _example(
        nlp,
        ["Det", "fortalte", "formand", "Lise", "Holm", "til", "Viborg", "Kommune", "."],
        [(3, 5, "PER"), (6, 8, "ORG")],
    )
    for _ in range(20):
        ref = plain_word_people(nlp, eg.reference, names, title_share=1.0).reference
        person, org = ref.ents
        assert person.label_ == "PER" and org.text == "Viborg Kommune" and org.label_ == "ORG"
        assert ref[person.start - 1].text == "Formand"  # the title is capitalised, not part of the name
        assert 2 <= len(person) <= 3 and all(t.text[:1].isupper() for t in person)
    people = {names.plain_word_person() for _ in range(200)}
    assert any(p.split()[-1] in names.word_names for p in people)
    assert any(len(p.split()) == 3 for p in people)


def test_attendance_list_has_one_person_per_line() -> None:
    random.seed(7)
    nlp = spacy.blank("da")
    names = GazetteerNames()
    for _ in range(20):
        ref = attendance_list(nlp, names, title_share=0.5).reference
        lines = [line for line in ref.text.split("\n") if line]
        assert len(ref.ents) == len(lines) >= 2
        for ent, line in zip(ref.ents, lines):
            assert ent.label_ == "PER" and ent.text in line
            before = line[: line.index(ent.text)].split()
            assert len(before) <= 1 and all(word in names.roles for word in before)


def test_heading_line_is_outside_every_name() -> None:
    random.seed(11)
    nlp = spacy.blank("da")
    eg = _example(
        nlp,
        ["Udvalget", "drøftede", "budgettet", "med", "Viborg", "Kommune", "og", "Lise", "Holm", "."],
        [(4, 6, "ORG"), (7, 9, "PER")],
    )
    for _ in range(20):
        ref = heading_line(nlp, eg.reference).reference
        heading, body = ref.text.split("\n", 1)
        assert heading and all(word[:1].isupper() for word in heading.split())
        assert body == eg.reference.text
        assert [(e.text, e.label_) for e in ref.ents] == [("Viborg Kommune", "ORG"), ("Lise Holm", "PER")]
        assert not any(word in ("Viborg", "Lise", "Holm", "Kommune") for word in heading.split())


def test_core_scorer_ignores_misc() -> None:
    nlp = spacy.blank("da")
    eg = _example(nlp, ["Mette", "Hansen", "så", "Roskilde", "Festival"], [(0, 2, "PER"), (3, 5, "MISC")])
    eg.predicted.ents = [Span(eg.predicted, 0, 2, label="PER"), Span(eg.predicted, 3, 4, label="LOC")]
    scores = score_core_ents([eg])
    assert scores["ents_p"] == pytest.approx(0.5)
    assert scores["ents_r"] == pytest.approx(1.0)
    assert scores["ents_per_type"]["MISC"]["r"] == 0.0


def _feature(table: dict[str, tuple[float, ...]], word: str, name: str) -> float:
    return table[word][FEATURES.index(name)]


@pytest.fixture(scope="module")
def lexical_table() -> dict[str, tuple[float, ...]]:
    return build_table(Path("unused: no training counts"))


@pytest.mark.parametrize(
    ("word", "on", "off"),
    [
        ("kommune", ("common", "org_cue"), ("proper_only", "first_name")),
        ("energiministeriet", ("org_cue",), ("first_name", "surname")),
        ("boligforeningen", ("org_cue",), ("first_name", "place_token")),
        ("viborg", ("place_token", "proper_only"), ("common", "org_cue")),
        ("hansen", ("surname", "proper_only"), ("common", "place_token")),
        ("mette", ("first_name",), ("org_cue",)),
    ],
)
def test_lexical_features(
    lexical_table: dict[str, tuple[float, ...]], word: str, on: tuple[str, ...], off: tuple[str, ...]
) -> None:
    assert _feature(lexical_table, word, "known") == 1.0
    assert all(_feature(lexical_table, word, name) == 1.0 for name in on)
    assert all(_feature(lexical_table, word, name) == 0.0 for name in off)
    assert _feature(lexical_table, word, "train_freq") == 0.0


def test_names_of_common_words_are_surnames_and_optionally_not_common(
    lexical_table: dict[str, tuple[float, ...]]
) -> None:
    assert _feature(lexical_table, "skov", "surname") == 1.0
    assert _feature(lexical_table, "skov", "common") == 1.0
    restricted = build_table(Path("unused"), names_not_common=True)
    assert _feature(restricted, "skov", "common") == 0.0 and _feature(restricted, "skov", "surname") == 1.0
    assert _feature(restricted, "kommune", "common") == 1.0


def test_general_frequency_column_from_a_wordfreq_list(tmp_path: Path) -> None:
    import gzip

    import srsly

    # wordfreq's cB format: a header, then the words of each centibel of frequency (10 ** (-n / 100))
    buckets: list[list[str]] = [[] for _ in range(601)]
    buckets[200] = ["og"]  # Zipf 7.0
    buckets[450] = ["kommune"]  # Zipf 4.5
    buckets[600] = ["nyord"]  # Zipf 3.0, the list's rarest
    path = tmp_path / "small_da.msgpack.gz"
    path.write_bytes(gzip.compress(srsly.msgpack_dumps([{"format": "cB", "version": 1}] + buckets)))
    table = build_table(Path("unused"), word_freq=path)
    assert len(table["kommune"]) == len(FEATURES) + 1
    assert table["og"][-1] == frequency_grade(7.0) == 0.8
    assert table["kommune"][-1] == 0.4 and table["nyord"][-1] == 0.2
    assert table["nyord"][0] == 1.0  # the list's words join the table
    assert table["hansen"][-1] == 0.0  # not in the list
    assert len(build_table(Path("unused"))["kommune"]) == len(FEATURES)  # without a list: 11 columns


def test_lexical_vectors_share_rows_and_match_three_spellings() -> None:
    kommune = (1.0,) + (0.0,) * (len(FEATURES) - 1)
    vectors = build_vectors({"kommune": kommune, "region": kommune, "viborg": (1.0, 0.5) + (0.0,) * 9})
    assert vectors.shape == (2, len(FEATURES))
    doc = spacy.blank("da")("KOMMUNE Kommune kommune Region Viborg KoMMune Silkeborg")
    rows = list(vectors.find(keys=doc.to_array(ORTH)))
    assert rows[:4] == [rows[0]] * 4 and rows[0] >= 0
    assert rows[4] >= 0 and rows[4] != rows[0]
    assert rows[5:] == [-1, -1]  # other spellings and unknown words get the zero vector


def test_socdoc_pipeline_keeps_the_static_vectors_of_a_trained_model(tmp_path: Path) -> None:
    """A model trained with lexical features works when socdoc sources its tok2vec and ner."""
    from socdoc.pipeline import _build

    nlp = spacy.blank("da")
    nlp.vocab.vectors = build_vectors({"kommune": (1.0,) * len(FEATURES), "lise": (1.0, 0.5) + (0.0,) * 9})
    model = {
        "@architectures": "spacy.HashEmbedCNN.v2",
        "pretrained_vectors": True,  # MultiHashEmbed with include_static_vectors
        "width": 32,
        "depth": 1,
        "embed_size": 100,
        "window_size": 1,
        "maxout_pieces": 2,
        "subword_features": False,
    }
    nlp.add_pipe("tok2vec", config={"model": model})
    nlp.add_pipe("ner", config={"model": {"tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": 32}}})
    eg = _example(nlp, ["Lise", "Holm", "fra", "Viborg", "Kommune"], [(0, 2, "PER"), (3, 5, "ORG")])
    nlp.initialize(lambda: [eg])
    nlp.to_disk(tmp_path / "model")

    socdoc_nlp = _build(tmp_path / "model")
    assert socdoc_nlp.vocab.vectors.shape == (2, len(FEATURES))
    doc = socdoc_nlp("Lise Holm fra Viborg Kommune deltog i mødet.")
    assert all(e.label_ in {"PER", "ORG"} for e in doc.ents)
