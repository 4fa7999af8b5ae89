"""A party's adjective before a title in an apposition: "Eva Holm, konservativ borgmester i X"
gives the title alone; the adjective tells the politician's party, not the office. Texts written for these
tests."""

from __future__ import annotations

import pytest

from people_run import people


@pytest.mark.parametrize("text,name,role", [
    ("Det glæder Karen Vestergaard, socialdemokratisk formand for Region Nordjylland, at aftalen er i hus.",
     "Karen Vestergaard", "formand"),
    ("Det oplyser Poul Riis, konservativ borgmester i Skovlund Kommune.", "Poul Riis", "borgmester"),
    ("Forslaget kommer fra Lise Damgaard, radikal rådmand for Sundhed og Omsorg, som vil have flere hænder.",
     "Lise Damgaard", "rådmand"),
])
def test_party_adjective_before_the_title(text: str, name: str, role: str) -> None:
    assert people(text, name)[name].role == role


def test_a_party_adjective_with_no_title_gives_no_role() -> None:
    text = "Morten Lind, socialdemokratisk til fingerspidserne, stiller ikke op igen ved valget."
    assert people(text, "Morten Lind")["Morten Lind"].role is None
