"""Minutes laid out by other publishers: PDF text wrapped at the page width, item numbers glued to a
committee's abbreviation, and a bare item number over a title that is also a section's name."""

from __future__ import annotations

from socdoc.api import extract
from socdoc.extractors.minutes_layout import attendance_at, find_items, split_lines


def _names(text: str, i: int = 0) -> list[str]:
    lines = split_lines(text)
    att = attendance_at(lines, i, len(lines))
    assert att is not None
    return [p.name for p in att.people]


def test_label_line_wrapped_inside_a_name():
    text = ("Deltagere: Karen Lindholm, Søren Bech, Malene\n"
            "Winther, Jakob Friis og Ulla Dahl\n\n1. Godkendelse af dagsorden\n")
    assert _names(text) == ["Karen Lindholm", "Søren Bech", "Malene Winther", "Jakob Friis", "Ulla Dahl"]


def test_wrapped_name_with_two_words_and_party_on_the_next_line():
    text = ("Til stede:   Anette Bro (A), Claus\n"
            "             Rye Mortensen (V), Dorthe Lyng (F)\n\nSide 1\n")
    assert _names(text) == ["Anette Bro", "Claus Rye Mortensen", "Dorthe Lyng"]


def test_last_first_name_stays_whole_before_a_heading():
    # the line under the list is a heading, not the rest of the last name
    text = "Fremmødte: Lis, Ove, Kim\nReferat\n\nDer var intet at bemærke.\n"
    assert _names(text) == ["Lis", "Ove", "Kim"]


def test_item_number_glued_to_committee_abbreviation():
    text = ("Kultur- og Fritidsudvalget\n\nReferat\n\nDato: 4. maj 2022\n\n"
            "1.KFU - Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
            "2.KFU - Tilskud til spejderhytte\n\nBeslutning\nUdsat.\n")
    items, _ = find_items(split_lines(text))
    assert [i.number for i in items] == [1, 2]
    record = extract(text)
    assert [(d.item, d.outcome) for d in record.decisions] == [(1, "approved"), (2, "postponed")]


def test_bare_number_over_a_section_named_title():
    text = ("Seniorrådet\n\nReferat\n\nDato: 2. marts 2023\n\n"
            "Sag nr. 1\nGodkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
            "Sag nr. 2\nOrientering\n\nSagsfremstilling\nFormanden fortalte om årsmødet.\n\n"
            "Beslutning\nTaget til efterretning.\n")
    items, _ = find_items(split_lines(text))
    assert [(i.number, i.title) for i in items] == [(1, "Godkendelse af dagsorden"), (2, "Orientering")]
    record = extract(text)
    assert [(d.item, d.outcome) for d in record.decisions] == [(1, "approved"), (2, "noted")]


def test_bare_number_over_an_opening_label_is_no_title():
    lines = split_lines("12.\nSagsfremstilling\n\nTeksten om sagen.\n")
    items, _ = find_items(lines)
    assert all(i.title != "Sagsfremstilling" for i in items)


def _record_attendance(text: str) -> tuple[list[str], list[str]]:
    meeting = extract(text).meeting
    assert meeting is not None
    return [p.name for p in meeting.participants], list(meeting.absent)


_ITEMS = "\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n2. Eventuelt\n\nBeslutning\nIntet.\n"


def test_absence_label_without_colon_inside_the_members_line():
    text = ("Handicaprådet\n\nReferat\n\nDato: 8. maj 2024\n\n"
            "Deltagere Mette Bundgaard, Lars Kvist, Aksel Holt Afbud Dorte Vang" + _ITEMS)
    assert _record_attendance(text) == (["Mette Bundgaard", "Lars Kvist", "Aksel Holt"], ["Dorte Vang"])


def test_member_named_again_after_a_bare_absence_label_is_absent():
    text = ("Teknisk Udvalg\n\nReferat\n\nDato: 8. maj 2024\n\n"
            "Medlemmer: Mette Bundgaard (A), Lars Kvist (V), Aksel Holt (F) Afbud Lars Kvist (V)" + _ITEMS)
    assert _record_attendance(text) == (["Mette Bundgaard", "Aksel Holt"], ["Lars Kvist"])


def test_first_name_board_with_bare_absence_label():
    text = ("Referat af bestyrelsesmøde den 2. februar 2022.\n\n"
            "Deltagere Rikke, Anders, Bent og Signe (referent) Afbud Palle.\n\n"
            "1. Regnskab\nRegnskabet blev godkendt.\n\n2. Eventuelt\nIntet.\n")
    assert _record_attendance(text) == (["Rikke", "Anders", "Bent", "Signe"], ["Palle"])


def test_lower_case_absence_word_in_a_members_line_is_no_label():
    from socdoc.extractors.minutes_inline import bare_absence_label

    assert bare_absence_label("Eva Holm, Bo Dam, der havde meldt afbud Kim Lund") is None
    assert bare_absence_label("Afbud Kim Lund") is None  # the label opening the value is the line's own


def test_time_after_the_date_in_a_header_grid_row():
    text = ("Ældrerådet\n\nReferat\n\nDato: Onsdag d. 05.04.2023, kl. 13.30      Sted: Aktivitetscentret\n\n"
            "Deltagere: Inge Lund, Poul Berg, Asta Krog" + _ITEMS)
    meeting = extract(text).meeting
    assert meeting is not None and (str(meeting.date), meeting.time) == ("2023-04-05", "13:30")
    assert meeting.location == "Aktivitetscentret"


def test_time_after_a_dash_in_the_date_field():
    text = ("Ældrerådet\n\nReferat\n\nMødedato: Mandag den 6. marts 2023 - 09:00      Mødested: Rådhuset\n\n"
            "Deltagere: Inge Lund, Poul Berg, Asta Krog" + _ITEMS)
    meeting = extract(text).meeting
    assert meeting is not None and meeting.time == "09:00"


def test_attendance_value_ends_at_the_next_grid_column():
    text = ("Vejudvalget\n\nReferat\n\nDato: 3. oktober 2022\n\n"
            "Deltagere: Inge Lund, Poul Berg, Asta Krog\n"
            "Fraværende: Hans Mørk      Mødeleder: Poul Berg" + _ITEMS)
    assert _record_attendance(text) == (["Inge Lund", "Poul Berg", "Asta Krog"], ["Hans Mørk"])


def test_narrow_gap_before_a_capitalised_word_is_no_column():
    from socdoc.extractors.minutes_layout import _GRID_NEXT_LABEL

    assert _GRID_NEXT_LABEL.search("Eva Holm, Bo Dam  Referent: Kim Lund") is None
    assert _GRID_NEXT_LABEL.search("Eva Holm, Bo Dam      Formand Kim Lund") is None
    assert _GRID_NEXT_LABEL.search("Eva Holm, Bo Dam      Desuden deltog: Kim Lund") is not None


def test_name_under_an_upper_case_absence_label_repeated_at_page_breaks():
    from socdoc.extractors.minutes_layout import split_lines as split

    page = ("{n}. Punkt nummer {n}\n\nBeslutning\nGodkendt.\nFRAVÆRENDE\nJens Bach (V)\n\nSide {n} af 3\n\n"
            "Vejudvalget - 3. oktober 2022\n\n")
    text = "Vejudvalget\n\n" + "".join(page.format(n=n) for n in (1, 2, 3))
    lines = split(text)
    under = [line for k, line in enumerate(lines) if k and lines[k - 1].clean == "FRAVÆRENDE"]
    assert len(under) == 3 and not any(line.noise for line in under)


def test_print_date_line_is_page_furniture():
    from socdoc.extractors.minutes_layout import patterns

    noise = patterns()["noise"]
    assert noise.search("Udskrevet den 14-11-2025 kl. 08:02")
    assert noise.search("Printet 7. april 2024")
    assert not noise.search("Udskrevet materiale blev delt ud den 7. april 2024 til alle")


def test_print_date_after_the_last_item_is_no_decision():
    text = ("Referat af bestyrelsesmøde i Kærby Vejlaug, onsdag den 6. marts 2024 kl. 19.00.\n\n"
            "Til stede var: Frank Dahl, Sanne Møller og Ib Kjeldsen.\n\n"
            "1. Godkendelse af referat\n\nReferatet blev godkendt.\n\n2. Eventuelt\n\nIntet.\n\n\n"
            "Side 1 af 1\nUdskrevet den 14-11-2025 kl. 08:02\n")
    assert [(d.item, d.outcome) for d in extract(text).decisions] == [(1, "approved"), (2, "other")]


def test_two_line_running_header_around_a_list_split_by_a_page_break():
    from socdoc.extractors.minutes_layout import split_lines as split

    text = ("Skovby Seniorråd\n\nReferat\n\nDeltagere:\nAnna Lind\nBent Kragh\nCarl Dam\n\n"
            "Side 1 af 2\nRunning note one\nSkovby Seniorråd\n\nDorte Bech\nErik Holm\n\n"
            "1. Godkendelse af dagsorden\n\nGodkendt.\n\nSide 2 af 2\nRunning note one\n")
    lines = split(text)
    noise = {line.clean for line in lines if line.noise}
    assert {"Side 1 af 2", "Running note one", "Side 2 af 2"} <= noise
    assert "Skovby Seniorråd" in noise  # the title repeated at the page's head, seen beside one marker only
    assert not lines[0].noise  # the title itself at the top stays
    names = _names(text, 4)
    assert names == ["Anna Lind", "Bent Kragh", "Carl Dam", "Dorte Bech", "Erik Holm"]


def test_narrative_sentence_wrapped_at_the_page_width():
    head = ("Referat af møde i Nørreby Ældreråd den 4. oktober 2022.\n\n"
            "Til stede: Ruth Holm, Kaj Lind, Birte Skov og Villy Dam.\n\n")
    one = ("1. Nyt fra formanden.\n"
           "Formanden gav en kort orientering om sommerens arbejde, og kommunens nye ruter til Hasle og Bjerre"
           " blev drøftet.\n\n"
           "2. Valg af sekretær.\n"
           "Rådet ønsker en fast sekretær for resten af perioden. Villy Dam er sekretær indtil næste valg.\n")
    wrapped = ("1. Nyt fra formanden.\n"
               "Formanden gav en kort orientering om sommerens arbejde, og kommunens nye ruter til\n"
               "Hasle og Bjerre blev drøftet.\n\n"
               "2. Valg af sekretær.\n"
               "Rådet ønsker en fast sekretær for resten af perioden. Villy Dam er\n"
               "sekretær indtil næste valg.\n")
    flat = [(d.item, d.outcome) for d in extract(head + one).decisions]
    assert (2, "other") in flat
    assert [(d.item, d.outcome) for d in extract(head + wrapped).decisions] == flat


def test_wrapped_runs_keep_the_offsets():
    from socdoc.extractors.minutes import _raw_offset, _wrapped_runs

    text = "Et kort afsnit om sagen som fortsætter på den næste linje fordi den er lang og\nbred. Slut.\nNy linje."
    lines = [line for line in split_lines(text) if line.clean]
    runs = _wrapped_runs(lines)
    assert len(runs) == 2
    _, joined, pieces = runs[0]
    at = joined.index("bred")
    assert text[_raw_offset(pieces, at):_raw_offset(pieces, at) + 4] == "bred"


def test_stacked_labels_with_one_value_before_a_blank_line():
    text = ("Børneudvalget - 02-05-2022\n\nReferat\nDato:\nMandag, 2 maj, 2022 - 15:00\nHent som fil:\nLokation:\n"
            "Mødelokale 4, Rådhuset, Torvet 1\n\nIndholdsfortegnelse\n\n1. Godkendelse af dagsorden    2\n"
            "2. Skolernes budget    2\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
            "2. Skolernes budget\n\nBeslutning\nTaget til efterretning.\n")
    meeting = extract(text).meeting
    assert meeting is not None and meeting.location == "Mødelokale 4, Rådhuset, Torvet 1"


_NUMBER_LINES = ("Lokalrådet\n\nReferat\n\nDato: 9. januar 2024\n\nDagsorden:\n1.\nGodkendelse af referat\n2.\nValg af kasserer\n"
                 "3.\nEventuelt\n\n1.\nGodkendelse af referat\nReferatet blev godkendt.\n\n2.\nValg af kasserer\n"
                 "Mads Winther blev valgt som kasserer.\n\n3.\nEventuelt\nIntet.\n")


def test_contents_list_of_numbers_on_their_own_lines():
    lines = split_lines(_NUMBER_LINES)
    items, _ = find_items(lines)
    body = [i for i in items if i.line > 12]
    assert [(i.number, i.title) for i in body] == [(1, "Godkendelse af referat"), (2, "Valg af kasserer"),
                                                   (3, "Eventuelt")]
    assert [(d.item, d.outcome) for d in extract(_NUMBER_LINES).decisions][:1] == [(1, "approved")]


def test_number_pairs_after_running_text_are_no_contents_list():
    from socdoc.extractors.minutes_layout import _after_numbered_pair

    lines = split_lines("Nogle bemærkninger om sagen\n4.\nEn titel\n5.\nEn anden titel\n")
    assert not _after_numbered_pair(lines, 2, 5, True)  # the run does not open its block
    lines = split_lines("Dagsorden\n1.\nEn titel\n2.\nEn anden titel\n")
    assert _after_numbered_pair(lines, 2, 2, True)


def test_bare_number_over_a_labelled_section_title():
    text = ("Kulturudvalget\n\nReferat\n\nDato: 9. januar 2024\n\n1.\nGodkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
            "2.\nTillægsdagsorden: Tilskud til byfesten\n\nBeslutning\nUdsat.\n")
    assert [(d.item, d.outcome) for d in extract(text).decisions] == [(1, "approved"), (2, "postponed")]


def test_contents_list_of_case_numbers_over_titles():
    text = ("Socialudvalget - Referat\n\nDato: 5. marts 2024\n\nIndholdsfortegnelse\nSag nr. 1\nGodkendelse af dagsorden\n"
            "Sag nr. 2\nØkonomi- og aktivitetsopfølgning januar 2024\nSag nr. 3\nLukket punkt: Køb af plads\n\n\n"
            "Sag nr. 1\nGodkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
            "Sag nr. 2\nØkonomi- og aktivitetsopfølgning januar 2024\n\nBeslutning\nTaget til efterretning.\n\n"
            "Sag nr. 3\nLukket punkt: Køb af plads\n\nBeslutning\nGodkendt.\n")
    assert [(d.item, d.outcome) for d in extract(text).decisions] == [(1, "approved"), (2, "noted"), (3, "approved")]


def test_case_number_under_its_title_keeps_the_title_above():
    lines = split_lines("Godkendelse af dagsorden\nSag nr. 7\n\nBeslutning\nGodkendt.\n")
    items, _ = find_items(lines)
    assert [(i.number, i.title) for i in items] == [(7, "Godkendelse af dagsorden")]


def test_first_name_marked_absent_inside_a_board_list():
    text = ("Fremmødte: Ruth, Kaj, Birte, Villy (afbud)\n\n1. Regnskab\n\nRegnskabet blev godkendt.\n\n"
            "2. Eventuelt\n\nIntet.\n")
    record = extract(text)
    assert record.kind == "minutes"  # the absence marked in the members list opens the minutes as an "Afbud:" line would
    assert _record_attendance(text) == (["Ruth", "Kaj", "Birte"], ["Villy"])


def test_status_cells_under_the_members_names():
    text = ("Deltagere\nGerda Holm (A)\nDeltog\nNiels Krogh (V)\nDeltog\nPia Lund (F)\nDeltog ikke\nOle Dam (C)\nDeltog\n\n"
            "1. Godkendelse af dagsorden\n")
    lines = split_lines(text)
    att = attendance_at(lines, 0, len(lines))
    assert att is not None
    assert [(p.name, p.absent) for p in att.people] == [("Gerda Holm", False), ("Niels Krogh", False),
                                                        ("Pia Lund", True), ("Ole Dam", False)]


def test_status_cell_as_a_bullet_after_a_member_with_a_role():
    text = ("Deltagere\n  • Gerda Holm (A) - Deltog\n  • Bo Winther (direktør)\n  • Deltog ikke\n"
            "  • Pia Lund (F) - Deltog\n\nDagsorden\n")
    lines = split_lines(text)
    att = attendance_at(lines, 0, len(lines))
    assert att is not None and [p.name for p in att.people if p.absent] == ["Bo Winther"]
    assert "Pia Lund" in [p.name for p in att.people if not p.absent]


def test_last_names_of_a_list_before_a_page_marker_are_no_running_header():
    from socdoc.extractors.minutes_layout import split_lines as split

    text = ("Vejudvalget\n\nDELTAGERE\nAnna Lind (A)\nBent Kragh (V)\nCarl Dam (O)\n\nSide 1 af 3\n\n"
            "1. Budget\n\nBeslutning\nGodkendt.\nFRAVÆRENDE\nCarl Dam (O)\n\nSide 2 af 3\n\n"
            "2. Vejplan\n\nBeslutning\nDrøftet.\nFRAVÆRENDE\nCarl Dam (O)\n\nSide 3 af 3\n")
    lines = split(text)
    assert not any(line.noise for line in lines if line.clean in ("Bent Kragh (V)", "Carl Dam (O)"))
