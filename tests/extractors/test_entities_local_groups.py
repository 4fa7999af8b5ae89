"""Parties and areas: local groups and networks, a body's name written with its article, member
lists, municipalities named bare in a list of grants, countries and places abroad, section headings
and double names that belong to an organisation."""

from __future__ import annotations

from model_ents import doc_with_ents
from entities_run import areas

from socdoc.extractors.areas import find_areas
from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


# --- parties -----------------------------------------------------------------------------------


def test_body_led_by_its_article_keeps_the_indefinite_head() -> None:
    text = (
        "Det Samlede Borgerråd skal tage stilling til budgettet.\n"
        "Referatet fra Det Samlede Borgerrådet møde i maj blev godkendt."
    )
    assert names(text) == ["Det Samlede Borgerråd"]


def test_lead_written_small_joins_the_named_body() -> None:
    text = (
        "Det Samlede Borgerråd skal tage stilling til budgettet.\n"
        "Økonomi\nDet samlede Borgerråd har afsat 50.000 kr. til puljen."
    )
    assert names(text) == ["Det Samlede Borgerråd"]


def test_definite_form_of_a_bare_body_still_wins() -> None:
    text = "Ældrerådet holdt møde i marts. Ældreråd og forvaltning drøftede planen."
    found = names(text)
    assert "Ældreråd" not in found


def test_typographic_apostrophe_of_a_shop_is_kept() -> None:
    text = "Vi holder årsmøde hos Købmand’Hansen i Nordby den 3. april."
    found = names(text, {"Købmand'Hansen": "ORG"})
    assert "Købmand’Hansen" in found and "Købmand'Hansen" not in found


def test_place_and_group_word_name_a_local_group() -> None:
    text = "Foreningen er meldt ind i Vejle besøgsgruppe, og Inge tager kontakt til Sydgruppen."
    found = names(text)
    assert "Vejle besøgsgruppe" in found and "Sydgruppen" in found


def test_place_and_network_name_a_local_network() -> None:
    text = "Medlemmer:\nKaren Holm, formand\nPoul Berg, Vejle Frivillignet\n"
    assert "Vejle Frivillignet" in names(text, {"Karen Holm": "PER", "Poul Berg": "PER"})


def test_kinds_of_groups_are_no_local_group() -> None:
    text = (
        "Vejle arbejdsgruppe mødes igen i juni. Arbejdsgruppen består af tre medlemmer, "
        "og Vejle målgruppe er unge ledige. Rådet nedsatte Styregruppen."
    )
    found = names(text)
    assert not any("gruppe" in n.casefold() for n in found)


def test_organisation_extended_with_a_landscape() -> None:
    text = "Deltagere:\nKim Lund, FOA Vestjylland\nLise Dam, formand\n"
    assert "FOA Vestjylland" in names(text, {"Kim Lund": "PER", "Lise Dam": "PER"})


def test_unknown_person_in_a_member_list_is_no_organisation() -> None:
    text = (
        "Medlemmer:\n"
        "Hanne Sørensen-Bak, Formand, udpeget af Byrådet\n"
        "Gulnara Temirbekova, etnisk repræsentant\n"
        "Per Holm, Ældre Sagen\n"
    )
    ents = {"Hanne Sørensen-Bak": "PER", "Gulnara Temirbekova": "ORG", "Per Holm": "PER"}
    found = names(text, ents)
    assert "Gulnara Temirbekova" not in found and "Ældre Sagen" in found


def test_organisation_before_a_comma_in_a_prose_line_stays() -> None:
    text = "Samarbejdet med Røde Kors, Mødrehjælpen og kommunen fortsætter i 2025."
    assert "Røde Kors" in names(text, {"Røde Kors": "ORG"})


def test_bare_municipality_names_in_a_list_of_grants() -> None:
    text = (
        "Fire kommuner i landsdelen får penge fra puljen. Vejle Kommune har fået 6 millioner kroner, "
        "Kolding har fået 9 millioner kroner og Fredericia har fået 4 millioner kroner."
    )
    found = names(text)
    assert {"Vejle Kommune", "Kolding Kommune", "Fredericia Kommune"} <= set(found)
    assert "Kolding" not in areas(text) and "Fredericia" not in areas(text)


def test_bare_town_without_a_parallel_municipality_stays_a_place() -> None:
    text = "Festivalen i Kolding har fået 9 millioner kroner i støtte fra fonden."
    assert "Kolding Kommune" not in names(text)


# --- areas -------------------------------------------------------------------------------------


def test_countries_and_places_abroad_are_no_areas() -> None:
    text = (
        "Puljen støtter også projekter i Ghana, skolebyggeri i Kerala i Indien og "
        "et samarbejde med en by i Bolivia. Hovedparten går dog til Vollsmose."
    )
    ents = {"Ghana": "LOC", "Kerala": "LOC", "Bolivia": "LOC"}
    found = areas(text, ents)
    assert "Ghana" not in found and "Kerala" not in found and "Bolivia" not in found
    assert "Vollsmose" in found


def test_town_name_that_is_a_section_heading_is_no_area() -> None:
    text = (
        "Problemstilling\n\nKlummen er populær.\n\nLøsning\n\n"
        "Udvalget ønsker at fortsætte klummen i den lokale avis og at bruge den til nyt fra Vejle."
    )
    found = areas(text)
    assert "Løsning" not in found and "Vejle" in found


def test_town_in_a_list_of_one_name_per_line_stays_a_place() -> None:
    text = "Arrangementer holdes i disse byer:\n\nStege\n\nVejle\n\nKolding\n"
    assert "Stege" in areas(text)


def test_first_half_of_an_organisations_double_name_is_no_area() -> None:
    text = (
        "Egehøj-Lystrup Lokaludvalg bevilger 20.000 kr. til en annonce i Egehøj-Lystrup Ugeavis. "
        "Egehøj-Lystrup Lokaludvalg har haft annoncen i flere år."
    )
    norm = normalize(text)
    doc = doc_with_ents(norm, {})
    parties, cands = find_parties(norm, text, doc)
    spans = [c for c in cands if c.priority > 0]
    found = find_areas(norm, text, doc, spans, organisations=[p.name for p in parties])
    assert "Egehøj" not in [a.name for a in found]


def test_district_written_small_joins_its_capitalised_name() -> None:
    text = (
        "Renoveringen i Ishøj Syd er færdig. Beboerne i Ishøj syd har fået nye altaner, "
        "og flere familier flytter til Ishøj Syd."
    )
    assert areas(text) == ["Ishøj Syd"]


def test_place_after_a_coordinated_centre_name_is_part_of_it() -> None:
    text = "Job- og vækstcenter Vejle har lavet nøgletal. Arrangementet foregår i Kolding."
    found = areas(text, {"Vejle": "LOC"})
    assert "Vejle" not in found and "Kolding" in found


def test_place_after_an_outpost_or_arena_is_part_of_its_name() -> None:
    text = "Punkter:\n  • Arena Vejle\n  • Tilskud til foreninger\nMødet holdes i Sundhedssatellit Give."
    found = areas(text)
    assert "Vejle" not in found and "Give" not in found


def test_camp_after_a_town_makes_a_site() -> None:
    text = "Der blev holdt et teaterprojekt i Jelling flygtningelejren sidste sommer."
    assert "Jelling" not in areas(text, {"Jelling": "LOC"})


def test_body_led_by_article_and_adjective_is_one_name() -> None:
    text = (
        "Forvaltningen indstiller til Det koordinerende Handicapudvalg, at Det koordinerende "
        "Handicapudvalg godkender planen. Handicapudvalget mødes igen i juni."
    )
    assert names(text) == ["Det koordinerende Handicapudvalg"]


def test_body_led_by_capitalised_adjective_is_one_name() -> None:
    text = "Kunstnerisk Samråd ønsker at holde en koncert. Udvalget støtter, at samrådet får 5.000 kr."
    found = names(text)
    assert "Kunstnerisk Samråd" in found and "Samrådet" not in found


def test_describing_adjective_after_the_article_is_no_part_of_the_name() -> None:
    text = "Byrådet besluttede, at Det nye Ungeråd skal have eget budget."
    assert "Det nye Ungeråd" not in names(text)


def test_place_led_body_stays_apart_from_the_definite_body_word() -> None:
    text = (
        "Ældrerådet holdt møde den 3. maj.\n"
        "Valg til Danske Ældreråds bestyrelse sker i februar. Ældrerådet drøftede sagen."
    )
    found = names(text)
    assert "Ældrerådet" in found


GRANTS = (
    "Disse ansøgere fik støtte fra puljen:\n\n"
    "Sommerkoncert i Nordparken fra Egebjerg Musikforening: 12.000 kr.\n\n"
    "Fotoudstilling fra Kulturhuset Bølgen: 7.500 kr.\n\n"
    "Lys på Egebjerg Torv fra Tove Lindskov Brask: 20.000 kr.\n\n"
    "Maleværksted fra Gulnara Temirbekova: 4.000 kr.\n\n"
    "Udstillingen Skoven fra Laila Nørregaard: 9.000 kr.\n"
)


def test_applicants_of_a_list_of_grants_are_parties() -> None:
    found = names(GRANTS, {"Nordparken": "ORG"})
    assert "Egebjerg Musikforening" in found and "Kulturhuset Bølgen" in found
    assert "Nordparken" not in found  # inside the activity's title


def test_person_applicant_of_a_grant_is_neither_party_nor_place() -> None:
    found = names(GRANTS)
    assert "Tove Lindskov Brask" not in found and "Gulnara Temirbekova" not in found
    assert "Laila Nørregaard" not in areas(GRANTS)


def test_square_named_after_a_place_is_no_area() -> None:
    text = "Juletræet rejses på Egehøj Torv, og der er koncert i Egehøj i december. Markedet er på Lindevang Plads."
    found = find_areas(normalize(text), text)
    assert [a.name for a in found] == ["Egehøj"] and len(found[0].mentions) == 1


def test_next_agenda_title_is_cut_off_a_body_name() -> None:
    text = "3. Oplæg fra Rådet for Ældre Borgere Eventuelt og afslutning"
    found = names(text)
    assert "Rådet for Ældre Borgere" in found and not any("Eventuelt" in n for n in found)


def test_word_broken_at_a_line_end_is_whole_in_the_name() -> None:
    text = "Lone er koordinator i Center for Frivillige Ind-satser og deltager i mødet."
    assert "Center for Frivillige Indsatser" in names(text)


def test_hyphened_compound_in_a_name_keeps_its_hyphen() -> None:
    text = "Sagen er sendt til Center for Social-psykiatrisk Rehabilitering til udtalelse."
    assert not any("Socialpsykiatrisk" in n for n in names(text))


def test_label_glued_to_the_body_is_cut_off() -> None:
    text = "Referat\nMødestedMødelokale 2\nUdvalgSeniorråd\nAfbud fra: Eva Holm\n\nSeniorrådet drøftede budgettet."
    found = names(text, {"Eva Holm": "PER"})
    assert not any(n.startswith("Udvalg") for n in found)


def test_next_lines_label_is_no_part_of_a_name_broken_at_the_line_end() -> None:
    text = "Mødested Aktivitetshuset Kirkebakke\nUdvalg Ældre- og Sundhedsudvalget\nDeltagere Eva Holm"
    assert not any(n.endswith("Udvalg") for n in names(text, {"Eva Holm": "PER"}))


def test_model_span_over_a_sentence_end_is_no_organisation() -> None:
    text = 'Mange lever i lejre i Myanmar."Vi er bekymrede," siger formanden for foreningen.'
    assert names(text, {'Myanmar."Vi': "ORG"}) == []


def test_two_acronyms_joined_by_a_hyphen_name_a_company() -> None:
    text = "Husk at søge disse fonde:\n  1. FJK-NVS – frist 1. april\n  2. Friluftsrådet – frist i maj\n"
    assert "FJK-NVS" in names(text)


def test_acronym_joined_to_a_word_in_capitals_is_no_company() -> None:
    text = "Tilskud til MED-UDVALG og EU-LANDE blev drøftet på mødet."
    found = names(text)
    assert "MED-UDVALG" not in found and "EU-LANDE" not in found


def test_hall_where_the_meeting_is_held_is_no_party() -> None:
    text = (
        "Rådet besluttede, at mødet holdes på Egebjerg Idrætscenter.\n"
        "Formanden finder en dato, hvor Egebjerg Idrætscenter har ledige lokaler."
    )
    assert not any("Idrætscenter" in n for n in names(text))


def test_venue_label_line_names_no_party() -> None:
    text = "Mødedato: 4. marts 2024\nMødested: Egebjerg Idrætscenter i klublokalet\n\nMedlemmer\nEva Holm\n"
    assert not any("Idrætscenter" in n for n in names(text, {"Egebjerg Idrætscenter": "ORG", "Eva Holm": "PER"}))


def test_model_name_after_project_or_called_is_a_project() -> None:
    text = "Der har kørt et forløb for kvinder, der hedder Nabomødre, og projektet Lektiecaféen fortsætter."
    found = names(text, {"Nabomødre": "ORG", "Lektiecaféen": "ORG"})
    assert "Nabomødre" not in found and "Lektiecaféen" not in found


def test_preposition_after_a_municipality_is_no_shared_predicate() -> None:
    text = "Aarhus Kommune har i 2023 fået nye boliger. Vejle har i 2022 bygget et nyt rådhus."
    assert "Vejle Kommune" not in names(text)


def test_coordinated_centre_written_small_with_its_town_is_a_party() -> None:
    text = "Bolig- og familiecenter Kolding har lavet en opgørelse over ventelisten for april."
    assert "Bolig- og familiecenter Kolding" in names(text)
    assert "Kolding" not in areas(text, {"Kolding": "LOC"})


def test_coordinated_centre_without_a_known_town_is_no_party() -> None:
    text = "Et nyt Bolig- og familiecenter Solsikken åbner i foråret."
    assert not any("familiecenter" in n for n in names(text))
