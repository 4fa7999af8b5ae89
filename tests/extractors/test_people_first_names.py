"""Members named by their first name alone, as small councils' minutes do: only in a text that lists
at least three of them in one run, and then in a run, at the start of a sentence before a lower-case
word or before a role; never a first name of a person named in full, nor a common word."""

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


def test_run_of_first_names_lists_people():
    found = people(_MINUTES, "Birthe Vang Sørensen")
    for name in ("Lisbet", "Ove", "Gunhild", "Preben"):
        assert name in found


def test_role_after_a_bare_first_name():
    found = people(_MINUTES, "Birthe Vang Sørensen")
    assert found["Ove"].role == "mødeleder"
    assert found["Gunhild"].role == "referent"


def test_first_name_of_a_person_named_in_full_is_no_new_person():
    found = people(_MINUTES, "Birthe Vang Sørensen")
    assert "Birthe Vang Sørensen" in found
    assert "Birthe" not in found


def test_subject_before_a_verb_and_role_after_er():
    text = ("Deltagere: Jytte, Knud og Asta\n"
            "Knud er referent på mødet. Asta foreslog en ny dato for generalforsamlingen.\n")
    found = people(text)
    assert found["Knud"].role == "referent"
    assert "Asta" in found and "Jytte" in found


def test_no_first_names_alone_without_a_run():
    text = ("Formanden bød velkommen. Mette bemærkede, at budgettet var stramt.\n"
            "Lone og Jens tager kontakt til kommunen.\n")
    assert people(text) == {}


def test_first_names_that_are_words_do_not_start_the_naming_alone():
    text = "Til stede: Tage, Bo og Hans\nTage billeder af stien inden mødet.\n"
    assert people(text) == {}


def test_first_name_that_is_a_word_counts_in_a_run_only():
    text = ("Til stede: Tage, Gunhild og Preben\n"
            "Tage billeder af stien inden mødet. Gunhild sender dem rundt.\n")
    found = people(text)
    assert {"Tage", "Gunhild", "Preben"} <= set(found)
    assert [m.start for m in found["Tage"].mentions] == [text.index("Tage")]


def test_board_divides_its_offices_among_first_names():
    text = ("Pkt. 3. Konstituering\n"
            "Bestyrelsen konstituerede sig med Ulla som formand, Bent som næstformand, Jeppe som kasserer "
            "og Karen som sekretær.\n"
            "Bent sender referatet til medlemmerne.\n")
    found = people(text)
    assert found["Ulla"].role == "formand"
    assert found["Bent"].role == "næstformand"
    assert found["Jeppe"].role == "kasserer"
    assert found["Karen"].role == "sekretær"


def test_one_first_name_with_an_office_is_no_division():
    text = "Bestyrelsen valgte Ulla som formand for det kommende år.\n"
    assert "Ulla" not in people(text)


def test_office_list_of_full_names_keeps_the_full_names():
    text = "Udvalget valgte Eva Holm som formand og Bo Dam som næstformand.\n"
    found = people(text, "Eva Holm", "Bo Dam")
    assert "Eva" not in found and "Bo" not in found
