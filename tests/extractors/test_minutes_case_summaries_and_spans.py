"""Minutes: an abbreviation's full stop inside a decision's wording ("jf.", "bl.a."), the heading
"Sagsresumé" over an item's case summary, a body's routine told in the present tense in that summary
(no decision), and a span of time after "møde i" (no meeting place)."""

from __future__ import annotations

from socdoc.extractors import decisions as dec
from socdoc.extractors.minutes_families import title_place

from minutes_run import run


# --- abbreviations do not cut a decision's sentences ---------------------------------------------------


def test_abbreviation_stop_does_not_start_a_sentence() -> None:
    text = "Formanden oplyste, at hun jf. Forretningsordenen havde truffet beslutning om at godkende ansøgningen."
    assert len(dec.sentences(text)) == 1


def test_outcome_inside_a_report_after_an_abbreviation_stays_reported() -> None:
    text = ("Følgende blev nævnt under punktet:\n\n"
            "1. Orientering. Formanden orienterede om, at hun jf. Styrelsesloven havde godkendt en rokade i udvalget.")
    assert dec.classify(text) == "other"


def test_line_break_after_an_abbreviation_still_ends_the_sentence() -> None:
    assert len(dec.sentences("Sagen drøftes bl.a.\nGodkendt.")) == 2


# --- "Sagsresumé" and the body's routine in the present tense ------------------------------------------------


HEAD = "Byrådet - Referat\n\nDato: 4. december 2023 kl. 17:00\nSted: Byrådssalen\n\n"


def test_case_summary_telling_the_body_s_routine_is_no_decision() -> None:
    raw = (HEAD + "Punkt 1 Godkendelse af dagsorden\n\nSagsresumé\n\nDagsordenen er udsendt.\n\n"
           "Beslutning\n\nGodkendt.\n\n"
           "Punkt 2 Valg af næstformand\n\nSagsresumé\n\n"
           "Byrådet vælger blandt sine medlemmer en næstformand til at lede møderne i formandens fravær.\n\n"
           "Valget foregår som forholdstalsvalg efter styrelsesloven.\n")
    result = run(raw)
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "approved")]


def test_case_summary_opening_with_a_record_keeps_it() -> None:
    raw = (HEAD + "Punkt 1 Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
           "Punkt 2 Forslag om ny legeplads\n\nSagsresumé\n\nForslaget blev oversendt til Teknik- og Miljøudvalget.\n\n"
           "Forslaget er stillet af to medlemmer.\n")
    assert [(d.item, d.outcome) for d in run(raw).decisions] == [(1, "approved"), (2, "other")]


# --- a span of time is no place ----------------------------------------------------------------------------


def test_span_of_time_after_meeting_is_no_place() -> None:
    header = ["Referat 5. december 2022",
              "Kommunalbestyrelsen holder sit konstituerende møde i tidsrummet 1. - 15. december i valgåret."]
    assert title_place(header) is None


def test_named_place_after_meeting_is_kept() -> None:
    assert title_place(["Referat af møde på Plejehjemmet Solgården den 4. maj 2021"]) == "Plejehjemmet Solgården"


# --- the agenda's approval inside the header's remarks field ---------------------------------------------


def test_agenda_approval_inside_the_remarks_field() -> None:
    raw = ("Referat\nUdvalg: Klimaudvalget\nMødedato: 6. marts 2024\nMedlemmer: Eva Holm (A), Bo Dam (V)\n"
           "Bemærkninger: Godkendelse af dagsorden: Godkendt\n\n"
           "1. Affaldsplan 2025\n\nBeslutning\n\nAnbefales.\n")
    found = [(d.item, d.title, d.outcome) for d in run(raw).decisions]
    assert (None, "Godkendelse af dagsorden", "approved") in found
    assert (1, "Affaldsplan 2025", "recommended") in found


# --- an abbreviated body before "møde" without a hyphen ------------------------------------------------------


def test_abbreviated_body_before_meeting_word() -> None:
    from socdoc.extractors.minutes import _body_from_text

    raw = "Referat BU møde 14.03.2023\n\nDeltagere:\nEva Holm\nBo Dam\n\n1. Budget\nGodkendt.\n\n2. Eventuelt\nIntet.\n"
    assert run(raw).meeting.body == "BU"
    assert _body_from_text("REFERAT AF MØDE I BESTYRELSEN") != "AF"
