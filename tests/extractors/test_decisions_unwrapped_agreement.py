"""A board's prose under an item where a line ends without a full stop and the next line opens a
new sentence ("… trods regnvejret" over "Der var enighed om at …"): when reading the lines as one
wrapped sentence finds no decision, each line is read alone, and the agreement is the decision.

All texts are written for these tests."""

from __future__ import annotations

import datetime as dt

from socdoc.extractors import dates
from socdoc.extractors.minutes import MinutesResult, extract_minutes
from socdoc.normalize import normalize


def run(raw: str, published: dt.date | None = None) -> MinutesResult:
    text = normalize(raw)
    return extract_minutes(text, raw, dates.find_candidates(text), published)


PAGE = """Referat af bestyrelsesmøde i Vestervang Grundejerforening mandag d. 4/5/2020 kl. 19.00

Tilstede: Hans, Grete og Mikkel.

1. Godkendelse af dagsorden

Godkendt

2. Vejene

{prose}
"""


def test_agreement_after_a_line_without_a_stop_is_the_decision() -> None:
    prose = ("Vejene har taget skade af vinterens frost og flere huller er blevet dybere siden sidst\n"
             "Der var enighed om at indhente tilbud på asfalt. Mikkel kontakter to firmaer.")
    got = [(d.item, d.outcome, d.text) for d in run(PAGE.format(prose=prose)).decisions]
    assert got == [(1, "approved", "Godkendt"), (2, "other", "Der var enighed om at indhente tilbud på asfalt.")]


def test_a_wrapped_sentence_is_still_read_whole() -> None:
    prose = ("Efter en lang snak om vejenes tilstand og de mange huller efter vinteren var der\n"
             "enighed om at vente med reparationen til efteråret.")
    texts = [d.text for d in run(PAGE.format(prose=prose)).decisions if d.item == 2]
    assert not any(t.startswith("enighed") for t in texts)  # the lower-case line continues the sentence above


def test_prose_without_any_decision_gives_none() -> None:
    prose = ("Vejene har taget skade af vinterens frost og flere huller er blevet dybere siden sidst\n"
             "Hans har set på dem sammen med en nabo.")
    assert [d.item for d in run(PAGE.format(prose=prose)).decisions] == [1]


def test_a_name_that_opens_a_wrapped_line_opens_no_decision() -> None:
    prose = ("Formanden har været til møde med Teknikudvalget, hvor cykelstierne mellem Vestby og\n"
             "Nørreby blev drøftet.\n\nKassereren oplyste, at der er penge tilbage på budgettet.")
    assert [d.item for d in run(PAGE.format(prose=prose)).decisions] == [1]
