"""Areas: bare municipality names, alone or listed, as the subject of a verb of reporting are the
councils speaking, not places."""

from __future__ import annotations

from entity_views import area_names as areas


def test_listed_neighbour_municipalities_that_report_are_no_areas() -> None:
    text = ("Nabokommunerne Odder, Skanderborg og Horsens meddeler alle, at de ikke bruger "
            "erklæringer på området.\n")
    assert areas(text) == []


def test_two_municipalities_that_answer_are_no_areas() -> None:
    assert areas("Odder og Horsens svarer, at de følger samme praksis.\n") == []


def test_one_municipality_that_reports_is_no_area() -> None:
    assert areas("Skanderborg oplyser, at ventetiden er faldet.\n") == []


def test_residents_of_municipalities_who_report_keep_the_places() -> None:
    text = "Borgere i Odder og Horsens oplyser, at de er tilfredse med tilbuddet.\n"
    assert areas(text) == ["Odder", "Horsens"]


def test_locative_opening_keeps_the_place() -> None:
    assert areas("I Skanderborg oplyser forældrene, at pladserne slår til.\n") == ["Skanderborg"]


def test_list_with_an_unlisted_name_is_left_alone() -> None:
    text = "Tingbjerg og Husum oplyser ikke noget om ventelisten.\n"
    assert areas(text) == ["Tingbjerg", "Husum"]
