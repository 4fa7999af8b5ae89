"""Parties: an organisation named only as the owner of goals or a convention the text cites."""

from __future__ import annotations

import re

from entity_views import party_names as parties
from socdoc.extractors.parties import Candidate, _only_cited_instrument


def test_un_goals_in_genitive_are_no_party() -> None:
    text = ("Klimaudvalget i Nordby Kommune vil arbejde med FN's verdensmål i den nye strategi, "
            "og forvaltningen udarbejder et oplæg til næste møde.\n")
    assert "FN" not in parties(text)


def test_un_goals_with_count_and_glued_genitive_are_no_party() -> None:
    text = "Der holdes en temadag om FNs 17 verdensmål den 3. maj, hvor alle frivillige er velkomne.\n"
    assert "FN" not in parties(text)


def test_convention_in_genitive_is_no_party() -> None:
    text = "Sydby Kommunes børnepolitik bygger på serviceloven og FN’s børnekonvention.\n"
    assert "FN" not in parties(text)


def test_acting_un_is_not_only_cited() -> None:
    text = "Med de 17 verdensmål har FN skabt en fælles ramme, og FN's verdensmål indgår i planen.\n"
    mentions = [Candidate(m.start(), m.end(), "FN", "organisation") for m in re.finditer("FN", text)]
    assert not _only_cited_instrument(text, mentions)
    assert _only_cited_instrument(text, mentions[1:])
