"""Decisions of prose minutes whose record repeats the item's subject: a report or an account gone
through and approved ("Halvårsregnskabet blev gennemgået og godkendt.") and the present passive
("Referatet godkendes."); a report told without an outcome, or a plan for a later approval, gives
no approved decision."""

from __future__ import annotations

from minutes_run import run


def outcomes(raw: str) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


BOARD = ("Referat af bestyrelsesmøde i Egeskovens Beboerforening den 12. marts 2024.\n\n"
         "Deltagere: Vibeke Strand, Aksel Mørup, Tove Lindgaard.\nAfbud: Rasmus Kjær.\n\n")


def test_a_report_gone_through_and_approved_is_approved() -> None:
    raw = BOARD + (
        "1. Godkendelse af dagsorden\n"
        "Dagsordenen godkendes.\n\n"
        "2. Halvårsregnskab\n"
        "Kassereren fremlagde tallene for første halvår, som ligger tæt på budgettet.\n\n"
        "Halvårsregnskabet blev gennemgået og godkendt.\n\n"
        "3. Legepladsen\n"
        "Aksel henter tilbud på nye gynger.\n")
    found = outcomes(raw)
    assert (1, "approved") in found
    assert (2, "approved") in found


def test_the_minutes_approved_in_the_present_passive() -> None:
    raw = BOARD + (
        "1. Referat fra sidste møde\n"
        "Tove havde sendt referatet rundt i god tid inden mødet.\n\n"
        "Referatet godkendes.\n\n"
        "2. Eventuelt\n"
        "Intet.\n")
    assert (1, "approved") in outcomes(raw)


def test_a_report_that_only_informs_or_plans_is_not_approved() -> None:
    raw = BOARD + (
        "1. Årsrapport\n"
        "Årsrapporten viser et lille overskud på driften.\n\n"
        "2. Budget\n"
        "Regnskabet skal godkendes på næste møde.\n")
    found = outcomes(raw)
    assert all(outcome != "approved" for _, outcome in found)
