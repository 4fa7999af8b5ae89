"""Offices given by an election or an agreement ("gør Eva Holm til borgmester og Bo Dam (S) til viceborgmester"),
roles before a name on a participants' line ("Borgermedlem, Eva Holm,"), a party's abbreviated genitive ("SFs Bo
Dam"); receivers of grants told one per line ("… 43.792 kr. til Nordby Boldklub."), two committees joined by "&",
a committee without the party its member sits for, a town followed by a day of the month, focus areas whose
defining clause holds a list, and names cut by the text's end."""

from __future__ import annotations

import socdoc


def people(text: str) -> list[tuple[str, object, object]]:
    return [(p.name, p.role, p.party) for p in socdoc.extract(text).people]


def parties(text: str) -> list[str]:
    return [p.name for p in socdoc.extract(text).parties]


def areas(text: str) -> list[str]:
    return [a.name for a in socdoc.extract(text).areas]


def focus(text: str) -> list[str]:
    return [f.name for f in socdoc.extract(text).focus_areas]


def test_an_agreement_makes_two_holders_of_two_offices() -> None:
    text = ("Partierne har skrevet under på en aftale, der gør Karin Lindholm til borgmester og Peter Sand (S) "
            "til viceborgmester.")
    assert people(text) == [("Karin Lindholm", "borgmester", None), ("Peter Sand", "viceborgmester", "S")]


def test_an_adverb_and_a_party_between_the_verb_and_the_office() -> None:
    text = "En ny konstituering gør i stedet Hanne Vestergaard (S) til borgmester fra årsskiftet."
    assert people(text) == [("Hanne Vestergaard", "borgmester", "S")]


def test_an_election_with_the_party_letter_after_the_name() -> None:
    assert people("Byrådet valgte Ole Brandt (V) til formand.") == [("Ole Brandt", "formand", "V")]


def test_making_someone_a_friend_is_no_office() -> None:
    assert people("Det gør Ole Brandt til borgmesterens bedste ven.") == [("Ole Brandt", None, None)]


def test_roles_before_the_names_of_a_participants_list() -> None:
    text = "Deltagere\n\nBorgermedlem, Nadia Hussein,\nBorgermedlem, Ib Kjær,\nFormand, Tove Dalsgaard,\n"
    assert people(text) == [("Nadia Hussein", "borgermedlem", None), ("Ib Kjær", "borgermedlem", None),
                            ("Tove Dalsgaard", "formand", None)]


def test_a_party_abbreviations_genitive_without_apostrophe() -> None:
    assert people("SFs Lone Riis skal være formand for Børne- og Skoleudvalget.") == [("Lone Riis", "formand", "SF")]
    assert people("DFs Jens Bro er formand for udvalget.") == [("Jens Bro", "formand", "DF")]


def test_a_relative_clause_with_skal_vaere_gives_the_role() -> None:
    text = "Formandsposten deles mellem Karl Juhl, der skal være formand de første to år, og Rita Holt."
    assert ("Karl Juhl", "formand", None) in people(text)
    assert ("Rita Holt", None, None) in people(text)


GRANT_LINES = (
    "INDSTILLING\n\nKulturforvaltningen indstiller, at Folkeoplysningsudvalget godkender:\n\n"
    " 1. Der bevilges et tilskud på 120.000 kr. til Vestby Gymnastikforening, klubhuset.\n"
    " 2. Der bevilges et tilskud på 232.430 kr. til Boldklubben 1921.\n"
    " 3. Der bevilges et tilskud på   21.833 kr. til Nordby Rideklub.\n"
    " 4. Der bevilges et tilskud på   33.333 kr. til DDS Grønne Ugler.\n"
)


def test_receivers_closing_the_lines_of_a_grant_list() -> None:
    names = parties(GRANT_LINES)
    for name in ("Vestby Gymnastikforening", "Boldklubben 1921", "Nordby Rideklub", "DDS Grønne Ugler"):
        assert name in names


def test_two_grant_lines_make_no_list() -> None:
    text = ("Der bevilges et tilskud på 20.000 kr. til Boldklubben 1921.\n"
            "Der bevilges et tilskud på 10.000 kr. til Nordby Rideklub.\n")
    assert "Boldklubben 1921" not in parties(text)


def test_a_place_closing_a_grant_line_is_no_party() -> None:
    text = GRANT_LINES + " 5. Der bevilges et tilskud på 40.000 kr. til Nordby.\n"
    assert "Nordby" not in parties(text)


def test_two_committees_joined_by_an_ampersand_are_two_parties() -> None:
    text = "Politisk behandling\n\nKultur- og Demokratiudvalget & Landdistriktsudvalget (drøfter), 29.04.2019\n"
    assert parties(text) == ["Kultur- og Demokratiudvalget", "Landdistriktsudvalget"]


def test_an_ampersand_inside_one_committees_name_stays() -> None:
    assert parties("Hun er formand for Social & Arbejdsmarkedsudvalget.") == ["Social & Arbejdsmarkedsudvalget"]


def test_a_committee_without_the_party_its_member_sits_for() -> None:
    text = "Claus Holm, der foruden at sidde i By- og Kulturudvalget for Venstre er formand for et museum, er utilfreds."
    assert "By- og Kulturudvalget" in parties(text)
    assert "By- og Kulturudvalget for Venstre" not in parties(text)


def test_a_field_committee_keeps_its_field() -> None:
    assert parties("Sagen går til Udvalget for Kultur og Fritid.") == ["Udvalget for Kultur og Fritid"]


def test_the_committee_of_the_case_after_a_comma_is_no_coordinated_name() -> None:
    assert parties("Vi kender deres Ungestrategi, og udvalget konkluderede, at den virker.") == []


def test_a_town_followed_by_a_day_of_the_month() -> None:
    assert areas("Vi mødes i Glostrup 8. okt. om ældreboliger.") == ["Glostrup"]
    assert areas("Der afholdes træf i Roskilde 22. oktober.") == ["Roskilde"]


def test_a_street_with_a_house_number_is_still_no_town() -> None:
    assert areas("Kontoret ligger på Vestergade 8. Ring gerne.") == []


def test_defining_clauses_that_hold_a_list_keep_the_items_apart() -> None:
    text = ("Kulturstrategien har tre temaer:\n\n"
            "  • Kultur, der understøtter dannelse og demokratiforståelse\n"
            "  • Kultur, der understøtter inkluderende fællesskaber, leg og læring\n"
            "  • Kultur, der understøtter aktive frivillige, foreninger og fællesskaber\n\n"
            "Strategien vedtages i december.\n")
    assert focus(text) == ["Kultur, der understøtter dannelse og demokratiforståelse",
                           "Kultur, der understøtter inkluderende fællesskaber, leg og læring",
                           "Kultur, der understøtter aktive frivillige, foreninger og fællesskaber"]


def test_a_name_cut_to_one_letter_by_the_texts_end() -> None:
    text = ("Boligselskabet Vesthuse søger om godkendelse af et lån. Ud fra rapporten har Boligselskabet Vesthuse "
            "bedt om et tilbud, og nu har Boligselskabet V")
    assert parties(text) == ["Boligselskabet Vesthuse"]


def test_a_towns_midtby_is_one_area() -> None:
    assert areas("Der kommer nye butikker i Silkeborg midtby.") == ["Silkeborg midtby"]


def test_a_towns_bymidte_stays_the_town() -> None:
    assert areas("Parkering i Svendborg bymidte - status") == ["Svendborg"]


def test_the_villages_of_a_local_area_listed_in_brackets() -> None:
    text = "Lokalrådet for Vestlandet (Hyllinge, Marvede, Vallensved, Ladby og Guderup) er inviteret til mødet."
    for name in ("Hyllinge", "Marvede", "Vallensved", "Ladby", "Guderup"):
        assert name in areas(text)


def test_a_bracketed_list_of_parties_is_no_list_of_places() -> None:
    assert areas("Partierne (Venstre, Dansk Folkeparti og Enhedslisten) stemte for.") == []


def test_the_one_focus_area_of_a_fund_quoted_after_its_noun() -> None:
    assert focus("Fokusområdet for puljen er i år ”Ensomhed blandt ældre”. Der kom 40 ansøgninger.") == [
        "Ensomhed blandt ældre"]
    assert focus("Årets fokusområde er ”Unge og fællesskaber”.") == ["Unge og fællesskaber"]


def test_a_quoted_title_after_another_noun_is_no_focus_area() -> None:
    assert focus("Årets konference hedder ”Unge og fællesskaber”.") == []


def test_a_councils_genitive_alone_is_no_party() -> None:
    assert parties("Byrådets medlemmer fik sagen tilsendt.") == []


def test_the_members_of_a_group_bulleted_after_repraesentanter_for() -> None:
    text = ("Følgegruppen er sammensat af repræsentanter for:\n\n • Initiativgruppen Nordvang\n"
            " • Boligselskabet Vestby\n • Vestby Gymnasium og HF\n • Nordvang Kirke\n\nGruppen mødes to gange om året.\n")
    names = parties(text)
    for name in ("Initiativgruppen Nordvang", "Boligselskabet Vestby", "Vestby Gymnasium og HF", "Nordvang Kirke"):
        assert name in names


def test_the_names_after_a_count_of_organisations_and_a_colon() -> None:
    text = "Der er i kommunen fem godkendte aftenskoler: AOF Vestby, LOF Nordby, LOF Sydby, FOF Østkysten og Egeby Husflid."
    assert parties(text) == ["AOF Vestby", "LOF Nordby", "LOF Sydby", "FOF Østkysten", "Egeby Husflid"]


def test_a_counted_list_keeps_a_coordinated_name_and_drops_a_kind_before_a_name() -> None:
    text = ("Huset samler fire kommunale tilbud: Ungeporten, Alkohol- og Stofbehandling, Familiehuset samt det sociale "
            "behandlingstilbud Kompasset.")
    assert parties(text) == ["Ungeporten", "Alkohol- og Stofbehandling", "Familiehuset", "Kompasset"]


def test_a_count_that_does_not_fit_the_names_makes_no_list() -> None:
    assert "Ungeporten" not in parties("Der er ti tilbud: Ungeporten og Familiehuset.")


def test_a_counted_list_of_common_nouns_names_no_parties() -> None:
    assert parties("Skolen har tre tilbud: lektiecafé, ungdomsklub og sommerskole.") == []


def test_a_place_after_a_role_and_a_link_is_no_person() -> None:
    assert people("Ministeren på besøg i Egevang Park\n\nDet blev en god dag.") == []


def test_a_person_after_a_role_and_an_organisation_is_still_found() -> None:
    assert people("Formand for Nordby Boligforening Dorte Fisker åbnede mødet.") == [("Dorte Fisker", "formand", None)]


def test_a_listed_name_written_with_a_letter_left_out_or_added_gets_its_listed_spelling() -> None:
    assert parties("Byggeriet opføres med støtte fra Landbyggefonden.") == ["Landsbyggefonden"]
    assert "Dansk Folkeparti" in parties("Han har skiftet Dansk Folkepari ud med Nye Borgerlige.")


def test_a_name_two_letters_from_a_listed_one_stays_as_written() -> None:
    assert parties("Byggeriet opføres med støtte fra Landbyggfonden.") in ([], ["Landbyggfonden"])


def test_a_second_election_told_without_its_auxiliary() -> None:
    text = "Ole Brandt (A) blev valgt som 1. viceborgmester, og Rita Holt (V) valgt som 2. viceborgmester."
    assert people(text) == [("Ole Brandt", "viceborgmester", "A"), ("Rita Holt", "viceborgmester", "V")]


def test_a_post_taken_with_besaetter() -> None:
    text = "Ole Brandt (V) fortsætter som formand, mens Rita Holt (O) besætter posten som næstformand."
    assert ("Rita Holt", "næstformand", "O") in people(text)


def test_a_capitalised_role_and_unit_open_the_next_item_before_og() -> None:
    text = ("Leder af Kultur og Fritid Malene Holt, Afdelingsleder for Ungeenheden Mads Bak og Chefkonsulent "
            "Signe Mose deltog under punktet.")
    assert people(text) == [("Malene Holt", "leder", None), ("Mads Bak", "afdelingsleder", None),
                            ("Signe Mose", "chefkonsulent", None)]


def test_an_ordinal_before_the_office_after_som() -> None:
    text = "Konstitueringen er på plads. Ole Brandt som 1.viceborgmester og Rita Holt som 2. viceborgmester."
    assert people(text) == [("Ole Brandt", "viceborgmester", None), ("Rita Holt", "viceborgmester", None)]
