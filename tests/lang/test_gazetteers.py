"""Integrity tests for the Danish gazetteer data files and their loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from socdoc.lang.da import gazetteers as gz

DATA = Path(gz.__file__).with_name("gazetteers")
TSV_FILES = sorted(p.name for p in DATA.glob("*.tsv"))
TXT_FILES = sorted(p.name for p in DATA.glob("*.txt"))


@pytest.fixture(scope="module")
def gaz() -> gz.Gazetteers:
    return gz.load_gazetteers()


def test_all_expected_files_exist() -> None:
    expected = {
        "municipalities.tsv", "regions.tsv", "ministries.tsv", "agencies.tsv",
        "police_districts.tsv", "housing_organisations.tsv", "funds.tsv", "ngos.tsv",
        "housing_areas.tsv", "neighbourhoods.tsv", "towns.tsv", "islands.tsv",
        "party_letters.tsv", "roles.txt", "committee_words.txt", "unit_words.txt", "SOURCES.md",
    }
    assert expected <= {p.name for p in DATA.iterdir()}


@pytest.mark.parametrize("name", TSV_FILES + TXT_FILES)
def test_file_is_utf8_with_source_header(name: str) -> None:
    raw = (DATA / name).read_bytes()
    text = raw.decode("utf-8")
    assert "\r" not in text and not text.startswith("\ufeff")
    header = gz.header_comments(name)
    assert header, f"{name} has no header comment"
    assert any("ource" in line for line in header), f"{name} header names no source"
    assert any(str(year) in " ".join(header) for year in range(2018, 2031))


@pytest.mark.parametrize("name", TSV_FILES)
def test_tsv_rows_have_names_and_no_duplicates(name: str) -> None:
    rows = gz.read_tsv(name)
    assert rows
    key = "letter" if name == "party_letters.tsv" else "name"
    header_len = len(rows[0])
    for row in rows:
        assert None not in row, f"{name}: too many cells in {row}"
        assert len(row) == header_len
        assert row[key], f"{name}: blank {key}"
        assert row[key] == row[key].strip()
    if name == "ministries.tsv":  # a name reused in two periods has two rows
        keys = [(r["name"], r["from_year"]) for r in rows]
    elif name == "party_letters.tsv":  # letters are unique within one electoral system (Denmark, Greenland)
        keys = [(r[key].lower(), r["scope"]) for r in rows]
    else:
        keys = [r[key].lower() for r in rows]
    assert len(keys) == len(set(keys)), f"{name}: duplicates"


@pytest.mark.parametrize("name", TXT_FILES)
def test_word_lists_have_no_duplicates(name: str) -> None:
    entries = [
        line.strip().lower()
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(entries) == len(set(entries))


def test_municipalities(gaz: gz.Gazetteers) -> None:
    assert len(gaz.municipalities) == 98
    codes = [m.code for m in gaz.municipalities]
    assert len(set(codes)) == 98 and all(len(c) == 3 and c.isdigit() for c in codes)
    assert len({m.name for m in gaz.municipalities}) == 98
    assert {m.region for m in gaz.municipalities} == {r.name for r in gaz.regions}
    assert gaz.municipality("Københavns Kommune").name == "København"
    assert gaz.municipality("Bornholms Regionskommune").code == "400"
    assert gaz.municipality("Nordfyns Kommune").name == "Nordfyn"
    assert gaz.municipality("Århus").name == "Aarhus"
    assert gaz.municipality("Høje Taastrup").name == "Høje-Taastrup"
    assert gaz.municipality_by_code(259).name == "Køge"
    assert gaz.municipality("Aarhus").genitive == "Aarhus'"


def test_regions(gaz: gz.Gazetteers) -> None:
    assert len(gaz.regions) == 5
    assert gaz.region("Region H").name == "Region Hovedstaden"
    assert gaz.region("Nordjylland").code == "1081"


def test_police_districts_cover_every_municipality_once(gaz: gz.Gazetteers) -> None:
    inside = [d for d in gaz.police_districts if not d.outside]
    assert len(inside) == 12
    covered = [m for d in inside for m in d.municipalities]
    assert sorted(covered) == sorted(gaz.municipality_names)
    assert gaz.police_district("Midt- og Vestsjællands Politi").short == "Midt- og Vestsjælland"


def test_party_letters(gaz: gz.Gazetteers) -> None:
    assert {"A", "B", "C", "F", "I", "O", "V", "Æ", "Ø", "Å"} <= gaz.party_letters
    assert gaz.party_by_letter("A").name == "Socialdemokratiet"
    assert gaz.party_by_letter("æ").name == "Danmarksdemokraterne"
    assert gaz.party("(S)").name == "Socialdemokratiet"
    assert gaz.party("K").name == "Det Konservative Folkeparti"
    assert gaz.party("Enhedslisten").letter == "Ø"
    assert any(p.scope == "local" for p in gaz.parties)


def test_ministries(gaz: gz.Gazetteers) -> None:
    names = {m.name for m in gaz.ministries}
    for name in (
        "Økonomi- og Indenrigsministeriet", "Social-, Børne- og Integrationsministeriet",
        "Social- og Integrationsministeriet", "Børne- og Socialministeriet",
        "Social- og Indenrigsministeriet", "Social- og Ældreministeriet", "Social- og Boligministeriet",
        "Indenrigs- og Boligministeriet", "Transport- og Boligministeriet",
        "Transport-, Bygnings- og Boligministeriet", "Udlændinge- og Integrationsministeriet",
        "Beskæftigelsesministeriet", "Børne- og Undervisningsministeriet", "Finansministeriet",
        "Justitsministeriet", "Sundheds- og Ældreministeriet",
    ):
        assert name in names, name
    for m in gaz.ministries:
        assert m.from_year is not None
        assert m.to_year is None or m.to_year >= m.from_year
        assert m.minister_title and m.minister_title == m.minister_title.lower()
    (sbi,) = gaz.ministries_named("Social- Børne- og Integrationsministeriet")
    assert sbi.active_in(2013) and not sbi.active_in(2016)


def test_organisations(gaz: gz.Gazetteers) -> None:
    assert len(gaz.housing_organisations) >= 35
    assert len(gaz.ngos) >= 50
    assert len(gaz.funds) >= 30
    for name in ("Landsbyggefonden", "Arbejdsmarkedets Feriefond", "Dansk Idræts Forbund",
                 "Dansk Folkehjælp", "Arbejdsmarkedsstyrelsen", "Dansk Socialrådgiverforening"):
        assert gaz.organisations_named(name), name
    assert gaz.organisations_named("DIF")[0].name == "Dansk Idræts Forbund"
    assert gaz.organisations_named("kommunernes landsforening")[0].name == "KL"


def test_housing_areas(gaz: gz.Gazetteers) -> None:
    assert len(gaz.housing_areas) >= 80
    known = gaz.municipality_names
    for area in gaz.housing_areas:
        assert area.municipality in known, area
        assert area.lists, area
    ghetto_2019 = [a for a in gaz.housing_areas if a.on_list("ghetto", 2019)]
    assert len(ghetto_2019) == 28
    assert len([a for a in gaz.housing_areas if a.on_list("parallelsamfund", 2022)]) == 10
    (gellerup,) = gaz.housing_areas_named("Gellerup")
    assert gellerup.municipality == "Aarhus" and gellerup.on_list("omdannelse", 2021)
    assert gaz.housing_areas_named("Taastrupgaard")[0].name == "Tåstrupgård"
    for name in ("Ellemarken", "Hastrupparken", "Karlemoseparken", "Søparken"):
        assert gaz.housing_areas_named(name)[0].municipality == "Køge"


def test_places_reference_known_municipalities(gaz: gz.Gazetteers) -> None:
    known = gaz.municipality_names
    for place in (*gaz.towns, *gaz.islands, *gaz.neighbourhoods):
        assert set(place.municipalities) <= known, place
    assert len(gaz.towns) >= 350
    assert {t.municipalities[0] for t in gaz.towns if t.municipalities} == known  # Greenland has none here
    assert gaz.places_named("Nørrebro")[0].municipalities == ("København",)
    assert {"Bornholm", "Fyn", "Lolland", "Falster", "Møn", "Als", "Mors"} <= {i.name for i in gaz.islands}


def test_word_lists(gaz: gz.Gazetteers) -> None:
    assert len(gaz.roles.words) >= 100
    assert gaz.roles.matches("social- og boligminister")
    assert gaz.roles.matches("Kommunaldirektør")
    assert "borgmester" in gaz.roles and "bord" not in gaz.roles
    assert gaz.committee_words.matches("Socialudvalget")
    assert gaz.committee_words.matches("Udvalget for Børn og Unge")
    assert gaz.unit_words.matches("Socialforvaltningen")
    assert gaz.unit_words.matches("Center for Social Indsats")


def test_loader_is_cached() -> None:
    assert gz.load_gazetteers() is gz.load_gazetteers()
