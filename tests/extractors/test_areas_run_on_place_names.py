"""Areas: in a run-on agenda a village after "i" ends where the next title's name, made from another
place, begins ("i Sydrup Nordby Idrætshal - …")."""

from __future__ import annotations

from entity_views import area_names as areas


def test_village_before_a_hall_named_by_another_place() -> None:
    text = ("Skema A - opførelse af 6 almene rækkehuse ved Kirkestien i Oddense Durup Idræts- og "
            "Svømmehal - ansøgning om tilskud")
    assert "Oddense" in areas(text)


def test_hamlet_before_a_housing_association_named_by_a_town() -> None:
    text = "Endelig vedtagelse af lokalplan for boliger ved gadekæret i Særslev Bogense Andelsboligforening - Regnskab"
    assert "Særslev" in areas(text)


def test_hamlet_before_an_institution_noun_stays_out() -> None:
    assert areas("Fællesspisning på Nordrup Plejecenter i aften.") == []


def test_hamlet_before_a_feature_word_is_one_longer_name() -> None:
    assert "Hevring" not in areas("Planlægning for vindmøller i Hevring Ådal Beslutning om udsættelse af processen")


def test_no_locative_no_place() -> None:
    assert "Særslev" not in areas("Særslev Bogense Andelsboligforening holder møde.")
