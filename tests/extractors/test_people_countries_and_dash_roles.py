"""People: a country of two capitalised words is no person's name; a role after a dash in a member list; a role
named by "hedder" ("Formanden hedder fortsat …")."""

from __future__ import annotations

import socdoc


def test_country_of_two_words_is_no_person() -> None:
    record = socdoc.extract("Fonden støtter klinikker i Uganda og Burkina Faso. Det oplyser direktør Anne Holm.\n")
    assert [p.name for p in record.people] == ["Anne Holm"]


def test_role_after_a_dash_and_before_the_party_letter_in_a_member_list() -> None:
    record = socdoc.extract("Medlemmer: Jens Holm - formand (A) Karen Lund (F) Bo Hammer (C)\n\nReferat af mødet.\n")
    jens = next(p for p in record.people if p.name == "Jens Holm")
    assert (jens.role, jens.party) == ("formand", "A")


def test_role_named_by_hedder_with_an_adverb() -> None:
    record = socdoc.extract("Rådet har holdt valg. Formanden hedder fortsat Eva Lund (S), og næstformand blev Bo Dam.\n")
    eva = next(p for p in record.people if p.name == "Eva Lund")
    assert (eva.role, eva.party) == ("formand", "S")
