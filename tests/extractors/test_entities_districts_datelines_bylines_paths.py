"""A city's district closing a planning title, a dateline in capitals before a dash, a byline before a slash and
its date, and the place a cycle path goes to."""

from __future__ import annotations

import socdoc


def _areas(text: str) -> list[str]:
    return [a.name for a in socdoc.extract(text).areas]


def test_district_closing_a_planning_title() -> None:
    assert "Hasseris" in _areas("5 Godkendelse af Startredegørelse, Boliger, Grænsevej, Hasseris\n\n6 Eventuelt\n")


def test_district_that_is_a_common_word_needs_a_locative() -> None:
    assert "Gug" in _areas("Der bygges 120 nye boliger i Gug syd for Aalborg.\n")


def test_dateline_in_capitals_before_a_dash() -> None:
    text = "Stigende udgifter\n\nBORNHOLM – Bornholms Regionskommune står over for stigende udgifter til ældre.\n"
    assert "Bornholm" in _areas(text)


def test_byline_before_a_slash_and_the_date() -> None:
    text = "Stigende udgifter\n\nAf Bjarne Hansen / Lørdag 17-5-25 - 06:47\n\nKommunen står over for udgifter.\n"
    assert [p.name for p in socdoc.extract(text).people] == ["Bjarne Hansen"]


def test_place_a_cycle_path_goes_to() -> None:
    text = "Tilskud 2024\n\nKalundborg Kommune: Stiforbindelse til Røsnæs\n\n6,9 mio. kr.\n"
    assert "Røsnæs" in _areas(text)


def test_common_noun_after_a_path_is_no_place() -> None:
    assert _areas("Der kommer en ny cykelsti til Skolen næste år.\n") == []


def test_organisation_named_by_its_board() -> None:
    text = ("Punkt 4. Udpegning til bestyrelsen for Østdansk Turisme\n\n"
            "Hun er også medlem af repræsentantskabet i Boligselskabet Nord.\n")
    names = [p.name for p in socdoc.extract(text).parties]
    assert "Østdansk Turisme" in names and "Boligselskabet Nord" in names


def test_board_of_a_kind_of_institution_names_no_party() -> None:
    assert socdoc.extract("Hun er medlem af bestyrelsen for Skolen.\n").parties == []


def test_examples_listed_with_an_organisation_are_organisations() -> None:
    text = ("Prisen uddeles af landets førende socialøkonomiske virksomheder - blandt andet Grennessminde og "
            "Glad Fonden - som hvert år går sammen.\n")
    names = [p.name for p in socdoc.extract(text).parties]
    assert "Grennessminde" in names and "Glad Fonden" in names


def test_examples_of_places_are_no_organisations() -> None:
    record = socdoc.extract("Vi besøgte blandt andet Aarhus, Odense og Aalborg på turen.\n")
    assert record.parties == [] and {"Aarhus", "Odense", "Aalborg"} <= {a.name for a in record.areas}
