"""Minutes of boards and councils: items whose prose reports to the meeting ("Lederen orienterede
om …") are informative items, and the place written as a sentence or behind a generic room word."""

from __future__ import annotations

from minutes_run import run


BOARD = ("Referat af bestyrelsesmøde\n14. marts 2022 kl. 19.00 - 21.00\n\n"
         "Mødet foregik i mødelokalet ved hallen i Søby.\n\n"
         "Til stede: Anna Holm, Peter Lund, Kirsten Bach.\n\n"
         " 1. Godkendelse af referat:\n  Referatet blev godkendt.\n\n"
         " 2. Nyt fra klubberne:\n  Peter Lund orienterede om sæsonens tilmeldinger.\n\n"
         " 3. Økonomi:\n  Kassereren gav en kort orientering om regnskabet. Der er penge nok til sommeren.\n\n"
         " 4. Banerne:\n  Anna Holm orienterede om banerne.\n  Hegnet ved bane 2 er stadig i stykker.\n"
         "  Kommunen har lovet at se på det.\n\n"
         " 5. Nye trøjer:\n  Kirsten Bach orienterede om tilbuddene. Bestyrelsen besluttede at købe de blå trøjer.\n")


def _outcomes(raw: str) -> dict:
    return {d.item: d.outcome for d in run(raw).decisions}


def test_report_items_are_recorded_as_informative() -> None:
    got = _outcomes(BOARD)
    assert got[1] == "approved"
    assert got[2] == "other" and got[3] == "other" and got[4] == "other"


def test_report_then_resolution_records_the_resolution() -> None:
    d = next(x for x in run(BOARD).decisions if x.item == 5)
    assert d.text == "Bestyrelsen besluttede at købe de blå trøjer."


def test_report_text_is_the_first_sentence_with_offsets() -> None:
    result = run(BOARD)
    d = next(x for x in result.decisions if x.item == 3)
    assert d.text == "Kassereren gav en kort orientering om regnskabet."


def test_a_lowercase_or_unrelated_opening_is_no_report() -> None:
    raw = BOARD.replace("Peter Lund orienterede om sæsonens tilmeldinger.", "Vi mangler stadig to trænere.")
    assert 2 not in _outcomes(raw)


def test_place_in_a_sentence_foregik() -> None:
    assert run(BOARD).meeting.location == "Mødelokalet ved hallen i Søby"


def test_generic_room_word_before_the_named_place_is_dropped() -> None:
    raw = ("Referat fra Seniorrådets møde onsdag den 5. april 2023 kl. 13.00 i lokale på Solgården Sal 2\n\n"
           "Til stede: Eva Holm, Bo Dam\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n")
    assert run(raw).meeting.location == "Solgården Sal 2"


LOCAL_COUNCIL = ("Referat, 3. maj 2021\n\nMødet foregik i Klubhuset ved sportspladsen i Nørreby.\n\n\n"
                 "1. Godkendelse af referatet fra sidste møde. Godkendt.\n\n"
                 "2. Kassererens udtræden af rådet. Taget til efterretning.\n\n"
                 "3. Status på sommerfesten. Alt er klar, og der er styr på teltet.\n\n"
                 "4. Budget 2022. Forslag til fordeling.\n")


def test_outcome_sentence_after_the_title_on_the_item_line() -> None:
    got = _outcomes(LOCAL_COUNCIL)
    assert got[1] == "approved" and got[2] == "noted"


def test_title_with_two_sentences_and_no_outcome_gets_none() -> None:
    got = _outcomes(LOCAL_COUNCIL)
    assert got.get(3) in (None, "other") and 4 not in got


def test_outcome_sentence_offsets() -> None:
    result = run(LOCAL_COUNCIL)
    d = next(x for x in result.decisions if x.item == 2)
    assert d.text == "Taget til efterretning."
    assert result.decisions and run(LOCAL_COUNCIL).meeting.location == "Klubhuset ved sportspladsen i Nørreby"


def test_named_place_on_its_own_line_under_date_and_time() -> None:
    raw = ("Referat\ntil\nmødet i Handicaprådet\nden 2. oktober 2023 kl. 15:00\ni Café Solsiden\n\n\n"
           "1. Godkendelse af dagsorden\n\nGodkendt.\n")
    assert run(raw).meeting.location == "Café Solsiden"


def test_a_sentence_under_the_time_line_is_no_place() -> None:
    raw = ("Referat\ntil\nmødet i Handicaprådet\nden 2. oktober 2023 kl. 15:00\ni Dag Mødte Alle Medlemmer Op\n\n\n"
           "1. Godkendelse af dagsorden\n\nGodkendt.\n")
    assert run(raw).meeting.location is None


def test_meeting_in_a_members_home_keeps_hos() -> None:
    raw = ("Referat bestyrelsesmøde den 9. november kl. 19.30 hos Birgitte\n\nDeltagere: Eva Holm, Bo Dam\n\n"
           "1. Godkendelse af dagsorden\n\nGodkendt.\n")
    assert run(raw).meeting.location == "hos Birgitte"


def test_lower_case_outcome_after_a_comma_in_the_heading_line() -> None:
    raw = ("Referat af bestyrelsesmøde 4. marts 2020 kl. 19\n\nDeltagere: Eva Holm, Bo Dam\n\n"
           "1. Godkendelse af dagsorden, godkendt\n\n2. Regnskab, kasserer og revisor\n\n3. Nyt fra formanden, orientering\n")
    got = [(d.item, d.outcome, d.text, d.title) for d in run(raw).decisions]
    assert got == [(1, "approved", "godkendt", "Godkendelse af dagsorden")]


def test_second_absence_label_after_the_list_sentence() -> None:
    raw = ("Referat af bestyrelsesmøde 4. marts 2020 kl. 19\n\nDeltagere: Eva Holm, Bo Dam, Lise Krog\n"
           "Afbud: Karen Juhl og Ole Lund. Uden afbud Jens Berg.\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n")
    absent = run(raw).meeting.absent
    assert "Ole Lund" in absent and "Jens Berg" in absent and "Karen Juhl" in absent
    assert not any("Uden" in name for name in absent)
