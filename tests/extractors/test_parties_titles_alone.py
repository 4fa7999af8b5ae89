"""Parties: a person's title alone, or a common noun in the definite genitive, names no organisation."""

from __future__ import annotations

from socdoc.extractors.parties import _title_alone
from entity_views import party_names as names


def test_title_alone_is_the_person_not_a_party() -> None:
    for word in ("Sundhedschefen", "Kommunaldirektøren", "Skolelederne", "Børnechef"):
        assert _title_alone(word)
    for word in ("Direktionen", "Sekretariatet", "Ledelsen", "Chefgruppen", "Lederforum", "Skoleudvalget"):
        assert not _title_alone(word)
    text = ("Arbejdet ledes af chefgruppen i Børne- og Ungeforvaltningen i samarbejde med "
            "Sundhedschefen. Skoleudvalget godkendte planen.")
    found = names(text)
    assert "Sundhedschefen" not in found
    assert "Skoleudvalget" in found
