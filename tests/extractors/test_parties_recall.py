"""Parties: recall rules for organisations named by their context (party_recall.py)."""

from __future__ import annotations

from entity_views import party_names as names


def test_municipality_owning_its_work_is_a_party_after_a_locative() -> None:
    assert "Fanø Kommune" in names("Pengene går til Fanø Kommunes arbejde med ensomme ældre i vinter.")
    assert "Ikast-Brande Kommune" in names("Tallene indgår i Ikast-Brande Kommunes årsrapport for sidste år.")


def test_municipality_as_a_place_or_a_share_stays_out() -> None:
    assert "Fanø Kommune" not in names("Der bor flere børnefamilier i Fanø Kommune end før.")
    assert "Fanø Kommune" not in names("Hver femte bolig ligger i Fanø Kommunes sydlige del.")
    assert "Fanø Kommune" not in names("Cykelstien løber til Fanø Kommunes grænse ved åen.")


def test_municipality_employing_a_named_role_is_a_party() -> None:
    # named twice: a municipality named once, only as the employer, is the person's attribute
    # (see test_parties_round5_families)
    text = ("Projektet glæder Lone Berg, der er chef for Sundhed og Omsorg i Lemvig Kommune. "
            "Hun venter resultater til sommer, når projektet er afsluttet i Lemvig Kommune.")
    assert "Lemvig Kommune" in names(text)


def test_short_alias_yields_to_the_full_name_written_in_the_text() -> None:
    text = ("Region H åbner ny akutklinik\n"
            "Region Hovedstaden har besluttet at åbne en akutklinik i Hillerød til foråret.")
    found = names(text)
    assert "Region Hovedstaden" in found
    assert "Region H" not in found


def test_village_name_that_looks_like_a_compound_leads_the_housing_company() -> None:
    text = ("Ansøgning om nedrivning - Hornslet Boligselskabs afdeling 4 Ansøgning fra "
            "Sevel Boligselskab om skema A")
    found = names(text)
    assert "Sevel Boligselskab" in found
    assert "Hornslet Boligselskab" in found


def test_brand_of_a_common_word_and_a_compass_word() -> None:
    text = "Støtten gik til FrivilligNord, som driver et netværk for pårørende i byen."
    assert "FrivilligNord" in names(text)
    assert names("Se mere under BeslutningGodkendt i referatet.") == []


def test_single_common_word_named_by_its_kind_of_company() -> None:
    text = "Fonden ejer også forsikringsselskabet Hjem, der har kontor i Vejle."
    assert "Hjem" in names(text)
    assert "Hjem" not in names("Vi ønsker et godt hjem for alle. Hjem er mere end fire vægge.")


def test_grant_named_after_its_founder_with_spaced_initials() -> None:
    text = "Punkt 4. Uddeling af portioner fra H. P. Kjærs Legat til unge lærlinge i kommunen."
    assert "H. P. Kjærs Legat" in names(text)


def test_fund_owned_by_a_named_bank_keeps_its_owner() -> None:
    text = "Klubben modtog et tilskud fra Andelskassen Østjyllands fond til nye trøjer."
    found = names(text)
    assert "Andelskassen Østjyllands fond" in found
    assert "Andelskassen Østjylland" not in found


def test_common_words_before_a_fund_word_make_no_fund() -> None:
    assert names("Der er søgt om Ekstra Tilskud og Ny Støtte fra en lokal fond.") == []
    assert names("Hun takkede for det store legat, som ingen havde set før.") == []


def test_company_endings_no_list_held() -> None:
    text = ("Grunden sælges til Nordhavn Ejendomme, og byggeriet udføres af K.L Vestby Byggeselskab. "
            "Lån gives af Lokale Sparekasse.")
    found = names(text)
    assert "Nordhavn Ejendomme" in found
    assert "K.L Vestby Byggeselskab" in found
    assert "Lokale Sparekasse" in found
    assert names("Kommunen har solgt tre Ejendomme i år.") == []


def test_partners_after_a_word_for_collaboration() -> None:
    text = ("Konferencen holdes i samarbejde mellem LBR Odder og LBR Skanderborg. Sagen omfatter en "
            "partnerskabsaftale mellem Region Midtjylland samt VIA University College og Aarhus Tech.")
    found = names(text)
    for name in ("LBR Odder", "LBR Skanderborg", "VIA University College", "Aarhus Tech"):
        assert name in found


def test_collaboration_partners_that_are_no_organisation_stay_out() -> None:
    text = ("Indsatsen sker i samarbejde med Bo Hansen og Grenaa samt A-kasserne. Projektet drives i "
            "samarbejde med Landdistriktspuljen og Ny Plan.")
    found = names(text)
    for name in ("Bo Hansen", "Grenaa", "A-kasserne", "Landdistriktspuljen", "Ny Plan"):
        assert name not in found


def test_foreign_organisation_by_its_ending() -> None:
    text = "Aftalen betyder, at Jugendverband hjælper familier syd for grænsen med rådgivning."
    assert "Jugendverband" in names(text)


def test_brand_led_by_a_linking_form() -> None:
    assert "UngeLinjen" in names("Kommunen giver også penge til f.eks. UngeLinjen i år.")


def test_article_led_name_that_acts() -> None:
    text = "Boligerne bygges på Skolevej, hvor Det Lokale Værksted ejer grunden i dag."
    assert "Det Lokale Værksted" in names(text)
    assert "Den Nye Bydel" not in names("Planen viser, hvor Den Nye Bydel ejer flest p-pladser.")


def test_listed_brand_with_an_inner_capital_written_with_one_capital() -> None:
    assert "Kommunekredit" in names("Lånet optages i Kommunekredit med fast rente.")


def test_housing_organisation_owning_a_department_or_a_project() -> None:
    text = ("Ansøgning om huslejestigning i Almene Boligbyggeris afd. 7. Derudover er der Hedebos projekt "
            "ved stationen og Nordby Bolig Service's planer. Sidst kommer Østkyst Bolig Administrations "
            "byggeri i Havnebyen.")
    found = names(text)
    assert "Almene Boligbyggeri" in found
    assert "Hedebo" in found
    assert "Østkyst Bolig Administration" in found


def test_kind_of_home_owning_nothing_is_no_housing_organisation() -> None:
    found = names("Ungdomsboligs afdeling og Ældreboligs projekt blev nævnt, men Skolevejs beboere klagede.")
    assert found == []


def test_firm_visited_is_a_company_even_with_a_personal_name() -> None:
    text = "Formanden fortalte om et virksomhedsbesøg hos K.B. Holm i sidste uge. Til efterretning."
    assert "K.B. Holm" in names(text)


def test_region_no_list_holds_named_outside_a_locative() -> None:
    assert "Region Halland" in names("Kommunen indgår aftale med Region Halland om færgen.")
    assert "Region Halland" not in names("Mange pendler dagligt til arbejde i Region Halland.")


def test_municipality_genitive_before_a_compound_for_its_land_stays_a_place() -> None:
    assert "Fanø Kommune" not in names("Bussen kører sjældent i Fanø Kommunes yderområder om vinteren.")


def test_donor_after_a_word_for_support() -> None:
    text = ("Festen er støttet af Vestby Rotary og Lokalfonden Nord, mens tilskud fra Puljen til Små "
            "Projekter mangler.")
    found = names(text)
    assert "Vestby Rotary" in found
    assert "Puljen" not in found


def test_partner_whose_name_goes_on_after_for_is_not_cut() -> None:
    found = names("Det sker i et samarbejde mellem Nordby Kommune og Sekretariatet for Grønne Byer.")
    assert "Sekretariatet" not in found


def test_municipality_owning_a_capitalised_plan_is_the_party_not_the_plan() -> None:
    found = names("Udvalget drøftede Kolding Kommunes Spildevandsplan 2024 og sendte den i høring.")
    assert "Kolding Kommune" in found
    assert not any("Spildevandsplan" in name for name in found)
    found = names("Af Fanø Kommunes Regulativ for vintertjeneste fremgår, at stierne ryddes først.")
    assert "Fanø Kommune" in found
    assert not any("Regulativ" in name for name in found)


def test_municipality_council_named_by_its_genitive_stays_a_unit() -> None:
    assert "Egedal Kommunes Byråd" in names("Sagen blev behandlet af Egedal Kommunes Byråd i marts.")


def test_municipality_receiving_a_case_sent_on_is_a_party() -> None:
    text = "Ansøgningen er nu færdigbehandlet i udvalget og oversendes derefter til Tønder Kommune til godkendelse."
    assert "Tønder Kommune" in names(text)
    assert "Tønder Kommune" not in names("Familien flyttede sidste år til Tønder Kommune fra Aabenraa.")


def test_committee_compound_keeps_its_capitalised_for_field() -> None:
    text = "Udvalget godkendte anbefalingerne fra Styringsudvalget for Digitalisering og Velfærdsteknologi i går."
    found = names(text)
    assert "Styringsudvalget for Digitalisering og Velfærdsteknologi" in found
    assert "Styringsudvalget" not in found


def test_committee_compound_before_a_lowercase_phrase_stays_short() -> None:
    found = names("Økonomiudvalget for perioden 2022-2025 holder sit første møde i januar.")
    assert not any(" for " in name for name in found)


def test_board_set_up_for_a_region_keeps_the_region_in_its_name() -> None:
    found = names("Byrådet udpeger et nyt medlem til Klagenævnet Midtjylland for resten af perioden.")
    assert "Klagenævnet Midtjylland" in found and "Klagenævnet" not in found
    found = names("Sagen er sendt videre til Ankenævnet i Region Sjælland, som svarer i maj.")
    assert "Ankenævnet i Region Sjælland" in found


def test_clubs_federations_and_deaneries_named_by_their_ending() -> None:
    assert "Tarup Rideklub" in names("14. Tarup Rideklub - ansøgning om lån til ny ridehal\n")
    assert "Grundejersammenslutningen" in names("Deltagere: Bo Holm - Grundejersammenslutningen\n\nIb Lund - Grundejerforbundet\n")
    found = names("Budgettet bygger på Nordby Provstis og Vestby Provstis fremsendte budgetter for kirkerne.")
    assert "Nordby Provsti" in found and "Vestby Provsti" in found


def test_a_lowercase_club_is_no_name() -> None:
    assert names("Børnene går i ungdomsklubben efter skole, og klubben holder åbent til kl. 21.") == []


def test_link_imperative_before_a_name_is_no_part_of_it() -> None:
    found = names("Regeringen har udpeget to nye ministre.\n\nLæs Statsministeriets pressemeddelelse her.\n")
    assert "Statsministeriet" in found and not any(name.startswith("Læs") for name in found)


def test_capitalised_name_before_a_lowercase_kind_noun_is_one_party() -> None:
    text = (
        "Foreningen er blevet medlem af Dansk havedyrkerforening i år. "
        "Lokalrådet støtter Vestrup spejderne med 1.500 kr. til juletræet. "
        "Der skal rettes henvendelse til SV forsyning om ledningerne. "
        "Vi inviterer repræsentanter fra Skovby & Nørrelund lokalråd til næste møde."
    )
    found = names(text)
    for name in ("Dansk havedyrkerforening", "Vestrup spejderne", "SV forsyning", "Skovby & Nørrelund lokalråd"):
        assert name in found


def test_common_word_or_first_name_before_a_lowercase_kind_noun_is_no_name() -> None:
    found = names("Vi talte om, at Hver forening skal svare, og at Anne spejderne ikke kom.")
    assert not any(n.endswith(("forening", "spejderne")) for n in found)


def test_coordinated_unit_after_a_preposition_of_dealing_is_a_party() -> None:
    text = (
        "Afdelingerne udarbejder i samarbejde med Løn og Personale tre opfølgninger om året. "
        "Beslutning fra Natur, Vand og Teknik, 3. maj 2022, pkt. 12. "
        "Skilte kan lånes af Vej og Grønt, hvis man spørger i god tid. "
        "Punkt 4: Leje af lokaler til Digitalisering og IT."
    )
    found = names(text)
    for name in ("Løn og Personale", "Natur, Vand og Teknik", "Vej og Grønt", "Digitalisering og IT"):
        assert name in found


def test_coordinated_nouns_as_a_field_bodies_places_or_plans_are_no_unit() -> None:
    text = (
        "Direktøren for Børn og Kultur indstiller sagen. Sagen behandles i Økonomiudvalget og Byrådet. "
        "Endelig vedtagelse af Lokalplan og Kommuneplantillæg nr. 3. Der bygges boliger i Vestrup og Skovby. "
        "Afbud fra Lisbeth og Rasmus."
    )
    found = names(text)
    assert not any(" og " in n for n in found)


def test_name_with_a_lowercase_adjective_or_og_omegns_inside_is_one_party() -> None:
    text = (
        "Regnskab for Vestrup almennyttige Boligselskab blev godkendt. "
        "Afgørelser fra Det sociale Nævn blev taget til efterretning. "
        "Skovby og omegns Borgerforening fik 4.000 kr. til legepladsen."
    )
    found = names(text)
    for name in ("Vestrup almennyttige Boligselskab", "Det sociale Nævn", "Skovby og omegns Borgerforening"):
        assert name in found


def test_common_word_before_a_lowercase_adjective_makes_no_name() -> None:
    found = names("Kommunens nye Ældreråd mødes i morgen, og Byens lokale Handelsforening deltager.")
    assert not any(n.startswith(("Kommunens", "Byens")) for n in found)


def test_foundation_named_by_a_lowercase_purpose_and_a_network_by_its_members() -> None:
    found = names("Pengene kommer fra Fonden for grønne landsbyer. Hun arbejder i Netværket for Elevråd (NFE), der rådgiver.")
    assert "Fonden for grønne landsbyer" in found and "Netværket for Elevråd" in found


def test_adverbial_for_phrase_after_a_body_is_no_name() -> None:
    found = names("Det oplyste Fonden for nylig. Udvalget for første gang i år holdt møde.")
    assert not any(" for " in n for n in found)


def test_coordinated_unit_opening_a_sentence_with_a_verb_of_its_work_is_a_party() -> None:
    found = names("Indstilling\n\nBy og Miljø indstiller til udvalget, at planen godkendes.\n\n"
                  "Sagsfremstilling\n\nKultur og Fritid forventer et merforbrug på 2 mio. kr.")
    assert "By og Miljø" in found and "Kultur og Fritid" in found
    assert "Lolland og Falster" not in names("Lolland og Falster samarbejder om turisme i sommer.")


def test_listed_agency_or_fund_written_in_lower_case_is_a_party() -> None:
    found = names("Midlerne skal styrke arbejdet i kriminalforsorgen. Budgettet er sendt til landsbyggefonden.")
    assert "Kriminalforsorgen" in found and "Landsbyggefonden" in found
    assert not names("Pengene kommer fra satspuljen og fra fonden, og tilsynet følger op.")
