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


SINGLE_ITEM = (
    "Mødedato: 10.10.2023, kl. 18:30\nMødested: Vestby Kulturhus, 5. sal\n\n"
    "Endelig godkendelse af svar på høring om ældrepolitikken\n\n"
    "Vestby Lokaludvalg bedes endeligt godkende svar på høring om kommunens ældrepolitik.\n\n"
    "Indstilling\n\nSekretariatet indstiller,\n\n1. at Vestby Lokaludvalg endeligt godkender svar på høringen.\n\n"
    "Beslutning\n\nGodkendt.\n"
)


def test_a_single_items_page_takes_its_body_from_the_recommendation() -> None:
    meeting = socdoc.extract(SINGLE_ITEM).meeting
    assert meeting is not None and meeting.body == "Vestby Lokaludvalg"


def test_a_header_body_is_kept_over_the_recommendations_addressee() -> None:
    text = ("Referat\n\nØkonomiudvalget\n\nMødedato: 3. maj 2022, kl. 16:00\n\n1. Budget 2023\n\n"
            "Direktionen indstiller til Byrådet, at budgettet godkendes.\n\nBeslutning\n\nAnbefales.\n")
    meeting = socdoc.extract(text).meeting
    assert meeting is not None and meeting.body == "Økonomiudvalget"


def test_a_housing_boards_ob_meeting_names_the_organisationsbestyrelse() -> None:
    text = ("Referat OB-møde den 6. juni 2018\n\nTidspunkt: Kl. 17:00 Sted: Mødelokale 2\n\n"
            "Til stede: Pia Dahl, Lisa Kok, Ole Bak\n\n1. Godkendelse af dagsorden\n\nBeslutning: Godkendt.\n")
    meeting = socdoc.extract(text).meeting
    assert meeting is not None and meeting.body == "Organisationsbestyrelsen"


PDF_LIST = (
    "Referat\n\nMøde i Lokalrådet den 3. marts 2009 kl. 16.00.\n\n"
    "Til stede: Linda Brask (LB), Karen Sommer (KS), Keld\n\nNielsen (KN), Ole Lunding (OL), Per Heide\n\n"
    "Sørensen (PHS)\n\nFraværende:\n\nDagsordenpunkt Emne Beslutning Status\n\n"
    "1. Godkendelse af dagsorden\n\nBeslutning: Godkendt.\n"
)


def test_names_a_pdf_broke_over_a_blank_line_are_joined_again() -> None:
    meeting = socdoc.extract(PDF_LIST).meeting
    assert meeting is not None
    assert [p.name for p in meeting.participants] == [
        "Linda Brask", "Karen Sommer", "Keld Nielsen", "Ole Lunding", "Per Heide Sørensen"]


def test_a_tables_head_under_an_empty_absence_label_is_nobody() -> None:
    meeting = socdoc.extract(PDF_LIST).meeting
    assert meeting is not None and meeting.absent == []
