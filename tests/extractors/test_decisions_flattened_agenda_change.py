"""The agenda item's decision flattened into one line with an agenda change before the outcome
("Pkt. 3 behandles før pkt. 2. Godkendt."): only the sentence that opens the line names another
item; the outcome after it is the agenda item's own.

All texts are written for these tests."""

from __future__ import annotations

from socdoc.extractors.decisions import agenda_outcome, classify


def test_outcome_after_an_agenda_change_in_one_line_is_the_items() -> None:
    text = "Pkt. 4 behandles før pkt. 2. Godkendt."
    assert agenda_outcome("Godkendelse af dagsorden", text) is None  # no sentence about the agenda itself
    assert classify(text) == "approved"


def test_a_member_leaving_between_change_and_outcome() -> None:
    text = "Pkt. 6 behandles som det første. Karen Dahl (A) forlod mødet efter pkt. 3. Dagsordenen blev godkendt."
    assert agenda_outcome("Godkendelse af dagsorden", text) == "approved"


def test_a_line_that_only_names_another_item_is_still_that_items() -> None:
    assert agenda_outcome("Godkendelse af dagsorden", "Punkt 9 Ny skolestruktur udsættes.") == "other"
    assert classify("Punkt 28. Aftale med vognmanden udsat.") == "postponed"


def test_the_opening_sentence_after_the_item_number_names_that_item() -> None:
    # "Punkt 12." and "Lejeaftalen udsættes." are two sentences; the second still belongs to item 12
    assert agenda_outcome("Godkendelse af dagsorden", "Punkt 12. Lejeaftalen udsættes.") == "other"
