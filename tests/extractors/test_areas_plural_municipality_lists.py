"""A list of municipalities closed by the plural ("… og Vestby kommuner"): after a preposition other than "i"
("samarbejde mellem …", "udviklingsaftaler for …", "i samarbejde med …") it names the places, each an area by
its bare name and none a party; after "i" each is a place by its bare name too; as the subject of a sentence
the councils act."""

from __future__ import annotations

import pytest

import socdoc


def facts(text: str) -> tuple[list[str], list[str]]:
    record = socdoc.extract(text)
    return [p.name for p in record.parties], [a.name for a in record.areas]


@pytest.mark.parametrize(("text", "places"), [
    ("Der er et samarbejde på beredskabsområdet mellem Holbæk, Kalundborg og Sorø kommuner.",
     ["Holbæk", "Kalundborg", "Sorø"]),
    ("Puljen går til udviklingsaftaler for Bornholms, Lolland og Langeland kommuner.",
     ["Bornholm", "Lolland", "Langeland"]),
    ("Foreningen arbejder i samarbejde med Næstved og Guldborgsund kommuner.", ["Næstved", "Guldborgsund"]),
])
def test_list_after_a_preposition_names_places(text: str, places: list[str]) -> None:
    parties, areas = facts(text)
    assert areas == places
    assert not any(p.endswith("Kommune") or p.endswith("Regionskommune") for p in parties)


def test_list_after_i_names_the_municipalities_as_places() -> None:
    assert facts("Der er ventelister i Fredensborg og Helsingør kommuner.")[1] == ["Fredensborg", "Helsingør"]
    assert facts("Ledigheden er høj i Morsø, Tønder og Lolland kommuner.")[1] == ["Morsø", "Tønder", "Lolland"]



def test_municipalities_listed_after_kommunerne_opening_a_sentence_act() -> None:
    parties, areas = facts("Kommunerne Tønder, Vejen, Varde og Esbjerg fik i går tilsagn om støtte fra staten.")
    assert parties == ["Tønder Kommune", "Vejen Kommune", "Varde Kommune", "Esbjerg Kommune"]
    assert areas == []


def test_municipalities_listed_after_kommunerne_inside_a_sentence_are_places() -> None:
    parties, areas = facts("Midlerne er fordelt til kommunerne Tønder, Vejen og Varde.")
    assert areas == ["Tønder", "Vejen", "Varde"]
    assert parties == []
