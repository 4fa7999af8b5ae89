"""Areas: families of false and missed places found on documents from other publishers."""

from __future__ import annotations

from entity_views import area_names as areas


def test_place_after_acronym_or_organisation_head_is_part_of_its_name() -> None:
    text = "Til stede fra KAB Hvidovre: Lone Berg. Repræsentanter for Boligselskabet Fyn og Fjernvarme Sjælland deltog."
    assert areas(text) == []


def test_place_before_organisation_tail_is_part_of_its_name() -> None:
    assert areas("Formand for Taastrup almene Boligforening deltog i mødet.") == []


def test_town_still_a_place_after_locative_word() -> None:
    assert areas("Der bygges 40 nye boliger i Taastrup og i Hvidovre.") == ["Taastrup", "Hvidovre"]


def test_town_of_street_address_in_title_is_no_area() -> None:
    text = "12. Salg af ejendommen Skolegade 14, Svendborg (Lukket punkt)\n"
    assert "Svendborg" not in areas(text)


def test_town_of_street_address_in_sentence_stays() -> None:
    text = ("Virksomheden har søgt om tilladelse til at oplagre jord på adressen Industrivej 7, Svendborg, "
            "hvor der i dag er et lager for byggematerialer og en mindre værkstedsbygning.\n")
    assert "Svendborg" in areas(text)


def test_letter_place_and_date_line_is_no_area() -> None:
    assert areas("Med venlig hilsen\nOdense, den 4. marts 2019\nKirsten Holm\n") == []


def test_surname_after_party_letter_in_member_list_is_no_area() -> None:
    text = "Medlemmer: Pauline IA Olsen, Aqqaluk S Mølgaard, Hans A Lyberth\n"
    assert areas(text) == []


def test_venue_shaped_estate_names_are_no_areas() -> None:
    text = "Byrådet godkendte energirenovering af Idrætsparken. Mødet blev holdt i BusinessPark Vest.\n"
    assert areas(text) == []


def test_name_given_after_building_kind_is_a_building_everywhere() -> None:
    text = ("Punkt 3 Besøg hos Øster Skovbo\n\nUdvalget holder mødet på plejecentret Øster Skovbo, "
            "hvor lederen fortæller om hverdagen.\n")
    assert areas(text) == []


def test_estate_next_to_building_word_elsewhere_stays() -> None:
    text = "Helhedsplanen for Vestervangen omfatter 300 boliger. Skolen ligger tæt på boligområdet.\n"
    assert areas(text) == ["Vestervangen"]


def test_greenland_towns_are_places() -> None:
    text = "Der oprettes nye pladser i Sisimiut og i Aasiaat, mens tilbuddet i Narsaq lukker.\n"
    assert areas(text) == ["Sisimiut", "Aasiaat", "Narsaq"]


def test_bay_keeps_its_lower_case_feature_word() -> None:
    from socdoc import extract

    text = "Kommunen vil rejse en fredningssag for kysten ved Begtrup vig og skovene omkring."
    assert [a.name for a in extract(text).areas] == ["Begtrup vig"]
    assert [a.name for a in extract("Der holdes et borgermøde i Ringsteds bymidte.").areas] == ["Ringsted"]


def test_municipality_described_as_a_kind_of_town_is_a_place() -> None:
    assert areas("Målet er, at Horsens Kommune fortsat skal være en attraktiv bosætningskommune.") == ["Horsens Kommune"]
    assert areas("Vi arbejder for, at Skive Kommune også bliver en grøn handelsby.") == ["Skive Kommune"]
    assert areas("Horsens Kommune skal fortsat være en god arbejdsplads for sine ansatte.") == []


def test_houses_of_an_institution_in_parentheses_are_no_areas() -> None:
    text = "Udvidelse af børnehuset Mælkebøtten (Lærkebakken og Solvangen) godkendes.\n"
    assert areas(text) == []


def test_a_prefixed_local_name_holding_a_country_is_a_place() -> None:
    text = "Kommunen vil bygge nye rækkehuse ved Lille Amerika i den vestlige del af byen."
    assert "Lille Amerika" in areas(text)
    assert "Amerika" not in areas("Hun flyttede til Amerika som ung.")


def test_town_right_after_a_meeting_room_and_a_comma_is_a_place() -> None:
    assert "Vamdrup" in areas("Referat\nBørneudvalget\nMødesalen, Vamdrup\n\nUdvalget godkendte dagsordenen.\n")
    text = "1 Referat Teknisk Udvalg tirsdag den 4. maj 2021 kl. 15:00 i Mødelokale 3, Vamdrup Afbud: Ole Berg (V)\n"
    assert "Vamdrup" in areas(text)


def test_town_completing_a_venue_address_stays_out() -> None:
    text = "Referat\nBørneudvalget\nMødelokale 3, Rådhuset, Torvegade 12, Vamdrup\n\nUdvalget godkendte dagsordenen.\n"
    assert "Vamdrup" not in areas(text)
    assert "Vamdrup" not in areas("Referat\nMødested: Byrådssalen, Vamdrup Rådhus\nUdvalget godkendte dagsordenen.\n")


def test_municipality_after_a_locative_with_its_head_in_lower_case_is_a_place() -> None:
    assert "Egedal Kommune" in areas("I Egedal kommune er borgerne mest tilfredse med deres lokale bibliotek.")
    assert "Egedal Kommune" in areas("Der er sket færre indbrud i Egedal kommune end året før.")


def test_two_word_estate_with_a_capitalised_second_word_is_a_place() -> None:
    found = areas("Der bygges 30 nye boliger ved Kildeholm Park, og beboerne i Ophelias Vænge får nye altaner.")
    assert "Kildeholm Park" in found and "Ophelias Vænge" in found


def test_name_and_a_separate_gaard_is_a_building() -> None:
    assert "Thyges Gård" not in areas("5. Budget Thyges Gård, omlægning af lån\n6. Eventuelt\n")
