"""Cut and history pages: a contents list with an entry that is no item candidate (its title opens
with a number), in a text cut after the first items: the entries after the gap are contents too, not
items that swallow the real headings below them; an item's own plain decision above an earlier
meeting's dated decision under "Tidligere behandling"; a one-word decision at the end of a cut page.

All texts are written for these tests."""

from __future__ import annotations

from socdoc.extractors import dates
from socdoc.extractors.minutes import extract_minutes
from socdoc.extractors.minutes_layout import parse_layout
from socdoc.normalize import normalize

CUT_AFTER_TWO_ITEMS = """Kommunalbestyrelsen
Referat
Mødedato: 14.10.2021

Pkt. Tekst
201 Godkendelse af dagsorden
202 Anlægsregnskab for svømmehallen
203 2. behandling af budget 2022-25
204 Spørgetid for borgerne
205 Salg af grund ved havnen
206 Meddelelser fra borgmesteren

201. Godkendelse af dagsorden

Beslutning

Godkendt.

202. Anlægsregnskab for svømmehallen

Resumé

Regnskabet for renoveringen af svømmehallen forelægges til godkendelse.
"""


def test_entries_after_a_numbered_title_stay_contents() -> None:
    layout = parse_layout(normalize(CUT_AFTER_TWO_ITEMS))
    assert [item.head.number for item in layout.items if item.head] == [201, 202]


def test_the_first_item_keeps_its_decision() -> None:
    text = normalize(CUT_AFTER_TWO_ITEMS)
    found = extract_minutes(text, CUT_AFTER_TWO_ITEMS, dates.find_candidates(text)).decisions
    assert [(d.item, d.outcome) for d in found] == [(201, "approved")]


def test_a_gap_that_is_prose_ends_the_contents() -> None:
    text = CUT_AFTER_TWO_ITEMS.replace("203 2. behandling af budget 2022-25",
                                       "Borgmesteren bød velkommen og mindede om, at spørgetiden er flyttet.")
    layout = parse_layout(normalize(text))
    assert 204 in [item.head.number for item in layout.items if item.head]


# --- the item's own plain decision above an earlier meeting's dated one ------------------------------

OWN_ABOVE_EARLIER = """Teknik- og Miljøudvalget

12.11.2020 kl. 08:00
Mødelokale 2, Rådhuset

Åben dagsorden

  3. Opfølgning på budgetaftalen for 2020.

Beslutning

Taget til efterretning

Tidligere behandling

Kommunalbestyrelsen den 31. august 2020 Punkt 4

Indhold

Udvalget behandler den tredje opfølgning på aftalen. Forvaltningen har samlet status på indsatserne.
"""


def test_the_items_own_decision_beats_an_earlier_meetings_dated_one() -> None:
    text = normalize(OWN_ABOVE_EARLIER)
    found = extract_minutes(text, OWN_ABOVE_EARLIER, dates.find_candidates(text)).decisions
    assert [(d.item, d.outcome, d.text) for d in found] == [(3, "noted", "Taget til efterretning")]


# --- a decision of one infinitive at the end of a cut page --------------------------------------------

def test_a_one_word_decision_to_discuss() -> None:
    from socdoc.extractors.decisions import classify

    assert classify("Drøfte") == "discussed" and classify("Drøftes.") == "discussed"
    assert classify("Sagen drøftes igen på næste møde.") != "discussed"
    raw = ("12. Ny plan for biblioteket\n\nIndstilling\n\nForvaltningen indstiller, at planen drøftes.\n\n"
           "Beslutning\n\nDrøfte")
    text = normalize(raw)
    found = extract_minutes(text, raw, dates.find_candidates(text)).decisions
    assert [(d.item, d.outcome) for d in found] == [(12, "discussed")]
