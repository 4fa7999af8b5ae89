"""Minutes: members lists written without a colon after their label in a transcript whose pages run
together on one line each - the list closing the header's line, the list on a page line that opens with
the page's number. Texts written for these tests."""

from __future__ import annotations

from tests.extractors.minutes_run import run

ITEMS = ("\n\n2 Indhold Sag nr. 1 Godkendelse af dagsorden Sag nr. 2 Meddelelser 2 / 9\n\n"
         "3 Sag nr. 1 Godkendelse af dagsorden Beslutning: Godkendt. 3 / 9\n\n"
         "4 Sag nr. 2 Meddelelser Beslutning: Taget til efterretning. 4 / 9\n")


def _names(raw: str) -> list[str]:
    return [p.name for p in run(raw).meeting.participants]


def test_capitalised_label_closing_the_header_line() -> None:
    raw = ("Transkript\n\n1 Teknik- og Miljøudvalget Referat fra møde Onsdag den 8. februar 2012 kl i Rådhuset, "
           "Skovby Mødet slut kl MØDEDELTAGERE Eva Holm (A) Bo Dam (V) Kim Lund (C) Lis Berg (A) 1 / 9" + ITEMS)
    m = run(raw).meeting
    assert [p.name for p in m.participants] == ["Eva Holm", "Bo Dam", "Kim Lund", "Lis Berg"]
    assert [p.party for p in m.participants] == ["A", "V", "C", "A"]


def test_a_label_in_a_sentence_is_no_list() -> None:
    raw = ("Transkript\n\n1 Teknik- og Miljøudvalget Referat fra møde Onsdag den 8. februar 2012 kl i Rådhuset, "
           "Skovby Medlemmer af udvalget blev orienteret om sagen 1 / 9" + ITEMS)
    assert _names(raw) == []


def test_page_line_read_as_an_item_still_gives_the_lists() -> None:
    raw = ("Transkript\n\n1 åbent møde for Miljøudvalgets møde den 5. marts 2009 kl. 14:00 i Lokale 12\n\n"
           "2 Indholdsfortegnelse 001. Godkendelse af dagsorden 002. Meddelelser 2\n\n"
           "3 Medlemmer Eva Holm Bo Dam Kim Lund Lis Berg Fraværende Kim Lund Bemærkninger til dagsorden 3\n\n"
           "4 001. Godkendelse af dagsorden Sagsnr.: 09/1 Fraværende: Kim Lund Beslutning: Godkendt.\n\n"
           "5 002. Meddelelser Sagsnr.: 09/2 Fraværende: Kim Lund Beslutning: Taget til efterretning.\n")
    m = run(raw).meeting
    assert [p.name for p in m.participants] == ["Eva Holm", "Bo Dam", "Lis Berg"]
    assert m.absent == ["Kim Lund"]


def test_names_run_together_without_a_first_name_each_are_not_guessed() -> None:
    raw = ("Transkript\n\n1 åbent møde for Miljøudvalgets møde den 5. marts 2009 kl. 14:00 i Lokale 12\n\n"
           "2 Indholdsfortegnelse 001. Godkendelse af dagsorden 002. Meddelelser 2\n\n"
           "3 Medlemmer Eva Holm Bo Lodahl Dam Kim Lund Lis Berg Fraværende Bo Lodahl Dam Bemærkninger 3\n\n"
           "4 001. Godkendelse af dagsorden Sagsnr.: 09/1 Fraværende: Bo Lodahl Dam Beslutning: Godkendt.\n")
    m = run(raw).meeting
    assert all(p.name in ("Eva Holm", "Kim Lund", "Lis Berg") for p in m.participants)
    assert "Dam Kim Lund" not in m.absent
