"""Parties, areas and people of letterheads, datelines and flattened member lists: a council's name written
twice in a header, a party's full name in brackets after a member, a common noun ending like a unit, an estate's
department that receives money, a dateline in capitals with its district, a noun in "-s" before a town, a museum
named "Den Gamle By", the English name of the capital inside a brand, towns that are common nouns, a part of a
place, and a member list that names each member's municipality."""

from __future__ import annotations

import socdoc


def _parties(text: str) -> list[str]:
    return [p.name for p in socdoc.extract(text).parties]


def _areas(text: str) -> list[str]:
    return [a.name for a in socdoc.extract(text).areas]


def test_header_name_written_twice_is_one_council() -> None:
    text = ("Transkript\n\n1 Referat AALBORG BYRÅD Aalborg Byråd By- og Landskabsudvalget Mødet den kl Mødelokale 142,"
            "\n\n2 Indholdsfortegnelse\n")
    assert "Aalborg Byråd" in _parties(text)
    assert not any("Byråd Aalborg" in name or name.count("Byråd") > 1 for name in _parties(text))


def test_full_party_name_in_brackets_after_a_member_is_no_party() -> None:
    text = ("KKR Nordjyllands formand er borgmester Arne Boelt (Socialdemokratiet) fra Hjørring Kommune, "
            "og næstformand er borgmester Mogens Gade (Venstre) fra Jammerbugt Kommune.\n")
    record = socdoc.extract(text)
    names = [p.name for p in record.parties]
    assert "Socialdemokratiet" not in names and "Venstre" not in names
    assert {p.name: p.party for p in record.people} == {"Arne Boelt": "S", "Mogens Gade": "V"}


def test_party_acting_in_its_own_name_stays() -> None:
    assert "Venstre" in _parties("Forslaget kom fra Venstre, der ønsker en ny plan for ældreområdet.\n")


def test_common_noun_that_ends_like_a_unit_is_no_body() -> None:
    text = "En ny chance\n\nFortjenesten fra salget går blandt andet til flyttehjælp. Hjemmeplejetjenesten hjælper.\n"
    names = _parties(text)
    assert "Fortjenesten" not in names and "Hjemmeplejetjenesten" in names


def test_estate_department_receiving_money_is_no_party() -> None:
    text = "I Gladsaxe er der penge til renovering. Egeparken 1 har fået 43 millioner kroner i støttede lån.\n"
    assert "Egeparken 1" not in _parties(text)


def test_dateline_in_capitals_with_its_district() -> None:
    text = (" date 2018-11 AALBORG ØST: Lokale- og Anlægsfonden og Realdania har besluttet at bevilge penge "
            "til et projekt.\n")
    record = socdoc.extract(text)
    assert "Aalborg Øst" in [a.name for a in record.areas]
    assert not any(p.name.casefold() == "aalborg øst" for p in record.parties)


def test_noun_in_s_before_a_town_is_an_institution() -> None:
    areas = _areas("Der er behov for ungdomsboliger ved Campus Slagelse, siger rådmanden.\n")
    assert "Campus Slagelse" not in areas and "Slagelse" not in areas


def test_genitive_before_a_town_still_opens_a_village() -> None:
    assert "Vejers Strandby" in _areas("Planen for Vejers Strandby er klar til høring.\n")


def test_article_and_adjective_before_by_is_no_village() -> None:
    areas = _areas("Bygningen blev flyttet til Den Gamle By i Århus for mange år siden.\n")
    assert "Gamle" not in areas and "Århus" in areas


def test_english_name_of_the_capital_inside_a_brand_is_no_area() -> None:
    assert _areas("Fælles trafikcharter for Greater Copenhagen og nye investeringer.\n") == []


def test_town_that_is_a_common_noun_needs_a_locative() -> None:
    text = "Planen blev godkendt med de ændringer, der er foreslået i afsnittet Løsning, dog uden bygningen.\n"
    assert "Løsning" not in _areas(text)
    assert "Løsning" in _areas("Der bygges 40 nye boliger i Løsning ved Hedensted.\n")
    minutes = "Problemstilling\n\nBydelen skal udvikles.\n\nLøsning\n\nUdvalget anbefaler planen.\n"
    assert _areas(minutes) == []


def test_two_such_towns_side_by_side_in_a_list_of_towns() -> None:
    text = "De 15 byer er Korsør, Otterup, Vojens, Rødding, Børkop, Give, Brande, Ebeltoft, Kjellerup og Sæby.\n"
    areas = _areas(text)
    assert "Give" in areas and "Brande" in areas


def test_part_of_a_place_is_the_place() -> None:
    assert "Hasle" in _areas("Det nye Bispehaven skal spille sammen med resten af Hasle, siger direktøren.\n")


def test_member_list_with_each_members_municipality() -> None:
    text = ("3 Deltagerfortegnelse Knud Erik Hansen, Faxe Hans Barlach, Greve John Brædder, Guldborgsund "
            "Søren Kjærsgaard, Holbæk Martin Damm, Kalundborg\n")
    names = [p.name for p in socdoc.extract(text).people]
    assert names == ["Knud Erik Hansen", "Hans Barlach", "John Brædder", "Søren Kjærsgaard", "Martin Damm"]


def test_role_owned_by_a_genitive_sets_off_its_holder_after_a_comma() -> None:
    record = socdoc.extract("Det glæder Odenses socialdemokratiske borgmester, Peter Rahbæk Juel, at planen er vedtaget.\n")
    assert [(p.name, p.role) for p in record.people] == [("Peter Rahbæk Juel", "borgmester")]


def test_role_and_comma_between_two_clauses_gives_the_next_name_no_role() -> None:
    record = socdoc.extract("Han blev valgt som formand, Anne Holm blev valgt som næstformand.\n")
    assert {p.name: p.role for p in record.people}.get("Anne Holm") != "formand"
