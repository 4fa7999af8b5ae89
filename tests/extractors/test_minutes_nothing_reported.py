"""A nothing-answer that decides nothing: "Intet nyt." under any item, and "Ingen." under an item that
only brings reports or proposals ("Meddelelser", "Kort orientering fra kassereren", "Nyt fra
udvalgene", "Indkomne forslag"). An answer to a question the item asks ("Bemærkninger til
dagsordenen: Ingen.", "Spørgetid: Ingen spørgsmål.") stays a decision ("other").

All texts are written for these tests."""

from __future__ import annotations

from minutes_run import run

_DOC = (
    "Referat af menighedsrådsmøde den 12. marts 2024\n\n"
    "1. Bemærkninger til dagsordenen\n\nIngen.\n\n"
    "2. Kort orientering fra kirkeværgen\n\nIntet nyt.\n\n"
    "3. Meddelelser:\n\nIngen.\n\n"
    "4. Nyt fra udvalgene\n\nIntet.\n\n"
    "5. Indkomne forslag\n\nIngen.\n\n"
    "6. Regnskab for 2023\n\nGodkendt.\n\n"
    "7. Spørgetid\n\nIngen spørgsmål.\n"
)


def _outcomes(raw: str) -> list[tuple[object, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


def test_nothing_reported_is_no_decision() -> None:
    assert _outcomes(_DOC) == [(1, "other"), (6, "approved"), (7, "other")]


def test_nothing_new_under_any_item_is_no_decision() -> None:
    raw = ("Referat af bestyrelsesmøde den 4. april 2024\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n"
           "2. Status på legepladsen\n\nIntet nyt at berette.\n\n3. Eventuelt\n\nDer blev drøftet en ny bænk.\n")
    assert _outcomes(raw) == [(1, "approved"), (3, "discussed")]


def test_report_item_with_a_decision_keeps_it() -> None:
    raw = ("Referat af bestyrelsesmøde den 4. april 2024\n\n1. Meddelelser\n\nReferatet fra sidst blev godkendt.\n\n"
           "2. Indkomne forslag\n\nForslaget om nye bord-bænkesæt blev vedtaget.\n")
    assert _outcomes(raw) == [(1, "approved"), (2, "approved")]


def test_nothing_reported_under_a_decision_label_is_the_bodys_decision() -> None:
    raw = ("Referat af Byrådets møde den 14. maj 2024\n\n"
           "1. Godkendelse af dagsorden\n\nBeslutning i Byrådet den 14-05-2024\n\nGodkendt.\n\n"
           "2. Meddelelser\n\nBeslutning i Byrådet den 14-05-2024\n\nIngen meddelelser.\n\n"
           "3. Salg af grund i Vestbyen\n\nBeslutning i Byrådet den 14-05-2024\n\nGodkendt.\n")
    assert _outcomes(raw) == [(1, "approved"), (2, "other"), (3, "approved")]
