"""A general meeting's minutes told as prose: the board's members after "Bestyrelsen var repræsenteret ved:",
and an item told at length whose last paragraph records its outcome ("Beretningen blev godkendt.")."""

from __future__ import annotations

import socdoc

MINUTES = (
    "Referat\n\nGeneralforsamling i Nordby Roklub, den 7. februar 2018.\n\n"
    "Bestyrelsen var repræsenteret ved: Pia Dahl, Lisa Kok, Ole Bak og Rita Mørk.\n\n"
    "Afbud fra Jens Borup.\n\n"
    "1.\n\nValg af dirigent\n\nAnne Holm blev valgt til dirigent. Hun konstaterede, at generalforsamlingen var lovligt "
    "indkaldt.\n\n"
    "2.\n\nBestyrelsens beretning v/ Lisa Kok\n\n"
    "Kassereren fortalte om klubbens økonomi og de nye både.\n"
    "Der har været mange nye medlemmer i år, især blandt de unge.\n"
    "Klubben har haft et godt samarbejde med kommunen om den nye bådehal.\n\n"
    "Lisa aflagde bestyrelsens beretning, der blev rost af de fremmødte.\n\n"
    "Der blev spurgt til planerne for sommerens kaproning.\n\n"
    "Ole takkede de frivillige for deres store indsats.\n\n"
    "Beretningen blev godkendt.\n\n"
    "3.\n\nEventuelt\n\nIntet.\n"
)


def test_the_boards_members_after_repraesenteret_ved_are_the_participants() -> None:
    meeting = socdoc.extract(MINUTES).meeting
    assert meeting is not None
    assert [p.name for p in meeting.participants] == ["Pia Dahl", "Lisa Kok", "Ole Bak", "Rita Mørk"]


def test_the_closing_paragraph_of_an_item_told_at_length_is_its_decision() -> None:
    decisions = {d.item: (d.outcome, d.text) for d in socdoc.extract(MINUTES).decisions}
    assert decisions[2] == ("approved", "Beretningen blev godkendt.")


def test_a_long_item_without_a_closing_outcome_has_no_decision() -> None:
    text = MINUTES.replace("Beretningen blev godkendt.\n\n", "")
    assert 2 not in {d.item for d in socdoc.extract(text).decisions}
