"""Places in agenda runs and applications: a committee's code that opens the next title after a place
("… i Nordby TM - Anmodning …"), a village named by the noun "landsby", an application from a village, a
new district named by two joined villages, and a town's name that is a person's surname in the text."""

from __future__ import annotations

from entities_run import areas, parties

from socdoc.api import extract

RUN_ON = ("TM - Godkendelse af dagsorden TM - Anmodning om lokalplan for boliger i Osted TM - Vejbelysning på "
          "Skolevej BU - Skolestruktur\n")


def test_a_committee_code_after_a_town_opens_the_next_title() -> None:
    assert "Osted" in areas(RUN_ON)


def test_the_model_span_that_took_the_next_titles_code_is_cut_before_it() -> None:
    text = "ØU - Leasing af biler til rådhuset i Hvalsø BU - Genoptaget sag om skolernes ferieplan\n"
    assert "Hvalsø" in areas(text, {"Hvalsø BU": "LOC"})
    assert "Hvalsø BU" not in parties(text, {"Hvalsø BU": "ORG"})


def test_a_village_named_by_the_noun_landsby() -> None:
    text = "Ministeren holdt pressemøde i den midtfynske landsby Ryslinge om de nye puljer.\n"
    assert "Ryslinge" in areas(text)


def test_an_application_from_a_village_names_the_village() -> None:
    text = "2. Ansøgninger\n\nAnsøgning fra Visby om tilskud til en udsigtskikkert\n\nDer bevilges 2.000 kr.\n"
    assert "Visby" not in parties(text)
    assert "Visby" in areas(text)


def test_a_district_named_by_two_joined_villages_keeps_the_short_form_of_the_second() -> None:
    text = "322 Forslag til lokalplan for ny bydel i Årslev-Sdr. Nærå\n323 Endelig vedtagelse af lokalplan\n"
    assert "Årslev-Sdr. Nærå" in areas(text)


def test_a_town_that_is_a_persons_surname_stands_for_the_person_as_a_speakers_label() -> None:
    record = extract("Referat fra fællesrådets møde\n\nTil stede: Keld Hvalsø, formand for teknisk udvalg.\n\n"
                     "Hvalsø: Stien bliver lavet færdig i år.\n\nNæste møde holdes i Hvalsø.\n")
    (area,) = [a for a in record.areas if a.name == "Hvalsø"]
    assert [m.text for m in area.mentions] == ["Hvalsø"] and area.mentions[0].start > 100
