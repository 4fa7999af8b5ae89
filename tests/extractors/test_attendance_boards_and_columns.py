"""Attendance and people of small boards and flattened member tables: boards that name their members by
first name alone (a role before the first name, an absentee socdoc does not know, a second absence label
on the line; such one-word names stay in the meeting's attendance and are no people), two-column member tables flattened to one row of two names, member lists that follow an
index of the items, abbreviated first names ("Chr."), offices given as "valgt formand: NN" and names
under a plural role heading ("Suppleanter:")."""

from __future__ import annotations

from socdoc.extractors.minutes_layout import parse_people
from socdoc.extractors.name_runs import column_pair
from socdoc.extractors.people import find_people
from socdoc.normalize import normalize

from minutes_run import run
from people_run import people


def _names(raw: str) -> tuple[list[str], list[str]]:
    meeting = run(raw).meeting
    return [p.name for p in meeting.participants], list(meeting.absent)


def _people_with_meeting(raw: str) -> dict[str, object]:
    text = normalize(raw)
    meeting = run(raw).meeting
    return {p.name: p for p in find_people(text, raw, None, meeting)}


# --- first-name boards --------------------------------------------------------------------------------

_BOARD = (
    "Referat fra møde i beboerklubben 3. oktober.\n"
    " \n"
    "Deltagere: driftschef Torben, Vibeke, Lasse, Gunver, Kaj og Oline (referent).\n"
    "Afbud: Idun.   Uden afbud: Mads.\n"
    " \n"
    "1. Julefrokost\n"
    "Vi holder julefrokost i klubhuset. Gunver bestiller maden.\n"
)


def test_role_before_the_first_name_of_a_board_list() -> None:
    participants, _ = _names(_BOARD)
    assert participants == ["Torben", "Vibeke", "Lasse", "Gunver", "Kaj", "Oline"]


def test_lone_absentees_on_a_board_and_a_second_absence_label() -> None:
    _, absent = _names(_BOARD)
    assert absent == ["Idun", "Mads"]


def test_board_members_unknown_to_the_name_list_attend_but_are_no_people() -> None:
    raw = (
        "Referat fra bestyrelsesmøde 2. marts 2021 hos Oline\n\n"
        "Mødedeltagere: Gunver, Oline, Vibeke, Lasse, Kaj\n\n"
        "Afbud: Idun, Ejvind\n\n"
        "Referent: Oline – næste gang skiftes vi.\n\n"
        "1. Regnskab: godkendt.\n"
    )
    participants, absent = _names(raw)
    assert participants == ["Gunver", "Oline", "Vibeke", "Lasse", "Kaj"]
    assert absent == ["Idun", "Ejvind"]
    found = _people_with_meeting(raw)
    for name in ("Gunver", "Oline", "Vibeke", "Lasse", "Kaj", "Idun", "Ejvind"):
        assert name not in found, name  # a name of one word is no person fact


def test_referent_label_on_a_board_that_lists_only_absentees_gives_no_person() -> None:
    raw = (
        "Referat fra afdelingsbestyrelsesmøde 4. juni 2020.\n\n"
        "Fraværende: Per og Jonny.\n\n"
        "Referent: Rikke\n\n"
        "1. Status\nAfdelingsbestyrelsen drøftede affaldsordningen.\n"
    )
    _, absent = _names(raw)
    assert absent == ["Per", "Jonny"]
    found = _people_with_meeting(raw)
    assert not {"Per", "Jonny", "Rikke"} & set(found)


def test_a_lone_unknown_word_is_no_absentee_without_a_board() -> None:
    assert parse_people("Tørvejr.", 0) == []
    assert [p.name for p in parse_people("Idun.", 0, board=True)] == ["Idun"]


def test_full_names_make_no_board() -> None:
    raw = (
        "Referat af møde i Ældrerådet 3. maj 2022\n\n"
        "Deltagere: Bente Holm, Kaj Lund, Vibeke Dam\n"
        "Afbud: Solhaven\n\n"
        "1. Budget\nRådet drøftede budgettet.\n"
    )
    _, absent = _names(raw)
    assert "Solhaven" not in absent


# --- two-column member tables flattened to rows ------------------------------------------------------

_COLUMNS = (
    "Byrådet\n\nOnsdag den 7-12-2022 kl. 17:00\n\n"
    "Indholdsfortegnelse:\n\n"
    "301 Godkendelse af dagsorden\n"
    "302 Budgetopfølgning\n"
    "303 Salg af grund\n"
    "Medlemmer:\n\n"
    "Karen Bech Holm Anders Vilstrup\n"
    "Mette Lund Sigurd Ravn Nielsen\n"
    "Tove Kragh Odile Brask\n"
    "Henrik Storm Jensen Lise Marie Dahl\n"
    "Jørgen Tved  \n\n"
    "Godkendelse af dagsorden:\n"
    "Dagsordenen godkendt.\n"
)


def test_rows_of_two_names_are_cut_apart() -> None:
    participants, _ = _names(_COLUMNS)
    assert participants == ["Karen Bech Holm", "Anders Vilstrup", "Mette Lund", "Sigurd Ravn Nielsen",
                            "Tove Kragh", "Odile Brask", "Henrik Storm Jensen", "Lise Marie Dahl", "Jørgen Tved"]


def test_people_of_a_flattened_two_column_table() -> None:
    text = _COLUMNS.split("Medlemmer:\n\n")[1]
    found = people(text)
    assert {"Tove Kragh", "Odile Brask", "Karen Bech Holm", "Anders Vilstrup"} <= set(found)
    assert not any(len(name.split()) >= 4 for name in found)


def test_column_cut_is_refused_when_doubtful() -> None:
    assert column_pair("Mette Hald Holm Jensen") == []  # a surname cannot open the second name
    assert column_pair("Tove Kragh") == []  # one name only
    assert column_pair("Borgerservice Og Erhverv Kultur") == []  # not capitalised name words throughout


def test_a_lone_four_word_name_stays_whole() -> None:
    names = [p.name for p in parse_people("Anne Marie Holm Jensen", 0)]
    assert names == ["Anne Marie Holm Jensen"]


# --- names and roles ---------------------------------------------------------------------------------

def test_abbreviated_first_name_keeps_its_stop() -> None:
    text = "Til disse poster valgtes:\nFormand : Kirsten Bro\nSekretær : Hans Chr. Vestergaard\n"
    found = people(text)
    assert found["Hans Chr. Vestergaard"].role == "sekretær"
    assert "Hans Chr" not in found


def test_kasserer_label() -> None:
    text = "Formand : Kirsten Bro\nKasserer : Niels Ulrik Damgaard\n"
    assert people(text)["Niels Ulrik Damgaard"].role == "kasserer"


def test_elected_post_before_a_colon() -> None:
    text = "Beslutning:\n• Enstemmigt valgt formand: Arne B. Kofod\n• Valgt næstformand: Gitte Lind\n"
    found = people(text)
    assert found["Arne B. Kofod"].role == "formand"
    assert found["Gitte Lind"].role == "næstformand"


def test_names_under_a_plural_role_heading() -> None:
    text = ("Medlemmer:\nKurt Aagaard\nLis Winther\n"
            "Suppleanter (deltog under punkt 1-3):\nPoul Erik Vang\nDitte Krogh\n\n"
            "1. Velkomst\n")
    found = people(text)
    assert found["Poul Erik Vang"].role == "suppleant"
    assert found["Ditte Krogh"].role == "suppleant"
    assert "Kurt Aagaard" not in found or found["Kurt Aagaard"].role is None  # membership is no office


def test_technician_and_controller_are_roles_before_a_name() -> None:
    raw = ("Referat fra bestyrelsesmøde den 3. december 2014\n"
           "Deltagere: Karl Brun, Sten Mose, Iben Hald\n"
           "Afbud: Driftstekniker Aksel Bonde punkt 4, Controller Rita Kornum Lyng punkt 5\n\n"
           "1. Godkendelse af dagsorden\nGodkendt.\n")
    found = _people_with_meeting(raw)
    assert found["Aksel Bonde"].role == "driftstekniker"
    assert found["Rita Kornum Lyng"].role == "controller"
    assert not any(name.startswith("Driftstekniker") for name in found)


def test_role_word_before_a_board_members_first_name_makes_no_person() -> None:
    found = _people_with_meeting(_BOARD)
    assert "Torben" not in found and "Oline" not in found
    assert not any(name.lower().startswith("driftschef") for name in found)


def test_first_name_with_the_role_of_a_fuller_name_is_that_person() -> None:
    raw = _BOARD + "\n5. Præsentation af driftschef Torben Skou\nTorben fortalte om sine opgaver.\n"
    found = _people_with_meeting(raw)
    assert "Torben" not in found
    assert found["Torben Skou"].role == "driftschef"


def test_stop_after_the_last_name_of_a_run_on_list_is_no_part_of_it() -> None:
    from socdoc.extractors.minutes_families import run_on_members

    head = ("1 Referat MØDE Vesterby Ældreråd Mandag den 2. maj 2016 kl Mødesalen Til stede: Bodil Krag-Hansen, "
            "Per Ulstrup, Hanne Vinther, Jytte Zöllner. Gæster: a) Økonomichef Lars Bo Rank kl Tema: Budget")
    names = [a.name for a in run_on_members(head)]
    assert names[-1] == "Jytte Zöllner"
    for a in run_on_members(head):
        assert head[a.start:a.end] == a.name


def test_two_first_names_joined_inside_a_sentence_are_no_people() -> None:
    found = people("Besøget fandt sted den 3. maj, hvor Birthe og Richard fra Ældrerådet var med.")
    assert not {"Birthe", "Richard"} & set(found)


def test_first_name_pair_needs_a_plain_first_name_and_no_surname() -> None:
    assert "Bo" not in people("Der skal være plads til både Bo og Tage, siger planen.")
    found = people("Mødet blev ledet af Birthe og Richard Holm.")
    assert "Birthe" not in found or "Richard" not in found
    assert "Richard" not in people("Aftalen kom i stand, hvor Sune og Richard Holm mødtes.")


def test_adjective_before_a_title_belongs_to_the_role() -> None:
    found = people("Afbud: Driftschef Ole Vang punkt 2, Senior Controller Lise Brink Holm punkt 4-6\n")
    assert found["Lise Brink Holm"].role == "senior controller"
    found = people("Projektet ledes af faglig koordinator Jens Ravn.")
    assert found["Jens Ravn"].role == "faglig koordinator"


def test_other_adjectives_stay_out_of_the_role() -> None:
    found = people("Projektet ledes af den travle koordinator Jens Ravn.")
    assert found["Jens Ravn"].role == "koordinator"


def test_newly_taken_office_before_a_comma_and_the_name() -> None:
    found = people("Bevillingen glæder den nye boligsociale chef, Jonas Brix.", "Jonas Brix")
    assert found["Jonas Brix"].role == "boligsocial chef"
    found = people("Det var den gamle formand, Eva Lund ikke glad for.", "Eva Lund")
    assert found["Eva Lund"].role is None


def test_misspelt_referent_label_on_a_board_gives_no_person() -> None:
    raw = ("Bestyrelsesmøde\nTirsdag d. 4. april 2017, kl. 19:30\n\n"
           "Tilstede: Vagn, Inger, Søren og Anders\nAfbud: Kjeld Holm\nReferant: Anders\n\n"
           "1. Godkendelse af dagsorden Godkendt.\n")
    participants, absent = _names(raw)
    assert participants == ["Vagn", "Inger", "Søren", "Anders"] and absent == ["Kjeld Holm"]
    found = _people_with_meeting(raw)
    assert "Anders" not in found and not any(name.startswith("Referant") for name in found)
    assert "Kjeld Holm" in found
