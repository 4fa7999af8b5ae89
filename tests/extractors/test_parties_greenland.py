"""Parties: Greenland's political parties act in the minutes of
Greenlandic municipalities just as Danish parties do in Danish ones."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


def test_greenlandic_parties_acting_are_parties() -> None:
    text = (
        "Punkt 4. Forslag om ny havneplan. Siumut foreslog, at sagen udsættes til næste møde, "
        "mens Inuit Ataqatigiit ønskede en afstemning med det samme. Atassut støttede forslaget."
    )
    found = names(text)
    assert {"Siumut", "Inuit Ataqatigiit", "Atassut"} <= set(found)


def test_greenlandic_party_names_do_not_become_danish_letters() -> None:
    from socdoc.extractors.people import _party_forms

    forms = _party_forms()
    assert "siumut" not in forms and forms["venstre"] == "V"


def test_ministry_joined_after_a_for_name_is_a_party_of_its_own() -> None:
    found = names(
        "Ministeriet for Børn og Undervisning og Kulturministeriet har i dag udpeget fem kommuner, "
        "der skal afprøve en ny model for fritidstilbud."
    )
    assert "Ministeriet for Børn og Undervisning" in found and "Kulturministeriet" in found


def test_agency_joined_after_a_centre_for_name_is_a_party_of_its_own() -> None:
    found = names("Center for Job og Uddannelse og Ankestyrelsen har drøftet praksis for sanktioner.")
    assert "Center for Job og Uddannelse" in found and "Ankestyrelsen" in found


def test_for_name_with_a_plain_field_is_unchanged() -> None:
    assert "Udvalget for Teknik og Miljø" in names("Udvalget for Teknik og Miljø behandlede sagen på mødet.")


def test_championship_acronyms_are_events_not_parties() -> None:
    found = names(
        "Kommunen har holdt møde med arrangørerne af EM i håndbold om frivillige hjælpere. "
        "Landsholdet spiller til VM næste år, og to roere fra klubben er udtaget til OL.",
        {"EM": "ORG", "VM": "ORG", "OL": "ORG"},
    )
    assert not {"EM", "VM", "OL"} & set(found)
