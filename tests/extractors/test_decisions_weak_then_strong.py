"""A decision that first records the discussion or the noting and then, in a later sentence or list
point, the approval ("Sagen blev drøftet. Et flertal godkendte forslaget.") is approved; a weak
outcome alone, or followed only by another body's earlier decision, stays weak.

All texts are written for these tests."""

from __future__ import annotations

from socdoc.extractors.decisions import classify


def test_later_approval_replaces_the_discussion() -> None:
    text = ("Sagen blev drøftet.\n\nEt flertal (Teknisk Udvalg med undtagelse af Lone Krog) godkendte "
            "forslaget.\n\nEt mindretal (Lone Krog) stemte imod.")
    assert classify(text) == "approved"


def test_later_point_of_a_list_replaces_the_noting() -> None:
    text = ("Kulturudvalget besluttede,\n\n1. at orienteringen om budgetprocessen tages til efterretning,\n\n"
            "2. at tidsplanen for udvalgets arbejde vedtages, og\n\n3. at pege på behovet for flere midler.")
    assert classify(text) == "approved"


def test_later_rejection_or_postponement_replaces_the_discussion() -> None:
    assert classify("Forslaget blev drøftet. Ansøgningen blev afslået.") == "rejected"
    assert classify("Punktet blev drøftet. Sagen udsættes til næste møde.") == "postponed"


def test_weak_outcome_alone_stays() -> None:
    assert classify("Sagen blev drøftet. Forvaltningen arbejder videre med sagen.") == "discussed"
    assert classify("Orienteringen blev taget til efterretning.") == "noted"


def test_earlier_decision_of_another_body_does_not_replace() -> None:
    text = "Sagen blev drøftet. Økonomiudvalget anbefalede den 3. maj 2021 indstillingen."
    assert classify(text) == "discussed"


def test_signature_after_the_discussion_does_not_replace() -> None:
    assert classify("Punktet blev drøftet. Referatet blev underskrevet.") == "discussed"


def test_a_wish_or_a_later_resumption_does_not_replace() -> None:
    assert classify("Drøftet. Udvalget ønsker, at planen sendes i høring i Ældrerådet.") == "discussed"
    assert classify("Drøftet. Sagen genoptages på udvalgets møde den 3. juni med henblik på endelig behandling.") \
        == "discussed"
