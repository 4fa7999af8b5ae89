"""Minutes: local-council and association minutes that list the agenda first and then write one
section per item, opened by a line that refers back to the entry's number ("Ad. 1:", "Ad punkt 2",
"Ad 3)", "Ad. pkt. 4"), the section's first sentence being the item's record."""

from __future__ import annotations

from minutes_run import run

AGENDA = ("Referat af bestyrelsesmøde i Borgerforeningen for Østerby\n\n"
          "Dato: 14. marts 2024\n\n"
          "Dagsorden:\n"
          "    1. Godkendelse af referat.\n"
          "    2. Meddelelser fra formanden.\n"
          "    3. Kassererens beretning.\n"
          "    4. Sommerfesten.\n"
          "    5. Eventuelt.\n\n")


def test_referenced_sections_take_the_listed_titles() -> None:
    raw = AGENDA + ("Ad. 1:\nReferatet fra sidste møde blev godkendt.\n\n"
                    "Ad. 2:\nFormanden har holdt møde med kommunen om stien langs åen.\n\n"
                    "Ad. 3:\nKassebeholdningen er på 12.400 kr.\n\n"
                    "Ad. 4:\nIngen bemærkninger.\n")
    found = run(raw).decisions
    assert [(d.item, d.title) for d in found] == [
        (1, "Godkendelse af referat"), (2, "Meddelelser fra formanden"), (3, "Kassererens beretning"),
        (4, "Sommerfesten")]
    assert found[0].outcome == "approved"
    assert found[2].text == "Kassebeholdningen er på 12.400 kr."
    assert all(raw[d.start:d.end] == d.text for d in found)


def test_reference_words_vary() -> None:
    raw = AGENDA + ("Ad punkt 1\nGodkendt uden bemærkninger.\n\n"
                    "Ad 2)\nFormanden orienterede om det nye\nfælleshus. Der kommer mere på næste møde.\n\n"
                    "Ad. pkt. 5\nIntet.\n")
    found = run(raw).decisions
    assert [d.item for d in found] == [1, 2, 5]
    assert found[1].title == "Meddelelser fra formanden"
    assert found[2].title == "Eventuelt"


def test_one_reference_is_no_layout() -> None:
    raw = AGENDA + "Ad. 1:\nGodkendt.\n"
    assert all(d.title != "Godkendelse af referat" or d.item == 1 for d in run(raw).decisions)


def test_numbers_that_go_back_are_no_references() -> None:
    raw = AGENDA + "Ad. 3:\nGodkendt.\n\nAd. 1:\nGodkendt.\n"
    assert not any(d.title == "Kassererens beretning" and d.text == "Godkendt." for d in run(raw).decisions)


# --- bodies named only in the title line -----------------------------------------------------------

ITEM = "\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n"


def test_annual_meeting_title_names_the_council() -> None:
    raw = "Referat af generalforsamling i Østerby-Vang Lokalråd, onsdag den 6. marts 2024 i Hallen." + ITEM
    assert run(raw).meeting.body == "Østerby-Vang Lokalråd"


def test_decision_minutes_title_names_a_council_for_an_area() -> None:
    raw = "Titel:   Beslutningsreferat – Lokalrådet for Søndre Hede\nDato:   12. 03. 2024" + ITEM
    assert run(raw).meeting.body == "Lokalrådet for Søndre Hede"


def test_an_area_word_is_no_council() -> None:
    raw = "Beslutningsreferat – Lokalområdet for Søndre Hede\nDato: 12. marts 2024" + ITEM
    assert run(raw).meeting.body != "Lokalområdet for Søndre Hede"


# --- members grouped by the body or unit they come from --------------------------------------------


def test_members_grouped_by_body_and_unit() -> None:
    raw = ("Medlemmer\n\n"
           "Byrådet: Lene Kragh (V), Ole Sand (A)\n\n"
           "Forvaltningen: Tove Bang, Center for Ældre, Jens Kure, Center for Trafik\n\n"
           "Handicaporganisationerne: Mia Lund, Dansk Høreforening, Per Aagaard, Dansk Blindesamfund, "
           "Kurt Jessen, Foreningen Autisme\n\n"
           "Ikke tilstede: Jens Kure\n\n"
           "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n")
    result = run(raw)
    assert [p.name for p in result.meeting.participants] == [
        "Lene Kragh", "Ole Sand", "Tove Bang", "Mia Lund", "Per Aagaard", "Kurt Jessen"]
    assert result.meeting.absent == ["Jens Kure"]


def test_a_guest_group_does_not_continue_the_absentees() -> None:
    raw = ("Deltagere:\n • Lene Kragh: Formand\n\nAfbud:\n • Ole Sand\n\nGæst:\n • Tove Bang, Staben\n\n"
           "1. Godkendelse af dagsorden\nGodkendt.\n")
    assert run(raw).meeting.absent == ["Ole Sand"]


# --- association items: elections recorded without names, a lost label's "Ingen" ------------------


def test_reelection_line_is_the_election_items_record() -> None:
    raw = ("Referat af generalforsamling i Østerby-Vang Lokalråd\n\n"
           "1. Valg af dirigent\nKirsten Bach valgtes som dirigent.\n\n"
           "2. Valg af bestyrelse\nGenvalg af hele bestyrelsen efter vedtægterne.\n\n"
           "3. Valg af revisor\nGenvalgt.\n\n"
           "4. Eventuelt\nDer blev talt om julemarkedet.\n")
    found = {d.item: d for d in run(raw).decisions}
    assert found[1].text == "Kirsten Bach valgtes som dirigent."
    assert found[2].text == "Genvalg af hele bestyrelsen efter vedtægterne."
    assert 4 not in found


def test_reelection_outside_an_election_item_is_no_record() -> None:
    raw = ("Referat af bestyrelsesmøde\n\n1. Orientering\nGenvalg drøftes på næste møde.\n\n"
           "2. Eventuelt\nIntet.\n")
    assert all(d.item != 1 for d in run(raw).decisions)


def test_none_word_of_a_lost_label_is_no_surname() -> None:
    raw = ("1 SKOVBY KOMMUNE Åbent referat til Byrådet Mødedato: Tirsdag den 2. april 2024 "
           "Mødetidspunkt: 17:00 Medlemmer: Bo Lind, Eva Kragh Holm, Ulla Sand Ingen\n\n"
           "1. Godkendelse af dagsorden\nGodkendt.\n")
    names = [p.name for p in run(raw).meeting.participants]
    assert "Ulla Sand Ingen" not in names


# --- item headings opened by the body's abbreviation -----------------------------------------------


def test_items_opened_by_the_body_abbreviation() -> None:
    raw = ("Medlemmer\n\nByrådet: Lene Kragh (V)\n\n"
           "ÆR 1.        Mødeplan for efteråret\n\nÆldrerådet holder møde hver anden måned.\n\n"
           "Beslutning\nMødeplanen blev godkendt.\n\n"
           "ÆR 2.        Eventuelt\n\nBeslutning\nIntet.\n")
    result = run(raw)
    assert [(d.item, d.title) for d in result.decisions][:2] == [(1, "Mødeplan for efteråret"), (2, "Eventuelt")]
    assert result.meeting.body == "Ældrerådet"


def test_capitals_before_a_number_inside_prose_are_no_item() -> None:
    raw = ("Referat af møde i Ældrerådet\n\n1. Orientering\nVi fik et brev fra KL\n"
           "KL 3. kvartal viser en stigning.\n\n2. Eventuelt\nIntet.\n")
    assert [d.item for d in run(raw).decisions if d.item == 3] == []


def test_date_and_place_under_the_decision_heading_are_no_outcome() -> None:
    raw = ("1.      Godkendelse af dagsorden\n\nSagsfremstilling\nDagsordenen forelægges.\n\n"
           "Beslutning fra Ældrerådet\n\nDato: 4. marts 2024\n\nSted: Mødelokale 2, Rådhuset\n\nGodkendt.\n\n"
           "2.      Orientering\n\nSagsfremstilling\nFormanden orienterer.\n\n"
           "Beslutning fra Ældrerådet\n\nDato: 4. marts 2024\n\nSted: Mødelokale 2, Rådhuset\n")
    found = run(raw).decisions
    assert [(d.item, d.text) for d in found] == [(1, "Godkendt.")]


def test_vulnerable_citizens_are_no_postponement() -> None:
    raw = ("1. Temaer for rådets arbejde\n\nBeslutning\n\nDisse temaer blev foreslået:\n\n"
           "  • Sundhed for socialt udsatte borgere\n  • Børn, der er udsat for vold\n\n"
           "2. Budget\n\nBeslutning\n\nSagen blev udsat til næste møde.\n")
    outcomes = {d.item: d.outcome for d in run(raw).decisions}
    assert outcomes.get(1) != "postponed"
    assert outcomes[2] == "postponed"


def test_proposed_for_a_post_and_approved() -> None:
    raw = ("Referat af afdelingsmøde\n\n1. Valg af dirigent\n\n"
           "Bestyrelsen foreslog Mette Lauridsen som dirigent, og forsamlingen godkendte forslaget.\n\n"
           "Mette takkede for valget og konstaterede, at mødet var lovligt indkaldt.\n\n"
           "2. Orientering\n\nBestyrelsen fortalte om haveprojektet, som kommunen har godkendt.\n")
    found = {d.item: d for d in run(raw).decisions}
    assert found[1].outcome == "approved"
    assert found[1].text.startswith("Bestyrelsen foreslog Mette Lauridsen")


def test_case_page_that_gives_the_decision_first() -> None:
    raw = ("Socialudvalget\nReferat • 5. marts 2024 kl. 15.00\nIndhold\n"
           "Beslutning i Socialudvalget den 05-03-2024\nGodkendt.\n"
           "Indstilling\nForvaltningen indstiller, at retningslinjerne for ledsagelse godkendes.\n"
           "Sagsfremstilling\nRetningslinjerne er revideret efter dialog med brugerne.\n")
    found = run(raw).decisions
    assert [(d.item, d.outcome, d.text) for d in found] == [(None, "approved", "Godkendt.")]


def test_answers_to_a_recommendations_points_under_the_decision_are_no_items() -> None:
    raw = ("Referat - Kulturudvalget den 4. marts 2024\n\n"
           "1. Godkendelse af dagsorden\n\n"
           "Beslutning i Kulturudvalget den 04-03-2024\n\nGodkendt.\n\n"
           "2. Tilskud til musikskolen\n\n"
           "Indstilling\n\nForvaltningen indstiller\n\n"
           "  1. at tilskuddet forhøjes med 50.000 kr.\n"
           "  2. at musikskolen afrapporterer inden årets udgang.\n\n"
           "Beslutning i Kulturudvalget den 04-03-2024\n\n"
           "Ad 1.\n\nUdvalget besluttede at forhøje tilskuddet.\n\n"
           "Ad 2.\n\nGodkendt.\n\n"
           "Sagsfremstilling\n\nMusikskolen har søgt om et større tilskud.\n")
    found = run(raw).decisions
    assert [(d.item, d.title) for d in found] == [(1, "Godkendelse af dagsorden"), (2, "Tilskud til musikskolen")]
    assert found[0].outcome == "approved"
