"""Members named by their first name alone, as small councils' minutes do: a name of one word is no
person fact, so neither a run of first names, a first name before a role nor a board's division of its
offices among first names gives a person; a person named in full in the same text still is one."""

from __future__ import annotations

from people_run import people


_MINUTES = (
    "Referat af møde i Landsbyrådet\n"
    "Mødet blev holdt hos Birthe Vang Sørensen i Bakkehuset\n"
    "Til stede: Lisbet, Ove, Gunhild og Preben\n\n"
    "1. Valg af mødeleder og referent\n"
    "Ove mødeleder Gunhild referent\n\n"
    "2. Økonomi\n"
    "Regnskabet er gennemgået af Lisbet og Preben. Preben bemærkede, at kontingentet bør stige.\n"
    "(Birthe sender en oversigt)\n"
)


def test_run_of_first_names_lists_no_people():
    found = people(_MINUTES, "Birthe Vang Sørensen")
    for name in ("Lisbet", "Ove", "Gunhild", "Preben"):
        assert name not in found
    assert "Birthe Vang Sørensen" in found


def test_role_after_a_bare_first_name_makes_no_person():
    found = people(_MINUTES, "Birthe Vang Sørensen")
    assert "Ove" not in found and "Gunhild" not in found
    assert not any("mødeleder" in name or "referent" in name for name in found)


def test_first_name_of_a_person_named_in_full_is_no_new_person():
    found = people(_MINUTES, "Birthe Vang Sørensen")
    assert "Birthe Vang Sørensen" in found
    assert "Birthe" not in found


def test_subject_before_a_verb_and_role_after_er_makes_no_person():
    text = ("Deltagere: Jytte, Knud og Asta\n"
            "Knud er referent på mødet. Asta foreslog en ny dato for generalforsamlingen.\n")
    assert people(text) == {}


def test_no_first_names_alone_without_a_run():
    text = ("Formanden bød velkommen. Mette bemærkede, at budgettet var stramt.\n"
            "Lone og Jens tager kontakt til kommunen.\n")
    assert people(text) == {}


def test_first_names_that_are_words_do_not_start_the_naming_alone():
    text = "Til stede: Tage, Bo og Hans\nTage billeder af stien inden mødet.\n"
    assert people(text) == {}


def test_first_name_that_is_a_word_in_a_run_makes_no_person():
    text = ("Til stede: Tage, Gunhild og Preben\n"
            "Tage billeder af stien inden mødet. Gunhild sender dem rundt.\n")
    assert people(text) == {}


def test_board_dividing_its_offices_among_first_names_gives_no_people():
    text = ("Pkt. 3. Konstituering\n"
            "Bestyrelsen konstituerede sig med Ulla som formand, Bent som næstformand, Jeppe som kasserer "
            "og Karen som sekretær.\n"
            "Bent sender referatet til medlemmerne.\n")
    found = people(text)
    assert not {"Ulla", "Bent", "Jeppe", "Karen"} & set(found)


def test_one_first_name_with_an_office_is_no_division():
    text = "Bestyrelsen valgte Ulla som formand for det kommende år.\n"
    assert "Ulla" not in people(text)


def test_office_list_of_full_names_keeps_the_full_names():
    text = "Udvalget valgte Eva Holm som formand og Bo Dam som næstformand.\n"
    found = people(text, "Eva Holm", "Bo Dam")
    assert "Eva" not in found and "Bo" not in found
