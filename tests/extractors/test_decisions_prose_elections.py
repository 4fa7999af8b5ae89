"""Election items of small boards' prose minutes: the result told with the post first ("Som
kasserer blev Ib Dam valgt."), several posts filled in turn (the first is the record), the proposed
candidates as the subject ("De to foreslåede kandidater blev valgt."); an election item whose text
only plans the election gives no decision."""

from __future__ import annotations

from minutes_run import run


def outcomes(raw: str) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


ASSEMBLY = ("Referat af generalforsamling i Bøgely Grundejerforening den 22. april 2024 kl. 19.00.\n\n"
            "Deltagere: 17 medlemmer og bestyrelsen.\n\n")


def test_the_post_first_records_the_election() -> None:
    raw = ASSEMBLY + (
        "1. Konstituering\n\n"
        "Som kasserer blev Ib Dam valgt.\n\n"
        "2. Eventuelt\n\n"
        "Der blev spurgt til vedligehold af stierne.\n")
    found = run(raw).decisions
    assert (1, "other") in [(d.item, d.outcome) for d in found]
    assert next(d for d in found if d.item == 1).text == "Som kasserer blev Ib Dam valgt."


def test_several_posts_filled_give_the_first_as_the_record() -> None:
    raw = ASSEMBLY + (
        "1. Valg af suppleanter og revisor\n\n"
        "Til suppleanter blev Gitte Rask og Lone Brink valgt.\n\n"
        "Som revisor blev Aage Holt genvalgt.\n\n"
        "2. Eventuelt\n\n"
        "Intet.\n")
    found = run(raw).decisions
    first = next(d for d in found if d.item == 1)
    assert first.outcome == "other"
    assert first.text.startswith("Til suppleanter blev Gitte Rask")


def test_the_proposed_candidates_elected() -> None:
    raw = ASSEMBLY + (
        "1. Valg af bestyrelsesmedlemmer\n\n"
        "De to foreslåede kandidater blev valgt, og Gitte Rask blev udpeget til formand.\n\n"
        "2. Eventuelt\n\n"
        "Intet.\n")
    assert (1, "other") in outcomes(raw)


def test_an_election_only_planned_gives_no_decision() -> None:
    raw = ASSEMBLY + (
        "1. Valg af revisor\n\n"
        "Som nævnt i indkaldelsen skal der vælges en ny revisor, men ingen har meldt sig endnu.\n\n"
        "Punktet tages op igen, når der er fundet en kandidat, og formanden spørger rundt.\n")
    found = [d for d in run(raw).decisions if d.item == 1]
    assert all("valgt" not in d.text for d in found)
