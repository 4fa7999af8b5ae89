"""People: a middle initial written without its full stop in a meeting's attendance list ("Karin P
Mortensen"), the person's later mentions in the minutes, and lists whose bare capitals are party letters."""

from __future__ import annotations

import socdoc


def _people(raw: str) -> dict[str, socdoc.Person]:
    return {p.name: p for p in socdoc.extract(raw).people}


MINUTES = ("Referat af Seniorrådets møde tirsdag den 7. marts 2023 kl. 13.00 i mødelokale 2\n\n"
           "Fremmødt: Bo Hansen, Lis Dammeyer, Karin P Mortensen, Ib Holmgaard og Ane Vestergaard.\n\n"
           "1. Konstituering\n\n"
           "Bo Hansen ønskede ikke at fortsætte. Karin P Mortensen blev herefter konstitueret som formand.\n\n"
           "2. Eventuelt\n\nIntet.\n")


def test_attendee_with_a_bare_middle_initial_is_a_person() -> None:
    found = _people(MINUTES)
    assert "Karin P Mortensen" in found
    assert "Karin Mortensen" not in found and "P Mortensen" not in found


def test_later_mention_of_the_attendee_gives_the_role() -> None:
    found = _people(MINUTES)
    assert found["Karin P Mortensen"].role == "formand"
    assert len(found["Karin P Mortensen"].mentions) == 2


def test_attendee_in_a_flattened_list_after_a_label_without_colon() -> None:
    raw = ("Boligudvalget REFERAT Mødedato torsdag d. 5. oktober 2023 Mødested Rådhuset Deltagere "
           "Søren Ahle Bundgaard, Tina Mølholm, Ulla Varnæs, Vibse K Thorsager, Mikkel Pedersen.\n\n"
           "1. Orientering\n\nOrienteringen blev taget til efterretning.\n")
    assert "Vibse K Thorsager" in _people(raw)


def test_inverted_list_with_party_letters_gives_no_initials() -> None:
    raw = ("Kommunalbestyrelsen\n\nHolm, Ane IA Olsen, Peter IA Svane, Jens S Sandberg, Enok S Mølby, "
           "Tuka S Kruse, Naja A\n\nOrdstyrer: Ane Holm\n")
    names = set(_people(raw))
    assert not any(n in names for n in ("Jens S Sandberg", "Enok S Mølby", "Tuka S Kruse"))
