"""A role label and a first name as a line of their own, the label's colon left out (round 10): "Referent Eva"
closing a small board's minutes gives Eva the role, as "Referent: Eva" does. Texts written for these tests."""

from __future__ import annotations

from people_run import people

_MINUTES = """Referat af bestyrelsesmøde i Afdeling 7, mandag den 3. februar 2025

Til stede: Karin, Morten, Lone og Susanne

Afbud: Jakob

1. Regnskab

Regnskabet blev gennemgået og godkendt.

2. Eventuelt

Intet.

{closing}"""


def test_label_without_colon_closing_the_minutes() -> None:
    found = people(_MINUTES.format(closing="Referent Susanne"))
    assert found["Susanne"].role == "referent"
    assert "Referent Susanne" not in found


def test_label_with_colon_still_gives_the_role() -> None:
    assert people(_MINUTES.format(closing="Referent: Susanne"))["Susanne"].role == "referent"


def test_a_label_inside_a_sentence_gives_no_role() -> None:
    found = people(_MINUTES.format(closing="Næste gang er Susanne referent og Karin ordstyrer."))
    assert found["Morten"].role is None
