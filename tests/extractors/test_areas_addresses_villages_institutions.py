"""Areas: a town in a postal address, institutions, parks and buildings named after a town, committees
"i X Kommune", villages closing an agenda title and the town of a meeting's venue."""

from __future__ import annotations

from entity_views import area_names as areas


def test_town_with_a_postal_district_letter_is_an_address() -> None:
    text = ("Referat af bestyrelsesmødet. Boligforeningen Lyset Nørre Allé 12 Tlf København N Fax "
            "info@lyset.dk 4. Eventuelt")
    assert "København" not in areas(text)
    text = "Temadag for koordinatorerne Sted Medborgerhuset Valbygade København SV Deltagere Eva Holm"
    assert "København" not in areas(text)


def test_town_with_a_district_letter_after_a_locative_stays_a_place() -> None:
    assert "København" in areas("Foreningen har i mange år drevet en café i København N for unge.") or \
        "København N" in areas("Foreningen har i mange år drevet en café i København N for unge.")


def test_estate_shaped_name_after_an_institutions_staff_or_inspection_is_the_institution() -> None:
    text = "Åben dagsorden\n\n  1. Plejecenterleder for Kløverhaven og Granhaven Ane Holm har valgt at fratræde."
    found = areas(text)
    assert "Kløverhaven" not in found and "Granhaven" not in found
    text = "Orientering\n  åbent 8 Rapport fra uanmeldt plejehjemstilsyn Lyngbakken 2022\n  åbent 9 Budget"
    assert "Lyngbakken" not in areas(text)


def test_estate_after_an_institution_word_used_as_a_locative_stays_a_place() -> None:
    assert "Lyngbakken" in areas("Kommunen bygger et nyt plejecenter i Lyngbakken, hvor 400 familier bor.")


def test_village_after_a_comma_closing_an_agenda_title_with_a_small_word_before() -> None:
    text = "Dagsorden\n41. Ny belysning på stien langs åen, Agerskov\n42. Budgetopfølgning\n"
    assert "Agerskov" in areas(text)
    text = "Lukkede punkter\n17. Salg af en ubebygget grund ved havnen, Bandholm\n18. Eventuelt\n"
    assert "Bandholm" in areas(text)


def test_a_labelled_list_after_a_comma_is_no_village() -> None:
    assert "Agerskov" not in areas("Afbud: formand, Agerskov\nMødeleder: Ida Holm")


def test_listed_village_closing_or_opening_a_numbered_agenda_title() -> None:
    assert "Bandholm" in areas("Åbne punkter\n12. Ny kajmur Bandholm\n13. Eventuelt\n")
    assert "Agerskov" in areas("Åbne punkter\n14. Ekspropriation. Agerskov rundkørsel\n15. Eventuelt\n")


def test_listed_village_before_a_building_or_a_street_word_in_an_agenda_title_is_no_area() -> None:
    assert "Agerskov" not in areas("Åbne punkter\n3. Agerskov Skole - nyt tag\n4. Eventuelt\n")
    assert "Bandholm" not in areas("Åbne punkter\n5. Bandholm torv\n6. Eventuelt\n")


def test_estate_shaped_name_of_a_nature_park_is_no_housing_area() -> None:
    text = "Dagsorden: Orientering om Pilotnaturpark Skovbjerg Anlægsoversigt Orientering fra formanden"
    assert not [name for name in areas(text) if "naturpark" in name.lower()]


def test_town_before_a_barracks_an_inn_or_a_manor_farm_names_the_building() -> None:
    assert "Hornbæk" not in areas("Forslag om tillæg til kommuneplanen for Hornbæk kaserne blev drøftet.")
    assert "Hornbæk" not in areas("Status på vognporten og Hornbæk Ladegård 18 Kokkedal Slot - nyt væksthus")


def test_village_named_with_its_noun_by_is_the_village() -> None:
    found = areas("Byrådet bevilgede penge til at lede bækken gennem Tjørnrup By og til nye regnvandsbassiner.")
    assert "Tjørnrup" in found and "Tjørnrup By" not in found


def test_region_after_an_organisations_head_broken_onto_the_next_line_is_part_of_its_name() -> None:
    text = "Bladet går til alle beboere i Boligselskabet\n\nSjælland, Hvalsø Boligselskab og Fjordbo."
    assert "Sjælland" not in areas(text)


def test_committee_or_board_of_a_region_or_municipality_names_the_organisation() -> None:
    text = "Dagsorden: 13 Vejregnskab 2012. 14 Klagenævnet i Region Hovedstaden. 15 Omkonstituering"
    assert "Region Hovedstaden" not in areas(text)
    assert "Odder Kommune" not in areas("Sagen blev sendt til Ældreudvalget i Odder Kommune, som tog den op.")


def test_town_after_the_venues_building_and_i_on_a_venue_line_is_a_place() -> None:
    text = "Referat\nmødet i Byrådet\nden 6. februar 2014 kl. 18:30\ni Byrådssalen, Administrationsbygningen i Hårlev\n\n1. Dagsorden"
    assert "Hårlev" in areas(text)
    text = "Mødereferat\nd.: 10-09-2009 kl.: 16:30\nAfholdt: Kulturhuset, det gl. Rådhus i Hornbæk, Torvet 3, Den gl. Byrådssal\n"
    assert "Hornbæk" in areas(text)


def test_listed_village_closing_an_agenda_title_after_a_common_compound() -> None:
    assert "Stensved" in areas("Åbne punkter\n22. Kystsikring Stensved\n23. Eventuelt\n")
    assert "Ryslinge" in areas("Åbne punkter\n8. Regnvandsbassin Ryslinge\n9. Eventuelt\n")


def test_name_after_a_district_noun_is_the_district() -> None:
    text = ("Pladserne i distrikt Vesterlund udvides. Projekter i lokalområdet Sønderby er i gang. "
            "Kapaciteten i dagtilbudsdistrikt Nørrebjerg er for lille. Forældre i skoledistriktet "
            "Hedegårdsskolen er hørt, og distrikt Nord får ny leder.")
    found = areas(text)
    assert {"Vesterlund", "Sønderby", "Nørrebjerg"} <= set(found)
    assert "Hedegårdsskolen" not in found and "Nord" not in found


def test_size_word_and_first_name_after_a_locative_is_a_village() -> None:
    assert "Lille Jens" in areas("Lokalplan for et fritidsområde ved Lille Jens, Sønderby.")
    assert "Lille Peter" not in areas("Hun talte med Lille Peter om sagen.")
