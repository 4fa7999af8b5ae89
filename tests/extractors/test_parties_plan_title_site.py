"""A local plan's title that names its site after the plan's number and a colon ("Lokalplan nr. 12:
Solbakken Plejecenter") names a place the plan covers, as "Lokalplan 12 for …" does: no party.
The institution that acts elsewhere in the text stays a party. Every text is written for these
tests."""

from __future__ import annotations

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize

from model_ents import doc_with_ents


def parties(text: str) -> list[str]:
    norm = normalize(text)
    found, _ = find_parties(norm, text, doc_with_ents(norm, {}))
    return [p.name for p in found]


def test_site_after_a_plan_number_and_a_colon_is_no_party() -> None:
    text = ("Dagsorden\n\n4. Lokalplan nr. 151: Solbakken Plejecenter\n\nÅben sag\n\n"
            "5. Ældreboliger ved Solbakken Plejecenter: godkendelse af anskaffelsessum\n")
    assert parties(text) == []


def test_site_after_a_plan_number_without_nr_and_a_colon_is_no_party() -> None:
    text = "Punkt 7. Kommuneplantillæg 14: Vestby Idrætscenter\n\nForslaget sendes i høring i otte uger.\n"
    assert "Vestby Idrætscenter" not in parties(text)


def test_club_that_applies_beside_a_plan_title_stays_a_party() -> None:
    text = ("Dagsorden\n\n4. Lokalplan nr. 151: Solbakken Plejecenter\n\n"
            "5. Ansøgning om tilskud\n\nNordby Boldklub har søgt om 20.000 kr. til nye mål.\n")
    assert parties(text) == ["Nordby Boldklub"]
