"""Attendance lists that fresh minutes wrote in forms the readers did not know: a rank or title
written before each member's name (officers of the armed forces beside police and municipal staff)."""

from __future__ import annotations

from minutes_run import run


# --- a military rank before the name --------------------------------------------------------------

RANKS = (
    "Referat af møde i Beredskabsrådet\n\n"
    "Mødedato: 3. oktober 2023 kl. 13.00\n\n"
    "Deltagere:\n"
    "Borgmester Jens Holm\n"
    "Politiinspektør Mette Kjær\n"
    "Oberstløjtnant Anders Bjerg\n"
    "Kaptajn Lise Winther\n"
    "Kommandørkaptajn Bo Steen Nielsen\n\n"
    "1. Godkendelse af dagsorden\nGodkendt.\n")


def test_a_military_rank_is_no_part_of_the_name() -> None:
    names = [p.name for p in run(RANKS).meeting.participants]
    assert names == ["Jens Holm", "Mette Kjær", "Anders Bjerg", "Lise Winther", "Bo Steen Nielsen"]
