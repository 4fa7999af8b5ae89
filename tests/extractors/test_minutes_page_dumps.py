"""Minutes saved as page dumps whose item numbers were lost: each page one line, only the contents
list pairs numbers with titles, and the decision label stands inside the page's line."""

from __future__ import annotations

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
