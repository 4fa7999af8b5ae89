"""Web exports that glue the tab label of an item's minutes to the end of its title
("3. Orientering fra direktionenReferat"): the title loses the label and the text under the
heading is the item's decision; a title that merely ends in the word keeps it."""

from __future__ import annotations

from minutes_run import run


AGENDA = (
    "Dagsorden\nForretningsudvalget 14-03-2023 09:00\n\n"
    "1.Orientering fra direktionen\n2.Godkendelse af budgetproces 2024\n3.Eventuelt\n\n"
)


def test_glued_minutes_label_makes_the_text_below_the_decision() -> None:
    raw = AGENDA + (
        "1. Orientering fra direktionenReferat\n\n"
        " Direktionen orienterede om status på rekrutteringen af sygeplejersker.\n\n"
        "2. Godkendelse af budgetproces 2024Referat\n\n"
        " Indstillingen blev godkendt.\n"
    )
    got = [(d.item, d.outcome, d.title) for d in run(raw).decisions]
    assert got == [(1, "other", "Orientering fra direktionen"),
                   (2, "approved", "Godkendelse af budgetproces 2024")]


def test_glued_label_with_only_a_case_account_below_gives_no_decision() -> None:
    raw = AGENDA + (
        "2. Godkendelse af budgetproces 2024Referat\n"
        "Sagsfremstilling\nAdministrationen foreslår en tidsplan for budgetlægningen.\n"
    )
    assert run(raw).decisions == []


def test_title_ending_in_the_word_after_a_space_is_not_glued() -> None:
    raw = (
        "Referat af møde i Kulturudvalget\nMødedato: 14. marts 2023\n\n"
        "4. Forslag om offentligt Referat\n"
        "Sagsfremstilling\nUdvalget drøfter om referater skal offentliggøres.\n\n"
        "Beslutning\nGodkendt.\n"
    )
    got = [(d.item, d.outcome, d.title) for d in run(raw).decisions]
    assert got == [(4, "approved", "Forslag om offentligt Referat")]
