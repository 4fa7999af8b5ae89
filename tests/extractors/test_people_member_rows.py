"""Roles and names in the member lists of boards and councils met on fresh minutes: a role with its
derived adjective written after the name at the line's end, the first of two roles joined by a slash, a
name with its role after a slash (also a shortened role with its full stop), a row's attendance note
after the name, rows "name - note" whose names the first-name list does not know, and a member who
takes a seat ("indtræder som")."""

from __future__ import annotations

import socdoc
from people_run import people


# --- a derived adjective before a role written after the name at the line's end -----------------------

def test_adjective_stays_in_a_role_that_ends_the_members_line():
    text = ("Til stede:\nKirsten Dahl, Formand\nNoura Haddad, etnisk repræsentant\n"
            "Tomas Gregersen, faglig konsulent\nAfbud:\nYusuf Demir, etnisk repræsentant\n")
    found = people(text, "Kirsten Dahl", "Noura Haddad", "Tomas Gregersen", "Yusuf Demir")
    assert found["Noura Haddad"].role == "etnisk repræsentant"
    assert found["Yusuf Demir"].role == "etnisk repræsentant"
    assert found["Tomas Gregersen"].role == "faglig konsulent"
    assert found["Kirsten Dahl"].role == "formand"


def test_adjective_before_a_role_inside_a_sentence_is_no_title():
    text = "Mødet blev ledet af Rikke Holt, lokal repræsentant for foreningen, som bød velkommen."
    assert people(text, "Rikke Holt")["Rikke Holt"].role is None


def test_first_of_two_roles_joined_by_a_slash():
    text = "Deltagere:\nAmira Saleh, observatør/suppleant fra 2021\nJens Brask, sekretær\n"
    assert people(text, "Amira Saleh", "Jens Brask")["Amira Saleh"].role == "observatør"


# --- a name and its role after a slash, one member a row -----------------------------------------------

def test_roles_after_a_slash_in_a_school_boards_rows():
    text = ("Stemmeberettigede:\nMette Kold\nDimitris Alexiou/Elevrådsformand\n"
            "Oskar Lindqvist/Elevrådsnæstformand Afbud\nHenny Brix/Personalerep.\n"
            "Tilforordnet:\nKaare Mose/Referent\n")
    found = people(text, "Mette Kold")
    assert found["Dimitris Alexiou"].role == "elevrådsformand"
    assert found["Oskar Lindqvist"].role == "elevrådsnæstformand"
    assert found["Henny Brix"].role == "personalerep."
    assert found["Kaare Mose"].role == "referent"


def test_one_slash_row_alone_is_no_list():
    text = "Spørgsmål kan rettes til Kaare Mose/Referent\n"
    assert "Kaare Mose" not in people(text)


def test_attendance_note_after_a_name_in_a_members_column():
    text = "Bestyrelsen:\nMette Kold\nLærke-Marie Thygesen Afbud\nBirk Aagaard\n"
    found = people(text, "Mette Kold", "Birk Aagaard")
    assert "Lærke-Marie Thygesen" in found
    assert not any("Afbud" in name for name in found)


# --- "name - note" rows whose first names are not in the list of known names ------------------------------

def test_rows_of_the_same_form_make_the_unknown_names_people():
    text = ("Rådet består af:\n • Hanne Stokholm - udpeget af byrådet\n"
            " • Tesfaye Gebremariam - valgt på borgermødet\n"
            " • Oumou Diallo Keita - valgt på borgermødet\n • Frank Nygaard - udpeget af idrætsforeningerne\n")
    found = people(text, "Hanne Stokholm", "Frank Nygaard")
    assert "Tesfaye Gebremariam" in found
    assert "Oumou Diallo Keita" in found


def test_a_note_row_beside_a_plain_name_row_needs_its_own_kind():
    text = "Deltagere:\nHanne Stokholm\nBorger Service - åben hver dag\n"
    assert "Borger Service" not in people(text, "Hanne Stokholm")


# --- a member who takes a seat -------------------------------------------------------------------------

def test_member_taking_a_seat_as_a_stand_in():
    text = "Direktionen indstiller,\n\nat Vagn Kirkegaard indtræder som stedfortræder for Ulla Bech, og\n"
    found = people(text, "Vagn Kirkegaard", "Ulla Bech")
    assert found["Vagn Kirkegaard"].role == "stedfortræder"
    assert found["Ulla Bech"].role is None


def test_workplace_after_a_role_in_apposition_is_no_person() -> None:
    text = ("Følgende er udpeget til udvalget:\n\n"
            " • Ida Holm, direktør Hotel Kronen Skive – for erhvervslivet\n"
            " • Per Lund, præst Sct. Jørgens Kirke – for civilsamfundet\n")
    people = {p.name: p.role for p in socdoc.extract(text).people}
    assert people == {"Ida Holm": "direktør", "Per Lund": "præst"}


def test_stand_in_called_in_or_approved_takes_the_role() -> None:
    text = ("Beslutning\n\nLone Vang (A) indkaldes som stedfortræder i perioden.\n\n"
            "Beslutning\n\nOle Bech godkendt som suppleant for Karl Friis.")
    people = {p.name: p.role for p in socdoc.extract(text).people}
    assert people["Lone Vang"] == "stedfortræder"
    assert people["Ole Bech"] == "suppleant"
    assert people.get("Karl Friis") is None
