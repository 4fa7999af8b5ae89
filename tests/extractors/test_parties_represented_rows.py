"""A participant list that gives each person's organisation ("Deltagere:" then "• Eva Lund: Nordby
Frivilligcenter", or "… følgende repræsentanter:" then "Bo Dam, Boli.nu"): where one row's organisation is
already a party, the other rows' organisations are parties too; roles, people, places, a unit's short
acronym and generic plurals are not."""

from __future__ import annotations

import socdoc


def names(text: str) -> list[str]:
    return [p.name for p in socdoc.extract(text).parties]


ROWS = """Referat af møde i Frivilligrådet

Dato: Tirsdag den 4. maj 2021

Deltagere:

 • Hanne Sørup: Byrådsmedlem for Socialdemokratiet
 • Eva Lund: Røde Kors Nordby
 • Bo Dam: Natcafeen Lyset
 • Lise Holm: Gadespejlet Sydhavn
 • Ole Krogh: Konsulent, Sekretariatet
 • Mia Berg: De lokale boligforeninger

Afbud:

 • Tina Fisker, NUK
"""


def test_rows_beside_a_known_organisation_name_organisations() -> None:
    found = names(ROWS)
    assert "Røde Kors Nordby" in found or "Røde Kors" in found
    assert "Natcafeen Lyset" in found
    assert "Gadespejlet Sydhavn" in found


def test_roles_generic_plurals_and_unit_acronyms_stay_out() -> None:
    found = names(ROWS)
    assert not any(n.startswith(("Konsulent", "Byrådsmedlem", "De lokale")) for n in found)
    assert "NUK" not in found


def test_rows_under_an_announcing_sentence() -> None:
    text = ("Byrådet har udpeget følgende eksterne medlemmer til udvalget:\n\n"
            " • Karl Vang, Boligselskabet Nordby\n"
            " • Anne Friis, Boligvisen.nu\n"
            " • Per Bech, Nordby Handelsforening\n")
    found = names(text)
    assert "Boligvisen.nu" in found
    assert "Nordby Handelsforening" in found


def test_rows_without_a_known_organisation_add_nothing() -> None:
    text = ("Til stede:\n\n"
            " • Karl Vang, Grøn Gruppe\n"
            " • Anne Friis, Tirsdagsholdet\n"
            " • Per Bech, Læsegruppen Ord\n")
    assert names(text) == []
