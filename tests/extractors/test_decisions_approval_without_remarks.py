"""An item that approves the agenda or the last minutes, whose whole text says no one had remarks
("Der var ingen bemærkninger til referatet."): approved. Under an item that only asks for remarks
("Bemærkninger til dagsordenen" / "Ingen bemærkninger.") the same words stay "other".

All texts are written for these tests."""

from __future__ import annotations

from socdoc.extractors.decisions import approval_outcome
from tests.extractors.minutes_run import run


def test_approval_outcome() -> None:
    assert approval_outcome("Godkendelse af referat", "Der var ingen bemærkninger til referatet.") == "approved"
    assert approval_outcome("Godkendelse af dagsordenen", "Ingen kommentarer.") == "approved"
    assert approval_outcome("Bemærkninger til dagsordenen", "Ingen bemærkninger.") is None
    assert approval_outcome("Godkendelse af referat", "Referatet skal rettes i punkt 3.") is None


MINUTES = """Referat af møde i Beredskabskommissionen den 3. oktober 2022

Til stede:
Borgmester Anne Holm
Beredskabschef Jens Lund

1. Godkendelse af referat
Der var ingen bemærkninger til referatet.
2. Bemærkninger til dagsordenen
Ingen bemærkninger.
3. Status på øvelser
Jens Lund gennemgik årets øvelser, og kommissionen stillede spørgsmål til planen for næste år.
"""


def test_minutes_without_remarks() -> None:
    found = {(d.item, d.outcome) for d in run(MINUTES).decisions}
    assert (1, "approved") in found
    assert (2, "approved") not in found
