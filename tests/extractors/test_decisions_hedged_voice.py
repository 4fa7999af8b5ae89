"""The meeting's own voice hedged ("Vi laver evt. et høringssvar.", "Vi inviterer måske borgmesteren.")
tells a possibility, not what the meeting agreed: no decision is read from it.

All texts are written for these tests."""

from __future__ import annotations

from socdoc.extractors.minutes import _own_voice


def test_hedged_own_voice() -> None:
    assert _own_voice("Vi laver et høringssvar til kommunen.")
    assert not _own_voice("Vi laver evt. et høringssvar til kommunen.")
    assert not _own_voice("Vi inviterer måske borgmesteren til sommerfesten.")
