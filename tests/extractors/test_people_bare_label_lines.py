"""A role label and a first name as a line of their own, the label's colon left out: "Referent Eva"
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


def test_label_line_of_a_name_the_attendance_list_gives_alone() -> None:
    # a first name the name lists may not hold: the attendance list names the person by it alone
    import socdoc

    text = _MINUTES.replace("Susanne", "Susan").format(closing="Referent Susan")
    roles = {p.name: p.role for p in socdoc.extract(text).people}
    assert roles["Susan"] == "referent"


def test_label_line_of_a_word_no_list_names_gives_nobody() -> None:
    assert "Regnskab" not in people(_MINUTES.format(closing="Referent Regnskab"))
