"""Roles told in news prose: a plural role over names that each say where they come from, an office
held on or taken up ("fortsætter som borgmester"), and a definite role for a capitalised body set off
by commas before its holder."""

from __future__ import annotations

from people_run import people


def test_plural_role_over_names_each_with_their_town() -> None:
    found = people(
        "Aftalen blev underskrevet af politidirektør Kim Skov og borgmestrene Anne Vang fra Herlev, "
        "Per Lund fra Gladsaxe og Jens Bro fra Ballerup.\n"
    )
    assert found["Kim Skov"].role == "politidirektør"
    assert {found[n].role for n in ("Anne Vang", "Per Lund", "Jens Bro")} == {"borgmester"}


def test_plural_role_over_names_with_their_municipality() -> None:
    found = people("Med på mødet var rådmændene Ida Holm fra Aarhus Kommune og Bo Dam fra Odense Kommune.\n")
    assert found["Ida Holm"].role == "rådmand" and found["Bo Dam"].role == "rådmand"


def test_office_held_on() -> None:
    found = people("Efter valget står det klart: Lise Brandt fortsætter som borgmester med en bred aftale.\n")
    assert found["Lise Brandt"].role == "borgmester"


def test_office_taken_up() -> None:
    found = people("Karsten Holm tiltræder som ny direktør den 1. maj.\n")
    assert found["Karsten Holm"].role == "direktør"


def test_role_for_a_capitalised_body_then_the_holder_between_commas() -> None:
    found = people(
        "Ved indvielsen talte formanden for Nordby Almennyttige Boligselskab, Gurli Mose, "
        "som glæder sig over interessen.\n"
    )
    assert found["Gurli Mose"].role == "formand"


def test_role_for_a_body_and_no_holder_after_it() -> None:
    found = people("Formand for Nordby Venner, glæder sig over samarbejdet med Det Obelske Fond.\n")
    assert not found


def test_comma_listed_holders_before_a_relative_clause() -> None:
    found = people("Det bekræfter politiassistenterne i området, Eva Holm og Bo Dam, som kender kvarteret.\n")
    assert found["Eva Holm"].role == "politiassistent" and found["Bo Dam"].role == "politiassistent"


def test_election_in_the_perfect_tense_names_the_person_and_the_office() -> None:
    found = people("Ministeren har i dag udpeget Vibe Kragelund som ny formand for Rådet for Socialt Udsatte.\n")
    assert found["Vibe Kragelund"].role == "formand"
    found = people("Bestyrelsen har valgt Kirsten Holm til kasserer.\n")
    assert found["Kirsten Holm"].role == "kasserer"


def test_perfect_tense_choice_of_a_thing_names_no_person() -> None:
    assert not people("Byrådet har netop valgt en ny strategi som pejlemærke.\n")


def test_role_before_an_unlisted_first_name_with_a_surname_in_a_list_of_officers() -> None:
    found = people("Borgmester Helle Adelborg, kommunaldirektør Nich Bendtsen og økonomichef Søren Lenau var til stede.\n")
    assert found["Nich Bendtsen"].role == "kommunaldirektør"


def test_role_and_workplace_after_a_name_stay_that_name_s() -> None:
    found = people("Det siger Eva Lund, direktør Hotel Nordby.\n")
    assert found["Eva Lund"].role == "direktør" and "Hotel Nordby" not in found


def test_elected_as_new_officer() -> None:
    assert people("Lars Lindskov blev valgt som ny formand for udvalget.\n")["Lars Lindskov"].role == "formand"


def test_job_held_day_to_day() -> None:
    found = people("Det siger Mathias Waage Petersen, der til dagligt arbejder som projektleder.\n")
    assert found["Mathias Waage Petersen"].role == "projektleder"
