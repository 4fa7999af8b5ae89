"""Parties and areas: families seen on minutes and municipal pages from unseen councils, local
councils and housing boards."""

from __future__ import annotations

from socdoc.extractors.parties import _common_single
from entity_views import party_names as names, area_names as areas


def test_council_led_by_a_hyphenated_municipality_is_named_whole() -> None:
    found = names("Faaborg-Midtfyn Kommunalbestyrelse har givet skema A-tilsagn til byggeriet.")
    assert "Faaborg-Midtfyn Kommunalbestyrelse" in found
    assert "Kommunalbestyrelse" not in found


def test_a_residents_or_department_meeting_is_an_event_not_a_party() -> None:
    text = ("Punkt 3. Forberedelse af Beboermødet den 4. april. Afdelingsmødet godkendte budgettet, "
            "og Afdelingsbestyrelsen tager sagen op igen.")
    found = names(text)
    assert "Beboermødet" not in found and "Afdelingsmødet" not in found
    assert "Afdelingsbestyrelsen" in found


def test_the_plan_itself_is_no_party() -> None:
    found = names("Beboerne kom med ideer til Helhedsplanen, og Lokalrådet samler dem.")
    assert "Helhedsplanen" not in found
    assert "Lokalrådet" in found


def test_a_compound_whose_head_is_itself_a_plan_is_a_common_word() -> None:
    # "kommune" + "strategiplanen", and "strategiplanen" is "strategi" + "planen": a plan, no name
    assert _common_single("Kommunestrategiplanen")
    assert not _common_single("Vestbo")


def test_police_district_of_two_parts_written_without_the_last_genitive() -> None:
    found = names("I styregruppen sidder chefen for Sydsjællands og Lolland-Falster politi og to direktører.")
    assert found == ["Sydsjællands og Lolland-Falsters Politi"]
    assert "Sydsjælland" not in areas("I styregruppen sidder chefen for Sydsjællands og Lolland-Falster politi.")


def test_police_district_run_together_with_politi() -> None:
    found = names("Forummet tæller en betjent fra Midt- og Vestjyllandspoliti og to beboere.")
    assert "Midt- og Vestjyllands Politi" in found


def test_a_hospital_named_by_its_town_is_a_party() -> None:
    found = names("Odense Universitetshospital har lagt en spareplan, og Vejle Hospital følger trop.")
    assert "Odense Universitetshospital" in found
    assert "Vejle Hospital" in found


def test_a_hospital_named_only_as_the_site_of_a_work_is_no_party() -> None:
    found = names("Byrådet bevilger 3 mio. kr. til en ny vej ved Nordby Universitetshospital.")
    assert "Nordby Universitetshospital" not in found


def test_a_bare_hospital_word_is_no_party() -> None:
    assert names("Hospital og kommune skal samarbejde bedre om udskrivelser.") == []


def test_firms_named_by_their_trade_in_the_plural_are_parties() -> None:
    found = names("Boligforeningen har valgt Nordlys Arkitekter og BKL Ingeniører som rådgivere på renoveringen.")
    assert "Nordlys Arkitekter" in found
    assert "BKL Ingeniører" in found


def test_a_trade_word_alone_is_no_party() -> None:
    assert names("Arkitekter og ingeniører har gennemgået bygningerne.") == []


def test_a_parish_hall_after_a_village_name_is_a_building_not_an_area() -> None:
    found = areas("Lokalrådets årsmøde holdes i Vesterby Sognegård, og beboere fra Solbakken er velkomne.")
    assert "Vesterby Sognegård" not in found


def test_acronym_of_a_party_already_named_in_full_is_not_a_second_party() -> None:
    text = ("Økonomiudvalget behandlede budgetopfølgningen på mødet. ØU anbefaler, at Byrådet "
            "godkender den samlede bevilling. Herefter sendes sagen til Byrådet.")
    found = names(text)
    assert "Økonomiudvalget" in found
    assert "ØU" not in found


def test_acronym_spelt_by_a_place_led_council_is_dropped() -> None:
    text = ("Nordby Seniorrådet har afgivet høringssvar. SR ønsker, at Seniorrådet inddrages i "
            "arbejdet med den nye ældrepolitik.")
    found = names(text)
    assert any("Seniorrådet" in name for name in found)
    assert "SR" not in found


def test_acronym_with_no_full_name_in_the_text_stays() -> None:
    text = "KL har sendt et udspil om budgetterne, og KL forhandler nu med Regeringen om rammen."
    assert "KL" in names(text)


def test_year_glued_to_a_committee_name_is_no_party() -> None:
    text = ("Referat 2019Sundhedsudvalget\nSundhedsudvalget besluttede at godkende planen for "
            "de nye sundhedshuse.")
    found = names(text)
    assert not any(ch.isdigit() for name in found for ch in name)


def test_committee_written_with_a_hyphen_once_and_a_comma_once_is_one_party() -> None:
    text = ("Referat for Miljø- Klima og Naturudvalget\n"
            "Indstilling: At Miljø, Klima og Naturudvalget godkender den nye plan for grønne arealer.")
    found = names(text)
    assert len([n for n in found if "Naturudvalget" in n]) == 1


def test_a_name_and_its_definite_form_are_one_party() -> None:
    text = ("Beboerne i Søparken klager over støj. Søparkcenter har svaret, at Søparkcenteret vil "
            "holde et møde med Lokaludvalget.")
    found = names(text)
    assert len([n for n in found if n.startswith("Søparkcenter")]) == 1
    assert "Lokaludvalget" in found


def test_abbreviation_defined_after_a_suspended_coordination_names_the_full_form() -> None:
    text = ("Der er fundet mangler ved brandsikringen på Social- og Sundhedscentret (SSC). "
            "SSC skal derfor udbedre manglerne inden udgangen af måneden.")
    found = names(text)
    assert "Social- og Sundhedscentret" in found
    assert "SSC" not in found
