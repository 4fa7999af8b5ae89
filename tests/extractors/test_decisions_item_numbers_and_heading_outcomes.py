"""Decisions of layouts met on unseen minutes: a short transcript page whose item heading follows the
page's "N Side N" prefix and whose decision label lost its date ("Beslutning den Godkendt."), an item
under an empty label that a numbered list inside its case follows, a board's agenda run as "1) …" lines
whose numbering goes on past a list inside the last item, an item heading that is its own outcome
sentence, the present passive of deciding in a board's prose, and the agenda approval in the header
whose value states a change first.

All texts are written for these tests."""

from __future__ import annotations

from tests.extractors.minutes_run import run


def outcomes(raw: str) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


SHORT_TRANSCRIPT_PAGE = """Referat Kulturudvalget

Transkript

1 Referat fra møde i Kulturudvalget tirsdag den 3. marts 2009 Mødet startede kl. 17:00 i Mødelokale 4 Anne Holm Bent Lund Carl Dahl

2 Indholdsfortegnelse 1. KU - Godkendelse af dagsorden KU - Tilskud til foreninger KU - Eventuelt

3 Side 3 1. KU - Godkendelse af dagsorden Sagsnr.: 09/2211 Beslutning den Godkendt.

4 Side 4 2. KU - Tilskud til foreninger Sagsnr.: 09/2212 Resumé: Tre foreninger har søgt om tilskud til deres sommeraktiviteter i år, og forvaltningen har gennemgået ansøgningerne efter de gældende regler. Beslutning den Ansøgningerne imødekommes.
"""


def test_short_transcript_page_with_side_prefix_and_undated_label() -> None:
    result = run(SHORT_TRANSCRIPT_PAGE)
    found = {(d.item, d.outcome) for d in result.decisions}
    assert (1, "approved") in found
    first = next(d for d in result.decisions if d.item == 1)
    assert first.text == "Godkendt."


EMPTY_LABEL_OVER_ITEM = """Skoleudvalget - 04-05-2022

Referat
Dato:
Onsdag, 4 maj, 2022 - 16:00
Hent som fil:
57. Temamøde med skolebestyrelserne

Sagsfremstilling

  1. Velkomst ved formanden
  2. Drøftelse af skolernes budget

Beslutning

Godkendt.

58. Godkendelse af dagsorden

Beslutning

Godkendt.
"""


def test_item_under_empty_label_keeps_its_number_over_a_list_in_its_case() -> None:
    assert outcomes(EMPTY_LABEL_OVER_ITEM) == [(57, "approved"), (58, "approved")]


BOARD_PARENTHESIS_ITEMS = """Referat af beboermøde 4/3/2012

Til stede: Jonas, Mette, Sofie, Ali.

1) Valg af mødeleder: Jonas.

2) Dagsorden og referat godkendt.

3) Meddelelser: Vaskeriet er lukket i næste uge.

Vi har fået nye borde til fælleslokalet. Det besluttes, at de gamle borde gives til genbrug.

4) Ingen bemærkninger.

5) Cykelkælder: Der står mange gamle cykler. Mette sætter sedler op i opgangene.

6) Udvalg

1. Have: Vi mangler folk til at slå græs. Sofie spørger naboerne.

2. Fest: Sommerfesten holdes den sidste lørdag i juni.
"""


def test_board_items_whose_numbering_goes_on_past_a_list_in_the_last_item() -> None:
    found = outcomes(BOARD_PARENTHESIS_ITEMS)
    assert (2, "approved") in found
    assert (3, "other") in found
    assert all(item != 1 or outcome != "approved" for item, outcome in found)


CONTENTS_THEN_AGENDA = """Referat

1. Godkendelse af dagsorden
2. Regnskab 2020
3. Eventuelt

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Regnskab 2020
Beslutning
Regnskabet blev godkendt.

3. Eventuelt
Beslutning
Intet.
"""


def test_contents_list_is_still_dropped_before_the_agenda() -> None:
    assert [item for item, _ in outcomes(CONTENTS_THEN_AGENDA)] == [1, 2, 3]


HEADER_AGENDA_CHANGE = """Idrætsrådet

Mandag den 02-03-2015 kl. 19:00

Medlemmer:

Eva Holm
Bo Dam

Godkendelse af dagsorden:
Punkt 12 udgår. Herefter blev dagsordenen godkendt.

10. Godkendelse af protokol

Beslutning

Godkendt.
"""


def test_header_agenda_approval_after_a_change() -> None:
    found = outcomes(HEADER_AGENDA_CHANGE)
    assert (None, "approved") in found
    assert (10, "approved") in found


HEADER_AGENDA_OTHER_TEXT = """Idrætsrådet

Mandag den 02-03-2015 kl. 19:00

Godkendelse af dagsorden:
Punkt 12 udgår. Formanden orienterede om hallen.

10. Godkendelse af protokol

Beslutning

Godkendt.
"""


def test_header_agenda_value_without_outcome_is_no_decision() -> None:
    assert (None, "approved") not in outcomes(HEADER_AGENDA_OTHER_TEXT)


DATE_WITH_SPACES = """Referat 2022.03.08

Bestyrelsesmøde

08. 03 2022

17.00 – 19.00

Afbud: Hanne

Emne: Skolens trafikpolitik

Beslutning:

19.00 – 19.15

Eventuelt
"""


def test_date_written_with_spaces_is_no_item() -> None:
    assert all(d.item != 8 for d in run(DATE_WITH_SPACES).decisions)


TIME_SLOTS = """Bestyrelsesmøde

Referat

1. Skolens trafikpolitik

Emne: Cykelparkering ved hovedindgangen

Beslutning:

19.00 – 19.15

2. Eventuelt

Beslutning:

Intet.
"""


def test_empty_decision_label_over_the_next_time_slot_has_no_wording() -> None:
    assert all(d.item != 1 for d in run(TIME_SLOTS).decisions)


# the minutes number their own pages after the transcript's cover and contents pages: page 3 of the
# transcript is the minutes' "Side 1"
COVERED_TRANSCRIPT_PAGE = SHORT_TRANSCRIPT_PAGE.replace("3 Side 3 1.", "3 Side 1 1.").replace("4 Side 4 2.", "4 Side 2 2.")


def test_short_transcript_page_whose_own_page_number_is_lower() -> None:
    result = run(COVERED_TRANSCRIPT_PAGE)
    found = {(d.item, d.outcome) for d in result.decisions}
    assert (1, "approved") in found and not any(item == 3 for item, _ in found)


def test_a_side_number_above_the_page_number_is_no_page_prefix() -> None:
    raw = SHORT_TRANSCRIPT_PAGE.replace("3 Side 3 1.", "3 Side 7 1.")
    found = {(d.item, d.outcome) for d in run(raw).decisions}
    assert (1, "approved") not in found
