"""Parties: a body's name written in capitals in a title or a header ("NORDBY KOMMUNE Åbent referat",
"DANSKE ÆLDRERÅD tager afstand", "GRUNDEJERFORENINGEN NORDSTRAND"), without a title's lead words
before it and the heading's words after it; a heading in capitals is no body."""

from __future__ import annotations

from entity_views import party_names as names
from socdoc.extractors.party_recall import capitals_name_candidates


def test_municipality_in_a_capitals_letterhead_is_the_publisher() -> None:
    text = ("HEDENSTED KOMMUNE. Åbent referat. til Kulturudvalget\n\n"
            "1 HEDENSTED KOMMUNE Åbent referat til Kulturudvalget Mødedato: Tirsdag den 4. marts 2014\n\n"
            "1. Godkendelse af dagsorden\nGodkendt.\n")
    assert "Hedensted Kommune" in names(text)


def test_municipality_in_capitals_inside_a_line_stays_with_the_municipal_rules() -> None:
    text = "Projektet gennemføres i samarbejde med skolerne i HEDENSTED KOMMUNE og tre foreninger.\n"
    assert "Hedensted Kommune" not in names(text)


def test_national_council_in_capitals_mid_sentence() -> None:
    text = "Seniorforeningen kan tilslutte sig, at DANSKE ÆLDRERÅD tager afstand fra forslaget om højere egenbetaling."
    assert "Danske Ældreråd" in names(text)


def test_association_head_then_its_name() -> None:
    text = ("Referat  EKSTRAORDINÆRT BESTYRELSESMØDE I GRUNDEJERFORENINGEN BØGEVANG NORD  tirsdag den 2. marts "
            "2021 kl. 19.00\nSted: Teams\n")
    found = [c.name for c in capitals_name_candidates(text)]
    assert found == ["Grundejerforeningen Bøgevang Nord"]


def test_name_before_a_heading_word_in_capitals() -> None:
    text = "Referat af bestyrelsesmøde i DANSKE ÆLDRERÅD GODKENDT Onsdag den 3. maj"
    assert [c.name for c in capitals_name_candidates(text)] == ["Danske Ældreråd"]


def test_headings_in_capitals_are_no_bodies() -> None:
    for text in ("REFERAT AF ORDINÆR GENERALFORSAMLING\n", "BESLUTNINGER I ØKONOMIUDVALGET\n",
                 "NYT FÆLLES RÅD\n", "SAGER TIL BEHANDLING I BYRÅDET\n"):
        assert capitals_name_candidates(text) == [], text


def test_parish_council_named_by_the_parish_genitive() -> None:
    text = "BAKKEBY SOGNS MENIGHEDSRÅD - REFERAT AF MØDE 14. JUNI 2023\n"
    assert [c.name for c in capitals_name_candidates(text)] == ["Bakkeby Sogns Menighedsråd"]


def test_common_noun_genitive_opens_no_name() -> None:
    assert capitals_name_candidates("ORIENTERING OM SKOLENS FORÆLDRERÅD\n") == []
