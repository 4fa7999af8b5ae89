"""Parties: names joined, cut or defined (definite heads, defined abbreviations, youth wings, …) and things that are no party."""

from __future__ import annotations

from entity_views import party_names as names


def test_bare_definite_head_joins_its_one_for_name() -> None:
    text = ("Kulturenheden for Børn og Unge har holdt møde med foreningen. Efter mødet anbefaler "
            "Kulturenheden, at sagen udsættes.")
    assert names(text) == ["Kulturenheden for Børn og Unge"]


def test_abbreviation_defined_by_staar_for_names_the_organisation() -> None:
    text = ("Mange frivillige er med i LUFA. LUFA står for Landsforeningen af Unge Frivillige i Ambulancetjenesten, "
            "og LUFA får nu penge fra staten.")
    assert names(text) == ["Landsforeningen af Unge Frivillige i Ambulancetjenesten"]


def test_staar_for_needs_a_name_with_the_same_first_letter() -> None:
    text = "Vores TV står for Kvalitet og Nærvær i alt, hvad vi gør, siger direktøren."
    assert names(text) == []


def test_youth_wing_after_a_listed_organisation_is_its_own_party() -> None:
    text = "Red Barnet Ungdom holder sommerlejr, og Red Barnet betaler for bussen."
    assert names(text) == ["Red Barnet Ungdom", "Red Barnet"]


def test_flattened_table_column_of_village_halls_gives_each_hall() -> None:
    text = ("Ansøgere: Bjerrelund Forsamlingshus Kragholm Forsamlingshus Nyt tag og nye vinduer. "
            "Udvalget bevilger pengene.")
    found = names(text)
    assert "Bjerrelund Forsamlingshus" in found and "Kragholm Forsamlingshus" in found


def test_two_villages_joined_before_one_hall_name_it_together() -> None:
    text = "Ansøger: Bjerrelund og Kragholm Forsamlingshus søger om 40.000 kr. til et nyt køkken."
    assert names(text) == ["Bjerrelund og Kragholm Forsamlingshus"]


def test_school_joined_to_a_museum_stays_its_own_name() -> None:
    text = "Projektet drives af Kragskolen og Bjerrelund Museum i fællesskab."
    assert "Kragskolen og Bjerrelund Museum" not in names(text)


def test_municipalities_listed_after_a_partitive_locative_are_places() -> None:
    text = ("Politiet har indført en visitationszone i dele af Nordby, Albertslund og Brøndby Kommuner, "
            "oplyser Vestegnens Politi.")
    found = names(text)
    assert "Albertslund Kommune" not in found and "Brøndby Kommune" not in found


def test_defined_education_is_no_organisation() -> None:
    text = "Kommunen tilbyder nu Særligt Tilrettelagt Ungdomsuddannelse (STU) til flere unge, og STU varer tre år."
    assert names(text) == []


def test_fund_pool_named_by_its_owner_is_no_organisation() -> None:
    text = "Foreninger, der har fået støtte fra Idrætsrådets Aktivitetspulje, kan ikke søge igen i år."
    assert "Idrætsrådets Aktivitetspulje" not in names(text)


def test_acronym_written_before_a_listed_name_is_that_name_not_a_second_party() -> None:
    text = ("Ros til DFH Dansk Flygtningehjælp fra ministeren\n\n"
            "Hos DRC Dansk Flygtningehjælp er der glæde over aftalen, siger generalsekretæren.")
    assert names(text) == ["DRC Dansk Flygtningehjælp"]


def test_two_bodies_coordinated_after_a_preposition_are_no_one_unit() -> None:
    text = "Sagen sendes til Økonomiudvalg og Byråd til endelig godkendelse."
    assert "Økonomiudvalg og Byråd" not in names(text)


def test_coordinated_title_of_a_chief_is_no_department() -> None:
    text = "Beslutningstema\n\nIndstilling\n\nKultur- og Fritidschefen indstiller, at udvalget godkender planen."
    assert "Kultur- og Fritidschefen" not in names(text)


def test_building_named_as_the_object_of_works_is_no_party() -> None:
    text = "7. Frigivelse af anlægsbevilling til energirenovering af Engbakken Aktivitetscenter\n\nSagen blev godkendt."
    assert "Engbakken Aktivitetscenter" not in names(text)


def test_association_named_as_the_owner_of_works_stays_a_party() -> None:
    text = "Kommunen giver tilskud til renovering af Engbakken Idrætsforening, der selv betaler resten."
    assert "Engbakken Idrætsforening" in names(text)


def test_picture_credit_names_no_party() -> None:
    text = "Nyt udsigtstårn ved kysten\n\nFoto: Skov- og Naturstyrelsen\n\nTårnet åbner i maj, siger formanden."
    assert names(text) == []


def test_name_set_off_by_commas_after_its_kind_noun_is_a_party() -> None:
    text = "Derfor vil beboernes boligselskab, Engbo, tømme to opgange og bygge nye boliger."
    assert names(text) == ["Engbo"]


def test_place_set_off_by_commas_after_a_kind_noun_is_no_party() -> None:
    text = "Foreningen holder til i en gammel virksomhed, Odense, som nu er lukket."
    assert "Odense" not in names(text)


def test_bracketed_initials_in_a_list_of_people_name_no_organisation() -> None:
    text = ("Til stede: afdelingsbestyrelsen (Erik Holm (EH), Ulla Brink (UB) og\nGunver Maltbæk (GM)).\n\n"
            "EH bød velkommen.")
    assert names(text) == []
