"""Decisions of small boards' minutes: the perfect tense of the members deciding ("Vi har besluttet
…"), the members waiting (no decision), an approval item that also signs, and notes without item
headings that approve the last minutes, named by their date."""

from __future__ import annotations

from minutes_run import run


def outcomes(raw: str) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


COUNCIL = ("Referat af menighedsrådsmøde i Søndersø sogn den 4. september 2023.\n\n"
           "Deltagere: Karen Holm, Bent Vestergaard, Lise Dahl, Ove Krog.\nAfbud: Mette Bundgaard.\n\n")


def test_we_have_decided_records_the_item_and_waiting_does_not() -> None:
    raw = COUNCIL + (
        " 1. Kirkegårdens hegn\n"
        "  Vi har besluttet at male hegnet mod vejen inden vinteren\n"
        "   \n"
        " 2. Tårnets vinduer\n"
        "  Vi venter på tilbud fra glarmesteren\n"
        "   \n")
    found = outcomes(raw)
    assert (1, "other") in found
    assert all(item != 2 for item, _ in found)


def test_an_approval_item_that_also_signs_is_approved() -> None:
    raw = COUNCIL + (
        "1. Godkendelse af dagsorden.\n"
        "Dagsorden godkendt.\n\n"
        "2. Godkendelse og underskrivelse af protokol fra sidste møde.\n"
        "Protokollen er godkendt og underskrevet.\n\n"
        "3. Kirkegårdens hegn.\n"
        "Vi maler hegnet mod vejen inden vinteren.\n")
    assert (2, "approved") in outcomes(raw)


def test_itemless_notes_approving_dated_minutes_give_one_decision() -> None:
    raw = ("Referat af bestyrelsesmøde i Hjortebro Idrætsforening den 9. oktober 2019\n\n"
           "Til stede: Anne, Jonas, Preben og Mads.\n\n"
           " • Referatet af mødet den 14. august 2019 er godkendt og blev underskrevet.\n"
           " • Håndbold, vi mangler stadig en træner til de yngste.\n"
           " • Klubhuset, taget skal efterses inden vinteren. Jonas taler med tømreren.\n")
    found = run(raw).decisions
    assert [(d.item, d.outcome) for d in found] == [(None, "approved")]
    assert found[0].text.startswith("Referatet af mødet den 14. august 2019")


def test_itemless_notes_without_the_minutes_approved_give_no_decision() -> None:
    raw = ("Referat af bestyrelsesmøde i Hjortebro Idrætsforening den 9. oktober 2019\n\n"
           "Til stede: Anne, Jonas, Preben og Mads.\n\n"
           " • Håndbold, vi mangler stadig en træner til de yngste.\n"
           " • Klubhuset, taget skal efterses inden vinteren.\n")
    assert run(raw).decisions == []
