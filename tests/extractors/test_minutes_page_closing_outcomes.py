"""Page dumps whose item pages close with a bare outcome and no decision label ("… Sagsnr. Godkendt. Side 1"):
the item is the number after the page's own, or the contents entry the page repeats."""

from __future__ import annotations

from tests.extractors.minutes_run import run

PAD = ("Forvaltningen har gennemgået sagen og beskriver her baggrunden for indstillingen, de økonomiske "
       "konsekvenser og den videre proces for arbejdet i de kommende måneder. ")

HEAD = ("1 Referat af Sundhedsudvalgets møde den kl. 16:30 i Mødelokale 2 Tilstedeværende: Eva Holm (A) formand "
        "Bo Lund (V) næstformand Punkter på åben dagsorden 41. Godkendelse af dagsorden 42. Mødekalender for 2016 "
        "43. Eventuelt Punkter på lukket dagsorden Ingen sager.")


def test_the_item_number_after_the_page_number() -> None:
    pages = ("2 41. Godkendelse af dagsorden Kl. 15 i kantinen budgetdialog med rådene. Sundhedsudvalget "
             "Til behandling Sundhed og Omsorg Sagsnr. Godkendt. Side 1\n\n"
             "3 42. Mødekalender for 2016 Forvaltningen indstiller, at mødekalenderen godkendes. " + PAD + "Side 2")
    result = run("Transkript\n\n" + HEAD + "\n\n" + pages + "\n")
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [(41, "approved", "Godkendt.")]


def test_the_label_before_the_outcome_is_no_part_of_it() -> None:
    pages = ("2 41. Godkendelse af dagsorden Forventet beslutningsproces Udvalg Planlagt mødedato Kategori "
             "Sundhedsudvalget Sagsnr. Beslutning Taget til efterretning. Side 1")
    result = run("Transkript\n\n" + HEAD + "\n\n" + pages + "\n")
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [(41, "noted", "Taget til efterretning.")]


def test_the_contents_entry_the_page_repeats_and_a_dated_footer() -> None:
    contents = ("1 Nordby Byråd Dagsorden Møde 23. februar 2010 kl. 19:00 i Byrådssalen Pkt. Tekst Side "
                "32 Nyt medlem af Nordby Byråd 1 33 Omkonstituering i udvalg og råd 2 34 Eventuelt 3")
    page = ("3 A Nyt medlem af Nordby Byråd Byrådsmedlem Eva Holm er udtrådt. Gruppen anmoder om, at "
            "stedfortræder Bo Lund indtræder i Byrådet. Godkendt. Nordby Byråd, 23. februar 2010 Side 1")
    result = run("Transkript\n\n" + contents + "\n\n" + page + "\n")
    assert [(d.item, d.outcome) for d in result.decisions] == [(32, "approved")]


def test_a_page_closing_with_a_sentence_of_prose_gives_nothing() -> None:
    pages = ("2 41. Godkendelse af dagsorden Kl. 15 i kantinen budgetdialog med rådene. Sundhedsudvalget "
             "Til behandling Sundhed og Omsorg. Forvaltningen har godkendt planen for næste år. Side 1")
    result = run("Transkript\n\n" + HEAD + "\n\n" + pages + "\n")
    assert result.decisions == []


def test_an_items_open_mark_makes_the_number_an_items_and_a_doubled_stop_before_the_footer() -> None:
    pages = ("3 1 (Åben) Godkendelse af dagsorden Sags ID: EMN Ansvarligt center: Godkendelse af dagsordenen. "
             "Center for Kultur indstiller, at dagsordenen godkendes. Godkendt.. Side 3 af 31")
    result = run("Transkript\n\n1 Referat Kulturudvalget Ordinært møde Medlemmer: Eva Holm (C)\n\n" + pages + "\n")
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [(1, "approved", "Godkendt.")]
