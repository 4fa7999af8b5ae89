"""A decision heading with the body and a written-out date whose wording a flattened page ran on
without a colon ("Beslutning Kultur- og Fritidsudvalget, den 4. marts 2020 Godkendt."): the
wording starts after the date when it opens with an outcome; other text after the date is no
wording of the heading.

All texts are written for these tests."""

from __future__ import annotations

from socdoc.extractors.minutes_layout import parse_decision_heading
from tests.extractors.minutes_run import run


def test_run_on_outcome_after_written_date() -> None:
    clean = "Beslutning Kultur- og Fritidsudvalget, den 4. marts 2020 Godkendt."
    head = parse_decision_heading(clean)
    assert head is not None and head.body == "Kultur- og Fritidsudvalget"
    assert clean[head.inline:] == "Godkendt."
    numeric = "Beslutning Kultur- og Fritidsudvalget, den 04-03-2020 Taget til efterretning."
    head = parse_decision_heading(numeric)
    assert head is not None and numeric[head.inline:] == "Taget til efterretning."
    assert parse_decision_heading("Beslutning Byrådet den 4. marts 2020 Jens Holm deltog ikke") is None


MINUTES = """Referat

Kultur- og Fritidsudvalget

Mødedato: 4. marts 2020

Punkt 1 Godkendelse af dagsordenen

Beslutning Kultur- og Fritidsudvalget, den 4. marts 2020 Godkendt.

Punkt 2 Orientering om halbyggeriet

Resumé Forvaltningen orienterer om byggeriet.

Beslutning Kultur- og Fritidsudvalget, den 4. marts 2020 Taget til efterretning.
"""


def test_minutes_with_run_on_headings() -> None:
    found = {(d.item, d.outcome, d.text) for d in run(MINUTES).decisions}
    assert (1, "approved", "Godkendt.") in found
    assert (2, "noted", "Taget til efterretning.") in found
