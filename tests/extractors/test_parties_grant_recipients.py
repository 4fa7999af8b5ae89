"""Parties: the recipient that opens a grant list's line ("Nordby Oceanarium fik tilsagn om lån …") is an
organisation that receives; a lone common word ("Projektet fik …"), a person or a town opening such a line is
none."""

from __future__ import annotations

import socdoc

TEXT = """Puljen har givet tilsagn til følgende:
Vestby Oceanarium fik tilsagn om lån på kr. 27 mio. til nye udstillinger.
Andelslandsbyen Sølund fik et tilskud på kr. 60.000 til forbedring af tilgængeligheden.
Projektet fik et tilskud på kr. 40.000 til en ny hjemmeside.
Hans Jensen fik tilskud på 5.000 kr. til en rejse.
Vestby fik et tilskud på kr. 1 mio. til byfornyelse.
"""


def test_grant_recipients_are_parties() -> None:
    record = socdoc.extract(TEXT)
    names = [p.name for p in record.parties]
    assert "Vestby Oceanarium" in names
    assert "Andelslandsbyen Sølund" in names
    assert not {"Projektet", "Hans Jensen", "Vestby"} & set(names)
