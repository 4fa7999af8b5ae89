"""Receivers of grants run on with the currency before each sum and dashes between the items; a national
organisation's name with "i Danmark"; a town ending in s after an organisation's head is no genitive; focus
areas as counted infinitives in running text, and two list openers together ("- nemlig")."""

from __future__ import annotations

import socdoc


def parties(text: str) -> list[str]:
    return [p.name for p in socdoc.extract(text).parties]


def focus(text: str) -> list[str]:
    return [f.name for f in socdoc.extract(text).focus_areas]


DASHED = ("Ved dagens uddeling modtog: Nordby Jægerklubs Blæsergruppe kr. 4.000 – Ældre hjælper ældre kr. 4.000 – "
          "Obelpigerne kr. 2.000 – De 140 frivillige på Nordby Sygehus kr. 5.000 – Nordby Slotsteater kr. 5.000 og "
          "Nordby Pensionistorkester kr. 5.000\n\nOrkestret spillede bagefter.\n")


def test_receivers_with_the_currency_before_each_sum() -> None:
    names = parties(DASHED)
    for name in ("Nordby Jægerklubs Blæsergruppe", "Ældre hjælper ældre", "Obelpigerne", "Nordby Slotsteater",
                 "Nordby Pensionistorkester"):
        assert name in names


def test_a_group_of_people_in_a_dashed_grant_list_is_no_party() -> None:
    assert not any(name.startswith("De 140") for name in parties(DASHED))


def test_two_dashed_sums_make_no_list() -> None:
    text = "Prisen kostede kr. 4.000 – og Nordby Slotsteater kr. 5.000 betalte resten.\n"
    assert "Nordby Slotsteater" not in parties(text)


def test_a_national_organisations_name_keeps_i_danmark() -> None:
    text = "Prisen uddeles af Landdistrikternes Fællesråd, Landsforeningen Landsbyerne i Danmark og Forenet Kredit."
    assert "Landsforeningen Landsbyerne i Danmark" in parties(text)


def test_a_listed_organisation_keeps_its_own_name_before_i_danmark() -> None:
    assert parties("Røde Kors i Danmark hjælper flygtningene med lektier.") == ["Røde Kors"]


def test_a_town_ending_in_s_after_an_organisations_head_is_no_genitive() -> None:
    assert parties("Jobcenter Randers har sat en storstilet jagt ind på virksomheder.") == ["Jobcenter Randers"]
    assert parties("Region Sjællands psykiatri er presset.") == ["Region Sjælland"]


def test_counted_infinitives_after_two_list_openers_are_focus_areas() -> None:
    text = ("På vækstsiden er der tale om tre overordnede indsatsområder - nemlig at udbygge byens rolle som "
            "uddannelsesby, at tiltrække flere borgere til kommunen og at skabe optimale rammer for iværksættere.")
    assert focus(text) == ["at udbygge byens rolle som uddannelsesby", "at tiltrække flere borgere til kommunen",
                           "at skabe optimale rammer for iværksættere"]


def test_counted_infinitives_after_a_colon_keep_the_items_without_at() -> None:
    text = ("Der er fokus på fire områder: At øge beskæftigelsen, at få flere i uddannelse, ændre sammensætningen af "
            "beboerne og øge trygheden. Selvom parken er på listen, er der håb.")
    assert focus(text) == ["At øge beskæftigelsen", "at få flere i uddannelse", "ændre sammensætningen af beboerne",
                           "øge trygheden"]


def test_two_list_openers_leave_no_word_in_the_first_item() -> None:
    text = ("Visionen definerer fem overordnede indsatsområder for velfærd - nemlig velfærdsydelser og infrastruktur, "
            "livskvalitet og sundhed, et mangfoldigt kulturliv, en international kommune og uddannelse.")
    assert focus(text)[0] == "velfærdsydelser og infrastruktur"


def test_an_uncounted_list_of_infinitives_is_no_list_of_focus_areas() -> None:
    text = "Inden for hver af de fire områder har vi planlagt at spare, at skære ned og at lukke."
    assert focus(text) == []
