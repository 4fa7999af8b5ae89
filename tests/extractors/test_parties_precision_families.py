"""Parties: shapes that look like an organisation's name and are not one (a municipality's plan or
regulation named with its genitive, a case number, a name broken at a suspended hyphen, a label
glued before a name)."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


def test_municipality_document_after_the_genitive_is_no_unit() -> None:
    text = ("3. Forslag til tillæg til Vejle Kommunes Affaldsregulativ\n"
            "Køge Kommunes Klimaplan 2030 har været i høring hos borgerne.")
    found = names(text)
    assert "Vejle Kommunes Affaldsregulativ" not in found
    assert "Køge Kommunes Klimaplan" not in found


def test_municipality_unit_after_the_genitive_stays() -> None:
    assert "Egedal Kommunes Byråd" in names("Egedal Kommunes Byråd vedtog budgettet i går.")


def test_name_cut_by_the_end_of_the_text_is_dropped() -> None:
    text = ("4. Misbrugsbehandling\nSagsbeskrivelse: Behandlingen af unge misbrugere flyttede "
            "1. januar 2012 fra Region Syddanmark til kommunen, og opgaven løses nu sammen med Region Nordjy")
    found = names(text)
    assert "Region Syddanmark" in found
    assert not [n for n in found if n.endswith("Nordjy")]


def test_name_ending_a_signature_at_the_end_of_the_text_stays() -> None:
    text = "Kontakt os gerne med spørgsmål.\n\nVenlig hilsen\nBoligselskabet Sjælland"
    assert "Boligselskabet Sjælland" in names(text)


def test_case_number_line_is_no_organisation() -> None:
    text = "12 Meddelelser fra formanden\n00.01.00-A00-13-22\n\n8. Godkendelse af dagsorden"
    assert not [n for n in names(text, {"00.01.00-A00-13-22": "ORG"}) if any(ch.isdigit() for ch in n)]


def test_first_half_of_a_suspended_compound_is_no_organisation() -> None:
    text = "Indkøbsaftale for skolerne\nBrev fra Økonomi- og Indenrigsministeren om valgdagen\nSalg af grund"
    assert "Økonomi-" not in names(text)


def test_case_number_labels_run_on_before_a_company_are_cut_off() -> None:
    text = "7. Nordby Varme - lånegaranti Sagsnr J.nr Nordby Varme A/S anmoder om en garanti på 4 mio. kr."
    found = names(text)
    assert not [n for n in found if n.startswith(("Sagsnr", "J.nr"))]


def test_link_imperative_before_a_ministry_is_cut_off() -> None:
    text = "Ordningen gælder fra 1. juli.\n\nLæs Sundhedsministeriets pressemeddelelse her.\n"
    found = names(text)
    assert "Sundhedsministeriet" in found and not [n for n in found if n.startswith("Læs")]


def test_member_written_with_a_party_letter_elsewhere_is_no_organisation() -> None:
    text = ("Deltagere: Anne Lund, Per Holm Afbud: Zorab Mekhtar Indholdsfortegnelse Sag Tekst Sidenr.\n"
            "1. Budget\nTaget til efterretning. Zorab Mekhtar (C) deltog ikke i behandlingen.")
    ents = {"Zorab Mekhtar Indholdsfortegnelse": "ORG", "Zorab Mekhtar": "ORG"}
    assert not [n for n in names(text, ents) if "Mekhtar" in n]


def test_title_opener_as_the_head_of_a_run_on_contents_line_is_no_body() -> None:
    text = ("Sager: Overtagelse af det regionale bosted Egelundsvej Tilsyn på kommunens sociale "
            "tilbud Valg af medlemmer til ældrerådet")
    assert not [n for n in names(text) if n.endswith("Tilsyn")]


def test_compound_committee_keeps_its_capitalised_for_phrase() -> None:
    text = "7. Anbefalinger fra Projektudvalget for Nærdemokrati og Frivillighed\n8. Orientering om budgettet"
    found = names(text)
    assert "Projektudvalget for Nærdemokrati og Frivillighed" in found and "Projektudvalget" not in found


def test_royal_named_with_titles_is_no_organisation() -> None:
    text = "Foreningens protektor Hans Kongelige Højhed Kronprins Frederik åbner det nye værested i maj."
    found = names(text, {"Hans Kongelige Højhed Kronprins Frederik": "ORG"})
    assert not [n for n in found if "Kronprins" in n]


def test_fund_named_after_a_royal_stays() -> None:
    text = "Projektet har fået 200.000 kr. fra Kronprinsesse Marys Fond til aktiviteter for børn."
    assert "Kronprinsesse Marys Fond" in names(text, {"Kronprinsesse Marys Fond": "ORG"})


def test_institution_named_after_a_royal_in_the_genitive_is_no_person() -> None:
    from socdoc.extractors.parties import _royal_person

    assert _royal_person("Hendes Kongelige Højhed Kronprinsesse Mary".split())
    assert not _royal_person("Dronning Ingrids Hospital".split())
    assert not _royal_person("Prins Henriks Skole".split())


def test_name_on_the_last_line_of_its_own_stays_without_a_line_break() -> None:
    assert "Boligselskabet Nordsjælland" in names("Venlig hilsen\nBoligselskabet Nordsjælland")


def test_one_word_in_a_place_context_is_no_organisation() -> None:
    text = ("8. Tilskud til anlæggelse af en cykelsti mellem Resen og Humlum\n"
            "9. Status på Erhvervsområde Tranemosen\n10. Nyt biogasanlæg i Tranemosen\n"
            "Boligerne bygges på den sydlige del af Nordmolen.")
    found = names(text, {"Resen": "ORG", "Tranemosen": "ORG", "Nordmolen": "ORG"})
    assert not {"Resen", "Tranemosen", "Nordmolen"} & set(found)


def test_plural_head_opening_a_sentence_lists_organisations() -> None:
    text = "Boligselskaberne Strandbo og Lindegården har fælles helhedsplaner i de tre boligområder."
    found = names(text)
    assert "Strandbo" in found and "Lindegården" in found


def test_body_named_after_an_indefinite_so_called_is_a_kind_not_an_organisation() -> None:
    text = "Kredsrådet vil etablere et såkaldt ”Seniorsamråd” i politikredsen i løbet af foråret."
    assert "Seniorsamråd" not in names(text)


def test_glued_name_opening_a_list_of_people_is_no_organisation() -> None:
    text = "BoJensen, Heidi Simonsen, Steen Hjorth, Inge Kuhlmann og Tina Hansen deltog i mødet."
    assert "BoJensen" not in names(text)


def test_glued_brand_before_a_sentence_stays() -> None:
    assert "FrivilligVest" in names("FrivilligVest, der samler fem foreninger, søger nye partnere.")


def test_association_of_owners_takes_its_place_and_compass_part() -> None:
    text = ("Deltagere:\n\nBo Holm - Grundejersammenslutningen\n\n"
            "Jens Dam - Landliggersammenslutningen Gribskov Vest\n")
    found = names(text)
    assert "Grundejersammenslutningen" in found
    assert "Landliggersammenslutningen Gribskov Vest" in found
