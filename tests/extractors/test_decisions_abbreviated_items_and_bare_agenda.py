"""Decisions of small councils' and boards' minutes: items headed by the board's abbreviation with a
full stop ("HR. 2 Budget"), items headed "Punkt nummer: 3" over their title, and an unnumbered
heading approving the agenda with the agenda as the subject of the outcome line below it."""

from __future__ import annotations

from minutes_run import run


def outcomes(raw: str) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


ABBREVIATED = ("Ældrerådet\n\n"
               "Referat af møde 4. februar 2025\n\n"
               "ÆR. 1 Valg af formand og næstformand\n\n"
               "Indstilling\n\n"
               "Rådet vælger formand og næstformand.\n\n"
               "Beslutning:\n\n"
               "Formand blev Inger Thule, næstformand Bent Holst.\n\n"
               "ÆR. 2 Budget for rådets arbejde\n\n"
               "Der foreligger et oplæg til fordeling af midlerne.\n\n"
               "Beslutning:\n\n"
               "Budgettet blev drøftet.\n")


def test_items_headed_by_the_abbreviation_with_a_full_stop_keep_their_numbers() -> None:
    found = outcomes(ABBREVIATED)
    assert (2, "discussed") in found
    assert all(item is not None for item, _ in found)


def test_an_abbreviation_ending_a_sentence_before_a_number_opens_no_item() -> None:
    raw = ("Referat af møde 4. februar 2025\n\n"
           "1. Orientering\n\n"
           "Beslutning:\n\n"
           "Sagen blev behandlet i KB. 12 borgere havde skrevet ind.\n")
    assert [item for item, _ in outcomes(raw)] == [1]


NUMBER_LABEL = ("Referat fra Handicaprådets møde mandag den 3. marts 2025\n\n"
                "Punkt nummer: 1\n"
                "Høringssvar om kvalitetsstandarder\n\n"
                "Forvaltningen foreslår:\n"
                "At rådet drøfter høringerne.\n\n"
                "Beslutning:\n"
                "Rådet sender et fælles høringssvar.\n\n"
                "Punkt nummer: 2\n"
                "Tilgængelighed i idrætshallen\n\n"
                "Beslutning:\n"
                "Taget til efterretning.\n")


def test_items_headed_punkt_nummer_keep_their_numbers() -> None:
    found = outcomes(NUMBER_LABEL)
    assert (2, "noted") in found
    assert (None, "other") not in found and (None, "noted") not in found


def test_an_unnumbered_agenda_heading_over_the_agenda_approved() -> None:
    raw = ("Referat fra bestyrelsesmøde tirsdag den 8. april 2025 kl. 19.00\n"
           "Sted: Forsamlingshuset\n\n"
           "Deltagere: Karen Ravn, Mogens Tved, Lis Bach\n\n"
           "Godkendelse af dagsordenen\n"
           "Dagsorden godkendt.\n\n"
           "Nyt fra kommunen\n"
           "Vi har fået svar om stien langs åen, og der kommer nyt lys i efteråret.\n")
    found = run(raw).decisions
    assert (None, "approved") in [(d.item, d.outcome) for d in found]
    agenda = next(d for d in found if d.outcome == "approved")
    assert raw[agenda.start:agenda.end] == "Dagsorden godkendt."


def test_an_unnumbered_agenda_heading_over_other_text_decides_nothing() -> None:
    raw = ("Referat fra bestyrelsesmøde tirsdag den 8. april 2025 kl. 19.00\n\n"
           "Godkendelse af dagsordenen\n"
           "Formanden bød velkommen til de nye medlemmer.\n")
    assert (None, "approved") not in outcomes(raw)


def test_a_transcript_page_with_the_agenda_approved_after_a_lost_full_stop() -> None:
    raw = ("1 Referat Kulturudvalget Mødedato: 2. maj 2011 Mødested: Rådhuset, lokale 4\n\n"
           "2 Kulturudvalget den 2. maj 2011 Side 1 1. Godkendelse af dagsorden Sagsnr.: 11/204 Åben sag "
           "Formanden indstiller, at dagsordenen godkendes. Punkt 6 behandles som det første "
           "Dagsordenen godkendt 2. Tilskud til spillestedet Sagsnr.: 11/981 Åben sag Der søges om "
           "tilskud til koncerter i efteråret.\n")
    assert (1, "approved") in outcomes(raw)


def test_a_short_transcript_page_line_with_the_agenda_approved() -> None:
    raw = ("1 Referat Skoleudvalget Mødedato: 9. juni 2014 Mødested: Rådhuset\n\n"
           "3 1. Godkendelse af dagsorden Sagsnr.: 14/5521 Sagsansvarlig: abc.sk Dagsorden godkendt 2\n\n"
           "4 2. Orientering Sagsnr.: 14/5600 Formanden orienterede om skolernes ferieplaner.\n")
    assert (1, "approved") in outcomes(raw)


def test_a_proposal_to_approve_the_agenda_is_no_approval() -> None:
    raw = ("1 Referat Skoleudvalget Mødedato: 9. juni 2014 Mødested: Rådhuset\n\n"
           "3 1. Godkendelse af dagsorden Sagsnr.: 14/5521 Formanden indstiller, at Dagsordenen godkendes\n")
    assert (1, "approved") not in outcomes(raw)


def test_minutes_without_items_opening_with_the_agenda_approved() -> None:
    raw = ("Referat af bestyrelsesmøde i afdeling 7, 12. august 2024\n\n"
           "Dagsordenen blev godkendt.\n"
           "Hækkene langs stien klippes i september.\n"
           "Der er købt nye borde til fælleshuset.\n")
    assert (None, "approved") in outcomes(raw)


def test_a_proposal_line_about_the_agenda_records_nothing() -> None:
    raw = ("Referat af bestyrelsesmøde i afdeling 7, 12. august 2024\n\n"
           "Dagsordenen skal godkendes på næste møde.\n"
           "Hækkene langs stien klippes i september.\n")
    assert (None, "approved") not in outcomes(raw)
