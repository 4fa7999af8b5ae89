"""Parties: councils listed one after another, a field that ends on an adjective before its noun
written small, and a committee's coordinated name kept as the text spells it."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, {}))
    return [p.name for p in parties]


def test_councils_listed_are_parties_of_their_own() -> None:
    found = names("Kl. 15 i mødelokale 3: Budgetdialog med SSU, Seniorråd, Handicapråd og Udsatteråd.\n")
    assert {"Seniorråd", "Handicapråd", "Udsatteråd"} <= set(found)
    assert not any("," in n for n in found)


def test_coordinated_committee_name_stays_one_party() -> None:
    found = names("Sagen sendes til Plan-, Miljø og Klimaudvalget og til Børne-, Unge- og Familieudvalget.\n")
    assert "Plan-, Miljø og Klimaudvalget" in found and "Børne-, Unge- og Familieudvalget" in found


def test_field_adjective_keeps_its_noun_written_small() -> None:
    text = "Rammerne har været i høring i Kontaktudvalget for Frivilligt Socialt arbejde.\n"
    assert "Kontaktudvalget for Frivilligt Socialt arbejde" in names(text)


def test_field_adjective_noun_and_second_field_across_a_line_break() -> None:
    text = "Kommunen samarbejder med Styrelsen for International rekruttering og\nIntegration (SIRI) om opfølgningen.\n"
    assert "Styrelsen for International rekruttering og Integration" in names(text)


def test_committee_name_without_comma_keeps_the_written_form() -> None:
    text = "Børne- Unge- og Uddannelsesudvalget\nReferat af mødet 2. oktober 2024\n\nBørne- Unge- og Uddannelsesudvalget godkendte planen.\n"
    assert "Børne- Unge- og Uddannelsesudvalget" in names(text)


def test_ministry_name_gets_the_official_comma() -> None:
    text = "Puljen er afsat af Social- Børne- og Integrationsministeriet til kommunale projekter.\n"
    assert "Social-, Børne- og Integrationsministeriet" in names(text)


def test_committee_named_in_quotes_keeps_head_and_quotes() -> None:
    text = ("Sagsgang og sagstype\nUdvalget ”Læring og Trivsel for Børn og Unge”\n\nBeslutningssag\n\n"
            "Dagsordenen for mødet i Udvalget \"Læring og Trivsel for Børn og Unge\" godkendes.\n")
    found = names(text)
    assert found.count("Udvalget ”Læring og Trivsel for Børn og Unge”") == 1
    assert "Børn og Unge" not in found


def test_label_in_capitals_after_a_committee_name_is_cut() -> None:
    text = "Åben sag KOMPETENCE Udvalget for Kultur, Erhverv, Fritid og Turisme INDSTILLING Forvaltningen indstiller\n"
    found = names(text)
    assert "Udvalget for Kultur, Erhverv, Fritid og Turisme" in found
    assert not any("INDSTILLING" in n for n in found)


def test_branch_named_by_two_places_joined_by_a_hyphen() -> None:
    text = "– Vi står klar, siger Karen Madsen, der er formand for Røde Kors Aulum-Haderup.\n"
    assert "Røde Kors Aulum-Haderup" in names(text)


def test_village_leads_a_coordinated_association_name() -> None:
    text = "Dybbøl Idræts- og Ungdomsforening søger om tilskud til deltagelse i et stævne.\n"
    assert "Dybbøl Idræts- og Ungdomsforening" in names(text)


def test_sports_club_named_by_its_town() -> None:
    assert "Gandrup Sportsklub" in names("Gandrup Sportsklub har søgt om tilskud til nye flag.\n")


def test_club_word_alone_closes_no_name() -> None:
    text = "For tre år siden brændte Sakskøbing Badminton og Tennis Klubs klubhus på Stadionvej.\n"
    assert "Tennis Klub" not in names(text)


def test_grant_recipient_placed_in_its_town_before_the_sum() -> None:
    text = ("Disse projekter har fået støtte:\n\n"
            "Girls United i København får 65.000 kroner til et ugentligt tilbud.\n\n"
            "Projektet får 25.000 kroner til materialer.\n")
    found = names(text)
    assert "Girls United" in found and "Projektet" not in found


def test_municipality_heading_a_transcript_first_page_is_the_publisher() -> None:
    text = ("Det Lokale Beskæftigelsesråd. Referat\n\nTranskript\n\n"
            "1 Faxe Kommune Det Lokale Beskæftigelsesråd Referat Dato: 12. december 2007 Lokale: Jobcentret\n\n"
            "2 Indholdsfortegnelse Sag nr. Side Åbne sager: 01/66 Godkendelse af referat\n")
    assert "Faxe Kommune" in names(text)


def test_case_kind_before_a_generic_association_is_no_name() -> None:
    text = "Foreningen har 25 medlemmer. Beslutningssag Foreningens formål er at fremme idræt.\n"
    assert not any(n.startswith("Beslutningssag") for n in names(text))


def test_initials_that_open_a_donor_name_are_no_party() -> None:
    text = "Med støtte fra A.P. Møllers støttefond og Realdania åbner Kirkens Korshær et nyt værested.\n"
    found = names(text)
    assert not any(n in ("A", "A.P") for n in found)
    assert "Realdania" in found


def test_listed_institution_named_by_its_title_is_a_party() -> None:
    assert "Folketingets Ombudsmand" in names("9. Besøg af Folketingets Ombudsmand\n10. Eventuelt\n")
    assert not names("Nordby Kommunes Skolekonsulent deltog i mødet.\n")


def test_second_council_after_a_for_name_is_a_party_of_its_own() -> None:
    text = "Ministeren, Rådet for Etniske Minoriteter og Frivilligrådet samlede over 200 deltagere.\n"
    found = names(text)
    assert "Rådet for Etniske Minoriteter" in found and "Frivilligrådet" in found


def test_acronym_keeps_the_town_its_branch_is_named_by() -> None:
    text = "Både Københavns Kommune, Københavns Politi, SSP København og fsb deltager i samarbejdet.\n"
    assert "SSP København" in names(text)
