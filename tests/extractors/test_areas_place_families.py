"""Areas: place families of council agendas and local news from further municipalities."""

from __future__ import annotations

from entity_views import area_names as areas


# false places


def test_genitive_of_town_names_the_town() -> None:
    text = "Ser man på Koldings sundhedsprofil, ligger byen højt på ensomhed blandt de unge.\n"
    assert areas(text) == ["Kolding"]


def test_estate_shaped_surname_after_first_name_is_a_person() -> None:
    text = "De to medarbejdere er Mette Louise Bak og Anne Skovhøj Thomsen, der begge er boligsociale rådgivere.\n"
    assert areas(text) == []


def test_harbour_with_accounts_or_statutes_is_the_company() -> None:
    text = ("4. Godkendelse af regnskab 2019 for Hvide Sande Havn\n"
            "7. Aalborg Havn - forslag om ændring af vedtægter\n")
    assert areas(text) == []


def test_harbour_as_redevelopment_site_stays_a_place() -> None:
    text = "Udviklingsplanen for Nordkajen Havn har været i offentlig høring i seks uger.\n"
    assert areas(text) == ["Nordkajen Havn"]


def test_town_of_venue_address_in_sentence_is_no_area() -> None:
    text = "Udvalget holder sine møder på Rådhuset, Torvegade 2, Struer, den første tirsdag i måneden.\n"
    assert "Struer" not in areas(text)


def test_compass_word_before_for_is_a_direction() -> None:
    text = "• Godkendelse af lokalplan nr. 12 - Boligkvarter Syd for Møllebækken\n"
    assert areas(text) == []


def test_place_inside_centre_or_local_paper_name_is_no_area() -> None:
    text = ("Status på Rehabiliteringscenter Midtfyn blev taget til efterretning.\n"
            "Lokalavisen Vestegnen · 3. april 2024\n")
    assert areas(text) == []


def test_assembly_and_organisation_after_i_are_no_villages() -> None:
    text = ("Et bredt flertal i Folketinget står bag aftalen, siger Hanne Lund, "
            "bestyrelsesformand i Tryghedsgruppen.\n")
    assert areas(text) == []


def test_parish_hall_is_a_building() -> None:
    text = "2 Forslag til lokalplan for et område ved kirken til en ny Sognegård og tæt-lav boligbebyggelse\n"
    assert areas(text) == []


def test_council_after_municipality_and_publisher_in_title_are_no_areas() -> None:
    text = ("Dagsorden med beslutninger - Egedal ...\n\n"
            "Bemærkninger <strong>Egedal</strong> Seniorråd er inviteret til mødet.\n")
    assert areas(text) == []


# missed places


def test_place_before_next_title_of_run_on_agenda() -> None:
    text = ("Anlægsbevilling til byggemodning af 20 grunde i Kjellerup Godkendelse af budget for "
            "vejvedligeholdelse Orientering om vintertjenesten\n")
    assert areas(text) == ["Kjellerup"]


def test_place_before_a_thing_at_it_is_no_run_on_title() -> None:
    assert "Skagen" not in areas("212. Salg af retten til at bruge Skagen Fyr fra fonden til museet\n")


def test_unlisted_villages_after_locative_words() -> None:
    text = "Kommunen anlægger en cykelsti mellem Gjerlev og Linnerup, og der bygges ti boliger i Mejrup.\n"
    assert areas(text) == ["Gjerlev", "Linnerup", "Mejrup"]


def test_surname_after_locative_is_no_village() -> None:
    assert areas("Sagen blev drøftet på et møde ved Pedersen og to andre medarbejdere.\n") == []


def test_landscape_names_are_places() -> None:
    assert areas("Tilskud til sommerkoncerter i Vestjylland og på Sydfyn blev bevilget.\n") == ["Vestjylland", "Sydfyn"]


def test_forest_and_village_names_but_no_manor() -> None:
    text = ("Udvidelse af golfbanen ved Hvedholm Gods. Stien gennem Rold Skov forlænges, "
            "og bækken gennem Saksild By omlægges.\n")
    # "Saksild By" is the village Saksild (the real documents' gold names the village without "By");
    # "Hvedholm Gods" is one manor, no area
    assert areas(text) == ["Rold Skov", "Saksild"]


def test_listed_village_before_gods_is_the_manor() -> None:
    text = "Forslag til tillæg for et råstofområde ved Bramstrup Gods i Faaborg-Midtfyn Kommune.\n"
    assert "Bramstrup" not in areas(text)


def test_village_without_gods_stays_a_place() -> None:
    text = "Koncerten holdes i Bramstrup, og godset åbner sin park for gæsterne.\n"
    assert areas(text) == ["Bramstrup"]


def test_first_name_before_feature_word_is_a_person() -> None:
    assert areas("Oplægget blev holdt af Lars Skov fra forvaltningen.\n") == []


def test_lower_case_region_after_i() -> None:
    text = "Samarbejdsaftale mellem kommunerne i region Syddanmark om specialundervisning\n"
    assert areas(text) == ["Region Syddanmark"]


def test_business_estate_with_compass_word() -> None:
    text = "Forslag til kommuneplantillæg nr. 9, Industri Syd, lokalplan for tekniske anlæg\n"
    assert areas(text) == ["Industri Syd"]
    assert areas("Et nyt erhvervsområde: Industri Nord for Ribevej udlægges.\n") == []


def test_village_after_named_place_at_title_end() -> None:
    text = "6 Forslag til lokalplan for et fritidsområde ved Trehøje Skov, Mejrup\n7 Orientering om budget\n"
    assert "Mejrup" in areas(text)


def test_name_after_comma_in_a_sentence_is_no_village() -> None:
    text = "Mødet blev ledet af formanden, Lisbeth Kromann, og referatet blev skrevet af sekretariatet.\n"
    assert areas(text) == []


def test_genitive_of_small_town_before_a_noun_names_the_town() -> None:
    assert areas("For Ebeltofts handelsliv betyder turisterne meget.\n") == ["Ebeltoft"]


def test_genitive_of_town_before_a_role_is_no_area() -> None:
    assert areas("Ebeltofts borgmester var ikke til stede.\n") == []


def test_town_among_news_site_tags_is_no_area() -> None:
    text = "3. marts 2025 Skole, Trafik, Samfund, Haderslev\n\nHaderslev Kommune vil gøre skolevejene sikrere.\n"
    assert "Haderslev" not in areas(text)


def test_list_of_towns_stays() -> None:
    assert areas("Der åbner nye tilbud i Kolding, Vejle og Fredericia.\n") == ["Kolding", "Vejle", "Fredericia"]


def test_estate_named_with_a_slash_is_one_area() -> None:
    text = "Helhedsplanen omfatter Stenbjergparken og Rug/Bygmarken i de næste fire år.\n"
    assert areas(text) == ["Stenbjergparken", "Rug/Bygmarken"]


def test_two_places_joined_by_a_slash_stay_two() -> None:
    text = "Indsatsen i Hasseris/Vestbyen fortsætter, og boligområdet Nørremarken/Vestergade får en ny plan.\n"
    names = areas(text)
    assert "Nørremarken/Vestergade" not in names


# housing departments name their estates


def test_bare_department_noun_names_estate_with_inflected_common_word() -> None:
    text = ("6. Boligselskabet Nordhjem søger om godkendelse af skema B for boligafdelingen Toppen\n"
            "7. Boligafdelingen Skrænten - udskiftning af vinduer\n")
    assert areas(text) == ["Toppen", "Skrænten"]


def test_bare_department_noun_before_dictionary_form_or_verbal_noun_is_no_estate() -> None:
    text = ("8. Boligafdelingen Renoveringen af tagene er forsinket\n"
            "9. Afd. 12, Normering af viceværtstimer\n")
    assert areas(text) == []


def test_estate_of_a_department_stays_a_place_beside_its_namesake_association() -> None:
    text = ("Frivillige gør en forskel\n\n"
            "I Nørreby, hvor boligforeningen Kildeparken har haft flere frivillige med i arbejdet, er trygheden steget.\n\n"
            "- Vi ser flere naboer hjælpe hinanden, siger Hanne Holm, som er formand i boligafdelingen Kildeparken.\n")
    from socdoc.api import extract

    doc = extract(text)
    assert "Kildeparken" in [p.name for p in doc.parties]
    assert "Kildeparken" in [a.name for a in doc.areas]


# a joined name is not cut at its hyphen


def test_estate_shaped_first_half_of_a_joined_name_is_no_place() -> None:
    text = "Rådmanden gik en tur gennem kvarteret sammen med en journalist fra Egehøj-Lindeby Avis.\n"
    assert areas(text) == []


def test_hyphen_joined_estate_name_stays_whole() -> None:
    text = "Trygheden i Egehøj-Lindeparken er steget, viser den nye måling.\n"
    assert areas(text) == ["Egehøj-Lindeparken"]
