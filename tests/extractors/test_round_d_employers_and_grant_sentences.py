"""The organisation a person works for, named after the person's role; a municipality that opens a quoted
sentence or follows a news dateline; recipients of grants told one sentence each, after a line's label
or with a word between the verb and the grant."""

from __future__ import annotations

import socdoc


def parties(text: str) -> list[str]:
    return [p.name for p in socdoc.extract(text).parties]


# The employer after a role: in prose and in brackets after a member's name.

BOARD = ("Nyt råd for Nordby Museum\n\n"
         "Kulturministeren har udpeget rådet, der får følgende sammensætning:\n"
         "Eva Skov Lund, formand (direktør, Nordby Radio Kultur)\n"
         "Karin Bak Holm (underdirektør, Marked & Salg, Tivoli Sydhavn)\n"
         "Mette Dam (analysechef, VisitNordby)\n\n"
         "Rådet mødes første gang i marts.")


def test_the_employer_in_brackets_after_a_members_role() -> None:
    names = parties(BOARD)
    assert "Nordby Radio Kultur" in names
    assert "VisitNordby" in names


def test_the_last_item_in_brackets_names_the_employer_not_its_department() -> None:
    names = parties(BOARD)
    assert "Tivoli Sydhavn" in names
    assert "Marked & Salg" not in names


PROSE = ("Ny bestyrelse i Nordby Erhvervshus\n\n"
         "Bestyrelsen består af Jens Holm Lund, direktør i Engholm Gruppen, og Anne Bech, advokat og partner hos "
         "Krogh Thorsen. Det oplyser Lis Dahl, formand for Nordby Lærerkreds. Hendes mand er chef for Teknik og "
         "Miljø.")


def test_the_employer_after_a_role_and_i_or_hos() -> None:
    names = parties(PROSE)
    assert "Engholm Gruppen" in names
    assert "Krogh Thorsen" in names


def test_the_organisation_after_formand_for_and_a_department_with_og() -> None:
    names = parties(PROSE)
    assert "Nordby Lærerkreds" in names
    assert "Teknik og Miljø" in names


def test_a_sentences_full_stop_ends_the_employers_name() -> None:
    text = ("Det siger Bo Holm, administrerende direktør i Engholm Ejendomsadministration. Næstformand Lis Dahl "
            "er enig.")
    names = parties(text)
    assert "Engholm Ejendomsadministration" in names
    assert not any("Næstformand" in n for n in names)


def test_a_place_or_a_political_party_after_a_role_is_no_employer() -> None:
    text = ("Mødet blev ledet af Bo Holm, borgmester i Nordby, og Lis Dahl, medlem for Venstre. "
            "Eva Lund er sekretær i Sønderborg.")
    names = parties(text)
    assert "Nordby" not in names and "Sønderborg" not in names
    assert "Venstre" not in names


def test_the_municipality_a_member_comes_from_after_a_party_in_brackets() -> None:
    text = ("Nyt formandskab i KKR\n\nNy næstformand bliver borgmester Karsten Holm (Venstre) fra Egedal Kommune. "
            "Han afløser Bo Dam.")
    assert "Egedal Kommune" in parties(text)


# A municipality that opens a sentence after a dash of speech or a news dateline acts.

def test_a_municipality_after_a_dash_of_speech_acts() -> None:
    text = ("Nyt budget i Aarhus\n\nByrådet har vedtaget budgettet.\n\n"
            "– Aarhus Kommune står over for en svær sparerunde, siger borgmesteren.")
    assert "Aarhus Kommune" in parties(text)


def test_a_municipality_after_a_dateline_in_capitals_acts() -> None:
    text = "Klima\n\nSOLRØD: Solrød Kommune bestræber sig på at eliminere drivhusgasserne inden 2030.\n"
    assert "Solrød Kommune" in parties(text)


def test_a_dash_opening_a_line_before_a_bare_name_is_no_sentence() -> None:
    text = "Nyt om klima\n\nMødet blev holdt på rådhuset i går.\n\n- Solrød Kommune\n- Greve Kommune\n"
    assert "Solrød Kommune" not in parties(text)


# Recipients of grants, one sentence each.

SENTENCES = ("Kulturpuljen er fordelt. Nordby Studenterrevy, 12.000 kr. til årets forestilling. "
             "Sydby Kammerkor, Sønderby, 10.000 kr. til en koncert i domkirken. Engholm Jazzklub, 8.000 kr. til "
             "en festival. Pengene udbetales i maj.")


def test_each_sentence_of_a_grant_list_names_its_receiver() -> None:
    names = parties(SENTENCES)
    assert {"Nordby Studenterrevy", "Sydby Kammerkor", "Engholm Jazzklub"} <= set(names)
    assert "Sønderby" not in names


def test_two_such_sentences_are_no_list() -> None:
    text = "Nordby Studenterrevy, 12.000 kr. til årets forestilling. Engholm Jazzklub, 8.000 kr. til en festival."
    assert "Nordby Studenterrevy" not in parties(text)


def test_a_recipient_after_the_lines_label() -> None:
    text = ("De støttede friluftsprojekter\n\n"
            "Lilleø: DDS Lilleø Gruppe modtager 35.000 kroner i tilskud til kanoer.\n\n"
            "Nordfyn: 1. Engby DDS-gruppe modtager 20.000 kroner til hængekøjer.\n")
    names = parties(text)
    assert "DDS Lilleø Gruppe" in names
    assert "1. Engby DDS-gruppe" in names


def test_an_adjective_between_the_verb_and_the_grant() -> None:
    text = "Nyhed\n\nKastanjekollegiet modtager flot bevilling fra Nordby Fonden til nye fælleslokaler.\n"
    assert "Kastanjekollegiet" in parties(text)


def test_the_employers_name_stops_before_the_next_persons_name() -> None:
    text = ("Deltagere\n\nFormand for Nordby Boligselskab Tonny Bech, direktør i Sydby Bolig og Engby Bolig, og "
            "Eva Lund, chef for Bystrategisk stab.")
    names = parties(text)
    assert "Nordby Boligselskab" in names
    assert not any("Tonny" in n or "Bystrategisk" in n for n in names)
    assert "Sydby Bolig og Engby Bolig" not in names


# Focus areas: a regional plan's strategies counted over bullets; a minutes' list of a plan's themes.

def focus(text: str) -> list[str]:
    return [f.name for f in socdoc.extract(text).focus_areas]


def test_counted_strategies_over_bullets_are_focus_areas() -> None:
    text = ("Ny udviklingsstrategi for regionen\n\nRegionsrådet har vedtaget en udviklingsstrategi, der hviler på "
            "fire strategier:\n\n  • Bo og leve\n  • Viden og læring\n  • Vækst og velstand\n  • Kultur og fritid\n\n"
            "Strategien gælder fra 2025.")
    assert focus(text) == ["Bo og leve", "Viden og læring", "Vækst og velstand", "Kultur og fritid"]


def test_strategies_without_a_count_open_no_list() -> None:
    text = ("Kommunens strategier\n\nByrådet har drøftet kommunens strategier og vil samle dem i én plan i 2026. "
            "Det sker efter en høring blandt borgerne.")
    assert focus(text) == []


def test_the_themes_of_an_action_plan_in_minutes_are_focus_areas() -> None:
    text = ("Referat\nErhvervsudvalget\nMødedato: 4. marts 2024\n\n1. Handlingsplan for erhverv\n\n"
            "Sagsfremstilling\nHandlingsplanens tre temaer er:\n  • Eksport\n  • Innovation\n  • Grøn omstilling\n\n"
            "Beslutning\nGodkendt.\n")
    assert focus(text) == ["Eksport", "Innovation", "Grøn omstilling"]


def test_the_unit_of_a_director_who_recommends_is_no_party() -> None:
    text = ("Indstilling\nDirektøren for Social og Sundhed indstiller, at budgetopfølgningen tages til efterretning.\n"
            "Beslutning\nGodkendt.\n")
    assert "Social og Sundhed" not in parties(text)


def test_a_portfolio_after_an_alderman_is_still_no_employer() -> None:
    text = "Det glæder mig, siger Line Holm (S), der er rådmand for Sundhed og Omsorg."
    assert "Sundhed og Omsorg" not in parties(text)


def test_an_unlisted_name_after_the_organisations_word_is_a_person() -> None:
    text = "Det mener formand for Engby Boligforening Abdi Jama Ali (A), som bor i afdelingen."
    names = parties(text)
    assert "Engby Boligforening" in names
    assert not any("Abdi" in n for n in names)


def test_a_body_that_a_case_is_handled_in_acts() -> None:
    text = ("Referat\nBørn og Unge-udvalget\n\nBeslutning\nUdvalget anbefalede, at forslaget behandles i "
            "Magistraten med fokus på skolevejene.\n")
    assert "Magistraten" in parties(text)


def test_municipalities_in_an_attendance_list_run_onto_one_line_are_parties() -> None:
    text = ("Referat KKR\n\n3 Deltagere Birgit Holm Nordby Kommune Lene Bak Jensen Thisted Kommune Leon Dam "
            "Rebild Kommune\n\nMødet handlede om trafik i Aalborg Kommune.\n")
    names = parties(text)
    assert {"Thisted Kommune", "Rebild Kommune"} <= set(names)
    assert "Aalborg Kommune" not in names


def test_bulleted_receivers_with_bare_sums_are_parties() -> None:
    text = ("Foreningspuljen\n\nDe har modtaget støtte:\n\n• Nordby Skøjteklub 30.000 kroner\n\n• Cykleklubben Fart "
            "25.000\n\n• Sydby Folkedanserforening 20.000\n\n• Engby Dartklub 10.500\n\nPuljen åbner igen i marts.\n")
    names = parties(text)
    assert {"Cykleklubben Fart", "Sydby Folkedanserforening", "Engby Dartklub"} <= set(names)


def test_two_bulleted_names_with_numbers_are_no_list_of_grants() -> None:
    text = "Status\n\n• Lynghøj Dans 1.200\n\n• Birkely Sang 3.400\n\nTallene er fra 2024.\n"
    names = parties(text)
    assert "Lynghøj Dans" not in names and "Birkely Sang" not in names
    third = text.replace("\n\nTallene", "\n\n• Tofteholm Kor 2.100\n\nTallene")
    assert "Lynghøj Dans" in parties(third)  # three lines make the list


def test_a_clubs_town_before_its_acronym_in_a_list_is_part_of_its_name() -> None:
    text = "DBU har uddelt penge.\n\nDe penge fik blandt andet Skovbakke IF, Hørning IF og Bangsbo Freja del i.\n"
    names = parties(text)
    assert "Skovbakke IF" in names
    assert "IF" not in names


def test_receivers_one_per_line_under_a_line_that_announces_them() -> None:
    text = ("Puljen til frivilligt socialt arbejde\n\nModtagere af støtte i 2024:\n\nHåbets Hus\n\nNordby Besøgsven\n\n"
            "Foreningen Front for Veteraner\n\nSydby Motionsvenner\n\nLæs mere om puljen på kommunens hjemmeside.\n")
    names = parties(text)
    assert {"Håbets Hus", "Nordby Besøgsven", "Foreningen Front for Veteraner"} <= set(names)


def test_receivers_after_middle_dots_under_a_line_with_a_verb_of_receiving() -> None:
    text = ("Spar Nordby Fonden uddeler penge\n\nDe foreninger, som hver modtager 10.000 kr., er:\n\n"
            "· Nordby Karateklub\n· Engby Volley\n· Sydby Atletik og Motion\n\nKilde: Nordby Folkeblad\n")
    names = parties(text)
    assert {"Nordby Karateklub", "Engby Volley", "Sydby Atletik og Motion"} <= set(names)


def test_a_run_on_list_of_grants_each_with_what_it_is_for() -> None:
    text = ("Fonden har uddelt 90.000 kr.\n\nDe øvrige modtagere er: Kvindecenter Nordby får 25.000 kr. til kunst, "
            "Sydby Buejægere 5.000 kr. til materiel, Engby Koret 10.000 kr. til koncerter, Raise Your Voice "
            "10.000 kr. til festival.\n")
    names = parties(text)
    assert {"Kvindecenter Nordby", "Engby Koret", "Raise Your Voice"} <= set(names)
    assert not any(n.endswith(" får") for n in names)


def test_grant_lines_with_a_quoted_project_between_receiver_and_sum() -> None:
    text = ("LAG-midler fordelt\n\n- Nordby Spejderne: \"Nyt klubhus til alle\" (Nordby), 350.000 kroner\n\n"
            "- Familie og Samfund Sydjylland \"Vi kan bruge hinanden\" (Sydby), 113.000 kroner\n\n"
            "- Engby Naturskole: \"Økologiske værdikæder\" (Engby), 250.000 kroner\n")
    names = parties(text)
    assert {"Nordby Spejderne", "Familie og Samfund Sydjylland", "Engby Naturskole"} <= set(names)


def test_a_titled_name_opened_by_an_article_receives() -> None:
    text = "Fonden har uddelt penge.\n\nDen Gamle Købstad fik tilsagn om tilskud på kr. 4.650.000 til en ny udstilling.\n"
    assert "Den Gamle Købstad" in parties(text)
    assert "Den nye pulje" not in parties("Puljer\n\nDen nye pulje fik tilsagn om 5 mio. kr. fra staten.\n")


def test_a_receiver_named_after_among_the_receivers() -> None:
    text = ("Landdistriktspuljen\n\nBlandt de øvrige modtagere er Foreningen til Bevarelse af Engby Mølle, der har fået "
            "85.000 kroner. Blandt modtagerne var Sdr. Nordby Spejderne, der købte kanoer.\n")
    names = parties(text)
    assert {"Foreningen til Bevarelse af Engby Mølle", "Sdr. Nordby Spejderne"} <= set(names)


def test_bulleted_receivers_with_their_projects() -> None:
    text = ("Styrelsen har udvalgt tre projekter:\n\n  • Nordby FC A/S med projektet ”Fritidsjob for unge”\n"
            "  • Foreningen Fisken med projektet ”Job i Sydhavnen”\n  • Incitaby med projektet ”Fremtid gennem "
            "fritiden”.\n")
    names = parties(text)
    assert {"Foreningen Fisken", "Incitaby"} <= set(names)


def test_one_bullet_with_a_project_is_no_list_of_receivers() -> None:
    text = "Status\n\n  • Lundebo med projektet ”Ny have” er i gang.\n\nMere følger.\n"
    assert "Lundebo" not in parties(text)
