"""Families of real minutes layouts: attendance lists under a chain of committees' decisions, an
absence label that names the council and date, flattened PDF pages with running headers and lost
fields, acronym bodies, lists run on without colons, and outcome phrases."""

from __future__ import annotations

from socdoc.extractors.decisions import classify
from socdoc.extractors.minutes import spelled_out_body
from socdoc.extractors.minutes_inline import bare_attendance
from socdoc.extractors.minutes_layout import parse_decision_heading, parse_layout, parse_people, patterns

from minutes_run import run


def test_absentees_under_each_committees_decision_are_no_item_titles() -> None:
    raw = (
        "Dagsorden\n\nOnsdag 9. marts 2022 kl. 16:00\n\nSkovby Erhvervsråd\n\nRådhuset\n\nReferat\n\n"
        "Resumé\n\nRådet hører om erfaringerne fra efterårets jobdag.\n\n"
        "Beslutning Beskæftigelsesudvalget den 10-02-2022\n\nOrienteringen blev taget til efterretning.\n\n"
        "Fraværende:\n\nAnne Vinther\n\n"
        "Beslutning Skoleudvalget den 24-02-2022\n\nTaget til efterretning.\n\n"
        "Fraværende:\n\nPoul Graversen\n\nIda Brøns\n\n"
        "Beslutning Skovby Erhvervsråd den 09-03-2022\n\nRådet drøftede erfaringerne og ønsker en ny jobdag til foråret.\n\n"
        "Fraværende:\n\nKnud Bæk\n\nLone Hvid\n\n"
        "Sagsfremstilling\n\nJobdagen blev holdt i hallen med mange besøgende.\n"
    )
    layout = parse_layout(raw)
    titles = [item.head.title for item in layout.items if item.head]
    assert not any(name in titles for name in ("Anne Vinther", "Ida Brøns", "Lone Hvid"))
    result = run(raw)
    assert result.meeting.absent == ["Knud Bæk", "Lone Hvid"]  # the earlier meetings' absentees are not this one's
    assert [(d.item, d.outcome) for d in result.decisions] == [(None, "discussed")]


def test_absence_label_that_names_the_council_and_date() -> None:
    label = "Fraværende i Skovby Kommunalbestyrelse, 3. maj 2022:"
    assert parse_decision_heading(label) is None
    m = patterns()["absent"].match(label)
    assert m is not None and m.group("value") == ""
    raw = (
        "3. maj 2022\n\nDeltagere:\n\n • Eva Holm (A)\n • Bo Dam (V)\n • Kim Lund (C)\n\n"
        "12. Godkendelse af dagsorden\n\nSagstema\n\nDagsordenen for mødet.\n\nBeslutning\n\nGodkendt.\n\n"
        f"{label}\n\nBo Dam\n\nTil toppen\n\n"
        "13. Ny legeplads i Nordbyen\n\nSagstema\n\nEn ny legeplads.\n\nBeslutning\n\nGodkendt.\n"
    )
    result = run(raw)
    assert result.meeting.body != "Fraværende i Skovby Kommunalbestyrelse"
    assert "Bo Dam" in result.meeting.absent
    assert [(d.item, d.outcome) for d in result.decisions] == [(12, "approved"), (13, "approved")]


def test_lower_case_surname_after_a_known_first_name() -> None:
    people = parse_people("Søren Lykke, Gert hvidberg og Lis Mark", 0)
    assert [p.name for p in people] == ["Søren Lykke", "Gert hvidberg", "Lis Mark"]
    assert [p.name for p in parse_people("Eva Holm, Bo formand", 0)] == ["Eva Holm"]  # a Danish word is no surname


def test_acronym_body_reads_as_the_name_the_text_spells_out() -> None:
    text = "Referat af HB-møde\n\nReferat fra Hovedbestyrelsesmøde den 3. marts skal godkendes."
    assert spelled_out_body("HB", text) == "Hovedbestyrelsen"
    assert spelled_out_body("HB", "Referat af HB-møde\n\nIntet andet.") is None
    assert spelled_out_body("ÆR", "Mødet i Ældrerådet den 3. maj") == "Ældrerådet"


def test_flattened_pages_with_a_running_header_lost_fields_and_unnumbered_titles() -> None:
    header = "Skovby Kommune Udvalget for Natur & Fritid"
    raw = (
        "Transkript\n\n"
        f"1 Skovby Kommune Referat Udvalget for Natur & Fritid Mødedato: Mandag den 7. april 2014 Kl. 15:00 "
        "Mødested: Rådhuset, lokale 2 Deltagere: Fraværende: Referent: Eva Holm, Bo Dam, Kim Lund, Lis Mark, "
        "Ole Berg Ingen Tove Krog\n\n"
        f"2 {header} Indholdsfortegnelse Side 31. Godkendelse af dagsorden Orientering fra formanden "
        "Nye stier ved søen Side 12\n\n"
        f"3 {header} Godkendelse af dagsorden Dok.nr.: 4409 Sagsid.: Initialer: Åben sag Beslutning Udvalget for "
        "Natur & Fritid den Fraværende: Ingen Godkendt. Side 13\n\n"
        f"4 {header} Orientering fra formanden Dok.nr.: 4410 Sagsid.: 14/300 Åben sag Beslutning Udvalget for "
        "Natur & Fritid den Fraværende: Ingen Der blev orienteret om planerne for sommerens stævne. Side 14\n\n"
        f"5 {header} Nye stier ved søen Dok.nr.: 4411 Sagsid.: 14/310 Åben sag Sagsfremstilling Forvaltningen "
        "foreslår to nye stier langs søen og en bro over åen. Side 15\n"
    )
    decisions = [(d.item, d.outcome) for d in run(raw).decisions]
    assert (31, "approved") in decisions
    assert (None, "other") in decisions  # "Der blev orienteret om …" is narrative, not noted


def test_flattened_pages_whose_item_follows_the_running_header_and_page_number() -> None:
    header = "Skovby Kommune Udvalget for Job & Erhverv"
    raw = (
        "Transkript\n\n"
        "1 Referat Udvalget for Job & Erhverv mandag den 8. marts 2010 Kl. 16:30 i Mødelokale 2 Afbud: Ole Berg (V)\n\n"
        "2 Indholdsfortegnelse 1. JE - Godkendelse af dagsorden JE - Orienteringssager JE - Budget\n\n"
        f"3 {header} Side 1 1. JE - Godkendelse af dagsorden Sagsnr.: 09/2211 Resumé: Sagsfremstilling: "
        "Indstilling: Beslutning Udvalget for Job & Erhverv den : Godkendt. Afbud: Ole Berg\n\n"
        f"4 {header} Side 2 2. JE - Orienteringssager Sagsnr.: 10/164 Resumé: A. Ny statistik for ledigheden "
        "i kommunen er offentliggjort. Sagsfremstilling: Indstilling: Beslutning Udvalget for Job & Erhverv "
        "den : Orientering taget til efterretning. Afbud: Ole Berg\n"
    )
    decisions = [(d.item, d.outcome) for d in run(raw).decisions]
    assert decisions == [(1, "approved"), (2, "noted")]


def test_page_title_ends_at_a_case_number_that_lost_its_year() -> None:
    raw = (
        "Transkript\n\n"
        "1 Referat Kulturudvalget Mandag den Kl. 16:00 Rådhuset Deltagere: Eva Holm, Bo Dam Afbud: Kim Lund "
        "Indholdsfortegnelse Sag Tekst Sidenr. 1. Regnskab for idrætshallen 2. Tilskud til foreninger\n\n"
        "2 s møde den Regnskab for idrætshallen /5521 Beslutningstema: Regnskab for hallen Sagsfremstilling: "
        "Regnskabet viser et lille overskud for året, som foreslås overført til næste år. Indstilling: "
        "Forvaltningen indstiller, at regnskabet godkendes. Beslutning i den : Indstilling følges. "
        "Kim Lund (V) var fraværende. 2. Tilskud til foreninger 12/4410 Beslutningstema: Fordeling af tilskud\n"
    )
    result = run(raw)
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "approved")]
    assert "Tilskud" not in result.decisions[0].text


def test_members_and_absentees_run_on_without_colons() -> None:
    line = ("1 Bestyrelsesmøde den 3. maj 2011, kl Beboerhuset, Skovvej 4, 4000 Skovby Til Stede Eva Holm, "
            "Bo Dam, K. Chr. Lund og Lis Mark Afbud fra Ole Berg og Tove Krog Fra administrationen Sanne Bech, "
            "Per Kjær Indholdsfortegnelse Sager: Regnskab")
    fields = {f.kind: f.text for f in bare_attendance(line, 0)}
    assert fields == {"participants": "Eva Holm, Bo Dam, K. Chr. Lund og Lis Mark",
                      "absent": "Ole Berg og Tove Krog"}
    assert bare_attendance("Til stede var mange borgere og Afbud fra flere", 0) == []
    page = (line + " Sager til beslutning: Bestyrelsens årsberetning Selskabets regnskab Driftsbudget for det "
            "kommende år Valg af revisor Sager til orientering: Nyt fra afdelingerne Eventuelt /12")
    m = run("Download\n\nTranskript\n\n" + page + "\n\n2 Regnskab Sagsfremstilling Regnskabet viser et lille "
            "overskud. Beslutning: Godkendt.\n").meeting
    assert [p.name for p in m.participants] == ["Eva Holm", "Bo Dam", "K. Chr. Lund", "Lis Mark"]
    assert m.absent == ["Ole Berg", "Tove Krog"]


def test_ej_til_stede_and_a_column_of_marks_under_the_decision_label() -> None:
    raw = (
        "Plan- og Miljøudvalget - 04-03-2015\n\nDato: Onsdag den 4. marts 2015 Tid: Kl. 16:00\n"
        "Udvalg/Råd: Plan- og Miljøudvalget\n"
        " • Punkt 1 Godkendelse af dagsorden\n\n  Beslutning i Plan- og Miljøudvalget den 04-03-2015\n\n"
        "  Godkendt, idet punkt nr. 4 tages af dagsordenen.\n\n  Ej til stede: Hanne Kragh\n\n"
        " • Punkt 2 Mødeplan 2016\n\n  Sagsgang\n\n  BR\n\n  ØU\n\n  PMU\n\n  Orientering\n\n  Indstilling\n\n"
        "  Beslutning\n\n  x\n\n  x\n\n  x\n\n  Forslag til mødeplan for 2016 er vedlagt.\n"
    )
    result = run(raw)
    assert result.meeting.absent == ["Hanne Kragh"]
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "approved")]


def test_outcome_phrases() -> None:
    assert classify("Indstilling følges.") == "approved"
    assert classify("Indstillingen blev fulgt.") == "approved"
    assert classify("Godkendt, idet punkt 5 og 6 udgår.") == "approved"
    assert classify("Punktet blev taget af dagsordenen.") == "other"
    assert classify("Der blev orienteret om status for byggeriet.") == "other"
    assert classify("Udvalget blev orienteret.") == "noted"
    assert classify("Sagen taget til orientering.") == "noted"
    assert classify("Drøftet og taget til efterretning.") == "noted"


def test_absence_word_glued_after_a_name_in_a_members_list() -> None:
    items = "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    m = run("Referat\n\nKulturudvalget\n\nMødedato: 4. maj 2021\n\nDeltagere:\nEva Holm\nBo Dam afbud\nKim Lund" + items).meeting
    assert [p.name for p in m.participants] == ["Eva Holm", "Kim Lund"]
    assert m.absent == ["Bo Dam"]
    m = run("Referat\n\nKulturudvalget\n\nMødedato: 4. maj 2021\n\nTil stede: Eva Holm, Bo Dam, Kim Lund" + items).meeting
    assert m.absent == [] and len(m.participants) == 3


def test_council_named_by_its_town_in_a_header_without_a_body_label() -> None:
    raw = ("SKOVBY KOMMUNE MØDESTED: MØDEDATO: Skovby Rådhus, Byrådssalen DAGSORDEN MØDETIDSPUNKT: MØDET HÆVET: "
           "Skovby Byråd 17.00\n\nDownload \"Referat 12-04-2010\"\n\n"
           "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    assert run(raw).meeting.body == "Skovby Byråd"
