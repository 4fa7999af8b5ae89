"""Minutes: attendance lists whose layout was broken up by publishing (cells as lines, flattened
PDF lines, "Name: unit" lines, first names only) and absence told in items."""

from __future__ import annotations

import socdoc
from socdoc.extractors import dates
from socdoc.extractors.minutes import MinutesResult, extract_minutes
from socdoc.normalize import normalize


def run(raw: str) -> MinutesResult:
    text = normalize(raw)
    result = extract_minutes(text, raw, dates.find_candidates(text), None)
    for person in result.meeting.participants:
        assert person.start is not None and text[person.start:person.end] == person.name
    return result


ITEMS = "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Orientering\nBeslutning\nTaget til efterretning.\n"


def _cells(*rows: tuple[str, ...]) -> str:
    return "\n\n".join(cell for row in rows for cell in row)


def test_members_table_cells_on_lines_of_their_own() -> None:
    members = _cells(("Mona Skovgaard", "Formand", "(A)"), ("Preben Holt", "1. næstformand", "(V)"),
                     ("Lise Fogh", "(A)"), ("Tage Rasmussen", "Løsgænger"), ("Dorthe Winkel Bach", "(Ø)"),
                     ("Søren Lauritsen", "(C)"))
    raw = ("Referat\n\nReferat - Sundhedsudvalget\n\n14-09-2022 15:00\n\nMedlemmer af udvalget:\n\n" + members
           + "\n\nFraværende:\n\n" + _cells(("Søren Lauritsen", "(C)")) + "\n\n\nIndholdsfortegnelse" + ITEMS)
    result = run(raw)
    assert [(p.name, p.party) for p in result.meeting.participants] == [
        ("Mona Skovgaard", "A"), ("Preben Holt", "V"), ("Lise Fogh", "A"), ("Tage Rasmussen", None),
        ("Dorthe Winkel Bach", "Ø")]
    assert result.meeting.absent == ["Søren Lauritsen"]


def test_a_role_cell_ends_nothing_but_a_heading_ends_the_list() -> None:
    raw = ("Referat for Kulturudvalget\n\nDeltagere:\n\nAnne Busk\n\nFormand\n\n(B)\n\nKarl Nygaard\n\n(F)\n\n"
           "Sagsfremstilling\n\nUdvalget drøftede budgettet med Jens Ottesen." + ITEMS)
    assert [(p.name, p.party) for p in run(raw).meeting.participants] == [("Anne Busk", "B"), ("Karl Nygaard", "F")]


def test_flattened_header_with_an_empty_place_and_remarks_label() -> None:
    raw = ("1 Referat Ældrerådet Mødedato: Tirsdag den 4. april 2017 Mødetidspunkt: Kl. 9:30 Sluttidspunkt: "
           "Kl. 12:00 Mødested: Bemærkninger: Medlemmer: Tove Hjort (A) Bent Sørensen (V) Grete Lindholm "
           "Åge Kristoffersen Vibeke Thomsen Deltagere: Hans Mikkelsen Fraværende: Grete Lindholm "
           "Åge Kristoffersen Lokale 4, Byhuset Hans Mikkelsen deltog som suppleant for Åge Kristoffersen. "
           "Sagsoversigt Side 01. Godkendelse af dagsorden" + ITEMS)
    result = run(raw)
    assert [(p.name, p.party) for p in result.meeting.participants] == [
        ("Tove Hjort", "A"), ("Bent Sørensen", "V"), ("Vibeke Thomsen", None), ("Hans Mikkelsen", None)]
    assert sorted(result.meeting.absent) == ["Grete Lindholm", "Åge Kristoffersen"]


def test_labels_first_with_a_trailing_label_keep_their_order() -> None:
    raw = ("1 Referat Teknisk Udvalg Mødedato: Onsdag den 3. maj 2017 Mødested: Deltagere: Fraværende: Referent: "
           "Mødelokale 2, Rådhuset Eva Sandberg, Mikkel Dahl, Janus Holm Ingen Rita Kjær" + ITEMS)
    result = run(raw)
    assert [p.name for p in result.meeting.participants] == ["Eva Sandberg", "Mikkel Dahl", "Janus Holm"]
    assert result.meeting.absent == []


def test_name_colon_unit_lines_are_entries() -> None:
    raw = ("Referat af møde i Frivillighedsrådet\n\nDato: 7. marts 2023\n\nDeltagere:\n\n"
           " • Helene Krogh Bundgaard: Byrådsmedlem for Socialdemokratiet\n • Oskar Juhl: Ældre Sagen\n"
           " • Zenia Thorup: Frivilligcentret\n • Bjørk Amundsen: Konsulent, Socialafdelingen\n\n"
           "Afbud:\n\n • Palle Winther\n\nDagsorden med referat:" + ITEMS)
    result = run(raw)
    assert [p.name for p in result.meeting.participants] == [
        "Helene Krogh Bundgaard", "Oskar Juhl", "Zenia Thorup", "Bjørk Amundsen"]
    assert result.meeting.absent == ["Palle Winther"]


def test_absence_list_lines_with_the_unit_after_a_comma() -> None:
    raw = ("Referat fra møde i Handicaprådet\nTorsdag d. 12.10.17.\nTil stede:\nPia Brandt, formand\n"
           "Niels Roed, Silkeborg Idrætsråd\nAfbud:\nYasmin Farah, De lokale boligforeninger\n"
           "Kurt Ebbesen, udpeget af Byrådet\nPkt. 1\nValg af næstformand" + ITEMS)
    result = run(raw)
    assert [p.name for p in result.meeting.participants] == ["Pia Brandt", "Niels Roed"]
    assert result.meeting.absent == ["Yasmin Farah", "Kurt Ebbesen"]


def test_first_names_after_a_label_without_colon() -> None:
    raw = ("Referat af bestyrelsesmøde i borgerforeningen tirsdag den 7. marts 2023 kl. 19\n\n"
           "Til stede var Birthe, Allan, Susanne og Poul\n" + ITEMS)
    assert [p.name for p in run(raw).meeting.participants] == ["Birthe", "Allan", "Susanne", "Poul"]


def test_absence_sentences_in_decisions() -> None:
    raw = ("Landdistriktsrådet - referat\nMødedato: 5. juni 2023\n\n1. Godkendelse af dagsorden\nBeslutning\n"
           "Godkendt\nTorben Smed, Ulla kragh og Rasmus Fjord deltog ikke på mødet.\n"
           "2. Orientering\nBeslutning\nGodkendt Margit Holst og Svend Bak var fraværende uden afbud.\n")
    assert sorted(run(raw).meeting.absent) == ["Margit Holst", "Rasmus Fjord", "Svend Bak", "Torben Smed"]


def test_absence_item_sentence_about_leaving_early_is_no_absence() -> None:
    raw = ("Referat\n\n1. Fraværende\n\nBeslutning\n\nLene Bisgaard og Ole Kamp var fraværende.\n\n"
           "Jens Overgaard forlod mødet efter pkt. 5.\n\n2. Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n")
    assert sorted(run(raw).meeting.absent) == ["Lene Bisgaard", "Ole Kamp"]


def test_absentees_under_a_second_absence_label() -> None:
    raw = ("Mødedato: 14.03.2006, kl. 17:00\n\nBESLUTNINGSPROTOKOL\n\nFraværende med afbud:\n\n"
           "Hans Tøttrup (A)        Lone Skov (V)\n\nFraværende i øvrigt:\n\nKamilla Hvid (F)\n\n"
           "Formanden bød velkommen." + ITEMS)
    assert run(raw).meeting.absent == ["Hans Tøttrup", "Lone Skov", "Kamilla Hvid"]


def test_people_from_cells_single_names_and_glued_places() -> None:
    raw = ("Referat af bestyrelsesmøde i Grundejerforeningen Bakken 2. maj 2023\n\n"
           "Til stede var Birthe, Allan og Poul\n\n1. Meddelelser\nBeslutning\nTaget til efterretning.\n\n"
           "2. Nyt fra kommunen Baggrund Gitte Ravnholt, afdelingsleder for Natur og Miljø, orienterede. "
           "Mødelokale 3, Stationshuset Ib Jakobsen deltog som suppleant for Allan.\n")
    doc = socdoc.extract(raw)
    found = {p.name for p in doc.people}
    assert {"Birthe", "Allan", "Poul", "Gitte Ravnholt", "Ib Jakobsen"} <= found
    assert not any(name.startswith(("Baggrund", "Stationshuset")) for name in found)


def test_members_with_party_letters_and_notes_mid_line() -> None:
    raw = ("Transkript\n\n1 B E S L U T N I N G E R REGION SYDKYSTEN SUNDHEDSUDVALGET Onsdag den 6. marts 2019 "
           "på Regionshuset, mødelokale 2 3. møde Medlemmer: Knud Bilde (formand) (V) Rita Husum (A) "
           "Ole Pram Lyng (A) kom under sag nr. 2 Gerda Vinther (F) Jytte Krog (O) gik efter sag nr. 5 "
           "Tom Ravn (C)\n\n2 Sag nr. 6 blev eftersendt." + ITEMS)
    assert [(p.name, p.party) for p in run(raw).meeting.participants] == [
        ("Knud Bilde", "V"), ("Rita Husum", "A"), ("Ole Pram Lyng", "A"), ("Gerda Vinther", "F"),
        ("Jytte Krog", "O"), ("Tom Ravn", "C")]


def test_stand_ins_named_in_an_absence_list_are_not_absent() -> None:
    raw = ("Referat\n\nFraværende med afbud:\nKirsten Hald Mogensen, Rune Ebbesen indkaldt\n"
           "Jette Krogh og Poul Ancher, Frida Lyng deltog\n\nFraværende uden afbud:\nOve Sandbæk\n\n"
           "Beslutning\n\nDagsordenen blev godkendt." + ITEMS)
    assert run(raw).meeting.absent == ["Kirsten Hald Mogensen", "Jette Krogh", "Poul Ancher", "Ove Sandbæk"]


def test_roles_from_elections_and_name_colon_role_lines() -> None:
    raw = ("Referat af møde i Ældrerådet\n\nDato: 9. januar 2024\n\nDeltagere:\n\n"
           " • Hanne Vestergaard Bak: Byrådsmedlem for Venstre\n • Ulrik Sommer: Ældre Sagen\n"
           " • Bente Lykkegaard: Konsulent, Sekretariatet\n\n1. Konstituering\nBeslutning\n"
           "Ældrerådet udpegede Ulrik Sommer som formand. Svend Gravesen blev valgt til næstformand.\n")
    roles = {p.name: p.role for p in socdoc.extract(raw).people}
    assert roles["Hanne Vestergaard Bak"] == "byrådsmedlem"
    assert roles["Bente Lykkegaard"] == "konsulent"
    assert roles["Ulrik Sommer"] == "formand"
    assert roles["Svend Gravesen"] == "næstformand"
