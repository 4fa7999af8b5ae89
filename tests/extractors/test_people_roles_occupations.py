"""Role families: a first name the model left out before its span after a role and a body, the
occupations of public figures in news (culture, media, sport) and of speakers at a meeting, and a
role after "som" with the organisation the person comes from in between."""

from __future__ import annotations

from people_run import people


# --- a known first name before the model's span after "<role> for <body>" -------------------------

def test_first_name_before_the_model_span_after_a_role_and_a_body_is_taken_back():
    text = "Det mener formand for Sundhedsudvalget Birthe Juul Kristoffersen (V)."
    found = people(text, "Juul Kristoffersen")
    assert "Birthe Juul Kristoffersen" in found
    assert found["Birthe Juul Kristoffersen"].role == "formand"
    assert "Juul Kristoffersen" not in found


def test_a_body_word_before_the_model_span_stays_out_of_the_name():
    text = "Det mener formand for Sundhedsudvalget Birthe Kristoffersen (V)."
    found = people(text, "Birthe Kristoffersen")
    assert "Birthe Kristoffersen" in found and found["Birthe Kristoffersen"].role == "formand"


# --- occupations of public figures before their names ----------------------------------------------

def test_occupations_of_public_figures_before_their_names():
    text = ("Blandt ambassadørerne er skuespiller Lise Vangsted og radiovært Morten Bach, mens "
            "Håndboldspilleren Rikke Holmgaard og komponist Aksel Brun også er med.")
    found = people(text, "Lise Vangsted", "Morten Bach", "Rikke Holmgaard", "Aksel Brun")
    assert found["Lise Vangsted"].role == "skuespiller"
    assert found["Morten Bach"].role == "radiovært"
    assert found["Rikke Holmgaard"].role == "håndboldspiller"
    assert found["Aksel Brun"].role == "komponist"


def test_a_plural_occupation_before_two_names_is_each_ones():
    text = "Sangerne Maja Lund og Peter Skov optræder ved indvielsen af det nye kulturhus."
    found = people(text, "Maja Lund", "Peter Skov")
    assert found["Maja Lund"].role == "sanger" and found["Peter Skov"].role == "sanger"


def test_tv_prefix_stays_in_the_role():
    text = "Indsamlingen åbnes af TV-vært Sanne Holt på lørdag."
    assert people(text, "Sanne Holt")["Sanne Holt"].role.casefold() == "tv-vært"


def test_the_verb_spiller_before_a_name_gives_no_role():
    text = "I aften spiller Kasper Winther sammen med byens orkester i parken."
    assert people(text, "Kasper Winther")["Kasper Winther"].role is None


# --- "<name> fra <organisation> som <role>" --------------------------------------------------------

def test_role_after_som_with_the_organisation_between():
    text = "Bestyrelsen foreslog Hanne Riis fra Dansk Blindesamfund som dirigent.\nKurt Lind som oplægsholder."
    found = people(text, "Hanne Riis", "Kurt Lind")
    assert found["Hanne Riis"].role == "dirigent"
    assert found["Kurt Lind"].role == "oplægsholder"


def test_lower_case_words_before_som_do_not_link_a_role():
    text = "Vi har talt med Hanne Riis fra foreningen om hende som dirigent."
    assert people(text, "Hanne Riis")["Hanne Riis"].role is None


# --- "<role> for <organisation in several words>, <name>," --------------------------------------------

def test_role_and_a_long_organisation_set_off_before_the_name_by_commas():
    text = ("Fonden har hjulpet mange familier.\n\nDirektør for Nordby Fondens Rådgivnings- og støtteafdeling, "
            "Maria Kjeldsen, siger: ”Vi hjælper gerne.”")
    assert people(text, "Maria Kjeldsen")["Maria Kjeldsen"].role == "direktør"



# --- an adverb of time before the verb or the role after a name ----------------------------------------

def test_relative_clause_with_an_adverb_before_the_verb():
    text = "Indsatsen ledes af Tove Riis, der til daglig er leder af Familiehuset i Nordby."
    assert people(text, "Tove Riis")["Tove Riis"].role == "leder"


def test_relative_clause_in_the_present_with_i_dag():
    text = "Det mener Henrik Lund, som i dag er formand for Skolebestyrelsen på Vestskolen."
    assert people(text, "Henrik Lund")["Henrik Lund"].role == "formand"


def test_a_job_told_with_arbejder_som():
    text = "Det fortæller Signe Dahl, der til daglig arbejder som sundhedsplejerske i kommunen."
    assert people(text, "Signe Dahl")["Signe Dahl"].role == "sundhedsplejerske"


def test_a_job_told_in_a_main_clause():
    text = "Mikkel Bak arbejder som pædagog i en af byens børnehaver."
    assert people(text, "Mikkel Bak")["Mikkel Bak"].role == "pædagog"


def test_apposition_after_til_daglig():
    text = "Anita Holm, til daglig leder af Nordby Bibliotek, holdt åbningstalen."
    assert people(text, "Anita Holm")["Anita Holm"].role == "leder"


def test_an_adverb_before_a_verb_without_a_role_gives_none():
    text = "Det siger Tove Riis, der nu er glad for den nye aftale med borgmesteren."
    assert people(text, "Tove Riis")["Tove Riis"].role is None


# --- health, care and other occupations before a name -------------------------------------------------

def test_care_and_health_occupations_before_names():
    text = ("På plejecentret fortæller sygeplejerske Hanne Krogh og fysioterapeut Jonas Bech om hverdagen, "
            "mens provst Erik Vang og bibliotekar Rita Holm var gæster.")
    found = people(text, "Hanne Krogh", "Jonas Bech", "Erik Vang", "Rita Holm")
    assert found["Hanne Krogh"].role == "sygeplejerske"
    assert found["Jonas Bech"].role == "fysioterapeut"
    assert found["Erik Vang"].role == "provst"
    assert found["Rita Holm"].role == "bibliotekar"


def test_verbs_that_look_like_occupations_give_no_role():
    text = "Hver onsdag træner Oliver Bruun holdet, og om sommeren maler Lars Dahl huse."
    found = people(text, "Oliver Bruun", "Lars Dahl")
    assert found["Oliver Bruun"].role is None and found["Lars Dahl"].role is None


# --- a role in brackets after a member's other notes ----------------------------------------------------

def test_stand_in_in_brackets_after_the_party_letter():
    text = "Medlemmer\nKaren Vild (A)\nTorben Hald (Ø) (stedfortræder for Ulla Krag)\nMogens Fisker (V)\n"
    found = people(text, "Karen Vild", "Torben Hald", "Ulla Krag", "Mogens Fisker")
    assert found["Torben Hald"].role == "stedfortræder"
    assert found["Ulla Krag"].role is None


def test_role_in_brackets_after_initials_and_a_bare_letter():
    text = ("Deltagere A Karen Vild (kavi) F Per Lau (pela) A Torben Hald (tohal) Ø (Stedfortræder for Ulla Krag) "
            "Fraværende Mogens Fisker (mofi) V")
    found = people(text, "Karen Vild", "Per Lau", "Torben Hald", "Ulla Krag", "Mogens Fisker")
    assert found["Torben Hald"].role.casefold() == "stedfortræder"
