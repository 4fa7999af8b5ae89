"""Who speaks: the disclaimer over a speech or press conference as the speaker's own office publishes it
("Det talte ord gælder"), a page's bare date label ("Dato: 27. november 2019") among its furniture, and an office
holder quoted on a page of the organisation's site that opens with its skip link. Texts written for these tests."""

from __future__ import annotations

from socdoc.extractors.docinfo import classify

# A ministry publishes the transcript of its minister's press conference.
SPEECH_TRANSCRIPT = """Pressemøde om ældreplejen

Pressemøde den 3. marts 2021

Det talte ord gælder

Ministeren: "Godt at se jer alle sammen. Vi har i dag en aftale på plads, som skal give de ældre mere tid med
de samme medarbejdere. Det har været et ønske længe, og nu sker det. Pengene går til flere hænder i hjemmeplejen."
"""

# A municipality's own news page ends with its date furniture.
DATED_OWN_PAGE = """Du er her

Ny ældrepolitik sendt i høring

Byrådet har sendt forslaget til en ny ældrepolitik i høring hos Ældrerådet, og fristen for høringssvar er
1. marts 2020. Forslaget er skrevet sammen med borgere, pårørende og medarbejdere.

Læs forslaget til den nye ældrepolitik

Dato: 20. januar 2020
"""

# A newspaper prints its dateline with a byline and reports what the minister said.
NEWSPAPER_REPORT = """Minister lover mere tid til de ældre

Af Karen Holm

Ministeren lovede på et pressemøde i går flere hænder i hjemmeplejen.
- Det har været et ønske længe, sagde ministeren til Ritzau.
"""


def test_speech_transcript_is_the_offices_own() -> None:
    assert classify(SPEECH_TRANSCRIPT) == "press_release"


def test_bare_date_label_of_an_own_page() -> None:
    assert classify(DATED_OWN_PAGE) == "press_release"


def test_newspaper_report_of_a_press_conference_stays_an_article() -> None:
    assert classify(NEWSPAPER_REPORT) == "article"


# A housing association's own news page: the site's skip link, its director quoted.
SKIP_LINK_QUOTE = """Spring til indhold

Nyt fælleshus indviet i Solbakken

Beboerne i Solbakken kunne fredag tage det nye fælleshus i brug efter et års byggeri.

"Huset giver plads til lektiecafé, fællesspisning og fester, og det har beboerne ønsket sig længe," siger direktør
Mette Lund.
"""

# The same site's page about a strategy quotes nobody.
SKIP_LINK_STRATEGY = """Spring til indhold

Boligselskabets strategi

Strategien skal gøre afdelingerne til gode steder at bo. Den er skrevet sammen med beboerne og gælder til 2027.
"""

# A newspaper's page with a skip link still shows its byline.
SKIP_LINK_NEWSPAPER = """Spring til indhold

Nyt fælleshus indviet i Solbakken

Af Jens Holm

"Huset giver plads til lektiecafé og fællesspisning," siger direktør Mette Lund.
"""


def test_quoted_office_holder_on_a_page_with_a_skip_link() -> None:
    assert classify(SKIP_LINK_QUOTE) == "press_release"


def test_skip_link_alone_or_with_a_byline_is_no_release() -> None:
    assert classify(SKIP_LINK_STRATEGY) == "article"
    assert classify(SKIP_LINK_NEWSPAPER) == "article"


# A medium's page that cites another sender's release without an article ("i pressemeddelelse fra …").
CITED_RELEASE = """Nyt udspil om frivillighed

Regeringen har lagt et udspil frem, der skal gøre det lettere at være frivillig i foreninger over hele landet.

Læs hele udspillet i pressemeddelelse fra Kulturministeriet her.
"""


def test_release_cited_from_its_sender_is_reported() -> None:
    assert classify(CITED_RELEASE) == "article"
