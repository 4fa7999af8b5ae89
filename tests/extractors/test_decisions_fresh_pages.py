"""Decisions on layouts seen on fresh municipal minutes pages: a decision that names another item on
its first line, a numbered list in the account of an untitled item, a page cut into the middle of an
item, and the agenda item under which something else was taken up first.

All texts are written for these tests."""

from __future__ import annotations

import datetime as dt

from socdoc.extractors import dates
from socdoc.extractors.decisions import agenda_outcome, classify
from socdoc.extractors.minutes import MinutesResult, extract_minutes
from socdoc.normalize import normalize


def run(raw: str, published: dt.date | None = None) -> MinutesResult:
    text = normalize(raw)
    return extract_minutes(text, raw, dates.find_candidates(text), published)


def outcomes(raw: str) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


# --- a decision whose first line names another item ------------------------------------------------

OTHER_ITEM_LINE = """UDVALG

Børne- og Skoleudvalget

MØDE

Referat

STARTTIDSPUNKT

14-02-2019 16:00:00

PUNKTER

12. Godkendelse af dagsorden
13. Ny skolestruktur i Nordby
14. Orientering

12. Godkendelse af dagsorden

Indstilling
Direktøren indstiller, at dagsordenen godkendes.

Beslutning i Børne- og Skoleudvalget den 14-02-2019
Punkt 13. Ny skolestruktur i Nordby udsat.
Dagsordenen blev herefter godkendt.

13. Ny skolestruktur i Nordby

Indstilling
Direktøren indstiller, at strukturen godkendes.

Beslutning i Børne- og Skoleudvalget den 14-02-2019
Udsat til næste møde.
"""


def test_item_line_under_a_decision_heading_is_the_wording_not_an_item():
    assert outcomes(OTHER_ITEM_LINE) == [(12, "approved"), (13, "postponed")]


def test_a_line_that_names_another_item_gives_no_outcome_of_its_own():
    assert classify("Punkt 7. Salg af grund udsat.\nIndstillingen blev herefter godkendt.") == "approved"
    assert classify("Pkt. 4 udsættes.\nDagsordenen godkendt.") == "approved"
    assert classify("Udsat.") == "postponed"  # the item's own wording still counts


# --- a numbered list in the account of an untitled item -----------------------------------------

LIST_IN_ACCOUNT = """Referat
Kulturudvalget mandag den 6. marts 2023 kl. 16.00

Mødelokale 3, Rådhuset

Sagsfremstilling

  1. Status på renoveringen af biblioteket i Nordby er vedhæftet.
  2. Nyhedsbrev fra foreningen af museer er vedhæftet (bilag 2)

Desuden:

  1. Styrelsen afviser i brev af 2. marts at forlænge fristen for tilskuddet.
  2. Ministeriet oplyser, at puljen først åbner igen til efteråret.

Beslutning

Til efterretning.

Bilag

Sagsfremstilling

Budgetforslaget for næste år fremlægges til 2. behandling.
"""


def test_numbered_lines_in_the_account_of_an_untitled_item_are_no_items():
    assert outcomes(LIST_IN_ACCOUNT) == [(None, "noted")]


# --- a page cut into the middle of an item ------------------------------------------------------

CUT_PAGE = """Referat
Byrådet tirsdag den 7. februar 2023 kl. 19.00
Rådhuset, Byrådssalen

Beslutning
Ingen spørgsmål.
Resume
Forslag til mødeplan for resten af året.
Sagsfremstilling
Mødeplanen er vedhæftet.
"""


def test_a_bare_decision_heading_before_any_item_is_an_item_of_its_own():
    assert outcomes(CUT_PAGE) == [(None, "other")]


# --- the agenda item under which something else was taken up first -------------------------------

AGENDA_FIRST = """Referat af mødet i Miljøudvalget den 3. maj 2021 kl. 17:00

Åbne dagsordenspunkter

40. Godkendelse af dagsorden

Beslutning

Mødet indledtes med en drøftelse med vandværket om gravearbejdet på Torvet.

Drøftelsen blev taget til efterretning.

Dagsorden blev godkendt.

41. Trafiksikkerhedsplan

Beslutning

Godkendt.
"""


def test_the_agenda_sentence_gives_the_outcome_of_the_agenda_item():
    assert outcomes(AGENDA_FIRST) == [(40, "approved"), (41, "approved")]


def test_agenda_outcome_only_for_the_agenda_item():
    text = "Orienteringen blev taget til efterretning. Dagsordenen godkendt."
    assert agenda_outcome("Godkendelse af dagsorden", text) == "approved"
    assert agenda_outcome("Orientering fra formanden", text) is None
    assert agenda_outcome("Godkendelse af dagsorden", "Taget til efterretning.") is None
