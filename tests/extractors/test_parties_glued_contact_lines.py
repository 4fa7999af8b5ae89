"""Parties: a surname run into a title when a contact block lost its line breaks ("RasmussenBorgmester",
"LarsenKasserer") is a person and a role, no organisation; a brand written in two capitals stays possible."""

from __future__ import annotations

from socdoc.extractors.parties import _surname_glued_to_role


def test_surname_glued_to_a_title_is_no_organisation() -> None:
    assert _surname_glued_to_role("HolmbergBorgmester")
    assert _surname_glued_to_role("LarsenKasserer")
    assert _surname_glued_to_role("JensenBestyrelsesmedlem")


def test_two_capitals_of_a_brand_are_kept() -> None:
    assert not _surname_glued_to_role("KulturSpinderiet")
    assert not _surname_glued_to_role("LollandLeaks")
    assert not _surname_glued_to_role("Nordby Borgmesterkontor")


def test_contact_block_gives_no_glued_party() -> None:
    import socdoc

    text = ("Kulturrådet har fordelt 2 mio. kr. til foreningerne.\n\nKontakt\n"
            "Holger Holmberg HolmbergBorgmester, Vestby Kommune\nTlf: 23 24 91 80\n")
    assert not any("Borgmester" in p.name for p in socdoc.extract(text).parties)
