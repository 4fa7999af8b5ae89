"""The body of an association's general assembly named in the title: the association before a dash and
the title ("NORDBY VANDVÆRK - REFERAT AF GENERALFORSAMLING 2021"), or in the genitive before the meeting
word ("Referat fra Østerby sogns lokalråds generalforsamling"). Texts written for these tests."""

from __future__ import annotations

from minutes_run import run

ITEMS = ("1) Valg af dirigent: Formanden blev valgt og konstaterede, at generalforsamlingen var lovligt indkaldt.\n"
         "2) Bestyrelsens beretning: Beretningen blev godkendt.\n3) Regnskab: Regnskabet blev godkendt.\n")


def test_association_in_capitals_before_the_dash_and_the_title() -> None:
    raw = ("NORDBY VANDVÆRK - REFERAT AF GENERALFORSAMLING 2021\n\n14. september 2021, kl. 19:00\n\n"
           "Til stede: 3 fra bestyrelsen og 6 forbrugere.\n\n" + ITEMS)
    assert run(raw).meeting.body == "Nordby Vandværk"


def test_association_in_the_genitive_before_the_assembly() -> None:
    raw = ("Referat fra generalforsamlingen 3. november 2019\n\n"
           "Referat fra Østerby sogns lokalråds generalforsamling\n\nAfholdt 3.11.2019 kl. 19.30 på Skolen\n\n"
           + ITEMS)
    assert run(raw).meeting.body == "Østerby sogns lokalråd"


def test_ordinary_assembly_in_the_genitive_of_a_club() -> None:
    raw = ("Referat af Vestby Bådelaugs ordinære generalforsamling\n\nLørdag den 9. marts 2024 kl. 10.00\n\n"
           + ITEMS)
    assert run(raw).meeting.body == "Vestby Bådelaug"


def test_assembly_of_the_year_names_no_association() -> None:
    raw = ("Referat fra årets generalforsamling\n\nLørdag den 9. marts 2024 kl. 10.00\n\n" + ITEMS)
    assert run(raw).meeting.body != "Året"


def test_page_number_before_the_dash_is_no_association() -> None:
    raw = ("Referat af generalforsamling - 9. marts 2024\n\nLørdag den 9. marts 2024 kl. 10.00\n\n" + ITEMS)
    assert run(raw).meeting.body is None or "marts" not in (run(raw).meeting.body or "")
