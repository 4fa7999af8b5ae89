"""Name runs: several personal names in a row with only spaces between, or a name glued to a
label, a role or an organisation (PDF transcripts and flattened tables)."""

from __future__ import annotations

import pytest

from socdoc import extract
from socdoc.extractors.name_runs import entry_names, split_names, split_run, trim_name


@pytest.mark.parametrize("run, names", [
    # a known first name after a complete name starts the next one
    ("Bo Skat Andersen Rikke Stisager Henrik Mølgaard", ["Bo Skat Andersen", "Rikke Stisager", "Henrik Mølgaard"]),
    ("Lars Bo Jensen Kim Holm", ["Lars Bo Jensen", "Kim Holm"]),
    ("Kim Dahl Bo Skat Andersen", ["Kim Dahl", "Bo Skat Andersen"]),
    ("Peter Krogh Jens Peter Hansen", ["Peter Krogh", "Jens Peter Hansen"]),
    ("Ole Berg Kim Holm Palle S. Madsen Eva Lund", ["Ole Berg", "Kim Holm", "Palle S. Madsen", "Eva Lund"]),
    # an unlisted given name after a sure surname, before a listed one
    ("Kim Dahl Nuka Marie Karlsen", ["Kim Dahl", "Nuka Marie Karlsen"]),
    # an unlisted given name after a sure surname, before another sure surname
    ("Tove Mikkelsen Käthe Pedersen Lone Bak", ["Tove Mikkelsen", "Käthe Pedersen", "Lone Bak"]),
    # particles stay inside the name
    ("Sofie de Bretteville Olsen Ole Berg", ["Sofie de Bretteville Olsen", "Ole Berg"]),
])
def test_runs_are_cut_into_names(run: str, names: list[str]) -> None:
    assert split_names(run) == names


@pytest.mark.parametrize("name", [
    "Jens Kristian Therkelsen",  # a first name as middle name
    "Ane Marie M. Andersen",  # an initial does not start a name
    "Anne Marie Kim Holm",  # "Anne Marie" + "Kim Holm" or one name: unsure, kept whole
    "Ole Bo Kim Hansen",
    "Hans Erik Nielsen Jensen",  # a double surname
    "Sara Understrup Lind Panduro",
])
def test_doubtful_runs_stay_whole(name: str) -> None:
    assert split_names(name) == [name]


@pytest.mark.parametrize("glued, name", [
    ("Finn Larsen Revisor", "Finn Larsen"),
    ("Palle Jensen Suppleanter", "Palle Jensen"),
    ("Søren S. Nielsen Tilforordnede", "Søren S. Nielsen"),
    ("Helle Wang Aakersø Direkte", "Helle Wang Aakersø"),
    ("Claes Helmersen Kant Arkitekter", "Claes Helmersen"),  # "Kant Arkitekter" is the firm
    ("Mona Friis Mødeleder", "Mona Friis"),
    ("Mona Friis", "Mona Friis"),
])
def test_trailing_labels_and_firms_are_dropped(glued: str, name: str) -> None:
    assert trim_name(glued) == name


def test_word_broken_at_line_end_is_one_name() -> None:
    text = "Mette Christi-\nansen Ole Berg"
    spans = split_run(text)
    assert [text[s:e] for s, e in spans] == ["Mette Christi-\nansen", "Ole Berg"]


def test_entry_with_sublabels_and_brackets() -> None:
    entry = "Fra Lejerbo: Bo Skat Andersen Rikke Stisager (A) Fra kommunen: Jens Kristian Therkelsen"
    found = entry_names(entry, lambda note: note.isupper() and len(note) <= 2)
    assert [(entry[s:e], party) for s, e, party in found] == [
        ("Bo Skat Andersen", None), ("Rikke Stisager", "A"), ("Jens Kristian Therkelsen", None)]


def test_sentence_is_not_a_name_run() -> None:
    entry = "Eva Holm er fraværende. Ole Berg (A) deltog som stedfortræder for Eva Holm."
    assert entry_names(entry, lambda note: True) == []


def _meeting(text: str):
    doc = extract(text, doc_id="t")
    return doc, [a.name for a in doc.meeting.participants], list(doc.meeting.absent)


def test_participants_from_organisations_run_together() -> None:
    doc, present, absent = _meeting(
        "Referat af møde i Fællesudvalget for boligområdet\n"
        "Dato: 14. marts 2024 kl. 16.00\n"
        "Deltagere: Fra Boligselskabet Vest: Bo Skat Andersen Rikke Stisager Henrik Mølgaard "
        "Fra KAB: Kim Dahl Nuka Marie Karlsen (KAB) Fra kommunen: Jens Kristian Therkelsen\n"
        "Afbud: Palle Jensen Suppleanter\n"
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n")
    assert present == ["Bo Skat Andersen", "Rikke Stisager", "Henrik Mølgaard", "Kim Dahl",
                       "Nuka Marie Karlsen", "Jens Kristian Therkelsen"]
    assert absent == ["Palle Jensen"]
    assert "Palle Jensen" in {p.name for p in doc.people}


def test_roles_and_firm_in_attendance_line() -> None:
    doc, present, absent = _meeting(
        "Referat fra bestyrelsesmøde i Andelsboligforeningen Engtoften\n"
        "Dato: 4. april 2024\n"
        "Til stede: Formand Lone Birk, næstformand Ove Sand, Mette Holm og Søren S. Nielsen "
        "Administrationen: Claes Helmersen Kant Arkitekter\n"
        "Fraværende: Finn Larsen Revisor\n"
        "1. Årsregnskab\nBeslutning: Godkendt.\n")
    assert present[:4] == ["Lone Birk", "Ove Sand", "Mette Holm", "Søren S. Nielsen"]
    assert absent == ["Finn Larsen"]
    names = {p.name for p in doc.people}
    assert "Claes Helmersen" in names and "Finn Larsen" in names
    assert not any("Arkitekter" in n or "Revisor" in n for n in names)


def test_council_members_with_ordinal_roles() -> None:
    doc, present, absent = _meeting(
        "Byrådet\nMødedato: 5. maj 2024\n"
        "Medlemmer: Anne Lund, (S), Borgmester Peter Krogh, (S), 1. Viceborgmester Hans Bro (PN) Karin Vest (V)\n"
        "Afbud: Helle Wang Aakersø Direkte\n"
        "1. Budget\nBeslutning: Godkendt.\n")
    parties = {a.name: a.party for a in doc.meeting.participants}
    assert parties == {"Anne Lund": "S", "Peter Krogh": "S", "Hans Bro": "PN", "Karin Vest": "V"}
    assert absent == ["Helle Wang Aakersø"]


def test_single_name_after_sublabel() -> None:
    from socdoc.extractors.minutes_layout import parse_people

    found = parse_people("Fra Boligselskabet Vest: Kim Dahl Fra kommunen: Eva Lund (A)", 0)
    assert [(p.name, p.party) for p in found] == [("Kim Dahl", None), ("Eva Lund", "A")]


def test_trade_surnames_are_not_labels() -> None:
    assert trim_name("Lene Holm Gartner") == "Lene Holm Gartner"
    assert split_names("Ove Sand Karin Vest Lise Bro") == ["Ove Sand", "Karin Vest", "Lise Bro"]


def test_board_line_with_roles_between_names() -> None:
    doc = extract("Bestyrelsen\nFormand Bo Skat Andersen Næstformand Rikke Stisager Kasserer Finn Larsen "
                  "Suppleanter Palle Jensen Ole Berg\n", doc_id="t")
    roles = {p.name: p.role for p in doc.people}
    assert roles["Bo Skat Andersen"] == "formand"
    assert roles["Rikke Stisager"] == "næstformand"
    assert roles["Finn Larsen"] == "kasserer"
    assert not any(" Næstformand" in n or " Kasserer" in n for n in roles)


def test_contact_lines_with_glued_labels() -> None:
    doc = extract("Ny aftale om boligsocial indsats\n\nKommunen har i dag underskrevet en aftale.\n\n"
                  "Yderligere oplysninger:\nPressemedarbejder Helle Wang Aakersø Direkte 33 44 55 66\n"
                  "Projektleder Claes Helmersen Kant Arkitekter\n", doc_id="t")
    roles = {p.name: p.role for p in doc.people}
    assert roles == {"Helle Wang Aakersø": "pressemedarbejder", "Claes Helmersen": "projektleder"}


def test_label_of_another_list_ends_the_entry() -> None:
    from socdoc.extractors.minutes_layout import parse_people

    assert [p.name for p in parse_people("Lise Bak Ove Holm Suppleanter Ida Dam", 0)] == ["Lise Bak", "Ove Holm"]
    assert [p.name for p in parse_people("Lise Bak Suppleanter Ida Dam", 0)] == ["Lise Bak"]


def test_broken_surname_in_attendance_list() -> None:
    from socdoc.extractors.minutes_layout import parse_people

    found = parse_people("Mette Christi- ansen Ole Berg Eva Lund", 0)
    assert [p.name for p in found] == ["Mette Christiansen", "Ole Berg", "Eva Lund"]
    assert (found[0].start, found[0].end) == (0, 20)
    assert [p.name for p in parse_people("Mette Christi-\nansen, Ole Berg (A)", 0)] == ["Mette Christiansen", "Ole Berg"]


def test_common_word_surname_is_kept() -> None:
    # "Vinding" is also a common noun; only label-like endings ("-ende", "-ede") end a name
    assert trim_name("Hans Peter Vinding") == "Hans Peter Vinding"
    assert trim_name("Eva Lund Fraværende") == "Eva Lund"


def test_sublabel_with_lower_case_words() -> None:
    from socdoc.extractors.minutes_layout import parse_people

    found = parse_people("Fra den boligsociale helhedsplan: Rikke Stisager Henrik Mølgaard", 0)
    assert [p.name for p in found] == ["Rikke Stisager", "Henrik Mølgaard"]


def test_place_before_names_ends_the_organisation() -> None:
    from socdoc.extractors.minutes_layout import parse_people

    found = parse_people("Boligselskabet Vesthimmerland Eva Lund Kim Holm", 0)
    assert [p.name for p in found] == ["Eva Lund", "Kim Holm"]


def test_company_suffix_takes_the_word_before() -> None:
    assert trim_name("Ole Berg Nordvest A/S") == "Ole Berg"
    assert split_names("Eva Lund Holm & Kim Berg") == ["Eva Lund Holm", "Kim Berg"]


def test_party_column_of_a_flattened_table() -> None:
    from socdoc.extractors.minutes_layout import parse_people

    found = parse_people("Ole Berg A Eva Lund V Kim Holm O", 0)
    assert [(p.name, p.party) for p in found] == [("Ole Berg", "A"), ("Eva Lund", "V"), ("Kim Holm", "O")]
    assert split_names("Eva Lund Ole B Hansen") == ["Eva Lund", "Ole B Hansen"]


def test_column_headings_after_a_label_are_no_names() -> None:
    no_party = lambda note: False  # noqa: E731
    assert entry_names("Sag Tekst Sidenr", no_party) == []
    names = [("Eva Lund", None), ("Ole Berg", None)]
    got = [(entry[s:e], note) for entry in ["Eva Lund Ole Berg"] for s, e, note in entry_names(entry, no_party)]
    assert got == names
