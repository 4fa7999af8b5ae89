"""Roles in forms met on fresh pages: a role inside a sentence with its holder set off by commas, a
minister's portfolio of several fields after the name, press and finance posts, stand-ins written after
the name at a row's end, and a political standing in a members' list where the party letter stands."""

from __future__ import annotations

from people_run import people


# --- a role inside a sentence, its holder between commas -------------------------------------------

def test_compound_director_title_before_a_name_set_off_by_commas():
    text = ("Ved temadagen vil Social- og Sundhedsdirektør, Jonna Kvist, fortælle om de nye regler "
            "for botilbud.")
    assert people(text, "Jonna Kvist")["Jonna Kvist"].role == "social- og sundhedsdirektør"


def test_role_after_a_preposition_with_the_name_between_commas():
    text = ("Borgmester Aksel Bro, sammen med kommunaldirektør, Lene Gram, og flere chefer tager imod "
            "gæsterne på rådhuset.")
    found = people(text, "Lene Gram")
    assert found["Lene Gram"].role == "kommunaldirektør"
    assert found["Aksel Bro"].role == "borgmester"


def test_ordinal_stand_in_opening_a_sentence_in_apposition():
    text = "Pia Holt havde meldt afbud. Første stedfortræder, Ove Lindberg, deltog i stedet."
    assert people(text, "Ove Lindberg")["Ove Lindberg"].role == "stedfortræder"


def test_a_list_of_names_and_roles_gives_each_role_to_the_name_before_it():
    text = "Deltagere: Kaj Brun, formand, Tove Lyng, næstformand, Per Sand."
    found = people(text, "Kaj Brun", "Tove Lyng")
    assert found["Kaj Brun"].role == "formand"
    assert found["Tove Lyng"].role == "næstformand"


# --- a minister's portfolio of several fields --------------------------------------------------------

def test_capitalised_portfolio_after_the_name_is_the_title():
    text = ("- Vi giver flere penge til renoveringer, siger Asger Lund, minister for Kirke, Kultur og "
            "Landdistrikter. Arbejdet begynder til foråret.")
    assert people(text, "Asger Lund")["Asger Lund"].role == "minister for kirke, kultur og landdistrikter"


def test_portfolio_chief_with_fields_keeps_them():
    text = "Det oplyser Rita Krog, chef for presse, kommunikation og web. Hun glæder sig."
    assert people(text, "Rita Krog")["Rita Krog"].role == "chef for presse, kommunikation og web"


def test_chairman_of_a_named_body_keeps_only_the_head():
    text = "Det siger Eva Holm, formand for Ældrerådet, og hun får støtte."
    assert people(text, "Eva Holm")["Eva Holm"].role == "formand"


# --- press and finance posts -------------------------------------------------------------------------

def test_press_contact_label_over_a_name():
    text = "Pressehenvendelser\n\nPresseansvarlig\n\nKarl Vinter\n3311 2233\nkavi@ministeriet.dk\n"
    assert people(text, "Karl Vinter")["Karl Vinter"].role == "presseansvarlig"


def test_elected_as_treasurer_in_other_words():
    text = "Referat\n\n  Ida Storm blev valgt som Økonomisk ansvarlig.\n  Jens Bak blev valgt som formand.\n"
    found = people(text, "Ida Storm", "Jens Bak")
    assert found["Ida Storm"].role == "økonomisk ansvarlig"
    assert found["Jens Bak"].role == "formand"


def test_responsible_for_a_task_is_no_title():
    text = "Eva Holm er ansvarlig for projektet i Nordby."
    assert people(text, "Eva Holm")["Eva Holm"].role is None


# --- stand-ins after the name and a political standing in a list ---------------------------------------

_MEMBERS = (
    "Referat\n\nDeltagere\n • Bo Dam, A\n • Kim Holm, F\n • Marie Mørk Hansen, løsgænger\n • Ole Lund, V\n\n"
    " • Afbud\n   \n • Kim Holm, F - Tine Rask Jensen stedfortræder\n • Ole Lund, V - Herdis Bang stedfortræder\n\n"
    " 1. Regnskab\n"
)


def test_stand_in_written_after_the_name_at_the_row_end():
    found = people(_MEMBERS, "Tine Rask Jensen", "Herdis Bang", "Kim Holm")
    assert found["Tine Rask Jensen"].role == "stedfortræder"
    assert found["Herdis Bang"].role == "stedfortræder"
    assert found["Kim Holm"].role is None


def test_political_standing_in_the_party_cell_of_a_member_row_is_no_role():
    assert people(_MEMBERS, "Marie Mørk Hansen")["Marie Mørk Hansen"].role is None
