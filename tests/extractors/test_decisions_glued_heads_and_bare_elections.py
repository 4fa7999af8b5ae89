"""Decisions of small boards' minutes converted from web pages: an election recorded as only the
name and "valgt" ("Eva valgt"), the next item's heading glued onto the end of the item
before's last line, with no line break or space before its number ("… til næste år.3. Regnskab"),
an item with nothing to it said as a sentence ("Der var ingen meddelelser."), and a case's page
that lost its item heading but kept its sections ("Sagsfremstilling" … "Beslutning").

All texts are written for these tests."""

from __future__ import annotations

from tests.extractors.minutes_run import run


def outcomes(raw: str) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


# --- an election recorded as the name and "valgt" -------------------------------------------------

BARE_ELECTION = """Grundejerforeningen Solbakken

Bestyrelsesmøde 4. maj 2021 kl. 19.00

1. Valg af ordstyrer

Henrik valgt

2. Valg af referent

Bodil Krogh genvalgt.

3. Regnskab 2020

Regnskabet blev godkendt.
"""


def test_name_and_valgt_under_an_election_item_is_its_decision() -> None:
    found = run(BARE_ELECTION).decisions
    assert [(d.item, d.outcome) for d in found] == [(1, "other"), (2, "other"), (3, "approved")]
    assert found[0].text == "Henrik valgt"
    assert found[1].text == "Bodil Krogh genvalgt."


NOT_ELECTION = """Grundejerforeningen Solbakken

Bestyrelsesmøde 4. maj 2021 kl. 19.00

1. Vejbelysning

Lamperne på stien er nu skiftet, og kommunen har sendt regningen.
"""


def test_no_election_item_no_election_decision() -> None:
    assert outcomes(NOT_ELECTION) == []


# --- the next item's heading glued onto the end of a line --------------------------------------------

GLUED_HEADS = """Bestyrelsesmøde 12. september 2022

Til stede: Jonas, Mette og Karin

1. Valg af referent

Mette valgt


2. Sommerfesten

Festen gik godt, og der kom over 60 beboere. Overskuddet går til næste års fest.3. Regnskab 2021

Regnskabet for 2021 blev godkendt uden bemærkninger.4. Eventuelt

Karin spurgte til cykelskuret, der trænger til maling.
"""


def test_glued_next_heading_opens_its_item() -> None:
    found = run(GLUED_HEADS).decisions
    assert [(d.item, d.outcome) for d in found] == [(1, "other"), (3, "approved")]
    assert found[1].title == "Regnskab 2021"
    assert found[1].text.startswith("Regnskabet for 2021 blev godkendt")


GLUED_WRONG_NUMBER = """Bestyrelsesmøde 12. september 2022

1. Valg af referent

Mette valgt

2. Sommerfesten

Der kom over 60 beboere til festen i år.7. Plads til flere

3. Regnskab 2021

Regnskabet for 2021 blev godkendt.
"""


def test_glued_number_out_of_sequence_is_no_heading() -> None:
    assert outcomes(GLUED_WRONG_NUMBER) == [(1, "other"), (3, "approved")]


# --- an item with nothing to it, said as a sentence --------------------------------------------------

NOTHING_SENTENCES = """Beboerrådet Engparken

Møde 3. marts 2022 kl. 19.00

1. Meddelelser

Der var ingen meddelelser.

2. Spørgetid

Der var ingen spørgsmål

3. Eventuelt

Intet.

4. Vaskeriet

Der er ingen ledige tider om aftenen, og beboerne ønsker flere maskiner.
"""


def test_there_were_no_messages_records_the_item() -> None:
    found = run(NOTHING_SENTENCES).decisions
    # "Meddelelser": nothing reported, nothing decided; the question time's answer is the item's record
    assert [(d.item, d.outcome) for d in found] == [(2, "other"), (3, "other")]
    assert found[0].text == "Der var ingen spørgsmål"


# --- a case's page without its item heading: sections and a decision, no numbered title -----------

HEADLESS_CASE = """Referat
Teknik- og Miljøudvalget onsdag den 8. februar 2023 kl. 16.00

Rådhuset, mødelokale 2

Sagsfremstilling

Grundejerforeningen har bedt om at fremlægge sit forslag om en ny sti langs åen for udvalget.

Beslutning

Fremlæggelsen blev gennemført, og udvalget takkede for oplægget.

Bilag

Oplæg fra grundejerforeningen
"""


def test_decision_section_without_item_heading_is_an_unnumbered_decision() -> None:
    found = run(HEADLESS_CASE).decisions
    assert [(d.item, d.title, d.outcome) for d in found] == [(None, None, "other")]
    assert found[0].text.startswith("Fremlæggelsen blev gennemført")


COLUMN_HEADINGS = """Referat af bestyrelsesmøde 3. maj 2023

Til stede: Ida, Bo og Lene

DAGSORDEN

BESLUTNING

ANSVARLIG

1. Godkendelse af referat

Godkendt
"""


def test_table_column_headings_are_no_headless_decision() -> None:
    assert outcomes(COLUMN_HEADINGS) == [(1, "approved")]
