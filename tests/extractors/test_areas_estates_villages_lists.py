"""Areas: listed estates with their towns, estate stages, villages before the next title, and lists after a plural place noun."""

from __future__ import annotations

from entity_views import area_names as areas


# --- a listed estate followed by the town it lies in (a list of estates with their towns)


def test_listed_estates_followed_by_their_towns_are_both_places() -> None:
    text = ("Disse områder står på listen: * Vollsmose Odense. * Motalavej Slagelse. "
            "* Lindholm Guldborgsund. * Finlandsparken Vejle.\n")
    found = areas(text)
    for name in ("Vollsmose", "Motalavej", "Lindholm", "Odense", "Slagelse"):
        assert name in found


def test_estate_before_a_non_town_word_is_still_one_longer_name() -> None:
    # the next word is no town: the rule for estate-then-town does not apply
    assert "Vollsmose" in areas("Beboerne i Vollsmose har fået ny legeplads.")
    assert "Munkebo" not in areas("Munkebo Boldklub holder generalforsamling i april.")


# --- a numbered stage of an estate ("Rundhøj II") is part of its name


def test_roman_numbered_stage_of_an_estate_is_part_of_its_name() -> None:
    text = "Til stede var Lise Holm, afdeling 12 Kløvermarken II og Per Dam, afdeling 3 Solhøj.\n"
    found = areas(text)
    assert "Kløvermarken II" in found
    assert "Kløvermarken" not in found


def test_town_after_roman_numeral_is_no_surname_or_acronym() -> None:
    text = "Listen omfatter * Resedavej/Nørrevang II Silkeborg. * Bispehaven Aarhus.\n"
    assert "Silkeborg" in areas(text)


def test_capital_i_that_opens_a_sentence_is_no_stage() -> None:
    found = areas("Vi mødtes i Solparken. I samarbejde med beboerne blev der plantet træer.")
    assert "Solparken I" not in found


# --- a run-on agenda list: the place of one title, then the next title's opening words


def test_town_before_next_title_opening_with_ved_is_a_place() -> None:
    text = ("Dagsorden: Budget 2015 Sommermøde i Ribe Orientering ved direktøren "
            "Status på puljen Eventuelt\n")
    assert "Ribe" in areas(text)


def test_village_before_next_title_opening_adjective_and_verbal_noun_is_a_place() -> None:
    text = ("Sager: Kommuneplantillæg nr. 4 for butikker i Suldrup Endelig vedtagelse af lokalplan nr. 7 "
            "Eventuelt\n")
    assert "Suldrup" in areas(text)


def test_place_with_a_common_word_and_preposition_stays_one_name() -> None:
    # a lighthouse is no title's opening word: no place is split off
    assert "Skagen" not in areas("Turen gik til Skagen Fyr fra havnen.")


# --- a noun for a place before its name: "landsbyen X", "naturområdet X", "de to bydele X og Y"


def test_name_after_village_or_nature_area_noun_is_a_place() -> None:
    assert "Tvedby" in areas("Kommunen vil udvikle landsbyen Tvedby med nye stier.")
    assert "Klippeknuden" in areas("Der kommer en ny sti i naturområdet Klippeknuden.")


def test_every_name_of_a_list_after_a_plural_place_noun_is_a_place() -> None:
    text = "Der bygges 900 boliger fordelt på de to bydele Egholmen og Lyngbrynet."
    found = areas(text)
    assert "Egholmen" in found and "Lyngbrynet" in found
    text = "Første etape rummer delområderne Møllegrunden, Kajtoften og arealer ved stationen."
    found = areas(text)
    assert "Møllegrunden" in found and "Kajtoften" in found


def test_common_word_in_dictionary_form_after_plural_noun_is_no_place() -> None:
    assert "Centrum" not in areas("Planen dækker bydele Vestergård og Centrum.")


def test_next_title_after_a_village_noun_name_is_cut_off() -> None:
    text = "Lokalplan nr. 12 for landsbyen Tvedby Endelig vedtagelse af tillæg nr. 3\n"
    found = areas(text)
    assert "Tvedby" in found and "Tvedby Endelig" not in found


# --- a run-on line of agenda titles (a page's contents put on one line): a listed town followed by
# a capitalised common word or compound ends its title; the word opens the next one


_RUN_ON = ("Dagsorden Godkendelse af dagsorden Meddelelser fra formanden Budgetopfølgning for første kvartal "
           "Tilsyn med kommunens renseanlæg Fastsættelse af grundpris, Kastanjeparken, {town} {word} "
           "Rapport for tilsyn med de private vandværker Orientering om vintervedligeholdelse af veje og stier "
           "Ansøgning om tilskud til lokalrådets sommerfest Lukket punkt om salg af jord Eventuelt "
           "Godkendelse af referat Næste møde holdes efter sommerferien\n")


def test_town_before_next_title_in_run_on_line_is_a_place() -> None:
    assert "Ribe" in areas(_RUN_ON.format(town="Ribe", word="Entreprenøraftaler"))
    assert "Ribe" in areas(_RUN_ON.format(town="Ribe", word="Kontaktforløb"))


def test_town_before_a_building_or_body_in_run_on_line_stays_part_of_the_name() -> None:
    for word in ("Museum", "Statsgymnasium", "Boldklub", "Slot"):
        assert "Ribe" not in areas(_RUN_ON.format(town="Ribe", word=word)), word


def test_town_before_a_word_in_an_ordinary_line_stays_one_name() -> None:
    assert "Ribe" not in areas("Vi fik besøg af Ribe Entreprenøraftaler.")


# --- places that each open a body's name, listed before the body's plural


def test_places_listed_before_a_body_plural_are_no_areas() -> None:
    text = "Formanden havde fået blade fra Vangede/Gentofte, Hellerup og Klampenborg Grundejerforeninger.\n"
    found = areas(text)
    for name in ("Vangede", "Gentofte", "Hellerup", "Klampenborg"):
        assert name not in found, name


def test_places_listed_before_an_ordinary_plural_noun_stay() -> None:
    text = "Der er bygget nye boliger i Hellerup og Klampenborg de seneste år.\n"
    found = areas(text)
    assert "Hellerup" in found and "Klampenborg" in found


def test_village_apposed_to_an_estate_in_a_run_on_line_is_a_place() -> None:
    text = _RUN_ON.replace("Kastanjeparken, {town} {word}", "Egeparken, Morud Fastsættelse af grundpris")
    assert "Morud" in areas(text)


# --- a person's one-word mention that is a listed town after a locative word


def test_town_after_locative_is_kept_where_a_person_mention_claims_it() -> None:
    from socdoc.extractors.areas import find_areas
    from socdoc.normalize import normalize

    text = "Byrummet i Nakskov får nye bænke, siger Maja Hald fra Projekt Nakskov."
    norm = normalize(text)
    first = norm.index("Nakskov")
    second = norm.index("Nakskov", first + 1)
    blocked = [(first, first + 7), (second - 8, second + 7)]  # the person extractor's mentions
    found = [a.name for a in find_areas(norm, text, blocked=blocked)]
    assert found == ["Nakskov"]
    assert len(find_areas(norm, text, blocked=blocked)[0].mentions) == 1


# --- places named with a suspended hyphen before "-områderne"


def test_places_with_suspended_hyphen_before_area_noun_are_places() -> None:
    found = areas("Hun arbejder for Regstrup- og Kundby-områderne med bosætning.")
    assert "Regstrup" in found and "Kundby" in found


def test_fields_of_work_with_suspended_hyphen_are_no_places() -> None:
    assert areas("Udvalget for Børne- og Unge-området mødes i morgen.") == []


# --- villages the gazetteers miss: a compass direction as locative, and village endings


def test_village_after_compass_direction_is_a_place() -> None:
    assert "Tvedby" in areas("Der planlægges et nyt boligområde syd for Tvedby.")


def test_street_after_compass_direction_is_no_place() -> None:
    assert areas("Der bygges nord for Kastanievej.") == []


def test_village_compound_the_dictionary_knows_is_a_place_after_locative() -> None:
    assert "Bjergby" in areas("Området skal forbedre levevilkårene i Bjergby med nye stier.")


def test_village_ending_word_written_small_in_the_text_is_no_place() -> None:
    text = "Vi holder møde i Bjergby. En bjergby ligger højt, og en bjergby har kolde vintre."
    assert "Bjergby" not in areas(text)


# --- a region or island after a capitalised common noun names a body or a project


def test_island_or_region_after_a_capitalised_noun_is_part_of_a_name() -> None:
    assert "Sjælland" not in areas("Sagen er sendt til Forvaltningsgruppe Sjælland til udtalelse.")
    assert "Fyn" not in areas("Projektet Naturlandet Fyn har fået nye midler.")


def test_island_after_a_locative_or_a_title_word_stays_a_place() -> None:
    assert "Fyn" in areas("Der er mange nye boliger på Fyn i år.")
    assert "Fyn" in areas("Orientering om status: Trafikplanlægning Fyn\n")


def test_island_after_its_own_capitalised_noun_stays_a_place() -> None:
    assert "Strynø" in areas("Øen Strynø har fået en ny færge.")


# --- a person's name right after a town ends the town's name


def test_town_followed_by_a_persons_name_is_a_place() -> None:
    text = "Det betyder besparelser, siger borgmester i Hørsholm Morten Lund (K) til avisen."
    assert "Hørsholm" in areas(text)


# --- natural features: "X Mose", "X Dal", rivers and valleys in -åen/-dalen after a locative


def test_bog_and_valley_names_keep_their_feature_word() -> None:
    found = areas("Vi ønsker en primitiv bro i Rørholm Mose og en sti gennem Tvedby Dal.")
    assert "Rørholm Mose" in found and "Rørholm" not in found
    assert "Tvedby Dal" in found


def test_river_and_valley_in_their_shape_after_a_locative_are_places() -> None:
    assert "Lilleåen" in areas("Kommunen udvider lavbundsarealet ved Lilleåen.")
    assert "Bjørnsdalen" in areas("Der bygges nye huse i Bjørnsdalen.")


def test_landscape_before_a_page_number_is_a_place() -> None:
    text = ("Indhold Meddelelser 1 Analyse af den fremtidige affaldssektor i Vestjylland 33 2 "
            "Lukket punkt 34 3\n")
    assert "Vestjylland" in areas(text)


def test_town_before_a_house_number_is_still_an_address() -> None:
    assert "Nordby" not in areas("Mødet holdes på Nordby 14 hos formanden.")
