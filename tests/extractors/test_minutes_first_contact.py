"""Minutes layout families met at first contact with council and council-advisory minutes: a web page
that lists links to earlier minutes above the page's own, and agenda items with a time slot after the
item's number."""

from __future__ import annotations

from socdoc.extractors.minutes_layout import parse_layout

from minutes_run import run

_INDEX_PAGE = (
    "Gå til indhold\n\nReferater fra Handicaprådets møder\n\nÆldre referater\n\n"
    "Referat fra møde 14.11.2022\n\nReferat fra møde d. 3.10.2022\n\nReferat fra fællesmøde Juni 2022\n\n"
    "Referat fra møde 9.5.2022\n\n"
    "Der indkaldes hermed til ordinært møde i Handicaprådet i Skovby Kommune\n\n"
    "Dato: Mandag d. 9.5. 2022\n\nTid: kl. 15.00-17.00\n\nSted: Torvegade 4, mødelokale 2\n\n"
    "Deltagere:\n\n"
    " • Helle Fjordgaard: Byrådsmedlem for Venstre\n"
    " • Anders Kornbæk Lund: Gigtforeningen\n"
    " • Sanne Birkmose: Konsulent, Sekretariatet\n\n"
    "Afbud:\n\n • Jonas Engholm\n\n"
    "Dagsorden med referat:\n\nGodkendelse af dagsorden\n\nReferat\n\nGodkendt\n"
)


def test_links_to_earlier_minutes_above_the_own_do_not_end_the_attendance_lists() -> None:
    result = run(_INDEX_PAGE)
    assert [p.name for p in result.meeting.participants] == ["Helle Fjordgaard", "Anders Kornbæk Lund", "Sanne Birkmose"]
    assert result.meeting.absent == ["Jonas Engholm"]


def test_another_meeting_after_the_own_title_still_ends_the_lists() -> None:
    raw = (
        "Referat af bestyrelsesmøde tirsdag den 10. januar 2023\n\n"
        "Deltagere: Eva Holm, Bo Dam og Kim Lund\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "Referat af bestyrelsesmøde tirsdag den 14. marts 2023\n\n"
        "Afbud: Rikke Sand\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n"
    )
    result = run(raw)
    assert "Rikke Sand" not in result.meeting.absent


def test_an_item_with_a_time_slot_after_its_dash_is_an_item() -> None:
    raw = (
        "Referat af møde i Ældrerådet 12. marts 2024\n\nMedlemmer\n\n • Eva Holm\n • Bo Dam\n\n"
        "Dagsorden\n\n"
        "1 - 10.00-10.05 Velkomst og godkendelse af dagsorden\n\nGodkendt\n\n"
        "2 - 10.05-10.10 Godkendelse af referat fra sidste møde\n\nGodkendt\n\n"
        "3 - 10.10-11.00 Orientering om budgettet for plejeområdet\n\nKommunens økonomichef gennemgik tallene.\n"
    )
    heads = [item.head for item in parse_layout(raw).items if item.head]
    slotted = [h for h in heads if h.number == 2]
    assert slotted and slotted[0].title == "Godkendelse af referat fra sidste møde"
    assert raw[slotted[0].title_start : slotted[0].title_end] == slotted[0].title
    assert (2, "approved") in [(d.item, d.outcome) for d in run(raw).decisions]


def test_a_dashed_count_of_weeks_is_still_no_item() -> None:
    raw = "Referat\n\nDeltagere: Eva Holm\n\n2 - 3 uger før mødet sendes materialet ud.\n"
    assert all(item.head is None or item.head.number != 2 for item in parse_layout(raw).items)
