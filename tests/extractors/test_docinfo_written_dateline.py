"""A news page's date written out with its month's name alone on a line under the headline ("4. marts 2024"):
the furniture of the organisation's own news page, one sign counted like a news section label (not twice
with it). Texts written for these tests."""

from __future__ import annotations

from socdoc.extractors.docinfo import _lone_written_dateline, classify

# An association's own news: headline, a lone written date, its narration in the first person plural.
OWN_NEWS_WRITTEN_DATE = """Nyt rådgivningstilbud åbner i Aalborg

14. marts 2024

Fra næste måned kan vi tilbyde gratis rådgivning til familier med gæld i vores nye lokaler i midtbyen.
Vi har fået midler fra en fond til at ansætte to rådgivere, og vores frivillige hjælper med at tage imod.
Rådgivningen er åben tre eftermiddage om ugen.
"""

# The same date after a weekday.
WEEKDAY_DATELINE = """Ny aftale om boliger til unge

Onsdag 3. maj 2023

Vi har indgået en aftale med tre boligselskaber om billige boliger til unge, der har mistet deres bolig.
Vi følger de unge tæt det første år, og vores medarbejdere står for kontakten til kommunen.
"""

# A newspaper's report with the same lone date: its byline and the dash quote keep it an article.
REPORT_WRITTEN_DATE = """Borgere vil have ny skolevej

14. marts 2024

Af Jens Holm

Forældre i Vestbyen samler underskrifter for en sikker skolevej.
- Vi er bange for, at der sker en ulykke, siger Mette Lund.
"""

# A section label and a lone date together are one sign, not two: with nothing else the page stays an article.
LABEL_AND_DATE_ONLY = """Nyheder

5. juni 2023

Puljen til boligsociale indsatser er fordelt

Fonden har fordelt midlerne til de boligområder, der søgte i foråret.
"""


def test_a_lone_written_dateline_is_found():
    assert _lone_written_dateline(OWN_NEWS_WRITTEN_DATE)
    assert _lone_written_dateline(WEEKDAY_DATELINE)
    assert not _lone_written_dateline("Mødet holdes den 14. marts 2024 i salen.\nTekst.")
    assert not _lone_written_dateline("Status 14. marts 2024\nTekst.")


def test_own_voice_with_a_written_dateline_is_a_press_release():
    assert classify(OWN_NEWS_WRITTEN_DATE) == "press_release"
    assert classify(WEEKDAY_DATELINE) == "press_release"


def test_a_medium_with_a_written_dateline_stays_an_article():
    assert classify(REPORT_WRITTEN_DATE) == "article"


def test_label_and_written_date_count_once():
    assert classify(LABEL_AND_DATE_ONLY) == "article"
