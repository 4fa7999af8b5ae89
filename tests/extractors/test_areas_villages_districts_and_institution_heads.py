"""Areas: a village whose name holds a listed town's name, a district named by a noun's genitive, a
municipality written without its hyphen, an institution's kind cut off its name, and a region inside a
housing company's name after a dotted acronym."""

from __future__ import annotations

from entity_views import area_names as areas


# places found


def test_village_name_holding_a_listed_town_name_is_the_village() -> None:
    text = "449. Udviklingsplan for Vejers Strandby\n450. Ansøgning om kommunegaranti\n"
    assert areas(text) == ["Vejers Strandby"]


def test_listed_town_after_a_nouns_definite_genitive_stays_the_town() -> None:
    text = "Planen for byens Strandby er klar, og Byens Strandby får en ny havn.\n"
    assert "Byens Strandby" not in areas(text)


def test_listed_town_after_a_first_name_is_a_person() -> None:
    text = "Efter mødet talte Jens Strandby om budgettet.\n"
    assert areas(text) == []


def test_district_named_by_a_nouns_genitive() -> None:
    text = "Uroen i Smedens Kvarter er uacceptabel, siger formanden for beboerne.\n"
    assert areas(text) == ["Smedens Kvarter"]


def test_district_noun_after_an_adjective_is_no_name() -> None:
    text = "Mange unge familier flytter ind i Det Gamle Kvarter i disse år.\n"
    assert areas(text) == []


def test_municipality_written_without_its_hyphen() -> None:
    text = "Projektet skal foregå i det almene boligområde Charlotteager i Høje Taastrup Kommune, som har fået støtte.\n"
    assert "Høje Taastrup Kommune" in areas(text)


# false places


def test_institution_kind_before_its_name_is_no_place() -> None:
    text = "Årsrapport for regnskabsåret 2006 for Børnehaven Solsikken blev godkendt uden bemærkninger.\n"
    assert areas(text) == []


def test_region_after_a_dotted_acronym_belongs_to_the_company_name() -> None:
    text = "Regnskab for Boligselskabet K.A.B. Fyn, afd. Engparken, Odense blev godkendt.\n"
    assert "Fyn" not in areas(text)
    assert "Odense" in areas(text)


def test_region_as_a_place_stays() -> None:
    text = "Hun bor på Fyn og arbejder i Odense.\n"
    assert areas(text) == ["Fyn", "Odense"]
