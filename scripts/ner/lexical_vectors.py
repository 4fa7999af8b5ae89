"""Lexical features as a small static-vectors table for the NER model.

Each row holds a few binary or graded facts about a lower-cased word, taken from data the project
ships or builds openly: the hunspell-da word list (common word / only capitalised, i.e. a proper
name), first names and surnames, place and organisation gazetteers, organisation cue words and
endings, and (only with ``--train-counts``, worse on dev) counts in the UNER training text.
With ``--word-freq`` a twelfth column grades each word by its frequency in general Danish, read from
wordfreq's Danish list (``small_da.msgpack.gz`` in the ``wordfreq`` wheel, CC BY-SA 4.0; not part of
the repository).
spaCy's ``StaticVectors`` looks the table up by the vectors' key attribute, which spaCy 3.8 saves
only for floret vectors: a loaded default table is keyed by ORTH. So each word is entered in three
spellings (lower, Capitalised, UPPER) pointing to the same row. A word not in the table gets the
zero vector, which is itself a cue (a rare or foreign word). Many words share one row, so the
table stays small.

Usage (from the repository root)::

    .venv/bin/python scripts/ner/lexical_vectors.py --data ../shared/data/danish-ner --output training/ner/lexical_vectors
"""

from __future__ import annotations

import argparse
import csv
import gzip
import math
import re
import sys
from collections import Counter
from pathlib import Path

import numpy
import spacy
import srsly
from spacy.strings import hash_string
from spacy.vectors import Vectors

SCRIPTS = Path(__file__).resolve().parents[1]
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from ner.corpus import SPLITS, UNER_DIR, read_iob2  # noqa: E402
from ner.gazetteer import GAZETTEER_DIR, SOURCES, read_column  # noqa: E402

LANG_DIR = GAZETTEER_DIR.parent
FEATURES = (
    "known",  # in the table at all (1 for every key)
    "common",  # a lower-case entry of the word list
    "proper_only",  # only a capitalised entry in the word list
    "proper_any",  # a capitalised entry (perhaps also a lower-case one)
    "first_name",
    "surname",
    "place_token",  # a token of a place name in the gazetteers
    "org_token",  # a token of an organisation name in the gazetteers
    "org_cue",  # an organisation cue word or ending (ner_org_cues.txt)
    "train_freq",  # log count in the UNER training text, scaled to 0..1
    "train_capital",  # share of capitalised occurrences not at the start of a sentence
)
# Appended only when a general word-frequency list is given (``--word-freq``), so tables without it
# keep their 11 columns.
GENERAL_FREQ = "general_freq"  # Zipf frequency in general Danish, graded (zipf - 2) / 6 to 0.1; 0 if unlisted
TOKEN_RE = re.compile(r"[\w.&/'-]+")


def _lines(path: Path) -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip() and not line.startswith("#")]


def _tokens(name: str) -> list[str]:
    """Lower-cased capitalised tokens of a name ("Fag og Arbejde" -> "fag", "arbejde")."""
    return [tok.lower() for tok in TOKEN_RE.findall(name) if tok[:1].isupper()]


def word_list_features() -> tuple[set[str], set[str]]:
    """Lower-cased words with a lower-case entry, and with a capitalised entry, in danish_words."""
    common: set[str] = set()
    proper: set[str] = set()
    for line in _lines(LANG_DIR / "gazetteers" / "danish_words.txt.gz"):
        word = line.split()[0]
        (proper if word[:1].isupper() else common).add(word.lower())
    return common, proper


def person_names() -> tuple[set[str], set[str]]:
    first = {name.lower() for name in _lines(LANG_DIR / "first_names.txt")}
    surnames: set[str] = set()
    path = LANG_DIR / "gazetteers" / "person_names.tsv"
    rows = csv.DictReader(_lines(path), delimiter="\t")
    for row in rows:
        (first if row["kind"] == "first" else surnames).add(row["name"].lower())
    surnames |= {name.lower() for name in _lines(LANG_DIR / "gazetteers" / "person_name_words.txt")}
    return first, surnames


def gazetteer_tokens(label: str) -> set[str]:
    return {
        tok
        for file, column in SOURCES[label]
        for name in read_column(GAZETTEER_DIR / file, column)
        for tok in _tokens(name)
        if len(tok) > 1
    }


def org_cues() -> tuple[set[str], tuple[str, ...]]:
    words, endings = set(), []
    for cue in _lines(LANG_DIR / "ner_org_cues.txt"):
        if cue.startswith("-"):
            endings.append(cue[1:])
        else:
            words.add(cue)
    return words, tuple(endings)


def train_counts(data_dir: Path) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Counts of lower-cased tokens in the UNER train split: all, not sentence-initial, capitalised there."""
    total: Counter[str] = Counter()
    inner: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for sentence in read_iob2(data_dir / UNER_DIR / SPLITS["train"]):
        for i, word in enumerate(sentence.words):
            low = word.lower()
            total[low] += 1
            if i > 0 and word[:1].isalpha():
                inner[low] += 1
                capital[low] += word[:1].isupper()
    return total, inner, capital


def general_frequencies(path: Path) -> dict[str, float]:
    """Zipf frequency (log10 of occurrences per billion words) of each word of a wordfreq list.

    wordfreq's ``cB`` format is a msgpack list: a header, then one list of (lower-cased) words per
    centibel of frequency, the n-th list holding the words of frequency 10 ** (-n / 100)."""
    with gzip.open(path, "rb") as handle:
        data = srsly.msgpack_loads(handle.read())
    header, buckets = data[0], data[1:]
    if header.get("format") != "cB":
        raise ValueError(f"{path}: not a wordfreq cB list")
    return {word: 9.0 - index / 100 for index, bucket in enumerate(buckets) for word in bucket}


def frequency_grade(zipf: float | None) -> float:
    """0 for a word outside the list; otherwise (zipf - 2) / 6 in steps of 0.1 (the list's rarest 0.2)."""
    return 0.0 if zipf is None else round(min(1.0, max(0.1, (zipf - 2.0) / 6.0)), 1)


def build_table(
    data_dir: Path, train_counts_too: bool = False, names_not_common: bool = False, word_freq: Path | None = None
) -> dict[str, tuple[float, ...]]:
    """Feature tuple per lower-cased word (without ``train_counts_too``, the two count features are 0
    and words seen only in the training text are left out, so train and new text look alike).

    With ``names_not_common``, a first name or surname is not marked as a common word even if the
    word list has it in lower case ("Skov", "Bak", "Per"), so a name made of such words looks like
    a name rather than a row of capitalised common nouns (what organisation names look like).

    With ``word_freq`` (a wordfreq list), each tuple gets a twelfth value, the word's graded general
    frequency (``GENERAL_FREQ``), and the list's words join the table."""
    common, proper = word_list_features()
    first, surnames = person_names()
    places, orgs = gazetteer_tokens("LOC"), gazetteer_tokens("ORG")
    cue_words, cue_endings = org_cues()
    total, inner, capital = train_counts(data_dir) if train_counts_too else (Counter(), Counter(), Counter())
    max_log = math.log1p(max(total.values(), default=1))
    general = general_frequencies(word_freq) if word_freq else {}
    words = common | proper | first | surnames | places | orgs | cue_words | set(total) | set(general)
    table: dict[str, tuple[float, ...]] = {}
    for word in words:
        freq = round(math.log1p(total[word]) / max_log, 1)
        cap = round(capital[word] / inner[word], 1) if inner[word] else 0.0
        is_cue = word in cue_words or (word.endswith(cue_endings) and word.isalpha())
        is_name = word in first or word in surnames
        table[word] = (
            1.0,
            float(word in common and not (names_not_common and is_name)),
            float(word in proper and word not in common),
            float(word in proper),
            float(word in first),
            float(word in surnames),
            float(word in places),
            float(word in orgs),
            float(is_cue),
            freq,
            cap,
        ) + ((frequency_grade(general.get(word)),) if word_freq else ())
    return table


def spellings(word: str) -> set[str]:
    """The lower-case, capitalised and upper-case spellings of a lower-cased word."""
    return {word, word[:1].upper() + word[1:], word.upper()}


def build_vectors(table: dict[str, tuple[float, ...]]) -> Vectors:
    """A ``Vectors`` keyed by ORTH whose words share one row per distinct feature tuple."""
    rows = sorted(set(table.values()))
    row_of = {features: i for i, features in enumerate(rows)}
    vectors = Vectors(data=numpy.asarray(rows, dtype="float32"))
    for word in sorted(table):
        for form in sorted(spellings(word)):
            vectors.add(hash_string(form), row=row_of[table[word]])
    return vectors


def write_vectors(
    data_dir: Path,
    output: Path,
    train_counts_too: bool = False,
    names_not_common: bool = False,
    word_freq: Path | None = None,
) -> Path:
    """Write a blank ``da`` pipeline holding only the lexical-features table to ``output``."""
    table = build_table(data_dir, train_counts_too, names_not_common, word_freq)
    nlp = spacy.blank("da")
    nlp.vocab.vectors = build_vectors(table)
    output.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    shape = nlp.vocab.vectors.shape
    print(f"lexical features: {len(table)} words, {shape[0]} rows x {shape[1]} features -> {output}")
    return output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="folder holding uner-ddt/")
    parser.add_argument("--output", type=Path, required=True, help="pipeline folder to write (vectors only)")
    parser.add_argument(
        "--train-counts",
        action="store_true",
        help="add two features counted on the UNER training text (worse on dev: see docs/training.md)",
    )
    parser.add_argument(
        "--names-not-common",
        action="store_true",
        help="do not mark first names and surnames as common words ('Skov', 'Bak')",
    )
    parser.add_argument(
        "--word-freq",
        type=Path,
        help="wordfreq's Danish list (small_da.msgpack.gz): add a graded general-frequency column",
    )
    args = parser.parse_args()
    write_vectors(args.data, args.output, args.train_counts, args.names_not_common, args.word_freq)


if __name__ == "__main__":
    main()
