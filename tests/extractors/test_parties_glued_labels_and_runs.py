"""Parties: names that a flattened page glues to a heading or label word, acronyms that spell a
function word in a text written in capitals, a committee whose lower-case fields are listed with
commas, and a line of tags run over several names."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.api import extract
from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


def test_label_glued_before_and_after_a_committee_is_cut() -> None:
    text = ("ReferatKultur- og Fritidsudvalget\n\nMøde nr.: 4/2020\n\n"
            "Referat for Kultur- og FritidsudvalgetMøde nr. 4/2020 - 2. marts 2020 - kl. 16:00\n\n"
            "Kultur- og Fritidsudvalget godkendte indstillingen.")
    found = names(text)
    assert not [n for n in found if "Referat" in n or n.endswith("Møde")]
    assert [n for n in found if n.casefold() == "kultur- og fritidsudvalget"]


def test_acronym_spelling_a_function_word_in_capitals_is_no_party() -> None:
    text = ("DA TALLENE KOM I MAJ, VISTE DE AT KUN FÅ KOMMUNER HAVDE NOK PERSONALE I DAGINSTITUTIONERNE.\n\n"
            "Forældrenetværket kræver handling nu.")
    found = names(text)
    assert "AT" not in found and "DA" not in found


def test_acronym_in_ordinary_text_stays() -> None:
    text = "Virksomheden har fået et påbud fra AT efter et tilsynsbesøg på lageret i Nordby."
    assert "AT" in names(text) or "Arbejdstilsynet" in names(text)


def test_committee_with_lowercase_fields_listed_by_commas_is_whole() -> None:
    text = ("Dagsorden\nUdvalg for kultur, fritid og lokal udvikling\n\n"
            "1. Møde i Udvalg for kultur, fritid og lokal udvikling den 4. maj 2023\n\n"
            "Sagsfremstilling\nUdvalget for kultur, fritid og lokal udvikling får en orientering om hallerne.")
    found = names(text)
    assert "Udvalg for kultur, fritid og lokal udvikling" in found
    assert "Udvalg for kultur" not in found and "Udvalget for kultur" not in found
    assert not [n for n in found if n.startswith("Udvalget for")]


def test_committee_field_list_only_in_running_text_is_not_extended() -> None:
    text = "Sagen sendes til Udvalget for teknik, derefter og til sidst til byrådet."
    assert not [n for n in names(text) if "derefter" in n or "sidst" in n]


def test_line_of_tags_over_two_names_is_no_party() -> None:
    text = ("Pressemeddelelse maj 12, 2019 Unge Ensomhed Red Barnet Skoler Velux Fonden\n\n"
            "Velux Fonden og Red Barnet har indgået et samarbejde om besøgsvenner til ensomme unge.\n\n"
            "Velux Fonden støtter projektet med 2 mio. kr.")
    found = [p.name for p in extract(text).parties]
    assert not [n for n in found if "Ensomhed" in n or "Skoler" in n]
    assert "Velux Fonden" in found and "Red Barnet" in found


def test_name_holding_one_other_name_stays() -> None:
    text = "Velux Fondens Børneudvalg Nordby har givet tilskud. Velux Fonden er glad for samarbejdet."
    found = [p.name for p in extract(text).parties]
    assert "Velux Fonden" in found


def test_heading_word_after_a_plural_kind_is_no_housing_organisation() -> None:
    text = ("Orientering om dialogmøderne med boligorganisationerne Eventuelt 12 Side\n\n"
            "Boligorganisationerne Lejerbo og Domea har svaret.")
    found = names(text)
    assert "Eventuelt" not in found


def test_unit_after_room_and_floor_on_the_venue_line_is_no_party() -> None:
    text = ("Mødet begyndt: kl. 09:00 Mødet afsluttet: kl. 12:00 Mødested: Lokale C - 2. sal - "
            "Borgerservicecentret - brug indgangen fra gården Fraværende: Ingen\n\n"
            "1. Godkendelse af dagsorden\nDagsordenen blev godkendt.")
    assert "Borgerservicecentret" not in names(text)
