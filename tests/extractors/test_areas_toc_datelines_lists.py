"""Areas: a listed town in a flattened table of contents before a page number, a town in the other
dateline forms of local news ("NYBORG.", "HOBRO:Byrådet", "Skagen - 3. maj 2021"), a compass
abbreviation after a town ("Nyborg NV") and a listed village closing a list of listed towns."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.areas import find_areas
from socdoc.normalize import normalize


def areas(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    return [a.name for a in find_areas(norm, text, doc_with_ents(norm, ents or {}))]


def test_town_before_page_number_and_next_title_in_run_on_contents() -> None:
    text = ("Indhold 4 Godkendelse af skema B for 18 ældreboliger på plejecentret Solbakken i Hobro 7 "
            "Forslag til ny takst for madservice 9 Eventuelt\n")
    assert "Hobro" in areas(text)


def test_town_before_page_number_closing_a_numbered_contents_line() -> None:
    text = ("Indholdsfortegnelse\n\n3 (Åben) Anlægsbevilling til ny daginstitution i Nyborg 12\n\n"
            "4 (Åben) Orientering om budget 22\n")
    assert "Nyborg" in areas(text)


def test_room_number_after_the_meeting_time_is_no_page_number() -> None:
    text = "Referat af udvalgets møde den 4. marts 2010 kl. 15:00 i Hobro 112\n\nIndholdsfortegnelse\n"
    assert "Hobro" not in areas(text)


def test_house_number_after_a_street_stays_an_address() -> None:
    text = "Butikken flytter til lokaler på Vestergade 12 Forslag fra ejeren blev drøftet.\n"
    assert areas(text) == []


def test_town_in_capitals_with_a_full_stop_opens_a_news_item() -> None:
    text = ("Ny aftale om tryghed\n\nNYBORG. Boligselskaberne og kommunen har indgået en aftale om "
            "flere gårdmænd i de almene boliger.\n")
    assert "Nyborg" in areas(text)


def test_town_in_capitals_with_a_colon_and_no_space() -> None:
    text = "Budget på plads\n\nHOBRO:Byrådet har indgået forlig om næste års budget med alle partier.\n"
    assert "Hobro" in areas(text)


def test_town_in_capitals_with_a_colon_and_a_dash() -> None:
    text = "Jobcentre under pres\n\nSKIVE:- Jobcentrene skal have færre opgaver, mener borgmesteren.\n"
    assert "Skive" in areas(text)


def test_town_in_capitals_after_the_pages_date_stamp() -> None:
    text = "Nyt råd for udsatte\n\ndate 2021-05 HOLSTEBRO. Udsatte borgere skal have en stemme i byen.\n"
    assert "Holstebro" in areas(text)


def test_town_before_the_date_of_a_news_item() -> None:
    text = ("Penge til nyt erhvervsområde\n\nSkagen - 3. maj 2021 kl. 10:15 Af Ole Bundgaard\n\n"
            "Byrådet har afsat penge til byggemodning.\n")
    assert "Skagen" in areas(text)


def test_capitals_label_or_body_before_a_full_stop_is_no_dateline() -> None:
    text = ("BESLUTNING. Udvalget godkendte indstillingen uden bemærkninger.\n\n"
            "NYBORG KOMMUNE. Referat af mødet i udvalget.\n")
    assert areas(text) == []


def test_compass_abbreviation_after_a_town_is_part_of_the_district() -> None:
    text = "Kommunen vil bygge 40 plejeboliger på Nyborg NV i de kommende år."
    found = areas(text)
    assert "Nyborg NV" in found and "NV" not in found


def test_listed_village_closing_a_list_of_listed_towns() -> None:
    text = "Nabokommunerne Kalundborg, Odsherred og Sorø har fået henholdsvis 1,2 mio. og 0,8 mio. kr."
    found = areas(text)
    assert {"Kalundborg", "Odsherred", "Sorø"} <= set(found)


def test_common_word_closing_a_list_of_towns_stays_out() -> None:
    text = "Hobro, Nyborg og Haven har fået penge til nye legepladser."
    assert "Haven" not in areas(text)


def test_street_name_right_after_boligomraadet_names_the_estate() -> None:
    text = "Foreningen holdt sommerfest i boligområdet Solsikkevej. Over 100 beboere deltog."
    assert "Solsikkevej" in areas(text)


def test_street_after_an_indefinite_area_noun_and_ved_stays_a_street() -> None:
    text = "Byrådet vedtog lokalplanen for et nyt boligområde ved Lærkevej i Hobro."
    found = areas(text)
    assert "Lærkevej" not in found and "Hobro" in found


def test_street_name_with_a_house_number_after_boligomraadet_is_an_address() -> None:
    text = "Der har været uro i boligområdet Solsikkevej 14 i flere uger."
    assert "Solsikkevej" not in areas(text)


def test_part_of_the_country_as_a_dateline_in_capitals() -> None:
    import socdoc

    text = ("Millioner til de mest pressede\n\nVESTJYLLAND:Flere tusinde medarbejdere flyttes rundt, når amtet "
            "nedlægges og opgaverne fordeles mellem stat og kommuner.\n")
    assert "Vestjylland" in [a.name for a in socdoc.extract(text).areas]
