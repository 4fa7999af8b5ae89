"""Minutes of small boards (parish councils, local councils, associations): an absence list that runs
on inside the members' lines and wraps after a comma, an item "Fraværende" whose names stand under
its title with no section, "Dato for næste møde" with the bare date under it, the board's plain name
deciding ("Bestyrelsen har besluttet …") and attachment lines over an item's record."""

from __future__ import annotations

from minutes_run import run


def outcomes(raw: str) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


def names(people: list) -> list[str]:
    return [p if isinstance(p, str) else p.name for p in people]


def test_wrapped_absence_list_inside_the_members_lines() -> None:
    raw = ("Referat af menighedsrådsmøde onsdag den 8. marts 2023 kl. 19.00\n"
           "Deltagere\n"
           "Birthe Kolding, Ulrik Sand (på teams), Marianne Bech, Poul Aagaard. Afbud: Hanne Vestergaard, Klaus Fenger,\n"
           "Lone Brink Skov, Arne Damsgaard. Fraværende: Sofie Lindhardt Riis\n"
           "Dagsorden og beslutning\n"
           "1. Godkendelse af dagsorden\n"
           "Beslutning: Godkendt\n")
    meeting = run(raw).meeting
    assert set(names(meeting.absent)) == {"Hanne Vestergaard", "Klaus Fenger", "Lone Brink Skov",
                                          "Arne Damsgaard", "Sofie Lindhardt Riis"}
    assert names(meeting.participants) == ["Birthe Kolding", "Ulrik Sand", "Marianne Bech", "Poul Aagaard"]


def test_members_line_without_wrap_keeps_the_next_line_out() -> None:
    raw = ("Referat af bestyrelsesmøde tirsdag den 7. februar 2023 kl. 19.00\n"
           "Deltagere\n"
           "Birthe Kolding, Marianne Bech, Poul Aagaard. Afbud: Klaus Fenger.\n"
           "Lone Brink Skov, Arne Damsgaard\n"
           "Dagsorden og beslutning\n"
           "1. Godkendelse af dagsorden\n"
           "Beslutning: Godkendt\n")
    meeting = run(raw).meeting
    assert names(meeting.absent) == ["Klaus Fenger"]


def test_absence_item_with_names_under_its_title() -> None:
    raw = ("Skovlunde Sogn, Menighedsrådet\n\n"
           "Referat møde nr. 3, den 9. maj 2023\n\n"
           "1. Fraværende:\n"
           "Jens Thorup, Agnete Mølgaard\n\n"
           "2. Bemærkninger til dagsordenen:\n"
           "Ingen.\n\n"
           "3. Godkendelse af kirkegårdens budget\n"
           "Godkendt uden bemærkninger.\n")
    meeting = run(raw).meeting
    assert set(names(meeting.absent)) == {"Jens Thorup", "Agnete Mølgaard"}


def test_absence_item_with_a_sentence_under_its_title_names_nobody() -> None:
    raw = ("Skovlunde Sogn, Menighedsrådet\n\n"
           "Referat møde nr. 3, den 9. maj 2023\n\n"
           "1. Fraværende:\n"
           "Formanden bød velkommen og takkede Jens Thorup for kaffen.\n\n"
           "2. Godkendelse af kirkegårdens budget\n"
           "Godkendt uden bemærkninger.\n")
    assert names(run(raw).meeting.absent) == []


BOARD = ("Referat af bestyrelsesmøde i Hvidbjerg Lokalråd den 3. april 2023\n\n"
         "Til stede: Anja Krogh, Søren Bak, Ib Dahl og Rikke Holt.\n\n")


def test_next_meeting_item_with_its_bare_date_is_a_decision() -> None:
    raw = BOARD + (
        " 1. Nyt fra formanden\n"
        "  Skiltene ved indkørslen er sat op.\n"
        "   \n"
        " 2. Dato for næste møde\n"
        "  Torsdag d. 11. maj kl. 19.30 i Forsamlingshuset\n"
        "   \n"
        " 3. Eventuelt\n"
        "  Ingen punkter.\n")
    found = run(raw).decisions
    assert (2, "other") in [(d.item, d.outcome) for d in found]
    assert next(d.text for d in found if d.item == 2) == "Torsdag d. 11. maj kl. 19.30 i Forsamlingshuset"


def test_next_meeting_item_with_a_sentence_is_not_read_as_a_date() -> None:
    raw = BOARD + (
        " 1. Dato for næste møde\n"
        "  Formanden er på ferie hele maj måned.\n"
        "   \n"
        " 2. Eventuelt\n"
        "  Skiltene ved indkørslen er sat op.\n")
    assert all(item != 1 for item, _ in outcomes(raw))


def test_the_board_by_its_plain_name_deciding_is_the_record() -> None:
    raw = BOARD + (
        "1.              Henvendelse fra et medlem\n\n"
        "Bestyrelsen har gennemgået henvendelsen om kontingentet og talt med medlemmet. "
        "Denne forklaring er taget til efterretning. "
        "Bestyrelsen har besluttet at sende sagen videre til generalforsamlingen.\n\n"
        "2.              Eventuelt\n\n"
        "Der var ingen punkter.\n")
    found = run(raw).decisions
    first = next(d for d in found if d.item == 1)
    assert first.outcome == "other"
    assert first.text.startswith("Bestyrelsen har besluttet")


def test_attachment_lines_are_no_part_of_the_record() -> None:
    raw = ("Referat menighedsrådsmøde 14. juni 2023\n\n"
           "Nørre Aaby Sogn, Menighedsrådet\n\n"
           "Referat møde nr. 6, den 14. juni 2023\n\n"
           "3. Ny instruks for kirkegårdens kasse\n"
           "Bilag 2 (eftersendes)\n"
           "Godkendt med en rettelse af kontaktoplysninger.\n\n"
           "4. Regler for udlån af sognegården\n"
           "(Bilag 3 og 4 til dagsorden 5)\n"
           "Reglerne blev drøftet.\n")
    found = {d.item: d for d in run(raw).decisions}
    assert found[3].outcome == "approved"
    assert found[3].text == "Godkendt med en rettelse af kontaktoplysninger."
    assert found[4].outcome == "discussed"
    assert found[4].text == "Reglerne blev drøftet."


def test_an_item_put_on_a_later_meeting_is_postponed() -> None:
    from socdoc.extractors import decisions as dec

    assert dec.classify("Punktet sættes på et efterfølgende møde.") == "postponed"
    assert dec.classify("Sagen tages op ved et bestyrelsesmøde i foråret.") == "postponed"
    assert dec.classify("Vedtægten tages op igen på næste menighedsrådsmøde.") == "postponed"
    assert dec.classify("Sagen behandles på et møde med beboerne.") == "other"
    assert dec.classify("Punktet tages op på mødet.") == "other"



def test_an_item_sent_on_to_the_bodys_next_meeting_is_postponed() -> None:
    from socdoc.extractors import decisions as dec

    assert dec.classify("Oversendes til behandling på kommende udvalgsmøde med henblik på supplering.") == "postponed"
    assert dec.classify("Sagen sendes til fornyet behandling på næste møde.") == "postponed"
    assert dec.classify("Oversendes til behandling i Økonomiudvalget.") != "postponed"


def test_parish_before_the_body_on_the_title_line_is_left_out() -> None:
    raw = ("Referat menighedsrådsmøde 10. april 2024\n\n"
           "Egeskov Sogn, Menighedsrådet\n\n"
           "Referat møde nr. 4, den 10. april 2024\n\n"
           "1. Godkendelse af regnskab for kirkekassen\n"
           "Godkendt uden bemærkninger.\n")
    assert run(raw).meeting.body == "Menighedsrådet"
