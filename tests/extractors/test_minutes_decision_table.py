"""Minutes kept as a table with the decision in the last column, flattened to one line per row
("Pkt. Emne: Baggrund: Beslutning:" over "1. Godkendelse af dagsorden Godkendt."), and the
same rows without a filled-in decision column (an agenda), which give no decisions."""

from __future__ import annotations

from socdoc.extractors import dates
from socdoc.extractors.minutes import MinutesResult, extract_minutes
from socdoc.normalize import normalize


def run(raw: str) -> MinutesResult:
    text = normalize(raw)
    result = extract_minutes(text, raw, dates.find_candidates(text))
    for d in result.decisions:
        assert d.start is not None and raw[d.start:d.end] == d.text
    return result


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
