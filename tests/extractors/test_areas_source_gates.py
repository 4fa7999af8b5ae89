"""Areas: gates on the weakest candidate sources (estate-shaped names, name lists) and the
estate a housing department is named after."""

from __future__ import annotations

from entity_views import area_names as areas


def test_estate_shaped_name_after_paa_is_an_institution() -> None:
    text = "Udvalget mødes på Kildebakken den 4. oktober. Der serveres frokost på Kildebakken.\n"
    assert areas(text) == []


def test_list_of_centres_after_paa_is_no_list_of_estates() -> None:
    text = ("Dagcentret kæmper ligesom centrene på Lyngparken, Ahornly og Skovhaven for at holde "
            "åbent om aftenen.\n\nPunkter:\n a. Lyngparken\n b. Skovhaven\n")
    assert areas(text) == []


def test_estate_shaped_name_after_i_stays_even_with_paa_elsewhere() -> None:
    text = ("Beboerne i Mågeparken har fået ny legeplads. Legepladsen på Mågeparken blev "
            "indviet i weekenden.\n")
    assert areas(text) == ["Mågeparken"]


def test_listed_estate_after_paa_stays() -> None:
    assert areas("Der er nye altaner på Vesterbro og i Hjortekærparken.\n") == ["Vesterbro", "Hjortekærparken"]


def test_surname_with_estate_ending_is_a_person() -> None:
    text = "Til stede: Birthe Holm, Venstre, Ib Søndergaard, Konservative, Ole de Neergaard, Radikale.\n"
    assert areas(text) == []


def test_public_park_is_no_housing_area() -> None:
    assert areas("Juletræet skal i år stå i Brønshøj Bypark ved søen.\n") == []


def test_housing_department_names_its_estate() -> None:
    text = ("5. Boligselskabet Sydbo, afdeling 7, Tranehaven - godkendelse af skema B\n"
            "6. Afdeling 1212 Lærkedalen Vinduesudskiftning\n")
    assert areas(text) == ["Tranehaven", "Lærkedalen"]


def test_housing_department_named_after_street_is_no_area() -> None:
    assert areas("Referat af afdelingsmøde i afdeling 14 – Hyldebærvej\nDato: 2. maj 2024\n") == []


def test_run_on_departments_named_by_roads_are_no_areas() -> None:
    text = ("Sager: Kærby Boligselskab, afdeling 3, Pilevej - dispensation fra dispositionsfonden "
            "Kærby Boligselskab, afdeling 8, Vestre Landevej dispensation fra dispositionsfonden "
            "Kærby Boligselskab, afdeling 11, Bøgeallé - skema C Afdeling 5, Lillegade\n"
            "Formanden for boligafdelingen Stationsvej i Nordby deltog.\n")
    assert areas(text) == ["Nordby"]


def test_department_named_after_estate_beside_a_road_department() -> None:
    text = "Arbejdet begynder i afdeling 4, Kløvermarken, og derefter følger afd. 11 – Engvej.\n"
    assert areas(text) == ["Kløvermarken"]


def test_area_noun_before_road_name_stays_an_area() -> None:
    text = "Der var sommerfest i boligområdet Kildevej, hvor afdelingsbestyrelsen stod for grillen.\n"
    assert areas(text) == ["Kildevej"]


def test_department_with_title_word_or_address_is_no_area() -> None:
    text = ("12. Afdeling 40, Forlængelse af helhedsplanen\n13. Afdeling 91, Varmeregnskab\n"
            "14. Andelsboligforeningen, afdeling 3, Remisen 4-10, lånoptagelse\n")
    assert areas(text) == []


def test_housing_department_without_number() -> None:
    text = "Formanden for boligafdelingen Kærbo fortæller om renoveringen.\n"
    assert areas(text) == ["Kærbo"]


def test_name_after_housing_area_noun_is_an_area() -> None:
    text = ("Beboerne i bebyggelsen Fasanlunden har fået ny legeplads.\n"
            "Høring: Lokalplan 77 for boligområde i Kragh Enge, Hornbæk\n")
    assert areas(text) == ["Fasanlunden", "Kragh Enge", "Hornbæk"]


def test_local_plan_number_and_comma_names_the_area() -> None:
    assert areas("215. Lokalplan 612, Kærholt 3. etape, byggemodning - vejanlæg\n") == ["Kærholt"]


def test_area_noun_before_street_country_or_direction_is_no_area() -> None:
    text = ("Lokalplan for et boligområde ved Egevej i Tarm.\nLandets største boligområde i Danmark.\n"
            "Boligkvarter Nord for Mølleåen udbygges.\n")
    assert areas(text) == ["Tarm"]


def test_compass_part_of_listed_island_is_a_place() -> None:
    assert areas("Nye cykelstier skal binde Nordbornholm bedre sammen.\n") == ["Nordbornholm"]


def test_compass_island_word_at_the_end_of_a_name_is_no_place() -> None:
    assert areas("Projektet Tryghed og Fællesskab Nordfalster - ansøgning om midler\n") == []


def test_unlisted_islet_after_paa() -> None:
    text = "Lejerne af bygningerne på Slusholmø skal have nye kontrakter.\n"
    assert areas(text) == ["Slusholmø"]


def test_village_followed_by_a_small_number_is_a_numbered_room() -> None:
    text = "Anlæg:\n • Ombygning af omklædningsrum til styrkerum i Hal 2.\n • Nyt tag på klubhuset.\n"
    assert areas(text) == []


def test_town_inside_organisation_or_institution_name_is_no_area() -> None:
    text = ("Tilskud til udstilling på Museum Vesthimmerland.\n"
            "Koncerten holdes i Løgstør Kulturcenter i juni.\n"
            "På opholdsstedet Hobro bor seks unge.\n"
            "Status på Bydelspartnerskab Sydvest.\n")
    assert areas(text) == []


def test_hospital_or_board_department_is_no_estate() -> None:
    text = ("Patienten blev flyttet til afdeling 5, Kardiologisk Klinik.\n"
            "Afd. 2, Bestyrelsen har besluttet at udskyde sagen.\n")
    assert areas(text) == []


def test_common_word_after_district_noun_is_no_name() -> None:
    assert areas("Der er klaget over støj i bydelen Centrum og i boligområdet Vest.\n") == []


def test_unlisted_village_in_place_name_shape_after_i() -> None:
    text = "Husk generalforsamlingen i Egebjerglunde den 12. marts, og cykelturen ved Skovsbølle.\n"
    assert areas(text) == ["Egebjerglunde", "Skovsbølle"]


def test_unlisted_word_without_place_name_shape_after_i_is_no_village() -> None:
    assert areas("Sagen er oprettet i Tryghedsgruppen og ligger i Dammark.\n") == []


def test_software_and_platforms_after_i_are_no_places() -> None:
    text = "Fraværet registreres i Excel, opslaget deles i Outlook, og mødet holdes i Teams.\n"
    assert areas(text) == []


def test_name_apposed_after_building_kind_with_comma_is_a_building() -> None:
    text = "Der bevilges 400.000 kr. til en ny legeplads ved vuggestuen, Mejsehaven i Ringe.\n"
    assert areas(text) == ["Ringe"]


def test_estate_shaped_venue_of_a_meeting_is_a_building() -> None:
    text = "Referat af bestyrelsesmøde\n\nDato: 3. maj 2024\nSted: Birkegården\n\n1. Godkendelse af dagsorden\n"
    assert areas(text) == []
