"""Danish public-sector gazetteers: typed views of the data files in ``gazetteers/``.

The files are UTF-8 TSV (or one-entry-per-line TXT) with ``#`` header comments that name their
sources; ``gazetteers/SOURCES.md`` summarises them. :func:`load_gazetteers` reads them once and
returns a frozen :class:`Gazetteers`. Every ``*_index`` maps a lower-cased surface form (name or
alias) to its entry, so ``gaz.municipality("Århus")`` and ``gaz.municipality("aarhus kommune")``
find the same record.

>>> gaz = load_gazetteers()
>>> gaz.municipality("Køge Kommune").code
'259'
>>> gaz.party_by_letter("Ø").name
'Enhedslisten'
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Optional, TypeVar

DATA_PACKAGE = "socdoc.lang.da"
DATA_DIR = "gazetteers"

T = TypeVar("T")


def _split(value: str) -> tuple[str, ...]:
    """Split a ';'-separated cell into stripped, non-empty parts."""
    return tuple(part.strip() for part in value.split(";") if part.strip())


def _year(value: str) -> Optional[int]:
    return int(value) if value.strip() else None


@dataclass(frozen=True)
class Municipality:
    """One of the 98 municipalities. ``name`` is the place form ("Køge")."""

    code: str
    name: str
    official_name: str
    region: str
    region_code: str
    genitive: str
    aliases: tuple[str, ...] = ()
    note: str = ""

    @property
    def forms(self) -> tuple[str, ...]:
        """Surface forms: place name, official name, genitive and aliases."""
        return (self.name, self.official_name, self.genitive, *self.aliases)


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    short: str
    aliases: tuple[str, ...] = ()
    seat: str = ""

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, self.short, *self.aliases)


@dataclass(frozen=True)
class Ministry:
    """A ministry name valid from ``from_year`` to ``to_year`` (None while in use)."""

    name: str
    from_year: Optional[int]
    to_year: Optional[int]
    minister_title: str
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def active_in(self, year: int) -> bool:
        """True when the name was in use at some point in ``year``."""
        start = self.from_year if self.from_year is not None else -10_000
        end = self.to_year if self.to_year is not None else 10_000
        return start <= year <= end


@dataclass(frozen=True)
class Organisation:
    """An agency, housing organisation, fund or NGO. ``kind`` is the file's own category."""

    name: str
    abbreviation: str = ""
    kind: str = ""
    full_name: str = ""
    municipality: str = ""
    from_year: Optional[int] = None
    to_year: Optional[int] = None
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        extra = tuple(a for a in _split(self.abbreviation) if len(a) > 1)
        full = (self.full_name,) if self.full_name else ()
        return (self.name, *full, *extra, *self.aliases)


@dataclass(frozen=True)
class PoliceDistrict:
    name: str
    short: str
    municipalities: tuple[str, ...]
    outside: bool = False

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name,)


@dataclass(frozen=True)
class Party:
    """A party with its ballot ``letter`` and the ``abbreviation`` used after names, e.g. (S)."""

    letter: str
    abbreviation: str
    name: str
    short: str
    from_year: Optional[int]
    to_year: Optional[int]
    scope: str
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, self.short, *self.aliases)


@dataclass(frozen=True)
class HousingArea:
    """A social-housing area; ``lists`` maps a list category to the years it was on it."""

    name: str
    municipality: str
    aliases: tuple[str, ...] = ()
    lists: Mapping[str, tuple[int, ...]] = field(default_factory=dict)

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def on_list(self, category: str, year: Optional[int] = None) -> bool:
        """True when the area is recorded on ``category`` (in ``year``, when given)."""
        years = self.lists.get(category)
        if years is None:
            return False
        return year is None or year in years


@dataclass(frozen=True)
class Place:
    """A town, island or neighbourhood; ``municipalities`` may hold several for islands."""

    name: str
    municipalities: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    kind: str = ""

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class WordList:
    """Words from a TXT list: exact ``words``, ``*suffix`` patterns and ``prefix …`` heads."""

    words: frozenset[str]
    suffixes: tuple[str, ...]
    prefixes: tuple[str, ...]

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and self.matches(text)

    def matches(self, text: str) -> bool:
        """True for an exact entry, a word ending in a suffix, or text starting with a prefix."""
        low = text.strip().lower()
        if low in self.words:
            return True
        # one C call finds whether any suffix ends the text; only then which (it must leave a stem)
        if low.endswith(self.suffixes) and any(low.endswith(s) and len(low) > len(s) for s in self.suffixes):
            return True
        return low.startswith(self.prefixes)


@dataclass(frozen=True)
class Gazetteers:
    """All gazetteers. Tuples keep file order; ``*_index`` maps lower-cased forms to entries."""

    municipalities: tuple[Municipality, ...]
    regions: tuple[Region, ...]
    ministries: tuple[Ministry, ...]
    agencies: tuple[Organisation, ...]
    police_districts: tuple[PoliceDistrict, ...]
    housing_organisations: tuple[Organisation, ...]
    funds: tuple[Organisation, ...]
    ngos: tuple[Organisation, ...]
    companies: tuple[Organisation, ...]
    housing_areas: tuple[HousingArea, ...]
    neighbourhoods: tuple[Place, ...]
    towns: tuple[Place, ...]
    islands: tuple[Place, ...]
    villages: tuple[Place, ...]
    foreign_cities: tuple[Place, ...]
    parties: tuple[Party, ...]
    roles: WordList
    committee_words: WordList
    unit_words: WordList
    municipality_index: Mapping[str, Municipality]
    region_index: Mapping[str, Region]
    ministry_index: Mapping[str, tuple[Ministry, ...]]
    organisation_index: Mapping[str, tuple[Organisation, ...]]
    police_index: Mapping[str, PoliceDistrict]
    housing_area_index: Mapping[str, tuple[HousingArea, ...]]
    place_index: Mapping[str, tuple[Place, ...]]
    party_index: Mapping[str, Party]
    letter_index: Mapping[str, Party]
    landscapes: tuple[Place, ...] = ()
    localities: tuple[Place, ...] = ()  # villages and hamlets below postal-district level (OpenStreetMap)

    def municipality(self, text: str) -> Optional[Municipality]:
        """Municipality for a place name, official name, genitive or alias ("Kbh.")."""
        return self.municipality_index.get(_key(text))

    def municipality_by_code(self, code: str | int) -> Optional[Municipality]:
        wanted = f"{int(code):03d}"
        return next((m for m in self.municipalities if m.code == wanted), None)

    def region(self, text: str) -> Optional[Region]:
        return self.region_index.get(_key(text))

    def ministries_named(self, text: str) -> tuple[Ministry, ...]:
        """All rows for a ministry name (a name reused in two periods has two rows)."""
        return self.ministry_index.get(_key(text), ())

    def organisations_named(self, text: str) -> tuple[Organisation, ...]:
        """Agencies, housing organisations, funds and NGOs with this name or alias."""
        return self.organisation_index.get(_key(text), ())

    def police_district(self, text: str) -> Optional[PoliceDistrict]:
        return self.police_index.get(_key(text))

    def housing_areas_named(self, text: str) -> tuple[HousingArea, ...]:
        return self.housing_area_index.get(_key(text), ())

    def places_named(self, text: str) -> tuple[Place, ...]:
        """Towns, islands and neighbourhoods with this name or alias."""
        return self.place_index.get(_key(text), ())

    def town_or_municipality(self, text: str) -> bool:
        """Whether ``text`` names a municipality or a place of the place index ("Nyborg", "Norddjurs")."""
        return self.municipality(text) is not None or bool(self.places_named(text))

    def party(self, text: str) -> Optional[Party]:
        """Party for a running-text abbreviation ("S", "K", "EL"), a ballot letter or a name.

        Abbreviations win over ballot letters: "K" is Det Konservative Folkeparti (as in
        "(K)" after a name), although K is Kristendemokraterne's ballot letter.
        """
        stripped = text.strip().strip("()")
        return (
            self.party_index.get(stripped)
            or self.letter_index.get(stripped)
            or self.party_index.get(_key(stripped))
        )

    def party_by_letter(self, letter: str) -> Optional[Party]:
        """Party for a ballot letter (partibogstav) such as "A", "Ø" or "Æ"."""
        return self.letter_index.get(letter.strip().upper())

    @property
    def municipality_names(self) -> frozenset[str]:
        return frozenset(m.name for m in self.municipalities)

    @property
    def party_letters(self) -> frozenset[str]:
        return frozenset(p.letter for p in self.parties if p.scope == "national")


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


def _data_text(filename: str) -> str:
    return resources.files(DATA_PACKAGE).joinpath(DATA_DIR, filename).read_text(encoding="utf-8")


def header_comments(filename: str) -> list[str]:
    """The leading ``#`` lines of a data file, without the ``#``."""
    lines = []
    for line in _data_text(filename).splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("#").strip())
    return lines


def read_tsv(filename: str) -> list[dict[str, str]]:
    """Rows of a TSV data file as dicts, skipping ``#`` comments and blank lines."""
    lines = [ln for ln in _data_text(filename).splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


def read_wordlist(filename: str) -> WordList:
    """Parse a TXT list into exact words, ``*suffix`` patterns and ``prefix …`` heads."""
    words, suffixes, prefixes = set(), [], []
    for line in _data_text(filename).splitlines():
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        low = entry.lower()
        if low.startswith("*"):
            suffixes.append(low[1:])
        elif low.endswith("…"):
            prefixes.append(low[:-1].rstrip() + " ")
        else:
            words.add(low)
    return WordList(frozenset(words), tuple(suffixes), tuple(prefixes))


def _parse_lists(value: str) -> dict[str, tuple[int, ...]]:
    """Parse 'ghetto:2012,2013;boligsocial' into {'ghetto': (2012, 2013), 'boligsocial': ()}."""
    result: dict[str, tuple[int, ...]] = {}
    for part in _split(value):
        category, _, years = part.partition(":")
        result[category.strip()] = tuple(int(y) for y in years.split(",") if y.strip())
    return result


def _organisation(row: Mapping[str, str]) -> Organisation:
    return Organisation(
        name=row["name"],
        abbreviation=row.get("abbreviation", ""),
        kind=row.get("kind", ""),
        full_name=row.get("full_name", ""),
        municipality=row.get("municipality", ""),
        from_year=_year(row.get("from_year", "")),
        to_year=_year(row.get("to_year", "")),
        aliases=_split(row.get("aliases", "")),
    )


def _unique_index(entries: Iterable[T]) -> Mapping[str, T]:
    """Index on every form; the first entry claiming a form keeps it."""
    index: dict[str, T] = {}
    for entry in entries:
        for form in entry.forms:  # type: ignore[attr-defined]
            index.setdefault(_key(form), entry)
    return MappingProxyType(index)


def _multi_index(entries: Iterable[T]) -> Mapping[str, tuple[T, ...]]:
    index: dict[str, list[T]] = {}
    for entry in entries:
        for form in dict.fromkeys(_key(f) for f in entry.forms):  # type: ignore[attr-defined]
            index.setdefault(form, []).append(entry)
    return MappingProxyType({k: tuple(v) for k, v in index.items()})


def _places(filename: str, kind: str = "") -> tuple[Place, ...]:
    places = []
    for row in read_tsv(filename):
        muns = row.get("municipality") or row.get("municipalities", "")
        places.append(
            Place(row["name"], _split(muns), _split(row.get("aliases", "")), row.get("kind") or kind)
        )
    return tuple(places)


@functools.lru_cache(maxsize=1)
def load_gazetteers() -> Gazetteers:
    """Read every gazetteer file once (cached) and build the lookup indexes."""
    municipalities = tuple(
        Municipality(
            r["code"], r["name"], r["official_name"], r["region"], r["region_code"],
            r["genitive"], _split(r["aliases"]), r["note"],
        )
        for r in read_tsv("municipalities.tsv")
    )
    regions = tuple(
        Region(r["code"], r["name"], r["short"], _split(r["aliases"]), r["seat"])
        for r in read_tsv("regions.tsv")
    )
    ministries = tuple(
        Ministry(r["name"], _year(r["from_year"]), _year(r["to_year"]), r["minister_title"],
                 _split(r["aliases"]))
        for r in read_tsv("ministries.tsv")
    )
    police = tuple(
        PoliceDistrict(r["name"], r["short"], _split(r["municipalities"]), r["outside"] == "yes")
        for r in read_tsv("police_districts.tsv")
    )
    parties = tuple(
        Party(r["letter"], r["abbreviation"], r["name"], r["short"], _year(r["from_year"]),
              _year(r["to_year"]), r["scope"], _split(r["aliases"]))
        for r in read_tsv("party_letters.tsv")
    )
    areas = tuple(
        HousingArea(r["name"], r["municipality"], _split(r["aliases"]),
                    MappingProxyType(_parse_lists(r["lists"])))
        for r in read_tsv("housing_areas.tsv")
    )
    agencies = tuple(_organisation(r) for r in read_tsv("agencies.tsv"))
    housing_orgs = tuple(
        _organisation({**r, "kind": "boligorganisation"}) for r in read_tsv("housing_organisations.tsv")
    )
    funds = tuple(_organisation(r) for r in read_tsv("funds.tsv"))
    ngos = tuple(_organisation(r) for r in read_tsv("ngos.tsv"))
    companies = tuple(_organisation(r) for r in read_tsv("companies.tsv"))
    neighbourhoods = _places("neighbourhoods.tsv")
    towns = _places("towns.tsv", "by")
    islands = _places("islands.tsv", "ø")
    villages = _places("villages.tsv", "by")

    municipality_index: dict[str, Municipality] = {}
    for m in municipalities:
        for form in m.forms:
            municipality_index.setdefault(_key(form), m)
    party_index: dict[str, Party] = {}
    for p in parties:
        party_index.setdefault(p.abbreviation, p)
    for p in parties:
        for form in p.forms:
            party_index.setdefault(_key(form), p)
    letter_index = {p.letter: p for p in parties if p.scope == "national"}

    return Gazetteers(
        municipalities=municipalities,
        regions=regions,
        ministries=ministries,
        agencies=agencies,
        police_districts=police,
        housing_organisations=housing_orgs,
        funds=funds,
        ngos=ngos,
        companies=companies,
        housing_areas=areas,
        neighbourhoods=neighbourhoods,
        towns=towns,
        islands=islands,
        villages=villages,
        foreign_cities=tuple(Place(r["name"], (), _split(r["aliases"]), "by i udlandet")
                             for r in read_tsv("foreign_cities.tsv")),
        parties=parties,
        roles=read_wordlist("roles.txt"),
        committee_words=read_wordlist("committee_words.txt"),
        unit_words=read_wordlist("unit_words.txt"),
        municipality_index=MappingProxyType(municipality_index),
        region_index=_unique_index(regions),
        ministry_index=_multi_index(ministries),
        organisation_index=_multi_index((*agencies, *housing_orgs, *funds, *ngos, *companies)),
        police_index=_unique_index(police),
        housing_area_index=_multi_index(areas),
        place_index=_multi_index((*towns, *islands, *neighbourhoods)),
        party_index=MappingProxyType(party_index),
        letter_index=MappingProxyType(letter_index),
        landscapes=_places("landscapes.tsv", "landsdel"),
        localities=_places("localities.tsv", "by"),
    )
