"""The record's headline passes over the page's widgets, crawler stamps and press labels.

Invented pages in the layouts of public sites: skip links, accessibility switches, a site search, a
closing button, advertising labels, a breadcrumb's label, a former government's archive banner, photo
credits, a document site's file-format menu and page-size widget, a view counter, a crawler's month stamp
and a press label before the headline. Each widget alone, and the hard cases where the line is text.
"""
from __future__ import annotations

import pytest

import socdoc
from socdoc.extractors import docinfo

LEAD = "Kommunen har i dag besluttet at give foreningerne i Nørre Vindum et samlet tilskud på 2 mio. kr. til nye lokaler.\n"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("Skip navigation\n", "Nye lokaler til foreningerne i Nørre Vindum"),
        ("Skip navigationen\n", "Nye lokaler til foreningerne i Nørre Vindum"),
        ("Spring over hovedmenu\nSpring over venstremenu\n", "Nye lokaler til foreningerne i Nørre Vindum"),
        ("Gå direkte til indhold\n", "Nye lokaler til foreningerne i Nørre Vindum"),
        ("Slå adgang med tegn til/fra\n", "Nye lokaler til foreningerne i Nørre Vindum"),
        ("Søg på www.eksempelby.dk\n", "Nye lokaler til foreningerne i Nørre Vindum"),
        ("Luk\n", "Nye lokaler til foreningerne i Nørre Vindum"),
        ("ANNONCE\n", "Nye lokaler til foreningerne i Nørre Vindum"),
        ("Du er her\n", "Nye lokaler til foreningerne i Nørre Vindum"),
        ("Du er her: ForsideNyhederForeninger\nBookmark and Share\n", "Nye lokaler til foreningerne i Nørre Vindum"),
        ("Indholdet på denne side vedrører regeringen Hansen II (2031-2035)\n",
         "Nye lokaler til foreningerne i Nørre Vindum"),
        ("Foto: Lise Krog\n", "Nye lokaler til foreningerne i Nørre Vindum"),
        ("Fotograf: Per Holm, Colourbox\n", "Nye lokaler til foreningerne i Nørre Vindum"),
        ("Foto Eksempelby Kommune.\n", "Nye lokaler til foreningerne i Nørre Vindum"),
        ("Save this PDF as:\nWORD  PNG  TXT  JPG\nStørrelse: px\n", "Nye lokaler til foreningerne i Nørre Vindum"),
        ("12.03.2031 Views\n", "Nye lokaler til foreningerne i Nørre Vindum"),
    ],
    ids=["skip", "skip-definite", "spring-over", "gaa-direkte", "sign-language", "site-search", "close",
         "advert", "breadcrumb-label", "breadcrumb-share", "archive-banner", "photo-credit", "photographer",
         "photo-credit-no-colon", "file-formats", "view-counter"],
)
def test_widgets_before_the_headline(head: str, title: str) -> None:
    assert docinfo.find_headline(head + "Nye lokaler til foreningerne i Nørre Vindum\n" + LEAD) == title


def test_widget_then_lead_means_no_headline() -> None:
    # the closing button over the lead: no headline in the text, not the button
    assert docinfo.find_headline("Luk\n" + LEAD) is None


def test_crawler_stamp_before_the_headline() -> None:
    text = " date 2031-05 Ny bålhytte samler børnene i Lille Skovby\n\n" + LEAD
    assert docinfo.find_headline(text) == "Ny bålhytte samler børnene i Lille Skovby"


def test_crawler_stamp_before_a_lead_is_no_headline() -> None:
    text = " date 2031-05 " + LEAD + "Borgmesteren glæder sig over aftalen med foreningerne.\n"
    assert docinfo.find_headline(text) is None


def test_signed_caption_means_the_headline_was_lost() -> None:
    text = (" date 2031-05 Tre foreninger flytter ind i den gamle skole i Nørre Vindum til sommer. Foto: Lise Krog\n"
            "NØRRE VINDUM. Foreningerne får nye lokaler, og kommunen betaler hele istandsættelsen af bygningen\n")
    assert docinfo.find_headline(text) is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Pressemeddelelse: Budgetaftale for 2032 sikrer flere pædagoger", "Budgetaftale for 2032 sikrer flere pædagoger"),
        ("PRM / Eksempelby Kommune åbner nyt værested", "Eksempelby Kommune åbner nyt værested"),
        ("PRM / Fagforeningen: Aftalen er et godt skridt", "Fagforeningen: Aftalen er et godt skridt"),
    ],
    ids=["label-colon", "prm-slash", "prm-slash-colon-headline"],
)
def test_press_label_before_the_headline(line: str, title: str) -> None:
    assert docinfo.find_headline(line + "\nPressemeddelelse fra Eksempelby Kommune\n" + LEAD) == title


def test_press_label_line_naming_its_sender_is_not_the_headline() -> None:
    assert docinfo.find_headline("Pressemeddelelse fra Foreningen Hjælp til Børn\n" + LEAD) is None


def test_document_site_transcript_is_not_a_headline() -> None:
    text = ("LANGBY KOMMUNE\nStørrelse: px\nStarte visningen fra side:\nDownload \"LANGBY KOMMUNE\"\nTranskript\n"
            "1 Udvalget for Kultur den 3. marts 2031, s. 1 LANGBY KOMMUNE Udvalget for Kultur Protokol Sag nr 12\n")
    assert docinfo.find_headline(text) is None


def test_document_site_download_line_gives_its_title() -> None:
    text = ("Save this PDF as:\nWORD  PNG  TXT  JPG\nStørrelse: px\nStarte visningen fra side:\n"
            "Download \"Strategi for foreningslivet i Langby 2031-2034\"\nTranskript\n1 Strategi for foreningslivet\n")
    assert docinfo.find_headline(text) == "Strategi for foreningslivet i Langby 2031-2034"


@pytest.mark.parametrize(
    "headline",
    [
        "Skipperne i Nørre Vindum får ny havn",
        "Fotoklubben i Nørre Vindum får nye lokaler",
        "Lukket værested åbner igen i Nørre Vindum",
        "Annoncer for 2 mio. kr. skal skaffe flere plejefamilier",
        "Forslag om nyt værested i Nørre Vindum",
        "Date-festival i Nørre Vindum får støtte",
    ],
)
def test_headlines_that_open_like_widgets_stay(headline: str) -> None:
    assert docinfo.find_headline(headline + "\n" + LEAD) == headline


def test_record_carries_the_headline_under_the_widgets() -> None:
    text = ("Skip navigation\nSkip navigation\nUdvalg giver 2 mio. kr. til nye foreningslokaler.\n18-09-2031\n"
            "Gå direkte til indhold\nPRESSEMEDDELELSE - Eksempelby Kommune har i dag givet foreningerne i Nørre Vindum "
            "et tilskud til nye lokaler i den gamle skole.\n")
    doc = socdoc.extract("Gå direkte til indhold\nNye lokaler til foreningerne i Nørre Vindum\n" + LEAD + text)
    assert doc.title == "Nye lokaler til foreningerne i Nørre Vindum"
