"""Minutes kept as a table with the decision in the last column, flattened to one line per row
("Pkt. Emne: Baggrund: Beslutning:" over "1. Godkendelse af dagsorden Godkendt."), and the
same rows without a filled-in decision column (an agenda), which give no decisions."""

from __future__ import annotations

from minutes_run import run


TABLE = (
    "Referat af bestyrelsesmøde i Vestby Borgerforening\n"
    "Onsdag den 4. oktober 2023 kl. 19.00\n\n"
    "Til stede: Hanne, Mogens og Lise\n"
    "Referent: Lise\n\n"
    "Pkt. Emne: Baggrund: Beslutning:\n"
    "1. Godkendelse af dagsorden Dagsordenen godkendt.\n"
    "2. Julearrangement i forsamlingshuset Hvem står for det? Mogens kontakter spejderne om hjælp til opstilling. "
    "Der bestilles æbleskiver til 60 personer og der laves en plakat til opslagstavlen ved købmanden.\n"
    "3. Budget for næste år Bestyrelsen godkendte budgettet med en mindre justering af kontingentet.\n"
    "4. Eventuelt Hanne takkede for et godt møde.\n"
)


def test_flattened_rows_give_one_decision_per_item() -> None:
    result = run(TABLE)
    got = [(d.item, d.outcome) for d in result.decisions]
    assert got == [(1, "approved"), (2, "other"), (3, "approved"), (4, "other")]
    by_item = {d.item: d for d in result.decisions}
    assert by_item[1].title == "Godkendelse af dagsorden"
    assert by_item[1].text == "Dagsordenen godkendt."
    assert by_item[3].title == "Budget for næste år"
    assert by_item[3].text.startswith("Bestyrelsen godkendte budgettet")
    assert by_item[4].title == "Eventuelt"
    assert by_item[4].text.startswith("Hanne takkede")


def test_agenda_table_without_decisions_gives_none() -> None:
    raw = (
        "Dagsorden for bestyrelsesmøde i Vestby Borgerforening\n\n"
        "Pkt. Emne: Baggrund: Beslutning:\n"
        "1. Godkendelse af dagsorden\n"
        "2. Julearrangement i forsamlingshuset\n"
        "3. Budget for næste år\n"
        "4. Eventuelt\n"
    )
    assert run(raw).decisions == []


def test_rows_with_narrative_only_need_a_stated_outcome_somewhere() -> None:
    """Without one row that states an outcome the table may be a list of remarks, not decisions."""
    raw = TABLE.replace("Dagsordenen godkendt.", "Ingen bemærkninger til den.").replace(
        "Bestyrelsen godkendte budgettet", "Kassereren fremlagde budgettet")
    assert run(raw).decisions == []


def test_decision_label_run_on_after_the_title_in_one_line() -> None:
    """"Pkt. 4 Title Beslutning: outcome" on one line: the title stops before the label."""
    raw = (
        "Referat fra møde i Ældrerådet\nMødedato: 6. februar 2024\n\n"
        "Pkt. 4 Høring om madservice til hjemmeboende Beslutning: Høringssvaret blev godkendt.\n\n"
        "Pkt. 5 Orientering fra formanden Beslutning: Orienteringen blev taget til efterretning.\n"
    )
    got = [(d.item, d.outcome, d.title) for d in run(raw).decisions]
    assert got == [(4, "approved", "Høring om madservice til hjemmeboende"),
                   (5, "noted", "Orientering fra formanden")]


def test_title_that_begins_with_the_decision_word_is_no_run_on_decision() -> None:
    raw = (
        "Referat fra møde i Regionsrådet\nMødedato: 6. februar 2024\n\n"
        "7. Beslutning: Anlægsbevilling til nyt akutmodtagelse\n"
        "Sagsfremstilling\nRegionen har modtaget tilbud på byggeriet.\n\n"
        "Beslutning\nIndstillingen blev godkendt.\n"
    )
    got = [(d.item, d.outcome, d.text) for d in run(raw).decisions]
    assert got == [(7, "approved", "Indstillingen blev godkendt.")]


def test_pipe_table_row_title_loses_the_cell_border() -> None:
    raw = (
        "Referat fra møde i Handicaprådet\nMødedato: 6. februar 2024\n\n"
        "| Pkt. | Emne | Beslutning |\n|---|---|---|\n"
        "| 1 | Godkendelse af referat | Godkendt |\n| 2 | Tilgængelighed på stationen | Udsat |\n"
    )
    got = [(d.item, d.outcome, d.title) for d in run(raw).decisions]
    assert got == [(1, "approved", "Godkendelse af referat"), (2, "postponed", "Tilgængelighed på stationen")]


def test_short_heading_line_with_run_on_decision() -> None:
    raw = (
        "Referat fra møde i Ældrerådet\nMødedato: 6. februar 2024\n\n"
        "Pkt. 1 Dagsorden Beslutning: Godkendt.\n\n"
        "Pkt. 2 Eventuelt Beslutning: Intet.\n"
    )
    got = [(d.item, d.outcome, d.title) for d in run(raw).decisions]
    assert got == [(1, "approved", "Dagsorden"), (2, "other", "Eventuelt")]
