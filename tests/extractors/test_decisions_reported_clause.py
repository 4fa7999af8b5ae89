"""An outcome word inside what someone reported to the meeting ("Herunder blev det opridset, at
vedtægten tidligere er godkendt af rådet", "Formanden forklarede, at …") is not the item's outcome.

All texts are written for these tests."""

from __future__ import annotations

from socdoc.extractors.decisions import classify


def test_reported_clause_states_no_outcome() -> None:
    assert classify("Herunder blev det kort opridset, at forretningsordenen tidligere er godkendt af rådet.") == "other"
    assert classify("Direktøren forklarede, at planen er vedtaget i efteråret.") == "other"
    assert classify("Sekretariatet påpegede, at referatet er godkendt.") == "other"
    assert classify("Udvalget godkendte forretningsordenen.") == "approved"
