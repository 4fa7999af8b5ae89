"""Build ``src/socdoc/lang/da/gazetteers/localities.tsv``: Danish villages and hamlets below
postal-district level, from OpenStreetMap place nodes.

Source: the OpenStreetMap extract of Denmark in the public repository ObiWanLansi/GeoData
(``Europe/denmark.sqlite.zip``, planet data of 2019-09-04; table ``NODE`` with ``TAG = 'place'``).
OpenStreetMap data is © OpenStreetMap contributors and licensed under the Open Database License
(ODbL 1.0); the derived list is distributed under the ODbL, file by file, so the rest of socdoc keeps
its MIT licence.

Kept: nodes tagged ``place=village`` or ``hamlet`` (not ``suburb``: often named like its streets)
whose name is a Danish place name's shape (capitalised words, at least four letters) and that no
other gazetteer lists already. Left
out, for precision (these names would be read as places after a locative word): names that are
common words of the Danish word list (``danish_words.txt.gz``: "Lunden", "Sig", "Lem"), first
names, surnames, patronymic "-sen" names, street names and farm or building names ("-gård").

Run: ``PYTHONPATH=src python scripts/build_localities.py denmark.sqlite [OUT]`` (unzip the
repository's ``denmark.sqlite.zip`` first).
"""

from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

HEADER = """\
# Danish villages and hamlets (landsbyer, bebyggelser) that no other gazetteer lists: places below
# postal-district level. Source: OpenStreetMap place nodes (place=village, place=hamlet)
# of Denmark, as extracted 2019-09-04 in the public repository ObiWanLansi/GeoData
# (Europe/denmark.sqlite.zip). Data (c) OpenStreetMap contributors, Open Database License (ODbL 1.0):
# this file alone is distributed under the ODbL. Built by scripts/build_localities.py, which leaves out
# common words of the Danish word list, first names, surnames, street and farm names.
# These names count as places only where villages do (after a locative word, closing an agenda
# title, beside a person in a member list), see areas.py.
# Columns: name, kind (OpenStreetMap place value).
name\tkind
"""

_SHAPE = re.compile(r"[A-ZÆØÅ][a-zæøåéü]+(?:[ -](?:[A-ZÆØÅ][a-zæøåéü]+|og))*")
_KINDS = ("village", "hamlet")  # suburbs are often named like their streets ("Vestermarken")
_FARM = re.compile(r"(?:gård|gårde|gaard|gaarde|gården|hus|mølle|skov|vej|gade|allé|alle|plads|torv|sti)$")


def _listed() -> set[str]:
    """Forms the other gazetteers already hold."""
    from socdoc.lang.da.gazetteers import load_gazetteers

    gaz = load_gazetteers()
    forms: set[str] = set()
    for entries in (gaz.towns, gaz.villages, gaz.islands, gaz.neighbourhoods, gaz.landscapes, gaz.housing_areas):
        for entry in entries:
            forms.update(entry.forms)
    for m in gaz.municipalities:
        forms.update(m.forms)
    return forms


def _person_or_word(name: str) -> bool:
    from socdoc.extractors.entities import common_word
    from socdoc.extractors.name_runs import known_surname
    from socdoc.extractors.people import first_names

    words = name.split()
    if len(words) == 1:
        return (common_word(name) or name in first_names() or known_surname(name) or name.endswith("sen")
                or name.lower().endswith("ssen"))
    return words[0] in first_names() and (known_surname(words[-1]) or words[-1].endswith("sen"))


def build(sqlite: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(sqlite)
    rows = con.execute(
        "SELECT NAME, VALUE FROM NODE WHERE TAG = 'place' AND NAME IS NOT NULL AND VALUE IN (?, ?)", _KINDS
    ).fetchall()
    listed = _listed()
    best: dict[str, str] = {}
    for name, kind in rows:
        name = " ".join(name.split())
        if len(name) < 4 or not _SHAPE.fullmatch(name) or name in listed:
            continue
        if _FARM.search(name.lower()) or _person_or_word(name):
            continue
        if best.get(name) != "village":  # a name both a village and a hamlet: the village
            best[name] = kind
    return sorted(best.items())


def main(argv: list[str]) -> None:
    sqlite = Path(argv[1]) if len(argv) > 1 else Path("denmark.sqlite")
    out = Path(argv[2]) if len(argv) > 2 else Path(__file__).resolve().parents[1] / "src/socdoc/lang/da/gazetteers/localities.tsv"
    rows = build(sqlite)
    out.write_text(HEADER + "".join(f"{n}\t{k}\n" for n, k in rows), encoding="utf-8")
    print(f"{len(rows)} localities written to {out}")


if __name__ == "__main__":
    main(sys.argv)
