"""Roles of small boards' minutes: an election told with the name before the participle ("blev Eva Holm
valgt til dirigent"), plural labels over a list ("Referenter: A og B"), a meeting's task giving way to an
office, labels run into the line before, a new office in brackets, and numbers and markup that are no
part of a list. Texts written for these tests."""

from __future__ import annotations

from people_run import people


def test_an_election_with_the_name_between_blev_and_the_participle() -> None:
    found = people("Som første punkt blev Rasmus Vindahl valgt til dirigent, og to stemmetællere blev udpeget.")
    assert found["Rasmus Vindahl"].role == "dirigent"
    found = people("Herefter blev Lene Østergaard genvalgt som kasserer.")
    assert found["Lene Østergaard"].role == "kasserer"


def test_a_fronted_office_with_til_and_the_names_before_the_participle() -> None:
    found = people("Til suppleanter blev Torben Kjærsgaard og Hanne Bøgelund valgt.")
    assert found["Torben Kjærsgaard"].role == "suppleant"
    assert found["Hanne Bøgelund"].role == "suppleant"


def test_a_fronted_singular_office_before_two_names_is_neither_ones() -> None:
    found = people("Til revisor blev Torben Kjærsgaard og Hanne Bøgelund valgt.")
    assert found["Hanne Bøgelund"].role is None


def test_a_fronted_office_with_a_colon_after_the_participle() -> None:
    found = people("Regnskabet blev godkendt. Som suppleant er valgt: Ingrid Fjeldsø.")
    assert found["Ingrid Fjeldsø"].role == "suppleant"


def test_an_election_before_a_line_break_left_as_markup() -> None:
    found = people("1) Valg af dirigent:<br />\n\nKarsten Ulf Brandt blev valgt til dirigent<br />\n")
    assert found["Karsten Ulf Brandt"].role == "dirigent"
    found = people("Driftskontoret: Per-Ole Damsgaard, teknisk chef<br />\n")
    assert found["Per-Ole Damsgaard"].role == "teknisk chef"


def test_a_plural_label_gives_each_name_of_its_line_the_office() -> None:
    found = people("MØDELEDER: Gudrun Holt\n\nREFERENTER : Vibeke S. Marstrand – Tove Kjeldsen\n\nDELTAGERE: Gudrun Holt, Arne Bech")
    assert found["Vibeke S. Marstrand"].role == "referent"
    assert found["Tove Kjeldsen"].role == "referent"
    assert found["Gudrun Holt"].role == "mødeleder"  # a label in capitals is written in lower case
    found = people("Tak for hjælpen. Fotografer: Malte Riis, Signe Vestergaard, Jonas Frisk samt fotos fra arkivet.")
    assert {found[n].role for n in ("Malte Riis", "Signe Vestergaard", "Jonas Frisk")} == {"fotograf"}


def test_a_plural_membership_label_gives_no_role() -> None:
    names = ("Kirsten Bang", "Ole Vestergaard", "Lis Holmgaard", "Finn R. Laursen")
    found = people("Mødelokale: 112 Medlemmer: Kirsten Bang, Ole Vestergaard, Lis Holmgaard, Finn R. Laursen\n", *names)
    assert {found[n].role for n in ("Kirsten Bang", "Ole Vestergaard", "Lis Holmgaard", "Finn R. Laursen")} == {None}


def test_an_office_wins_over_the_meetings_task_of_the_same_person() -> None:
    text = ("Ordstyrer: Henning Dalsgaard (HD)\n\nReferent: Birthe Svane (BS)\n\n"
            "2. Konstituering Formand: Henning Dalsgaard\nNæstformand: Ove Lindholm\nSekretær: Birthe Svane\n")
    found = people(text)
    assert found["Henning Dalsgaard"].role == "formand"
    assert found["Birthe Svane"].role == "sekretær"
    found = people("Referent: Birthe Svane\n\nDeltagere: Henning Dalsgaard, Birthe Svane\n")
    assert found["Birthe Svane"].role == "referent"  # no office: the task stays


def test_a_label_run_into_the_line_before_is_no_part_of_the_role() -> None:
    found = people("Næstformand: Ove LindholmKasserer: Birthe Svane\nKasserer: Niels JuulBestyrelsesmedlem: Karen Mose\n")
    assert found["Birthe Svane"].role == "kasserer"
    assert found["Karen Mose"].role == "bestyrelsesmedlem"


def test_a_new_office_in_brackets_after_the_name() -> None:
    found = people("Fra forvaltningen: Signe Bro, Jette Krog Madsen (nye sekretær for Seniorrådet), "
                   "Anders Kjær (Ny teamleder på ældreområdet)\n", "Signe Bro", "Jette Krog Madsen", "Anders Kjær")
    assert found["Jette Krog Madsen"].role == "sekretær"
    assert found["Anders Kjær"].role == "teamleder"


def test_a_heading_run_onto_a_name_after_its_surname() -> None:
    found = people("Område: Direktionssekretariatet - Sagsbeh: Hanne Lykke Jensen Lovgrundlag Lov om social service\n")
    assert "Hanne Lykke Jensen" in found and found["Hanne Lykke Jensen"].role == "sagsbehandler"


def test_a_name_after_a_role_in_a_relative_clause_is_a_bodys() -> None:
    found = people("Det glæder os, siger Knud Aagaard, der er formand for foreningen Havnens Venner, til avisen.")
    assert found["Knud Aagaard"].role == "formand"
    assert "Havnens Venner" not in found


def test_a_plural_group_label_in_an_attendance_list_gives_no_role() -> None:
    text = ("Deltagere:\nForældrevalgte: Rikke Holst, Jens Aabo.\n"
            "Medarbejderrepræsentanter: Tine Gram, Ulrik Sand, Karin Lykke.\n")
    found = people(text, "Rikke Holst", "Jens Aabo", "Tine Gram", "Ulrik Sand", "Karin Lykke")
    assert {found[n].role for n in ("Tine Gram", "Ulrik Sand", "Karin Lykke")} == {None}


def test_an_acting_officers_shortened_word_stays_in_the_title() -> None:
    found = people("Mange har meldt sig.\n\nKonst. sundhedsdirektør, Poul Brink, siger: ”Det er flot.”")
    assert found["Poul Brink"].role == "konst. sundhedsdirektør"


def test_a_name_beside_a_noun_of_its_kind_names_a_thing() -> None:
    text = ("Eva Holm Berg fra kampagnen ”Bo Trygt”, og Lars Mølgaard deltog.\n\n"
            "Bo Trygt kampagnen fortsætter næste år.\n")
    found = people(text, "Eva Holm Berg", "Bo Trygt", "Lars Mølgaard")
    assert "Bo Trygt" not in found
    assert "Eva Holm Berg" in found and "Lars Mølgaard" in found
    found = people("Jens Aabo, der er formand for foreningen Havnens Venner, var glad.", "Jens Aabo", "Havnens Venner")
    assert "Havnens Venner" not in found
