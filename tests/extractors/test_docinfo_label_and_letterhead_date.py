"""The document's own date in two more places: a headline that is a one-word label and the date
("Nyhed 3. maj 2024", however the label is spelt), and a letterhead's reference before the date that a PDF
converter ran into one long line. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from socdoc.extractors.dates import find_candidates
from socdoc.extractors.docinfo import classify, find_published


def _published(text: str) -> dt.date | None:
    return find_published(text, find_candidates(text), classify(text))


# The page opens with a label and the date, then the real headline.
LABEL_HEADLINE = """Gå til hovedindhold

Nyhedd 9. oktober 2023

Ny pulje skal få flere unge i fritidsjob

Kommunen sætter 2 mio. kr. af til at hjælpe unge mellem 15 og 17 år i deres første fritidsjob.
Pengene går til løntilskud i foreninger og små virksomheder.
"""

# A news headline with a date says what happens: no dateline.
EVENT_HEADLINE = """Åbent hus på genbrugspladsen 14. juni 2025

Kom og se de nye containere og hør om sortering af plastik. Der er kaffe og boller til alle.
"""

# A memo whose head a document site ran into its first page's line.
LETTERHEAD = """Notat om ventetider i jobcentrene
|
- Anne Fiktiv
- 8 år siden
Transkript
1 Sagsnr. 15/2231 Ref. KLM/abc Den 3. februar 2016 Notat om ventetider i jobcentrene Notatet beskriver, hvor
længe ledige venter på en første samtale, og hvordan ventetiden har udviklet sig siden sidste opgørelse, som
blev lavet den 1. september 2015 på baggrund af tal fra alle kommuner.
"""

# A date after ordinary words is not a letterhead's.
NO_LETTERHEAD = """Notat om ventetider i jobcentrene
|
Transkript
1 Her følger vores referat til mødet den 3. februar 2016 om ventetider, som udvalget bad om. Notatet beskriver,
hvor længe ledige venter på en første samtale, og hvordan ventetiden har udviklet sig siden sidste opgørelse.
"""


def test_a_one_word_label_before_the_date_is_a_dateline() -> None:
    assert _published(LABEL_HEADLINE) == dt.date(2023, 10, 9)


def test_a_news_headline_with_a_date_is_no_dateline() -> None:
    assert _published(EVENT_HEADLINE) is None


def test_a_letterhead_reference_before_the_date() -> None:
    assert _published(LETTERHEAD) == dt.date(2016, 2, 3)


def test_ordinary_words_before_the_date_are_no_letterhead() -> None:
    assert _published(NO_LETTERHEAD) != dt.date(2016, 2, 3)
