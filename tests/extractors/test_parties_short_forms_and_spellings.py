"""A short form of a name the text gives in full, and a misspelt name that comes first."""

from __future__ import annotations

from entities_run import parties


def test_short_form_after_the_full_name_joins_it() -> None:
    text = (
        "Det Rådgivende Udvalg for Landsbypuljen har behandlet tolv ansøgninger. Det Rådgivende Udvalg "
        "anbefaler, at der gives tilskud til forsamlingshuset i Vestrup."
    )
    assert parties(text, {"Det Rådgivende Udvalg": "ORG"}) == ["Det Rådgivende Udvalg for Landsbypuljen"]


def test_definite_short_form_of_a_housing_organisation_joins_it() -> None:
    text = (
        "Boligkontoret Danmark administrerer afdelingen på Lærkevej. Boligkontoret har oplyst, at "
        "renoveringen begynder til august."
    )
    assert parties(text) == ["Boligkontoret Danmark"]


def test_listed_organisation_stays_apart_from_its_branch() -> None:
    text = "Red Barnet Ungdom holder lejr i Sønderby. Red Barnet støtter lejren med frivillige."
    assert parties(text) == ["Red Barnet Ungdom", "Red Barnet"]


def test_short_name_coordinated_with_another_is_no_short_form() -> None:
    text = "KFUM og KFUK driver væresteder i byen. KFUM har desuden en natcafé i Sønderby."
    assert parties(text, {"KFUM": "ORG"}) == ["KFUM og KFUK", "KFUM"]


def test_misspelt_name_first_takes_the_listed_spelling() -> None:
    text = (
        "Beboerne i Kærhuse har fået grønt lys fra Landbyggefonden til at gå videre med helhedsplanen. "
        "Ansøgningen til Landsbyggefonden blev sendt i marts."
    )
    assert parties(text, {"Landbyggefonden": "ORG"}) == ["Landsbyggefonden"]


def test_misspelt_body_in_a_headline_takes_the_spelling_used_twice() -> None:
    text = (
        "Landbyudvalget har fordelt 200.000 kr. til seks foreninger. Da Landsbyudvalget mødtes, var "
        "alle enige, og Landsbyudvalget vil gentage puljen næste år."
    )
    assert parties(text) == ["Landsbyudvalget"]


def test_police_that_act_are_a_party() -> None:
    text = (
        "Der er sendt en henvendelse om hastigheden på Skolevej. Politiet arbejder videre med sagen. "
        "Indbruddene i kolonihaverne efterforskes af politiet."
    )
    assert parties(text) == ["Politiet"]


def test_police_in_a_list_or_as_a_place_are_no_party() -> None:
    text = (
        "Det gode samspil mellem beboerne, politiet og skolerne har gjort kvarteret roligere. "
        "Pengene er fundet ved besparelser internt i politiet."
    )
    assert parties(text) == []


def test_police_beside_a_named_district_are_that_district() -> None:
    text = "Politiet har øget patruljeringen. Sydøstjyllands Politi oplyser, at indbruddene er faldet."
    assert "Politiet" not in parties(text)


def test_technical_administration_named_in_capitals_is_a_party() -> None:
    text = (
        "Der søges om tilladelse til at sælge tre grunde ved Engkær. Teknisk Forvaltning indstiller, at "
        "salget godkendes. En borger har rettet henvendelse til Teknisk Forvaltning om træerne."
    )
    assert parties(text) == ["Teknisk Forvaltning"]


def test_technical_administration_in_lower_case_is_generic() -> None:
    text = "Sagen er sendt til den tekniske forvaltning, og forvaltningen indstiller, at den godkendes."
    assert parties(text) == []


def test_acronyms_a_letter_apart_are_two_organisations() -> None:
    text = (
        "Helhedsplanen støttes af boligforeningerne AB Nordby og AAB Nordby. AB Nordby har 400 boliger i "
        "området, og AAB Nordby har 250."
    )
    found = parties(text, {"AB Nordby": "ORG", "AAB Nordby": "ORG"})
    assert "AB Nordby" in found and "AAB Nordby" in found


def test_police_a_council_consists_of_are_no_agent() -> None:
    # "af" after an active verb ("består af") or a noun ("ved hjælp af") does not make the police act
    text = (
        "Kvarterets tryghedsgruppe, der består af politiet og to skoler, mødes hver måned. "
        "Pladsen blev ryddet ved hjælp af politiet."
    )
    assert "Politiet" not in parties(text)
