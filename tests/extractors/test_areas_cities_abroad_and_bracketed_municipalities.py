"""Cities abroad as areas (countries stay out), a municipality in brackets after the place that lies in
it, and a council that says "vi i Nordby Kommune" of itself."""

from __future__ import annotations

from entities_run import areas


def test_cities_abroad_on_a_study_trip() -> None:
    found = areas("Udvalget godkendte programmet for studieturen til Bruxelles, Maastricht og Basel i maj.\n")
    assert {"Bruxelles", "Maastricht", "Basel"} <= set(found)


def test_a_city_abroad_without_a_locative_word() -> None:
    assert "Kabul" in areas("Kabul blev evakueret i august, og 23 familier kom til kommunen.\n")


def test_a_city_that_is_also_a_first_name_needs_a_locative_word() -> None:
    assert "Basel" not in areas("Basel Hamid fortalte om sin flugt og sin nye lejlighed.\n")


def test_a_country_is_no_area() -> None:
    assert "Tyskland" not in areas("Kommunen samarbejder med en skole i Tyskland om udveksling.\n")


def test_a_municipality_in_brackets_after_a_place() -> None:
    found = areas("Der indkaldes forslag til Tillæg nr. 1 Tornhøj (Morsø Kommune) og Tillæg nr. 2 "
                  "Øster Svenstrup (Jammerbugt Kommune).\n")
    assert {"Morsø Kommune", "Jammerbugt Kommune"} <= set(found)


def test_we_in_the_municipality_is_the_council_speaking() -> None:
    assert "Furesø Kommune" not in areas("- Jeg er stolt over, at vi i Furesø Kommune har prioriteret klimaet, "
                                         "siger borgmesteren.\n")
    assert "Furesø Kommune" in areas("Borgerne i Furesø Kommune får nye cykelstier i år.\n")


def test_a_unit_anchored_in_a_municipality_names_the_organisation() -> None:
    assert "Holbæk Kommune" not in areas("Socialtilsyn Øst er forankret i Holbæk Kommune, hvor de fører tilsyn.\n")


def test_the_whole_region_named_in_lower_case_is_the_region() -> None:
    found = areas("Mens der i hele region Nordjylland står 1 pct. af boligerne tomme, er tallet højere her.\n")
    assert "Region Nordjylland" in found and "Nordjylland" not in found


def test_a_building_named_only_as_the_meetings_place_is_no_area() -> None:
    from socdoc.api import extract

    record = extract("Referat\n\nDato: 31-10-2022\nTid: 16:00 - 18:00\nSted: Regionsgården, mødelokale H2\n\n"
                     "1. Godkendelse af dagsorden\n\nBeslutning: Godkendt.\n")
    assert record.meeting.location == "Regionsgården, mødelokale H2"
    assert "Regionsgården" not in [a.name for a in record.areas]


def test_an_estate_named_beyond_the_meetings_place_stays_an_area() -> None:
    from socdoc.api import extract

    record = extract("Referat\n\nDato: 16-11-2010\nSted: Fælleshuset Lærkeparken, Lærkeparken 18A\n\n"
                     "1. Ny antenne i Lærkeparken\n\nBeslutning: Godkendt.\n")
    assert "Lærkeparken" in [a.name for a in record.areas]
