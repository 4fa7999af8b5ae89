"""Parties: an acronym's own steering or working group named with the acronym, and a contents page whose
dotted leaders run names together."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


def test_acronym_and_its_steering_group_joined_by_a_hyphen() -> None:
    text = "Forvaltningen indstiller, at SSP-styregruppen godkender den nye handleplan.\n"
    assert "SSP styregruppen" in names(text)
    assert "SSP" not in names(text)


def test_acronym_before_its_capitalised_working_group() -> None:
    text = "Referatet fra KFU Arbejdsgruppens møde blev taget til efterretning.\n"
    assert "KFU Arbejdsgruppen" in names(text)


def test_a_group_alone_is_no_acronym_group() -> None:
    assert names("Styregruppen mødes igen i maj.\n") == []


def test_names_run_together_by_dotted_leaders_are_none() -> None:
    text = ("Indholdsfortegnelse 1. Organisationen...4 Samarbejde med Nordby Boldklub...13 Sundparken...14 "
            "Imødegåelse af udsættelser...16\n")
    found = names(text, {"Nordby Boldklub...13 Sundparken...14 Imødegåelse": "ORG"})
    assert not any("..." in name for name in found)


def test_names_of_a_byline_run_together_are_no_organisation() -> None:
    text = "Anne Holm SørensenKarl NielsenBo Lund skrev artiklen. Det oplyser TrygFonden.\n"
    found = names(text)
    assert "SørensenKarl" not in found and "NielsenBo" not in found
    assert "TrygFonden" in found


def test_regional_paper_cited_is_no_party() -> None:
    assert names("Mandag kunne JydskeVestkysten fortælle, at Fanø Kommune har vedtaget budgettet.\n") == ["Fanø Kommune"]


def test_unit_of_a_municipality_in_the_genitive_keeps_its_own_name() -> None:
    text = "Indsatsen er beskrevet i Gribskov Kommunes Handicapråds årsrapport for 2019.\n"
    assert names(text) == ["Gribskov Kommunes Handicapråd"]


def test_every_name_of_a_municipality_list_joined_by_og_twice() -> None:
    found = names("Esbjerg, Fredericia, Viborg og Svendborg og Ærø kommuner har søgt puljen sammen.\n")
    for town in ("Esbjerg", "Fredericia", "Viborg", "Svendborg", "Ærø"):
        assert f"{town} Kommune" in found


def test_name_run_on_into_a_dates_day_or_a_meeting_word() -> None:
    text = "Når Frivilligcenter Nordby 16. april holder generalforsamling, er der valg.\n"
    assert "Frivilligcenter Nordby" in names(text)
    header = "REFERAT Udvalget for Sundhed og Omsorg Møde nr.: 6. Mødedato: 3. maj 2012\n"
    assert "Udvalget for Sundhed og Omsorg" in names(header)


def test_jaevnfoer_opening_a_sentence_is_no_part_of_a_name() -> None:
    found = names("Jævnfør Byrådets beslutning trådte hun ud af udvalget.\n")
    assert found == ["Byrådet"]


def test_first_municipality_after_a_colon_inside_a_sentence() -> None:
    found = names("De kommuner, der fik del i puljen, var: Assens, Esbjerg og Ærø kommuner.\n")
    assert {"Assens Kommune", "Esbjerg Kommune", "Ærø Kommune"} <= set(found)


def test_committee_named_after_a_units_fields_with_a_hyphen() -> None:
    assert "Børn og Unge-udvalget" in names("Sagen behandles i Børn og Unge-udvalget den 3. maj.\n")
