"""Members lists of a PDF agenda system's header ("Medlemmer Name (initials) P …") flattened to one line:
initials written in capitals, party letters glued to the next member's name where the line breaks were
lost, and comma lists of full names wrapped inside a name."""

from __future__ import annotations

from minutes_run import run
from people_run import people

from socdoc.api import extract
from socdoc.extractors import dates
from socdoc.extractors.minutes import MinutesResult, extract_minutes
from socdoc.normalize import normalize

# --- initials in capitals --------------------------------------------------------------------------

CAPS_LINE = (
    "1 Referat Byrådet Møde nr.: 4/2016 Dannet den: Fredag den Mødedato: Mandag den 14-03-2016 "
    "Mødetidspunkt: 18:00-20:10 Mødested: Byrådssalen Medlemmer Asger Vinding Holm (AVH) V Birte Lund (BL) A "
    "Carsten Øgaard (CØ) O Dorthe Riis (DR) F Lise Aagaard (LA) A Mikkel Bay (MB) Ø Fraværende Carsten Øgaard "
    "(CØ) O, Mikkel Bay (MB) Ø Bemærkninger.\n\n"
    "2 Indholdsfortegnelse 1. Godkendelse af dagsorden Beslutning Godkendt.\n")


def test_capital_initials_members_with_their_letters() -> None:
    meeting = run(CAPS_LINE).meeting
    assert [(p.name, p.party) for p in meeting.participants] == [
        ("Asger Vinding Holm", "V"), ("Birte Lund", "A"), ("Dorthe Riis", "F"), ("Lise Aagaard", "A")]
    assert meeting.absent == ["Carsten Øgaard", "Mikkel Bay"]


def test_capital_initials_without_a_letter_are_no_members_list() -> None:
    text = ("1 Referat Byrådet Mødedato: Mandag den 14-03-2016 Mødested: Byrådssalen Medlemmer Asger Holm (AH) "
            "Birte Lund (BL) Dorthe Riis (DR) Bemærkninger\n")
    assert all(p.party is None for p in run(text).meeting.participants)


def test_capitals_that_are_not_the_members_initials_end_the_run() -> None:
    text = ("1 Referat Byrådet Mødedato: Mandag den 14-03-2016 Mødested: Byrådssalen Medlemmer Asger Holm (KLF) V "
            "Birte Lund (KLF) A Bemærkninger\n")
    assert not any(p.party for p in run(text).meeting.participants)


def test_the_letter_after_capital_initials_is_the_persons_party() -> None:
    found = people(CAPS_LINE)
    assert found["Lise Aagaard"].party == "A"  # "(LA)" is her initials, not Liberal Alliance
    assert found["Mikkel Bay"].party == "Ø"  # an absentee's letter after his initials


def test_every_member_of_a_capital_initials_list_has_a_party() -> None:
    parties = {p.name: p.party for p in extract(CAPS_LINE).people}
    assert parties == {"Asger Vinding Holm": "V", "Birte Lund": "A", "Carsten Øgaard": "O", "Dorthe Riis": "F",
                       "Lise Aagaard": "A", "Mikkel Bay": "Ø"}


# --- party letters glued to the next name ---------------------------------------------------------

GLUED_PAGE = (
    "Referat Teknisk Udvalg Møde nr.: 7/2020 Dannet den: Torsdag den 10-09-2020 Mødedato: Onsdag den "
    "09-09-2020 Mødetidspunkt: 16:00 - 18:00 Mødested: Mødelokale 2 Medlemmer Jonas Friis (jofr) V "
    "Maja Kold-Hansen (makh) A Ole Brink (olbr) C Rikke Dahl (ridh) O Fraværende Ole Brink (olbr) C Bemærkninger\n\n"
    "Page 1\n\nReferatTeknisk Udvalg\n\nMøde nr.: 7/2020\n\nMødested: Mødelokale 2\n\n"
    "Medlemmer Jonas Friis (jofr) VMaja Kold-Hansen (makh) AOle Brink (olbr) CRikke Dahl (ridh) O\n\n"
    "Fraværende Ole Brink (olbr) C\n\nBemærkninger\n\n"
    "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")


def test_letters_glued_to_the_next_name_are_read_apart() -> None:
    meeting = run(GLUED_PAGE).meeting
    assert [(p.name, p.party) for p in meeting.participants] == [
        ("Jonas Friis", "V"), ("Maja Kold-Hansen", "A"), ("Rikke Dahl", "O")]
    assert meeting.absent == ["Ole Brink"]


def test_a_glued_letter_is_the_members_party() -> None:
    parties = {p.name: p.party for p in extract(GLUED_PAGE).people}
    assert parties == {"Jonas Friis": "V", "Maja Kold-Hansen": "A", "Ole Brink": "C", "Rikke Dahl": "O"}


# --- a comma list wrapped inside a name -----------------------------------------------------------

WRAPPED = (
    "Referat fra møde i Ungdomsrådet den 3. oktober 2019 kl. 18.00\n"
    "Til stede: Ida Bøgh Nielsen, Rasmus Vinter, Selma Kjær Holm, Anton Lykke, Jonas Brandt\n"
    "Mortensen, Frida Ahl, Lea Storm Kristensen, Yusuf\n"
    "Demir Aydin, Nora Friis, Kamma\n"
    "Vestergaard\n"
    "Afbud: Oskar Dahl, Malte Juhl, Ella Krag, Bashir\n"
    "Haddad, Liva Thorsen.\n\n"
    "1. Godkendelse af dagsorden\nGodkendt.\n")


def _wrapped_run(raw: str) -> MinutesResult:
    """The minutes of ``raw``; a name broken over two lines spans the line break (its words as written)."""
    text = normalize(raw)
    result = extract_minutes(text, raw, dates.find_candidates(text))
    for person in result.meeting.participants:
        assert person.start is not None and " ".join(text[person.start:person.end].split()) == person.name
    return result


def test_names_broken_over_the_lines_of_a_comma_list_are_joined() -> None:
    meeting = _wrapped_run(WRAPPED).meeting
    names = [p.name for p in meeting.participants]
    assert "Jonas Brandt Mortensen" in names and "Yusuf Demir Aydin" in names and "Kamma Vestergaard" in names
    assert "Jonas Brandt" not in names and "Mortensen" not in names
    assert "Bashir Haddad" in meeting.absent


def test_a_line_of_whole_names_ending_without_comma_is_not_joined() -> None:
    text = ("Referat fra møde i Ungdomsrådet den 3. oktober 2019 kl. 18.00\n"
            "Til stede: Gitte, Vagn, Lone, Sune\n"
            "Eskild, Hanne\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
    names = [p.name for p in _wrapped_run(text).meeting.participants]
    assert "Sune Eskild" not in names


def test_two_whole_names_on_the_next_line_are_not_joined() -> None:
    text = ("Referat fra møde i Ungdomsrådet den 3. oktober 2019 kl. 18.00\n"
            "Til stede: Ida Bøgh Nielsen, Rasmus Vinter, Selma Kjær Holm, Anton Lykke\n"
            "Jonas Brandt, Frida Ahl\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
    names = [p.name for p in _wrapped_run(text).meeting.participants]
    assert "Anton Lykke Jonas Brandt" not in names


def test_a_dash_in_the_party_letters_place_marks_a_member_of_no_party() -> None:
    text = ("Transkript\n\n1 Referat Byrådet Mødedato: Mandag den 10-12-2018 Mødested: Byrådssalen Medlemmer "
            "Hanne Berg (habe) V Ole Sørensen (olso) O Lars Tegl Holm (lath) - Ida Lund (idlu) B Per Flor (pefl) A "
            "Fraværende Bemærkninger\n\n2 Indholdsfortegnelse 1. Godkendelse af dagsorden Beslutning Godkendt.\n")
    assert [(p.name, p.party) for p in run(text).meeting.participants] == [
        ("Hanne Berg", "V"), ("Ole Sørensen", "O"), ("Lars Tegl Holm", None), ("Ida Lund", "B"), ("Per Flor", "A")]
