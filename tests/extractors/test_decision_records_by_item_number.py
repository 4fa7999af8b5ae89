"""A decision record whose items open "Ad. pkt. 1:" is minutes even where the council's composition stands
before its title, member by member with what each stands for ("Eva Holm, Ældrerådet"); those rows name no
body that meets. A body "for" a municipality closed by "kommune" in small letters keeps the word.

All texts are written for these tests."""

from __future__ import annotations

import socdoc
from entities_run import parties

_RECORD = """Lokalrådet for Vestby kommune - Politi

politi.dk

Lokalrådet for Vestby kommune - Politi

Lokalrådet for Vestby kommune

Rådets sammensætning:

Politiet:

Jens Holm, leder af lokalpolitiet

Karen Dahl, forebyggelsesmedarbejder

Vestby kommune:

Lars Berg, SSP-konsulent

Mette Lund, Jobcentret

Repræsentanter fra lokalsamfundet:

Sofie Kragh, Ældrerådet

Beslutningsreferat fra møde 2/2019 i Lokalrådet for

Vestby den 14. marts 2019.

Deltagere:

Jens Holm, Lars Berg, Mette Lund og Sofie Kragh.

Afbud:

Karen Dahl.

Dagsorden:

1. Godkendelse af dagsorden

2. Godkendelse af referat fra sidste møde

3. Orientering om kriminaliteten

Ad. pkt. 1:

Dagsorden blev godkendt.

Ad. pkt. 2:

Referatet blev godkendt uden ændringer.

Ad. pkt. 3:

Jens Holm orienterede om udviklingen siden sidste møde.
"""


def test_items_recorded_by_number_make_minutes() -> None:
    record = socdoc.extract(_RECORD)
    assert record.kind == "minutes"
    assert record.meeting is not None
    assert "Sofie Kragh" in {p.name for p in record.meeting.participants}
    assert record.meeting.absent == ["Karen Dahl"]
    assert [(d.item, d.outcome) for d in record.decisions][:2] == [(1, "approved"), (2, "approved")]


def test_a_members_row_names_no_meeting_body() -> None:
    meeting = socdoc.extract(_RECORD).meeting
    assert meeting is not None
    assert meeting.body is None or ("Sofie" not in meeting.body and "Ældrerådet" not in meeting.body)


def test_a_body_for_a_municipality_keeps_kommune_in_small_letters() -> None:
    assert "Lokalrådet for Kalundborg kommune" in parties("Lokalrådet for Kalundborg kommune har holdt møde.\n")
