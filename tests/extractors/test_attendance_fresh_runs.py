"""Attendance and header forms seen on fresh real minutes that a converter ran together on one line:
the last absentee before the next numbered item of a flattened agenda, an absence list ended by a
two-word label ("Næste møde:"), and the clock time in the title before the first label."""

from __future__ import annotations

from minutes_run import run


# --- a first name before the next item's number ----------------------------------------------------

FLAT_BOARD = (
    "Bestyrelsesmøde – marts 2019\n\n"
    "Bestyrelsesmøde i Nordby Bibliotek Tirsdag d. 5. marts 2019 kl. 19.30-21.30 Dagsorden: 1 valg af ordstyrer "
    "2 godkendelse af referat 3 regnskab 4 evt. Referat fra bestyrelsesmøde 5 / 3 – 2019 Til stede: "
    "Søren, Karen, Bente, Mogens Afbud: Hanne, Jens 1 Valg af ordstyrer: Karen. 2 Referat godkendt.\n")


def test_the_last_absentee_before_a_numbered_item_is_kept() -> None:
    meeting = run(FLAT_BOARD).meeting
    assert set(meeting.absent) == {"Hanne", "Jens"}


def test_a_room_number_after_a_place_word_still_ends_the_list() -> None:
    text = ("Referat af møde i Seniorrådet den 4. april 2022 kl. 10.00 Til stede: Eva Holm, Bo Dam "
            "Afbud: Kim Lund Lokale 3 Rådhuset 1. Dagsorden godkendt.\n")
    meeting = run(text).meeting
    assert "Kim Lund" in meeting.absent
    assert not any("Lokale" in n for n in meeting.absent)


def test_the_time_in_the_title_before_the_labels_is_the_meeting_time() -> None:
    assert run(FLAT_BOARD).meeting.time == "19:30"


def test_a_time_in_a_title_without_a_day_is_not_taken() -> None:
    text = ("Referat kl. 18.00 fra bestyrelsen Til stede: Eva Holm, Bo Dam Afbud: Kim Lund\n\n"
            "1. Godkendelse af dagsorden\nGodkendt.\n")
    assert run(text).meeting.time != "18:00"


# --- a two-word label after the absentees --------------------------------------------------------

OB_LINE = (
    "1 Referat af OB-møde Mødedato: 7. maj 2019 kl Til stede: Eva Holm, Formand Bo Dam, Næstformand "
    "Kim Lund Kontaktperson Lis Berg Afbud: Pia Skov Næste møde: 4. juni 2019 Protokoller: "
    "1. Godkendelse af referat fra sidste møde\n")


def test_the_head_word_of_a_two_word_label_is_no_part_of_the_name() -> None:
    absent = run(OB_LINE).meeting.absent
    assert "Pia Skov" in absent
    assert not any("Næste" in n for n in absent)


# --- a first-name members list ended by its sentence in a transcript line -------------------------

FIRST_NAME_LINE = (
    "Bestyrelsesmøde – april 2016\n\n"
    "Bestyrelsesmøde i Klubhuset Onsdag d. 6. april 2016 kl. 19.00 Dagsorden: 1 valg af ordstyrer "
    "2 godkendelse af referat 3 regnskab Referat af møde i bestyrelsen d. 6. april 2016 Til stede: "
    "Jonna, Torben, Gitte, Ulrik, Sanne. Der var 3 gæster. 1. Gitte ordstyrer. "
    "2. Referat fra mødet d. 9/3 godkendt. 3. Regnskabet blev gennemgået.\n")


def test_a_first_name_list_up_to_its_sentence_end_is_read() -> None:
    names = {p.name for p in run(FIRST_NAME_LINE).meeting.participants}
    assert names == {"Jonna", "Torben", "Gitte", "Ulrik", "Sanne"}


def test_an_initial_inside_a_name_does_not_end_the_list() -> None:
    text = ("Referat af bestyrelsesmøde den 2. maj 2018 kl. 17.00 i Fælleshuset Til stede: Palle S. Madsen, "
            "Eva Holm og Bo Dam. Mødet sluttede kl. 19.\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
    names = {p.name for p in run(text).meeting.participants}
    assert "Palle S. Madsen" in names and "Bo Dam" in names


def test_a_list_that_runs_on_into_prose_without_a_full_stop_is_not_read() -> None:
    text = ("Referat af møde i bestyrelsen d. 6. april 2016 Til stede: Jonna, Torben og Gitte mødte op "
            "og drøftede regnskabet med revisor\n\n1. Regnskab\nGodkendt.\n")
    names = {p.name for p in run(text).meeting.participants}
    assert "Gitte mødte" not in names


# --- a document site's page title repeated in its download line -----------------------------------

DOCUMENT_SITE = (
    "4. Godkendelse af budget for det kommende år\n\nStørrelse: px\nStarte visningen fra side:\n\n"
    "Download \"4. Godkendelse af budget for det kommende år\"\n\nTranskript\n\n"
    "1 Referat af bestyrelsesmøde Mødedato: 12. marts 2015 kl Til stede: Eva Holm, Formand Bo Dam, "
    "Næstformand Kim Lund Lis Berg Afbud: Pia Skov Næste møde: 9. april 2015 Dagsorden: "
    "1. Godkendelse af referat 2. Regnskab 3. Budget 4. Godkendelse af budget for det kommende år\n\n"
    "2 1. Godkendelse af referat Referatet blev godkendt.\n")


def test_the_transcript_header_under_an_echoed_page_title_is_read() -> None:
    meeting = run(DOCUMENT_SITE).meeting
    names = {p.name for p in meeting.participants}
    assert {"Eva Holm", "Bo Dam"} <= names
    assert meeting.date is not None and meeting.date.isoformat() == "2015-03-12"
    assert "Pia Skov" in meeting.absent


def test_a_title_line_without_its_echo_is_still_an_item() -> None:
    text = ("4. Godkendelse af budget for det kommende år\n\nBudgettet blev godkendt.\n\n"
            "5. Eventuelt\n\nIntet.\n")
    assert run(text).meeting is None or not run(text).meeting.participants


# --- the place in the title of a run-on line ----------------------------------------------------

def test_the_place_after_the_meeting_word_in_a_run_on_title_is_the_location() -> None:
    assert run(FLAT_BOARD).meeting.location == "Nordby Bibliotek"


def test_a_body_after_the_meeting_word_is_no_location() -> None:
    text = ("Møde i Økonomiudvalget Mandag d. 3. juni 2019 kl. 16.00 Til stede: Eva Holm, Bo Dam "
            "Afbud: Kim Lund\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
    assert run(text).meeting.location is None


def test_minutes_whose_attendance_follows_a_page_header_and_a_venue() -> None:
    """An association's minutes copied from its web page: the site's name, address and page title over the
    meeting line, the venue and a note, then who came and who sent apologies, then the numbered items."""
    text = ("Forretningsudvalgets 3. møde i 2012 ...\n\nnordbyseniorraad.dk\n\nForretningsudvalgets 3. møde i 2012 ...\n\n"
            "Seniorrådet i Nordby\n\nwww.nordbyseniorraad.dk\n\n"
            "Forretningsudvalgets 3. møde i 2012 torsdag den 23. august kl. 12,30-14,00\n\n"
            "Mødet holdes i Seniorrådets lokaler, Havnegade 4\n\nBemærk tidspunktet, som er ændret.\n\n"
            "Til stede: Kaj Bang, Bente Clausen, Sonja Minor Hansen, Bent Johansen, Inge Lorentzen\n\n"
            "og Axel Mossin.\n\nAfbud fra: Vibeke Jensen.\n\nDagsorden med referat.\n\n"
            "1. Godkendelse af dagsordenen. Godkendt.\n\n2. Meddelelser fra formanden. Taget til efterretning.\n")
    from socdoc.extractors.minutes import looks_like_minutes

    assert looks_like_minutes(text)
    meeting = run(text).meeting
    assert [p.name for p in meeting.participants] == [
        "Kaj Bang", "Bente Clausen", "Sonja Minor Hansen", "Bent Johansen", "Inge Lorentzen", "Axel Mossin"]
    assert meeting.absent == ["Vibeke Jensen"]


def test_two_column_rows_split_at_first_names_common_in_denmark_s_neighbours() -> None:
    """"Susan", "Linda" and "Heino" are in the neighbours' list of first names, not the Danish one: each row
    of the flattened two-column table still splits into its two members."""
    from socdoc.lang.da import first_name_words

    assert {"Susan", "Linda", "Heino", "Pia", "Knud"} <= first_name_words()
    text = ("Seniorrådet\n\nReferat af møde den 4. marts 2021 kl. 10.00\n\nMedlemmer:\n\n"
            "Pia Foght Susan Kjeldgaard\nLinda Krøll Knud Antonsen\nBirgit Roswall Heino Hahn\n\n"
            "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
    assert [p.name for p in run(text).meeting.participants] == [
        "Pia Foght", "Susan Kjeldgaard", "Linda Krøll", "Knud Antonsen", "Birgit Roswall", "Heino Hahn"]
