"""Contact blocks whose lines alternate role and name: the block's first line says the order
(a role first: each role is the name's below it), and first names that are also months."""

from __future__ import annotations

from people_run import people


def test_block_opening_with_a_role_gives_each_role_to_the_name_below() -> None:
    text = (
        "Puljen er fordelt.\n"
        "Spørgsmål\n"
        "Specialkonsulent\n"
        "Hanne Louise Krogh\n"
        "Kontormedhjælper\n"
        "Bertel Vinstrup\n"
    )
    found = people(text)
    assert found["Hanne Louise Krogh"].role == "specialkonsulent"
    assert found["Bertel Vinstrup"].role == "kontormedhjælper"


def test_block_opening_with_a_name_gives_each_role_to_the_name_above() -> None:
    text = "Kontakt:\n\nSune Kragelund\nPressechef\nMette Fogh Rask\nKommunikationskonsulent\n"
    found = people(text)
    assert found["Sune Kragelund"].role == "pressechef"
    assert found["Mette Fogh Rask"].role == "kommunikationskonsulent"


def test_month_that_is_a_first_name() -> None:
    text = "Spørgsmål til puljen\nKonsulent\nAugust Thorbøll\n"
    assert people(text)["August Thorbøll"].role == "konsulent"


def test_names_joined_by_og_before_an_attendance_phrase() -> None:
    found = people("Maj Ellegaard og Torvald Brink deltog ikke i behandlingen af punkt 4.")
    assert "Maj Ellegaard" in found and "Torvald Brink" in found


def test_month_heading_is_no_name() -> None:
    assert not people("August Nyhedsbrev\nDer er nyt fra rådet.\n", "August Nyhedsbrev")
