"""A role label and a first name as a line of their own, the label's colon left out: "Referent Eva"
closing a small board's minutes. A name of one word is no person fact, so neither "Referent Eva" nor
"Referent: Eva" makes a person, and the label line is no two-word name; the first name stays in the
meeting's attendance. Texts written for these tests."""

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


def test_label_without_colon_closing_the_minutes_gives_no_person() -> None:
    found = people(_MINUTES.format(closing="Referent Susanne"))
    assert "Susanne" not in found
    assert "Referent Susanne" not in found


def test_label_with_colon_gives_no_person_either() -> None:
    assert "Susanne" not in people(_MINUTES.format(closing="Referent: Susanne"))


def test_a_label_inside_a_sentence_gives_no_person() -> None:
    found = people(_MINUTES.format(closing="Næste gang er Susanne referent og Karin ordstyrer."))
    assert found == {}


def test_label_line_of_a_name_the_attendance_list_gives_alone_leaves_an_attendee() -> None:
    # a first name the name lists may not hold: the attendance list names the person by it alone
    import socdoc

    text = _MINUTES.replace("Susanne", "Susan").format(closing="Referent Susan")
    doc = socdoc.extract(text)
    assert [p.name for p in doc.meeting.participants] == ["Karin", "Morten", "Lone", "Susan"]
    names = {p.name for p in doc.people}
    assert "Susan" not in names and "Referent Susan" not in names


def test_label_line_of_a_word_no_list_names_gives_nobody() -> None:
    assert "Regnskab" not in people(_MINUTES.format(closing="Referent Regnskab"))
