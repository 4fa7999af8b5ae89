"""Council minutes that print each committee's earlier decision above the council's own, dated in
every heading ("Beslutning i Økonomiudvalget den 02-05-2023" / "Beslutning i Byrådet den
09-05-2023"): an item whose text ends after the committee's recommendation has no decision of
this meeting, and an item with both keeps the council's."""

from __future__ import annotations

from minutes_run import run


HEAD = (
    "Referat\n"
    "Dato: |\n09-05-2023 18:00:00 |\n---|---|\n"
    "Udvalg: |\nByrådet |\n"
    "Sted: |\nByrådssalen |\n"
)
OWN = (
    "\nSagsnr.: 23/410\n"
    "Beslutning i Byrådet den 09-05-2023\n"
    "Godkendt.\n"
)
BOTH = (
    "\nSagsnr.: 23/415\n"
    "Resume\nForslag til ny takst for ældrebusserne.\n"
    "Indstilling\nDirektionen indstiller, at taksten godkendes.\n"
    "Beslutning i Økonomiudvalget den 02-05-2023\nAnbefales.\n"
    "Beslutning i Byrådet den 09-05-2023\nGodkendt.\n"
)
EARLIER_ONLY = (
    "\nSagsnr.: 23/420\n"
    "Resume\nFastsættelse af grundskylden for 2024.\n"
    "Indstilling\nDirektionen indstiller, at promillen fastholdes.\n"
    "Beslutning i Økonomiudvalget den 02-05-2023\nAnbefales.\n"
    "Afbud under hele mødet:\nKaren Lund\n"
)


def test_committee_recommendation_alone_is_not_this_meetings_decision() -> None:
    result = run(HEAD + OWN + EARLIER_ONLY)
    assert [d.outcome for d in result.decisions] == ["approved"]


def test_council_decision_after_the_committees_is_kept() -> None:
    result = run(HEAD + OWN + BOTH)
    assert [d.outcome for d in result.decisions] == ["approved", "approved"]
    assert [h.outcome for h in result.decisions[1].history] == ["recommended"]


def test_without_own_dated_heading_the_only_decision_stays() -> None:
    """When no heading carries this meeting's date the layout proves nothing: keep the decision."""
    result = run(HEAD + EARLIER_ONLY)
    assert [d.outcome for d in result.decisions] == ["recommended"]


def test_case_number_line_under_a_title_keeps_the_title() -> None:
    """Unnumbered items "Title / Sagsnr.: … / Resume / … / Beslutning": the title line above the case
    number is the title, never the case number."""
    raw = (
        "Referat af mødet i Byrådet\nMødedato: 12. marts 2024\n\n"
        "Godkendelse af dagsorden\nSagsnr.: 24/100\nResume\nDagsordenen forelægges.\nBeslutning\nGodkendt.\n\n"
        "Takster for ældrebusserne\nSagsnr.: 24/101\nResume\nNye takster forelægges.\nBeslutning\nUdsat.\n"
    )
    got = [(d.item, d.outcome, d.title) for d in run(raw).decisions]
    assert got == [(None, "approved", "Godkendelse af dagsorden"), (None, "postponed", "Takster for ældrebusserne")]


def test_case_number_line_without_a_title_gives_no_title() -> None:
    result = run(HEAD + OWN + EARLIER_ONLY)
    assert [d.title for d in result.decisions] == [None]


import pytest  # noqa: E402


@pytest.mark.parametrize("case_line", ["Sags-ID: EMN-2024-00731", "Journalnr.: 27.12.04-P20-3-24",
                                       "J.nr.: 24/5518", "Sag: 24/5518", "Dok.nr.: 88123/24"])
def test_other_case_labels_under_a_title_are_no_title(case_line: str) -> None:
    raw = (
        "Referat af mødet i Byrådet\nMødedato: 12. marts 2024\n\n"
        f"Vinterberedskab på boligvejene\n{case_line}\nResume\nPlanen forelægges.\nBeslutning\nGodkendt.\n\n"
        f"Navngivning af ny plads\n{case_line}\nResume\nForslag til navn.\nBeslutning\nUdsat.\n"
    )
    got = [(d.outcome, d.title) for d in run(raw).decisions]
    assert got == [("approved", "Vinterberedskab på boligvejene"), ("postponed", "Navngivning af ny plads")]
