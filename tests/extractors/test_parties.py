"""Parties: gazetteer bodies, municipalities, committees, genitives, compounds, abbreviations."""

from __future__ import annotations

from socdoc.extractors.names import abbreviation_definitions, fix_hyphen_compound, strip_genitive
from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize
from entity_views import party_names as names


def test_genitive_is_removed_but_unit_names_stay_whole() -> None:
    text = (
        "Dansk Socialrådgiverforenings formand glæder sig. Køge Kommunes budget er vedtaget, "
        "og Køge Kommunes Jobcenter hjælper borgerne."
    )
    found = names(text)
    assert "Dansk Socialrådgiverforening" in found
    assert "Køge Kommune" in found
    assert "Køge Kommunes Jobcenter" in found


def test_hyphenated_ministry_gets_its_comma() -> None:
    assert fix_hyphen_compound("Social- Børne- og Integrationsministeriet") == (
        "Social-, Børne- og Integrationsministeriet"
    )
    found = names("Puljen er afsat af Social- Børne- og Integrationsministeriet i år.")
    assert found == ["Social-, Børne- og Integrationsministeriet"]


def test_abbreviation_resolved_only_where_defined() -> None:
    defined = abbreviation_definitions("et samarbejde med Dansk Idræts Forbund (DIF) og klubben")
    assert defined["DIF"][0] == "Dansk Idræts Forbund"
    found = names("Vi samarbejder med Dansk Idræts Forbund (DIF). DIF stiller trænere til rådighed.")
    assert found == ["Dansk Idræts Forbund"]
    assert names("Aftalen er indgået med KL i går.") == ["KL"]


def test_one_fact_per_organisation_with_all_mentions() -> None:
    text = "Landsbyggefonden bidrager. Senere har Landsbyggefonden godkendt planen."
    parties, _ = find_parties(normalize(text), text)
    assert len(parties) == 1
    assert [m.start for m in parties[0].mentions] == [0, 38]
    assert all(text[m.start:m.end] == m.text for m in parties[0].mentions)


def test_lowercase_generic_words() -> None:
    # the subject of the main clause (and of a relative clause: "aftalen, som regeringen indgik") acts
    found = names("I går indgik regeringen en aftale, der styrker samarbejdet med politiet. Kommunen betaler.")
    assert "Regeringen" in found
    # "politiet" is the police in general, like "kommunen": no party (a named district is one)
    assert not any(n.lower() in ("kommunen", "politiet") for n in found)


def test_committees_and_councils() -> None:
    text = (
        "Social- og Sundhedsudvalget anbefaler, at Økonomiudvalget og Byrådet godkender sagen. "
        "Udvalget for Teknik og Miljø drøftede sagen, og et enigt socialudvalget bakker op."
    )
    found = names(text)
    for name in ("Social- og Sundhedsudvalget", "Økonomiudvalget", "Byrådet", "Udvalget for Teknik og Miljø",
                 "Socialudvalget"):
        assert name in found


def test_named_council_absorbs_byraadet() -> None:
    text = "Byrådet har vedtaget planen. Planen behandles i Odense Byråd den 29. maj."
    assert names(text) == ["Odense Byråd"]


def test_housing_organisations_joint_and_with_place() -> None:
    found = names("Der er aftalt fælles aktiviteter med boligselskabet DAB/KAB og AAB Kolding.")
    assert "DAB/KAB" in found and "AAB Kolding" in found


def test_municipality_only_as_place_is_no_party() -> None:
    assert names("Der bor 3.000 beboere i Slagelse Kommune.") == []
    assert names("Køge Kommune har indgået en aftale.") == ["Køge Kommune"]


def test_strip_genitive_keeps_names_ending_in_s() -> None:
    assert strip_genitive("Aarhus'") == "Aarhus"
    assert strip_genitive("Dansk Folkepartis", known=["Dansk Folkeparti"]) == "Dansk Folkeparti"
    assert strip_genitive("Aarhus") == "Aarhus"
