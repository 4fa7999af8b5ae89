"""Parties before a committee's acronym that prefixes each item of a flattened contents list, and
unit names followed by a person whose first name is two first names joined by a hyphen."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import _item_prefix_acronyms, find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


# --- an acronym that opens every item's title after a dash -----------------------------------------

CONTENTS = (
    "Indholdsfortegnelse 1. KUU - Godkendelse af dagsorden KUU - Ansøgning om godkendelse som frivillig "
    "folkeoplysende forening - Holmby Håndbold KUU - Ansøgning om tilskud til nyt lokale - Vestby Kajakklub "
    "KUU - Orientering om lokalefordeling"
)


def test_item_prefix_acronym_is_cut_from_the_name_before_it() -> None:
    found = names(CONTENTS)
    assert not any(n.endswith(" KUU") for n in found)
    assert "Vestby Kajakklub" in found


def test_item_prefix_acronym_alone_is_no_party() -> None:
    assert "KUU" not in names(CONTENTS)


def test_street_before_an_item_prefix_is_no_party() -> None:
    text = ("Indholdsfortegnelse TU - Trafiksikre skoleveje TU - Forlængelse af lejeaftale - Ellemosevej "
            "TU - Ansøgning om tilskud til belysning")
    found = names(text)
    assert not any(n.startswith("Ellemosevej") for n in found)


def test_acronym_with_a_dash_used_once_stays_a_name() -> None:
    text = "KL - Kommunernes Landsforening har sendt en vejledning til Vestby Kommune om sagen."
    assert any(n.startswith("KL") for n in names(text))


# --- a hyphenated first name after a unit's name -----------------------------------------------------

def test_unit_name_stops_before_a_hyphenated_first_name() -> None:
    text = ("Udvalget starter med en rundvisning på depotet. Projektkonsulent i Center for Veje og Anlæg "
            "Karl-Erik Holm Stærmose viser rundt.")
    found = names(text)
    assert "Center for Veje og Anlæg" in found
    assert not any("Karl" in n for n in found)


def test_unit_name_before_a_single_first_name_is_unchanged() -> None:
    text = "Leder i Center for Skoler og Dagtilbud Anne Kragh Lund fortæller om planerne for næste år."
    assert "Center for Skoler og Dagtilbud" in names(text)


def test_acronym_spelt_out_after_a_dash_twice_is_no_item_prefix() -> None:
    text = ("Rapporten er skrevet af NAVI - Nordisk Analyseinstitut for Velfærd. Resultaterne viser en klar "
            "fremgang. Læs mere hos NAVI – Nordisk Analyseinstitut for Velfærd.")
    assert "NAVI" not in _item_prefix_acronyms(normalize(text))


def test_acronym_before_different_titles_is_an_item_prefix() -> None:
    assert "KUU" in _item_prefix_acronyms(normalize(CONTENTS))
