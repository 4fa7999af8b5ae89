"""Recipients of grants told in prose (the verb put before its subject, a clause after a comma or
"mens", the passive of "tildele") or listed as "project - receiver (amount)" and under one sum; focus
areas after a relative clause and a colon, and after a verb of focus split from its "på:"."""

from __future__ import annotations

import socdoc
from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def parties(text: str) -> list[str]:
    return [p.name for p in socdoc.extract(text).parties]


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


ROUND_UP = ("Kort før jul uddelte Nordby Lokalfond 120.000 kroner til foreninger i kommunen. "
            "Nordby Roklub i Sønderby har fået 31.000 kroner, mens Skovgårdens Venner er blevet tildelt "
            "27.000 kroner, Kajakholdet Bølgen på Lilleø har fået 23.500 kroner. "
            "Derudover har Engskolen modtaget 13.000 kroner i støtte til et trafikprojekt.")


def test_the_subject_of_a_passive_grant_is_a_recipient() -> None:
    assert "Skovgårdens Venner" in parties(ROUND_UP)


def test_a_recipient_opens_a_clause_after_a_comma() -> None:
    assert "Kajakholdet Bølgen" in parties(ROUND_UP)


def test_a_recipient_after_the_auxiliary_put_first() -> None:
    assert "Engskolen" in parties(ROUND_UP)


def test_the_town_after_a_recipient_is_no_part_of_its_name() -> None:
    names = parties(ROUND_UP)
    assert "Nordby Roklub" in names
    assert not any("Sønderby" in n or "Lilleø" in n for n in names)


def test_a_common_noun_that_receives_is_no_party() -> None:
    text = ("Byrådet har fordelt puljen. Derudover har Kommunen modtaget 2 mio. kr. fra staten, og "
            "Projektet er blevet tildelt 300.000 kroner.")
    names = parties(text)
    assert "Kommunen" not in names and "Projektet" not in names


def test_a_person_who_receives_a_prize_is_no_organisation() -> None:
    text = "Ved årsmødet har Karen Holm fået 10.000 kroner som årets ildsjæl i foreningen."
    assert "Karen Holm" not in parties(text)


# A list of grants, one line per project: the project, a dash, the receiver and the amount in brackets.

DASH_LIST = ("Fonden har i dag fordelt 1,2 mio. kr. til fem lokalsamfund.\n\n"
             "Liv på havnen i Sydby - Sydby Bådelaug (140.000 kr.)\n\n"
             "Leg og bevægelse i Nordby - Grundejerforeningen Engen (210.500 kr.)\n\n"
             "Fællesskab i Vestby - Vestby Borgerforening (280.000 kr.)\n\n"
             "Aktiv i foreningen - Anne Holm (20.000 kr.)\n")


def test_the_receiver_after_the_last_dash_of_a_grant_line_is_a_party() -> None:
    names = parties(DASH_LIST)
    assert {"Sydby Bådelaug", "Grundejerforeningen Engen", "Vestby Borgerforening"} <= set(names)


def test_the_project_before_the_dash_is_no_party() -> None:
    names = parties(DASH_LIST)
    assert not any(n.startswith(("Liv på", "Leg og", "Fællesskab")) for n in names)


def test_a_person_after_the_dash_is_no_organisation() -> None:
    assert "Anne Holm" not in parties(DASH_LIST)


def test_receivers_bulleted_under_one_sum_are_parties() -> None:
    text = ("Udvalget har fordelt frivillighedsmidlerne.\n\n"
            "75.000 kroner til:\n\n"
            " • Sydby Håndboldklub (Sydby IF), som arrangerer håndbold for børn med handicap\n\n"
            "50.000 kroner til hver af følgende:\n\n"
            " • Foreningen Mod Ensomhed\n"
            " • Nordby Lektiecafé\n")
    names = parties(text)
    assert {"Sydby Håndboldklub", "Foreningen Mod Ensomhed", "Nordby Lektiecafé"} <= set(names)


# Focus areas: a list noun, a relative clause and a colon over bullets; a verb of focus split from "på:".

def test_bullets_after_a_list_noun_with_a_relative_clause_and_a_colon() -> None:
    text = ("Helhedsplanen dækker hele bydelen.\n\n"
            "De indsatsområder, der søges midler til, er:\n\n"
            "·   Børn, unge og familier\n"
            "·   Sundhed\n"
            "·   Kultur og fritid\n\n"
            "Ansøgningen er skrevet sammen med beboerne.\n")
    assert focus(text) == ["Børn, unge og familier", "Sundhed", "Kultur og fritid"]


def test_bullets_after_a_verb_of_focus_whose_object_follows_the_subject() -> None:
    text = ("Kulturaftalen løber i fire år. Desuden fokuserer aftalen mere end før på:\n\n"
            "  • udvikling af talenter\n"
            "  • tilbud til børn og unge\n\n"
            "Aftalen evalueres i 2026.\n")
    assert focus(text) == ["udvikling af talenter", "tilbud til børn og unge"]


def test_a_relative_predicate_before_a_colon_is_no_area() -> None:
    text = ("Visionen bæres af tre fokusområder som er særlig vigtige: Bosætning, erhverv og "
            "kultur.")
    assert focus(text) == ["Bosætning", "erhverv", "kultur"]


def test_a_relative_clause_without_a_colon_names_no_areas() -> None:
    text = "Planen har tre indsatsområder som alle skal styrke trivslen i byen."
    assert focus(text) == []


# A municipality set off by commas after a named place is the place's municipality, a place and no party,
# also in lower case; a ministry's "&" for its last "og"; a municipality coordinated after a "for" name.

def test_a_municipality_in_apposition_after_a_place_is_an_area() -> None:
    record = socdoc.extract("Nordby Roklub i Sønderby, Aabenraa kommune, søger midler til en ny bådhal.")
    assert "Aabenraa Kommune" in [a.name for a in record.areas]
    assert "Aabenraa Kommune" not in [p.name for p in record.parties]


def test_a_ministry_written_with_an_ampersand_and_a_municipality_after_it() -> None:
    names = parties("Programmet er godkendt ved det daværende Ministeriet for By, Bolig & Landdistrikter og "
                    "Aabenraa Kommune modtog i juni 2014 tilsagn om støtte fra ministeriet.")
    assert "Aabenraa Kommune" in names
    assert any(n.startswith("Ministeriet for By, Bolig") and n.endswith("Landdistrikter") for n in names)


def test_a_body_named_with_its_town_on_a_heading_line_takes_the_town_once() -> None:
    text = ("Maj 2015 - Ungdomshuset\n\nUngdomsrådet Ballerup\nStationsvej 1\n2750 Ballerup\n"
            "Referat af Ungdomsrådsmøde\nTil stede: Laura Holm, Peter Sand\n\n"
            "1. Godkendelse af dagsorden\nUngdomsrådet godkendte dagsordenen.\n")
    names = parties(text)
    assert "Ungdomsrådet Ballerup" in names
    assert not any(n.endswith("Ballerup Ballerup") for n in names)


# Lists of grants with dashes between receiver, project and amount, or run on in one paragraph; the
# applicant that opens a case's title.

def test_grant_lines_with_dashes_name_their_receivers() -> None:
    text = ("Følgende foreninger har modtaget i alt 41.000 kroner fra Hallens Fond i 2024:\n\n"
            "Nordby Roklub - 20.000 kroner\n\n"
            "Sydby Håndboldklub - Minihold - 10.000 kroner\n\n"
            "Vestby Badminton - 6.000 kroner\n\n"
            "Østby Sejlklub - 5.000 kroner\n")
    names = parties(text)
    assert {"Nordby Roklub", "Sydby Håndboldklub", "Vestby Badminton", "Østby Sejlklub"} <= set(names)


def test_grants_run_on_in_one_paragraph_name_their_receivers() -> None:
    text = ("Pengene blev fordelt som følger: Nordby Forsamlingshus 33.125 kr., Sydby Pensionistforening "
            "6.000 kr., Vestby Lokalhistoriske Forening, 22.000 kr., Blå Bånd Hjemmet, Østby 50.000 kr., "
            "Kom og syng med 10.000 kr.\n")
    names = parties(text)
    assert {"Nordby Forsamlingshus", "Sydby Pensionistforening", "Vestby Lokalhistoriske Forening",
            "Blå Bånd Hjemmet"} <= set(names)
    assert not any("Østby" in n for n in names)


def test_two_amounts_in_a_sentence_make_no_list_of_grants() -> None:
    text = "Udvalget bevilgede Projekt Sommer 20.000 kr., Projekt Vinter 10.000 kr. til aktiviteter."
    assert not {"Projekt Sommer", "Projekt Vinter"} & set(parties(text))


def test_the_applicant_that_opens_a_case_title_is_a_party() -> None:
    text = ("Dagsorden\n"
            "Sag nr. 18 Nordby Jazzklub - ansøgning om tilskud 2024\n"
            "19 Sydbyegnens Landboungdom - Klage over afslag på godkendelse\n"
            "20 Anna Holm - ansøgning om tilskud til udstilling\n")
    names = parties(text)
    assert {"Nordby Jazzklub", "Sydbyegnens Landboungdom"} <= set(names)
    assert "Anna Holm" not in names


def test_a_municipalitys_committee_in_lower_case_after_its_genitive_is_the_party() -> None:
    names = parties("Tirsdag skulle Odder Kommunes økonomiudvalg have behandlet sagen om de ekstra 8,6 millioner kroner.")
    assert names == ["Odder Kommunes økonomiudvalg"]


def test_a_municipalitys_web_page_is_no_body_of_it() -> None:
    assert parties("Læs mere om ordningen på Odder Kommunes hjemmeside.") == []


def test_a_national_organisation_the_gazetteer_knows_opens_a_paragraph() -> None:
    text = "Reformen træder i kraft 1. juli 2023.\n\nSelveje Danmark hilser reformen velkommen."
    assert parties(text) == ["Selveje Danmark"]


def test_receivers_bulleted_under_a_line_that_announces_them() -> None:
    text = ("Nordby Fonden støtter sociale indsatser for unge.\n\n"
            "Følgende organisationer har modtaget fondens Feriehjælp 2024:\n\n"
            "  • Sydby Værested\n"
            "  • Daghøjskolen Vestegnen\n"
            "  • Landsforeningen af Nabohjælpere\n\n"
            "Modtagerne af midler fra efterårets pulje er:\n\n"
            " • Engskolen i Nordby, ”Moderne mesterlære”, 1.200.000 kr.\n"
            " • Fonden Bagland i Sydby, ”Unge i en overgang”, 900.000 kr.\n")
    names = parties(text)
    assert {"Sydby Værested", "Daghøjskolen Vestegnen", "Landsforeningen af Nabohjælpere", "Engskolen",
            "Fonden Bagland"} <= set(names)


def test_grant_lines_with_a_colon_name_their_receivers() -> None:
    text = ("Udvalget besluttede at fordele midlerne således:\n\n"
            "  • Plejehjemmets Venner: 10.000 kr.\n"
            "  • Nordby Seniorklub: 8.000 kr.\n"
            "  • Sydby Besøgsven: 2.500 kr.\n")
    assert {"Plejehjemmets Venner", "Nordby Seniorklub", "Sydby Besøgsven"} <= set(parties(text))


def test_a_new_building_named_with_nyt_is_no_party() -> None:
    text = ("Regionsrådet skal godkende en række anlægsbevillinger i relation til Nyt Aalborg "
            "Universitetshospital.")
    assert parties(text) == ["Regionsrådet"]


def test_a_party_named_between_a_role_and_the_person_is_the_persons_affiliation() -> None:
    text = ("Der er brug for flere tilbud, siger sundhedsminister fra Venstre Ellen Trane Nørby. De planer er sat på "
            "pause, oplyser medlem af byrådet for Venstre Merete Due Paarup.")
    assert "Venstre" not in parties(text)


def test_a_party_that_acts_stays_a_party() -> None:
    text = "Forslaget blev stillet af Venstre. Venstre vil have flere penge til ældreplejen."
    assert parties(text) == ["Venstre"]


def test_a_body_named_indefinite_in_a_heading_and_definite_in_the_text_is_one_party() -> None:
    text = ("Frivilligråd - Referat\n\nDato: 1. april 2020\n\n"
            "1. Godkendelse af dagsorden\nFrivilligrådet godkendte dagsordenen.")
    assert parties(text) == ["Frivilligrådet"]
