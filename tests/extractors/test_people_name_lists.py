"""Names in lists that other names prove: an unknown first name inside a comma list of persons, and
names set off by their party written out ("Bo Dam, Socialdemokratiet, Eva Lund, Venstre")."""

from __future__ import annotations

from people_run import people


def test_unknown_first_name_in_a_list_of_known_names() -> None:
    text = ("Bestyrelsen: Karin Holt, Mogens Lauridsen, Jesper Friis, Yasin Alkhatib, Lene Brandt "
            "og Poul Rask\n")
    found = people(text, "Karin Holt", "Mogens Lauridsen", "Jesper Friis", "Lene Brandt", "Poul Rask")
    assert "Yasin Alkhatib" in found and "Lene Brandt" in found


def test_list_of_units_gives_no_person() -> None:
    text = "Høringssvar fra Ældrerådet, Handicaprådet, Integrationsrådet, Grønne Råd og Ungerådet\n"
    assert not people(text)


def test_names_with_party_written_out_after_a_comma() -> None:
    text = ("Ved mødet deltog Lise Kamp, Socialdemokratiet, Ejvind Nørgaard, Dansk Folkeparti, "
            "og Kirsten Wolff, Venstre.")
    found = people(text)
    for name in ("Lise Kamp", "Ejvind Nørgaard", "Kirsten Wolff"):
        assert name in found, name
        assert found[name].party is None  # the party is written out, not given as a letter


def test_party_after_a_place_is_no_person() -> None:
    assert not people("Valget i Aarhus Kommune, Venstre, blev en sejr.")
