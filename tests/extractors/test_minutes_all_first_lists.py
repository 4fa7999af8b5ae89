"""Web minutes whose ordered list was saved with "1." before every item: the first entry is item 1
and keeps its number, the later ones lost theirs; an entry with only a short outcome line under it
("Godkendt") is an item with its decision, not a line of a contents list.

All texts are written for these tests."""

from __future__ import annotations

from minutes_run import run

_DOC = (
    "Referat af bestyrelsesmøde d. 3. juni 2024 kl. 19.00\n\n"
    "Deltagere: Lise Krogh, Bent Aagaard, Mona Vestergaard\n\n"
    "  1. Godkendelse af dagsorden\n\nGodkendt\n\n"
    "  1. Kirkeværgen gennemgår planen for kirkegården.\n\nArbejdet med diget påbegyndes i august.\n\n"
    "  1. Kasserer: kvartalsrapport\n\nKvartalsrapporten blev godkendt.\n\n"
    "  1. Evt.\n\n-\n"
)


def test_first_entry_keeps_number_one_and_its_short_decision() -> None:
    found = [(d.item, d.outcome, d.text) for d in run(_DOC).decisions]
    assert found[0] == (1, "approved", "Godkendt")
    assert (None, "approved", "Kvartalsrapporten blev godkendt.") in found


def test_contents_list_is_not_read_as_items() -> None:
    raw = ("Referat af bestyrelsesmøde d. 3. juni 2024\n\nDagsorden:\n1. Godkendelse af dagsorden\n"
           "2. Regnskab\n3. Eventuelt\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Regnskab\n\n"
           "Regnskabet blev godkendt.\n\n3. Eventuelt\n\nIntet.\n")
    found = [(d.item, d.outcome) for d in run(raw).decisions]
    assert found[:2] == [(1, "approved"), (2, "approved")]
