"""Attendance lists of small boards and regional councils: a double first name in a list of first
names (one gender: one person; two genders: two people whose comma was lost), a note after a dash
in such a list, and members listed as "<name>, <body>" pairs whose body runs into the next name."""

from __future__ import annotations

from minutes_run import run

from socdoc.extractors.minutes_families import _pats, colonless_list
from socdoc.extractors.minutes_layout import parse_people
from socdoc.lang import da


def _names(people: list) -> list[str]:
    return [p.name for p in people]


def test_double_first_name_of_one_gender_is_one_person() -> None:
    assert _names(parse_people("Svend Erik, Pernille, Winnie og Karen", 0)) == ["Svend Erik", "Pernille", "Winnie", "Karen"]
    assert _names(parse_people("Carsten, Mads, Anne Grete, Jørn", 0)) == ["Carsten", "Mads", "Anne Grete", "Jørn"]


def test_two_first_names_of_two_genders_stay_two_people() -> None:
    assert _names(parse_people("Peter, Inger Søren og Anders", 0)) == ["Peter", "Inger", "Søren", "Anders"]


def test_first_name_genders_table() -> None:
    genders = da.first_name_genders()
    assert (genders["Svend"], genders["Erik"], genders["Inger"], genders["Søren"]) == ("m", "m", "f", "m")
    assert "Lykke" not in genders  # borne by women and men alike


def test_note_after_a_dash_in_a_first_name_list() -> None:
    raw = ("Referat af bestyrelsesmøde den 12. marts 2024\n\n"
           "Deltagere: Jette, Ulrik – Bodils praktikant, Minna, Keld, Frode\n\n"
           "Afbud fra: Hans Henrik, Pernille\n\n"
           "1. Godkendelse af dagsorden\n\nGodkendt.\n")
    meeting = run(raw).meeting
    assert [p.name for p in meeting.participants] == ["Jette", "Ulrik", "Minna", "Keld", "Frode"]
    assert meeting.absent == ["Hans Henrik", "Pernille"]


def test_name_and_body_pairs_in_a_labelled_list() -> None:
    value = "Ole Bak, Nordby Kommune Ib Holm, Sydby Kommune Lene Vang, Vestby Kommune"
    assert _names(parse_people(value, 0)) == ["Ole Bak", "Ib Holm", "Lene Vang"]


def test_name_and_body_pairs_in_a_flattened_page_line() -> None:
    head = ("3 Deltagerfortegnelse Deltagere Ole Bak, Nordby Kommune Ib Holm, Sydby Kommune Hans Peter Geil, "
            "Sydby Kommune Lene Vang, Vestby Kommune Kurt Mose, Østby Kommune 4 Godkendelse af referat")
    names = _names(colonless_list(head, _pats()["colonless_present"]))
    assert names[:5] == ["Ole Bak", "Ib Holm", "Hans Peter Geil", "Lene Vang", "Kurt Mose"]
