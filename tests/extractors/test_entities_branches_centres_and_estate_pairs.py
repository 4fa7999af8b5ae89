"""A listed organisation and its local branch, a family or addiction centre with its own name, a local newspaper,
a field of work as the one area of special focus, and two estates of one listed entry joined by a slash when the
second is a street's name in the definite form."""

from __future__ import annotations

import socdoc


def test_listed_organisation_and_its_local_branch_are_two_parties() -> None:
    text = ("Mødrehjælpen Odense lukker kontoret. Kvinderne har fået hjælp hos Mødrehjælpen Odense i mange år.\n\n"
            "Odense Kommune har støttet Mødrehjælpen økonomisk, men nu stopper støtten.\n")
    names = [p.name for p in socdoc.extract(text).parties]
    assert "Mødrehjælpen Odense" in names and "Mødrehjælpen" in names
    assert "Mødrehjælp Odense" not in names


def test_centre_for_families_with_its_own_name() -> None:
    text = "Familiecenter Poppelgården i Hvidovre er stedet, hvor Red Barnet og kommunen hjælper familierne.\n"
    assert "Familiecenter Poppelgården" in [p.name for p in socdoc.extract(text).parties]


def test_local_newspaper_is_no_party() -> None:
    text = "Næstformand Jens Skov (F) oplyser til Lokalavisen Egedal, at byggeriet vil koste 300 mio. kr.\n"
    assert "Lokalavisen Egedal" not in [p.name for p in socdoc.extract(text).parties]


def test_field_of_work_is_the_one_area_of_special_focus() -> None:
    text = ("Den nye ældrepolitik indeholder mål for hjælp i eget hjem, og så er der et særligt fokus på "
            "demensområdet. Politikken indeholder også nøgletal.\n")
    assert [f.name for f in socdoc.extract(text).focus_areas] == ["demensområdet"]


def test_definite_thing_is_still_no_focus_area() -> None:
    assert socdoc.extract("Udvalget har en ny plan, og den har særligt fokus på cykelstien.\n").focus_areas == []


def test_listed_estate_pair_with_a_definite_street_name_is_two_areas() -> None:
    text = "Mange af boligerne i Skovparken/Skovvejen og Munkebo i Kolding er nyrenoverede.\n"
    areas = [a.name for a in socdoc.extract(text).areas]
    assert "Skovparken" in areas and "Skovvejen" in areas and "Skovparken/Skovvejen" not in areas


def test_estate_and_its_street_stay_one_area() -> None:
    text = "I Nøjsomhed/Sydvej i Helsingør bor mange familier.\n"
    assert "Nøjsomhed/Sydvej" in [a.name for a in socdoc.extract(text).areas]


def test_sentence_opening_with_the_word_hjem_is_no_breadcrumb() -> None:
    text = "Hjem Til Alle Alliancen består af 15 organisationer, blandt andet Falck, KAB, Røde Kors og Realdania.\n"
    names = [p.name for p in socdoc.extract(text).parties]
    assert {"Falck", "KAB", "Røde Kors", "Realdania"} <= set(names)


def test_breadcrumb_trail_stays_navigation() -> None:
    text = "Hjem Politik Byråd og udvalg Ældrerådet\n\nNyheder\n\nMødet blev holdt i rådhusets kantine i går.\n"
    assert "Ældrerådet" not in [p.name for p in socdoc.extract(text).parties]


def test_companies_named_as_employers() -> None:
    text = "Når man får en arbejdsplads som Vestas med 400 nye job, betyder det meget, og MHI Vestas ansætter også.\n"
    assert {"Vestas", "MHI Vestas"} <= {p.name for p in socdoc.extract(text).parties}


def test_two_unlisted_estates_joined_by_a_slash_stay_one_area() -> None:
    assert "Byengen/Nordengen" in [a.name for a in socdoc.extract("I Byengen/Nordengen bor mange familier.\n").areas]


def test_committee_named_after_its_council_in_a_transcript_header_is_the_body() -> None:
    text = ("Referat. Aalborg Byråd. Mødet den kl Mødelokale 142,\n\nTranskript\n\n"
            "1 Referat AALBORG BYRÅD Aalborg Byråd By- og Landskabsudvalget Mødet den kl Mødelokale 142,\n\n"
            "2 Åben 1 Godkendelse af dagsorden 1\n\nPunkt 1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n")
    record = socdoc.extract(text)
    assert record.meeting is not None and record.meeting.body == "By- og Landskabsudvalget"


def test_council_alone_in_the_header_stays_the_body() -> None:
    text = ("Referat. Aalborg Byråd. Mødet den 3. maj 2021 kl. 16.00\n\nPunkt 1. Godkendelse af dagsorden\n\n"
            "Beslutning:\nGodkendt.\n")
    record = socdoc.extract(text)
    assert record.meeting is not None and record.meeting.body == "Aalborg Byråd"
