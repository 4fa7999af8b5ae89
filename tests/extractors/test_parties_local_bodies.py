"""Parties: local organisations named by a place and a head word, names cut at a run-on heading,
names glued to their neighbours, and common nouns or streets the model takes for names."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


# --- local organisations: a place and a head word ---------------------------------------------

def test_harbour_utility_and_fire_service_in_agenda_titles_are_parties() -> None:
    text = (
        "4 Godkendelse af årsregnskab 2019 for Rødby Havn\n"
        "5 Godkendelse af takster for Gelsted Vand\n"
        "6 Nye takster for brandsyn hos Sydvestjyllands Brandvæsen\n"
        "7 Bjerringbro Fjernvarme - kommunegaranti for lån\n"
    )
    found = names(text)
    for name in ("Rødby Havn", "Gelsted Vand", "Sydvestjyllands Brandvæsen", "Bjerringbro Fjernvarme"):
        assert name in found


def test_genitive_of_a_local_organisation_gives_its_base_name() -> None:
    found = names("Udvalget godkendte Skagen Havns budget for det kommende år.")
    assert "Skagen Havn" in found


def test_halls_schools_and_museums_that_apply_are_parties() -> None:
    text = (
        "Ansøgning - Kommunalt lån, Tarm Hallen Ansøgning - Kommunalt lån, Hvide Sande Idrætscenter. "
        "Vinderup Statsgymnasium søger om fritagelse for betaling. Budget for Den Selvejende "
        "institution Lemvig Museums drift blev godkendt."
    )
    found = names(text)
    assert "Tarm Hallen" in found
    assert "Vinderup Statsgymnasium" in found
    assert "Lemvig Museum" in found


def test_coordinated_centre_after_a_town_is_one_name() -> None:
    found = names("Der er søgt om tilskud, Sdr. Felding Kultur og Idrætscenter, og sagen behandles nu.")
    assert any(n.endswith("Kultur og Idrætscenter") for n in found)


def test_utility_word_before_a_place_or_point_of_the_compass() -> None:
    found = names("Tillæg til lokalplan for varmeværket, Energi Nord samt miljørapport. Fjernvarme Fyn - kommunegaranti.")
    assert "Energi Nord" in found and "Fjernvarme Fyn" in found


def test_landowners_association_and_auditors_by_their_head_word() -> None:
    text = "Deltagere:\nKaj Mortensen, Grundejerforeningen Klitrosen\nRevisor: Revisionsfirmaet Brandholm, statsautoriseret"
    found = names(text)
    assert "Grundejerforeningen Klitrosen" in found
    assert "Brandholm" in found  # the trade before the firm's own name is no part of it


def test_halls_village_hall_and_biogas_plant_of_a_place_are_parties() -> None:
    text = (
        "8. Aftale om lokaler med Skovby Hallerne\n"
        "9. Fornyet lejeaftale med Nørrelund Forsamlingshus\n"
        "10. Ekspropriation af jord til tilslutning af Vestrup Bioenergi\n"
    )
    found = names(text)
    for name in ("Skovby Hallerne", "Nørrelund Forsamlingshus", "Vestrup Bioenergi"):
        assert name in found


def test_a_village_hall_after_a_locative_is_the_venue() -> None:
    found = names("Generalforsamlingen holdes i Nørrelund Forsamlingshus torsdag aften.")
    assert "Nørrelund Forsamlingshus" not in found


def test_a_hall_or_harbour_after_a_locative_is_a_place() -> None:
    text = "Mødet blev holdt i Tarm Hallen, og bagefter spiste vi på Rødby Havn. Caféen i Nørre Nebel Idrætscenter lukker."
    found = names(text)
    assert not any(n.endswith(("Hallen", "Havn", "Idrætscenter")) for n in found)


def test_a_plan_for_a_harbour_names_a_place() -> None:
    found = names("Udviklingsplan 3.0 for Kolding Havn har været i høring i otte uger.")
    assert "Kolding Havn" not in found


def test_a_shopping_centre_is_no_party() -> None:
    found = names("13 Fremtidens campingplads, Rømø Butikscenter - overdragelse af butik")
    assert not any("Butikscenter" in n for n in found)


def test_common_word_before_a_head_word_is_no_local_name() -> None:
    found = names("Der er planer om en ny Havn i byen, og Forslag Havn blev ikke vedtaget.")
    assert not any(n.endswith("Havn") for n in found)


# --- names cut at the wrong place or glued to neighbours --------------------------------------

def test_for_name_stops_before_the_next_heading_of_a_run_on_line() -> None:
    text = (
        "Budgetopfølgning Udvalget for Sundhed og Omsorg Budgetforslag Udvalget for Sundhed og Omsorg "
        "Anlægsønske angående plejehjem. Mødeplan 2021 i Udvalget for Sundhed og Omsorg Evaluering af "
        "konferencen. Åbent Referat til Udvalget for Sundhed og Omsorg Mødedato: Onsdag den 3. marts"
    )
    found = names(text)
    assert found == ["Udvalget for Sundhed og Omsorg"]


def test_for_name_keeps_a_two_word_tail_before_a_verb() -> None:
    found = names("Udvalget for Bedre Trivsel tager orienteringen til efterretning.")
    assert "Udvalget for Bedre Trivsel" in found


def test_council_named_after_the_municipalitys_genitive() -> None:
    found = names("Planen blev vedtaget af Favrskov Kommunes Byråd i marts.")
    assert "Favrskov Kommunes Byråd" in found and "Byråd" not in found


def test_heading_noun_glued_before_a_one_word_body_is_cut() -> None:
    text = "5.\n\nBudgetomplaceringer Regionsrådet 14. maj 2021\n\nTitel Udvalg Funktioner\n"
    found = names(text)
    assert "Regionsrådet" in found
    assert not any(n.startswith(("Budgetomplaceringer", "Titel")) for n in found)


def test_adjective_before_a_council_stays() -> None:
    assert "Fælles Elevråd" in names("Mødet i Fælles Elevråd blev holdt i skolens kantine.")


def test_a_word_written_twice_is_kept_once() -> None:
    found = names("Afbud fra: Lene Holm, Bovia Bovia Boligcenter Aalborg, den 3. maj 2012")
    assert not any("Bovia Bovia" in n for n in found)


def test_coordinated_committee_with_an_unhyphenated_item() -> None:
    found = names("Der foreligger ny indstilling fra Klima, Natur, Trafik og Miljøudvalget i sagen.")
    assert "Klima, Natur, Trafik og Miljøudvalget" in found
    assert "Miljøudvalget" not in found


def test_list_of_definite_bodies_is_not_one_name() -> None:
    found = names("Borgerne kan henvende sig til Sundhedscentret, Træningen og Sygeplejeklinikken.")
    assert "Sygeplejeklinikken" in found
    assert not any("," in n for n in found)


def test_ministry_written_without_its_hyphen() -> None:
    found = names("Rapporten kommer fra Social og Indenrigsministeriet og blev offentliggjort i dag.")
    assert found == ["Social og Indenrigsministeriet"]


def test_agency_takes_its_region_after_it() -> None:
    found = names("Udtalelse til Tilsynet, Statsforvaltningen Syddanmark vedrørende tilskuddet.")
    assert "Statsforvaltningen Syddanmark" in found and "Statsforvaltningen" not in found


def test_association_name_stops_at_a_role() -> None:
    found = names("Inger Bak, Grundejerforeningen Klitgården Sommerhusområde Borgmester Poul Dam, Fanø Kommune")
    assert "Grundejerforeningen Klitgården Sommerhusområde" in found


# --- non-parties the model takes for names ----------------------------------------------------

def test_model_name_without_the_next_titles_noun() -> None:
    text = "Forslag til vedtægter for Nørrestrand Digelag Sammenlægning på kloakområdet Tilsyn med plejehjem"
    found = names(text, {"Nørrestrand Digelag Sammenlægning": "ORG"})
    assert "Nørrestrand Digelag" in found


def test_place_before_a_titles_noun_is_no_party() -> None:
    text = "Tilskud til koncerter i Sønderjylland Opsætning af skulpturer i midtbyen"
    assert names(text, {"Sønderjylland Opsætning": "ORG"}) == []


def test_file_labels_initials_and_headings_are_no_parties() -> None:
    text = (
        "3 12. Godkendelse af dagsorden Dok.nr.: 4410 Sagsid.: Initialer:\n"
        "Indsigelser vedrørende PL’s projekthøring i delområde C3\n"
        "2. GENNEMGANG AF SKITSEFORSLAGET\n"
        "Der er udarbejdet et Investeringskatalog for området.\n"
    )
    ents = {"Dok.nr": "ORG", "PL’s": "ORG", "SKITSEFORSLAGET": "ORG", "Investeringskatalog": "ORG"}
    assert names(text, ents) == []


def test_a_street_is_no_party() -> None:
    text = "Lokalplan for et boligområde ved Østre Ringvej - Skovvej er vedtaget."
    assert names(text, {"Østre Ringvej": "ORG"}) == []


# --- more names completed, and bodies written another way ------------------------------------

def test_council_and_committee_in_capitals_on_a_heading() -> None:
    text = "KOMMUNALBESTYRELSEN\n\nORDINÆRT MØDE tirsdag den 4. maj\n\n2 onsdag den 9. juni SOCIALUDVALGET Bemærkninger"
    found = names(text)
    assert "Kommunalbestyrelsen" in found and "Socialudvalget" in found


def test_capitals_of_a_common_word_give_no_body() -> None:
    assert names("BESLUTNING\n\nSAGSFREMSTILLING\n\nFORVALTNINGEN\n") == []


def test_two_headings_of_common_words_run_together_are_no_name() -> None:
    text = "Oplæg til Ældrepolitik Cykelstier langs landevejen - ansøgning om tilskud"
    assert names(text, {"Ældrepolitik Cykelstier": "ORG"}) == []


def test_unit_of_plain_words_from_the_model_stays() -> None:
    found = names("Sagen er forberedt af Regional Udvikling i samarbejde med kommunerne.", {"Regional Udvikling": "ORG"})
    assert "Regional Udvikling" in found


def test_unit_run_on_into_the_next_label() -> None:
    text = "Mødedato: Sagsansvarlig enhed: Natur, Vej og Park Sagsbehandler: Ida Krog Medlem"
    assert "Natur, Vej og Park" in names(text)


def test_capitalised_words_before_a_label_without_a_unit_label_are_no_unit() -> None:
    text = "Mødedato: 3. marts Gl. Rådhus, Mødesalen. Mødetidspunkt: 16:00"
    assert not any("," in n for n in names(text))


def test_initials_without_spaces_in_a_funds_name() -> None:
    found = names("Projektet støttes af Den C.F. Hansenske Mindefond i tre år.")
    assert "Den C.F. Hansenske Mindefond" in found


def test_acronym_listed_with_its_town() -> None:
    text = "Planen er et samarbejde mellem Nyborg Boligforening, NAB Nyborg, Nyborg Kommune og Landsbyggefonden."
    found = names(text)
    assert "NAB Nyborg" in found and "NAB" not in found


def test_advisory_committee_keeps_its_article_and_adjective() -> None:
    found = names("Ansøgningerne vurderes af Det Rådgivende Udvalg for Kystpuljen, som mødes i maj.")
    assert "Det Rådgivende Udvalg for Kystpuljen" in found


def test_agency_of_one_compound_word_in_lower_case() -> None:
    found = names("Tre sager blev sendt tilbage fra ankestyrelsen, og styrelsen bad om mere.")
    assert found == ["Ankestyrelsen"]


def test_party_written_without_its_article() -> None:
    text = "Aftalen er indgået af:\n • Socialdemokratiet\n • Konservative Folkeparti\n • Venstre\n"
    assert "Konservative Folkeparti" in names(text)


def test_housing_organisation_with_its_town_in_the_genitive() -> None:
    found = names("Boligselskabet deltager. Lejerbo Aalborgs mål for det boligsociale arbejde er klare.")
    assert "Lejerbo Aalborg" in found


def test_body_after_a_role_and_a_person_on_a_contact_line() -> None:
    text = "Adm. direktør Eva Lind, Direktionssekretær Kontaktperson Eva Lind Direktionssekretariatet Direkte tlf.: 1234"
    found = names(text)
    assert "Direktionssekretariatet" in found
    assert not any("Kontaktperson" in n for n in found)


def test_name_head_of_the_next_name_ends_no_name() -> None:
    text = "Rita Krog (F), formand for Teknik- og Miljøudvalget DVB Ølby Boligselskabet Nordsjælland\n"
    found = names(text)
    assert "Boligselskabet Nordsjælland" in found
    assert not any(n.endswith("Boligselskabet") for n in found)


def test_committee_whose_first_item_lacks_its_hyphen() -> None:
    text = (
        "Som led i politikken har Beskæftigelse og Integrationsudvalget udarbejdet en strategi. "
        "Beskæftigelses- og Integrationsudvalget godkender den. Byrådet og Økonomiudvalget mødes."
    )
    found = names(text)
    assert "Integrationsudvalget" not in found
    assert "Byrådet" in found and "Økonomiudvalget" in found


def test_municipality_and_housing_organisation_of_one_town_stay_two() -> None:
    found = names("Tilskud:\nHjørring Kommune og Hjørring Boligforening, Sønderparken: 0,8 mio. kr.\n")
    assert "Hjørring Kommune" in found and "Hjørring Boligforening" in found


def test_tail_of_a_coordinated_name_in_capitals_is_no_body() -> None:
    found = names("BESLUTNING I BØRNE- OG SKOLEUDVALGET DEN 3. MAJ\nGodkendt.")
    assert "Skoleudvalget" not in found


def test_home_named_by_its_street_is_no_organisation() -> None:
    found = names("Tilsynsrapport for Bofællesskabet Lindevej blev gennemgået af udvalget.")
    assert not any("Lindevej" in n for n in found)


def test_regional_genitive_before_a_fire_service() -> None:
    assert "Sydkystens Brandvæsen" in names("Udvalget drøftede samarbejdet med Sydkystens Brandvæsen om brandsyn.")


def test_municipality_named_head_first_as_in_greenland() -> None:
    found = names("Under besøget brugte Bodø Kommune og Kommuneqarfik Sermersooq dagen på at udveksle erfaringer.")
    assert "Kommuneqarfik Sermersooq" in found


def test_head_first_municipality_needs_a_proper_name_after_it() -> None:
    found = names("Kommune Nyt udkommer hver måned. Køge Kommune Byrådet mødes i aften.")
    assert not any(n.startswith("Kommune ") for n in found)


def test_company_name_with_small_lower_case_words_inside() -> None:
    found = names("Valg af medlemmer til bestyrelsen for selskabet Brød til alle Børn I/S blev udsat.")
    assert "Brød til alle Børn I/S" in found and "Børn I/S" not in found


def test_company_after_a_verb_and_a_preposition_keeps_its_own_start() -> None:
    found = names("Opgaven gik til Murer I/S i går, og Aftale med Vand A/S blev indgået.")
    assert "Murer I/S" in found and "Vand A/S" in found


def test_hall_joined_to_its_town_by_a_hyphen() -> None:
    found = names("Ansøgning fra Bording-Hallen om tilskud til nyt gulv. Kampen spilles i Give-Hallen.")
    assert "Bording-Hallen" in found and "Give-Hallen" not in found


def test_a_foundation_named_after_two_people_is_one_party() -> None:
    text = "Kong Olafs og Dronning Idas Fond giver 2 mio. kr. til lejrskoler for børn fra udsatte familier."
    assert names(text) == ["Kong Olafs og Dronning Idas Fond"]


def test_a_guild_named_by_its_place_is_a_party_without_the_model() -> None:
    text = (
        "Vi har nu fået pengene retur fra Skovsund Færgelaug, da beløbet var med i billetprisen.\n"
        "Støttepulje til initiativer i landsbyer - Nørholm Bylaug mødested og opholdsplads m.m.\n"
    )
    found = names(text)
    assert "Skovsund Færgelaug" in found
    assert "Nørholm Bylaug" in found
