"""The meeting date when the header gives none: a date that its sentence gives as another meeting's
("På udvalgets møde den 9. februar bad udvalget om …") is not the meeting's, also as the last
fallback; a header date of the page's own meeting still counts.

All texts are written for these tests."""

from __future__ import annotations

import datetime as dt

from socdoc.extractors import dates
from socdoc.extractors.minutes import MinutesResult, extract_minutes
from socdoc.normalize import normalize


def run(raw: str, published: dt.date | None = None) -> MinutesResult:
    text = normalize(raw)
    return extract_minutes(text, raw, dates.find_candidates(text), published)


EMPTY_LABEL = """Referat

Børne- og Skoleudvalget

Mødedato: Onsdag den
Mødested: Mødelokale 1
Starttidspunkt: Kl. 17:00

Bemærkninger: På udvalgsmødet d. 12. april 2018 blev forvaltningen bedt om en status på skolernes ventilation.

5. Status på ventilation i skolerne

Sagsfremstilling

Forvaltningen har målt luften i alle klasselokaler.

Beslutning

Taget til efterretning.
"""


def test_a_cited_earlier_meeting_gives_no_meeting_date() -> None:
    result = run(EMPTY_LABEL)
    assert result.meeting.date is None
    assert [(d.item, d.outcome) for d in result.decisions] == [(5, "noted")]


def test_the_labelled_date_still_wins() -> None:
    result = run(EMPTY_LABEL.replace("Onsdag den\n", "Onsdag den 2. maj 2018\n"))
    assert result.meeting.date == dt.date(2018, 5, 2)


def test_a_date_after_the_cited_one_is_still_found() -> None:
    raw = EMPTY_LABEL.replace("Mødedato: Onsdag den\n", "").replace(
        "Referat\n", "Referat\n\nMødet blev holdt 2. maj 2018\n")
    assert run(raw).meeting.date == dt.date(2018, 5, 2)
