"""Flattened attendance text: an adjective that belongs to the title ("økonomisk konsulent") and an
organisation word that opens the next firm's name ("Revision Bech & Co") instead of closing one."""

from __future__ import annotations

from people_run import people


def test_adjective_title_before_name_on_a_flattened_line() -> None:
    text = "Gæster Økonomisk konsulent Per Ulrik Bundgaard Revision Beierholm Statsautoriseret Revisionspartnerselskab"
    found = people(text)
    assert found["Per Ulrik Bundgaard"].role == "økonomisk konsulent"


def test_firm_word_after_a_name_still_closes_a_firm() -> None:
    text = "Gæster projektleder Bent Holm Kant Arkitekter Referat"
    found = people(text)
    assert "Bent Holm" in found
    assert not any("Arkitekter" in name for name in found)


def test_pedagogical_leader() -> None:
    found = people("Det fortæller pædagogisk leder Sanne Riis Kjær.")
    assert found["Sanne Riis Kjær"].role == "pædagogisk leder"
