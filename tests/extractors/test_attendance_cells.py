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
                     ("Søren Lauritsen", "(C)"), ("KarinHolm-Sander", "(B)"))
    raw = ("Referat\n\nReferat - Sundhedsudvalget\n\n14-09-2022 15:00\n\nMedlemmer af udvalget:\n\n" + members
           + "\n\nFraværende:\n\n" + _cells(("Søren Lauritsen", "(C)")) + "\n\n\nIndholdsfortegnelse" + ITEMS)
    result = run(raw)
    assert [(p.name, p.party) for p in result.meeting.participants] == [
        ("Mona Skovgaard", "A"), ("Preben Holt", "V"), ("Lise Fogh", "A"), ("Tage Rasmussen", None),
        ("Dorthe Winkel Bach", "Ø"), ("KarinHolm-Sander", "B")]
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
    # "Ulla kragh": a known first name and a surname written in lower case by mistake is a name too
    assert sorted(run(raw).meeting.absent) == ["Margit Holst", "Rasmus Fjord", "Svend Bak", "Torben Smed", "Ulla kragh"]


def test_absence_item_sentence_about_leaving_early_is_no_absence() -> None:
    raw = ("Referat\n\n1. Fraværende\n\nBeslutning\n\nLene Bisgaard og Ole Kamp var fraværende.\n\n"
           "Jens Overgaard forlod mødet efter pkt. 5.\n\n2. Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n")
    assert sorted(run(raw).meeting.absent) == ["Lene Bisgaard", "Ole Kamp"]


def test_absentees_under_a_second_absence_label() -> None:
    raw = ("Mødedato: 14.03.2006, kl. 17:00\n\nBESLUTNINGSPROTOKOL\n\nFraværende med afbud:\n\n"
           "Hans Tøttrup (A)        Lone Skov (V)\n\nFraværende i øvrigt:\n\nKamilla Hvid (F)\n\n"
           "Formanden bød velkommen." + ITEMS)
    assert run(raw).meeting.absent == ["Hans Tøttrup", "Lone Skov", "Kamilla Hvid"]


def test_people_from_cells_glued_places_and_first_names_only_in_attendance() -> None:
    raw = ("Referat af bestyrelsesmøde i Grundejerforeningen Bakken 2. maj 2023\n\n"
           "Til stede var Birthe, Allan og Poul\n\n1. Meddelelser\nBeslutning\nTaget til efterretning.\n\n"
           "2. Nyt fra kommunen Baggrund Gitte Ravnholt, afdelingsleder for Natur og Miljø, orienterede. "
           "Mødelokale 3, Stationshuset Ib Jakobsen deltog som suppleant for Allan.\n")
    doc = socdoc.extract(raw)
    found = {p.name for p in doc.people}
    assert {"Gitte Ravnholt", "Ib Jakobsen"} <= found
    assert not {"Birthe", "Allan", "Poul"} & found  # a name of one word is no person fact
    assert [p.name for p in doc.meeting.participants] == ["Birthe", "Allan", "Poul"]
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


def test_a_unit_of_common_words_before_a_role_is_no_person() -> None:
    raw = ("Referat fra møde i Integrationsrådet\nTil stede:\nAmir Haddad, næstformand\n"
           "Mads Toft, medarbejder i Afdeling for Lokal Udvikling (sekretær)\n\n1. Meddelelser\nBeslutning\n"
           "Taget til efterretning.\n")
    found = {p.name for p in socdoc.extract(raw).people}
    assert "Mads Toft" in found and "Lokal Udvikling" not in found


def test_first_names_alone_in_a_small_board_minutes_are_no_people() -> None:
    raw = ("Referat af bestyrelsesmøde i beboerforeningen\n\nAfbud Ole Brandt.\n\n1. Valg af referent\n"
           "Bestyrelsen ønsker en fast referent. Susanne er referent indtil videre.\n\n2. Eventuelt\n"
           "Preben foreslog en fælles udflugt. Anne Marie spurgte til økonomien. Kontakt Kim Vestergaard.\n"
           "Bo Nielsen fortalte om haven, og Bo sender en mail.\n")
    doc = socdoc.extract(raw)
    roles = {p.name: p.role for p in doc.people}
    assert "Susanne" not in roles and "Preben" not in roles
    assert "Marie" not in roles and "Bo" not in roles
    assert {"Ole Brandt", "Anne Marie", "Bo Nielsen"} <= set(roles)


def test_an_absentee_keeps_the_party_cell_under_the_name() -> None:
    raw = ("Referat\n\nReferat - Miljøudvalget\n\n02-02-2022 16:00\n\nMedlemmer af udvalget:\n\n"
           + _cells(("Ulla Bøgh", "Formand", "(B)"), ("Ib Mørch", "(O)"), ("Vera Juhl", "(A)"))
           + "\n\nFraværende:\n\nVera Juhl\n\n(A)\n\n\nIndholdsfortegnelse" + ITEMS)
    parties = {p.name: p.party for p in socdoc.extract(raw).people}
    assert parties == {"Ulla Bøgh": "B", "Ib Mørch": "O", "Vera Juhl": "A"}


def test_a_plant_named_after_its_town_is_no_person() -> None:
    raw = ("Referat\n\nPkt. 3. Aftale med Silkeborg Varmeværk (B)\n\nSagsfremstilling\n\n"
           "Forsyningen har indgået forlig med Silkeborg Varmeværk. Henrik Bjerre (B) deltog ikke i sagen.\n")
    found = {p.name for p in socdoc.extract(raw).people}
    assert "Silkeborg Varmeværk" not in found and "Henrik Bjerre" in found


def test_party_names_in_cells_continue_the_list() -> None:
    raw = ("Referat - Socialudvalget\n\n05-10-2021 16:30\n\nMedlemmer:\n\nAnja Kruse\n\nFormand\n\n"
           "Socialdemokratiet\n\nOle Bredahl\n\nVenstre\n\nGitte Haahr\n\nEnhedslisten\n\n\nIndholdsfortegnelse" + ITEMS)
    assert [p.name for p in run(raw).meeting.participants] == ["Anja Kruse", "Ole Bredahl", "Gitte Haahr"]


def test_a_stand_in_sentence_run_on_after_the_absentees() -> None:
    raw = ("1 Referat Ungerådet Mødedato: Onsdag den 8. marts 2017 Mødetidspunkt: Kl. 16:00 Mødested: Rådhuset, "
           "lokale 2 Medlemmer: Lise Bork (A) Per Vind (V) Gunnar Holte Ditte Rask Fraværende: Gunnar Holte "
           "Ditte Rask Kasper Ellegaard deltog som suppleant for Ditte Rask. Sagsoversigt Side 01. Godkendelse"
           + ITEMS)
    result = run(raw)
    assert [p.name for p in result.meeting.participants] == ["Lise Bork", "Per Vind"]
    assert result.meeting.absent == ["Gunnar Holte", "Ditte Rask"]


def test_first_name_list_with_an_unlisted_first_name() -> None:
    raw = ("Referat fra møde i seniorrådet\n\nTil stede: Vibse (formand), Mogens, Hanne og Jørgen (referent)\n"
           "Afbud: Aarhus, Odense og Aalborg\n" + ITEMS)
    result = run(raw)
    assert [p.name for p in result.meeting.participants] == ["Vibse", "Mogens", "Hanne", "Jørgen"]
    assert result.meeting.absent == []


def test_people_named_in_sentences_about_attendance() -> None:
    raw = ("Referat\n\n1. Fraværende\n\nBeslutning\n\nAase Mikkelsen var fraværende.\n\n"
           "Ole Brixtofte deltog under pkt. 1-3.\n\nTeknisk Forvaltning deltog under pkt. 2.\n\n"
           "2. Meddelelser\n\nBeslutning\n\nTaget til efterretning. Jens Ravnsborg forlod mødet.\n")
    found = {p.name for p in socdoc.extract(raw).people}
    assert {"Aase Mikkelsen", "Ole Brixtofte", "Jens Ravnsborg"} <= found
    assert "Teknisk Forvaltning" not in found


def test_members_table_rows_with_gaps_and_a_standing_cell() -> None:
    rows = ["Ane Thygesen\tFormand\t(A)", "Erik Bach\t1. næstformand\t(V)", "Tage Rasmussen    Løsgænger"]
    raw = ("Referat - Sundhedsudvalget\n\n14-09-2022 15:00\n\nMedlemmer af udvalget:\n\n" + "\n".join(rows)
           + "\n\nFraværende:\n\nErik Bach\t(V)\n\n\nIndholdsfortegnelse" + ITEMS)
    result = run(raw)
    assert [(p.name, p.party) for p in result.meeting.participants] == [("Ane Thygesen", "A"), ("Tage Rasmussen", None)]
    assert result.meeting.absent == ["Erik Bach"]


def test_a_member_after_the_unit_of_the_one_before() -> None:
    raw = ("Referat af møde med grundejerforeningerne den 2. maj 2022\n\nDeltagere:\n\n"
           "Bente Lund, Grundejerforeningen Klitten\n"
           "Poul Krag, Foreningen af husejere ved Søndre Strand Therkel Jacobsen, Foreningen af husejere ved Søndre Strand\n"
           "\n1. Velkomst\nBeslutning\nTaget til efterretning.\n")
    assert [p.name for p in run(raw).meeting.participants] == ["Bente Lund", "Poul Krag", "Therkel Jacobsen"]


def test_a_role_heading_under_a_plain_absence_list_ends_it() -> None:
    raw = ("Referat for Ældrerådet\n\nDeltagere:\nOle Lund\nKaren Friis\n\nFraværende:\nPia Hald\n\nSekretær\n"
           "Bo Kastrup\n\nDagsorden" + ITEMS)
    result = run(raw)
    assert result.meeting.absent == ["Pia Hald"]


def test_a_role_in_brackets_at_the_end_of_a_list_row() -> None:
    raw = ("Referat fra møde i Handicaprådet\nTil stede:\nIda Brink, formand\n"
           "Morten Sejr, ansat i Afdeling for Borgerservice (referent)\n\n1. Meddelelser\nBeslutning\n"
           "Taget til efterretning.\n")
    roles = {p.name: p.role for p in socdoc.extract(raw).people}
    assert roles.get("Morten Sejr") == "referent"


def test_first_names_with_their_roles_on_one_line_are_no_people() -> None:
    raw = ("Referat af møde i Seniorrådet\nMødedato: 4. maj 2023\n\n1. Valg af mødeleder og ordstyrer\n"
           "Beslutning\nHanne mødeleder Mogens ordstyrer\n\n2. Eventuelt\nBeslutning\nIntet.\n")
    roles = {p.name: p.role for p in socdoc.extract(raw).people}
    assert "Hanne" not in roles and "Mogens" not in roles
    assert not any("mødeleder" in name or "ordstyrer" in name for name in roles)


def test_notes_glued_to_the_party_bracket_keep_the_list_going() -> None:
    raw = ("Referat\n\nMøde i Kommunalbestyrelsen\n\ntirsdag den 4. maj 2021 kl. 17:00\n\nByrådssalen\n\n"
           "Deltagere:\n\nAnne Vig (A), Formand\n\nTom Riis (V), 1. næstformand- afbud\n\n"
           "Lone Skov (F)- deltog ikke i behandlingen af punkt: 7\n\nKaj Bruun (O)- afbud\n\n"
           "Mia Friis (A)\n\nJens Lykke (C)\n" + ITEMS)
    meeting = run(raw).meeting
    assert [p.name for p in meeting.participants] == ["Anne Vig", "Lone Skov", "Mia Friis", "Jens Lykke"]
    assert meeting.absent == ["Tom Riis", "Kaj Bruun"]
