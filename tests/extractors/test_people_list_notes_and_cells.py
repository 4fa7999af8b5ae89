"""Attendance lists and label cells that small boards' minutes and flattened tables give: first names
with a note in brackets, a role word before an item or a plural role before the whole list, and a role
label with a room number after the first name (such one-word names stay in the meeting's attendance and
are no people); two roles after two names in the same order; a label
cell glued to its value or standing over a line of names; a line of columns cut at their edges.
Texts written for these tests."""

from __future__ import annotations

from people_run import people

from socdoc.api import extract


_BOARD = """Referat af bestyrelsesmøde 4.03.2024

Til stede: Bestyrelsesmedlemmer Inger, Bo (referent), Kim, Vibeke og suppleant Ole

Afbud: Karen

Dagsorden:

ad 1. Valg af ordstyrer

Inger blev valgt.

ad 2. Økonomi

Kim gennemgik regnskabet.

Næste møde tirsdag den 2. april kl. 18.
"""


def test_first_name_list_with_notes_role_words_and_a_plural_role_is_attendance_only() -> None:
    doc = extract(_BOARD)
    assert [p.name for p in doc.meeting.participants] == ["Inger", "Bo", "Kim", "Vibeke", "Ole"]
    assert doc.meeting.absent == ["Karen"]
    found = {p.name: p.role for p in doc.people}
    assert not {"Inger", "Bo", "Kim", "Vibeke", "Ole", "Karen"} & set(found)
    assert not any(name.startswith("Bestyrelsesmedlem") for name in found)


_HOUSE = """Referat af beboerrådsmøde 3/3/2011

Til stede: Jonas (112), Anne Sofie (203), Frederik (318), Mikkel (402).

1) Valg af ordstyrer: Frederik (318). Referent: Mikkel (402).

2) Dagsorden godkendt.
"""


def test_room_numbers_after_first_names_keep_the_attendance_and_the_double_first_name() -> None:
    doc = extract(_HOUSE)
    assert [p.name for p in doc.meeting.participants] == ["Jonas", "Anne Sofie", "Frederik", "Mikkel"]
    found = {p.name: p.role for p in doc.people}
    assert "Frederik" not in found and "Mikkel" not in found
    assert "Anne Sofie" in found and "Sofie" not in found


def test_two_names_then_their_two_roles_in_order() -> None:
    text = "Det siger Bo Skov Hansen og Eva K. Lund, generalsekretær og landsformand i Danske Fodgængere.\n"
    found = people(text, "Bo Skov Hansen", "Eva K. Lund")
    assert found["Bo Skov Hansen"].role == "generalsekretær"
    assert found["Eva K. Lund"].role == "landsformand"


def test_label_cell_glued_to_a_name_and_a_label_over_a_line_of_names() -> None:
    text = ("Referat\n\nStedForsamlingshuset\nMødelederKaren Holm Vestergaard\nSekretær\n\n"
            "Jens Bak, Lise Munk Andersen\n\n1. Godkendelse af dagsorden\n")
    found = people(text)
    assert found["Karen Holm Vestergaard"].role == "mødeleder"
    assert found["Jens Bak"].role == found["Lise Munk Andersen"].role == "sekretær"


def test_names_on_a_line_of_columns_cut_short_are_no_people() -> None:
    text = ("Referat Ældrerådet Dato 3. m Sted Rådh Afbu Margr Medlemmer Torb Svend Kirste Hanne Lind\n\n"
            "Afbud: Margrethe Holm\n\nMedlemmer:\nTorben Dall\nSvend Aage Krog\nKirsten Bech\n")
    found = people(text, "Torben Dall", "Svend Aage Krog", "Kirsten Bech", "Margrethe Holm", "Kirste Hanne Lind")
    assert "Kirste Hanne Lind" not in found
    assert "Torben Dall" in found


def test_a_preposition_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = "Ifølge Mette Dalsgaard Krogh, der er teamleder i jobcentret, er ventetiden faldet.\n"
    found = people(text, "Ifølge Mette Dalsgaard Krogh")
    assert "Ifølge Mette Dalsgaard Krogh" not in found
    assert found["Mette Dalsgaard Krogh"].role == "teamleder"


def test_a_pronoun_role_after_a_paragraph_break_and_a_time_span() -> None:
    text = ("En af beboerne, der har set kvarteret ændre sig, er 68-årige Ove Brink.\n\n"
            "Han var i 12 år formand for afdelingsbestyrelsen og bor der stadig.\n")
    found = {p.name: p.role for p in extract(text).people}
    assert found["Ove Brink"] == "formand"


def test_a_role_line_above_a_line_that_opens_its_own_list() -> None:
    text = "Fraværende\n\nStedfortræder\n\nMedlemmer Jonna Friis\n\nPoul Erik Lund\n\nGerda Holt\n"
    found = people(text, "Jonna Friis", "Poul Erik Lund", "Gerda Holt")
    assert found["Jonna Friis"].role is None
