"""The document's own date in a local paper's dateline ("Nordby - 21. januar 2021 kl. 06:54 Kontakt
redaktionen") under a long photo caption, in a dateline that a crawler ran into the text ("kl. 18:15Med …"),
and with an abbreviation's dot after the month ("15. MAJ. 2023"). Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from socdoc.extractors.dates import find_candidates, find_dates
from socdoc.extractors.docinfo import classify, find_published

CAPTION = ("Beboere og medarbejdere samlet foran det nye fælleshus i Nordparken, hvor den boligsociale "
           "indsats har til huse. Planen bygger videre på flere års arbejde med tryghed og trivsel i "
           "området, og den skal nu samle kommunen, politiet og boligforeningerne. Foto: Eva Holm")


def _published(text: str) -> dt.date | None:
    return find_published(text, find_candidates(text), classify(text))


def test_a_local_papers_dateline_under_a_long_caption() -> None:
    text = (CAPTION + "\n\nNy aftale skal øge trygheden\n\nNordby - 21. januar 2021 kl. 06:54 Kontakt redaktionen\n\n"
            "Nordparken går forrest med en ny aftale mellem boligforeningen, kommunen og politiet.")
    assert _published(text) == dt.date(2021, 1, 21)


def test_a_local_papers_dateline_with_the_byline_after_the_time() -> None:
    text = (CAPTION + "\n\nPolitiker vil nytænke indsatsen\n\nHvis færre unge skal ende i kriminalitet, skal "
            "indsatsen udvikles, mener formanden for udvalget.\n\nSydby - 10. januar 2021 kl. 06:13 Af Bo Dam "
            "Kontakt redaktionen\n\nDet skal være trygt at færdes i hele kommunen.")
    assert _published(text) == dt.date(2021, 1, 10)


def test_an_event_told_on_a_line_that_opens_like_a_dateline_is_no_dateline() -> None:
    text = ("Borgermøde om trafik\n\nDer holdes møde i hallen om den nye vej.\n\n"
            "Nordby - 3. maj 2021 kl. 19:00 i hallen holder vi borgermøde om vejen, og alle er velkomne.")
    assert _published(text) is None


def test_a_dateline_run_into_the_first_words_of_the_text() -> None:
    text = ("Millioner til projekt for unge\n\nSøndag 15. april 2018 kl. 18:15Med støtte fra en fond får "
            "projektet 5 mio. kr. til de næste tre år.")
    assert _published(text) == dt.date(2018, 4, 15)


def test_a_month_written_with_an_abbreviations_dot_before_the_year() -> None:
    assert [str(d.date) for d in find_dates("15. MAJ. 2023 KL. 20:15")] == ["2023-05-15"]
    assert _published("15. MAJ. 2023 KL. 20:15\n\nNye tal fra BL: fritidsjob hjælper unge i boligområderne.") \
        == dt.date(2023, 5, 15)
