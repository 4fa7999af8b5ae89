"""Minutes flattened by PDF-to-text converters and web previews: labels glued in a row with their
values run together after them, absence noted inside a long line, and news pages that quote one
decision of a council meeting."""

from __future__ import annotations

import socdoc
from socdoc.extractors import dates
from socdoc.extractors.minutes import MinutesResult, extract_minutes
from socdoc.extractors.minutes_inline import inline_fields
from socdoc.extractors.minutes_layout import parse_people
from socdoc.normalize import normalize

ITEM = "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Meddelelser\nBeslutning\nTaget til efterretning.\n"


def run(raw: str) -> MinutesResult:
    text = normalize(raw)
    return extract_minutes(text, raw, dates.find_candidates(text), None)


def test_glued_labels_with_a_place_of_several_words_and_a_closing_label() -> None:
    line = ("1 Byrådet Referat Dato 4. marts 2019 Mødetidspunkt 17:00 Sluttidspunkt 19:40 Sted Medlemmer Fraværende "
            "Mødesalen, Skovby Rådhus Ane Krogh, Bent Lyngby, Dorte Holm Vester, Erik Sand Bent Lyngby Bemærkninger")
    found = [(f.kind, f.text) for f in inline_fields(line, 0)]
    assert ("date", "17:00") in found  # the hour stays apart from the end time after it
    fields = dict(found)
    assert fields["location"] == "Mødesalen, Skovby Rådhus"
    assert fields["participants"] == "Ane Krogh, Bent Lyngby, Dorte Holm Vester, Erik Sand"
    assert fields["absent"] == "Bent Lyngby"
    text = "Transkript\n\n" + line
    m = run(text + ITEM).meeting
    assert (m.time, m.location) == ("17:00", "Mødesalen, Skovby Rådhus")
    assert [p.name for p in m.participants] == ["Ane Krogh", "Dorte Holm Vester", "Erik Sand"]
    assert m.absent == ["Bent Lyngby"]
    assert all(text[p.start:p.end] == p.name for p in m.participants)


def test_place_of_one_word_before_the_names_is_cut_after_it() -> None:
    line = "Referat Dato 2. maj 2016 Sted Medlemmer Afbud Byrådssalen Ane Krogh, Erik Sand Erik Sand"
    fields = {f.kind: f.text for f in inline_fields(line, 0)}
    assert fields["location"] == "Byrådssalen"
    assert fields["absent"] == "Erik Sand"


def test_page_heading_in_capitals_before_the_absentee() -> None:
    line = ("1 Mødedato: 3. maj 2012 Mødetidspunkt: 09:00. Sted: Lokale 4, Skovby Rådhus. Møde slut: 12:00 "
            "Fraværende: REFERAT Lise Damgaard. Ole Bech deltog ikke i behandlingen af punkt 4")
    fields = [(f.kind, f.text) for f in inline_fields(line, 0)]
    assert ("location", "Lokale 4, Skovby Rådhus") in fields
    absent = [text for kind, text in fields if kind == "absent"]
    assert absent and [p.name for p in parse_people(absent[0], 0)] == ["Lise Damgaard"]


def test_first_names_that_end_like_organisation_words_are_names() -> None:
    people = parse_people("Mette Vang, Henning Bro, Jannik Sten, Sekretariatet", 0)
    assert [p.name for p in people] == ["Mette Vang", "Henning Bro", "Jannik Sten"]
    raw = "Referat\n\nMødested: Lokale 3\nUdvalg: Kulturudvalget\nMedlemmer: Anne Friis, Henning Bro, Kim Lund" + ITEM
    assert [p.name for p in run(raw).meeting.participants] == ["Anne Friis", "Henning Bro", "Kim Lund"]


def test_absence_label_inside_a_flattened_line() -> None:
    raw = ("1 Referat Kulturudvalget kl. 15:00 Mødelokale 1, Skovby\n\n"
           "3 Kulturudvalget Status på biblioteker Sagsbeskrivelse Orientering om udlån. Indstilling Kulturchefen "
           "indstiller, at orienteringen tages til efterretning. Fraværende: Lone Bruun (F) Bo Kragh-Nielsen (A) "
           "Tilbage til toppen" + ITEM)
    m = run(raw).meeting
    assert m.absent == ["Lone Bruun", "Bo Kragh-Nielsen"]


def test_absence_label_inside_a_line_needs_a_clean_list() -> None:
    raw = "Referat\nByrådet\nDato: 3. juni 2021\n\nSagen drøftet. Afbud: Lone Bruun Tilbage til toppen" + ITEM
    assert run(raw).meeting.absent == ["Lone Bruun"]  # a sentence runs on after the name
    raw = "Referat\nByrådet\nDato: 3. juni 2021\n\nSagen drøftet. Afbud: Lone Bruun kom senere til mødet" + ITEM
    assert run(raw).meeting.absent == []
    raw = "Referat\nByrådet\nDato: 3. juni 2021\n\nSagen drøftet. Afbud: Lone Bruun og Per Holt. Næste møde i maj." + ITEM
    assert run(raw).meeting.absent == ["Lone Bruun", "Per Holt"]
    raw = "Referat\nByrådet\nDato: 3. juni 2021\n\nder var meget fravær: Lone Bruun (A) mødte senere." + ITEM
    assert run(raw).meeting.absent == []


NEWS_PREVIEW = """Redaktionen
redaktion@lokalnyt.example

Hanne Vibe
Chefredaktør

Jens Mørk
Skribent

Byrådsmøde 12/4-2018

Torsdag d. 12. april kl. 17.00 holder byrådet møde på rådhuset. Mødet kan følges på nettet, og hele
dagsordenen ligger på kommunens side.

Her er et par af punkterne.

3. Ny skolestruktur

Forvaltningen foreslår at samle to skoler i den østlige bydel.

Beslutning i Byrådet, 12-04-2018
Godkendt.

5. Regnskab 2017

Regnskabet viser et overskud på 4 mio. kr.
"""


def test_a_news_preview_quoting_one_decision_is_not_minutes() -> None:
    doc = socdoc.extract(NEWS_PREVIEW)
    assert doc.kind != "minutes"
    assert doc.decisions == []


def test_minutes_with_two_decisions_stay_minutes_on_a_news_site() -> None:
    text = NEWS_PREVIEW.replace("5. Regnskab 2017\n\nRegnskabet viser et overskud på 4 mio. kr.\n",
                                "5. Regnskab 2017\n\nBeslutning i Byrådet, 12-04-2018\nTaget til efterretning.\n")
    assert socdoc.extract(text).kind == "minutes"


def test_bare_agenda_with_a_minutes_title_stays_minutes() -> None:
    text = ("Dagsorden til\nTeknik- og Miljøudvalget\nMødedato: 4. april 2019\nMødetidspunkt: 16:00\n"
            "Mødested: Mødelokale 2\n\n1. Godkendelse af dagsorden\n2. Trafikplan\n")
    assert socdoc.extract(text).kind == "minutes"


def test_members_one_per_line_with_roles_absence_and_a_glued_heading() -> None:
    raw = ("Referat\n\nMøde i Teknikudvalget\n\ntirsdag den 4. maj 2021 kl. 15:00\n\nRådssalen\n\n\nDeltagere:\n\n"
           "Lars Winther (A), Formand\n\nKaren Bisgaard (V), 1. næstformand- afbud\n\nOle Krag (O)\n\n"
           "Sanne Holt (F)Indholdsfortegnelse åbent møde\n\n1.\n\nGodkendelse af dagsorden\n" + ITEM)
    m = run(raw).meeting
    assert [p.name for p in m.participants] == ["Lars Winther", "Ole Krag", "Sanne Holt"]
    assert m.absent == ["Karen Bisgaard"]


def test_present_and_absent_on_one_line_before_a_sentence() -> None:
    raw = ("Referat 04.02.2020\n\nTilstede var: Hanne Lau (HL), Erik Bonde (EB), Per Ry (PR) Afbud: Mona Kvist "
           "Mødet blev holdt efter den udsendte dagsorden\n\n1. Velkomst\n\nDagsordenen blev godkendt.\n")
    m = run(raw).meeting
    assert [(p.name, p.party) for p in m.participants] == [("Hanne Lau", None), ("Erik Bonde", None), ("Per Ry", None)]
    assert m.absent == ["Mona Kvist"]  # the letters in parentheses are initials, not parties


def test_row_of_column_headings_over_a_row_of_values() -> None:
    raw = ("Mødedetaljer\n\nUdvalg Dato Type Hent\nTeknikudvalget 14-03-2019 15:30 Referat Samlet dokument\n\n"
           "Punkt 12 Godkendelse af dagsorden\n  • Beslutning i Teknikudvalget den 14-03-2019\n\n    Godkendt.\n")
    assert run(raw).meeting.body == "Teknikudvalget"
    raw = ("| Rss | Print |\nTitel Udvalg Funktioner\nUdvalget for Teknik og Miljø Udvalget for Teknik og Miljø Vis "
           "medlemmer Udskriv\n\nMødedeltagere\n\nAne Lund, Bo Holt\n" + ITEM)
    assert run(raw).meeting.body == "Udvalget for Teknik og Miljø"


def test_label_with_an_icon_word_takes_the_line_below() -> None:
    raw = ("Møde i regionsrådet den 3. maj 2022\n\nUdvalg Ikon\nRegionsrådet\nTidspunkt Ikon\nDato: 03-05-2022\n"
           "Tid: 16:00 - 18:00\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
    m = run(raw).meeting
    assert (m.body, m.time) == ("Regionsrådet", "16:00")


def test_body_in_lower_case_or_abbreviated_in_the_title() -> None:
    assert run("Referat byrådet 12. marts 2019\n\nPubliceret: 14. marts 2019" + ITEM).meeting.body == "byrådet"
    assert run("Referat af BU-møde Mødedato: 3. maj 2012 kl. 17 Til stede: Ane Lund, Bo Holt" + ITEM).meeting.body == "BU"
    assert run("Referat af møde i Byrådet\n\nDato: 3. maj 2012" + ITEM).meeting.body == "Byrådet"


def test_labelled_body_and_us_timestamp_after_a_long_menu() -> None:
    menu = "".join(f"> Emne {n} > Område {n}\n\n" for n in range(20))
    raw = (menu + "Dagsordener og Referater\n\nUdvalg: Byrådet\n\nMødedato: 9/24/2020 5:30:00 PM\n\n"
           "Sagspunkter:\n  • 88.\n    Godkendelse af dagsorden\n\n    • Beslutning\n\n      Godkendt.\n")
    m = run(raw).meeting
    assert (m.body, m.time) == ("Byrådet", "17:30")


def test_flattened_pages_with_a_page_marker_keep_their_item_and_decision() -> None:
    raw = ("Referat. fra Teknikudvalget\n\nTranskript\n\n"
           "1 Referat fra Teknikudvalget Mødedato: Mandag den 2. marts 2015 Mødetidspunkt: 15:00-17:00 Mødested: "
           "Deltagere: Mødelokale 3 Ane Lund (A), Bo Holt (V), Eva Krag (C) Afbud: Fraværende:\n\n"
           "2 Indholdsfortegnelse Side 1. Godkendelse af dagsorden Vejplan 2016 Side 1\n\n"
           "3 1. Godkendelse af dagsorden Dok.nr.: 2211 Sagsid.: 15/12 Initialer: abc Åben sag Beslutning "
           "Teknikudvalget den Godkendt. Afbud: Ingen Side 2\n")
    result = run(raw)
    m = result.meeting
    assert (m.body, m.time, m.location) == ("Teknikudvalget", "15:00", "Mødelokale 3")
    assert [p.name for p in m.participants] == ["Ane Lund", "Bo Holt", "Eva Krag"]
    assert m.absent == []
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [(1, "approved", "Godkendt.")]


def test_labels_first_page_with_a_lost_decision_date() -> None:
    raw = ("Referat Kulturudvalget onsdag den 5. maj Kl. 17:00 i Mødelokale 2\n\nTranskript\n\n"
           "1 Referat onsdag den 5. maj 2016 Kl. 17:00 i Mødelokale 2\n\n"
           "3 Side 1 1. KU - Godkendelse af dagsorden Sagsnr.: Resumé: Indstilling: Beslutning den : Godkendt. "
           "Sagsfremstilling: Økonomi:\n")
    assert [(d.item, d.outcome) for d in run(raw).decisions] == [(1, "approved")]


def test_members_with_their_attendance_after_a_colon() -> None:
    raw = ("Møde i regionsrådet den 3. maj 2022\n\nMedlemmer\n\n • Ane Lund: Deltog\n"
           " • Bo Holt: Afbud (Stedfortræder Per Vinge, fraværende ved sag 1-2. )\n • Eva Krag (C): Deltog\n"
           " • Kim Sand: Fraværende\n" + ITEM)
    m = run(raw).meeting
    assert [(p.name, p.party) for p in m.participants] == [("Ane Lund", None), ("Eva Krag", "C")]
    assert m.absent == ["Bo Holt", "Kim Sand"]


def test_absentee_beside_the_list_with_a_middle_initial_in_the_list() -> None:
    raw = ("Teknikudvalget\n\nReferat 28.05.2014 kl. 16:30\n\nMedlemmer:\n\nAne B. Lund (F), Formand\n"
           "Karl J. Holt (O)\nEva Krag (V)\n\nAfbud: Karl Holt (O)\n\n14. Godkendelse af dagsorden\n\nBeslutning\n\n"
           "Dagsordenen godkendt.\n\n15. Vejplan\n\nBeslutning\n\nGodkendt.\n")
    m = run(raw).meeting
    assert [p.name for p in m.participants] == ["Ane B. Lund", "Eva Krag"]
    assert m.absent == ["Karl Holt"]


def test_combined_absence_label_and_absence_in_a_relative_clause() -> None:
    raw = ("Referat\n\nByrådet\nDato: 4. maj 2021\n\nDELTAGERE\n  • Ane Lund (A) - Deltog\n  • Bo Holt (V) - Deltog\n"
           "AFBUD/FRAVÆRENDE\n  • Kim Sand (O) - Afbud\n" + ITEM)
    m = run(raw).meeting
    assert [p.name for p in m.participants] == ["Ane Lund", "Bo Holt"]
    assert m.absent == ["Kim Sand"]
    raw = ("Referat\n\nByrådet\nDato: 4. maj 2021\n\nStedfortræder Per Vinge mødte for Lis Kamp, der havde forfald.\n"
           + ITEM)
    assert run(raw).meeting.absent == ["Lis Kamp"]


def test_contents_with_page_numbers_on_their_own_lines_and_a_decision_heading_with_term_and_weekday() -> None:
    toc = "".join(f"{n}.\n\n{title}\n\n{page}\n\n" for n, title, page in (
        (1, "Godkendelse af dagsorden", 4), (2, "Budget 2022", 5), (3, "Meddelelser", 9)))
    raw = ("Referat\n\nMøde i Teknisk Udvalg 2022-2025\n\ntirsdag den 7. juni 2022 kl. 09:30\n\nRådssalen\n\n"
           "Deltagere:\n\nAne Lund (A), Formand\n\nBo Holt (V)Indholdsfortegnelse åbent møde\n\n" + toc +
           "12Indholdsfortegnelse lukket møde\n\n4.\n\nSalg af grund (Lukket punkt)\n\n11\n\n5.\n\n"
           "Udbud af kørsel (Lukket punkt)\n\n12\n\n\n1. Godkendelse af dagsorden\n\nÅbent\n\n"
           "Beslutning i Teknisk Udvalg 2022-2025 tirsdag den 7. juni 2022, pkt. 1\n\nGodkendt.\n")
    result = run(raw)
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [(1, "approved", "Godkendt.")]
    assert [p.name for p in result.meeting.participants] == ["Ane Lund", "Bo Holt"]


def test_names_run_together_without_commas_are_cut_only_where_sure() -> None:
    value = ("Ole Berg, Formand Eva Lund, Næstformand Michael Bendixen Palle S. Madsen Susi Bakkegaard Kraft "
             "Mette Dam, Adm. Direktør Inge Vang, Direktionssekretær Kontaktperson Ida Moe Direktionssekretariatet")
    names = [p.name for p in parse_people(value, 0)]
    assert names[:2] == ["Ole Berg", "Eva Lund"]
    assert "Michael Bendixen" in names and "Palle S. Madsen" in names and "Inge Vang" in names
    assert not any(len(n.split()) > 3 for n in names)  # no piece of doubtful length is taken for a name
    assert not any(n.startswith(("Adm", "Direktør", "Direktionssekretær", "Kontaktperson")) for n in names)
    assert all(value[p.start:p.end] == p.name for p in parse_people(value, 0))


def test_prose_minutes_take_the_one_sentence_that_records_the_outcome() -> None:
    raw = ("Referat 03.03.2020\n\nTilstede var: Ane Lund, Bo Holt\n\n"
           "1. Velkomst og godkendelse af dagsorden.\n\nFormanden bød velkommen og takkede for sidste møde. "
           "Dagsordenen blev godkendt. Derefter var der kaffe og en kort snak om vejret.\n\n"
           "2. Ældrepolitik.\n\nRådet talte om ældrepolitikken, som blev vedtaget af byrådet den 4. maj 2019. "
           "Der var mange synspunkter, og emnet tages op igen.\n\n"
           "3. Eventuelt.\n\nReferatet blev godkendt. Indstillingen blev vedtaget. Intet andet.\n")
    assert [(d.item, d.outcome, d.text) for d in run(raw).decisions] == [(1, "approved", "Dagsordenen blev godkendt.")]


def test_a_place_label_word_after_a_run_of_labels_is_the_place() -> None:
    line = ("1 Teknikudvalget Referat Dato 2. marts 2015 Mødetidspunkt 16:00 Sted Medlemmer Fraværende "
            "Mødelokale 2, Rådhuset Ane Lund, Bo Holt, Eva Krag Bo Holt Bemærkninger")
    found = [(f.kind, f.text) for f in inline_fields(line, 0)]
    assert ("location", "Mødelokale 2, Rådhuset") in found
    assert ("participants", "Ane Lund, Bo Holt, Eva Krag") in found and ("absent", "Bo Holt") in found


def test_flattened_page_with_held_sentence_and_members_list_is_minutes() -> None:
    text = ("1 SKOVBY KOMMUNE Møde nr. 14 Mødet blev holdt onsdag den 9. marts 2022 på Rådhuset i "
            "Mødelokale 3. Mødet begyndte kl. 16:00 og sluttede kl. 17:30. Medlemmer: Borgmester - "
            "Gitte Holmgaard (V), Næstformand - Torben Skjold (A), Lene Vang (F), Kaj Nørgaard (O) "
            "1. Meddelelser Orientering om budget Trafikplan for bymidten\n")
    doc = socdoc.extract(text)
    assert doc.kind == "minutes"
    assert doc.meeting is not None
    assert [p.name for p in doc.meeting.participants] == ["Gitte Holmgaard", "Torben Skjold", "Lene Vang", "Kaj Nørgaard"]
    roles = {p.name: p.role for p in doc.people}
    assert roles["Gitte Holmgaard"] == "borgmester" and roles["Torben Skjold"] == "næstformand"


def test_held_sentence_without_a_members_list_is_no_minutes() -> None:
    text = ("Nyhed fra Skovby Kommune. Mødet blev holdt onsdag den 9. marts 2022 på biblioteket, og "
            "mange borgere kom forbi for at høre om den nye trafikplan for bymidten.\n")
    assert socdoc.extract(text).kind != "minutes"


def test_run_on_members_label_with_a_group_before_the_colon() -> None:
    text = ("1 Strandby Boligselskab Referat fra organisationsbestyrelsesmøde onsdag den 8. marts 2023 kl. 17 "
            "i Fælleshuset, Strandvej 12 Dagsorden: 1 Godkendelse af dagsorden 2 Regnskab 3 Eventuelt "
            "Deltagere fra bestyrelsen: Bente Lauridsen, formand Kaj Mortensen, næstformand Lissy Bach "
            "Ove Kristensen Øvrige deltagere: Lone Dahl, administrationen\n"
            "Ad 1 Godkendelse af dagsorden\nBeslutning: Godkendt.\nAd 2 Regnskab\nBeslutning: Godkendt.\n")
    doc = socdoc.extract(text)
    assert doc.meeting is not None
    names = [p.name for p in doc.meeting.participants]
    assert names[:4] == ["Bente Lauridsen", "Kaj Mortensen", "Lissy Bach", "Ove Kristensen"]


def test_body_and_date_heading_the_decision_inside_a_flattened_item() -> None:
    """A web export that runs each item's sections into one line: the decision follows the body's
    name and the meeting date after a sentence, without a decision label."""
    raw = (
        "Referat af Byrådets møde d. 24.03.2015\n\nByrådet 24-03-2015\n\n"
        "Punkt 61: Godkendelse af dagsorden\n\n"
        "00.22.02-A26-1-14 Godkendelse af dagsorden. Byrådet, 24.03.2015 Anne Marie Holt var fraværende. Godkendt.\n\n"
        "Punkt 62: Salg af grund ved Skovbrynet\n\n"
        "02.34.02-G01-3-15 Salg af grund. Økonomiudvalget anbefaler salget til højeste bud, "
        "jf. udbudsvilkårene i bilaget. Byrådet, 24.03.2015 Indstillingen blev godkendt.\n"
    )
    result = extract_minutes(normalize(raw), raw, dates.find_candidates(normalize(raw)), None)
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [
        (61, "approved", "Godkendt."), (62, "approved", "Indstillingen blev godkendt.")]
    assert result.meeting.absent == ["Anne Marie Holt"]


def test_body_and_date_in_running_text_without_sentence_end_is_no_heading() -> None:
    raw = (
        "Referat af Byrådets møde d. 24.03.2015\n\n"
        "Punkt 63: Orientering om budget\n\n"
        "Sagen blev drøftet i Byrådet, 24.03.2015 Og der var enighed om at vente med en beslutning til "
        "næste møde i foråret, hvor tallene foreligger.\n"
    )
    result = extract_minutes(normalize(raw), raw, dates.find_candidates(normalize(raw)), None)
    assert not any(d.text.startswith("Og") for d in result.decisions)


def test_body_meeting_date_and_item_number_head_the_decision_in_running_text() -> None:
    """Converted minutes that run the decision on after the case text: "Byrådets møde 4. maj 2006
    Punkt 2: Godkendt." heads the decision of item 2."""
    raw = (
        "Møde i Byrådet torsdag den 4. maj 2006\n\n1. Meddelelser\n\n"
        "a) Der holdes temamøde om skolestruktur den 12. juni 2006. Byrådets møde 4. maj 2006 Punkt 1: "
        "Temamødet flyttes til den 19. juni 2006.\n\n2. Budgetopfølgning\n\n"
        "Sagen forelægges. Byrådets møde 4. maj 2006 Punkt 2: Godkendt.\n"
    )
    result = run(raw)
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [
        (1, "other", "Temamødet flyttes til den 19. juni 2006."), (2, "approved", "Godkendt.")]


def test_page_item_with_lettered_points_and_a_body_heading_before_the_next_item() -> None:
    """A converted PDF page "3 1. Meddelelser a) …": the title ends before the lettered point; the
    decision ends before the next committee's heading in capitals and the next item."""
    raw = (
        "1 Møde i Byrådet torsdag den 4. maj 2006, Kl i Byrådssalen REFERAT INDHOLDSFORTEGNELSE 1. Meddelelser\n\n"
        "3 1. Meddelelser a) Der holdes temamøde om skolestruktur den 12. juni 2006. Byrådets møde 4. maj 2006 "
        "Punkt 1: Temamødet flyttes til den 19. juni 2006, kl ØKONOMIUDVALGET 2. Budgetopfølgning for "
        "første kvartal Økonomiudvalget den 20. april 2006, pkt. 3\n"
    )
    result = run(raw)
    assert [(d.item, d.title, d.outcome, d.text) for d in result.decisions] == [
        (1, "Meddelelser", "other", "Temamødet flyttes til den 19. juni 2006, kl")]


def test_labels_first_with_a_remarks_column_after_the_absence_list() -> None:
    # the remarks column after the absence list leaves the end of the absentees unknown: the
    # members are read, the absence list is left to a clearer statement further on
    line = ("1 Kulturudvalget Referat Dato 7. oktober 2019 Mødetidspunkt 15:30 Sluttidspunkt 18:00 Sted Medlemmer "
            "Fraværende Bemærkninger Udvalgsværelse 2, Skovby Rådhus Lone Krog, Peter Dam, Sanne Vestergaard- "
            "Holm, Tage Lind Peter Dam deltog fra kl. 16 i stedet for suppleanten")
    found = [(f.kind, f.text) for f in inline_fields(line, 0)]
    assert ("location", "Udvalgsværelse 2, Skovby Rådhus") in found
    assert ("participants", "Lone Krog, Peter Dam, Sanne Vestergaard- Holm, Tage Lind") in found
    assert not [kind for kind, _ in found if kind in ("absent", "other")]
    m = run("Transkript\n\n" + line + ITEM).meeting
    assert [p.name for p in m.participants] == ["Lone Krog", "Peter Dam", "Sanne Vestergaard-Holm", "Tage Lind"]
    assert m.absent == []


def test_labels_first_with_a_remarks_column_and_members_that_do_not_split() -> None:
    line = ("1 Kulturudvalget Referat Dato 7. oktober 2019 Sted Medlemmer Fraværende Bemærkninger "
            "Udvalgsværelse 2, Skovby Rådhus Lone Krog, Peter Dam, Tage Lind Mødet blev flyttet")
    found = [(f.kind, f.text) for f in inline_fields(line, 0)]
    assert not [kind for kind, _ in found if kind == "participants"]  # no sure end of the members


def test_run_on_members_go_on_after_a_group_heading_with_units_after_commas() -> None:
    text = ("1 Nordby Boligforening Referat fra organisationsbestyrelsesmøde tirsdag den 14. maj 2024 kl. 18 "
            "i Beboerhuset, Parkvej 3 Dagsorden: 1 Godkendelse af dagsorden 2 Budget 3 Eventuelt "
            "Deltagere fra bestyrelsen: Henrik Bach, formand Mette Lund, næstformand Jonas Friis "
            "Karen Holt Øvrige deltagere: Sofie Krag, KAB Thomas Berg, KAB Lars Nygaard Anne Winther "
            "Der forelå afbud fra: Peter Skov, KAB Boligadministration, den 20. maj 2024\n"
            "Ad 1 Godkendelse af dagsorden\nBeslutning: Godkendt.\nAd 2 Budget\nBeslutning: Godkendt.\n")
    doc = socdoc.extract(text)
    assert doc.meeting is not None
    assert [p.name for p in doc.meeting.participants] == [
        "Henrik Bach", "Mette Lund", "Jonas Friis", "Karen Holt",
        "Sofie Krag", "Thomas Berg", "Lars Nygaard", "Anne Winther"]
    assert doc.meeting.absent == ["Peter Skov"]  # the unit after the comma is no absentee


def test_group_heading_whose_names_do_not_read_cleanly_keeps_the_first_group() -> None:
    text = ("1 Nordby Boligforening Referat fra organisationsbestyrelsesmøde tirsdag den 14. maj 2024 kl. 18 "
            "i Beboerhuset, Parkvej 3 Dagsorden: 1 Godkendelse af dagsorden 2 Budget "
            "Deltagere fra bestyrelsen: Henrik Bach, formand Mette Lund Jonas Friis "
            "Øvrige deltagere: repræsentanter for afdelingerne og administrationen\n"
            "Ad 1 Godkendelse af dagsorden\nBeslutning: Godkendt.\nAd 2 Budget\nBeslutning: Godkendt.\n")
    doc = socdoc.extract(text)
    assert doc.meeting is not None
    assert [p.name for p in doc.meeting.participants] == ["Henrik Bach", "Mette Lund", "Jonas Friis"]


def test_start_and_end_time_labels_before_their_values_give_the_first_clock_time() -> None:
    line = ("NORDBY KOMMUNE MØDESTED: MØDEDATO: Rådhuset, Mødesal 1 DAGSORDEN MØDETIDSPUNKT: MØDET HÆVET: "
            "Nordby Byråd 19.00")
    found = [(f.kind, f.text) for f in inline_fields(line, 0)]
    assert ("time", "19.00") in found
    assert not [text for kind, text in found if kind == "time" and text != "19.00"]


def test_start_and_end_time_labels_without_a_clock_time_give_no_time() -> None:
    line = "MØDESTED: MØDEDATO: Rådhuset, Mødesal 1 DAGSORDEN MØDETIDSPUNKT: MØDET HÆVET: Nordby Byråd Deltagere: Ane Holm"
    found = [(f.kind, f.text) for f in inline_fields(line, 0)]
    assert not [kind for kind, _ in found if kind == "time"]  # "MØDET" is no value of the start time


def test_start_time_label_before_a_remarks_label_takes_no_time_from_the_values() -> None:
    line = "Mødedato: 3. maj 2021 Mødetidspunkt: Bemærkninger: Mødet holdes som videomøde 17.00"
    found = [(f.kind, f.text) for f in inline_fields(line, 0)]
    assert ("time", "17.00") not in found


def test_date_of_a_cited_regulation_is_not_the_meeting_date() -> None:
    doc = socdoc.extract(
        "1 12. Vederlag Resumé Deltagelse i møder Sagsfremstilling Af kommunens Regulativ af 14. marts 2016 om "
        "vederlag fremgår, at der kan ydes erstatning. Beslutning Godkendt. Fraværende: Bo Lind. "
        "13. Lån Resumé Byrådet skal godkende et lån. Sagsfremstilling Der er afsat 4 mio. kr. Beslutning Godkendt.\n")
    assert doc.kind == "minutes"
    assert doc.meeting is None or doc.meeting.date != __import__("datetime").date(2016, 3, 14)


def test_two_capitals_no_party_has_are_no_party_letter() -> None:
    result = run("Referat af bestyrelsesmøde 3. maj 2021\n\nFremmødte: Erik Lund, Knud Bak, Eva Holm.\n\n"
                 "Afbud: Jens Vang.\n\n1. Bier på øen v/ Erik Lund (ØB)\n\nErik fortalte om foreningen.\n\n"
                 "2. Stier v/ Knud Bak (A)\n\nKnud orienterede.\n")
    parties = {p.name: p.party for p in result.meeting.participants}
    assert parties["Erik Lund"] is None
    assert parties["Knud Bak"] == "A"


def test_unknown_letter_pair_in_a_run_of_members_with_letters_is_a_party() -> None:
    result = run("Referat af byrådsmøde 3. maj 2021\n\nDeltagere: Eva Holm, Bo Dam, Lis Krag\n\n"
                 "Medlemmer: Eva Holm (F) Bo Dam (FD) Lis Krag (V)\n\n1. Budget\n\nBeslutning\nGodkendt.\n")
    parties = {p.name: p.party for p in result.meeting.participants}
    assert parties.get("Bo Dam") == "FD"


def test_initials_run_together_open_a_listed_name() -> None:
    names = [p.name for p in parse_people("Eva Holm, H.C. Lund, Bo Dam, J.P. Krag", 0)]
    assert names == ["Eva Holm", "H.C. Lund", "Bo Dam", "J.P. Krag"]


def test_listed_names_broken_by_the_line_end() -> None:
    doc = socdoc.extract(
        "Teknisk Udvalg\nReferat\nMødedato:\nTirsdag den 09-04-2013\nDeltagere:\n"
        "Mette Lund, Kaj Bruun, Rikke Holm Sørensen, Svend\n"
        "Kragh, Lise Bang, J.P.\n"
        "Mortensen\n"
        "Fraværende:\n\n"
        "1. Budgetopfølgning\nBeslutning\nGodkendt.\n")
    assert [a.name for a in doc.meeting.participants] == [
        "Mette Lund", "Kaj Bruun", "Rikke Holm Sørensen", "Svend Kragh", "Lise Bang", "J.P. Mortensen"]
    assert {"Svend Kragh", "J.P. Mortensen"} <= {p.name for p in doc.people}


def test_a_line_that_ends_in_a_word_is_no_broken_name() -> None:
    doc = socdoc.extract(
        "Teknisk Udvalg\nReferat\nMødedato:\nTirsdag den 09-04-2013\nDeltagere:\n"
        "Mette Lund, Kaj Bruun, Forvaltningen\n"
        "Kragh, Lise Bang\n"
        "Fraværende:\n\n"
        "1. Budgetopfølgning\nBeslutning\nGodkendt.\n")
    assert "Forvaltningen Kragh" not in [a.name for a in doc.meeting.participants]


def test_next_item_heading_before_its_first_section_label_inside_a_flattened_page() -> None:
    """A page flattened into one line holds the end of one item and the start of the next, whose
    title runs straight into its first section label; each bare decision label runs into its
    wording ("nothing to discuss", a person chosen)."""
    raw = ("Referat af Byrådets møde\n\nTranskript\n\n"
           "1 12. Orientering om vinterberedskab Resumé Forvaltningen orienterer om beredskabet. "
           "Sagsfremstilling Vejafdelingen har gennemgået planerne for vinteren og beskriver her de vigtigste "
           "ændringer i forhold til sidste år. Direktøren indstiller, at Byrådet drøfter orienteringen "
           "Beslutning Intet at bemærke. Fraværende: Lise Bak. "
           "13. Valg af repræsentant til skolebestyrelsen Resumé Byrådet skal vælge en ny repræsentant. "
           "Sagsfremstilling Den hidtidige repræsentant er fraflyttet kommunen, og der skal derfor vælges en ny. "
           "Borgmesteren indstiller, at Byrådet vælger en repræsentant "
           "Beslutning Jens Peter Holm blev valgt som repræsentant. Fraværende: Lise Bak.\n")
    result = run(raw)
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [
        (12, "other", "Intet at bemærke."), (13, "other", "Jens Peter Holm blev valgt som repræsentant.")]


def test_a_number_and_title_inside_a_sentence_is_no_item_heading() -> None:
    raw = ("Referat af Byrådets møde\n\nTranskript\n\n"
           "1 12. Orientering om vinterberedskab Resumé Forvaltningen orienterer om beredskabet. "
           "Sagsfremstilling Vejafdelingen har gennemgået planerne for vinteren efter afsnit 3. Vinterens "
           "udfordringer Sagsfremstilling nævner de vigtigste ændringer i forhold til sidste år "
           "Beslutning Godkendt. Fraværende: Lise Bak.\n")
    result = run(raw)
    assert [(d.item, d.outcome) for d in result.decisions] == [(12, "approved")]


def test_abbreviated_first_name_does_not_end_a_flattened_members_list() -> None:
    """A transcript line runs the page together; "Kr." and "Chr." inside names are no sentence's end."""
    raw = ("1 REFERAT fra møde i byrådssalen Medlemmer: Anne Holm, Bent Kjær, Ib Poulsen, Jens Kr. Yde, "
           "Poul Chr. Lund, Kristian J. Kristensen, Lone Mikkelsen, Ole Bach Mødet hævet kl Side 12\n"
           "2 Indholdsfortegnelse: Åbne sager Godkendelse af dagsorden\n")
    names = [p.name for p in run(raw).meeting.participants]
    assert names == ["Anne Holm", "Bent Kjær", "Ib Poulsen", "Jens Kr. Yde", "Poul Chr. Lund",
                     "Kristian J. Kristensen", "Lone Mikkelsen", "Ole Bach"]


def test_a_full_stop_after_a_surname_still_ends_the_members_sentence() -> None:
    raw = ("1 REFERAT Til stede: Eva Holm, Bo Dam, Kim Lund. Lis Berg kom senere. 1. Godkendelse af dagsorden\n")
    names = [p.name for p in run(raw).meeting.participants]
    assert names == ["Eva Holm", "Bo Dam", "Kim Lund"]
