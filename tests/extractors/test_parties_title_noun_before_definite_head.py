"""Parties: a run-on agenda title's noun glued before a name that opens with its definite head word."""

from __future__ import annotations

from entity_views import party_names as parties


def test_title_noun_before_a_fund_is_cut_off() -> None:
    text = ("Budget Vestlejren - fremtidig anvendelse Takster Fonden Nordby Skolemuseum: Regnskab 2023/ "
            "budget Idrætspolitik\n")
    names = parties(text)
    assert "Fonden Nordby Skolemuseum" in names
    assert not any(n.startswith("Takster") for n in names)


def test_title_noun_before_a_music_society_is_cut_off() -> None:
    text = ("Godkendelse af dagsorden Orientering om Kulturaftale Musikforeningen Nordlyd ansøger om støtte "
            "til koncerter i foråret\n")
    names = parties(text)
    assert "Musikforeningen Nordlyd" in names
    assert "Kulturaftale Musikforeningen" not in names


def test_short_adjective_before_a_fund_stays_in_the_name() -> None:
    assert parties("Tryg Fonden støtter projektet med 2 mio. kr. over tre år.\n") == ["Tryg Fonden"]


def test_known_fund_written_in_two_words_stays_whole() -> None:
    assert "Bikuben Fonden" in parties("Bikuben Fonden støtter projektet for unge hjemløse.\n")
