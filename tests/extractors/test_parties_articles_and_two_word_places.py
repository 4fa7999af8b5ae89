"""Names of bodies that open with their article after other words of a run-on agenda line ("… Det
Digitale Sundhedscenter"), a company led by its article and several words ("Det Danske Madhus Varde A/S"),
and a body led by a place of two words ("Nykøbing Mors Andelsboligforening")."""

from __future__ import annotations

from entities_run import parties


def test_a_body_opens_at_its_article_after_a_run_on_plural() -> None:
    found = parties("Politisk møderunde vedr. Sundhedsaftalerne Det Digitale Sundhedscenter Udviklingsstrategi 2015\n")
    assert "Det Digitale Sundhedscenter" in found
    assert not any(name.startswith("Sundhedsaftalerne") for name in found)


def test_a_company_keeps_its_article_before_several_words() -> None:
    assert "Det Danske Madhus Varde A/S" in parties("Årsregnskab for Det Danske Madhus Varde A/S blev godkendt.\n")


def test_a_sentence_opening_article_is_no_part_of_a_company() -> None:
    assert "Nordby Vand A/S" in parties("Det er Nordby Vand A/S, der betaler for ledningerne.\n")


def test_a_body_led_by_a_place_of_two_words() -> None:
    found = parties("64 - Nykøbing Mors Andelsboligforening - opførelse af 10 familieboliger\n")
    assert "Nykøbing Mors Andelsboligforening" in found


def test_a_ministry_written_in_lower_case() -> None:
    assert "Undervisningsministeriet" in parties("Afgivelse af indstilling til undervisningsministeriet om nye "
                                                 "2-årige HF-udbud i 2008.\n")


def test_a_municipal_council_with_its_head_in_lower_case() -> None:
    found = parties("Den nye helhedsplan er netop blevet godkendt i Randers byråd, og Odder kommunalbestyrelse "
                    "følger efter.\n")
    assert {"Randers Byråd", "Odder Kommunalbestyrelse"} <= set(found)


def test_a_town_that_is_no_municipality_before_byråd_is_no_council() -> None:
    assert not any("Byråd" in name for name in parties("Skagen byråd var et andet, før kommunerne blev lagt sammen.\n"))
