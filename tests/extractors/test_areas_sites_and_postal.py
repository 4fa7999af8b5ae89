"""Areas: a place's name as a street with a lettered house number, an estate's name with a postal
address, a name with a web domain, a bathing facility named by its town, chain stores, and a
municipality named by the definite of its noun."""

from __future__ import annotations

from socdoc.extractors.areas import patterns

from entity_views import area_names as areas


def test_name_before_a_lettered_house_number_is_a_street() -> None:
    found = areas("Skolen, om- og tilbygning på Tinglev 8b i Padborg\n\nTilbuddet fra arkitekten er vurderet af udvalget.")
    assert "Tinglev" not in found and "Padborg" in found
    assert "Bredebro" not in areas("Tilbygningen ved Bredebro 12a er færdig, og udvalget besøger den i juni.")


def test_estate_name_with_a_postal_address_is_a_venue() -> None:
    text = "Program:\n- Besøg ved den nye udstykning i Givskud (Lindelunden, 7323 Givskud)\n- Frokost"
    assert "Lindelunden" not in areas(text)


def test_name_with_a_web_domain_is_a_site() -> None:
    assert "Bornholm" not in areas("Nyheden blev bragt af Bornholm.nu i går, og redaktionen har ikke fået svar.")
    assert "Vejle" not in areas("Læs mere på Vejle.dk om de nye åbningstider.")


def test_bathing_facility_after_a_town_is_a_building() -> None:
    after = patterns().building_after
    assert after.match(" Søbad") and after.match(" Havnebadet") and after.match(" friluftsbad")
    assert not after.match(" bad om en redegørelse")  # "i Vejle bad om …": the verb, the town stays
    assert "Vejle" in areas("Borgmesteren i Vejle bad om en redegørelse fra forvaltningen.")


def test_chain_store_is_no_place() -> None:
    assert "Ikea" not in areas("Formanden køber en ny lampe til klublokalet i Ikea, og kassereren betaler.")


def test_municipality_in_the_definite_of_its_noun_is_the_body() -> None:
    assert "Regionskommunen" not in areas("Regionskommunen kom ud af året med et overskud, oplyser borgmesteren.")


def test_town_after_a_locative_stays_a_place() -> None:
    assert "Givskud" in areas("Der bor mange familier i Givskud, og byen vokser.")


def test_numbered_stage_of_a_listed_estate_is_part_of_its_name() -> None:
    text = "Boligselskabet har bevilget 3 mio. kr. til en helhedsplan for Tingbjerg II, som beboerne skal stemme om."
    assert areas(text) == ["Tingbjerg II"]
    assert areas("Beboerne i Tingbjerg holder fest.") == ["Tingbjerg"]
    assert "Christian IV" not in areas("Christian IV byggede Rundetårn.")


def test_listed_estate_named_by_a_plain_word_needs_its_municipality() -> None:
    minutes = ("Dagsorden for generalforsamlingen i grundejerforeningen\n4. Trekantens fremtid\n"
               "Forslag om nye bænke og beplantning på Trekanten ved vejens ende.")
    assert "Trekanten" not in areas(minutes)
    news = "Boligselskabet i Holstebro vil rive to blokke ned i Trekanten og bygge rækkehuse."
    assert "Trekanten" in areas(news)
