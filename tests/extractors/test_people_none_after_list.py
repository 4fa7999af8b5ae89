"""People: "Ingen" ("none") under an attendance label that a flattened table runs on after the last
member's name is no part of the name."""

from __future__ import annotations

from people_run import people


def test_none_after_the_last_member_is_cut() -> None:
    text = ("Miljøudvalget Referat Dato 3. marts 2021 Sted Medlemmer Fraværende Mødelokale 2, Rådhuset "
            "Karen Bisgaard, Ole Vinther Madsen, Pia Lund Eriksen, Henrik Strand Ingen Bemærkninger\n\n"
            "1. Godkendelse af dagsorden\nGodkendt.\n")
    found = people(text, "Karen Bisgaard", "Ole Vinther Madsen", "Pia Lund Eriksen", "Henrik Strand Ingen")
    assert "Henrik Strand" in found
    assert not any(n.endswith("Ingen") for n in found)


def test_a_pastorate_named_by_its_parishes_is_no_person() -> None:
    text = ("Menighedsrådsmøde\n\n7. Det nye storpastorat\n"
            "Navnet på det fælles pastorat bliver: Egeskov Pastorat\n"
            "Lise Brandt er blevet medlem af kirkegårdsudvalget.\n")
    found = people(text, "Egeskov Pastorat", "Lise Brandt")
    assert "Egeskov Pastorat" not in found
    assert "Lise Brandt" in found
