"""Decisions of three layouts seen on fresh minutes: a transcript that labels each decision with the
body's meeting, its date and the item number ("Byrådets møde 3. marts 2011 Punkt 4: Godkendt."), an
item whose history shows the same body's earlier postponement above its own decision, and a board's
discussion told impersonally ("Det blev drøftet, hvordan …").

All texts are written for these tests."""

from __future__ import annotations

from socdoc.extractors.minutes import _stated_outcome
from tests.extractors.minutes_run import run


def outcomes(raw: str) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


# --- a transcript labelling each decision with the body's meeting and the item number --------------

LABELLED = """REFERAT for Byrådets møde den 3. marts 2011 på Nordby Rådhus

Transkript

1 NORDBY KOMMUNE REFERAT for Byrådets møde den 3. marts 2011, Kl på Nordby Rådhus, Mødesalen. Mødet slut kl

2 INDHOLDSFORTEGNELSE Pkt.nr Meddelelser fra borgmesteren... 1 Pkt.nr Regulativ for vinterbekæmpelse... 1 Pkt.nr Eventuelt... 3

3 Side 1 Pkt.nr. 1 Meddelelser fra borgmesteren Byrådets møde 3. marts 2011 Punkt 1: Taget til efterretning. Pkt.nr. 2 Regulativ for vinterbekæmpelse Indstilling: Teknisk forvaltning indstiller, at regulativet godkendes. Teknisk Udvalgs møde 14. februar 2011 Punkt 7: Anbefales. Byrådets møde 3. marts 2011 Punkt 2: Godkendt. Sagsfremstilling: Forslaget til regulativ er sendt i høring og der er kommet to bemærkninger.
"""


def test_labelled_decisions_take_the_meetings_own_label() -> None:
    assert outcomes(LABELLED) == [(1, "noted"), (2, "approved")]


def test_a_committees_earlier_label_is_not_the_items_decision() -> None:
    texts = [d.text for d in run(LABELLED).decisions]
    assert "Anbefales." not in texts
    assert texts == ["Taget til efterretning.", "Godkendt."]


def test_a_label_of_another_day_is_not_the_items_decision() -> None:
    raw = LABELLED.replace("Byrådets møde 3. marts 2011 Punkt 2", "Byrådets møde 24. februar 2011 Punkt 2")
    assert (2, "approved") not in outcomes(raw)


# --- the same body's earlier postponement in the item's history ------------------------------------

HISTORY = """
Ældrerådets møde den 12. november 2024
Medborgerhuset, Skolevej 3 kl. 14.00
41Godkendelse af dagsorden
Beslutning
Dagsordenen blev godkendt.
42Drøftelse af rådets årshjul
Historik
Beslutning fra Ældrerådet, 8. oktober 2024, pkt. 35:
Punktet blev udsat til næste møde.
Beslutning
Årshjulet blev drøftet, og sekretæren retter datoerne for dialogmøderne.
"""


def test_the_own_decision_wins_over_the_same_bodys_earlier_postponement() -> None:
    assert outcomes(HISTORY) == [(41, "approved"), (42, "discussed")]


def test_the_earlier_postponement_alone_is_still_read() -> None:
    raw = HISTORY.replace("Beslutning\nÅrshjulet blev drøftet, og sekretæren retter datoerne for dialogmøderne.\n", "")
    assert (42, "postponed") in outcomes(raw)


# --- a discussion told impersonally -----------------------------------------------------------------

def test_impersonal_discussion_with_its_subject_is_a_stated_outcome() -> None:
    assert _stated_outcome("Det blev drøftet, hvordan man kan gøre tilbuddet kendt blandt borgerne.")
    assert _stated_outcome("Der blev drøftet, om rådet skal holde et ekstra møde i foråret.")


def test_a_planned_discussion_is_not_a_stated_outcome() -> None:
    assert not _stated_outcome("Planen skal drøftes på et senere møde med forvaltningen og brugerne.")
    assert not _stated_outcome("Det blev drøftet den 4. maj, hvordan sagen kan løses.")
