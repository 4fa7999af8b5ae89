"""Roles with a scope (a named unit after "chef for" is no part of the title), adjectives kept before a
role, the nearer of two roles before a name, a role set off by a comma after a verb of saying, past
offices, roles after an age or an organisation in a relative clause, "<name> som <role>", a role in
brackets at the end of an attendance line, and small parties' letters after a name."""

from __future__ import annotations

from people_run import people


# --- scopes -----------------------------------------------------------------------------------------

def test_chef_for_a_named_unit_is_chef():
    found = people("Chef for Ældre og Omsorg Birthe Kragh Lassen indstiller, at udvalget godkender planen.\n")
    assert found["Birthe Kragh Lassen"].role == "chef"


def test_chef_in_apposition_before_a_named_centre():
    found = people("Deltagere fra forvaltningen:\nMarianne Toft Bech, Chef for Center for Beskæftigelse\n")
    assert found["Marianne Toft Bech"].role == "chef"


def test_chef_for_a_field_of_work_keeps_its_scope():
    found = people("Det fortæller chefen for presse og kommunikation i Kirkens Hjælp Ole Munk Rasmussen.")
    assert found["Ole Munk Rasmussen"].role == "chef for presse og kommunikation"


def test_saerlig_stays_before_the_role():
    found = people("Spørgsmål kan rettes til særlig rådgiver Kasper Holt Nørby på telefon 33 12 45 67.")
    assert found["Kasper Holt Nørby"].role == "særlig rådgiver"


# --- which role is the name's -----------------------------------------------------------------------

def test_nearer_role_after_a_link_wins():
    text = ("- Foreninger kan skrive til formanden for udvalget eller til direktøren for området, "
            "Søren Kjeldsen, siger hun.")
    found = people(text)
    assert found["Søren Kjeldsen"].role == "direktør"


def test_comma_after_role_behind_a_verb_of_saying():
    found = people("Pengene fordeles over tre år, fortæller formand, Tove Lindberg Dahl (R) og tilføjer, at alle kan søge.")
    assert found["Tove Lindberg Dahl"].role == "formand"
    assert found["Tove Lindberg Dahl"].party == "R"


def test_comma_after_role_in_a_list_is_no_role_before_a_name():
    found = people("Til stede: Hans Brix (V), formand, Lene Storm (A), Mikkel Ravn (C)\n")
    assert found["Lene Storm"].role is None


def test_former_office_keeps_its_former_word_in_the_role():
    found = people("Da den tidligere formand Yasmin Hadi Karimi er trådt ud af rådet, skal der vælges en ny.")
    assert "Yasmin Hadi Karimi" in found
    assert found["Yasmin Hadi Karimi"].role == "formand"  # the office she held


# --- roles after the name ---------------------------------------------------------------------------

def test_relative_clause_after_an_organisation():
    text = ("\"Vi skal tale om vandet\", siger Asger Lindholm fra Kyst- og Naturstyrelsen, der er formand for "
            "arbejdsgruppen.")
    assert people(text)["Asger Lindholm"].role == "formand"


def test_relative_clause_after_an_age():
    text = "Det er Camilla Juhl Brandt, 42, der som formand for fonden i dag kan fortælle om donationen."
    assert people(text)["Camilla Juhl Brandt"].role == "formand"


def test_name_som_role_after_an_election():
    text = ("Medlemmer: Grethe Vad, Ove Nyborg\n"
            "Ældrerådet valgte Grethe Vad som formand.\nÆldrerådet valgte Ove Nyborg som næstformand.\n")
    found = people(text, "Grethe Vad", "Ove Nyborg")
    assert found["Grethe Vad"].role == "formand"
    assert found["Ove Nyborg"].role == "næstformand"


def test_som_role_after_an_organisation_finds_no_person():
    found = people("Erling Bak Nielsen fra Danske Seniorer som ordstyrer.\n")
    assert "Danske Seniorer" not in found


def test_bracketed_role_at_the_end_of_the_line():
    text = ("Fra administrationen:\nTrine Holm Eskildsen, leder af Center for Socialpsykiatri\n"
            "Mona Friis Lauridsen, ansat i Center for Socialpsykiatri (referent)\n")
    found = people(text, "Trine Holm Eskildsen", "Mona Friis Lauridsen")
    assert found["Mona Friis Lauridsen"].role == "referent"
    assert "Socialpsykiatri" not in " ".join(found)


# --- parties of small lists -------------------------------------------------------------------------

def test_letters_of_small_parties_and_a_long_surname():
    text = ("Udvalget består af: Ruth Kamp (R), Ib Storm (S), Mads Ole Gram (AL), "
            "Lars Peter Munk Skotte (EL), Hans Bøg (K).")
    found = people(text)
    assert found["Mads Ole Gram"].party == "AL"
    assert found["Lars Peter Munk Skotte"].party == "EL"


# --- flattened headings and list items --------------------------------------------------------------

def test_heading_word_glued_before_a_name():
    text = ("Sagsfremstilling Indledning/Baggrund Helle Krogh Nissen, centerchef for Center for Digitalisering, "
            "orienterer om projektet.")
    found = people(text, "Baggrund Helle Krogh Nissen")
    assert "Helle Krogh Nissen" in found
    assert found["Helle Krogh Nissen"].role == "centerchef"
    assert not any(name.startswith("Baggrund") for name in found)


def test_room_name_glued_before_a_stand_in():
    found = people("Mødelokale 2, Pejsestuen Niels Ravn Bjerg deltog som suppleant for Ove Krag.", "Pejsestuen Niels Ravn Bjerg")
    assert "Niels Ravn Bjerg" in found


def test_common_words_only_are_no_model_name():
    text = "Udvalget Mødedato Side Oplæg til drøftelse af den nye strategi\n"
    assert people(text, "Udvalget Mødedato Side Oplæg") == {}


def test_party_letter_after_a_comma_on_a_list_item():
    text = ("Afbud:\n • Kirsten Holt Bang, F - Ulla Stæhr stedfortræder\n"
            " • Henning Rask, V - Jonna Friis stedfortræder\n")
    found = people(text, "Kirsten Holt Bang", "Henning Rask", "Ulla Stæhr", "Jonna Friis")
    assert found["Kirsten Holt Bang"].party == "F"
    assert found["Henning Rask"].party == "V"
    assert found["Ulla Stæhr"].party is None


def test_comma_letter_inside_a_sentence_is_no_party():
    found = people("Vi talte med Kirsten Holt Bang, I må gerne komme igen, sagde hun.", "Kirsten Holt Bang")
    assert found["Kirsten Holt Bang"].party is None


def test_role_after_a_colon_on_a_list_item():
    text = ("Deltagere:\n\n • Jonas Brink Holm: Kommunalbestyrelsesmedlem for Venstre\n"
            " • Sanne Lykke: Konsulent, Sekretariatet\n • Maj-Britt Bøgh: Blå Kors\n • Ole Friis: Røde Kors\n")
    found = people(text, "Jonas Brink Holm", "Sanne Lykke")
    assert found["Jonas Brink Holm"].role == "kommunalbestyrelsesmedlem"
    assert found["Sanne Lykke"].role == "konsulent"
    assert "Maj-Britt Bøgh" in found and "Ole Friis" in found
    assert found["Ole Friis"].role is None


# --- role words -------------------------------------------------------------------------------------

def test_planner_and_lawyer_are_roles():
    text = ("Fra forvaltningen deltog fuldmægtig Eskild Brun og planlægger Tove Riis og planlægger Ida Sejr.\n"
            "Visitationschef Poul Vang, koordinator Lis Holm og jurist Hanne Bøgh Lind deltager under punktet.\n")
    found = people(text, "Eskild Brun", "Tove Riis", "Ida Sejr", "Poul Vang", "Lis Holm", "Hanne Bøgh Lind")
    assert found["Tove Riis"].role == "planlægger"
    assert found["Ida Sejr"].role == "planlægger"
    assert found["Hanne Bøgh Lind"].role == "jurist"


def test_abbreviated_managing_director_after_an_acronym():
    found = people("Her ses adm. dir. i BO-NORD Ulrik Bang Holt ved indvielsen.")
    assert found["Ulrik Bang Holt"].role == "adm. dir."


def test_party_on_the_next_line_of_a_cell_list():
    text = "Fremmødte:\n\nGorm Lykke Hald\n\n(A)\n\nSidsel Bruun\n\n(V)\n\nFravær:\n"
    found = people(text, "Gorm Lykke Hald", "Sidsel Bruun")
    assert found["Gorm Lykke Hald"].party == "A"
    assert found["Sidsel Bruun"].party == "V"


def test_party_wrapped_onto_the_next_line_at_sentence_end():
    text = ("Nu kan vi tilbyde flere en bolig, de kan betale, siger formand for Boligudvalget Karen Østergaard\n"
            "(V). Projektet begynder i foråret.")
    found = people(text, "Karen Østergaard")
    assert found["Karen Østergaard"].party == "V"
    assert found["Karen Østergaard"].role == "formand"


def test_party_after_a_line_break_tag():
    text = "Medlemmer Esben Holt (V), Rune Dam Friis<br />\n\n(C), Tove Ask (A)<br />\n"
    found = people(text, "Esben Holt", "Rune Dam Friis", "Tove Ask")
    assert found["Rune Dam Friis"].party == "C"


def test_bracket_on_the_next_line_that_goes_on_is_no_party():
    text = "Det oplyser Gorm Lykke Hald\n(A) Ny plan for skolerne er på vej.\n"
    found = people(text, "Gorm Lykke Hald")
    assert found["Gorm Lykke Hald"].party is None


def test_party_below_a_role_cell():
    text = "Medlemmer af udvalget:\n\nGorm Lykke Hald\n\nFormand\n\n(A)\n\nSidsel Bruun\n\nNæstformand\n\n(V)\n"
    found = people(text, "Gorm Lykke Hald", "Sidsel Bruun")
    assert found["Gorm Lykke Hald"].party == "A"
    assert found["Gorm Lykke Hald"].role == "formand"
    assert found["Sidsel Bruun"].party == "V"


def test_second_role_of_an_apposition_is_not_the_next_persons():
    text = ("Fra byrådet: Arne Friis (A), formand for Teknikudvalget, mødeleder Ditte Holm Bang (V), "
            "formand for Skoleudvalget Fra forvaltningen: Ole Sand\n")
    found = people(text, "Arne Friis", "Ditte Holm Bang", "Ole Sand")
    assert found["Arne Friis"].role == "formand"
    assert found["Ditte Holm Bang"].role == "formand"


def test_grant_applicant_named_before_the_amount():
    text = ("Lokaludvalget bevilgede støtte til:\n\nLoppemarked på torvet fra Kirsten Dal Madsen: 12.000 kr.\n\n"
            "Koncert i parken fra Kulturhuset Lærkereden: 30.000 kr.\n")
    found = people(text)
    assert "Kirsten Dal Madsen" in found
    assert not any("Lærkereden" in name for name in found)


def test_a_later_fuller_form_of_the_role_wins():
    text = ("Det gælder også Rasmus Holt Friis, der er projektleder på byggeriet.\n"
            "\"Vi glæder os\", siger seniorprojektleder i Boligselskabet Rasmus Holt Friis.")
    assert people(text, "Rasmus Holt Friis")["Rasmus Holt Friis"].role == "seniorprojektleder"


def test_a_deputy_office_is_no_fuller_form():
    text = ("Lise Dahl Vang, der er formand for foreningen, åbnede mødet.\n"
            "Senere talte næstformand i bestyrelsen Lise Dahl Vang om regnskabet.")
    assert people(text, "Lise Dahl Vang")["Lise Dahl Vang"].role == "formand"


def test_a_firm_named_by_its_town_is_no_person_with_a_party():
    text = "Pkt. 7. Aftale med Holbæk Fjernvarme (B)\n\nSagen drejer sig om en aftale med Holbæk Fjernvarme.\n"
    assert "Holbæk Fjernvarme" not in people(text)


def test_a_person_with_a_first_name_and_a_party_stays():
    text = "Forslaget blev stillet af Anders Holbæk (B) på mødet.\n"
    assert people(text)["Anders Holbæk"].party == "B"


def test_role_verb_name_on_an_attendance_line():
    found = people("Referent var Ole Brun Sørensen fra sekretariatet.\nOrdstyrer blev Kirsten Vang Holt.\n")
    assert found["Ole Brun Sørensen"].role == "referent"
    assert found["Kirsten Vang Holt"].role == "ordstyrer"


def test_role_verb_firm_is_no_person():
    found = people("Arkitekt er Vandkunsten Tegnestue, og bygherre er boligselskabet.\n")
    assert found == {}


def test_who_served_as_chair_of_the_meeting():
    found = people("Mødet blev ledet af Eva Holm Friis, der fungerede som mødeleder.", "Eva Holm Friis")
    assert found["Eva Holm Friis"].role == "mødeleder"


def test_the_one_succeeded_does_not_take_the_new_role():
    text = "Bo Dam Lund (V) afløser Eva Holm Friis (A) som formand for udvalget fra januar."
    found = people(text, "Bo Dam Lund", "Eva Holm Friis")
    assert found["Eva Holm Friis"].role is None
