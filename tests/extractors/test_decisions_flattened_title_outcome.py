"""A flattened PDF page that lost the line break between an item's title and its one-word outcome
("1. Godkendelse af dagsorden Godkendt"): the outcome phrase at the end of the title, when it is
nothing but that phrase and the item has no text of its own; a title that merely holds an outcome
word ("Status på drøftet projekt") is no record. Also when the title sits on the line after the
agenda's own line.

All texts are written for these tests."""

from __future__ import annotations

from socdoc.extractors.minutes import _title_bare_outcome
from tests.extractors.minutes_run import run


def test_bare_outcome_after_title() -> None:
    assert _title_bare_outcome(0, "Godkendelse af dagsorden Godkendt")[:1] == ("Godkendt",)
    assert _title_bare_outcome(0, "Godkendelse af referat Taget til efterretning")[0] == "Taget til efterretning"
    assert _title_bare_outcome(0, "Status på Drøftet projekt") is None
    assert _title_bare_outcome(0, "Valg af formand Godkendt af alle") is None
    assert _title_bare_outcome(0, "Regnskab 2024 Godkendt") is None
    assert _title_bare_outcome(0, "Godkendt") is None


PAGE = """Referat af bestyrelsesmøde i Landsforeningen for Boligråd

Onsdag den 3. marts 2021 Afbud fra Hanne Bech og Peter Lund. Dagsorden
1. Godkendelse af dagsorden Godkendt
2. Sager til behandling Bestyrelsen skal tage stilling til budgettet. Beslutning: Bestyrelsen godkendte budgettet.
"""


def test_flattened_agenda_approval() -> None:
    found = {(d.item, d.outcome, d.title) for d in run(PAGE).decisions}
    assert (1, "approved", "Godkendelse af dagsorden") in found
