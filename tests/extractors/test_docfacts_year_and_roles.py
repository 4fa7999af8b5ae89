"""Families of document facts seen on real minutes and news: years of dates written without one, dates that
hold in any year, a release's own heading, a minutes' name before its date, a site's label line, a foot
date with a month's name, abbreviated labels and plural roles."""

from __future__ import annotations

import datetime as dt

import socdoc
from socdoc.extractors import docinfo
from socdoc.extractors.dates import find_candidates, find_dates


def _dates(text: str, published: dt.date | None = None) -> list[str]:
    return [str(d.date) for d in find_dates(text, published=published)]


# --- years of dates written without one ---------------------------------------------------------------

def test_a_past_decision_far_ahead_of_the_minutes_lies_in_the_year_before() -> None:
    text = "Udvalget vedtog på sit møde d. 4. november, at projektet fortsætter i 2021."
    assert _dates(text, dt.date(2021, 1, 20)) == ["2020-11-04"]


def test_a_date_far_ahead_without_a_past_clause_keeps_the_year() -> None:
    text = "Udvalget holder temamøde d. 4. november om skolerne."
    assert _dates(text, dt.date(2021, 1, 20)) == ["2021-11-04"]


def test_a_past_clause_keeps_a_date_close_behind_the_minutes() -> None:
    text = "Formanden orienterede om mødet, der blev holdt den 2. december."
    assert _dates(text, dt.date(2019, 12, 5)) == ["2019-12-02"]


def test_converted_minutes_take_the_year_of_their_meeting_not_of_a_later_plan() -> None:
    text = (
        "REFERAT for mødet\n\n"
        "1 Lokaludvalget Referat Torsdag den 14. november 2019 kl. 18:00 i Medborgerhuset, Bygaden 4. "
        "Dagsorden: 1. Godkendelse af dagsorden 2. Aktivitetsplan 2020 3. Meddelelser\n\n"
        "Beslutning: Godkendt.\n\n"
        "Meddelelser: Sekretariatet holder julefrokost tirsdag d. 10. december.\n"
    )
    record = socdoc.extract(text)
    assert record.kind == "minutes"
    assert "2019-12-10" in [str(d.date) for d in record.dates]


def test_a_date_that_holds_in_any_year_is_no_date() -> None:
    assert _dates("Rådet holder sit første møde i perioden 1.-10. januar i det år, hvor valget finder sted.",
                  dt.date(2021, 11, 30)) == []
    assert _dates("Regnskabet afleveres den 1. juni hvert år.", dt.date(2021, 3, 3)) == []
    assert _dates("Puljen uddeles årligt den 15. marts.", dt.date(2021, 3, 3)) == []


def test_a_date_with_a_year_stays_though_a_rule_follows() -> None:
    assert _dates("Mødet holdes den 1. juni 2021 hvert år på rådhuset.") == ["2021-06-01"]


def test_a_day_and_month_after_a_verb_of_an_event_is_a_date() -> None:
    assert _dates("Informationsmødet afholdtes 14/3 på skolen.", dt.date(2022, 4, 2)) == ["2022-03-14"]
    assert _dates("Halvdelen af eleverne, 3/4 af lærerne, deltog.", dt.date(2022, 4, 2)) == []


# --- kind ----------------------------------------------------------------------------------------------

def test_a_reprinted_release_under_its_own_heading_is_a_press_release() -> None:
    text = (
        "3. marts 2022\n\nNy aftale om tryghed i boligområderne\n\n"
        "Af: Eva Holm | Foto: Bo Dam\n\n"
        "PRESSEMEDDELELSE FRA NORDSJÆLLANDS POLITI\n\n"
        "Politiet og kommunerne har indgået en aftale om en fælles indsats i otte boligområder.\n"
    )
    assert docinfo.classify(text) == "press_release"


def test_a_menu_of_releases_is_no_heading() -> None:
    text = (
        "Pressemeddelelser\n\nByen får ny skatepark\n\nAf Eva Holm\n\n"
        "Kommunen bygger en skatepark, oplyser kommunen.\n"
    )
    assert docinfo.classify(text) == "article"


def test_a_head_line_naming_the_council_its_protokol_and_a_date_is_minutes() -> None:
    text = (
        "NORDBY KOMMUNE\n\nDownload \"NORDBY KOMMUNE\"\n\n"
        "1 Byrådet den , s. 1 NORDBY KOMMUNE Byrådet Protokol Tirsdag den 3. marts 2015 kl. 17:00 afholdt Byrådet "
        "møde i Byrådssalen. Medlemmerne var til stede.\n\n"
        "2 INDHOLDSFORTEGNELSE Sag nr: 01 Budget 02 Skoleplan\n"
    )
    assert docinfo.classify(text) == "minutes"
    assert socdoc.extract(text).published == dt.date(2015, 3, 3)


def test_a_budget_protokollat_is_no_minutes() -> None:
    text = ("Budgetaftale 2016\n\nPartierne har den 3. oktober 2015 indgået et protokollat om skolerne, "
            "siger borgmester Eva Holm til Ritzau.\n")
    assert docinfo.classify(text) != "minutes"


# --- own date ------------------------------------------------------------------------------------------

def test_a_site_name_with_a_page_label_and_a_date_is_the_dateline() -> None:
    text = "Boligportalen Artikel 04.05.2017\n\nNye penge til lektiecaféer\n\nFonden har uddelt 3 mio. kr.\n"
    assert docinfo.find_title(text) == "Nye penge til lektiecaféer"
    cands = find_candidates(text)
    assert docinfo.find_published(text, cands, "article") == dt.date(2017, 5, 4)


def test_a_written_date_on_the_last_line_dates_the_page() -> None:
    text = ("To nye rapporter om boligsociale indsatser\n\nRapporterne viser, at indsatserne virker.\n\n"
            "Læs rapporten her.\n\n  • 7. oktober 2019\n")
    cands = find_candidates(text)
    assert docinfo.find_published(text, cands, "article") == dt.date(2019, 10, 7)


# --- roles ---------------------------------------------------------------------------------------------

def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in socdoc.extract(text).people}


def test_an_abbreviated_case_worker_label_without_its_dot_before_a_field_label() -> None:
    text = ("3 Nordby Kommune Socialudvalget Sagsnr.: 15/ Område: Sundhed - Sagsbeh: Karen Mortensen "
            "Kompetenceudvalg Socialudvalget. Sagsfremstilling Sagen handler om budgettet.\n")
    assert _people(text).get("Karen Mortensen") == "sagsbehandler"


def test_a_plural_role_set_off_by_a_comma_gives_the_role_to_each_name() -> None:
    for text in ("Det fortalte socialrådgiverne fra distriktet, Hanne Berg og Lise Kjær.",
                 "Det fortalte socialrådgiverne med lang erfaring, Hanne Berg og Lise Kjær."):
        people = _people(text)
        assert people.get("Hanne Berg") == "socialrådgiver"
        assert people.get("Lise Kjær") == "socialrådgiver"


def test_a_plural_role_before_a_comma_and_names_going_on_gives_no_role() -> None:
    text = "Det fortalte socialrådgiverne, Hanne Berg og Lise Kjær fra Nordby Kommune, i går."
    people = _people(text)
    assert people.get("Hanne Berg") is None


def test_organisations_listed_after_a_plural_role_are_no_people() -> None:
    text = ("Til mødet kom repræsentanter fra flere foreninger, herunder Dansk Flygtningehjælp, "
            "Ungdommens Røde Kors, Mødrehjælpen og Red Barnet.")
    assert "Ungdommens Røde Kors" not in _people(text)


def test_an_election_under_an_item_headed_by_one_office_gives_that_office() -> None:
    text = ("Punkt 3 Viceborgmester\n\nSagsresumé\n\nByrådet vælger blandt sine medlemmer en viceborgmester.\n\n"
            "Beslutning i Byrådet den 05-12-2021\n\nByrådet valgte Karin Østergaard.\n")
    assert _people(text).get("Karin Østergaard") == "viceborgmester"
    text = "2. Valg af formand\n\nIndstilling\n\nUdvalget vælger sin formand.\n\nBeslutning\n\nUdvalget valgte Peter Lund (A).\n"
    assert _people(text).get("Peter Lund") == "formand"


def test_an_election_under_an_item_of_two_offices_or_another_title_gives_no_role() -> None:
    text = ("2. Valg af formand og næstformand\n\nBeslutning\n\nUdvalget valgte Peter Lund (A).\n\n"
            "3. Budget 2022\n\nBeslutning\n\nUdvalget valgte Karin Holm.\n")
    people = _people(text)
    assert people.get("Peter Lund") is None
    assert people.get("Karin Holm") is None
