"""Decisions that the end of a saved page cuts off in the middle of a sentence: a decision begun in
words ("Udvalget besluttede at …") is still the item's decision, recorded as other; a heading's first
words cut off before any wording ("Beslutning / Social") give no decision.

All texts are written for these tests."""

from __future__ import annotations

import datetime as dt

from socdoc.extractors import dates
from socdoc.extractors.decisions import cut_before_outcome
from socdoc.extractors.minutes import MinutesResult, extract_minutes
from socdoc.normalize import normalize


def run(raw: str, published: dt.date | None = None) -> MinutesResult:
    text = normalize(raw)
    return extract_minutes(text, raw, dates.find_candidates(text), published)


PAGE = """Referat

tirsdag den 9. februar 2021 kl. 16:00

Mødested: Byrådssalen
Udvalg: Kultur- og Fritidsudvalget

Nr. 3 Godkendelse af dagsorden

Beslutning Kultur- og Fritidsudvalget den 09-02-2021

Godkendt.

Nr. 4 Fordeling af puljen til sommerarrangementer

Sagsfremstilling

Der er kommet elleve ansøgninger til puljen.

Beslutning Kultur- og Fritidsudvalget den 09-02-2021

{tail}"""


def test_a_decision_cut_off_mid_sentence_is_kept_as_other() -> None:
    result = run(PAGE.format(tail="Udvalget fordelte midlerne til de fire st"))
    got = [(d.item, d.outcome, d.text) for d in result.decisions]
    assert got == [(3, "approved", "Godkendt."), (4, "other", "Udvalget fordelte midlerne til de fire st")]


def test_a_decision_cut_off_after_its_outcome_keeps_the_outcome() -> None:
    result = run(PAGE.format(tail="Udvalget godkendte fordelingen med den ænd"))
    assert [(d.item, d.outcome) for d in result.decisions] == [(3, "approved"), (4, "approved")]


def test_heading_words_cut_off_give_no_decision() -> None:
    raw = "Beslutning\n\n/ Social"
    assert cut_before_outcome("/ Social", len(raw), raw)
    raw = "Beslutning\n\nØkonomiudvalget den 3. marts"
    assert cut_before_outcome("Økonomiudvalget den 3. marts", len(raw), raw)


def test_a_finished_short_sentence_is_no_cut() -> None:
    raw = "Beslutning\n\nIkke behandlet."
    assert not cut_before_outcome("Ikke behandlet.", len(raw), raw)


def test_started_sentence_cut_off_is_no_heading() -> None:
    raw = "Beslutning\n\nBestyrelsen valgte Jens Holm som kass"
    assert not cut_before_outcome("Bestyrelsen valgte Jens Holm som kass", len(raw), raw)
