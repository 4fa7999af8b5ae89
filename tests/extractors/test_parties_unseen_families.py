"""Parties: families of false parties seen on unseen documents (generic police, run-on agenda
titles, fund pools and money, a person's surname alone, compound abbreviations)."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.names import abbreviation_definitions
from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


def test_police_and_municipality_in_general_are_no_party() -> None:
    text = (
        "Der skal være mere synligt politi i boligområderne, og politiet har oprettet en særlig enhed. "
        "Kommunens budget blev gennemgået. Politiet og kommunerne mødes igen til efteråret."
    )
    found = names(text)
    assert "Politiet" not in found and "Kommunen" not in found


def test_named_police_district_is_still_a_party() -> None:
    found = names("Sydsjællands og Lolland-Falsters Politi deltager i mødet med boligselskabet.")
    assert any("Politi" in n for n in found)


def test_run_on_titles_cut_the_next_title_word_off_a_name() -> None:
    text = "Referat: Vedtægter for Nordby Vandværk Godkendelse af budget for Rosengården Ansøgning om tilskud"
    found = names(text, {"Nordby Vandværk Godkendelse": "ORG", "Rosengården Ansøgning": "ORG"})
    assert "Nordby Vandværk Godkendelse" not in found and "Rosengården Ansøgning" not in found
    assert "Nordby Vandværk" in found


def test_title_word_before_a_capital_is_not_cut() -> None:
    text = "Aftalen om driften er indgået med Nordby Vandværk Forslag Gruppen."
    found = names(text, {"Nordby Vandværk Forslag": "ORG"})
    assert "Nordby Vandværk" not in found


def test_fund_pools_and_money_are_no_party() -> None:
    text = (
        "Ansøgninger til Kystbypuljens første runde skal være modtaget i maj. "
        "De ubrugte Anlægsmidler overføres til næste år."
    )
    found = names(text, {"Kystbypuljens": "ORG", "Anlægsmidler": "ORG"})
    assert found == []


def test_a_persons_surname_alone_is_no_organisation() -> None:
    text = (
        "Direktør Maja Lindholm-Brask træder ind i foreningens bestyrelse. "
        "Senere i år besøgte Lindholm-Brask flere af boligområderne."
    )
    found = names(text, {"Maja Lindholm-Brask": "PER", "Lindholm-Brask": "ORG"})
    assert "Lindholm-Brask" not in found


def test_compound_word_gives_letters_of_the_abbreviation() -> None:
    defined = abbreviation_definitions("Kommunen og Holbæk Andelsboligforening (HAB) har søgt om midler.")
    assert defined["HAB"][0] == "Holbæk Andelsboligforening"
    found = names("Kommunen og Holbæk Andelsboligforening (HAB) har søgt om midler sammen.")
    assert "HAB" not in found and "Holbæk Andelsboligforening" in found


def test_short_word_does_not_spell_an_abbreviation_inside_it() -> None:
    assert abbreviation_definitions("en rapport fra Almene Boliger (BL) viser det") == {}


def test_an_epidemic_is_no_organisation() -> None:
    text = "Priserne steg, fordi leverancerne blev forsinket under Covid-19 krisen sidste år."
    assert names(text, {"Covid-19": "ORG"}) == []


def test_municipality_as_scope_of_a_document_is_no_party() -> None:
    text = (
        "13. Budgetopfølgning - samlet oversigt for Ringsted Kommune\n\n"
        "Økonomiudvalget anbefaler ændringen."
    )
    assert "Ringsted Kommune" not in names(text)


def test_municipality_its_statutes_govern_is_a_party() -> None:
    text = (
        "12. Ændring af styrelsesvedtægten for Ringsted Kommune\n\n"
        "Byrådet skal tage stilling til, om udvalgets antal medlemmer skal hæves fra fem til syv."
    )
    assert "Ringsted Kommune" in names(text)


def test_acting_municipality_after_scope_stays() -> None:
    text = (
        "Styrelsesvedtægten for Ringsted Kommune ændres. "
        "Ringsted Kommune indgår samtidig en aftale med boligselskabet om driften."
    )
    assert "Ringsted Kommune" in names(text)


def test_clock_word_after_a_meeting_date_is_not_kl() -> None:
    text = "REFERAT FRA MØDE ONSDAG DEN 4. MARTS 2015, KL PÅ RÅDHUSET\n\nKL har udsendt nye tal."
    parties, _ = find_parties(normalize(text), text, doc_with_ents(normalize(text), {}))
    second = text.index("KL har")
    assert [m.start for p in parties for m in p.mentions] == [second]


def test_name_of_a_plan_is_no_party() -> None:
    text = "Den boligsociale helhedsplan Sammen om Byen starter til sommer med nye aktiviteter."
    assert "Sammen om Byen" not in names(text, {"Sammen om Byen": "ORG"})


def test_organisation_after_a_plan_and_a_verb_stays() -> None:
    text = "Helhedsplanen udarbejdes af Boligselskabet Sydkysten og Greve Kommune i fællesskab."
    assert "Boligselskabet Sydkysten" in names(text, {"Boligselskabet Sydkysten": "ORG"})


def test_municipality_in_a_pdf_page_header_with_date_and_page_labels_is_a_party() -> None:
    text = (
        "3 Faxe Kommune Dato Side Ældreudvalget Godkendelse af dagsorden Dagsordenen blev godkendt.\n\n"
        "4 Faxe Kommune Dato Side Ældreudvalget Budget Udvalget drøftede budgettet for næste år."
    )
    assert "Faxe Kommune" in names(text)


def test_committee_code_before_numbered_agenda_titles_is_no_part_of_a_name() -> None:
    text = (
        "Indholdsfortegnelse: 1 ØU Budgetopfølgning 2 ØU Låneoptagelse 3 ØU Aarhus Boligforening, "
        "ombygning af 40 ungdomsboliger 4 TU Trafikplan for midtbyen 5 TU Vejbelysning 6 KF Tilskud til idræt"
    )
    found = names(text)
    assert "ØU Aarhus Boligforening" not in found
    assert "Aarhus Boligforening" in found


def test_capitalised_first_conjunct_belongs_to_the_name() -> None:
    text = (
        "Mødet blev holdt med Plan og Byggestyrelsen og Ane Holm fra kommunen. "
        "Pengene går til legepladsen ved Børne og Unge Huset i den nye bydel."
    )
    found = names(text)
    assert "Plan og Byggestyrelsen" in found and "Byggestyrelsen" not in found


def test_sentence_first_word_before_og_stays_out_of_the_name() -> None:
    text = "Vi holdt møde i marts. Borgere og Ældrerådet deltog i debatten om den nye plan."
    assert not any(n.startswith("Borgere") for n in names(text))


def test_end_of_a_listed_name_before_og_stays_out_of_the_next_name() -> None:
    text = "Støtten går til Dansk Røde Kors og Ungdommens Røde Kors, mens Lagtinget og Folketinget har bevilget resten."
    found = names(text)
    assert not any(n.startswith(("Kors og", "Lagtinget og")) for n in found)


def test_municipality_closing_a_page_before_the_next_page_number_is_the_publisher() -> None:
    text = (
        "Mødet sluttede kl. 17.30. Bilagsoversigt 14 Faxe Kommune\n\n"
        "2 Indholdsfortegnelse Side 1. Godkendelse af dagsorden 3 2. Budgetopfølgning 4\n"
    )
    assert "Faxe Kommune" in names(text)


def test_municipality_under_a_responsible_unit_label_acts() -> None:
    text = "Sagsnr.: 14/2231 Sagsansvarlig enhed: Faxe Kommune Sagsbehandler: Jens Holm\n\nUdvalget godkendte sagen."
    assert "Faxe Kommune" in names(text)


def test_municipality_after_a_locative_before_a_page_number_stays_a_place() -> None:
    text = (
        "Orientering om nye cykelstier i Faxe Kommune\n\n"
        "2 Udvalget tog orienteringen til efterretning.\n"
    )
    assert "Faxe Kommune" not in names(text)
