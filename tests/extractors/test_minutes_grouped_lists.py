"""Minutes: attendance lists split into labelled groups under one label, absentees with their
stand-ins, first-name lists, and the 'other' outcomes of small councils' items ("Intet.", the
meeting dates set, an election listed post by post), views voiced as a discussion, a closing
"taget til efterretning", a start time written with a comma and a body named in the genitive."""

from __future__ import annotations

from socdoc.extractors import decisions as dec
from socdoc.extractors.minutes import MinutesResult

from minutes_run import run


def names(result: MinutesResult) -> list[str]:
    return [p.name for p in result.meeting.participants]


def outcomes(result: MinutesResult) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in result.decisions]


ITEMS = "\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Orientering\n\nTaget til efterretning.\n"


# --- one label over labelled groups ---------------------------------------------------------------


def test_present_label_over_members_substitutes_and_staff() -> None:
    raw = ("Referat af møde i Ældrerådet den 4. marts 2021\n\nTil stede\nMedlemmer:\nGrete Holm\nAage Lindberg\n"
           "Vibeke Sand\nSuppleanter (deltog under punkt 1-3):\nTorben Kjær\nØvrige deltagere\n\nMette Friis\n" + ITEMS)
    assert names(run(raw)) == ["Grete Holm", "Aage Lindberg", "Vibeke Sand", "Torben Kjær", "Mette Friis"]


def test_group_labels_with_names_on_the_line_under_participants_and_absent() -> None:
    raw = ("Referat af skolebestyrelsesmøde\ntorsdag den 9. maj 2019 kl. 17.00\n\nDeltagere:\n"
           "Forældrevalgte: Jonas Brink, Sara Lykke Holm, Ole Vestergaard.\n"
           "Medarbejderrepræsentanter: Pia Krogh, Niels Ebbesen.\nElevrepræsentanter: - -\n\n"
           "Fraværende:\nForældrevalgte: Afbud fra Kamilla Birk.\n" + ITEMS)
    result = run(raw)
    assert names(result) == ["Jonas Brink", "Sara Lykke Holm", "Ole Vestergaard", "Pia Krogh", "Niels Ebbesen"]
    assert result.meeting.absent == ["Kamilla Birk"]


def test_administration_group_with_its_names_after_the_members() -> None:
    raw = ("Referat af Handicaprådets møde 2. juni 2022\n\nDeltagere\n\nLis Kragh, Bent Ravn og Maja Toft\n\n"
           "Fra Social- og Sundhedsforvaltningen: Helle Dam, Karsten Bo\n\nAfbud\n\nInge Lauridsen\n" + ITEMS)
    result = run(raw)
    assert names(result) == ["Lis Kragh", "Bent Ravn", "Maja Toft", "Helle Dam", "Karsten Bo"]
    assert result.meeting.absent == ["Inge Lauridsen"]


def test_posts_and_member_status_are_no_groups() -> None:
    raw = ("Referat af bestyrelsesmøde 3. april 2018\n\nDeltagere:\nBestyrelsesmedlemmer: Lis Kragh, Bent Ravn\n"
           "Mødeleder: Ib Holm\nReferent: Eva Vinther\n" + ITEMS)
    assert names(run(raw)) == ["Lis Kragh", "Bent Ravn"]
    raw = ("Referat af møde i Kulturudvalget 3. april 2018\n\nMedlemmer\n\n • Kim Lassen: Deltog\n"
           " • Brian Høier: Deltog\n • Eva Sten: Afbud\n" + ITEMS)
    assert names(run(raw)) == ["Kim Lassen", "Brian Høier"]


# --- absentees and their stand-ins ----------------------------------------------------------------


def test_stand_in_after_the_absentee_is_no_absentee() -> None:
    raw = ("Referat - Byrådet den 5. maj 2015\n\nMedlemmer\n  • Jens Ulv (A)\n  • Mona Kirk (V)\n\n"
           "Bemærkninger\n\nAfbud fra Sanne Leth stedfortræder Otto Brix. Afbud fra Jens Ravn stedfortræder Ida Mørk\n"
           + ITEMS)
    assert run(raw).meeting.absent == ["Sanne Leth", "Jens Ravn"]


def test_absent_sentence_with_a_dashed_stand_in() -> None:
    raw = ("Integrationsrådet - Referat\nDato: 7. maj 2016\n\n1. Fraværende\n\nBeslutning\n"
           "Omar Said var fraværende - suppleant Lene Bak mødte i stedet.\n\n"
           "2. Orientering\n\nBeslutning\nTaget til efterretning.\n")
    absent = run(raw).meeting.absent
    assert "Omar Said" in absent and "Lene Bak" not in absent


def test_first_names_joined_by_og_with_one_unknown() -> None:
    raw = "Referat fra afdelingsbestyrelsesmøde 6. juni 2020.\n\nFraværende: Per og Jonny.\n\nReferent: Lise\n" + ITEMS
    assert run(raw).meeting.absent == ["Per", "Jonny"]


# --- 'other' outcomes of small councils -----------------------------------------------------------


COUNCIL = "Referat fra møde i Ringby Ældreråd torsdag den 15. januar 2015\n\n"


def test_nothing_schedule_and_election_list_are_other() -> None:
    raw = COUNCIL + (
        "1. \nGodkendelse af dagsordenen\n\nGodkendt.\n\n"
        "2. \nMødeplan 2015\n\nMøderne holdes den anden tirsdag i måneden – dog ikke i juli.\n"
        "Planen gælder resten af valgperioden.\n\n"
        "3. \nValg af formand og kasserer\n\nValg:\nFormand Ruth Bech\nKasserer Niels Aagaard\n"
        "Revisor Finn Lund\n\n"
        "4. \nHjemmesiden\n\nIntet.\n\n"
        "5. \nSiden sidst\n\nFormanden var til temadag i Vejle.\n")
    result = run(raw)
    assert outcomes(result) == [(1, "approved"), (2, "other"), (3, "other"), (4, "other")]
    assert [d.text for d in result.decisions][1:] == [
        "Møderne holdes den anden tirsdag i måneden – dog ikke i juli.", "Formand Ruth Bech", "Intet."]


def test_a_lone_word_is_no_decision_outside_nothing_phrases() -> None:
    raw = COUNCIL + "1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Økonomi\n\nRegnskabet.\n"
    assert outcomes(run(raw)) == [(1, "approved")]


def test_views_voiced_and_closing_noted() -> None:
    assert dec.classify("Flere synspunkter blev fremført.") == "discussed"
    assert dec.classify("Drøftet og taget til efterretning.") == "noted"
    assert dec.classify("Taget til efterretning og drøftet.") == "noted"
    assert dec.classify("Drøftet og godkendt.") == "approved"
    assert dec.classify("Drøftet.") == "discussed"


# --- header ----------------------------------------------------------------------------------------


def test_start_time_with_a_comma_after_kl() -> None:
    raw = "Referat af møde i Seniorrådet den 3. marts 2011\nTidspunkt: Kl. 13,30 – 16,00; Mødelokale: A12\n" + ITEMS
    assert run(raw).meeting.time == "13:30"


def test_body_of_a_yearly_page_named_in_the_genitive() -> None:
    raw = ("Referater af Ungerådets møder i 2023\n\n14. marts 2023 – Ordinært møde\n\nDeltagere\n\n"
           "Ida Lund, Malte Krog\n\nReferat\n" + ITEMS)
    assert run(raw).meeting.body == "Ungerådet"


def test_the_meeting_words_date_outranks_the_titles_date_of_sending() -> None:
    raw = ("Boligselskabet Lunden 9. marts 2016\n\nReferat fra organisationsbestyrelsesmøde den 7. marts kl. 17.00\n"
           "Deltagere: Eva Holm, Bo Dam\n" + ITEMS)
    assert str(run(raw).meeting.date) == "2016-03-07"


def test_presenter_line_over_the_outcome() -> None:
    raw = COUNCIL + ("1. Godkendelse af dagsorden og referat\n\nv. Birgitte\n\n"
                     "Godkendt med et nyt punkt om frivilligprisen.\n\n"
                     "2. Nyt fra forvaltningen\n\nOplæg v. Karen Lund\n\nKaren fortalte om den nye strategi.\n")
    result = run(raw)
    assert outcomes(result) == [(1, "approved")]
    assert result.decisions[0].text == "Godkendt med et nyt punkt om frivilligprisen."


def test_first_item_glued_to_the_list_above_and_groups_of_absentees() -> None:
    raw = ("Referat af skolebestyrelsesmøde\nonsdag den 4. marts 2020 kl. 18.00\n\n"
           "Deltagere:\nForældrevalgte: Jonas Brink, Ole Vestergaard.\n\nFraværende:\n"
           "Elevrepræsentanter: Asta Lind, Malik Juhl (ingen besked?). 1. Godkendelse af referat:\n"
           "  Referatet godkendt.\n\n 2. Nyt fra ledelsen:\n  Skolelederen fortalte om nye skemaer.\n\n"
           " 3. Budget:\n  Budgettet blev godkendt.\n")
    result = run(raw)
    assert result.meeting.absent == ["Asta Lind", "Malik Juhl"]
    assert outcomes(result) == [(1, "approved"), (3, "approved")]
    assert result.decisions[0].text == "Referatet godkendt."


def test_no_glued_item_without_the_next_number_and_shape() -> None:
    raw = ("Referat af bestyrelsesmøde 4. marts 2020\n\nDeltagere: Eva Holm, Bo Dam\n\n"
           "Vi drøftede budgettet. 4. Punkt om haven:\nDet blev godkendt.\n\n 2. Haven:\n  Godkendt.\n")
    assert 4 not in [d.item for d in run(raw).decisions]
