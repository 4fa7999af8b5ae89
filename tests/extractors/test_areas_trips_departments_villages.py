"""Areas: trip destinations, housing departments, villages that are common words, run-on agenda titles, countries in headings."""

from __future__ import annotations

from entity_views import area_names as areas


# --- a journey's destination: "studietur til X" -------------------------------------------------


def test_study_trip_destination_abroad_is_an_area() -> None:
    text = "Punkt 4. Udvalget hørte om studieturen til Göteborg, hvor boligområderne blev besøgt.\n"
    assert areas(text) == ["Göteborg"]


def test_trip_destination_in_agenda_title_is_an_area() -> None:
    text = "5. Godkendelse af dagsorden\n6. Evaluering af studietur til Malmö\n7. Eventuelt\n"
    assert areas(text) == ["Malmö"]


def test_trip_to_a_country_is_no_area() -> None:
    text = "Seniorrådet planlægger en udflugt til Sverige i maj, og tilmelding sker til sekretariatet.\n"
    assert areas(text) == []


def test_trip_to_a_building_is_no_area_of_its_first_word() -> None:
    text = "Rådet tog på en tur til Vejle Rådhus, hvor borgmesteren tog imod dem.\n"
    assert "Vejle Rådhus" not in areas(text)


def test_turn_of_a_person_is_no_area() -> None:
    text = "Herefter var det tur til Jensen, der fortalte om regnskabet for året.\n"
    assert areas(text) == []


# --- a member list of people with their villages: a village that is also a common word ---------------


def test_member_list_village_that_is_a_common_word_is_an_area() -> None:
    text = ("Til stede var\n\nHenning Madsen, Anbæk, Erik Nielsen, Hammel, Claus Rasmussen, Røgen, Jesper Holm, Selling\n\n"
            "Mødet startede.")
    assert areas(text) == ["Anbæk", "Hammel", "Røgen", "Selling"]


def test_member_list_title_is_no_area() -> None:
    text = ("Til stede var\n\nHenning Madsen, Anbæk, Erik Nielsen, Hammel, Claus Rasmussen, Formand, Jesper Holm, Selling\n\n"
            "Mødet startede.")
    assert areas(text) == ["Anbæk", "Hammel", "Selling"]


def test_member_list_word_the_text_writes_in_lower_case_is_no_area() -> None:
    text = ("Til stede var\n\nHenning Madsen, Anbæk, Erik Nielsen, Hammel, Claus Rasmussen, Mosen, Jesper Holm, Selling\n\n"
            "Mødet startede med en tur ved mosen.")
    assert areas(text) == ["Anbæk", "Hammel", "Selling"]


# --- a run-on line of agenda titles: the next title opens with an unknown verbal noun -------------------

_RUN_ON = ("Indholdsfortegnelse Godkendelse af dagsorden Meddelelser fra formanden Budgetopfølgning for første kvartal "
           "Ansøgning om tilskud til ny legeplads ved skolen Tilsyn med de private institutioner Status for arbejdet med "
           "ungdomsklubberne Ansøgning om oprettelse af en ungdomsklub i Tranekær Crossfittræning for seniorer i hallen "
           "Orientering om arbejdet med trafiksikkerhed Forslag til nye takster for svømmehallen Evaluering af sommerens "
           "ferieaktiviteter Eventuelt\n")


def test_village_before_unknown_verbal_noun_on_run_on_line_is_an_area() -> None:
    assert areas(_RUN_ON) == ["Tranekær"]


# --- a housing association's departments: "<Association> Afdeling 13 (<Estate>)" ---------------------


def test_estate_in_brackets_after_department_number_is_an_area() -> None:
    text = "Samarbejdet omfatter disse boligafdelinger:\n\n • Boligselskabet Sydkysten Afdeling 21 (Engen)\n • Lejerbo Afdeling 9 (Kærholm)\n"
    assert areas(text) == ["Engen", "Kærholm"]


def test_name_before_department_number_is_the_association() -> None:
    text = "Samarbejdet omfatter disse boligafdelinger:\n\n • Egegården Afdeling 13 (E13)\n • Egegården Afdeling 15 (E15)\n"
    assert areas(text) == []


def test_code_in_brackets_after_department_number_is_no_area() -> None:
    text = "Deltagere fra afdelingerne:\n\n • Lejerbo Afdeling 8 (LB8)\n"
    assert areas(text) == []


# --- a street's name before "området" in one word names the area around it ----------------------------


def test_street_area_in_agenda_title_is_an_area() -> None:
    text = "02 Havnevejsområdet - planlægning for ny bebyggelse\n03 Boligområdet - status for renoveringen\n"
    assert areas(text) == ["Havnevejsområdet"]


def test_street_area_in_sentence_is_an_area() -> None:
    assert areas("Udvalget drøftede planerne for Havnevejsområdet og tidsplanen.") == ["Havnevejsområdet"]


def test_common_area_noun_opening_a_sentence_is_no_area() -> None:
    assert areas("Boligområdet skal renoveres i de kommende år.") == []


# --- a heading in capitals: a country is no area there either ------------------------------------------


def test_country_in_capitals_heading_is_no_area() -> None:
    text = "12 OMRÅDER UDPEGES AF MINISTERIET SOM DE MEST UDSATTE I DANMARK\n\nMinisteriet har offentliggjort listen.\n"
    assert areas(text) == []


# --- a body's short name: the place its name opens, acting in a heading --------------------------------


def test_place_acting_as_short_name_of_body_is_no_area() -> None:
    text = ("Vestjylland tager regionens største spadestik\n\n"
            "Torsdag tager Vestjylland Boligforening det første spadestik, siger direktør Ole Hansen.\n")
    assert areas(text) == []


def test_place_opening_a_heading_without_such_body_stays() -> None:
    text = "Vestjylland får nye cykelstier\n\nRegionen bygger 20 km sti i Vestjylland.\n"
    assert areas(text) == ["Vestjylland"]
