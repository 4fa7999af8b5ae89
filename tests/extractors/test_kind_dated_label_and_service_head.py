"""A news page dated by its section's label and a numeric date alone on one line, in either order ("Nyhed
05.03.2022", "12/4-2021 Nyhed til alle"): the date furniture of an organisation's own news page. Texts written
for these tests. Also a release service's head whose sender line the copy lost."""

from __future__ import annotations

from socdoc.extractors.docinfo import _dated_news_label, _service_sender_head, classify, find_title

# A housing company's own news page: the date first, then the label and its audience; a photo credit below.
DATE_THEN_LABEL = """12/4-2021 Nyhed til alle

Tryghedsvandring i Engparken

Boligselskabet Nordlys og beboerne i Engparken gik tirsdag en tur gennem området for at finde mørke stier.

Afdelingsformand Lis Krogh og driftschef Ole Dam fandt syv steder, hvor der skal mere lys op.   Foto: Nordlys

Arbejdet med de nye lamper begynder efter sommerferien.
"""

# The same page with only the date and the label.
DATE_THEN_BARE_LABEL = """03.11.2020 Nyheder

Ny varmecentral i afdeling 4

Boligforeningen Engly har skiftet varmecentralen i afdeling 4, så beboerne får en lavere varmeregning.
"""

# A fund's news page with its label first: the form the label already had.
LABEL_THEN_DATE = """Nyhed 05.03.2022

Lærkefonden støtter tre væresteder

Fonden giver i alt 1,2 mio. kr. til væresteder for hjemløse i Jylland.
"""

# A newspaper's page: its section label alone, the date on the byline's line with the clock.
NEWSPAPER_SECTION_AND_TIME = """Nyheder

Lamper på vej i Engparken

Af Karen Holt 12.04.2021 kl. 09.15

Beboerne i Engparken får nye lamper, fortæller driftschef Ole Dam til Avisen Midt.
"""

# A date and a label in running prose is no date furniture.
DATE_IN_PROSE = """Tryghedsvandring i Engparken

Den 12/4-2021 bragte vi en nyhed til alle beboere om de nye lamper.

Arbejdet begynder efter sommerferien, skriver Avisen Midt.
"""


def test_date_then_label_with_audience_is_own_news() -> None:
    assert _dated_news_label(DATE_THEN_LABEL.lower())
    assert classify(DATE_THEN_LABEL) == "press_release"


def test_date_then_bare_label_is_own_news() -> None:
    assert _dated_news_label(DATE_THEN_BARE_LABEL.lower())
    assert classify(DATE_THEN_BARE_LABEL) == "press_release"


def test_label_then_date_is_own_news() -> None:
    assert _dated_news_label(LABEL_THEN_DATE.lower())
    assert classify(LABEL_THEN_DATE) == "press_release"


def test_newspaper_section_label_and_byline_time_stay_an_article() -> None:
    assert not _dated_news_label(NEWSPAPER_SECTION_AND_TIME.lower())
    assert classify(NEWSPAPER_SECTION_AND_TIME) == "article"


def test_date_and_label_words_in_prose_are_no_date_furniture() -> None:
    assert not _dated_news_label(DATE_IN_PROSE.lower())


# A release service's copy that lost the sender's line: the headline, then only the share label; a photo credit.
SERVICE_HEAD_WITHOUT_SENDER = """Hjælpefonden Lys deler vinterhjælp ud til 4.000 familier

Del

Hjælpefonden Lys giver i år vinterhjælp til 4.000 familier med små indkomster.

Mange familier har søgt om hjælp. Foto: Colourbox.

”Vi er glade for, at så mange fonde har støttet os i år,” siger generalsekretær Mona Lind.
"""

# The sender's line, the headline and the share label: the head the rule already knew.
SERVICE_HEAD_WITH_SENDER = """Hjælpefonden Lys

Hjælpefonden Lys deler vinterhjælp ud til 4.000 familier

Del

Hjælpefonden Lys giver i år vinterhjælp til 4.000 familier med små indkomster.
"""

# A short label over "Del" is site furniture, not a headline.
SHORT_LABEL_OVER_SHARE = """Nyheder

Del

Vinterhjælp til 4.000 familier, skriver Avisen Nord. Foto: Colourbox.
"""


def test_headline_over_share_label_is_a_release_service_head() -> None:
    assert _service_sender_head(SERVICE_HEAD_WITHOUT_SENDER)
    assert classify(SERVICE_HEAD_WITHOUT_SENDER) == "press_release"


def test_sender_headline_and_share_label_still_count() -> None:
    assert _service_sender_head(SERVICE_HEAD_WITH_SENDER)


def test_short_label_over_share_label_is_no_service_head() -> None:
    assert not _service_sender_head(SHORT_LABEL_OVER_SHARE)


def test_dated_label_line_is_no_headline() -> None:
    assert find_title(DATE_THEN_LABEL) == "Tryghedsvandring i Engparken"
