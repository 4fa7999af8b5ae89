"""Minutes: the header told in sentences ("Medlemmerne var til stede, undtagen: …", "Endvidere deltog: …"),
stand-ins named in a clause or a sentence after the absentees, run-together members lists cut at names the
document writes apart elsewhere, a surname that is also a role word, and the meeting's place and body in
further phrasings. Texts written for these tests."""

from __future__ import annotations

from socdoc.extractors.minutes import find_location, looks_like_minutes
from socdoc.extractors.minutes_layout import parse_layout
from tests.extractors.minutes_run import run

PROTOCOL = ("Transkript\n\n1 Planudvalget den , s. 1 SKOVBY KOMMUNE Planudvalget Protokol Onsdag den 6. marts 2019 "
            "kl. 16:30 afholdt Planudvalget møde i mødelokale 4. Medlemmerne var til stede, undtagen: Karsten Fjord (C) "
            "deltog som stedfortræder for Mona Bjerre Lind (C) Helle Krog (A) og Preben Vang Holt (A) var fraværende "
            "Endvidere deltog: Kommunaldirektør Ulla Brink, direktør Søren Kjær, centerchef Lise Dahl Mørk, "
            "planlægger Anders Vinge\n\n"
            "2 Planudvalget den , s. 2 INDHOLDSFORTEGNELSE Sag nr: Side: 01 Lokalplan for Nørrevang 3\n\n"
            "3 Åbent punkt Planudvalget den , s.3 Lokalplan for Nørrevang 1. Sagsfremstilling Forslaget har været "
            "i høring. Beslutning Godkendt.\n")


def test_further_list_after_a_narrative_header_names_the_participants() -> None:
    m = run(PROTOCOL).meeting
    assert [p.name for p in m.participants] == ["Ulla Brink", "Søren Kjær", "Lise Dahl Mørk", "Anders Vinge"]


def test_stand_in_clause_makes_the_replaced_member_absent_and_the_stand_in_not() -> None:
    m = run(PROTOCOL).meeting
    assert sorted(set(m.absent)) == ["Helle Krog", "Mona Bjerre Lind", "Preben Vang Holt"]
    assert "Karsten Fjord" not in m.absent


def test_held_sentence_with_the_body_before_the_meeting_word_gives_the_place() -> None:
    m = run(PROTOCOL).meeting
    assert m.location is not None and m.location.lower() == "mødelokale 4"


def test_further_list_of_names_with_other_words_is_not_read() -> None:
    raw = PROTOCOL.replace("planlægger Anders Vinge", "Anders Vinge fra Borgerservice og gæster fra Skovby Idrætsforening")
    names = [p.name for p in run(raw).meeting.participants]
    assert "Idrætsforening" not in " ".join(names)


def test_run_together_members_cut_at_a_name_written_apart_elsewhere() -> None:
    raw = ("Transkript\n\n1 åbent møde for Kulturudvalgets møde den 5. marts 2009 kl. 14:00 i Lokale 12\n\n"
           "2 Indholdsfortegnelse 001. Godkendelse af dagsorden 002. Meddelelser 2\n\n"
           "3 Medlemmer Eva Holm Bo Dam Mirja Storgaard Vibe Kim Lund Lis Berg Fraværende Eva Holm Mirja Storgaard "
           "Vibe Bemærkninger til dagsorden 3\n\n"
           "4 001. Godkendelse af dagsorden Sagsnr.: 09/1 Fraværende: Eva Holm, Mirja Storgaard Vibe "
           "Beslutning: Godkendt.\n\n"
           "5 002. Meddelelser Sagsnr.: 09/2 Fraværende: Eva Holm, Mirja Storgaard Vibe "
           "Beslutning: Taget til efterretning.\n")
    m = run(raw).meeting
    assert [p.name for p in m.participants] == ["Bo Dam", "Kim Lund", "Lis Berg"]  # the absentees are no participants
    assert sorted(set(m.absent)) == ["Eva Holm", "Mirja Storgaard Vibe"]


def test_sentence_naming_the_stand_ins_ends_the_absence_list() -> None:
    raw = ("Referat\nByrådet\nMødedato: 4. april 2024, kl. 17:00\n\n"
           "1. Godkendelse af fravær\nBeslutning\n"
           "Afbud fra Tove Riis (A), Jens Ole Bak (V). Som suppleanter deltog Finn Holt (A), Rita Lund (V). "
           "Byrådet godkendte dette.\n\n"
           "2. Budget\nBeslutning\nGodkendt.\n")
    m = run(raw).meeting
    assert sorted(set(m.absent)) == ["Jens Ole Bak", "Tove Riis"]


def test_surname_that_is_a_role_word_after_given_names() -> None:
    raw = ("Referat\nÆldrerådet\nMødedato: 4. april 2024, kl. 10:00\n\n"
           "Medlemmer:\nOle Bak\nLene Marie Præst\nKaj Holm\n\n"
           "Fraværende:\nLene Marie Præst\n\n"
           "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Meddelelser\nBeslutning\nTaget til efterretning.\n")
    m = run(raw).meeting
    assert m.absent == ["Lene Marie Præst"]
    assert [p.name for p in m.participants] == ["Ole Bak", "Kaj Holm"]


ITEM_PAGE = ("Mødedato: 12.03.2019, kl. 15:00\nMødested: Rådhuset, mødesal 2\n\n"
             "Tilskud til foreningernes lokaler\n\nSe alle bilag\n\n"
             "Kultur- og Fritidsforvaltningen ønsker at ændre fordelingen af tilskud til lokaler.\n\n"
             "Indstilling\n\nForvaltningen indstiller, at udvalget godkender den nye fordeling.\n\n"
             "Problemstilling\n\nFlere foreninger har søgt om tilskud.\n")


def test_item_page_under_meeting_date_and_place_labels_is_minutes() -> None:
    assert looks_like_minutes(ITEM_PAGE)
    m = run(ITEM_PAGE).meeting
    assert (m.date.isoformat(), m.time, m.location) == ("2019-03-12", "15:00", "Rådhuset, mødesal 2")


def test_item_page_under_the_site_s_search_box_and_banner_is_minutes() -> None:
    page = "Søg\n\nGå ikke glip af vigtig Digital Post fra Nordby Kommune\n\n" + ITEM_PAGE
    assert looks_like_minutes(page)
    m = run(page).meeting
    assert (m.date.isoformat(), m.time, m.location) == ("2019-03-12", "15:00", "Rådhuset, mødesal 2")


def test_a_long_paragraph_before_the_labels_is_no_item_page_furniture() -> None:
    story = ("Kommunen har i dag holdt et åbent møde for borgerne om den nye plan for bymidten, og mange mødte op "
             "for at høre om planerne.\n\n")
    assert not looks_like_minutes(story + "Mødedato: 12.03.2019, kl. 15:00\nMødested: Rådhuset\n\nNæste skridt\n")


def test_a_text_with_a_date_label_alone_is_no_item_page() -> None:
    assert not looks_like_minutes("Dato: 12.03.2019, kl. 15:00\nKontakt: Eva Holm\n\nNyt tilbud til unge i Skovby\n\n"
                                  "Kommunen åbner et nyt tilbud til unge.\n")


def test_place_with_a_postal_address_under_the_date_line() -> None:
    raw = ("Dagsorden\ntil\nmødet i Udvalg for trafik\nden 1. februar 2023 kl. 09:00\n"
           "i Skovby Rådhus, Torvegade 12, 8600 Skovby\n\n"
           "1. Busplan\nBeslutning\nGodkendt.\n\n2. Cykelstier\nBeslutning\nGodkendt.\n")
    assert run(raw).meeting.location == "Skovby Rådhus, Torvegade 12, 8600 Skovby"


def test_place_after_the_weekday_in_a_flattened_header() -> None:
    line = ("2 KB = Kommunalbestyrelsen TU = Teknikudvalget Mødet Tirsdag , C3/Rådhus Fraværende: "
            "Bemærkninger til dagsordenen: Meddelelser: Teknikudvalget Side 2")
    assert find_location(parse_layout(line).lines) == "C3/Rådhus"
    assert find_location(parse_layout("Mødet Tirsdag 12.06.2007 kl. 9.00, Byrådssalen Afbud: Eva Holm").lines) == "Byrådssalen"


def test_local_council_that_calls_itself_ours() -> None:
    raw = ("Referat 12. marts 2009\n\nReferat af mødet 12.03.09\n\n"
           "1. Vedtægter\nVedtægterne blev gennemgået og godkendt.\n\n"
           "2. Nye medlemmer\nNabobyen kan optages i vores landsbyråd, hvis der er interesse for det.\n")
    assert run(raw).meeting.body == "Landsbyrådet"
