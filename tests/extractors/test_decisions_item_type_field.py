"""An item's type as a field of its own ("Punkttype" over "Beslutning." or "Orientering."): the value says what
the agenda made the item, it opens no decision section. All texts are written for these tests."""

from __future__ import annotations

from minutes_run import run

RAW = ("Referat\nMiljøudvalget\n\nMØDEDATO\n14-05-2019\n\n"
       "1. Bemærkninger til dagsordenen\nBemærkninger til dagsordenen\n\nPunkttype\nBeslutning.\n\n"
       "Beslutning Miljøudvalget den 14-05-2019\nIngen.\n\n"
       "2. Ny affaldsordning\nNy affaldsordning\n\nPunkttype\nBeslutning.\n\n"
       "Tema\nUdvalget anmodes om at anbefale en ny ordning for indsamling af haveaffald.\n\n"
       "Sagsbeskrivelse\nDen nuværende ordning udløber ved årets udgang.\n")


def test_item_type_value_opens_no_decision() -> None:
    found = run(RAW).decisions
    assert [(d.item, d.text) for d in found] == [(1, "Ingen.")]
