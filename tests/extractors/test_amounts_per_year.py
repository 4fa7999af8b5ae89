"""Yearly amounts: the phrases that attach "per year" to an amount, and the ones that do not."""

from __future__ import annotations

import pytest

from socdoc.extractors.amounts import find_amounts

CASES = [
    # a unit between the amount and the yearly phrase
    ("Lejen i de nye boliger bliver højst 925 kr./m2 pr. år.", [(925, True)]),
    ("Et eget botilbud koster omkring 0,9 mio. kr. pr. plads om året.", [(900_000, True)]),
    ("Tilskuddet er 2.500 kr. per deltager årligt.", [(2_500, True)]),
    # what the money is, after "i", between the amount and the yearly phrase
    ("Kommunen sparer 2,4 mio. kr. i kontanthjælp om året.", [(2_400_000, True)]),
    ("Foreningen får 300.000 kr. i tilskud årligt.", [(300_000, True)]),
    ("Der gives 2 mio. kr. i 2019 og 3 mio. kr. i alt.", [(2_000_000, False), (3_000_000, False)]),
    # a word of tax between the amount and the yearly phrase
    ("Borgerne kan tjene op til 20.000 kr. skattefrit årligt ved siden af ydelsen.", [(20_000, True)]),
    # "i årlig drift", "i årlige driftsudgifter"
    ("Værestedet vil koste 1,4 mio. kr. i årlig drift.", [(1_400_000, True)]),
    ("Løsningen giver 300.000 kr. i årlige driftsudgifter.", [(300_000, True)]),
    # the adjective right before the amount, and a noun linked by "til"/"udgør"
    ("Kommunerne kan dele de årlige 0,4 mia. kr. efter indbyggertal.", [(400_000_000, True)]),
    ("Den årlige nettoudgift stiger til ca. 2,3 mio. kr.", [(2_300_000, True)]),
    ("Det årlige tilskud udgør 750.000 kr.", [(750_000, True)]),
    # the adverb with a few words between
    ("Staten afsætter årligt i perioden 2021-2024 i alt 12 mio. kr. til puljen.", [(12_000_000, True)]),
    ("Der afsættes årligt 6 mio. kr. til frivillige foreninger.", [(6_000_000, True)]),
    ("Hvert år afsættes 2 mio. kr. til lektiehjælp.", [(2_000_000, False)]),  # "hvert år" is not yearly (SCHEMA)
    ("Om året får foreningen 75.000 kr. fra kommunen.", [(75_000, True)]),
    ("Kommunen har årlige indkøb for 3,5 mio. kr.", [(3_500_000, True)]),
    # a label or table cell that says "per year"
    ("Driftsudgift pr. år: 1,8 mio. kr.", [(1_800_000, True)]),
    ("| Nettoudgift pr. år | 650.000 kr. |", [(650_000, True)]),
    # a relative clause that spends or receives the amount every year
    ("Regionen flytter de 300 mio. kr., der om året går til natophold, over til egne boliger.", [(300_000_000, True)]),
    ("Regionen flytter de 300 mio. kr., der hvert år går til natophold, over til egne boliger.", [(300_000_000, False)]),
    ("Det gælder de 2 mio. kr., der årligt går til fritidsjob.", [(2_000_000, True)]),
    # not yearly
    ("De 2 mio. kr., som foreningen fik i 2019, blev brugt hvert år til sommerlejr.", [(2_000_000, False)]),
    ("Familierne får 1.200 kr. om måneden i ekstra støtte.", [(1_200, False)]),
    ("Puljen giver 4 mio. kr. i hvert af årene 2022 og 2023.", [(4_000_000, False)]),
    ("Der gives 3 mio. kr. årligt og 2 mio. kr. i 2026.", [(3_000_000, True), (2_000_000, False)]),
    ("Renoveringen koster 40 mio. kr. Årligt kommer 300 besøgende.", [(40_000_000, False)]),
    ("Rammen er 8 mio. kr. årligt, mens 5 mio. kr. går til anlæg.", [(8_000_000, True), (5_000_000, False)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:45] for c in CASES])
def test_per_year(text: str, expected: list) -> None:
    assert [(a.value, a.per_year) for a in find_amounts(text)] == expected
