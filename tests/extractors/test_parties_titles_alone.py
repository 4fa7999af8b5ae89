"""Parties: a person's title alone, or a common noun in the definite genitive, names no organisation."""

from __future__ import annotations

from socdoc.extractors.parties import _common_noun_genitive, _title_alone
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


def test_common_noun_in_definite_genitive_alone_is_no_party() -> None:
    assert _common_noun_genitive("Tandklinikkens")
    assert _common_noun_genitive("Projektets")
    for name in ("Siemens", "Jens", "Tivolis", "Røde Kors", "Ådalens Skole"):
        assert not _common_noun_genitive(name)
    text = ("Skoleudvalget besluttede, at Tandklinikkens tidligere lokaler på Bakkeskolen "
            "indrettes til undervisning.")
    assert "Tandklinikkens" not in names(text)


def test_acronym_with_a_compass_word_is_the_regional_branch() -> None:
    text = "Udvalget behandlede en ansøgning fra FOF Syd om tilskud til et nyt kursus for seniorer."
    found = names(text)
    assert "FOF Syd" in found
    assert "FOF" not in found


def test_a_register_with_its_abbreviation_is_a_thing_not_a_party() -> None:
    text = ("Punkt 12: Tilskud til aktiviteter - Fælles Foreningsregister (FFR). Foreningerne skal "
            "være optaget i registret, før Kulturudvalget kan bevilge tilskud.")
    found = names(text)
    assert "Fælles Foreningsregister" not in found
    assert "Kulturudvalget" in found


def test_a_name_ending_in_a_landscape_loses_its_genitive_before_a_noun() -> None:
    from socdoc.extractors.entities import Candidate
    from socdoc.extractors.parties import _genitive_base

    text = "Udvalget godkendte Kunsthal Sydfyns regnskab for året."
    start = text.index("Kunsthal")
    cand = Candidate(start, start + len("Kunsthal Sydfyns"), "Kunsthal Sydfyns", "organisation")
    assert _genitive_base(text, cand) == "Kunsthal Sydfyn"


def test_a_committee_named_with_its_owners_acronym_keeps_the_owner() -> None:
    found = names("Formanden for KL's Sundheds- og Ældreudvalg, Eva Holm (V), glæder sig over aftalen.")
    assert "KL's Sundheds- og Ældreudvalg" in found
    assert "Sundheds- og Ældreudvalg" not in found
    assert names("Sagen er drøftet i KL’s bestyrelse.") == ["KL"]
