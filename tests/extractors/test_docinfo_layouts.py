"""The document's own facts across publishers' layouts: who speaks (press release or article),
its own date, its own address and its headline. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import socdoc
from socdoc.extractors import docinfo
from socdoc.extractors.dates import find_candidates
from socdoc.records import Meeting

# --- kind --------------------------------------------------------------------------------------

AUTHORITY_NEWS_PAGE = """Spring til indhold
Nyhed

Ny rådgivning til familier med gæld åbner i Bispeparken

14-03-2023

Fra næste måned kan familier i Bispeparken få gratis gældsrådgivning to gange om ugen.
Styrelsen har givet 1,8 mio. kr. til projektet, der drives sammen med kommunen.

Senest opdateret 14-03-2023

Kontakt

Tilskudsadministration
"""

MINISTRY_RELEASE_WITH_CONTACT = """Ministeriet for Ligestilling og Boliger
Nyheder

Ny pulje skal få flere unge i job i boligområderne

2. februar 2024

Regeringen afsætter 30 mio. kr. til jobkonsulenter i udsatte boligområder.

- Vi skal møde de unge der, hvor de bor, siger boligminister Karen Holt.

For yderligere oplysninger:
Presserådgiver Mads Winther, tlf. 33 92 10 00
"""

REGIONAL_MEDIA_REPORTS_RELEASE = """ date 2023-05 Det skriver Skovby Kommune i en pressemeddelelse.

Med aftalen får foreningen 120.000 kroner om året til nattevandring i midtbyen.

- Vi er glade for samarbejdet, siger Lone Brandt, der er formand for Socialudvalget.
"""

NEWSWIRE_ITEM = """Lokalavisen

Fire mio. til tryghed i Vestparken

KORT NYT12. OKT 2022 09.30

SKOVBY: En ny helhedsplan for Vestparken får fire mio. kr. fra Landsbyggefonden, oplyser kommunen.

Pengene skal bruges til lektiecafé og fritidsjob.
"""

MEDIUM_QUOTE = """Penge til nye fritidsjob i Nordbyen

Foto: Skovby Kommune.

Kommunen sætter 2 mio. kr. af til fritidsjob for unge i Nordbyen.

- Et fritidsjob er et godt første skridt, siger rådmand Per Holm til TV Midt.
"""

OP_ED = """Vi glemmer ikke de hjemløse unge

18-11-2021

Indlæg i Dagbladet af social- og boligminister Hans Krogh

Det er rigtigt, at flere unge er blevet hjemløse. Men vi har afsat 90 mio. kr. til at vende udviklingen.
"""

WEB_MAGAZINE = """80 mio. kr. til sommerskoler i udsatte boligområder

Arkivbillede
Print Friendly, PDF & Email

Et flertal i Folketinget har fordelt 80 mio. kr. til sommerskoler.
"Nu kan flere børn komme i gang igen," siger undervisningsminister Eva Berg i en pressemeddelelse.
"""


@pytest.mark.parametrize(
    "text,kind",
    [
        (AUTHORITY_NEWS_PAGE, "press_release"),
        (MINISTRY_RELEASE_WITH_CONTACT, "press_release"),
        (REGIONAL_MEDIA_REPORTS_RELEASE, "article"),
        (NEWSWIRE_ITEM, "article"),
        (MEDIUM_QUOTE, "article"),
        (OP_ED, "article"),
        (WEB_MAGAZINE, "article"),
    ],
    ids=["authority-page", "ministry-contact", "reported-release", "newswire", "quote-to-medium", "op-ed",
         "web-magazine"],
)
def test_kind(text: str, kind: str) -> None:
    assert docinfo.classify(text) == kind


def test_the_word_in_a_link_does_not_count() -> None:
    text = (
        "Byrådet vedtager ny strategi for unge\n\nByrådet har vedtaget en strategi for unge med psykisk sårbarhed.\n\n"
        "For yderligere information kan strategien læses her.\n\nhttps://www.skovby.dk/nyheder/pressemeddelelse-strategi\n"
    )
    assert docinfo.classify(text) == "article"


def test_protocol_heading_is_minutes() -> None:
    text = (
        "Beslutningsprotokol\ntirsdag den 4. marts 2014 kl. 16:00\nMødested: | Mødelokale 2 |\n"
        "Udvalg: | Børne- og Ungeudvalget |\nSagsfremstilling\nUdvalget drøftede budgettet.\n"
    )
    assert docinfo.classify(text) == "minutes"


# --- own date ----------------------------------------------------------------------------------


def _published(text: str, kind: str = "article") -> dt.date | None:
    return docinfo.find_published(text, find_candidates(text), kind)


def test_dateline_glued_to_a_label_in_capitals() -> None:
    assert _published(NEWSWIRE_ITEM) == dt.date(2022, 10, 12)


def test_authority_dateline() -> None:
    assert _published(AUTHORITY_NEWS_PAGE) == dt.date(2023, 3, 14)


def test_date_in_prose_is_not_the_documents_own() -> None:
    text = (
        "Byrådet præsenterer ny strategi for socialområdet\n\nFoto: Skovby Kommune.\ndato\n\n"
        "Strategien, der blev offentliggjort den 12. april 2024, skal styrke forebyggelsen.\n"
    )
    assert _published(text) is None


def test_date_after_den_in_the_first_sentence_is_not_the_documents_own() -> None:
    text = (
        "Nyt regulativ for boligsociale indsatser\n\n"
        "Fonden har udstedt et nyt regulativ, der træder i kraft den 1. januar 2020.\n"
    )
    assert _published(text) is None


def test_labelled_date_with_weekday() -> None:
    text = "Forside\n\nUdvalg: Børneudvalget\n\nDato: Tirsdag den 07. marts 2017\n\nTid: Kl. 16:00\n"
    assert _published(text, "minutes") == dt.date(2017, 3, 7)


def test_publiceret_label() -> None:
    text = "Ny helhedsplan i Skovparken\n\nPubliceret 3. juni 2022\n\nBeboerne har stemt ja til planen.\n"
    assert _published(text) == dt.date(2022, 6, 3)


def test_abbreviated_month_in_a_dateline() -> None:
    assert _published("11. jun 2019\n\nDeltagere:\n • Anna Holm (A)\n", "minutes") == dt.date(2019, 6, 11)


def test_meeting_date_label_inside_a_run_in_header() -> None:
    text = (
        "Download\n\n1 SKOVBY KOMMUNE Referat til Byrådet Mødedato: Mandag den 27. maj 2019 "
        "Mødetidspunkt: 17:00 Mødelokale: Byrådssalen Medlemmer: Anna Holm, Bo Lind, Carl Dahl, Dorte Friis, "
        "Erik Gram, Fie Hald, Gitte Iversen, Hans Juul\n"
    )
    assert _published(text, "minutes") == dt.date(2019, 5, 27)


def test_dateline_with_a_run_in_byline() -> None:
    text = (
        "Foto: Lars Bo\n\nNy pulje til værestederne\n\n"
        "Skovby - 14. april 2022 kl. 07:30 Af Mette Dahl Kontakt redaktionen\n\n"
        "Værestederne i kommunen kan nu søge en ny pulje.\n"
    )
    assert _published(text) == dt.date(2022, 4, 14)


def test_a_date_in_a_sentence_before_a_byline_is_not_a_dateline() -> None:
    text = (
        "Ny pulje til værestederne\n\n"
        "Puljen blev åbnet for ansøgninger af byrådet den 14. april 2022 Af Mette Dahl\n"
    )
    assert _published(text) is None


def test_no_day_no_date() -> None:
    assert _published("Nyhedsbrev marts 2023\n\nKommunen har fået 2 mio. kr.\n") is None


def test_meeting_date_of_minutes_wins() -> None:
    meeting = Meeting(body="Socialudvalget", date=dt.date(2016, 12, 5))
    assert docinfo.settle_published(dt.date(2016, 2, 10), "minutes", meeting) == dt.date(2016, 12, 5)
    assert docinfo.settle_published(dt.date(2016, 2, 10), "minutes", Meeting()) == dt.date(2016, 2, 10)
    assert docinfo.settle_published(dt.date(2016, 2, 10), "article", meeting) == dt.date(2016, 2, 10)


# --- own address -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,url",
    [
        ("Tekst.\n\nKilde: https://www.skovby.dk/nyheder/ny-plan\n", "https://www.skovby.dk/nyheder/ny-plan"),
        ("Pressemeddelelsen kan også læses på https://www.sm.dk/nyheder/pulje.", "https://www.sm.dk/nyheder/pulje"),
        ("Printet fra: https://www.skovby.dk/borger/side\n", "https://www.skovby.dk/borger/side"),
        ("  Læs hele pressemeddelelsen på Via Ritzau her: https://via.ritzau.dk/pressemeddelelse/x?releaseId=1\n",
         "https://via.ritzau.dk/pressemeddelelse/x?releaseId=1"),
        ("Hele strategien kan læses på kommunens hjemmeside her.\n\nhttps://www.skovby.dk/strategi\n", None),
        ("Tekst.\n\nhttps://www.skovby.dk/nyheder/nyhed?id=12\nKilde: Skovby Kommune\n", None),
        ("Læs mere om udviklingen på https://byudvikling.skovby.dk\n", None),
        ("Regulativet findes her:\n\nhttps://regulativ og https://vejledning\n", None),
        ("Kilde: https://www.lokalnyt.dkartikel/fire-mio-til-tryghed\n", None),
    ],
    ids=["kilde", "also-read-at", "printed-from", "whole-release-here", "link-under-read-here", "bare-link",
         "read-more", "no-host", "glued-host"],
)
def test_source_url(text: str, url: str | None) -> None:
    assert docinfo.find_source_url(text) == url


# --- headline ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,title",
    [
        (AUTHORITY_NEWS_PAGE, "Ny rådgivning til familier med gæld åbner i Bispeparken"),
        (NEWSWIRE_ITEM, "Fire mio. til tryghed i Vestparken"),
        ("Skovby Kommune - Nyheder\n\nNy legeplads i Østerparken\n\nTekst.\n", "Ny legeplads i Østerparken"),
        ("Forside › Nyheder › Ny legeplads\n\nNy legeplads i Østerparken\n\nTekst.\n", "Ny legeplads i Østerparken"),
        ("4. maj 2020\n\nPenge til nye fritidsjob\n\nTekst.\n", "Penge til nye fritidsjob"),
    ],
    ids=["furniture", "site-name", "site-section", "breadcrumb", "dateline-first"],
)
def test_title(text: str, title: str) -> None:
    assert docinfo.find_title(text) == title


def test_record_carries_the_headline() -> None:
    doc = socdoc.extract(AUTHORITY_NEWS_PAGE)
    assert doc.title == "Ny rådgivning til familier med gæld åbner i Bispeparken"
    assert doc.kind == "press_release" and doc.published == dt.date(2023, 3, 14)


NEWSROOM_RELEASE = """Til redaktionen

Ny mentorordning for unge i Skovparken

Skovby Kommune og Boligselskabet Vest tilbyder fra 1. marts 2024 en mentor til unge uden job.
"""

WIRE_STORY = """Flere hjemløse unge i de store byer

Antallet af hjemløse unge er steget, viser en ny opgørelse. Kommunerne har brug for flere boliger.

/ritzau/
"""

BUDGET_SENTENCE = """Lektiehjælp i boligområderne

Af Skovby Kommunes budget på 5 mia. kr. går 2 mio. kr. til lektiehjælp i de udsatte boligområder, siger borgmester Ida Holm.

Yderligere oplysninger: borgmester Ida Holm, tlf. 72 10 10 10
"""


@pytest.mark.parametrize(
    "text,kind",
    [(NEWSROOM_RELEASE, "press_release"), (WIRE_STORY, "article"), (BUDGET_SENTENCE, "press_release")],
    ids=["to-the-newsroom", "wire-credit", "af-in-prose-is-no-byline"],
)
def test_kind_more_layouts(text: str, kind: str) -> None:
    assert docinfo.classify(text) == kind


def test_byline_with_a_colon_and_date() -> None:
    text = "Penge til nye fritidsjob\n\nAF: Jens Holm · 2. oktober 2023\n\nKommunen giver 2 mio. kr. til fritidsjob, siger rådmand Per Holm.\n"
    assert docinfo.classify(text) == "article"
    assert _published(text) == dt.date(2023, 10, 2)


def test_date_in_the_headline_is_not_the_dateline() -> None:
    text = "Åbent hus i det nye værested 3. maj 2024\n\nAlle er velkomne, når værestedet i Nordbyen åbner dørene.\n"
    assert _published(text) is None


def test_crawler_date_stamp() -> None:
    assert _published(" date 2024-01-15 Det skriver Skovby Kommune i en pressemeddelelse.\n") == dt.date(2024, 1, 15)
    assert _published(" date 2024-01 Det skriver Skovby Kommune i en pressemeddelelse.\n") is None


def test_date_in_a_short_sentence_is_not_the_dateline() -> None:
    text = "Ny plan for Østerparken\n\nPlanen godkendes den 12.05.21 i byrådet.\n\nBeboerne har haft planen i høring.\n"
    assert _published(text) is None


def test_dateline_under_a_byline_further_down() -> None:
    text = (
        "SKOVBY AVIS\n\nSkovby\n\nSkovby vil spare på botilbud\n\n"
        "Et flertal i byrådet vil finde penge på botilbud. Oppositionen er\nimod.\n\n"
        "Af Maja Holm\nmaho@skovbyavis.dk\n\nTirsdag 3. oktober 2023, kl. 09:12\n\nBudgettet er vedtaget.\n"
    )
    assert _published(text) == dt.date(2023, 10, 3)


CIRCULAR = """Nye regler for tilskud til boligsociale indsatser

Dato: 14.01.2022

Til samtlige kommuner og almene boligorganisationer

Fonden har vedtaget nye regler for tilskud, der gælder fra 1. marts 2022.
"""

CIRCULAR_IN_PROSE = """Ny vejledning om huslejestøtte

Fonden har udarbejdet en ny vejledning om huslejestøtte. Vejledningen udsendes til samtlige kommuner og boligorganisationer.
"""

ARTICLE_ABOUT_A_LETTER = """Ny vejledning om huslejestøtte

Vejledningen udsendes til samtlige kommuner i næste uge, oplyser fonden.
"""


@pytest.mark.parametrize(
    "text,kind",
    [(CIRCULAR, "press_release"), (CIRCULAR_IN_PROSE, "press_release"), (ARTICLE_ABOUT_A_LETTER, "article")],
    ids=["circular-header", "circular-in-prose", "article-about-a-letter"],
)
def test_circulars(text: str, kind: str) -> None:
    assert docinfo.classify(text) == kind


def test_the_creation_date_of_a_page_is_its_own_date_not_its_last_update() -> None:
    text = ("Pulje til flere almene ungdomsboliger\n\nKommunerne kan søge puljen inden 1. marts.\n\n"
            "Med venlig hilsen\nSekretariatet\n\nOprettelse: 12.11.2021 | Sidst opdateret: 03.02.2023\n")
    record = socdoc.extract(text)
    assert record.published == dt.date(2021, 11, 12)
    assert [d.date for d in record.dates][0] == dt.date(2021, 3, 1)  # the year of the page's own date
