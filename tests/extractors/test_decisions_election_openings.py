"""Election items of small boards' prose minutes whose result does not open a sentence of its own:
a first paragraph of one line naming who holds which post ("Dirigent Eva Holm, Referent Ib Dam")
over an account of the meeting, and a one-line record whose clause names the elected after a lead
("Som punkt 1. blev Eva Holm valgt til dirigent, …"). Neither reads a line that names no post, nor
an item that is not an election."""

from __future__ import annotations

from minutes_run import run

MEETING = ("Referat af afdelingsmøde i Afdeling 12, Lindegården, tirsdag den 3. oktober 2023 kl. 19.00.\n\n"
           "Til stede: 24 beboere og afdelingsbestyrelsen.\n\n")


def _decision(raw: str, item: int):  # type: ignore[no-untyped-def]
    return next((d for d in run(raw).decisions if d.item == item), None)


def test_a_post_line_over_the_account_is_the_election_record() -> None:
    raw = MEETING + (
        "1. Valg af dirigent og referent\n"
        "Dirigent Svend Aagaard Holm, Referent Tove Brink\n"
        " \n"
        "Flere beboere spurgte til, hvorfor indkaldelsen var kommet så sent, og det blev forklaret, at "
        "administrationen havde haft travlt med flytningen af kontoret til den nye adresse i byen.\n\n"
        "2. Eventuelt\n\n"
        "Der blev spurgt til cykelskuret.\n")
    found = _decision(raw, 1)
    assert found is not None and found.outcome == "other"
    assert found.text == "Dirigent Svend Aagaard Holm, Referent Tove Brink"


def test_a_line_without_a_post_over_the_account_gives_nothing() -> None:
    raw = MEETING + (
        "1. Valg af dirigent og referent\n"
        "Forsamlingen Ventede Længe\n"
        " \n"
        "Flere beboere spurgte til, hvorfor indkaldelsen var kommet så sent, og det blev forklaret, at "
        "administrationen havde haft travlt med flytningen af kontoret til den nye adresse i byen.\n\n"
        "2. Eventuelt\n\n"
        "Der blev spurgt til cykelskuret.\n")
    assert _decision(raw, 1) is None


def test_a_post_line_under_an_item_that_is_no_election_gives_nothing() -> None:
    raw = MEETING + (
        "1. Nyt fra bestyrelsen\n"
        "Formand Svend Aagaard Holm, Kasserer Tove Brink\n"
        " \n"
        "Bestyrelsen fortalte om arbejdet med de nye altaner og om vinduerne i blok C, som skal skiftes "
        "i løbet af foråret, når der er kommet tilbud fra de tre firmaer, der har været ude at se.\n\n"
        "2. Eventuelt\n\n"
        "Der blev spurgt til cykelskuret.\n")
    assert _decision(raw, 1) is None


def test_the_elected_named_in_a_clause_after_a_lead() -> None:
    raw = MEETING + (
        "1. Valg af dirigent og stemmetællere\n\n"
        "Som første punkt blev Gunnar Lykke valgt til dirigent, og to stemmetællere blev fundet.\n\n"
        "2. Eventuelt\n\n"
        "Der blev spurgt til cykelskuret.\n")
    found = _decision(raw, 1)
    assert found is not None and found.outcome == "other"
    assert found.text.startswith("blev Gunnar Lykke valgt til dirigent")


def test_a_clause_naming_an_election_under_another_item_gives_nothing() -> None:
    raw = MEETING + (
        "1. Nyt fra formanden\n\n"
        "Formanden fortalte, at der sidste år blev Gunnar Lykke valgt til dirigent i grundejerforeningen.\n\n"
        "2. Eventuelt\n\n"
        "Der blev spurgt til cykelskuret.\n")
    found = _decision(raw, 1)
    assert found is None or "valgt til dirigent" not in found.text


SENIOR_BOARD = ("Referat af møde i Seniorrådet torsdag den 9. marts 2023 kl. 10.00 på Birkelund.\n\n"
                "Deltagere: Bente Holm, Ove Krag og Lis Mose.\n\n")


def test_nothing_to_report_is_the_items_record() -> None:
    raw = SENIOR_BOARD + (
        "4. Høringssvar\n"
        "Intet at rapportere\n\n"
        "5. Nyt fra kassereren\n"
        "Intet nyt at berette.\n\n"
        "6. Eventuelt\n"
        "Ove spurgte til bussen til sommerudflugten, og Lis undersøger prisen.\n")
    found = {(d.item, d.outcome): d.text for d in run(raw).decisions}
    assert found.get((4, "other")) == "Intet at rapportere"
    assert (5, "other") not in found  # "nothing new" under a report item: nothing reported, nothing decided


def test_nothing_to_report_inside_a_longer_text_is_no_record() -> None:
    raw = SENIOR_BOARD + (
        "4. Høringssvar\n"
        "Kommunen har sendt tre sager i høring, men rådet har intet at rapportere om den første, "
        "mens de to andre gennemgås af Ove til næste møde sammen med kommunens notat.\n\n"
        "5. Eventuelt\n"
        "Ingen.\n")
    found = {(d.item, d.outcome): d.text for d in run(raw).decisions}
    assert "intet at rapportere" not in found.get((4, "other"), "").lower()
