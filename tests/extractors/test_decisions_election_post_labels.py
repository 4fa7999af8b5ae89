"""Election items whose whole text is posts labelled with the people who hold them ("Formand: Eva,
Næstformand: Ib" or one "Dirigent: Bo" line per post): that text is the item's decision ("other"),
also where a label ("Referat: Lis") could be read as a minutes section."""

from __future__ import annotations

from tests.extractors.minutes_run import run

ONE_LINE = """Referat af bestyrelsesmøde i Grundejerforeningen Kildebakken
Tirsdag den 4. marts 2025 kl. 19.00 hos Sanne

1. Godkendelse af dagsorden

Godkendt

2. Konstituering

Formand: Torben , Næstformand: Sanne og kasserer og webansvarlig Mikkel.

3. Fastelavnsfest

Vi besluttede at købe tønder og slik til 30 børn.
"""

PER_LINE = """Referat fra møde i netværksgruppen 12. februar 2025

Deltagere: Lis, Bo, Asta

1.    Valg af dirigent og referent
Referat: Lis
Dirigent: Bo

2.    Godkendelse af dagsorden
Godkendt

3.    Status på projektet
Udsættes
"""

NOT_ELECTION = """Referat fra møde i netværksgruppen 12. februar 2025

1.    Nyt fra formanden
Formand: Bo orienterede om kontakten til kommunen.

2.    Godkendelse af dagsorden
Godkendt
"""

NO_NAME = """Referat fra møde i netværksgruppen 12. februar 2025

1.    Konstituering
Formand: ikke fundet endnu, tages op igen

2.    Godkendelse af dagsorden
Godkendt
"""


def _found(raw: str) -> dict:
    return {d.item: (d.outcome, d.text) for d in run(raw).decisions}


def test_posts_on_one_line_under_constitution() -> None:
    found = _found(ONE_LINE)
    assert found[2][0] == "other"
    assert found[2][1].startswith("Formand: Torben")


def test_post_per_line_with_minutes_like_label() -> None:
    found = _found(PER_LINE)
    assert found[1] == ("other", "Referat: Lis\nDirigent: Bo")
    assert found[2][0] == "approved"
    assert found[3][0] == "postponed"


def test_labels_outside_an_election_item_are_no_result() -> None:
    found = _found(NOT_ELECTION)
    assert found.get(1, ("", ""))[1] != "Formand: Bo orienterede om kontakten til kommunen."


def test_label_without_a_name_is_no_result() -> None:
    assert 1 not in _found(NO_NAME)
