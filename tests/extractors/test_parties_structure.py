"""Parties on real-world layouts: headings, labels, furniture, person names, coordinated names,
lists and acronyms. The model's entities are set by hand so the rules are tested on their own."""

from __future__ import annotations


from socdoc.extractors.entities import common_word, compound_head, proper_word, thing_compound
from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize

from model_ents import doc_with_ents

_doc = doc_with_ents


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, _doc(norm, ents or {}))
    return [p.name for p in parties]


def test_word_list_tells_common_words_from_names() -> None:
    assert common_word("Kultur") and common_word("Eventuelt") and common_word("Institutionerne")
    assert not common_word("Himmerland") and not common_word("Keld")
    assert proper_word("Pernille") and not proper_word("Kultur")
    assert compound_head("Byrumsprojekt") == "projekt"
    assert compound_head("CVR-nummer") == "nummer"
    assert thing_compound("Lommepengeprojektet") and not thing_compound("Gellerupparken")


def test_agenda_numbers_and_headings_are_no_parties() -> None:
    text = (
        "5. Godkendelse af referat\n\n6. Eventuelt\n\n7. Kriminalpræventive tiltag i byen\n\n"
        "Socialudvalget godkendte sagen."
    )
    found = names(text, {"6. Eventuelt": "ORG", "7. Kriminalpræventive": "ORG"})
    assert found == ["Socialudvalget"]


def test_section_labels_before_a_body_are_cut_off() -> None:
    text = "RESUME Kompetenceudvalg: Byrådet\n\nINDSTILLING Økonomiudvalget indstiller, at sagen godkendes."
    assert names(text) == ["Byrådet", "Økonomiudvalget"]


def test_generic_administrations_are_no_parties_even_capitalised() -> None:
    text = "Indstilling\n\nForvaltningen indstiller, at planen godkendes. Administrationen vil orientere på mødet."
    assert names(text) == []
    assert names("Magistraten anbefaler forslaget.") == ["Magistraten"]


def test_person_names_the_model_marks_as_organisations() -> None:
    text = "Mette Skovgaard tog forbehold.\n\nRepræsentant for Vejen Ungdomsskole Lone Bach"
    found = names(text, {"Mette Skovgaard": "ORG", "Vejen Ungdomsskole Lone Bach": "ORG"})
    assert "Mette Skovgaard" not in found
    assert all("Lone" not in name for name in found)


def test_capitalised_common_nouns_and_thing_compounds_from_the_model() -> None:
    text = (
        "Direktøren for Skole, Fritid og Kultur indstiller sagen. Lokale aktiviteter som "
        "Lommepengeprojektet fortsætter. Log ind med virksomhedens CVR-nummer og se STU-institutionerne."
    )
    ents = {"Kultur": "ORG", "Lommepengeprojektet": "ORG", "CVR-nummer": "ORG", "STU-institutionerne": "ORG"}
    assert names(text, ents) == []


def test_furniture_fragments_and_media_domains() -> None:
    text = "Print Friendly, PDF & Email\n\nDirektøren for Børn, Skole & Fritid indstiller. Det viser en måling fra Altinget.dk."
    ents = {"PDF & Email": "ORG", "Skole & Fritid": "ORG", "Altinget.dk": "ORG"}
    assert names(text, ents) == []


def test_logo_alt_text_is_no_party() -> None:
    assert names("Fanø Kommune Logo\nMenu\n\nReferat fra mødet") == []


def test_coordinated_compound_names_stay_whole() -> None:
    text = (
        "Sagen behandles i Plan-, Teknik og Miljøudvalget i marts. Tilskuddet går til "
        "Bolig- og Byggeforeningen af 1942, og Job- og Vækstcenter Kolding har lavet en analyse."
    )
    found = names(text)
    assert "Plan-, Teknik og Miljøudvalget" in found
    assert "Bolig- og Byggeforeningen af 1942" in found
    assert "Job- og Vækstcenter Kolding" in found


def test_department_with_lower_case_words_and_genitive() -> None:
    text = "Udvalget følger Magistratsafdelingen for Kultur og Borgerservice samt Sociale tilbud og Handicaps anbefaling."
    assert "Magistratsafdelingen for Kultur og Borgerservice" in names(text)
    text = "Udvalget følger Magistratsafdelingen for Sociale tilbud og Handicaps anbefaling."
    assert "Magistratsafdelingen for Sociale tilbud og Handicap" in names(text)


def test_fund_named_after_its_founders() -> None:
    text = (
        "Midlerne kommer fra Karen & Poul Chr. Hansens' Almennyttige Fond. "
        "Senere gav Karen og Poul Chr. Hansens' Almennyttige Fond endnu et beløb."
    )
    assert names(text) == ["Karen & Poul Chr. Hansens' Almennyttige Fond"]


def test_items_after_a_plural_organisation_noun() -> None:
    text = "Pengene går til boligforeningerne Fjordglimt, Vesterhus og Lindebo, der driver afdelingerne."
    assert names(text) == ["Fjordglimt", "Vesterhus", "Lindebo"]


def test_acronyms_listed_beside_parties() -> None:
    text = "Forslaget støttes af Socialdemokratiet, SF og Enhedslisten."
    assert names(text) == ["Socialdemokratiet", "SF", "Enhedslisten"]
    bullets = "Det drejer sig om:\n\n  • Red Barnet\n  • FOKUS\n  • Mødrehjælpen\n"
    assert "FOKUS" in names(bullets)
    assert names("Mødet sluttede kl. 17 (ABC).") == []


def test_organisation_in_apposition() -> None:
    text = "Med pensionsselskabet PF Pension som investor og virksomheden Nordlys Ejendomme som udvikler."
    assert names(text) == ["PF Pension", "Nordlys Ejendomme"]


def test_coordinated_municipalities_each_act() -> None:
    text = "Vejle, Fredericia og Kolding Kommune får penge fra puljen."
    assert names(text) == ["Vejle Kommune", "Fredericia Kommune", "Kolding Kommune"]


def test_definite_body_name_wins() -> None:
    text = "Byråd og udvalg\n\nDet daværende Social- og Ældreudvalg besluttede sagen. Social- og Ældreudvalgets formand."
    found = names(text)
    assert "Social- og Ældreudvalget" in found


def test_generic_actor_only_where_it_acts() -> None:
    assert names("Projektet skal opfylde regeringens målsætning.") == []
    assert names("Det blev drøftet i regeringen.") == []
    assert names("Nu har regeringen iværksat en plan.") == ["Regeringen"]


def test_generic_police_beside_several_named_districts() -> None:
    text = "Politiet får penge: Fyns Politi får tre mio. kr., og Nordjyllands Politi får to mio. kr."
    assert names(text) == ["Fyns Politi", "Nordjyllands Politi"]


def test_acronym_compound_with_a_unit() -> None:
    text = "Samarbejdet med klubberne, UU-jobcentret og skolerne fortsætter. DS-formanden er glad."
    assert names(text) == ["UU-jobcentret"]


def test_name_missing_a_letter_joins_the_listed_name() -> None:
    text = "Landsbyggefonden støtter planen. Landbyggefonden dækker højst 60 procent af udgiften."
    assert names(text, {"Landbyggefonden": "ORG"}) == ["Landsbyggefonden"]


def test_genitive_before_a_noun_gives_the_base_name() -> None:
    text = (
        "Udvalget hørte om trivsel set fra Fælles Ungeråds side. Der er valg til Danske Seniorråds "
        "bestyrelse i marts. Sagen omtaler VIVE’s analyse og Rigsrevisionens beretning om sygehusene."
    )
    ents = {"Fælles Ungeråds": "ORG", "Danske Seniorråds": "ORG", "Rigsrevisionens": "ORG"}
    found = names(text, ents)
    assert "Fælles Ungeråd" in found and "Danske Seniorråd" in found and "Rigsrevisionen" in found
    assert not any(n.endswith("s") for n in found)


def test_spelt_out_name_wins_over_its_capitals() -> None:
    text = "Ifølge KL – bedre kendt som Kommunernes Landsforening – stiger udgifterne."
    found = names(text)
    assert "Kommunernes Landsforening" in found and "KL" not in found


def test_municipality_in_page_furniture_is_no_party() -> None:
    header = "Menu\n\nSkanderborg Kommune på Facebook\n\nSøg\n\nReferater\n\n"
    assert "Skanderborg Kommune" not in names(header + "Byrådet godkendte sagen.")
    footer = "Byrådet godkendte sagen.\n\nSKANDERBORG KOMMUNE\n"
    assert "Skanderborg Kommune" not in names(footer)
    # alone on the header's line, or after the page's title on the first line, it is the publisher
    header = "Menu\n\nSkanderborg Kommune\n\nSøg\n\nReferater\n\n"
    assert "Skanderborg Kommune" in names(header + "Byrådet godkendte sagen.")
    title = "Dagsorden med bilag - Skanderborg Kommune\n\n"
    assert "Skanderborg Kommune" in names(title + "Byrådet godkendte sagen.")
    title = "efter Forretningsorden for Byrådet Skanderborg Kommune, afsnit 4.\n"
    assert "Skanderborg Kommune" not in names(title)
    acting = "Skanderborg Kommune garanterer for lånet. Skive, Viborg og Lemvig Kommune modtager støtte."
    found = names(acting)
    assert "Skanderborg Kommune" in found and "Skive Kommune" in found


def test_applicant_opening_a_sentence_is_a_party() -> None:
    text = "Sagen\n\nBoligselskabet Vestbo Holstebro ansøger om tilsagn. Lindeparken ansøger om lån."
    found = names(text)
    assert "Lindeparken" in found


def test_name_broken_at_a_line_end_is_joined() -> None:
    text = "3. Garanti for lån til Skovhøj\nAndelsboligforening ...... 12\n"
    assert "Skovhøj Andelsboligforening" in names(text)


def test_name_stops_before_a_person_and_a_run_on_title() -> None:
    text = (
        "Det siger formand for Udvalget for Ældre, Sundhed og Omsorg Mette Kjærgaard (V). "
        "Rapport fra Socialtilsyn Nord Nyt tilbud til unge med angst"
    )
    found = names(text)
    assert "Udvalget for Ældre, Sundhed og Omsorg" in found
    assert "Socialtilsyn Nord" in found


def test_contents_line_repeats_are_cut_to_the_body() -> None:
    text = "Indhold: 4. Kvartalsrapport Ældreudvalget Ældreudvalgets forslag til budget"
    found = names(text)
    assert found == ["Ældreudvalget"]


def test_companies_with_their_company_form() -> None:
    text = "Garanti for lån til HOLMBY FORSYNING Vand A/S og Nordby Renovation I/S Sundhedsstyrelsens rapport om tilsyn."
    found = names(text)
    assert "HOLMBY FORSYNING Vand A/S" in found and "Nordby Renovation I/S" in found
    assert "Sundhedsstyrelsen" in found and not any(n.startswith("S ") for n in found)


def test_party_letters_in_parentheses_are_no_parties() -> None:
    # the letters in brackets only say who stands behind a national settlement; the
    # settlement is the subject, the parties do nothing in the text themselves
    text = "Forliget om ældreplejen (V, DF, KF og LA) giver flere penge. Ældresagen i Nordby glæder sig over aftalen."
    found = names(text)
    assert not {"V", "DF", "KF", "LA"} & set(found)
    assert "Ældresagen" in found


def test_lower_case_coordinated_committee_is_taken_whole() -> None:
    text = "Ældre- og Plejeudvalget mødtes. Inden ældre- og plejeudvalgets møde var der rundvisning."
    found = names(text)
    assert "Plejeudvalget" not in found and not any(n.lower() == "plejeudvalget" for n in found)


def test_genitive_before_a_role_names_an_organisation() -> None:
    text = "I styregruppen sidder Vestgårdens direktør og to beboere."
    assert "Vestgården" in names(text)


def test_named_units_and_regional_councils() -> None:
    text = "Planen er sendt af KKR til kommunerne. Fra maj deler Genoptræningen og Sygeplejeklinikken adresse med lægehuset."
    found = names(text)
    assert {"KKR", "Genoptræningen", "Sygeplejeklinikken"} <= set(found)


def test_glued_breadcrumb_gives_no_fragment() -> None:
    text = "ReferaterpilBørne- og Skoleudvalget - Referat\n\nBørne- og Skoleudvalget - Referat - 3. maj"
    found = names(text)
    assert "Skoleudvalget" not in found and "Børne- og Skoleudvalget" in found


def test_heading_gives_the_full_name_with_the_town() -> None:
    text = (
        "Boligsocialt Partnerskab Holstebro\n\nByrådet har nedsat Boligsocialt Partnerskab, som "
        "samler kommunen og boligselskaberne."
    )
    found = names(text, {"Boligsocialt Partnerskab": "ORG"})
    assert "Boligsocialt Partnerskab Holstebro" in found and "Boligsocialt Partnerskab" not in found


def test_title_adjective_before_a_name_and_coordination_fragments() -> None:
    text = (
        "4. Nyt Skovby Sundhedscenter\nBudgettet for Skovby Sundhedscenter er lagt. "
        "Skolerne arbejder efter et Børne- og Ungesyn fra 2019."
    )
    found = names(text, {"Ungesyn": "ORG"})
    assert "Skovby Sundhedscenter" in found and "Nyt Skovby Sundhedscenter" not in found
    assert "Ungesyn" not in found


def test_organisation_a_member_speaks_for_and_units_in_apposition() -> None:
    text = (
        "Deltagere:\nRepræsentant fra Solbakken Lise Holm\nRepræsentant for Nordby Efterskole Ahmet Yilmaz\n\n"
        "5. Flytning af Bakkely, afdeling under Center for Psykiatri\n"
    )
    found = names(text)
    assert {"Solbakken", "Nordby Efterskole", "Bakkely"} <= set(found)
    assert not any("Lise" in n or "Ahmet" in n for n in found)


def test_municipality_in_a_wrapped_sentence_or_a_grant_list_acts() -> None:
    wrapped = "Kommunen køber i dag pladser til unge i behandling hos\nViborg Kommune. Det foreslås at stoppe aftalen."
    assert "Viborg Kommune" in names(wrapped)
    grants = "Puljen fordeles således:\n\nSkive Kommune: 2,1 mio. kr.\nLemvig Kommune: 1,4 mio. kr.\n"
    assert {"Skive Kommune", "Lemvig Kommune"} <= set(names(grants))


def test_no_join_across_a_blank_line_and_no_cut_of_a_name_noun() -> None:
    text = "Nye tilbud til unge i Kastrup og Holte\n\nKommunalbestyrelsen har vedtaget planen. Foreningen Frivillighedens Hus har lokaler."
    found = names(text)
    assert "Kommunalbestyrelsen" in found and not any(n.startswith("Holte") for n in found)
    assert "Foreningen Frivillighedens Hus" in found
    assert "Boligselskabet Holte Andelsboligforening" in names("Boligselskabet Holte Andelsboligforening stiller lokaler til rådighed.")


def test_common_noun_compounds_in_titles_are_no_organisations() -> None:
    text = (
        "4. Vandforsyning udgifter til ledninger -1.200.000 kr.\n\n"
        "Godkendelse af Kvalitetsrevision 2021\n\n"
        "Anvendelse af Fejlprocenter ved klagesager\n\n"
        "Teknisk Udvalg godkendte sagen."
    )
    found = names(text, {"Kvalitetsrevision": "ORG"})
    assert "Vandforsyning" not in found and "Kvalitetsrevision" not in found
    assert "Fejlprocenter" not in found


def test_forecast_named_by_the_model_is_no_organisation() -> None:
    text = "Forslaget bruges til udarbejdelsen af Skoleprognosen for 2024, oplyste Børneudvalget."
    assert "Skoleprognosen" not in names(text, {"Skoleprognosen": "ORG"})


def test_navigation_words_before_a_body_are_cut_off() -> None:
    text = "Gå til indhold\n    Forside Nyheder Kommunalbestyrelsen har vedtaget budgettet\n\nMere tekst."
    assert names(text) == ["Kommunalbestyrelsen"]


def test_psychiatry_takes_the_region_part_after_it() -> None:
    text = "7 Socialpsykiatrien Vest: Ombygning af botilbud\n\nSagen drøftes med Socialpsykiatrien Vest."
    assert names(text) == ["Socialpsykiatrien Vest"]


def test_place_in_capitals_as_dateline_is_no_organisation() -> None:
    text = "VORDINGBORG: Beboerne i afdelingen stemte i aftes ja til en stor renovering af husene."
    assert names(text, {"VORDINGBORG": "ORG"}) == []


def test_meeting_room_named_by_the_model_is_no_organisation() -> None:
    text = "Mødedato 3. maj 2022\n\nMødelokale Byrådssal B\n\nSocialudvalget godkendte sagen."
    assert names(text, {"Mødelokale Byrådssal B": "ORG"}) == ["Socialudvalget"]


def test_agenda_number_and_common_title_word_is_no_organisation() -> None:
    text = "4 Godkendelse af kommissorium for arbejdsgruppen\n\nTeknisk Udvalg godkendte sagen."
    assert "Godkendelse" not in " ".join(names(text, {"4 Godkendelse": "ORG"}))


def test_free_schools_and_colleges_are_organisations() -> None:
    text = (
        "Henvendelse om fritidstilbud fra Egeskovens Friskole\n\n"
        "Flere studiepladser på sygeplejerskeuddannelsen ved UCN University College"
    )
    found = names(text)
    assert "Egeskovens Friskole" in found and "UCN University College" in found


def test_acronym_in_the_genitive_before_a_role_is_an_organisation() -> None:
    text = "Udspillet blev godt modtaget. LLOs formand Hanne Berg glæder sig over forslaget."
    assert "LLO" in names(text)


def test_applicant_named_in_an_agenda_title_is_a_party() -> None:
    text = ("Dagsorden\n\n"
            "Punkt 7 Fjordmalerne - ansøgning om tilskud til en udstilling\n"
            "Punkt 8 Egeby Visefestival ansøgning om underskudsgaranti for 2024\n"
            "Punkt 9 Møllebakkevej - anmodning om optagelse som offentlig vej\n")
    found = names(text)
    assert "Fjordmalerne" in found and "Egeby Visefestival" in found
    assert not any("Møllebakkevej" in n for n in found)


def test_council_groups_on_a_vote_line_are_no_parties() -> None:
    # "For:" and "Imod:" lines only count how the groups voted on the item
    text = ("Sag 7. Ny skolestruktur.\nForslaget blev sat under afstemning.\n"
            "For: Gruppe B, C og V.\nImod: Gruppe Ø og Liste K.\nForslaget er godkendt.")
    assert not [n for n in names(text) if n.startswith(("Gruppe", "Liste"))]
    acting = "Gruppe Ø bad om at få sagen udsat. For: Gruppe Ø.\nImod: Gruppe A."
    found = names(acting)
    assert "Gruppe Ø" in found and "Gruppe A" not in found
