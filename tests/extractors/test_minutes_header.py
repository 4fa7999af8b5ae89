"""Minutes: the meeting header across publishing layouts (web pages, key/value lines, pipe
tables, labels above values, title lines, bodies named only in the first items)."""

from __future__ import annotations

import datetime as dt

import pytest

from socdoc.extractors import dates
from socdoc.extractors.minutes import MinutesResult, extract_minutes, looks_like_minutes
from socdoc.normalize import normalize


def run(raw: str, published: dt.date | None = None) -> MinutesResult:
    text = normalize(raw)
    return extract_minutes(text, raw, dates.find_candidates(text), published)


ITEM = "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Meddelelser\nBeslutning\nTaget til efterretning.\n"


def test_web_furniture_before_a_title_line() -> None:
    raw = (
        "Spring til indhold\nHjem › Politik › Dagsordener og referater\nFå siden læst op\n"
        "Læs dagsordener og referater fra før 3. januar 2019\nPrintvenlig version\n\n"
        "Referat for Børne- og Ungeudvalget i Vejen Kommunes møde tirsdag 4. maj 2021 kl. 16.00\n\n"
        "Mødelokale\nByrådssalen, Vejen Rådhus\n\nBørne- og Ungeudvalget behandlede følgende sager:" + ITEM
    )
    m = run(raw).meeting
    assert m.body == "Børne- og Ungeudvalget"  # named alone in the text, so without the municipality
    assert m.date == dt.date(2021, 5, 4)  # not the date in the archive link
    assert m.time == "16:00"
    assert m.location == "Byrådssalen, Vejen Rådhus"


def test_body_keeps_the_municipality_when_never_named_alone() -> None:
    raw = "Referat for Udvalget for Nærdemokrati i Vejen Kommunes møde onsdag 2. juni 2021 kl. 17.00" + ITEM
    assert run(raw).meeting.body == "Udvalget for Nærdemokrati i Vejen Kommune"


def test_navigation_labels_are_not_the_body() -> None:
    raw = "Hjem\nByråd og udvalg\nPolitiske udvalg\nSeneste fra byrådet\n\nReferat - Byrådet\nMødedato\n21-06-2023" + ITEM
    m = run(raw).meeting
    assert m.body == "Byrådet"
    assert m.date == dt.date(2023, 6, 21)


def test_labels_above_values_and_machine_timestamps() -> None:
    raw = (
        "UDVALG\n\n14-17 Klima- og Miljøudvalget\n\nMØDE\n\nReferat\n\nSTED\n\nMødelokale 2, Torvet 3\n\n"
        "STARTTIDSPUNKT\n\n5/23/2019 6:30:00 PM\n\nSLUTTIDSPUNKT\n\n5/23/2019 9:10:00 PM" + ITEM
    )
    m = run(raw).meeting
    assert m.body == "Klima- og Miljøudvalget"  # without the election term
    assert m.date == dt.date(2019, 5, 23)
    assert m.time == "18:30"
    assert m.location == "Mødelokale 2, Torvet 3"


def test_pipe_table_header() -> None:
    raw = (
        "Beslutningsprotokol\nonsdag den 12. maj 2021 kl. 13:00\n"
        "| Udvalg: | Ældrerådet |\n| Mødested: | Mødelokale 1, Rådhuset |\n"
        "| Deltagere: | Poul Erik Sand, Grethe Mose og Ib Vestergaard |\n"
    )
    assert looks_like_minutes(raw)  # no decision before the page cut: the header tells
    m = run(raw).meeting
    assert (m.body, m.date, m.time, m.location) == ("Ældrerådet", dt.date(2021, 5, 12), "13:00", "Mødelokale 1, Rådhuset")
    assert [p.name for p in m.participants] == ["Poul Erik Sand", "Grethe Mose", "Ib Vestergaard"]


def test_an_empty_label_does_not_take_the_next_label_as_value() -> None:
    raw = "Socialudvalget - 18-01-2021\n\nReferat\nUdvalg:\nDato:\nMandag, 18 januar, 2021 - 17:30\nLokation:" + ITEM
    m = run(raw).meeting
    assert m.body == "Socialudvalget"
    assert m.date == dt.date(2021, 1, 18)


def test_labelled_body_without_a_body_word() -> None:
    raw = "Udvalg: Styregruppen for Havnefronten (§ 17, stk. 4)\nDato: Tirsdag den 7. marts 2017\nTid: Kl. 17:00" + ITEM
    m = run(raw).meeting
    assert m.body == "Styregruppen for Havnefronten (§ 17, stk. 4)"
    assert m.time == "17:00"


def test_genitive_title_without_a_body_word_and_place_before_the_hour() -> None:
    raw = "Ældre og trivsels møde den 14. marts 2024\nLunden kl. 09.00" + ITEM
    m = run(raw).meeting
    assert m.body == "Ældre og trivsel"
    assert m.date == dt.date(2024, 3, 14)
    assert m.time == "09:00"
    assert m.location == "Lunden"


def test_three_letter_month_in_the_header() -> None:
    raw = "4. okt 2022\n\nDeltagere:\n • Lone Beck (A)\n • Tue Holm (V)" + ITEM
    assert run(raw).meeting.date == dt.date(2022, 10, 4)


@pytest.mark.parametrize("first_item,body", [
    ("1. Godkendelse af dagsorden\nBeslutning i Kommunalbestyrelsen den 03-10-2019\nGodkendt.", "Kommunalbestyrelsen"),
    ("1. Godkendelse af dagsorden\nBeslutning\nUdvalget for Teknik og Miljøs beslutning den 3. oktober 2019\nGodkendt.",
     "Udvalget for Teknik og Miljø"),
    ("1. Dagsorden\nResume\nGodkendelse af dagsorden for TMU den 3. oktober 2019.\nBeslutning\nGodkendt.", "TMU"),
    ("1. Godkendelse af dagsorden\nSagstema\nGodkendelse af dagsorden til dagens møde i Kultur- og Fritidsudvalget.\n"
     "Beslutning\nGodkendt.", "Kultur- og Fritidsudvalget"),
    ("1. Godkendelse af dagsorden\nSagsgang\nSundhedsudvalget den 3. oktober 2019\nBeslutning\nGodkendt.", "Sundhedsudvalget"),
])
def test_body_named_only_in_the_first_item(first_item: str, body: str) -> None:
    raw = "3. oktober 2019\n\n" + first_item + "\n\n2. Meddelelser\nBeslutning\nTaget til efterretning.\n"
    assert run(raw).meeting.body == body


def test_later_committee_decides_for_the_meeting_of_its_date() -> None:
    raw = (
        "1. Anlægsbevilling til daginstitution\nBeslutning i Børneudvalget den 12-09-2019\nAnbefales.\n"
        "Beslutning i Byrådet den 26-09-2019\nGodkendt.\n\n"
        "2. Salg af grund\nBeslutning i Økonomiudvalget den 19-09-2019\nAnbefales.\n"
        "Beslutning i Byrådet den 26-09-2019\nGodkendt.\n"
    )
    assert run(raw, published=dt.date(2019, 9, 26)).meeting.body == "Byrådet"


def test_start_time_written_in_the_first_item() -> None:
    raw = ("1. Godkendelse af dagsorden\nBeslutning\nMødet startede kl. 16.15 og sluttede kl. 18.05.\nGodkendt.\n\n"
           "2. Meddelelser\nBeslutning\nTaget til efterretning.\n")
    assert run(raw).meeting.time == "16:15"


def test_a_press_release_is_not_minutes() -> None:
    raw = ("Referat fra borgermødet om den nye skole\n\nMere end 200 borgere mødte op i hallen, hvor "
           "borgmester Lone Berg fortalte om planerne. Mødested: Idrætshallen.\n")
    assert not looks_like_minutes(raw)


def test_page_dates_and_a_meeting_kind_in_brackets() -> None:
    raw = "Publiceret 20. marts 2019\n\nReferat - Byrådet (ordinært møde)\nTorsdag den 14. marts 2019 kl. 19.00\nByrådssalen" + ITEM
    m = run(raw).meeting
    assert (m.body, m.date, m.time, m.location) == ("Byrådet", dt.date(2019, 3, 14), "19:00", "Byrådssalen")


@pytest.mark.parametrize("line,location", [
    ("Tid og sted: Torsdag den 3. maj 2018 kl. 16.00, Rådhuset, mødelokale 2", "Rådhuset, mødelokale 2"),
    ("Dato og tid: 03.05.2018 kl. 16:00-18:00\nSted: Kulturhuset", "Kulturhuset"),
])
def test_combined_date_time_and_place_labels(line: str, location: str) -> None:
    m = run("Referat\nKultur- og Fritidsudvalget\n" + line + ITEM).meeting
    assert (m.body, m.date, m.time, m.location) == ("Kultur- og Fritidsudvalget", dt.date(2018, 5, 3), "16:00", location)


def test_header_without_a_title_word_is_minutes_when_it_lists_attendance() -> None:
    raw = ("Udvalg: Teknik- og Miljøudvalget\nDato: 4. marts 2020\nSted: Mødelokale 3\n"
           "Deltagere: Anne Vind (A), Bo Krag (V)\n\nSagsfremstilling\nForvaltningen har udarbejdet et forslag")
    assert looks_like_minutes(raw)


def test_an_event_notice_with_time_and_place_is_not_minutes() -> None:
    raw = ("Borgermøde om den nye plan\nTid: 4. marts 2020 kl. 19.00\nSted: Medborgerhuset\n\n"
           "Kommunen inviterer alle borgere til at høre om planen.")
    assert not looks_like_minutes(raw)


# --- labels in one block, values in the next; fields run together on one line -------------------


def test_block_of_labels_takes_its_values_in_order() -> None:
    raw = (
        "Referat\nTeknik- og Miljøudvalget\nMødedato:\nMødetidspunkt:\nSluttidspunkt:\nMødested:\n"
        "Bemærkninger:\nTorsdag den 8. oktober 2020\nKl. 15:30\nKl. 18:10\nMødelokale Skoven, Rådhuset\n"
        "Medlemmer:\nKaren Bisgaard (V)\nMorten Lykke (A)\nFraværende:\nMorten Lykke" + ITEM
    )
    m = run(raw).meeting
    assert (m.body, m.date, m.time, m.location) == (
        "Teknik- og Miljøudvalget", dt.date(2020, 10, 8), "15:30", "Mødelokale Skoven, Rådhuset")
    assert [p.name for p in m.participants] == ["Karen Bisgaard"]  # the absent member did not take part
    assert m.absent == ["Morten Lykke"]


def test_numbered_minutes_title_is_no_agenda_item() -> None:
    raw = "00 Referat - Borgerservice\n\nReferat\nKulturudvalget\nMødedato:\nMødested:\n12. marts 2019\nHallen, Rådhuset" + ITEM
    m = run(raw).meeting
    assert (m.body, m.date, m.location) == ("Kulturudvalget", dt.date(2019, 3, 12), "Hallen, Rådhuset")


def test_header_run_together_with_colons() -> None:
    raw = (
        "1 Børne- og Skoleudvalget REFERAT Sted: Lindehuset, Skolevej 4 i Ebeltoft Mødet holdes i kantinen "
        "Dato: Mandag den 2. marts 2015 Start kl.: 16:00 Slut kl.: 19:00 Medlemmer: Rikke Dam (A) "
        "Ole Bach (V) Pia Skov (O) Aksel Thomsen (uden for partierne) Fraværende: Pia Skov (O) Syddjurs Kommune\n\n"
        "2 Indholdsfortegnelse Side 1. Godkendelse af dagsorden Skolestruktur Budget" + ITEM
    )
    m = run(raw).meeting
    assert (m.body, m.date, m.time, m.location) == (
        "Børne- og Skoleudvalget", dt.date(2015, 3, 2), "16:00", "Lindehuset, Skolevej 4 i Ebeltoft")
    assert [(p.name, p.party) for p in m.participants] == [
        ("Rikke Dam", "A"), ("Ole Bach", "V"), ("Aksel Thomsen", None)]
    assert m.absent == ["Pia Skov"]  # "Syddjurs Kommune" is page furniture, no person


def test_header_run_together_without_colons() -> None:
    raw = (
        "1 Referat Kulturudvalget Ordinært møde Dato 4. april 2013 Tid 09:00 Sted Lokale 2.14 Fraværende "
        "Mads Holt Stedfortræder Medlemmer Lene Juhl (B) - Formand Mads Holt (V) Kim Lau (A) Nina Eg (F)" + ITEM
    )
    m = run(raw).meeting
    assert (m.body, m.date, m.time, m.location) == ("Kulturudvalget", dt.date(2013, 4, 4), "09:00", "Lokale 2.14")
    assert [(p.name, p.party) for p in m.participants] == [("Lene Juhl", "B"), ("Kim Lau", "A"), ("Nina Eg", "F")]
    assert m.absent == ["Mads Holt"]


def test_labels_first_then_values_on_one_line() -> None:
    raw = (
        "1 ODSHERRED KOMMUNE Referat til Byrådet Mødedato: Tirsdag den 5. maj 2015 Mødetidspunkt: 19:00 "
        "Mødelokale: Medlemmer: Afbud: Byrådssalen Eva Krog, Jens Bro, Tina Vang, Ulla Holm Ravn Jens Bro, Ulla Holm Ravn\n\n"
        "2 Indholdsfortegnelse Punkter til dagsorden Side 1. Godkendelse af dagsorden Orientering fra borgmesteren Lokalplan for Havnevej"
        + ITEM
    )
    m = run(raw).meeting
    assert (m.body, m.date, m.time, m.location) == ("Byrådet", dt.date(2015, 5, 5), "19:00", "Byrådssalen")
    assert [p.name for p in m.participants] == ["Eva Krog", "Tina Vang"]
    assert m.absent == ["Jens Bro", "Ulla Holm Ravn"]


def test_labels_first_without_members_split_give_no_lists() -> None:
    raw = ("1 Referat til Byrådet Mødedato: 5. maj 2015 Mødelokale: Medlemmer: Afbud: Byrådssalen "
           "Eva Krog, Jens Bro, Tina Vang" + ITEM)
    m = run(raw).meeting
    assert m.location == "Byrådssalen"
    assert m.participants == [] and m.absent == []  # where the members end can't be told


def test_place_is_never_a_table_of_contents() -> None:
    raw = (
        "Referat til Byrådet\nMødedato: 5. maj 2015\n\nIndholdsfortegnelse Punkter til dagsorden Side 1. Godkendelse "
        "af dagsorden Orientering fra borgmesteren Lokalplan for Egevej erhvervsområde Kvalitetsrapport Skolevej Budget"
        + ITEM
    )
    assert run(raw).meeting.location is None


def test_place_ending_in_a_town_letter_keeps_its_dot() -> None:
    raw = "Referat\nByrådet\nDato: 3. juni 2021\nMødelokale: Byrådssalen, Torvet 2, Nykøbing F." + ITEM
    assert run(raw).meeting.location == "Byrådssalen, Torvet 2, Nykøbing F."
    raw = "Referat\nByrådet\nDato: 3. juni 2021\nMødelokale: Byrådssalen, Torvet 2." + ITEM
    assert run(raw).meeting.location == "Byrådssalen, Torvet 2"


def test_bare_body_word_over_the_date_line() -> None:
    raw = "Dagsordener og referater\n\nFind referater fra byråd og udvalg\n\nByråd\n\nOnsdag den 14-02-2018 kl. 17:00\n\nTilbage" + ITEM
    m = run(raw).meeting
    assert (m.body, m.date, m.time) == ("Byråd", dt.date(2018, 2, 14), "17:00")
    raw = "Politik\n\nByråd\n\nSe referater fra møderne herunder" + ITEM
    assert run(raw).meeting.body is None  # a menu word alone is no body


def test_body_only_in_the_case_line_of_each_item() -> None:
    raw = ("Referater\n\n  • Pkt. 15 Budgetopfølgning\n\n    Sagsnr. 249111 Kultur- og Fritidsudvalget Åbent punkt\n\n"
           "    Beslutning\n\n    Godkendt.\n\n  • Pkt. 16 Meddelelser\n\n"
           "    Sagsnr. 249112 Kultur- og Fritidsudvalget Åbent punkt\n\n    Beslutning\n\n    Taget til efterretning.\n")
    assert run(raw).meeting.body == "Kultur- og Fritidsudvalget"


def test_an_empty_label_in_a_block_is_the_one_whose_value_does_not_fit() -> None:
    raw = ("Kulturudvalget - 02-09-2021\n\nReferat\nUdvalg:\nKulturudvalget\nDato:\nTorsdag, 2 september, 2021 - 17:00\n"
           "Hent som fil:\nLokation:\nMødelokale 4, Rådhuset, Torvet 1" + ITEM)
    m = run(raw).meeting
    assert (m.body, m.time, m.location) == ("Kulturudvalget", "17:00", "Mødelokale 4, Rådhuset, Torvet 1")


def test_place_stops_where_other_text_runs_on() -> None:
    raw = "Referat\nByrådet\nDato: 3. juni 2021\nMødested: Rådhuset, lokale 2 Bemærk: Mødet er flyttet fra Hallen" + ITEM
    assert run(raw).meeting.location == "Rådhuset, lokale 2"
    raw = "Referat\nByrådet\nDato: 3. juni 2021\nSted: Lindehuset, Skolevej 4 Mødet fortsætter på rådhuset" + ITEM
    assert run(raw).meeting.location == "Lindehuset, Skolevej 4"


def test_run_together_fields_keep_their_offsets() -> None:
    from socdoc.extractors.minutes_inline import inline_fields

    line = "1 Referat til Byrådet Mødedato: 5. maj 2015 Mødelokale: Medlemmer: Afbud: Byrådssalen Eva Krog, Jens Bro Jens Bro"
    text = "Transkript\n\n" + line
    fields = inline_fields(line, 12)
    assert [(f.kind, f.text) for f in fields] == [
        ("title", "1 Referat til Byrådet"), ("date", "5. maj 2015"), ("location", "Byrådssalen"),
        ("participants", "Eva Krog, Jens Bro"), ("absent", "Jens Bro")]
    assert all(text[f.start:f.end] == f.text for f in fields)
    m = run(text + ITEM).meeting
    assert [(p.name, text[p.start:p.end]) for p in m.participants] == [("Eva Krog", "Eva Krog")]
    assert inline_fields("Dato: 5. maj 2015 kl. 16.00 i Byrådssalen", 0) == []  # one label: an ordinary line


def test_time_label_without_colon_and_room_after_the_label() -> None:
    raw = ("Dagsorden til møde i Teknikudvalget\n\nDagsorden åben\nMødedato 3. maj 2016\nMødetidspunkt 16.30\n"
           "Mødelokale Udvalgsværelse B\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    meeting = run(raw).meeting
    assert meeting.time == "16:30"
    assert meeting.location == "Udvalgsværelse B"


def test_open_agenda_prefix_is_not_the_body() -> None:
    raw = ("ÅBEN DAGSORDEN TEKNIKUDVALG\nMødedato: 5. maj 2015\nMødetidspunkt: 15:00\n\n"
           "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    assert run(raw).meeting.body == "Teknikudvalg"  # in normal case


def test_meeting_date_from_decision_headings() -> None:
    raw = ("Referat\n\nDeltagere:\nLis Holm, V\nBo Nygaard, A\n\n1. Godkendelse af dagsordenen\n\n"
           "Beslutning i Byrådet den 22-02-2019\n\nGodkendt.\n\n2. Meddelelser\n\n"
           "Beslutning i Byrådet den 22-02-2019\n\nTil orientering.\n")
    assert run(raw).meeting.date == dt.date(2019, 2, 22)


def test_room_after_the_hour_without_the_municipality() -> None:
    raw = ("1 Referat Kulturudvalget 4. marts 2013 kl. 16:00 Mødelokale 4, Aabybro Jammerbugt Kommune\n\n"
           "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    assert run(raw).meeting.location == "Mødelokale 4, Aabybro"


def test_date_a_figure_stands_at_is_no_meeting_date() -> None:
    """A converted PDF whose date label lost its value: a contents line's "pr. 30. juni" (the date a
    budget figure stands at) is not the meeting date; a plain date after it still is."""
    raw = (
        "1 REFERAT Teknisk Udvalg Mødedato: Tirsdag den Mødested: 12 Starttidspunkt: Kl. 15:00\n\n"
        "2 Teknisk Udvalg, Indholdsfortegnelse Sag nr. Side 41. Budgetopfølgning 2009 pr. 30. juni "
        "Vejbelysning i Nørreskov\n\n"
        "41. Budgetopfølgning 2009\nBeslutning\nTaget til efterretning.\n"
    )
    assert run(raw).meeting.date is None
    dated = raw.replace("REFERAT Teknisk Udvalg", "REFERAT Teknisk Udvalg 18. august 2009")
    assert run(dated).meeting.date == dt.date(2009, 8, 18)


def test_place_after_the_time_and_a_dash_or_after_a_lost_time() -> None:
    """Title lines of converted PDFs: "… kl. 15:00 - Byrådets mødelokale", and "…, Kl i
    Byrådssalen REFERAT …" where the converter dropped the time's digits."""
    raw = ("Teknisk Udvalg. Dagsorden. tirsdag den 4. marts 2008 kl. 15:00 - Byrådets mødelokale\n\n"
           "12. Vejbelysning\nBeslutning\nGodkendt.\n")
    assert run(raw).meeting.location == "Byrådets mødelokale"
    raw = ("1 Møde i Byrådet torsdag den 12. oktober 2006, Kl i Byrådssalen REFERAT Spørgetid for borgere "
           "blev holdt. INDHOLDSFORTEGNELSE 1. Meddelelser\n\n"
           "2 1. Meddelelser Orientering om budget.\nBeslutning\nTaget til efterretning.\n")
    assert run(raw).meeting.location == "Byrådssalen"
    raw = ("Teknisk Udvalg. Dagsorden. tirsdag den 4. marts 2008 kl. 15:00 - Udsat til 5. marts\n\n"
           "12. Vejbelysning\nBeslutning\nGodkendt.\n")
    assert run(raw).meeting.location is None


@pytest.mark.parametrize(("line", "time"), [
    ("Tid: 16-18", "16:00"),
    ("Tidspunkt: 9 – 12", "09:00"),
    ("Tid: 2-4", None),  # no meeting hours
    ("Tid: 20-18", None),  # ends before it starts
])
def test_a_range_of_whole_hours_on_the_time_label(line: str, time: str | None) -> None:
    raw = "Referat af møde i Ældrerådet\n\nDato: 12. september 2023\n" + line + "\nSted: Aktivitetscentret\n" + ITEM
    assert run(raw).meeting.time == time


def test_print_button_before_the_body_on_the_first_line() -> None:
    raw = "Udskriv Socialudvalget\n\nTorsdag den 12.03.2020 kl. 15:00\nVis dagsorden" + ITEM
    m = run(raw).meeting
    assert m.body == "Socialudvalget"
    assert m.date == dt.date(2020, 3, 12)


def test_record_word_in_capitals_after_the_body() -> None:
    raw = ("Kontaktudvalget for Nordø BESLUTNINGSREFERAT Sted: Nordø Kro Dato: Torsdag den 30. maj 2013 "
           "Start kl.: 20:15" + ITEM)
    assert run(raw).meeting.body == "Kontaktudvalget for Nordø"
