"""Where roles and letters stand in board lists: a label on the line above the name, the role before
the letter in one bracket, and the role after the letter's cell."""

from __future__ import annotations

from people_run import people


def test_label_alone_on_the_line_above_the_name() -> None:
    found = people("Formand:\nGrethe Aaberg (A)\nNæstformand:\nVilhelm Tarp (O)\n")
    assert (found["Grethe Aaberg"].role, found["Grethe Aaberg"].party) == ("formand", "A")
    assert (found["Vilhelm Tarp"].role, found["Vilhelm Tarp"].party) == ("næstformand", "O")


def test_role_then_letter_in_one_bracket() -> None:
    found = people("Medlemmer\nIrene Falk (formand, V)\nJonas Tang (næstformand, A)\n")
    assert (found["Irene Falk"].role, found["Irene Falk"].party) == ("formand", "V")
    assert (found["Jonas Tang"].role, found["Jonas Tang"].party) == ("næstformand", "A")


def test_letter_then_role_after_commas() -> None:
    found = people("Bestyrelsen\nRuth Bagger, F, formand\nNiels Kure, C, kasserer\n")
    assert (found["Ruth Bagger"].role, found["Ruth Bagger"].party) == ("formand", "F")
    assert (found["Niels Kure"].role, found["Niels Kure"].party) == ("kasserer", "C")


def test_label_above_a_heading_gives_no_person() -> None:
    assert not people("Referent:\nGodkendelse af dagsorden\n")
