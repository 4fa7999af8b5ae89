"""Under the agenda item's decision heading, a line that names another item and its outcome ("Punkt
14 Ny svømmehal udsættes."), a blank line below the heading: that line is the agenda item's wording,
not a new item, and the agenda item's outcome is "other" (the agenda changed) unless a sentence
about the agenda itself says more.

All texts are written for these tests."""

from __future__ import annotations

from socdoc.extractors.decisions import agenda_outcome
from tests.extractors.minutes_run import run


def test_agenda_outcome_of_other_items_only() -> None:
    assert agenda_outcome("Godkendelse af dagsorden", "Punkt 14 Ny svømmehal udsættes.") == "other"
    assert agenda_outcome("Godkendelse af dagsorden", "Punkt 14 Ny svømmehal udsættes.\nDagsordenen blev herefter godkendt.") == "approved"
    assert agenda_outcome("Godkendelse af dagsorden", "Godkendt.") is None


MINUTES = """Byrådet

Referat

12. Godkendelse af dagsorden

Godkendelse af dagsorden

Beslutning Byrådet den 03-04-2023

Punkt 14 Ny svømmehal i Nordby udsættes.

 

13. Orientering fra borgmesteren

Beslutning Byrådet den 03-04-2023

Taget til efterretning.
"""


def test_other_item_line_after_blank() -> None:
    found = {(d.item, d.outcome) for d in run(MINUTES).decisions}
    assert (12, "other") in found
    assert (13, "noted") in found
    assert not any(item == 14 for item, _ in found)
