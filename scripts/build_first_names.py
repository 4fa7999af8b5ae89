"""Build ``src/socdoc/lang/da/first_names_residents.txt`` from DaCy's name lookup table.

Source: ``dacy/resources/lookup_tables/names.csv`` of the DaCy package (Apache-2.0): the first
names of people in Denmark with their counts (Danmarks Statistik, 2021, through the name research
centre's top lists) and Muslim first names in Denmark (Meldgaard, 2005). Kept: first names of three
letters or more that ``first_names.txt`` and ``first_names_neighbours.txt`` do not already hold, that
are not an abbreviated name ("Chr"), a surname as well ("Rose"), a middle or surname by its ending
("Ankjær"), a Danish common word in any case ("Andre", "Gul") nor a place of the gazetteers ("Tyge" is
kept, "Vejle" is a town).

The same table gives ``first_name_genders.tsv``: each Danish first name's gender where 90 % of its
bearers have it.

Run: ``pip download --no-deps dacy && python scripts/build_first_names.py dacy-*.whl``.
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from pathlib import Path

from socdoc.extractors.entities import _lexicon, common_word, cues
from socdoc.extractors.name_runs import cues as name_run_cues
from socdoc.lang.da import read_word_list
from socdoc.lang.da.gazetteers import load_gazetteers

# a first name that the table lists as a surname too is kept when this many times more people bear it as a first name
_FIRST_OVER_SURNAME = 5
TABLE = "dacy/resources/lookup_tables/names.csv"
OUT = Path(__file__).resolve().parents[1] / "src/socdoc/lang/da/first_names_residents.txt"
GENDERS_OUT = OUT.with_name("first_name_genders.tsv")
# a first name's gender is written when at least this share of its bearers have it ("Kim" m; "Lykke" none)
_GENDER_SHARE = 0.9
GENDERS_HEADER = """\
# The gender most bearers of a Danish first name have (f or m; none where neither holds 90 %): two first names
# of one gender in one item of a first-name list are one person ("Svend Erik"), of two genders two ("Inger
# Søren"). Source: the names lookup table of the DaCy package (Apache-2.0 licence; Danmarks Statistik's first
# names of 2021 by gender), taken 2026 by scripts/build_first_names.py.
name\tgender
"""
HEADER = """\
# First names of people living in Denmark beyond first_names.txt and first_names_neighbours.txt ("Vibe",
# "Estrid", "Povl", "Youssef"): one signal of where a personal name begins and that a model name is a person.
# Source: the names lookup table of the DaCy package (Apache-2.0 licence; its Danish first names are Danmarks
# Statistik's of 2021, its Muslim first names Meldgaard 2005), taken 2026 by scripts/build_first_names.py; left
# out are names already in the other two lists, names of fewer than three letters, abbreviations ("Chr"), names
# that are surnames too ("Rose") or end like one ("Ankjær"), and names that are a Danish common word or a place.
"""


def _rows(wheel: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(TABLE).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _is_place(name: str) -> bool:
    gaz = load_gazetteers()
    return bool(gaz.places_named(name) or gaz.municipality(name) or gaz.region(name)
                or any(p.name == name for p in gaz.localities + gaz.landscapes))


def build(wheel: Path) -> list[str]:
    known = set(read_word_list("first_names.txt")) | set(read_word_list("first_names_neighbours.txt"))
    counts: dict[tuple[str, bool], float] = {}
    for row in _rows(wheel):
        key = (row["name"].strip(), row["first_name"] == "True")
        counts[key] = counts.get(key, 0.0) + float(row["count"] or 0)
    abbreviations = {w.rstrip(".") for w in cues()["parties"]["name_abbreviations"]}
    common, _ = _lexicon()
    surname_endings = tuple(name_run_cues()["surname_endings"]) + tuple(name_run_cues()["middle_name_endings"])
    return sorted(
        name for (name, first), count in counts.items()
        if first and count >= _FIRST_OVER_SURNAME * counts.get((name, False), 0.0)  # "Rose", "Boye": a surname too
        and not name.lower().endswith(surname_endings)  # "Ankjær", "Lindhardt": middle names, surnames
        and len(name) >= 3 and name.replace("-", "").isalpha() and name[:1].isupper()
        and name not in known and name not in abbreviations  # "Chr"
        and not common_word(name) and name.lower() not in common  # "Andre", "Mine", "Gul": words too
        and not _is_place(name)
    )


def genders(wheel: Path) -> dict[str, str]:
    """The gender most bearers of each Danish first name have ("f" or "m"), where at least
    ``_GENDER_SHARE`` of them have it."""
    by_name: dict[str, dict[str, float]] = {}
    for row in _rows(wheel):
        if row["first_name"] == "True" and row["ethnicity"] == "danish" and row["gender"] in ("female", "male"):
            shares = by_name.setdefault(row["name"].strip(), {})
            shares[row["gender"]] = shares.get(row["gender"], 0.0) + float(row["count"] or 0)
    out: dict[str, str] = {}
    for name, shares in by_name.items():
        gender, count = max(shares.items(), key=lambda kv: kv[1])
        if len(name) >= 2 and name[:1].isupper() and name.replace("-", "").isalpha() \
                and count >= _GENDER_SHARE * sum(shares.values()):
            out[name] = gender[0]
    return out


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        raise SystemExit(__doc__)
    names = build(Path(argv[0]))
    OUT.write_text(HEADER + "".join(f"{n}\n" for n in names), encoding="utf-8")
    print(f"{len(names)} names written to {OUT}")
    table = genders(Path(argv[0]))
    GENDERS_OUT.write_text(GENDERS_HEADER + "".join(f"{n}\t{g}\n" for n, g in sorted(table.items())), encoding="utf-8")
    print(f"{len(table)} genders written to {GENDERS_OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
