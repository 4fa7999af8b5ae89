"""A decision heading that is a column of a flattened table of the case's route ("Sagsgang:" /
"Orientering" / "Indstilling" / "Beslutning" over a row of the bodies' codes): the row of codes is
no decision wording. Wording that opens with party letters and a verb, or is written in capitals
throughout, is still wording.

All texts are written for these tests."""

from __future__ import annotations

from socdoc.extractors.decisions import _table_cell
from tests.extractors.minutes_run import run


def test_code_row_is_a_cell() -> None:
    assert _table_cell("BY ØU SU TMU KFU BY=Byråd, ØU=Økonomiudvalget")
    assert _table_cell("x")
    assert not _table_cell("DF SF EL RV stemte imod.")
    assert not _table_cell("SAGEN BLEV SENDT TIL HØRING.")
    assert not _table_cell("Godkendt.")


MINUTES = """Referat

Teknik- og Miljøudvalget

1. Godkendelse af dagsorden

Beslutning
Godkendt.

2. Ny affaldsordning

Sagsgang:
Orientering
Indstilling
Beslutning
BY ØU SU TMU KFU BY=Byråd, ØU=Økonomiudvalget, SU=Sundhedsudvalget, TMU=Teknik- og Miljøudvalget
"""


def test_route_table_gives_no_decision() -> None:
    found = {(d.item, d.outcome) for d in run(MINUTES).decisions}
    assert (1, "approved") in found
    assert not any(item == 2 for item, _ in found)
