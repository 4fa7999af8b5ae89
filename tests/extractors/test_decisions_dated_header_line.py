"""A council's minutes whose header gives the meeting day as a line of its own, above items that
repeat a committee's earlier decision with its date ("Økonomiudvalget, 3. marts 2022, pkt. 41:"):
the header's date is the meeting's, so the council's own plain "Beslutning" is the item's decision."""

from __future__ import annotations

import datetime as dt

from tests.extractors.minutes_run import run

COUNCIL = """Byrådet

15-03-2022

Medlemmer

Formand Rasmus Kjeldgaard (A)
Helene Storm (V)
Ib Aagaard (C)

Sager 40 - 41

Spørgetid
Sag nr. 40

Beslutningskompetence: BY

Beslutning

Taget til efterretning.

Lokalplan 77 for et nyt boligområde ved Enghaven - endelig vedtagelse
Sag nr. 41

Beslutningskompetence: BY

Sagens kerne

Forslaget har været i offentlig høring i seks uger, og der er kommet tre høringssvar.

Indstilling

Direktionen indstiller, at lokalplanen vedtages endeligt.

Økonomiudvalget, 3. marts 2022, pkt. 41:

Indstilles godkendt.

Beslutning

Godkendt.

Sagsfremstilling

Lokalplanen giver mulighed for 40 rækkehuse.
"""


def test_date_line_in_header_is_the_meeting_date() -> None:
    assert run(COUNCIL).meeting.date == dt.date(2022, 3, 15)  # not the committee's 3 March


def test_council_decision_after_committee_history() -> None:
    found = {d.item: d.outcome for d in run(COUNCIL).decisions}
    assert found.get(41) == "approved"  # the council's own, not the committee's "Indstilles godkendt."
    assert found.get(40) == "noted"


def test_date_in_prose_still_yields_to_decision_headings() -> None:
    prose = COUNCIL.replace("15-03-2022\n", "Planen gælder fra 15-03-2022 for området.\n")
    assert run(prose).meeting.date != dt.date(2022, 3, 15)
