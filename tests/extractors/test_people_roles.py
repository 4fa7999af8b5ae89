"""People on attendance lines and in running text: roles before and after names, inflected and
plural roles, scopes after "for", party letters from genitives and written-out party names, names
grown over first names and list lines, and model names that are no persons."""

from __future__ import annotations

from socdoc.extractors.people import find_people
from socdoc.normalize import normalize

from people_run import people


ATTENDANCE = (
    "Mødedeltagere:\n"
    "Borgmester Lone Fisker (formand)\n"
    "Jesper Kragh\n"
    "Nilufar Aydin\n"
    "Tove Brink Lauridsen (fraværende)\n"
    "\n"
    "Øvrige deltagere:\n"
    "Politiinspektør Karen Holt\n"
    "Repræsentant for Boligforeningen Lyngen Dorte Hjelm\n"
    "Repræsentant for FSB og Lyngby Boligselskab Maria Bøgh\n"
    "Repræsentant fra Ungdomsskolen Murat Kaya\n"
    "Borgerrepræsentanter Rabia Demir, Heidi Holm og Preben Bach\n"
    "\n"
    "Fra administrationen\n"
    "Direktør for Social og Sundhed Lisbet Krogh\n"
    "Afdelingsleder for Unge og Familie René Lund\n"
    "Konsulent for tryghed og nattevandring Brian Dahl\n"
)


def test_roles_before_names_on_an_attendance_list() -> None:
    found = people(ATTENDANCE, "Lone Fisker", "Jesper Kragh", "Brink Lauridsen")
    assert found["Karen Holt"].role == "politiinspektør"
    for name in ("Dorte Hjelm", "Maria Bøgh", "Murat Kaya"):
        assert found[name].role == "repræsentant"
    for name in ("Rabia Demir", "Heidi Holm", "Preben Bach"):
        assert found[name].role == "borgerrepræsentant"
    assert found["Lisbet Krogh"].role == "direktør"
    assert found["René Lund"].role == "afdelingsleder"
    assert found["Brian Dahl"].role == "konsulent"
    assert not any("Lyngen" in name or "Boligselskab" in name or "Ungdomsskolen" in name for name in found)


def test_name_lines_in_a_list_and_names_grown_to_the_line_start() -> None:
    found = people(ATTENDANCE, "Lone Fisker", "Jesper Kragh", "Brink Lauridsen")
    assert "Nilufar Aydin" in found  # no model name, no known first name: the list holds it
    assert "Tove Brink Lauridsen" in found and "Brink Lauridsen" not in found


def test_organisation_the_parties_found_ends_before_the_name() -> None:
    text = "Opkaldet kom til chefen for fundraising og partnerskaber i Red Barnet Steffen Ravn Holm."
    found = people(text, blocked=("Red Barnet",))
    assert found["Steffen Ravn Holm"].role == "chef for fundraising og partnerskaber"


def test_scope_after_for_kept_only_where_it_is_the_title() -> None:
    text = "Det siger minister for by, bolig og landdistrikter Ulla Brix."
    assert people(text)["Ulla Brix"].role == "minister for by, bolig og landdistrikter"
    text = "Det siger formand for Social- og Arbejdsmarkedsudvalget Birthe Kjær (SF)."
    assert people(text)["Birthe Kjær"].role == "formand"
    text = "Med på mødet var konsulent for proaktiv indsats Ulla Riis."
    assert people(text)["Ulla Riis"].role == "konsulent"
    text = "Centerchef Charlotte Berg, Center for Sundhed, og leder af Tandplejen Bodil Marie Gram deltager."
    found = people(text)
    assert found["Charlotte Berg"].role == "centerchef" and found["Bodil Marie Gram"].role == "leder"


def test_definite_and_plural_roles() -> None:
    found = people("Debattøren Nadia Karimi skriver i avisen, og politiker Mette Kjær svarer.")
    assert found["Nadia Karimi"].role == "debattør" and found["Mette Kjær"].role == "politiker"
    found = people("Her har socialrådgiverne Sara Mølgaard og Peter Lund Friis træffetid hver tirsdag.")
    assert found["Sara Mølgaard"].role == found["Peter Lund Friis"].role == "socialrådgiver"


def test_a_plural_role_far_before_a_name_does_not_take_it() -> None:
    text = (
        "Vi har sat midler af til ekstra pædagoger i de klubber, hvor mange sårbare unge kommer, "
        "fortæller børne- og socialminister Lise Dam (V)."
    )
    person = people(text)["Lise Dam"]
    assert person.role == "børne- og socialminister" and person.party == "V"


def test_roles_in_relative_clauses_and_after_som() -> None:
    found = people(
        "Jan Mørk (Ø) var som gruppeformand inviteret til mødet.\n"
        "- Vi glæder os, siger Eva Lund, der er bestyrelsesmedlem i fonden."
    )
    assert found["Jan Mørk"].role == "gruppeformand" and found["Jan Mørk"].party == "Ø"
    assert found["Eva Lund"].role == "bestyrelsesmedlem"


def test_ordinal_titles_and_substitutes_from_a_list() -> None:
    text = "Byrådet godkendte, at 2. viceborgmester Hans Ole Juhl (V) deltager. 1. suppleant på liste C, Kim Toft, indkaldes."
    found = people(text)
    assert found["Hans Ole Juhl"].role == "viceborgmester"
    assert (found["Kim Toft"].role, found["Kim Toft"].party) == ("suppleant", "C")


def test_party_from_a_genitive_and_from_a_written_out_name() -> None:
    found = people("SF's gruppeformand Jacob Mark kalder det godt, mens Venstres ordfører Hans Berg er imod.")
    assert (found["Jacob Mark"].role, found["Jacob Mark"].party) == ("gruppeformand", "SF")
    assert (found["Hans Berg"].role, found["Hans Berg"].party) == ("ordfører", "V")
    text = "For stemte: Bo Hvid (A), Knud Lund Rasmussen (Frie Liberale), Eva Berg (V)"
    found = people(text, "Bo Hvid", "Knud Lund Rasmussen", "Frie Liberale", "Eva Berg")
    assert found["Knud Lund Rasmussen"].party == "Frie Liberale"
    assert "Frie Liberale" not in found


def test_initials_and_cut_names_in_a_member_list() -> None:
    text = "Medlemmer: | Aksel Hansen Bruun, H. Kristian Holm, Anne Marie Kjeldgaard |"
    found = people(text, "Aksel Hansen Bruun", "Kristian Holm", "Anne Marie")
    assert {"Aksel Hansen Bruun", "H. Kristian Holm", "Anne Marie Kjeldgaard"} <= set(found)
    assert "Anne Marie" not in found


def test_genitive_name_joins_the_person() -> None:
    text = "Chefen for fundraising Steffen Ravn Holm tog telefonen. Nummeret var ikke i Steffen Ravn Holms kalender."
    found = people(text, "Ravn Holms")
    assert list(found) == ["Steffen Ravn Holm"] and len(found["Steffen Ravn Holm"].mentions) == 2


def test_model_names_that_are_no_persons() -> None:
    text = (
        "Print Friendly, PDF & Email\n\n"
        "Mødelokale Skovbrynet, Rådhuset, 1. sal\n"
        "10. Kapacitet i Dagtilbudsdistrikt Engvang\n"
        "2. Status på Sund By Strategi (Bilag 2)\n"
        "Pengene kommer fra Grethe & Poul Vinds’ Almennyttige Legat.\n"
        "Skolen Lege og Lære Huset åbner i Øster Hurup.\n"
    )
    names = ("Print Friendly", "Mødelokale Skovbrynet", "Dagtilbudsdistrikt Engvang", "Sund By Strategi",
             "Poul Vind", "Lære Huset", "Øster Hurup")
    assert people(text, *names) == {}


def test_a_model_name_with_an_unknown_first_name_is_kept_when_the_text_supports_it() -> None:
    text = "- Vi har brug for flere mentorer, siger Sevim Karakaya. Karakaya har selv boet i området i 20 år."
    assert "Sevim Karakaya" in people(text, "Sevim Karakaya")
    text = "Nurten Kaplan (A)\nSerkan Dogru\n"
    assert {"Nurten Kaplan", "Serkan Dogru"} <= set(people(text))


def test_letter_beside_the_name_wins_over_the_party_genitive() -> None:
    person = people("Socialdemokratiets gruppeformand Anders Kold (A) roser aftalen.")["Anders Kold"]
    assert (person.role, person.party) == ("gruppeformand", "A")


def test_substitute_named_after_som_role_and_verb() -> None:
    text = (
        "Karen Vig (V) havde meldt afbud. Som stedfortræder mødte Ole Brink (V).\n"
        "Lis Dam (A) var indkaldt som stedfortrædere for gruppen.\n"
    )
    found = people(text)
    assert found["Ole Brink"].role == "stedfortræder"
    assert found["Lis Dam"].role == "stedfortræder"
    assert found["Karen Vig"].role is None


def test_role_in_parentheses_on_a_run_on_staff_line() -> None:
    text = "Desuden til stede: Mads Krogh Birthe Lauesen Holm Nina Wulff (referent) Tove Rask\n"
    found = people(text, "Nina Wulff")
    assert found["Nina Wulff"].role == "referent"
    assert not any("Holm Nina" in name for name in found)


def test_contact_block_role_after_blank_line() -> None:
    text = "Kontakt\n\nMarianne Thygesen\n\nRedaktionschef\nmt@eksempel.dk\n\nJonas Lykke\n\nSkribent\njl@eksempel.dk\n"
    found = people(text)
    assert found["Marianne Thygesen"].role == "redaktionschef"
    assert found["Jonas Lykke"].role == "skribent"


def test_one_plural_role_for_a_list_of_names() -> None:
    found = people("Aftalen blev underskrevet af borgmestrene Lise Kragh, Tom Vestergaard og Ib Mølgaard i går.")
    assert {n: p.role for n, p in found.items()} == {
        "Lise Kragh": "borgmester", "Tom Vestergaard": "borgmester", "Ib Mølgaard": "borgmester"}
    found = people("Brevet bag kravet har fire rådmænd: Eva Storm (A), Jens Kure (V), Ali Demir (F).")
    assert {n: (p.role, p.party) for n, p in found.items()} == {
        "Eva Storm": ("rådmand", "A"), "Jens Kure": ("rådmand", "V"), "Ali Demir": ("rådmand", "F")}


def test_members_header_with_colon_is_no_role() -> None:
    found = people("Medlemmer: Lone Birk (A), Kurt Strand (V), Sanne Holt (C)\n")
    assert all(p.role is None for p in found.values())


def test_speaker_headings_under_a_counted_plural_role() -> None:
    text = (
        "I denne uge svarer 40 borgmestre på, hvordan budgettet hænger sammen.\n\n"
        "Aabenraa – Tove Lindberg (V):\n\nVi må skære i vejvedligeholdelsen.\n\n"
        "Billund – Hans Overgaard (S):\n\nDet er for tidligt at sige.\n\n"
        "Egedal – Maja Friis (K):\n\nVi holder fast i skolerne.\n"
    )
    found = people(text)
    assert {n: (p.role, p.party) for n, p in found.items()} == {
        "Tove Lindberg": ("borgmester", "V"), "Hans Overgaard": ("borgmester", "S"), "Maja Friis": ("borgmester", "K")}


def test_speaker_headings_without_a_counted_role_get_none() -> None:
    text = (
        "Vi har talt med nogle af deltagerne.\n\n"
        "Aabenraa – Tove Lindberg:\n\nDet var en god dag.\n\n"
        "Billund – Hans Overgaard:\n\nJeg kommer igen.\n\n"
        "Egedal – Maja Friis:\n\nGodt arrangeret.\n"
    )
    assert all(p.role is None for p in people(text).values())


def test_role_line_above_a_name_line() -> None:
    text = "Med venlig hilsen\n\nBorgmester\nHenriette Lund\nTlf. 12 34 56 78\n"
    assert people(text)["Henriette Lund"].role == "borgmester"
    text = "Kontakt\n\nOle Vinther\nPressechef\nPia Skov\nKonsulent\n"
    found = people(text)
    assert found["Ole Vinther"].role == "pressechef"
    assert found["Pia Skov"].role == "konsulent"


def test_role_after_a_dash_on_a_flattened_member_line() -> None:
    text = "Fraværende Kim Bach Suppleant Medlemmer Ane Lyng (C) - Formand Per Moos (V) Kim Bach (A) Sif Hald (O)\n"
    found = people(text, "Ane Lyng", "Per Moos", "Kim Bach", "Sif Hald")
    assert found["Ane Lyng"].role == "formand"
    assert found["Per Moos"].role is None


def test_stand_in_for_someone_is_not_their_role() -> None:
    text = "12. Indkaldelse af stedfortræder for Rasmus Lykke Holm\n\nRasmus Lykke Holm (B) har søgt orlov.\n"
    assert people(text)["Rasmus Lykke Holm"].role is None


def test_acronym_genitive_before_role_and_comma() -> None:
    text = "Vi skal have en aftale nu, siger KL’s formand, Birgitte Enevold."
    assert people(text)["Birgitte Enevold"].role == "formand"


def test_roles_before_names_in_a_comma_separated_attendance_line() -> None:
    text = ("Til stede: Politikommissær Jonas Brandt, Repræsentant for Engparken Susanne Vind, "
            "Boligsocial leder Anja Krog, Klubleder Mikkel Falk\n")
    found = people(text)
    assert found["Jonas Brandt"].role == "politikommissær"
    assert found["Susanne Vind"].role == "repræsentant"  # not the next person's "Boligsocial leder"
    assert found["Mikkel Falk"].role == "klubleder"


def test_the_first_item_tells_whether_roles_stand_before_or_after_names() -> None:
    text = "Deltagere: Klubleder Gitte Lauesen, Afdelingsleder Jens Holmgaard, Sekretær Hanne Bruun"
    found = people(text)
    assert found["Gitte Lauesen"].role == "klubleder"
    assert found["Jens Holmgaard"].role == "afdelingsleder"
    text = "Til stede: Gitte Lauesen, Formand Jens Holmgaard, Næstformand Hanne Bruun Kim Lykke"
    found = people(text, "Gitte Lauesen", "Jens Holmgaard", "Hanne Bruun")
    assert found["Gitte Lauesen"].role == "formand"  # a PDF list with each role after its name
    assert found["Jens Holmgaard"].role == "næstformand"
    text = "Gitte Lauesen, formand for Lejerforeningen Solsiden, åbnede mødet."
    assert people(text, "Gitte Lauesen")["Gitte Lauesen"].role == "formand"


def test_role_in_its_own_brackets_after_the_party_letter() -> None:
    text = ("Fremmødte:\n  • Hanne Vestergaard (A) (borgmester) - Deltog\n"
            "  • Ulrik Dam (V) (2. viceborgmester) - Deltog\n  • Bo Kirk (F) - Afbud\n")
    found = people(text)
    assert (found["Hanne Vestergaard"].role, found["Hanne Vestergaard"].party) == ("borgmester", "A")
    assert (found["Ulrik Dam"].role, found["Ulrik Dam"].party) == ("viceborgmester", "V")
    assert found["Bo Kirk"].role is None


def test_numbered_vice_chairs_and_a_space_before_the_comma() -> None:
    text = "Medlemmer:\nSara Holt (C), 1. næstformand- afbud\nOle Krag (Ø), 2. næstformand\n"
    found = people(text)
    assert found["Sara Holt"].role == "næstformand" and found["Ole Krag"].role == "næstformand"
    found = people("Deltog fra forvaltningen:\nMette Lind Nørgaard , Chef\n", "Mette Lind Nørgaard")
    assert found["Mette Lind Nørgaard"].role == "chef"


def test_abbreviated_caseworker_label() -> None:
    found = people("Journalnr.: 24/1188      Sagsbeh.: Rune Dalsgaard\n")
    assert found["Rune Dalsgaard"].role == "sagsbehandler"


def test_party_name_before_a_hyphenated_role() -> None:
    found = people("Venstre-borgmester Knud Aagaard i Ikast er glad for aftalen.")
    assert found["Knud Aagaard"].role == "borgmester"


def test_name_after_the_organisation_and_a_comma() -> None:
    text = "”Det virker,” sagde formanden for Det Konservative Folkeparti, Lis Dahl, til avisen."
    found = people(text)
    assert "Det Konservative Folkeparti" not in found
    assert found["Lis Dahl"].role == "formand"


def test_photo_credit_with_a_first_name_is_a_person() -> None:
    found = people("Foto: Jonas Vestergaard / Bydelen set fra syd.\nFoto: Vejle Kommune.\n")
    assert "Jonas Vestergaard" in found and found["Jonas Vestergaard"].role is None
    assert "Vejle Kommune" not in found


def test_initials_in_brackets_are_no_party_letters() -> None:
    text = ("Til stede var: Vibeke Lund (VL), Jens Ravn (JR), Signe Fogh (SF), Aksel Bro (AB) "
            "Afbud: Kirsten Dahl Mødet sluttede kl. 17.")
    found = people(text)
    assert {"Vibeke Lund", "Jens Ravn", "Signe Fogh", "Aksel Bro"} <= set(found)
    assert "Kirsten Dahl Mødet" not in found
    assert found["Signe Fogh"].party is None  # initials S. F., not Socialistisk Folkeparti
    found = people("Til stede: Signe Fogh (SF), Ole Vang (V)")
    assert found["Signe Fogh"].party == "SF"  # no list of initials: a party letter


def test_genitive_surname_before_a_noun() -> None:
    found = people("12. Byrådsmedlem Palle Kristensens (C) orlov og indkaldelse af stedfortræder")
    assert "Palle Kristensen" in found and found["Palle Kristensen"].party == "C"


def test_name_lines_with_attendance_after_a_colon() -> None:
    text = "Fremmødte:\n • Birthe Kvist: Deltog\n • Mogens Bøje: Afbud\n • Lene Sand: Deltog\n"
    found = people(text, "Birthe Kvist")
    assert {"Birthe Kvist", "Mogens Bøje", "Lene Sand"} <= set(found)


def test_members_run_into_one_line_with_commas() -> None:
    text = ("Medlemmer Fraværende Mødesalen, Rådhuset Hans Kirk, Lone Bak, Peter E. Holst, Gitte Skov, "
            "Ulla Rask, Ove Lind Mikkelsen Ulla Rask Bemærkninger")
    found = people(text, "Hans Kirk", "Lone Bak", "Gitte Skov", "Ulla Rask")
    assert {"Hans Kirk", "Peter E. Holst", "Ove Lind Mikkelsen"} <= set(found)
    assert not any("Rådhuset" in name or "Mikkelsen Ulla" in name for name in found)
    # a short list or one of few known persons adds nothing
    found = people("Til stede: Hans Kirk, Bo Vinter, Grete Dal", "Hans Kirk")
    assert "Bo Vinter" not in found


def test_name_without_its_middle_initial_is_the_same_person() -> None:
    text = "Medlemmer:\nKurt B. Sommer (O)\nLis Ravn (A)\n\nFraværende med afbud: Kurt Sommer (O)\n"
    found = people(text)
    assert "Kurt B. Sommer" in found and "Kurt Sommer" not in found


def test_town_before_a_hyphenated_role_and_a_genitive_after_the_party() -> None:
    found = people("Politiet holder øje med Ringsted-borgmester Henrik Vangsmanns (V) bopæl efter episoden.")
    assert "Henrik Vangsmann" in found
    assert (found["Henrik Vangsmann"].role, found["Henrik Vangsmann"].party) == ("borgmester", "V")


def test_role_line_above_a_name_across_a_blank_line() -> None:
    text = "Medlemmer:\n\nBorgmester\n\nKirsten Bødker\n\n(født medlem og formand)\n"
    assert people(text)["Kirsten Bødker"].role == "borgmester"
    text = "Kirsten Bødker\n\nChefredaktør\n\nOle Dalgaard\n"
    found = people(text, "Kirsten Bødker", "Ole Dalgaard")
    assert found["Ole Dalgaard"].role is None  # the role under a name is that name's


def _roles(text: str) -> dict[str, object]:
    return {p.name: p.role for p in find_people(normalize(text), text)}


def _extracted_roles(text: str) -> dict[str, object]:
    import socdoc

    return {p.name: p.role for p in socdoc.extract(text).people}


def test_role_and_dash_before_each_name_in_a_members_list() -> None:
    found = _roles("Medlemmer: Rådmand - Gitte Holmgaard (V), Formand - Torben Skjold (A), "
                   "Lene Vang (F), Kaj Nørgaard (O)\n")
    assert found["Gitte Holmgaard"] == "rådmand"
    assert found["Torben Skjold"] == "formand"  # not the neighbour's after "(V),"
    assert found.get("Lene Vang") is None


def test_role_after_its_name_in_a_labelled_run_on_list() -> None:
    found = _roles("Til stede: Maja Fuglsang, formand Henrik Østergaard, næstformand Dorthe Kjær Ib Lind\n")
    assert found["Maja Fuglsang"] == "formand"
    assert found["Henrik Østergaard"] == "næstformand"
    assert found.get("Dorthe Kjær") is None


def test_roles_before_names_in_a_labelled_list_stay_with_the_next_name() -> None:
    found = _roles("Til stede: Formand Maja Fuglsang, næstformand Henrik Østergaard og Ib Lind\n")
    assert found["Maja Fuglsang"] == "formand"
    assert found["Henrik Østergaard"] == "næstformand"


def test_a_dash_in_running_text_gives_no_role() -> None:
    found = _roles("Han blev valgt som formand - Henrik Østergaard takkede for tilliden.\n")
    assert found.get("Henrik Østergaard") is None


def test_role_after_a_name_with_its_party_letter_between_commas() -> None:
    found = _roles("Medlemmer: Hans Olsen, (S), Borgmester Jens Kruse, Suppleant for Ole Fisker, (S), "
                   "1. Viceborgmester Karl Berg (A)\n")
    assert found["Hans Olsen"] == "borgmester"
    assert found["Jens Kruse"] == "suppleant"  # not the "Borgmester" written before him
    assert found.get("Karl Berg") != "viceborgmester"


def test_role_in_brackets_after_the_name_with_its_unit() -> None:
    found = _extracted_roles("Fra forvaltningen: Mette Dam Jensen (centerchef for Plan- og Byggecentret) "
                   "Karin Vibe (souschef i Center for Borgerservice) Hanne Aaker (Borgmesterkontoret, referent)\n")
    assert found["Mette Dam Jensen"] == "centerchef"
    assert found["Karin Vibe"] == "souschef"
    assert found["Hanne Aaker"] == "referent"


def test_role_in_brackets_does_not_pass_to_the_next_name() -> None:
    found = _extracted_roles("Deltog: Mette Dam Jensen (centerchef for Byggecentret) Sofie Nørholm Lund (Byggecentret)\n")
    assert found.get("Sofie Nørholm Lund") is None


def test_unlabelled_line_of_names_each_with_a_role_after_it() -> None:
    found = _extracted_roles("Deltagere fra rådgiverne\n\nSøren Holmgaard, projekteringsleder Claus Henning, "
                             "sagsarkitekt Mette Krogh, landskabsarkitekt\n")
    assert found["Søren Holmgaard"] == "projekteringsleder"
    assert found["Claus Henning"] == "sagsarkitekt"


def test_role_for_an_organisation_then_a_name_between_commas() -> None:
    found = _extracted_roles("Netværket vokser.\n\nDirektør for Foreningen Nabohjælp, Rikke Holm-Sand, "
                             "indtræder i bestyrelsen.\n")
    assert found == {"Rikke Holm-Sand": "direktør"}


def test_organisation_unit_between_commas_is_no_person() -> None:
    assert _extracted_roles("Formand for Dansk Byggeri, Region Midtjylland, siger ja til aftalen.\n") == {}


def test_stand_in_role_before_the_next_name_in_an_absence_line() -> None:
    """"Afbud: NN, suppleant MM deltog": the stand-in role is MM's, not the absent member's; in a list
    of roles after names the role stays with the name before it."""
    found = people("Afbud: Eva Berg, suppleant Kim Lund deltog\n")
    assert found["Kim Lund"].role == "suppleant"
    assert found["Eva Berg"].role is None
    found = people("Deltagere: Bent Holm, formand Eva Lund, suppleant Ole Bak\n")
    assert found["Eva Lund"].role == "suppleant"


_DASH_ROWS = (
    "Deltagere:\n"
    "Henrik Bisgaard - Grundejerforeningen Nordkysten\n"
    "Lene Østergaard - formand for Plan- og Miljøudvalget\n"
    "Mads Riis - Afdelingschef Natur og Miljø\n"
    "Birgit Hauge - Teamleder Vandløb\n"
)


def test_dash_row_gives_the_role_after_the_name():
    found = people(_DASH_ROWS, "Henrik Bisgaard", "Lene Østergaard", "Mads Riis", "Birgit Hauge")
    assert found["Lene Østergaard"].role == "formand"
    assert found["Mads Riis"].role == "afdelingschef"
    assert found["Birgit Hauge"].role == "teamleder"
    assert found["Henrik Bisgaard"].role is None


def test_dash_in_running_text_gives_no_role():
    text = "Mødet blev ledet af Lene Østergaard - formand for udvalget havde meldt afbud, så hun trådte til.\n"
    found = people(text, "Lene Østergaard")
    assert found["Lene Østergaard"].role is None


def test_definite_role_set_off_by_commas_before_the_name():
    text = ("Byrådet skal vælge en ny delegeret, da Knud Winther og stedfortræderen, Lise Bech, begge har "
            "meldt afbud til mødet.\n")
    found = people(text, "Knud Winther", "Lise Bech")
    assert found["Lise Bech"].role == "stedfortræder"
    assert found["Knud Winther"].role is None


def test_indefinite_role_between_commas_stays_with_the_name_before():
    found = people("Til stede: Bo Dam, formand, Eva Lund, Kim Holm\n", "Bo Dam", "Eva Lund", "Kim Holm")
    assert found["Eva Lund"].role is None


def test_fronted_role_before_its_holder():
    text = ("Der var afbud fra Hanne Krogh (V). Som suppleant er indkaldt Jens Mørup (V).\n"
            "Som ny formand blev valgt Lotte Vind.\n")
    found = people(text, "Hanne Krogh", "Jens Mørup", "Lotte Vind")
    assert found["Jens Mørup"].role == "suppleant"
    assert found["Lotte Vind"].role == "formand"
    assert found["Hanne Krogh"].role is None


def test_delegate_and_independent_are_roles():
    text = ("Byrådet valgte Mads Holt som delegeret til landsmødet.\n"
            "Løsgængeren Ib Kragh stemte imod.\n")
    found = people(text, "Mads Holt", "Ib Kragh")
    assert found["Mads Holt"].role == "delegeret"
    assert found["Ib Kragh"].role == "løsgænger"


def test_independent_in_the_party_brackets_is_no_role():
    found = people("Afbud: Ib Kragh (Løsgænger)\n", "Ib Kragh")
    assert found["Ib Kragh"].role is None


def test_minister_with_several_portfolios_listed_before_the_name():
    text = ("Minister for ligestilling og digitalisering, kulturminister og minister for nordisk samarbejde "
            "Hans Vestergaard deltager i mødet.\n")
    found = people(text, "Hans Vestergaard")
    assert found["Hans Vestergaard"].role == ("minister for ligestilling og digitalisering, kulturminister og "
                                              "minister for nordisk samarbejde")


def test_one_portfolio_stays_alone():
    found = people("Derfor glæder kulturminister Hans Vestergaard sig over aftalen.\n", "Hans Vestergaard")
    assert found["Hans Vestergaard"].role == "kulturminister"


def test_case_section_label_run_on_after_a_case_officers_name():
    text = ("3 Socialudvalget Ny organisering af rusmiddelbehandlingen / Karin Vestergård Beslutningstema "
            "Udvalget skal drøfte en ny organisering. Sagsbeskrivelse: Opgaven overgik til kommunen i 2007.\n")
    found = people(text, "Karin Vestergård Beslutningstema")
    assert "Karin Vestergård" in found
    assert "Karin Vestergård Beslutningstema" not in found


def test_office_taken_on_after_the_name():
    text = ("Bestyrelsen drøftede årsmødet. Hanne Dyrberg har sagt ja til at være dirigent på årsmødet, "
            "og Kaj Lindholm har påtaget sig at være referent.\n")
    found = people(text, "Hanne Dyrberg", "Kaj Lindholm")
    assert found["Hanne Dyrberg"].role == "dirigent"
    assert found["Kaj Lindholm"].role == "referent"


_INITIALS_DASH_ROWS = (
    "Til stede:\n"
    "Grethe Lund (GL)\n"
    "Inger Holm (IH) - Mødeleder\n"
    "Bent Krog (BK) - Formand\n"
    "Ove Dahl (ODa)\n"
)


def test_dash_role_after_the_rows_initials():
    found = people(_INITIALS_DASH_ROWS, "Grethe Lund", "Inger Holm", "Bent Krog", "Ove Dahl")
    assert found["Inger Holm"].role == "mødeleder"
    assert found["Bent Krog"].role == "formand"
    assert found["Grethe Lund"].role is None
