"""Minutes turned into a document site's transcript: a page joined into one line, header labels first
and their values after them in the same order, labels without colons, capitals, pages that open with
their number."""

from __future__ import annotations

from socdoc.extractors import dates
from socdoc.extractors.minutes import MinutesResult, extract_minutes
from socdoc.extractors.minutes_inline import inline_fields
from socdoc.normalize import normalize

SITE = 'Referat\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload "Referat"\n\nTranskript\n\n'


def run(raw: str) -> MinutesResult:
    text = normalize(raw)
    return extract_minutes(text, raw, dates.find_candidates(text), None)


def test_one_label_with_a_colon_among_labels_without() -> None:
    line = ("1 REFERAT Møde i Skovby Vandråd den 3. marts 2021 Sted Vandværket, Lundevej 4 Deltagere Eva Holm "
            "(Skovby Kommune), Bo Dam (Vandværket) Afbud: Kim Lund (Naturstyrelsen)")
    fields = {f.kind: f.text for f in inline_fields(line, 0)}
    assert fields["location"] == "Vandværket, Lundevej 4"
    assert fields["absent"] == "Kim Lund (Naturstyrelsen)"
    assert inline_fields("Dato: 5. maj 2015 kl. 16.00 i Byrådssalen Afbud Ole Berg", 0) == []  # two kinds: no run


def test_guests_end_the_members_list() -> None:
    line = ("1 REFERAT Møde i Skovby Vandråd den 3. marts 2021 Sted Vandværket Deltagere Eva Holm (Skovby Kommune), "
            "Bo Dam (Vandværket) Inviterede gæster Lis Berg (Rådgiveren) Afbud: Kim Lund")
    fields = {f.kind: f.text for f in inline_fields(line, 0)}
    assert fields["participants"] == "Eva Holm (Skovby Kommune), Bo Dam (Vandværket)"


def test_place_left_empty_before_the_lists_comes_after_them() -> None:
    line = ("1 Referat Ældrerådet Mødedato: Tirsdag den 4. maj 2021 Mødetidspunkt: Kl. 10:00 Mødested: Bemærkninger: "
            "Medlemmer: Eva Holm (A) Bo Dam (V) Kim Lund (C) Deltagere: Lis Berg Fraværende: Kim Lund "
            "Mødelokale 3, Skovby Rådhus Sagsoversigt: Side 2")
    fields = [(f.kind, f.text) for f in inline_fields(line, 0)]
    assert ("location", "Mødelokale 3, Skovby Rådhus") in fields
    assert ("absent", "Kim Lund") in fields


def test_a_note_label_and_stand_ins_in_a_run_of_labels() -> None:
    line = ("1 Referat Skovby Byråd Ordinært møde Dato 2. juni 2020 Tid 19:00 Sted NB. Fraværende Stedfortræder "
            "Byrådssalen, Skovby Rådhus Mødet holdes med afstand. Ole Berg Ida Lund Medlemmer Eva Holm (A) Ole Berg (V)")
    fields = [(f.kind, f.text) for f in inline_fields(line, 0)]
    assert ("location", "Byrådssalen, Skovby Rådhus") in fields
    assert ("absent", "Ole Berg") in fields
    assert ("substitutes", "Ida Lund") in fields


def test_absentees_without_stand_ins_are_not_split() -> None:
    line = ("1 Referat Skovby Byråd Dato 2. juni 2020 Tid 19:00 Sted NB. Fraværende Stedfortræder "
            "Byrådssalen, Skovby Rådhus Mødet holdes med afstand. Ole Berg Ida Lund Medlemmer Eva Holm (A) Ole Berg (V) "
            "Ida Lund (C)")
    kinds = [f.kind for f in inline_fields(line, 0)]
    assert "substitutes" not in kinds


def test_an_odd_run_of_names_is_not_split_between_absentees_and_stand_ins() -> None:
    line = ("1 Referat Skovby Byråd Dato 2. juni 2020 Tid 19:00 Sted NB. Fraværende Stedfortræder "
            "Byrådssalen, Skovby Rådhus Mødet holdes med afstand. Ole Berg Ida Lund Per Dam")
    kinds = [f.kind for f in inline_fields(line, 0)]
    assert "absent" not in kinds and "substitutes" not in kinds


def test_first_page_of_a_transcript_is_header_not_item_one() -> None:
    raw = (SITE + "1 Byrådet den , s. 1 SKOVBY KOMMUNE Byrådet Protokol Tirsdag den 4. maj 2021 kl. 19:00 afholdt "
           "Byrådet møde i Byrådssalen/Rådhuset. Medlemmerne var til stede.\n\n"
           "2 Byrådet den , s. 2 INDHOLDSFORTEGNELSE 01 Godkendelse af dagsorden 02 Meddelelser\n")
    m = run(raw).meeting
    assert (m.time, m.location) == ("19:00", "Byrådssalen/Rådhuset")


def test_place_in_a_title_written_in_capitals() -> None:
    raw = ("REFERAT FRA REPRÆSENTANTSKABSMØDE I SKOVBO TORSDAG DEN 6. MAJ 2021 AFHOLDT I MEDBORGERHUSET "
           "TORVET 3, 9000 AALBORG\n\nDAGSORDEN:\n1) Valg af dirigent\n2) Beretning\n\n"
           "Ad pkt. 1 Valg af dirigent\nEva Holm blev valgt.\n")
    assert run(raw).meeting.location.lower() == "medborgerhuset torvet 3, 9000 aalborg"


def test_body_from_the_running_header_of_the_pages() -> None:
    raw = (SITE + "1 SKOVBY KOMMUNE Møde nr. 12 Mødet blev holdt onsdag den 5. maj 2021 på Rådhuset.\n\n"
           "2 onsdag den 5. maj SOCIALUDVALGET Godkendelse af dagsorden Sagsnr.: 21/100 Godkendt.\n\n"
           "3 onsdag den 5. maj SOCIALUDVALGET Meddelelser Sagsnr.: 21/101 Taget til efterretning.\n")
    assert run(raw).meeting.body == "Socialudvalget"


def test_room_after_the_hour_on_a_flattened_page() -> None:
    raw = (SITE + "1 Miljøudvalget Referat fra ordinært møde 5. maj 2021 Onsdag kl. 16:00 Mødelokale B2 Følgende sager "
           "behandles på mødet Side Meddelelser 2 Budgetopfølgning for første kvartal 3 Vejplan for de kommende år 5 "
           "Trafiksikkerhed ved skolerne 7 Fraværende Bemærkninger til dagsorden\n\n2 Miljøudvalget Punkt: 20 Meddelelser Beslutning "
           "Miljøudvalget den Taget til efterretning.\n")
    assert run(raw).meeting.location == "Mødelokale B2"


def test_several_elected_with_where_they_come_from() -> None:
    raw = ("Referat af repræsentantskabsmøde 3. maj 2021\n\n1. Godkendelse af forretningsorden\nForretningsordenen blev "
           "godkendt.\n2. Valg af dirigenter\nEva Holm fra afdeling 3 Engen og Bo Dam fra afdeling 12 Skovparken blev "
           "foreslået og valgt. Dirigenterne takkede for valget.\n3. Orientering\nFormanden orienterede.\n")
    assert [(d.item, d.outcome) for d in run(raw).decisions][:2] == [(1, "approved"), (2, "other")]


def test_a_meeting_the_header_cites_does_not_date_the_page() -> None:
    raw = ("Referat\nTeknikudvalget\n12.09.2018 kl. 9.00\nMødelokale 2\n\n"
           "Formanden oplyste, at byrådet på sit møde den 15. august 2018 havde godkendt planen.\n\n"
           "1. Vejplan for 2019\nBeslutning: Godkendt.\n\n2. Budget\nBeslutning: Taget til efterretning.\n")
    meeting = run(raw).meeting
    assert meeting.date is not None and meeting.date.isoformat() == "2018-09-12"
    assert meeting.time == "09:00"


def test_download_line_with_dotted_title_words_names_the_council() -> None:
    raw = ('REFERAT. for. Byrådets møde den 4. marts 2015, Kl på Nordby Rådhus.\n\nStørrelse: px\n'
           'Starte visningen fra side:\n\nDownload "REFERAT. for. Byrådets møde den 4. marts 2015, Kl. 17.00 på '
           'Nordby Rådhus."\n\nTranskript\n\n1 NORDBY KOMMUNE REFERAT for Byrådets møde den 4. marts 2015, Kl på '
           'Nordby Rådhus.\n\n2 Pkt.nr. 1 Meddelelser Beslutning Taget til efterretning.\n')
    body = run(raw).meeting.body
    assert body is not None and body.lower() == "byrådet"


def test_region_named_between_title_word_and_committee() -> None:
    raw = SITE + ("1 BESLUTNINGER REGION NORDBY ØKONOMIUDVALGET Onsdag den 4. marts 2015 Kl Regionshuset, Parkvej 2, "
                  "9000 Nordby Møde nr. 3 Medlemmer: Eva Holm Bo Dam Kim Lund\n\n2 Indholdsfortegnelse Meddelelser\n")
    body = run(raw).meeting.body
    assert body is not None and body.lower() == "økonomiudvalget"
