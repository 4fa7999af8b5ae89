"""A local committee named with a place of two words ("Indre By Lokaludvalg") is the body that the bare
definite "Lokaludvalget" of the same text refers to, as a one-word place's is, and the minutes' body takes
its name; the national analysis centre written "Vive" is the agency, not the hamlet of that name; a tourism
company ("Destination Nordby") and a local action group ("LAG Nordby") are named by their lead.

All texts are written for these tests."""

from __future__ import annotations

import socdoc
from entities_run import areas, parties


def test_the_definite_head_joins_a_committee_named_by_a_two_word_place() -> None:
    text = ("Mødedato: 14.03.2019, kl. 18:30\nMødested: Kulturhuset, Torvet 2\n\n"
            "Indre By Lokaludvalg skal beslutte at holde et borgermøde.\n\n"
            "Formanden indstiller, at Lokaludvalget holder mødet i april.\n")
    record = socdoc.extract(text)
    assert [p.name for p in record.parties if "okaludvalg" in p.name] == ["Indre By Lokaludvalg"]
    assert record.meeting is not None and record.meeting.body == "Indre By Lokaludvalg"


def test_the_analysis_centre_in_mixed_case_is_the_agency() -> None:
    text = "Ifølge de nyeste tal fra Vive er antallet af hjemløse unge steget.\n"
    assert "Vive" not in areas(text)
    assert any("Velfærd" in name or name == "Vive" for name in parties(text))


def test_tourism_companies_and_local_action_groups_are_named_by_their_lead() -> None:
    found = parties("Destination Nordvestkysten og LAG Sydhavsøerne har fået tilskud fra Danmarks Erhvervsfremmebestyrelse.\n")
    assert {"Destination Nordvestkysten", "LAG Sydhavsøerne", "Danmarks Erhvervsfremmebestyrelse"} <= set(found)
    assert "Nordvestkysten" not in areas("Destination Nordvestkysten har fået tilskud.\n")
