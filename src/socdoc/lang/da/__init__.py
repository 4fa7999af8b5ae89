"""Danish language data, loaded once from the files beside this module.

Each data file names its sources in a header comment. Code asks for the data through
:func:`load`, which parses every file once per process.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml


def _read_text(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def parse_yaml(text: str) -> Any:
    """``yaml.safe_load`` with libyaml's parser when it is installed (about 9× faster)."""
    return yaml.load(text, Loader=_SAFE_LOADER)


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(name: str) -> Any:
    """A data file of this folder, parsed (callers cache what they derive from it)."""
    return parse_yaml(_read_text(name))


def read_word_list(name: str) -> list[str]:
    """Lines of a word-list file, without comments and blank lines."""
    lines = (line.strip() for line in _read_text(name).splitlines())
    return [line for line in lines if line and not line.startswith("#")]


_FIRST_NAME_FILES = ("first_names.txt", "first_names_neighbours.txt", "first_names_residents.txt")


@functools.lru_cache(maxsize=1)
def first_name_words() -> frozenset[str]:
    """The first names socdoc knows: the Danish list (``first_names.txt``), the names common in
    Denmark's neighbours and among its residents (``first_names_neighbours.txt``) and the further
    first names of people living in Denmark (``first_names_residents.txt``)."""
    return frozenset(name for file in _FIRST_NAME_FILES for name in read_word_list(file))


@functools.lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """The gender ("f" or "m") most bearers of a Danish first name have (``first_name_genders.tsv``);
    names whose bearers are of both genders are not in it."""
    rows = (line.split("\t") for line in read_word_list("first_name_genders.tsv")[1:])  # after the column names
    return {name: gender for name, gender in rows}


@dataclass(frozen=True)
class DanishData:
    """All Danish word data the extractors use."""

    month_by_word: dict[str, int]
    weekdays: tuple[str, ...]
    day_parts: tuple[str, ...]
    not_day_month_after: tuple[str, ...]
    number_words: dict[str, float]
    year_counts: dict[str, int]
    multi_year_adjectives: dict[str, int]
    scales: dict[str, int]
    currencies: tuple[str, ...]
    scaled_currencies: dict[str, int]
    counted_nouns: frozenset[str]
    counted_noun_endings: tuple[str, ...]
    foreign_currencies: tuple[str, ...]
    unit_statement_before: tuple[str, ...]
    per_year_after: tuple[str, ...]
    per_year_before_words: tuple[str, ...]
    per_unit_markers: tuple[str, ...]
    per_year_links: tuple[str, ...]
    per_year_breaks: frozenset[str]
    per_year_adverbs: tuple[str, ...]
    negative_words: tuple[str, ...]
    forward_words: tuple[str, ...]
    end_verbs: tuple[str, ...]
    start_verbs: tuple[str, ...]
    transfer_words: tuple[str, ...]
    two_year_prepositions: tuple[str, ...]
    abbreviations: frozenset[str]
    as_at_words: tuple[str, ...] = ()
    deadline_words: tuple[str, ...] = ()
    ahead_words: frozenset[str] = frozenset()
    quarter_words: tuple[str, ...] = ()
    not_day_list_after: frozenset[str] = frozenset()
    calendar_cues: tuple[str, ...] = ()
    meeting_nouns: tuple[str, ...] = ()
    half_year_words: tuple[str, ...] = ()
    behind_words: frozenset[str] = frozenset()
    any_year_after: tuple[str, ...] = ()
    any_year_before: tuple[str, ...] = ()
    event_verbs: tuple[str, ...] = ()


@functools.lru_cache(maxsize=1)
def load() -> DanishData:
    """Parse the Danish data files (cached)."""
    months = read_yaml("months.yaml")
    numbers = read_yaml("numbers.yaml")
    money = read_yaml("money.yaml")
    periods = read_yaml("periods.yaml")
    month_by_word = {
        str(word).lower(): int(month) for month, words in months["months"].items() for word in words
    }
    return DanishData(
        month_by_word=month_by_word,
        weekdays=tuple(months["weekdays"]),
        day_parts=tuple(months["day_parts"]),
        not_day_month_after=tuple(str(w) for w in months["not_day_month_after"]),
        number_words={str(k): float(v) for k, v in numbers["units"].items()},
        year_counts={str(k): int(v) for k, v in numbers["year_counts"].items()},
        multi_year_adjectives={str(k): int(v) for k, v in numbers["multi_year_adjectives"].items()},
        scales={str(k): int(v) for k, v in money["scales"].items()},
        currencies=tuple(money["currencies"]),
        scaled_currencies={str(k): int(v) for k, v in money["scaled_currencies"].items()},
        counted_nouns=frozenset(money["counted_nouns"]),
        counted_noun_endings=tuple(money["counted_noun_endings"]),
        foreign_currencies=tuple(money["foreign_currencies"]),
        unit_statement_before=tuple(money["unit_statement_before"]),
        per_year_after=tuple(money["per_year_after"]),
        per_year_before_words=tuple(money["per_year_before_words"]),
        per_unit_markers=tuple(money["per_unit_markers"]),
        per_year_links=tuple(money["per_year_links"]),
        per_year_breaks=frozenset(money["per_year_breaks"]),
        per_year_adverbs=tuple(money["per_year_adverbs"]),
        negative_words=tuple(money["negative_words"]),
        forward_words=tuple(periods["forward_words"]),
        end_verbs=tuple(periods["end_verbs"]),
        start_verbs=tuple(periods["start_verbs"]),
        transfer_words=tuple(periods["transfer_words"]),
        two_year_prepositions=tuple(periods["two_year_prepositions"]),
        quarter_words=tuple(str(w) for w in periods.get("quarter_words", ())),
        half_year_words=tuple(str(w) for w in periods.get("half_year_words", ())),
        abbreviations=frozenset(read_word_list("abbreviations.txt")),
        as_at_words=tuple(str(w) for w in months["as_at_words"]),
        deadline_words=tuple(str(w) for w in months.get("deadline_words", ())),
        ahead_words=frozenset(str(w) for w in months.get("ahead_words", ())),
        not_day_list_after=frozenset(str(w) for w in months.get("not_day_list_after", ())),
        calendar_cues=tuple(str(w) for w in months.get("calendar_cues", ())),
        meeting_nouns=tuple(str(w) for w in months.get("meeting_nouns", ())),
        behind_words=frozenset(str(w) for w in months.get("behind_words", ())),
        any_year_after=tuple(str(w) for w in months.get("any_year_after", ())),
        any_year_before=tuple(str(w) for w in months.get("any_year_before", ())),
        event_verbs=tuple(str(w) for w in months.get("event_verbs", ())),
    )
