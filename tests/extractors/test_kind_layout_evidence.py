"""Kind from many weak layout signals: a council page without the word "Referat", a grant maker's own
list of grants, the page-date furniture of an organisation's own site. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from socdoc.extractors import dates
from socdoc.extractors.docinfo import classify, minutes_layout_votes
from socdoc.extractors.minutes import extract_minutes
from socdoc.normalize import normalize

# A council's web page: body, stamp, weekday-date-time line, contents with open and closed groups,
# numbered items, a members list in two columns. No "Referat", no "Beslutning" heading.
COUNCIL_PAGE = """Kommunalbestyrelsen

Publiceret 14-03-2023

Tirsdag den 14-03-2023 kl. 17:30

Indholdsfortegnelse:

Åbne
41 Godkendelse af dagsorden
42 Anlægsbevilling til ny daginstitution i Bøgely
43 Takster for madservice 2023

Lukkede
44 Salg af grund på Møllevej
Medlemmer:

Hanne Kruse Dalgaard Peter Viborg
Sonja Holt Lars Eskildsen
Bent Mogensen Ida Rask

Fraværende:

Godkendelse af dagsorden:
Dagsordenen blev godkendt uden bemærkninger.
"""

# A newspaper writing about the same meeting: numbered paragraphs would not add up to minutes.
NEWS_ABOUT_A_MEETING = """Byrådet sagde ja til ny daginstitution

Af Maja Holt, journalist

Tirsdag aften sagde et flertal i byrådet ja til at bygge en ny daginstitution i Bøgely.
- Det er en god dag for børnefamilierne, siger borgmester Hanne Kruse Dalgaard (A) til avisen.
Læs også: Forældre protesterer mod lukning af dagpleje
"""

# A fund's own page listing the grants its board gave.
GRANT_LIST = """Uddelinger efteråret 2022

Fondens bestyrelse har på sit møde behandlet 41 ansøgninger og imødekommet 12 af dem.

Spejdergruppen Lysbro fik tilsagn om 25.000 kr. til en ny lejrhytte.

Mødestedet Kaffekanden fik tilsagn om 40.000 kr. til fællesspisning for ensomme ældre.

15.000 kr. i støtte til Lektiecafeen i Nordbyen.
"""

# A newspaper reporting on one grant, with a byline and a photo credit.
GRANT_REPORT = """Spejderne får ny hytte

Af Jens Bro

Spejdergruppen Lysbro fik tilsagn om 25.000 kr. fra en lokal fond, fortæller lederen.
Foto: Kim Sand
"""

OWN_DATE_LABEL = """Ny rådgivning til lejere med huslejegæld

Publiceret 07-11-2022

Fra december kan lejere i boligforeningens afdelinger få gratis rådgivning om gæld og budget.
Rådgiveren træffes hver tirsdag i beboerhuset.
"""

# A medium prints its page date with the clock: not the own-page furniture.
MEDIA_DATE_WITH_CLOCK = """Lejere får hjælp til gæld

Publiceret 7. november 2022 kl. 06.00

Fra december kan lejere i boligforeningens afdelinger få gratis rådgivning om gæld og budget.
"""

SIGNED_DATELINE = """Beboerne sagde ja til nye altaner

Et klart flertal stemte på afdelingsmødet for nye altaner og nye vinduer i afdeling 7.

22 05 2023 / kbh
"""


def test_council_page_without_a_title_word_is_minutes() -> None:
    assert classify(COUNCIL_PAGE) == "minutes"
    assert {"contents", "members", "open_closed", "items", "timed"} <= minutes_layout_votes(COUNCIL_PAGE)


def test_council_page_header_is_read_once_it_is_minutes() -> None:
    text = normalize(COUNCIL_PAGE)
    meeting = extract_minutes(text, COUNCIL_PAGE, dates.find_candidates(text)).meeting
    assert meeting.date == dt.date(2023, 3, 14)
    assert meeting.time == "17:30"


def test_news_about_a_meeting_gets_no_minutes_votes() -> None:
    assert len(minutes_layout_votes(NEWS_ABOUT_A_MEETING)) < 2
    assert classify(NEWS_ABOUT_A_MEETING) == "article"


def test_grant_makers_own_list_is_its_own_news() -> None:
    assert classify(GRANT_LIST) == "press_release"


def test_one_reported_grant_stays_an_article() -> None:
    assert classify(GRANT_REPORT) == "article"


@pytest.mark.parametrize("text", [OWN_DATE_LABEL, SIGNED_DATELINE])
def test_own_page_date_furniture_makes_own_news(text: str) -> None:
    assert classify(text) == "press_release"


def test_page_date_with_a_clock_is_not_own_news_furniture() -> None:
    assert classify(MEDIA_DATE_WITH_CLOCK) == "article"


# An organisation's invitation: time and place labels, a weekday-date-time line, a numbered programme and a
# participants label, but nothing only a record of a meeting has.
INVITATION = """Invitation til temadag om ensomhed blandt ældre

Onsdag den 6. september 2023 kl. 9.30

Tid: 6. september 2023 kl. 9.30-15.00
Sted: Kulturhuset, Vestergade 4

Program
1. Velkomst ved formanden
2. Oplæg om frivillige besøgsvenner
3. Workshops i mindre grupper
4. Opsamling og tak for i dag

Deltagere: frivillige, pårørende og medarbejdere fra kommunen
"""


def test_an_invitation_is_not_minutes() -> None:
    assert len(minutes_layout_votes(INVITATION)) >= 3
    assert classify(INVITATION) != "minutes"


TITLED_STATEMENT = """Budget 2024 giver flere penge til specialundervisning

Et bredt flertal i byrådet har indgået forlig om budgettet for de kommende fire år.

Borgmester Eva Holm (V): ”Jeg er glad for, at vi sammen prioriterer de børn, der har brug for mere støtte.”

Forliget afsætter 40 mio. kr. til nye pladser i specialklasser.
"""

TITLED_STATEMENT_IN_A_NEWSPAPER = """Forlig på plads i nat

Af Søren Dahl

Foto: Mette Ravn

Borgmester Eva Holm (V): ”Jeg er glad for, at vi sammen prioriterer de børn, der har brug for mere støtte.”

Læs også: Oppositionen kritiserer besparelser på kultur
"""


def test_titled_statement_line_marks_own_release() -> None:
    assert classify(TITLED_STATEMENT) == "press_release"


def test_titled_statement_in_a_medium_stays_an_article() -> None:
    assert classify(TITLED_STATEMENT_IN_A_NEWSPAPER) == "article"


def test_a_record_title_with_its_date_on_the_line_below_is_minutes() -> None:
    text = ("Referat af forældrerådsmøde\n3. maj 2012 kl. 17.00 - 18.30\n\nReferent: Jonas Kirk\n"
            "Tilstedeværende: Jonas Kirk, Mette Lau, Anders Ry.\n\n 1. Godkendelse af dagsorden:\n  Godkendt.\n\n"
            " 2. Sommerfesten:\n  Mette køber ind.\n")
    assert classify(text) == "minutes"


def test_a_news_item_titled_referat_without_attendance_stays_an_article() -> None:
    text = ("Referat fra borgermødet om den nye skole\n12. marts 2019\n\nOmkring 200 borgere mødte op i hallen, "
            "hvor forvaltningen fremlagde planerne. Flere forældre var bekymrede for skolevejen.\n")
    assert classify(text) != "minutes"


def test_minutes_that_open_with_the_attendance_list():
    text = ("Fremmødte: Hanne Lyng, Ole Krag, Birte Holm, Jens Vang, Lis Borup.\n\n"
            "Afbud: Per Skov.\n\n"
            "1.Stiforløb langs åen v/ Ole Krag\n\n"
            "Ole orienterede om kommunens planer for en ny sti. Sagen sendes videre til kommunen.\n\n"
            "2.Valg af formand\n\nHanne Lyng blev genvalgt.\n")
    assert classify(text) == "minutes"


def test_article_that_names_who_came_is_no_minutes():
    text = ("Mange mødte op til borgermødet\n\n"
            "Fremmødte borgere fyldte salen i aftes, da kommunen fremlagde planerne for den nye skole. "
            "Afbud: ingen, lød det fra formanden med et smil, siger han til avisen.\n")
    assert classify(text) == "article"


def test_minutes_run_together_by_a_converter():
    text = ("Et udvalg valgte i januar sine medlemmer til repræsentantskabet.\n\n"
            "1 12. Valg til repræsentantskab Resumé Byrådet skal vælge to medlemmer. Sagsfremstilling "
            "Det fremgår af vedtægten, at byrådet vælger to medlemmer. Beslutning Eva Holm og Bo Dam blev valgt. "
            "13. Lån til anlæg Resumé Byrådet skal godkende optagelse af lån. Sagsfremstilling Der er i budgettet "
            "afsat 4 mio. kr. Beslutning Godkendt.\n")
    assert classify(text) == "minutes"
