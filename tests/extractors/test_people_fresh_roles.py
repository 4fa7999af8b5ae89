"""Roles and names in news and releases of forms first met on fresh pages: a past title set off by
commas, a capitalised role opening a sentence in apposition, a shortened word inside the role's
organisation, a surname's genitive before a noun, a double first name after an organisation, an
office handed over "fra" its old holder, and a council's name that is no person."""

from __future__ import annotations

from people_run import people


# --- a past title keeps its former-office word ---------------------------------------------------

def test_past_title_set_off_by_commas_gives_the_holder_that_office():
    text = "Foreningen siger tak til vores tidligere kasserer, Helle Brandt, som har passet regnskabet i ti år."
    assert people(text, "Helle Brandt")["Helle Brandt"].role == "kasserer"


def test_past_title_opening_a_sentence_with_the_article():
    text = "Den forhenværende borgmester, Ib Vestergaard, holdt talen ved indvielsen af det nye medborgerhus."
    assert people(text, "Ib Vestergaard")["Ib Vestergaard"].role == "borgmester"


def test_past_title_right_before_the_name():
    text = "Hun afløser den tidligere leder Gorm Skovgaard, der er gået på pension efter mange år."
    assert people(text, "Gorm Skovgaard")["Gorm Skovgaard"].role == "leder"


def test_an_office_held_at_the_time_keeps_the_bare_role():
    text = "Aftalen blev underskrevet af den daværende formand Karen Thygesen i foråret."
    assert people(text, "Karen Thygesen")["Karen Thygesen"].role == "formand"


def test_an_office_held_at_the_time_opening_a_sentence():
    text = ("Daværende sundhedsminister Lise Bundgaard (Socialdemokratiet) lovede i maj, at pengene "
            "ville komme, og hun henviste til et brev fra daværende kulturminister Jens Ravnholt (V).")
    found = people(text, "Lise Bundgaard", "Jens Ravnholt")
    assert found["Lise Bundgaard"].role == "sundhedsminister"
    assert found["Jens Ravnholt"].role == "kulturminister"


def test_an_outgoing_office_gives_no_role():
    text = "Den afgående formand Karen Thygesen takkede for samarbejdet i bestyrelsen."
    assert people(text, "Karen Thygesen")["Karen Thygesen"].role is None


# --- a capitalised role opening a sentence, in apposition ----------------------------------------

def test_sentence_opening_role_with_the_name_between_commas():
    text = ("Byen får nye legepladser. Børne- og Skolerådmand, Henrik Mose (V), glæder sig over, at "
            "pengene nu er fundet.")
    found = people(text, "Henrik Mose")["Henrik Mose"]
    assert found.role.casefold() == "børne- og skolerådmand"
    assert found.party == "V"


def test_role_list_of_capitalised_cells_gives_no_apposition():
    text = "Bestyrelsen:\nFormand, Tina Bak, Næstformand, Ole Krag\n"
    assert people(text, "Tina Bak", "Ole Krag")["Tina Bak"].role != "formand"


# --- a shortened word inside the role's organisation -----------------------------------------------

def test_abbreviated_place_inside_the_organisation_of_a_fronted_role():
    text = ("Formand for Sdr. Vang Boligforening, Kaj Lyhne, ser frem til at tage de nye boliger i brug, "
            "skriver foreningen.")
    assert people(text, "Kaj Lyhne")["Kaj Lyhne"].role == "formand"


def test_sentence_end_after_the_organisation_still_ends_the_role():
    text = "Hun er formand for Lokalrådet. Kaj Lyhne siger, at han er glad."
    assert people(text, "Kaj Lyhne")["Kaj Lyhne"].role is None


# --- a surname's genitive before a noun ------------------------------------------------------------

def test_surname_genitive_before_a_noun_keeps_the_surname():
    text = "Projektet er kommet i mål takket være Jens Ole Mikkelsens store arbejde i styregruppen."
    found = people(text, "Jens Ole Mikkelsens")
    assert "Jens Ole Mikkelsen" in found
    assert "Jens Ole" not in found


# --- a double first name after an organisation -----------------------------------------------------

def test_double_first_name_after_an_organisation_opens_the_name():
    text = "Der var oplæg ved repræsentant for Netværket Østbyen May-Britt Solgaard Holm om frivillige."
    found = people(text, "May-Britt Solgaard Holm")
    assert found["May-Britt Solgaard Holm"].role == "repræsentant"
    assert "Solgaard Holm" not in found


# --- an office handed over from its holder ---------------------------------------------------------

def test_office_taken_over_from_the_name_after_fra_is_not_its_role():
    text = "Hun overtager posten som kasserer i grundejerforeningen fra Ib Nørgaard, der stopper til sommer."
    assert people(text, "Ib Nørgaard")["Ib Nørgaard"].role is None


# --- a council's name is no person -----------------------------------------------------------------

def test_council_name_after_medlem_af_is_no_person():
    text = "Hun er i dag medlem af Det Lokale Ældreråd og sidder i bestyrelsen for en forening."
    assert not any(name.endswith("Ældreråd") for name in people(text, "Lokale Ældreråd"))


# --- an election told in a relative clause ---------------------------------------------------------

def test_relative_clause_with_an_adverb_and_a_new_office():
    text = ("På årsmødet blev det Helga Nørskov fra Lystrup Andelsboligforening, der enstemmigt blev valgt som ny "
            "formand for landsforeningen.")
    assert people(text, "Helga Nørskov")["Helga Nørskov"].role == "formand"


def test_relative_clause_with_a_negation_gives_no_role():
    text = "Det var Helga Nørskov, der ikke blev valgt som formand, men hun fortsætter i bestyrelsen."
    assert people(text, "Helga Nørskov")["Helga Nørskov"].role is None


# --- a line that is only a name and its party written out -----------------------------------------

def test_name_and_written_party_on_a_line_of_their_own():
    text = ("Mød udvalgets nye medlemmer.\n\nTove Bjerregaard, Socialistisk Folkeparti\n\n • 52 år\n • Bor i Valby\n\n"
            "Anders Kjeldsen, Venstre\n\n • 44 år\n")
    found = people(text, "Tove Bjerregaard", "Anders Kjeldsen")
    assert found["Anders Kjeldsen"].party == "V"
    assert found["Tove Bjerregaard"].party is not None


def test_a_letter_in_brackets_elsewhere_wins_over_the_written_party():
    text = ("Tove Bjerregaard, Enhedslisten\n\n • 52 år\n\n\"Vi skal have flere pædagoger,\" siger "
            "Tove Bjerregaard (Ø).\n")
    assert people(text, "Tove Bjerregaard")["Tove Bjerregaard"].party == "Ø"
