"""Minutes: a further list of attendees under its own "Øvrige deltagere" label after the absentees,
on its own line or run on in a flattened header; a header grid whose clock labels stand where the
place's value should be; and a steering group or a committee ("komité") named as the body in the title."""

from __future__ import annotations

from socdoc.api import extract
from socdoc.extractors.minutes import MinutesResult, find_location
from socdoc.extractors.minutes_layout import is_body_name, split_lines
from socdoc.normalize import normalize

from minutes_run import run


def names(result: MinutesResult) -> list[str]:
    return [p.name for p in result.meeting.participants]


ITEMS = "\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Orientering\n\nTaget til efterretning.\n"


def test_further_attendees_label_alone_after_an_empty_absence_list() -> None:
    raw = ("Referat 14.03.2022\n\nTidspunkt: Kl. 10.00 – 12.00\nMødelokale: C12\n\nTil stede:\nLisbet Krag (LK)\n"
           "Ove Damgaard (OD) - Formand\nHanne Lyhne (HL)\n\nAfbud\n\n./.\n\nØvrige deltagere:\nBirthe Sandgaard\n"
           "Aksel Vinter referent\n" + ITEMS)
    result = run(raw)
    assert names(result) == ["Lisbet Krag", "Ove Damgaard", "Hanne Lyhne", "Birthe Sandgaard", "Aksel Vinter"]
    assert result.meeting.absent == []


def test_further_attendees_label_with_names_below_after_the_members() -> None:
    raw = ("Referat af møde i Teknikudvalget den 2. juni 2021\n\nMedlemmer:\n\nKirsten Bach (A)\nJens Moll (V)\n\n"
           "Øvrige deltagere:\n\nPalle Hvid, Direktør\nSofie Lund, Sekretær\n" + ITEMS)
    assert names(run(raw)) == ["Kirsten Bach", "Jens Moll", "Palle Hvid", "Sofie Lund"]


def test_further_attendees_run_on_in_a_flattened_header() -> None:
    raw = ("Skovby Styregruppe, onsdag d. 4. maj 2016 REFERAT\n\n1 Skovby Styregruppe, onsdag d. 4. maj 2016 REFERAT "
           "Mødedato Mødested/lokale Mødetidspunkt kl. sluttidspunkt kl. Onsdag d. 4. maj 2016 Torvet 3 Kl Deltagere "
           "Inge Kjær, Bo Fisker, Lene Holt Øvrige deltagere Anders Brun, Tove Lind, Per Skov. Afbud Mads Kirk "
           "Dagsorden 1. Godkendelse af referat 2. Eventuelt Pkt. 1 Godkendelse af referat Referatet godkendt. "
           "Pkt. 2 Eventuelt Intet.\n")
    meeting = extract(raw, doc_id="styregruppe").meeting
    assert meeting is not None
    assert [p.name for p in meeting.participants] == ["Inge Kjær", "Bo Fisker", "Lene Holt", "Anders Brun",
                                                      "Tove Lind", "Per Skov"]
    assert meeting.body == "Skovby Styregruppe"
    assert meeting.location is None  # the grid's clock labels are no place


def test_clock_labels_in_a_header_grid_are_no_place() -> None:
    text = normalize("Mødedato Mødested/lokale Mødetidspunkt kl. sluttidspunkt kl. Onsdag d. 4. maj 2016 "
                     "Torvet 3 Kl Deltagere Inge Kjær, Bo Fisker\n")
    assert find_location(split_lines(text)) is None
    text = normalize("Mødested: Rådhuset, lokale 12\nMødetidspunkt: kl. 15.00\n")
    assert find_location(split_lines(text)) == "Rådhuset, lokale 12"


def test_steering_groups_and_committees_are_bodies() -> None:
    assert is_body_name("Boligpolitisk Styregruppe")
    assert is_body_name("Styregruppen")
    assert is_body_name("Havnekomitéen")
    assert not is_body_name("Komité")
    assert not is_body_name("Gruppe")


def test_member_after_the_list_with_a_dashed_note_of_absence() -> None:
    raw = ("Referat af skolebestyrelsesmøde tirsdag den 3. oktober 2023 kl. 18.30\n\nSted: Lindeskolen, lokale B4\n\n"
           "Tilstedeværende: Rikke Bonde, Kasper Holm, Tine Mølgaard, Anders Lyng.\n"
           "Jesper Kaastrup - Sendt afbud på sms kl. 17.55 samme dag.\n"
           "Afbud: Lone Vang, Per Ebbesen og Mia Sand.\n" + ITEMS)
    result = run(raw)
    assert names(result) == ["Rikke Bonde", "Kasper Holm", "Tine Mølgaard", "Anders Lyng"]
    assert result.meeting.absent == ["Jesper Kaastrup", "Lone Vang", "Per Ebbesen", "Mia Sand"]
    raw = ("Referat af møde i Handicaprådet den 5. maj 2022\n\nDeltagere:\nGitte Ravn\nOle Brink – har meldt afbud "
           "pga. sygdom\nKaj Frost\n" + ITEMS)
    result = run(raw)
    assert names(result) == ["Gitte Ravn", "Kaj Frost"]
    assert result.meeting.absent == ["Ole Brink"]


HISTORY_PAGE = (
    "Byrådet - Referat\n\nDato: 13. september 2022\nLokale: Byrådssalen\nTidspunkt: Kl. 17:00\n\n"
    "1. Godkendelse af halvårsregnskab 2022\n\nResume\n\nHalvårsregnskabet viser et mindreforbrug.\n\n"
    "Indstilling\n\nDirektionen indstiller, at regnskabet godkendes.\n\nBeslutning\n\n"
    "Byrådet godkendte indstillingen.\n\nKirsten Lauge deltog ikke i mødet.\n\n"
    "Sagsfremstilling\n\nRegnskabet er gennemgået af revisionen.\n\nHistorik\n\n"
    "Økonomiudvalget, 6. september 2022.\n\nØkonomiudvalget anbefalede indstillingen.\n\n"
    "Palle Vinding deltog ikke i mødet.\n\nBilag\n\nTil toppen\n\n"
    "2. Orientering om vejprojekt\n\nBeslutning\n\nTaget til efterretning.\n"
)


def test_absence_in_an_earlier_meetings_history_is_not_this_meetings() -> None:
    result = run(HISTORY_PAGE)
    assert result.meeting.absent == ["Kirsten Lauge"]  # Palle Vinding missed the committee's meeting


def test_absence_list_ends_at_the_agenda_heading_run_on_after_it() -> None:
    raw = ("Skovby Styregruppe, onsdag d. 4. maj 2016 REFERAT\n\n1 Skovby Styregruppe, onsdag d. 4. maj 2016 REFERAT "
           "Mødedato Mødested/lokale Mødetidspunkt kl. sluttidspunkt kl. Onsdag d. 4. maj 2016 Torvet 3 Kl Deltagere "
           "Inge Kjær, Bo Fisker, Lene Holt Afbud Mads Kirk, Signe Dal Dagsorden 1. Godkendelse af referat "
           "2. Eventuelt Pkt. 1 Godkendelse af referat Referatet godkendt. Pkt. 2 Eventuelt Intet.\n")
    meeting = extract(raw, doc_id="styregruppe").meeting
    assert meeting is not None
    assert meeting.absent == ["Mads Kirk", "Signe Dal"]
