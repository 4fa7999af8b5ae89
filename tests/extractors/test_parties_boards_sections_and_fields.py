"""Parties: a committee whose lower-case field opens with an article and two adjectives ("Udvalget for
det nære og sammenhængende sundhedsvæsen"), a department's section named by its field ("Sektion for
Børnesundhed"), the organisations whose boards a council appoints, named in its agenda titles before a comma
("5 Nordby Mosteri, fondens bestyrelse"), Greenland's government by its Greenlandic name, two departments
named by their fields joined by "og" (also centres with "&" in their fields), an application's title run on
after an association's name, an organisation's national branch named by the country, and the sender of an
application or request named in a case's title. Texts written for these tests."""

from __future__ import annotations

from entities_run import parties as names


def test_lower_case_field_with_article_and_coordinated_adjectives_repeated() -> None:
    found = names("Udvalget for det nære og sammenhængende sundhedsvæsen - mødesager\n\n"
                  "Sagen behandles i udvalget for det nære og sammenhængende sundhedsvæsen mandag.\n")
    assert found == ["Udvalget for det nære og sammenhængende sundhedsvæsen"]


def test_two_coordinated_adjectives_make_a_name_said_once() -> None:
    found = names("Indsatserne følger Udvalget for det nære og sammenhængende sundhedsvæsens anbefalinger.\n")
    assert found == ["Udvalget for det nære og sammenhængende sundhedsvæsen"]


def test_ordinal_after_the_article_is_no_field() -> None:
    assert not any(n.startswith("Udvalget for det") for n in names("Udvalget for det første kvartal er nedsat.\n"))


def test_sections_of_a_department_named_by_their_field() -> None:
    found = names("Høringen omfatter:\n • Sektion for Myndighed og Familieindsatser\n • Sektion for Børnesundhed\n")
    assert {"Sektion for Myndighed og Familieindsatser", "Sektion for Børnesundhed"} <= set(found)


def test_organisations_whose_boards_the_council_appoints() -> None:
    text = ("Referat\nKommunalbestyrelsen\n\nDagsordenspunkter\n\n"
            "  åbent 4 Foreningen Egnsmødet, bestyrelsen\n"
            "  åbent 5 Vestø Mosteri, fondens bestyrelse\n"
            "  åbent 6 Vestø Veteranforum, repræsentantskabet\n"
            "  åbent 7 Handicaprådet\n")
    found = names(text)
    assert {"Foreningen Egnsmødet", "Vestø Mosteri", "Vestø Veteranforum"} <= set(found)
    assert not any("," in n or n.endswith(" bestyrelse") for n in found)


def test_greenlands_government_by_its_greenlandic_name() -> None:
    found = names("Pengene går til et initiativ, som Naalakkersuisut (Grønlands Landsstyre) har ønsket.\n")
    assert "Naalakkersuisut" in found


def test_two_departments_named_by_fields_joined_by_and() -> None:
    found = names("Sagen er behandlet af Magistratsafdelingen for Børn og Unge og Magistratsafdelingen for "
                  "Kultur og Borgerservice.\n")
    assert found == ["Magistratsafdelingen for Børn og Unge", "Magistratsafdelingen for Kultur og Borgerservice"]


def test_national_branch_keeps_the_country_in_its_name() -> None:
    assert "UU Danmark" in names("Vejledningen bygger på et notat fra UU Danmark, 30. oktober 2014.\n")
    assert "Blå Kors Danmark" in names("Blå Kors Danmark åbner et nyt værested i Randers.\n")
    assert names("Dansk Røde Kors hjælper flygtninge i hele Danmark.\n") == ["Dansk Røde Kors"]


def test_centres_with_ampersand_fields_listed_one_after_another() -> None:
    found = names("Det drejer sig om Center for Service & Ejendomme, Center for Job & Social og Center for "
                  "Teknik & Miljø. Resten følger.\n")
    assert found == ["Center for Service & Ejendomme", "Center for Job & Social", "Center for Teknik & Miljø"]


def test_application_title_run_on_after_an_association_is_cut() -> None:
    found = names("Lokaletilskud, Foreningen Egebæk Mølle Ansøgning om tilskud fra udviklingspuljen\n")
    assert "Foreningen Egebæk Mølle" in found and not any("Ansøgning" in n for n in found)


def test_sender_of_an_application_in_a_case_title() -> None:
    assert "Boliggården" in names("Ansøgning fra Boliggården om fleksible udlejningsregler\n")
    assert "Mødrerådgivningen M/K" in names("Henvendelse fra Mødrerådgivningen M/K om lokaler\n")


def test_person_or_two_senders_are_no_applicant_organisation() -> None:
    assert names("Ansøgning fra Erik Holm om dispensation fra lokalplanen\n") == []
    found = names("Ansøgning fra Handicaprådet og Udsatterådet om fælles møde\n")
    assert not any(" og " in n for n in found)
