"""The approval of the agenda inside a flattened PDF page whose item headings the line reader does
not find ("… 2 Godkendelse af dagsorden (beslutningspunkt) Foreningen godkendte dagsordenen. 3 …"):
that item's decision, read from the first sentences of its text that say the agenda was approved; a
proposal ("Det indstilles, at bestyrelsen godkender dagsordenen.") is no approval, and the contents
list at the top gives none.

All texts are written for these tests."""

from __future__ import annotations

from tests.extractors.minutes_run import run

PAGE = ("1 REFERAT af bestyrelsesmøde i Boligforeningen Lindely torsdag den 4. marts 2021 kl. 19 "
        "Dagsorden: 1 Velkomst 2 Godkendelse af dagsorden 3 Regnskab 4 Eventuelt "
        "Deltagere: Per Holm, formand, Lise Dam, Kurt Bach Afbud: Eva Lund\n\n"
        "2 1 Velkomst Formanden bød velkommen til mødet og præsenterede den nye kasserer for bestyrelsen. "
        "2 Godkendelse af dagsorden (beslutningspunkt) Det indstilles, at bestyrelsen godkender den "
        "udsendte dagsorden. Referat: Dagsorden godkendt. 3 Regnskab Kassereren gennemgik regnskabet "
        "for 2020, og der blev stillet spørgsmål til udgifterne til vedligeholdelse af taget.\n")


def test_flattened_agenda_approval() -> None:
    found = [(d.item, d.outcome, d.text) for d in run(PAGE).decisions]
    assert (2, "approved", "Dagsorden godkendt.") in found


PROPOSAL_ONLY = PAGE.replace("Referat: Dagsorden godkendt. ", "")


def test_proposal_is_no_approval() -> None:
    assert not any(d.item == 2 for d in run(PROPOSAL_ONLY).decisions)
