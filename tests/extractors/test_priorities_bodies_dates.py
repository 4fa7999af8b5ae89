"""Families of newer documents: focus areas named as a counted list of priorities, two modified target
groups joined by "og", a theme label in single quotes; a body named only by a '<Name>forum' decision
heading or by its abbreviation in the first items; short dates glued to "d.", effective dates that lie
ahead, KLE file numbers; a page dated by a headline that records the publisher's own meeting; a role
handed on "i stedet for" someone."""

from __future__ import annotations

import datetime as dt

from socdoc.extractors import docinfo
from socdoc.extractors.dates import find_candidates, find_dates
from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize

from minutes_run import run
from people_run import people


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


# --- focus areas --------------------------------------------------------------------------------


def test_counted_priorities_then_og_det_er() -> None:
    text = ("Kommunalbestyrelsen har fire prioriteter for budgetforhandlingerne til efteråret, og det er "
            "ældrepleje, folkeskolen, klimatilpasning og erhvervsområdet.")
    assert focus(text) == ["ældrepleje", "folkeskolen", "klimatilpasning", "erhvervsområdet"]


def test_counted_main_priorities_with_colon() -> None:
    text = "Udvalget har tre hovedprioriteter: psykiatri, forebyggelse og tidlig indsats."
    assert focus(text) == ["psykiatri", "forebyggelse", "tidlig indsats"]


def test_priorities_without_a_count_are_no_list() -> None:
    assert focus("Regeringens prioriteter er mange, og de ændrer sig fra år til år.") == []
    assert focus("Prioriteterne i budgettet blev drøftet, og de blev godkendt.") == []


def test_two_modified_target_groups_are_two_areas() -> None:
    text = ("Puljen støtter kommunale projekter med særligt fokus på ensomme ældre borgere og sårbare "
            "gravide, herunder opfølgende hjemmebesøg.")
    assert focus(text) == ["ensomme ældre borgere", "sårbare gravide"]


def test_a_group_shared_by_two_adjectives_stays_whole() -> None:
    assert focus("Der bliver særligt fokus på udsatte børn og unge.") == ["udsatte børn og unge"]
    assert focus("Der bliver særligt fokus på de ældre og svage borgere.") == ["de ældre og svage borgere"]


def test_a_pair_with_an_age_range_is_not_split() -> None:
    assert focus("Der er særligt fokus på unge mellem 18 og 25 år.") != ["unge mellem 18", "25 år"]


def test_theme_label_in_single_quotes() -> None:
    text = "Under fokusområdet ‘Fællesskab i landsbyen’ fordeles i år tre mio. kr. til foreninger."
    assert focus(text) == ["Fællesskab i landsbyen"]
    text = "Under temaet 'Grøn hverdag' kan skoler søge om tilskud."
    assert focus(text) == ["Grøn hverdag"]


# --- meeting body ---------------------------------------------------------------------------------


FORUM_MINUTES = (
    "Dagsordenspunkter\n\n  åbent 1 Godkendelse af dagsorden\n  åbent 2 Nyt fra sekretariatet\n\n"
    "Åbent møde\n\n 1  Godkendelse af dagsorden\n\n12.01.00P20-0004\n\nSagsfremstilling\n\n"
    "Dagsordenen er udsendt til medlemmerne i god tid.\n\nIndstilling\n\n"
    "Sekretariatet indstiller, at dagsordenen godkendes.\n\nBeslutning\n\n"
    "Nordsjællands Erhvervsforum, 4. marts 2014, pkt. 1:\nGodkendt.\n\n"
    " 2  Nyt fra sekretariatet\n\nSagsfremstilling\n\nSekretariatet orienterer om nye projekter.\n\n"
    "Beslutning\n\nNordsjællands Erhvervsforum, 4. marts 2014, pkt. 2:\nTaget til efterretning.\n"
)


def test_forum_named_in_its_decision_headings() -> None:
    meeting = run(FORUM_MINUTES).meeting
    assert meeting.body == "Nordsjællands Erhvervsforum"
    assert meeting.date == dt.date(2014, 3, 4)


def test_kle_file_number_is_no_date() -> None:
    assert [d.date for d in find_dates(FORUM_MINUTES)] == [dt.date(2014, 3, 4), dt.date(2014, 3, 4)]


ABBREVIATED_BODY = (
    "Mødet holdes i Medborgerhuset, lokale 3\n"
    "Deltagere: Karen Lund, Per Holm og Ib Skov (referent)\n\n"
    "Dagsorden:\n\n 1. Godkendelse af dagsorden\n  Godkendt.\n"
    " 2. Godkendelse af referat fra sidste ÆR-møde d.14/3\n  Godkendt.\n"
    " 3. Meddelelser\n  Ældrerådet har sendt sit høringssvar om budgettet den 2. april 2024, "
    "og Ældrerådet afventer svar fra Sundhedsudvalget.\n"
)


def test_body_called_by_its_abbreviation_in_the_first_items() -> None:
    assert run(ABBREVIATED_BODY).meeting.body == "Ældrerådet"


def test_an_abbreviation_that_spells_no_named_body_gives_none() -> None:
    raw = ABBREVIATED_BODY.replace("Ældrerådet", "Rådet")
    assert run(raw).meeting.body is None


def test_short_date_glued_to_d_takes_the_one_year_of_the_text() -> None:
    dates = {d.text: d.date for d in find_dates(ABBREVIATED_BODY)}
    assert dates["d.14/3"] == dt.date(2024, 3, 14)


def test_short_date_with_two_years_in_the_text_stays_unresolved() -> None:
    text = "Referatet fra d.14/3 blev godkendt.\n\nBudget 2024 og overslagsår 2025 blev drøftet."
    assert [d.text for d in find_dates(text)] == []


# --- effective dates ------------------------------------------------------------------------------


def test_effective_new_year_in_december_is_the_coming_one() -> None:
    text = "To medarbejdere overgår pr. 1/1 til Jobcentret, og budgettet flyttes pr. 1.1. med dem."
    facts = find_dates(text, published=dt.date(2021, 12, 9))
    assert [d.date for d in facts] == [dt.date(2022, 1, 1), dt.date(2022, 1, 1)]


def test_effective_date_later_in_the_year_keeps_the_year() -> None:
    facts = find_dates("Ordningen gælder pr. 1/10.", published=dt.date(2021, 3, 9))
    assert [d.date for d in facts] == [dt.date(2021, 10, 1)]


def test_den_date_in_the_past_keeps_the_year() -> None:
    facts = find_dates("Udvalget mødtes den 3/1.", published=dt.date(2021, 12, 9))
    assert [d.date for d in facts] == [dt.date(2021, 1, 3)]


# --- the page's own date --------------------------------------------------------------------------


def _published(text: str, kind: str = "press_release") -> dt.date | None:
    return docinfo.find_published(text, find_candidates(text), kind)


def test_headline_recording_the_board_meeting_dates_the_page() -> None:
    text = ("Bestyrelsesmøde 8. marts 2016\n\nPå mødet besluttede fondens bestyrelse at give støtte til "
            "følgende foreninger:\n\nSkovby Idrætsforening fik 40.000 kr. til nye baner.\n")
    assert _published(text) == dt.date(2016, 3, 8)


def test_press_meeting_transcript_is_dated_by_its_title() -> None:
    text = "Pressemøde\n\nPressemøde den 2. maj 2022\n\nStatsministeren: Tak fordi I er kommet.\n"
    assert _published(text) == dt.date(2022, 5, 2)


def test_news_headline_with_an_event_date_does_not_date_the_page() -> None:
    text = "Åbent hus 3. maj 2024\n\nKom og se det nye aktivitetshus, når vi holder åbent for alle.\n"
    assert _published(text) is None


# --- roles ----------------------------------------------------------------------------------------


def test_role_handed_on_in_stedet_for_someone() -> None:
    found = people("Byrådet valgte et nyt medlem af Ældrerådet i stedet for Hanne Krogh Madsen.",
                   "Hanne Krogh Madsen")
    assert found["Hanne Krogh Madsen"].role is None


def test_observer_and_president_are_roles() -> None:
    found = people("Til stede var også Observatør Lene Bach, og senere talte præsident Ole Vinther.",
                   "Lene Bach", "Ole Vinther")
    assert found["Lene Bach"].role == "observatør"
    assert found["Ole Vinther"].role == "præsident"


def test_selected_priorities_without_a_number_are_budget_items() -> None:
    text = ("Partierne fremhæver disse prioriteter:\n\n"
            " • Bedre busdrift (20 mio. kr. i 2025): Der afsættes midler til flere afgange.\n"
            " • Cykelstipulje (15 mio. kr. i 2025): Puljen forlænges.\n")
    assert focus(text) == []


def test_forum_named_by_its_own_word_for_the_meeting() -> None:
    raw = ("Fælles samarbejdsforumsmøde den 9. november 2015 Deltagere: Fra boligselskabet: Jens Holm "
           "Fra kommunen: Eva Lund (referent)\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    assert run(raw).meeting.body == "Fælles samarbejdsforum"
    raw = "Referat af erhvervsforumsmødet den 9. november 2015\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    assert run(raw).meeting.body == "Erhvervsforum"


def test_a_figure_as_at_new_year_is_not_moved_ahead() -> None:
    facts = find_dates("Åbningsbalancen pr. 1/1 blev godkendt.", published=dt.date(2021, 12, 9))
    assert [d.date for d in facts] == [dt.date(2021, 1, 1)]


def test_clock_with_seconds_after_kl_is_no_date() -> None:
    facts = find_dates("Skærmbillede taget 2019-03-04 kl. 14.05.31 af sekretariatet.")
    assert [d.date for d in facts] == [dt.date(2019, 3, 4)]


def test_focus_set_especially_on_one_area() -> None:
    text = "Borgmesteren glæder sig over aftalen, der især sætter fokus på den tidlige indsats. Den blev vedtaget."
    assert focus(text) == ["den tidlige indsats"]
