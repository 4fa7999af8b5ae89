"""People: roles written after the party letter in a flattened member list belong to the name before."""

from __future__ import annotations

from socdoc.extractors.people import find_people
from socdoc.normalize import normalize


def roles(text: str) -> dict[str, str | None]:
    norm = normalize(text)
    return {p.name: p.role for p in find_people(norm, text)}


def test_role_after_the_letter_is_the_previous_names() -> None:
    text = ("Referat af Socialudvalgets møde\nTilstedeværende: Eva Lund (O) formand Ali Demir (V) næstformand "
            "Kim Holm (I) udvalgsmedlem Lone Berg (A) udvalgsmedlem Punkter på åben dagsorden\n")
    found = roles(text)
    assert found["Eva Lund"] == "formand"
    assert found["Ali Demir"] == "næstformand"
    assert found["Kim Holm"] == "udvalgsmedlem"


def test_a_single_name_with_letter_and_role_keeps_the_usual_reading() -> None:
    text = "Mødet blev ledet af Eva Lund (O), formand for udvalget, og referatet godkendt."
    assert roles(text)["Eva Lund"] == "formand"
