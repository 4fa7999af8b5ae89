"""A short paragraph under an item whose only outcome word sits after a modal verb ("… skal vi have
tegningerne godkendt") tells a plan for later, not the item's resolution: no outcome is read from it.
An outcome stated first and a plan after it still count.

All texts are written for these tests."""

from __future__ import annotations

from tests.extractors.minutes_run import run

BOARD = """Referat fra møde i Grundejerforeningen Solbakken

Afbud: Henrik

1. Godkendelse af dagsorden

Godkendt

2. Ny bænk ved stranden

Kirsten har talt med to leverandører. Når tilbuddene er kommet, skal vi have tegningerne godkendt af kommunen.

3. Vejfest

Godkendt. Festudvalget skal finde en dato.
"""


def test_plan_after_modal_is_no_outcome() -> None:
    found = {(d.item, d.outcome) for d in run(BOARD).decisions}
    assert (1, "approved") in found
    assert (2, "approved") not in found
    assert (3, "approved") in found


def test_can_approve_is_no_plan() -> None:
    from socdoc.extractors.minutes import _planned_outcome

    assert not _planned_outcome("Udvalget kan godkende indstillingen.")
    assert not _planned_outcome("Bestyrelsen kunne godkende regnskabet.")
    assert _planned_outcome("Når tilbuddene er her, skal vi have tegningerne godkendt.")
