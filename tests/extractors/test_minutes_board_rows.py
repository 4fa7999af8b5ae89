"""Minutes of school boards, user councils and leisure committees: attendance written one member a row
with the member's post after a slash and the absence mark at the row's end, list labels that qualify who
may vote, a start time given only as a range of clock times, a decision heading with the body's term in
brackets, a place named alone between the date line and the members list, and another body's decision told
as the case's background."""

from __future__ import annotations

from socdoc.extractors.minutes_layout import parse_decision_heading, parse_people

from minutes_run import run


# --- one member a row: post after a slash, absence mark at the end ------------------------------------

SCHOOL_BOARD = (
    "Skolebestyrelsesmøde\n"
    "Referat d. 3. marts 2024.\n"
    "18.30 til 20.30. Kaffe og kage fra kl. 18.15\n"
    "--------------------------------------------\n"
    "Deltagere med stemmeret:\n"
    "Rikke Damgaard\n"
    "Jesper Lundholm Afbud\n"
    "Tina Kragh\n"
    "Oliver Busk/Elevrådsformand\n"
    "Sofie Winther/Elevrådsnæstformand Afbud\n"
    "Hanne Møller/Medarbejderrep.\n"
    "Deltagere uden stemmeret:\n"
    "Karsten Bjerg/Skoleleder\n"
    "Line Fogh/Referent\n"
    "Gæster:\n"
    "--------------------------------------------\n"
    "Pkt. 1. Godkendelse af dagsorden\n"
    "Referat: Dagsordenen blev godkendt.\n"
)


def test_rows_with_posts_after_a_slash_and_absence_marks_at_the_end() -> None:
    meeting = run(SCHOOL_BOARD).meeting
    assert [p.name for p in meeting.participants] == [
        "Rikke Damgaard", "Tina Kragh", "Oliver Busk", "Hanne Møller", "Karsten Bjerg", "Line Fogh"]
    assert meeting.absent == ["Jesper Lundholm", "Sofie Winther"]


def test_a_range_of_clock_times_gives_the_start() -> None:
    assert run(SCHOOL_BOARD).meeting.time == "18:30"


def test_the_post_after_a_slash_is_no_part_of_the_name() -> None:
    assert [p.name for p in parse_people("Eva Holm/Kasserer, Bo Dam/Personalerep.", 0)] == ["Eva Holm", "Bo Dam"]
    assert parse_people("Afbud/fravær", 0) == []  # no full name before the slash: left alone


def test_a_first_name_after_the_slash_is_no_post() -> None:
    assert [p.name for p in parse_people("Eva Holm/Bo Dam", 0)] != ["Eva Holm Dam"]


def test_the_label_may_say_who_may_vote() -> None:
    raw = ("Referat af møde i Brugerrådet 4. maj 2023\n\n"
           "Deltagende med stemmeret: Eva Holm, Bo Dam og Kim Lund\n"
           "Deltagende uden stemmeret: Lise Berg\n\n"
           "1. Godkendelse af referat\nGodkendt.\n")
    assert [p.name for p in run(raw).meeting.participants] == ["Eva Holm", "Bo Dam", "Kim Lund", "Lise Berg"]


def test_a_capitalised_absence_label_with_names_after_it_is_still_a_list() -> None:
    raw = ("Referat af møde i Ældrerådet 4. maj 2023\n\n"
           "Deltagere:\nEva Holm\nBo Dam\n\nAfbud:\nKim Lund\n\n"
           "1. Godkendelse af referat\nGodkendt.\n")
    meeting = run(raw).meeting
    assert [p.name for p in meeting.participants] == ["Eva Holm", "Bo Dam"]
    assert meeting.absent == ["Kim Lund"]


def test_a_range_of_day_and_month_is_no_time() -> None:
    raw = ("Referat af møde i Ældrerådet\n\nUdstillingen vises 12.06-19.06 på biblioteket.\n\n"
           "1. Godkendelse af referat\nGodkendt.\n")
    assert run(raw).meeting.time is None


# --- the body's term in brackets in the decision heading ------------------------------------------------

def test_the_term_in_brackets_after_the_body_keeps_the_heading() -> None:
    found = parse_decision_heading("Beslutning i Fritidsudvalget (22-25) den 14-03-2023")
    assert found is not None and found.body == "Fritidsudvalget" and found.date_text == "14-03-2023"


LEISURE = (
    "14-03-2023 kl. 16:30\n"
    "Pavillonen\n\n"
    "Medlemmer\n\n"
    "Anne Kjeldsen (A)\n\nMorten Vang (V)\n\nPia Rahbek (Idrætsrådet)\n\n"
    "Afbud\n\nSøren Quist (F)\n\n"
    "Nr.1 - Godkendelse af dagsorden\n\n"
    "Beslutning i Fritidsudvalget (22-25) den 14-03-2023\n\nGodkendt.\n\n"
    "Nr.2 - Tilskud til foreningernes ledertræning\n\n"
    "Beslutning i Fritidsudvalget (22-25) den 14-03-2023\n\nUdvalget bevilgede 40.000 kr. af puljen.\n"
)


def test_a_leisure_committee_with_bracketed_term_and_a_bare_place() -> None:
    result = run(LEISURE)
    assert result.meeting.body == "Fritidsudvalget"
    assert result.meeting.location == "Pavillonen"
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "approved"), (2, "approved")]


def test_a_person_between_the_date_line_and_the_list_is_no_place() -> None:
    raw = LEISURE.replace("Pavillonen\n", "Morten Vang\n", 1)
    assert run(raw).meeting.location is None


# --- another body's decision told as the case ---------------------------------------------------------

def test_another_bodys_decision_under_the_case_account_is_no_decision() -> None:
    raw = ("Referat af møde i Integrationsrådet den 5. februar 2022\n\n"
           "1. Puljen til foreningsaktiviteter\n\nSAGSFREMSTILLING\n\n"
           "Byrådet har besluttet, at rådet kan fordele 150.000 kr. til lokale foreninger.\n\n"
           "Der er kommet seks ansøgninger, som gennemgås på mødet.\n")
    assert run(raw).decisions == []


# --- more ways to write the lists' labels and marks ----------------------------------------------------

def test_the_participle_labels_open_a_members_list() -> None:
    for label in ("Fremmødt", "Mødt"):
        raw = (f"Referat af møde i Seniorrådet 4. maj 2023 kl. 10.00\n\n{label}: Eva Holm, Bo Dam og Kim Lund\n"
               "Ikke mødt: Lise Berg\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
        meeting = run(raw).meeting
        assert [p.name for p in meeting.participants] == ["Eva Holm", "Bo Dam", "Kim Lund"], label
        assert meeting.absent == ["Lise Berg"]


def test_an_absence_mark_in_capitals_at_the_rows_end() -> None:
    raw = ("Referat af møde i Seniorrådet 4. maj 2023 kl. 10.00\n\nDeltagere:\nEva Holm\nBo Dam AFBUD\nKim Lund\n\n"
           "1. Godkendelse af dagsorden\nGodkendt.\n")
    meeting = run(raw).meeting
    assert [p.name for p in meeting.participants] == ["Eva Holm", "Kim Lund"]
    assert meeting.absent == ["Bo Dam"]


def test_an_absence_item_whose_list_goes_on_with_a_second_label() -> None:
    raw = ("Referat af møde i Integrationsrådet den 8. marts 2022 kl. 17.00\n\n"
           "1. Fraværende\n\nBeslutning\n\nAfbud: Eva Holm, Bo Dam og Kim Ry. Uden afbud Lise Berg.\n\n"
           "2. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
    assert run(raw).meeting.absent == ["Eva Holm", "Bo Dam", "Kim Ry", "Lise Berg"]
