"""Which organisation spans of the NER model socdoc accepts (socdoc.extractors.ner_accept)."""

from __future__ import annotations

import pytest

from socdoc.extractors.ner_accept import plausible_org


@pytest.mark.parametrize(
    "span",
    [
        "Udvalgsformand Karen Bak Sommer",  # a title before a personal name
        "Rådmand Ole Krog",
        "Jens Bak Lund",  # a personal name whose parts are also common words
        "Mai-Britt Vang Storm",
        "Hanne Toft",
        "Østre Parkvej",  # streets are places
        "Lille Kirkestræde",
        "Nørre Allé",
        "Vejle Ø",  # a town with its postal district
        "KØBENHAVN NV",
        "Engparken II",  # a housing estate with its stage
        "Engparken Øst Odense",  # an estate, a place part and a town
        "Lindegård Høje-Taastrup",
    ],
)
def test_rejects_titles_names_and_streets(span: str) -> None:
    assert not plausible_org(f"Til stede: {span}\n", 11, 11 + len(span))


@pytest.mark.parametrize(
    "span",
    [
        "Aarhus Kommune",
        "Ole Rømers Fond",  # a first name before an organisation cue
        "Karen Blixen Foreningen",
        "Anne Skov ApS",
        "Dansk Byggeri",
        "Socialministeriet",
        "Borgmesterens Afdeling",  # a genitive role is not a title before a name
        "Red Barnet",
        "Vejdirektoratet",
        "Odense Boldklub",  # a place before a word that is no place
        "Brøndby IF",
        "AARHUS KOMMUNE",
    ],
)
def test_keeps_organisations(span: str) -> None:
    assert plausible_org(f"Brev fra {span} i dag.", 9, 9 + len(span))


def test_titles_with_names_and_streets_from_the_model_are_no_parties() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from model_ents import doc_with_ents

    from socdoc.extractors.parties import find_parties

    text = (
        "Deltagere\nUdvalgsformand Karen Bak Sommer\nJens Bak Lund\n\n"
        "Udvalget besigtigede Østre Parkvej sammen med Aarhus Kommune."
    )
    ents = {"Udvalgsformand Karen Bak Sommer": "ORG", "Jens Bak Lund": "ORG", "Østre Parkvej": "ORG",
            "Aarhus Kommune": "ORG"}
    parties, _ = find_parties(text, text, doc_with_ents(text, ents))
    assert [p.name for p in parties] == ["Aarhus Kommune"]


def test_a_clock_with_its_time_zone_is_no_organisation() -> None:
    line = "12.3.2024 10:01:22 CET | Social- og Boligministeriet | Pressemeddelelse"
    start = line.index("10:01")
    assert not plausible_org(line, start, start + len("10:01:22 CET"))
