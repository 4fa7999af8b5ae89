"""A local council's board meeting titled only "Bestyrelsesmøde": the council names itself by its
definite form in the minutes ("Lokalrådet skal høres", "Landsbyrådets første bestyrelsesmøde"), so that
council is the body; a board that names no council stays "Bestyrelsen". Texts written for these
tests; all names are invented."""

from __future__ import annotations

from tests.extractors.minutes_run import run

COUNCIL_BOARD = """Bestyrelsesmøde
Tirsdag d. 9. april 2019 kl. 19:00

Sted: Mødelokalet i Forsamlingshuset

Afbud: Ingen

1. Godkendelse af dagsorden
Dagsordenen blev godkendt.
2. Stisystemet ved åen
Kommunen har spurgt, om Lokalrådet vil deltage i en arbejdsgruppe om stierne. Vi siger ja.
3. Eventuelt
Intet.
"""

GENITIVE_COUNCIL = """Bestyrelsesmøde d. 12. marts 2020

Landsbyrådets første bestyrelsesmøde blev holdt d. 12. marts 2020 kl. 19.00 i Skolens kantine

Fremmøde:
Ida Kragh, Mogens Buus, Lene Thrane

1. Konstituering
Vi venter med at konstituere os.
2. Hjemmeside
Mogens laver en hjemmeside.
"""

PLAIN_BOARD = COUNCIL_BOARD.replace("om Lokalrådet vil deltage", "om vi vil deltage")

TWO_COUNCILS = COUNCIL_BOARD.replace("Vi siger ja.", "Ældrerådet er også spurgt. Vi siger ja.")


def test_council_named_by_its_definite_form_is_the_body():
    assert run(COUNCIL_BOARD).meeting.body == "Lokalrådet"


def test_council_in_the_genitive_is_the_body():
    assert run(GENITIVE_COUNCIL).meeting.body == "Landsbyrådet"


def test_board_naming_no_council_stays_the_board():
    assert run(PLAIN_BOARD).meeting.body == "Bestyrelsen"


def test_two_councils_named_leave_the_board():
    assert run(TWO_COUNCILS).meeting.body == "Bestyrelsen"
