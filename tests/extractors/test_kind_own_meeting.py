"""Press releases without a release label: an organisation's own body reporting its own decision ("Udvalget
behandlede på sit møde …", "Byrådet har den … endeligt vedtaget"), a news label with the page's date on its line
("Nyhed 04.02.2022") and an authority's "Udgivet den …" date line. Texts written for these tests."""

from __future__ import annotations

from socdoc.extractors.docinfo import _own_meeting_decision, classify

# A municipality publishes the final adoption of a local plan on its own site.
FINAL_ADOPTION_NOTICE = """Vedtagelse af lokalplan 212 for Engvejen

Kommunalbestyrelsen i Lindholm har på sit møde den 14. marts 2023 endeligt vedtaget lokalplan 212 for
boligområdet ved Engvejen.

Lokalplanen giver mulighed for 40 nye rækkehuse og en ny sti langs åen.

Planen har været i offentlig høring i otte uger, og der kom tre høringssvar.
"""

# The same decision without "på sit møde": the council's perfect tense with the date.
DATED_ADOPTION = """Byrådet i Skovby har den 2. oktober 2019 endeligt vedtaget:

 • Kommuneplantillæg nr. 7
 • Lokalplan 88 for et nyt erhvervsområde ved motorvejen

Med lokalplanen ønsker Byrådet at give plads til mindre virksomheder tæt på motorvejen.
"""

# A committee's own page tells how it shared its grant pool among local associations.
COMMITTEE_GRANTS = """Tilskud til frivillige foreninger

Børne- og Familieudvalget behandlede på sit møde i april de indkomne ansøgninger om tilskud til frivilligt
socialt arbejde.

Udvalget besluttede at fordele puljen på 40.000 kr. mellem seks foreninger.
"""

# A newspaper reports the same kind of decision: the meeting by its day, the decision in the past tense.
NEWSPAPER_COUNCIL_REPORT = """Nye rækkehuse ved Engvejen

Af Mette Lund

Et flertal i byrådet stemte mandag aftes for lokalplanen ved Engvejen. Oppositionen stemte imod.
- Vi mangler boliger til børnefamilier, siger borgmester Per Holm til Lindholm Avis.
"""

# A newspaper names a meeting of another body without the body's own "sit".
NEWSPAPER_MEETING_ELSEWHERE = """Ny leder af foreningen

Af Jens Bak

Foreningens medlemmer valgte på generalforsamlingen i går en ny formand. Bestyrelsen mødes igen i maj.
"""

# A fund's own news page with its label and date on one line, a quote set with a dash.
NEWS_LABEL_WITH_DATE = """Nyhed 04.02.2022

Lindefonden giver 2 mio. kr. til nye værestedstilbud

Fonden støtter tre organisationer, der genåbner deres værested efter nedlukningen.

- Vi er glade for at kunne hjælpe, siger fondens formand Anne Berg.
"""

# An authority's own news page: its "Udgivet den" line under the headline.
PUBLISHED_LINE = """Egeby Kommune søger frivillige tolke

Udgivet den 3. april 2022

Egeby Kommune vil gerne i kontakt med borgere, der taler ukrainsk og vil hjælpe som frivillig tolk.
Skriv dig op på kommunens hjemmeside.
"""


def test_final_adoption_on_its_meeting_is_the_councils_own_notice() -> None:
    assert classify(FINAL_ADOPTION_NOTICE) == "press_release"


def test_dated_final_adoption_is_the_councils_own_notice() -> None:
    assert classify(DATED_ADOPTION) == "press_release"


def test_committee_reporting_its_own_meeting() -> None:
    assert classify(COMMITTEE_GRANTS) == "press_release"


def test_newspaper_report_of_a_council_vote_stays_an_article() -> None:
    assert not _own_meeting_decision(NEWSPAPER_COUNCIL_REPORT.lower())
    assert classify(NEWSPAPER_COUNCIL_REPORT) == "article"


def test_a_meeting_named_by_its_kind_is_not_the_bodys_own_report() -> None:
    assert not _own_meeting_decision(NEWSPAPER_MEETING_ELSEWHERE.lower())
    assert classify(NEWSPAPER_MEETING_ELSEWHERE) == "article"


def test_news_label_with_its_date_on_the_line() -> None:
    assert classify(NEWS_LABEL_WITH_DATE) == "press_release"


def test_published_line_of_an_authoritys_news_page() -> None:
    assert classify(PUBLISHED_LINE) == "press_release"
