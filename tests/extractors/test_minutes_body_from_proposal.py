"""Minutes: a case page that names its committee only in the administration's proposal ("Teknik- og
Miljøforvaltningen indstiller over for Teknik- og Miljøudvalget, at …") gives that committee as the body."""

from __future__ import annotations

import socdoc

CASE_PAGE = ("Mødedato: 12.03.2024, kl. 15:30\nMødested: Rådhuset, lokale 212\n\n"
             "Ny parkeringsstrategi for bymidten\n\nSe alle bilag\n\n"
             "Udvalget skal tage stilling til en ny strategi for parkering i bymidten.\n\n"
             "Indstilling\n\n"
             "Teknik- og Miljøforvaltningen indstiller over for Teknik- og Miljøudvalget,\n\n"
             "  1. at strategien godkendes,\n  2. at forvaltningen udarbejder en handleplan.\n\n"
             "Problemstilling\n\nAntallet af pladser i bymidten er faldet siden 2019.\n")


def test_committee_of_the_proposal_is_the_body() -> None:
    meeting = socdoc.extract(CASE_PAGE).meeting
    assert meeting is not None
    assert meeting.body == "Teknik- og Miljøudvalget"


def test_proposal_that_the_committee_decides() -> None:
    text = CASE_PAGE.replace("indstiller over for Teknik- og Miljøudvalget,",
                             "indstiller, at Børne- og Skoleudvalget godkender")
    meeting = socdoc.extract(text).meeting
    assert meeting is not None and meeting.body == "Børne- og Skoleudvalget"


def test_a_labelled_body_still_wins() -> None:
    text = CASE_PAGE.replace("lokale 212\n", "lokale 212\nUdvalg: Kultur- og Fritidsudvalget\n")
    meeting = socdoc.extract(text).meeting
    assert meeting is not None and meeting.body == "Kultur- og Fritidsudvalget"
