"""A small board's minutes titled only by the meeting word ("Referat af bestyrelsesmøde …"): the one
association the text names is the body; with none named, the board itself, "Bestyrelsen", as a
council's own meeting word ("Lokalrådsmøde") gives "Lokalrådet"; with several named, none.

All texts are written for these tests."""

from __future__ import annotations

import datetime as dt

from socdoc.extractors import dates
from socdoc.extractors.minutes import MinutesResult, extract_minutes
from socdoc.normalize import normalize


def run(raw: str, published: dt.date | None = None) -> MinutesResult:
    text = normalize(raw)
    return extract_minutes(text, raw, dates.find_candidates(text), published)


NO_NAME = """Referat af bestyrelsesmøde onsdag d. 6/3/2024 kl. 19.30 hos Jens

Tilstede: Jens, Birthe, Ole og Sanne.

Afbud: Tove

1. Godkendelse af dagsorden

Godkendt

2. Kassererens beretning

Der er god balance i regnskabet.
"""


def test_a_board_meeting_with_no_association_named_is_the_boards() -> None:
    result = run(NO_NAME)
    assert result.meeting.body == "Bestyrelsen"
    assert result.meeting.date == dt.date(2024, 3, 6)


def test_the_one_association_named_is_still_the_body() -> None:
    raw = NO_NAME.replace("Der er god balance i regnskabet.",
                          "Der er god balance i regnskabet for Vestby Grundejerforening.")
    assert run(raw).meeting.body == "Vestby Grundejerforening"


def test_minutes_with_another_meeting_word_get_no_board() -> None:
    raw = NO_NAME.replace("bestyrelsesmøde", "møde")
    assert run(raw).meeting.body != "Bestyrelsen"
