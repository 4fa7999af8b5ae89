"""Who speaks, round 10: the disclaimer over a speech or press conference as the speaker's own office publishes it
("Det talte ord gælder"), and a page's bare date label ("Dato: 27. november 2019") among its furniture. Texts
written for these tests."""

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
