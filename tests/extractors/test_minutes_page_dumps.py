"""Minutes saved as page dumps whose item numbers were lost: each page one line, only the contents
list pairs numbers with titles, and the decision label stands inside the page's line."""

from __future__ import annotations

from socdoc.extractors.minutes_pagedump import page_dump_decisions
from socdoc.normalize import normalize
from tests.extractors.minutes_run import run

PAD = ("Forvaltningen har gennemgået sagen og beskriver her baggrunden for indstillingen, de økonomiske "
       "konsekvenser og den videre proces for arbejdet i de kommende måneder. ")

CONTENTS = ("Teknisk Udvalg Referat Møde 4. maj 2015 kl. 16:00 i Mødelokale 2 Pkt. Tekst Side "
            "71 Regnskab for vejområdet første kvartal 2 72 Ansøgning om tilskud til ny bro 3 "
            "73 Høring om trafikplan for bymidten 5")


def test_lost_numbers_are_read_from_the_contents_list() -> None:
    page = ("3 R Regnskab for vejområdet første kvartal 2015 Sagsfremstilling " + PAD
            + "Beslutning Orientering taget til efterretning. Teknisk Udvalg, 4. maj 2015 Side 1")
    result = run("Transkript\n\n" + CONTENTS + "\n\n" + page + "\n")
    assert [(d.item, d.outcome) for d in result.decisions] == [(71, "noted")]
    assert result.decisions[0].text == "Orientering taget til efterretning."


def test_a_dated_heading_of_the_body_before_the_wording() -> None:
    page = ("Side Ansøgning om tilskud til ny bro ÅBEN SAG Sagsfremstilling " + PAD
            + "Beslutning i Teknisk Udvalg den Udvalget godkendte ansøgningen. "
            "Høring om trafikplan for bymidten ÅBEN SAG Sagsfremstilling " + PAD)
    result = run("Transkript\n\n" + CONTENTS + "\n\n" + page + "\n")
    assert [(d.item, d.outcome) for d in result.decisions] == [(72, "approved")]


def test_no_decision_when_the_page_names_no_listed_item() -> None:
    page = ("4 Et emne som ikke står på listen Sagsfremstilling " + PAD
            + "Beslutning Godkendt. Teknisk Udvalg, 4. maj 2015 Side 4")
    result = run("Transkript\n\n" + CONTENTS + "\n\n" + page + "\n")
    assert result.decisions == []


def test_label_run_into_a_sentence_ends_at_the_sentence_not_the_footer() -> None:
    # "Beslutning" runs straight into a sentence about a person; the footer's body and date after
    # that sentence do not make the whole stretch a heading
    page = ("3 R Ansøgning om tilskud til ny bro Sagsfremstilling " + PAD
            + "Beslutning Karen Holm blev valgt til styregruppen. "
              "Teknisk Udvalg, 4. maj 2015 Side 3")
    result = run("Transkript\n\n" + CONTENTS + "\n\n" + page + "\n")
    assert [(d.item, d.outcome) for d in result.decisions] == [(72, "other")]
    assert result.decisions[0].text == "Karen Holm blev valgt til styregruppen."


# A viewer's transcript numbers its pages at the start of each page's line, and the cover's running
# footer "Side 1." stands before the meeting's labels; neither number is a contents entry, so the
# contents list's own first entry (1) still names the first item.
COVER = ("1 Referat - Åben dagsorden Miljøudvalget Sekretariatet Skovby Kommune Side 1. Mødedato: "
         "Mødet påbegyndt: kl. 16:00 Mødet afsluttet: kl. 18:00 Mødested: Rådhusets mødelokale Fraværende: Eva Holm "
         "Følgende sager behandles: Pkt. Tekst 1 Status for affaldsordningen i landdistrikterne "
         "Ansøgning om tilskud til naturpleje ved Langsø 3 Høring om vandplan for oplandet 5 Eventuelt 7 Side")


def test_page_numbers_of_the_transcript_are_no_contents_entries() -> None:
    page = ("2 Side Ø Status for affaldsordningen i landdistrikterne Sagsfremstilling " + PAD
            + "Beslutning Miljøudvalget godkendte indstillingen. Eva Holm deltog ikke i mødet.")
    raw = "Transkript\n\n" + COVER + "\n\n" + page + "\n"
    found = page_dump_decisions(normalize(raw), raw, None)
    assert [(d.item, d.outcome) for d in found] == [(1, "approved")]
    assert found[0].text == "Miljøudvalget godkendte indstillingen."


def test_the_first_entry_after_the_contents_page_column_keeps_its_number() -> None:
    # "Sag nr. Side 84.": the column headings of the contents list, then its first entry
    contents = ("2 Miljøudvalget, Indholdsfortegnelse Sag nr. Side 84. Status for affaldsordningen i "
                "landdistrikterne Ansøgning om tilskud til naturpleje ved Langsø Høring om vandplan for oplandet "
                "Eventuelt " + PAD)
    page = ("3 Miljøudvalget, Side Status for affaldsordningen i landdistrikterne Sagsfremstilling " + PAD
            + "Beslutning Udvalget tog orienteringen til efterretning.")
    result = run("Transkript\n\n" + contents + "\n\n" + page + "\n")
    assert [(d.item, d.outcome) for d in result.decisions] == [(84, "noted")]


def test_a_short_line_opened_by_a_number_is_still_a_contents_entry() -> None:
    contents = "Dagsorden\n1 Status for affaldsordningen i landdistrikterne\n2 Høring om vandplan for oplandet"
    page = ("7 Side Ø Status for affaldsordningen i landdistrikterne Sagsfremstilling " + PAD
            + "Beslutning Udvalget godkendte indstillingen.")
    result = run("Transkript\n\n" + contents + "\n\n" + page + "\n")
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "approved")]


def test_a_page_number_before_the_page_word_is_no_item_number() -> None:
    # "3 Side Spørgeti …": the viewer's page number, then the page's "Side" whose own number was lost;
    # the item's number stands only in the contents list, so no decision is given a page's number
    contents = "2 Side 1 Indholdsfortegnelse Punkt nr. Side 41. Spørgetid for borgerne 12/ Salg af gammel skole"
    page = ("3 Side Spørgetid for borgerne 12/ Sagsnr.: 19/2211 Sagen afgøres i: Byrådet "
            "Beslutning i Byrådet den Ingen spørgsmål.")
    result = run("Transkript\n\n" + contents + "\n\n" + page + "\n")
    assert all(d.item != 3 for d in result.decisions)


def test_a_numbered_title_that_opens_with_side_words_in_lower_case_stays_an_item() -> None:
    result = run("Dagsorden\n\n4 Side om side i lokalsamfundet\n\nBeslutning\n\nGodkendt.\n")
    assert [(d.item, d.outcome) for d in result.decisions] == [(4, "approved")]
