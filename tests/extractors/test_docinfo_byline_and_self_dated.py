"""The document's own date where a news page prints it beside the writer's byline ("Af Mette Holm - 15.
oktober 2018 10:49"), in a sentence of the page about itself ("Denne artikel er publiceret den 8. juli
2016 …") and in a bracketed English update stamp ("(Last Updated On: 27. februar 2020)"). Texts written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from socdoc.extractors.dates import find_candidates
from socdoc.extractors.docinfo import classify, find_published


def _published(text: str) -> dt.date | None:
    return find_published(text, find_candidates(text), classify(text))


BYLINE_DASH = """Forside > Nyheder > Lokalt

Foreningerne får flere penge til lokaler

Af: Karina Fiktiv Holm - 4. marts 2021 09:12 318

Kultur- og fritidsudvalget har fordelt puljen til foreningernes lokaler. I alt 23 foreninger søgte,
og 19 af dem får tilskud.
"""

BYLINE_WEEKDAY = """Nye bænke langs fjorden

Af Jens Opdigtet - Tirsdag d.22 Juni 2021 - Kl.8:07

Landsbyudvalget har bevilget penge til seks nye bænke langs stien ved fjorden.
"""

SELF_DATED = """Ny pulje til grønne fællesskaber

Med en ny pulje på 2 mio. kr. vil kommunen støtte borgere, der vil lave fælles haver.

Ansøgningsfristen er ved udgangen af måneden.

Denne artikel er publiceret den 8. juli 2016 og indholdet er muligvis ikke længere dækkende.
"""

UPDATED_STAMP = """(Last Updated On: 27. februar 2020)

Med en ny pulje vil ministeriet hjælpe flere ældre ud af ensomhed. Kommunerne kan søge
inden sommerferien.
"""


@pytest.mark.parametrize("text,expected", [
    (BYLINE_DASH, dt.date(2021, 3, 4)),
    (BYLINE_WEEKDAY, dt.date(2021, 6, 22)),
    (SELF_DATED, dt.date(2016, 7, 8)),
    (UPDATED_STAMP, dt.date(2020, 2, 27)),
])
def test_own_date_beside_byline_or_in_self_statement(text: str, expected: dt.date) -> None:
    assert _published(text) == expected


def test_date_in_prose_after_a_byline_is_no_dateline() -> None:
    # the byline is alone on its line; the date stands in a sentence further down
    text = ("Borgermøde om skolestruktur\n\nAf Lise Opdigtet\n\n"
            "Kommunen inviterer til borgermøde, og forslaget behandles i byrådet den 12. maj 2022 efter en lang høring.\n")
    assert _published(text) is None


def test_other_page_published_is_not_own_date() -> None:
    # a report named in the text was published, not this page
    text = ("Ny rapport om hjemløshed\n\nRådet for socialt udsatte har set på tallene i mange år, og de viser en stigning "
            "i alle landsdele. Rapporten er publiceret den 3. maj 2019 af rådet selv.\n")
    assert _published(text) is None
