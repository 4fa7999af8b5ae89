"""Money amounts on realistic Danish sentences, hard cases included."""

from __future__ import annotations

import pytest

from socdoc.extractors.amounts import find_amounts

CASES = [
    # (text, expected [(value | (low, high), per_year)])
    ("Aftalen består af et særtilskud på 8,1 mio. kr. årligt i perioden 2013-2015.", [(8_100_000, True)]),
    ("boligorganisationerne yder et samlet tilskud på 3,99 mio kr og Køge Kommune 3,1 mio. kr., sidstnævnte",
     [(3_990_000, False), (3_100_000, False)]),
    ("91,3 millioner til kommunal indsats for udsatte familier", [(91_300_000, False)]),
    ("Regeringen har afsat en pulje på 91,3 millioner kroner til at sikre", [(91_300_000, False)]),
    ("24 mio. til boligsociale indsatser", [(24_000_000, False)]),
    ("Budgettet er på 1.250.000 kr.", [(1_250_000, False)]),
    ("Der bevilges kr. 500.000 til projektet.", [(500_000, False)]),
    ("Tilskud: 500.000,- til foreningen", [(500_000, False)]),
    ("Fonden yder DKK 2,5 mio. til helhedsplanen.", [(2_500_000, False)]),
    ("Merudgiften er tkr. 500 i 2021.", [(500_000, False)]),
    ("Udgiften udgør 350 t.kr. i 2021.", [(350_000, False)]),
    ("Renoveringen koster 1,2 mia. kr.", [(1_200_000_000, False)]),
    ("Rammen er 4,5 mill. kr.", [(4_500_000, False)]),
    ("Staten giver to millioner kroner til indsatsen.", [(2_000_000, False)]),
    ("en halv milliard kroner til boligområderne", [(500_000_000, False)]),
    ("halvanden million kroner til lektiecaféer", [(1_500_000, False)]),
    ("Projektet forventes at koste 13-15 mio. kr.", [((13_000_000, 15_000_000), False)]),
    ("Prisen ligger mellem 2 og 3 mio. kr.", [((2_000_000, 3_000_000), False)]),
    ("tilskud på mellem 250.000 og 1,5 mio. kr.", [((250_000, 1_500_000), False)]),
    ("Resultatet er et underskud på -12,3 mio. kr.", [(-12_300_000, False)]),
    ("Billetten koster 500 kr. Det er dyrt.", [(500, False)]),
    ("Billetten koster 1.250 kr.", [(1_250, False)]),
    ("Tilskuddet er 1,250 mio. kr.", [(1_250_000, False)]),
    ("et beløb på 12.500,50 kr.", [(12_500.5, False)]),
    ("en årlig ramme på 5 mio. kr. til området", [(5_000_000, True)]),
    ("2 mio. kr. om året i fire år", [(2_000_000, True)]),
    ("ca. 400.000 kr. pr. år", [(400_000, True)]),
    ("i hvert af årene 2 mio. kr.", [(2_000_000, False)]),
    ("mio. kr. 4,2 i budgettabellen", [(4_200_000, False)]),
    ("Der er i 2020 kr. 495.000 til frivilligt socialt arbejde.", [(495_000, False)]),
]

NOT_AMOUNTS = [
    "5 millioner danskere bor i byer",
    "Kontakt: tlf. 26 37 02 78",
    "42 procent af udsatte københavnere",
    "i perioden 2013-2015",
    "over 18 år",
    "Punkt 212. Indsatser mod kriminalitet",
]


def _key(amount):  # noqa: ANN001, ANN202
    value = (amount.low, amount.high) if amount.low is not None else amount.value
    return value, amount.per_year


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_amounts(text: str, expected: list) -> None:
    assert [_key(a) for a in find_amounts(text)] == expected


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


def test_offsets_quote_the_text() -> None:
    text = "Landsbyggefonden vil bidrage med 15,8 mio. kr. til den nye helhedsplan."
    (amount,) = find_amounts(text)
    assert text[amount.start : amount.end] == amount.text == "15,8 mio. kr."


def test_kr_at_sentence_end_keeps_its_full_stop() -> None:
    (amount,) = find_amounts("Køge Kommune bidrager med 3,1 mio. kr.")
    assert amount.text == "3,1 mio. kr."


def test_list_with_og_gives_separate_amounts() -> None:
    values = [a.value for a in find_amounts("henholdsvis 2 mio. kr. og 3 mio. kr.")]
    assert values == [2_000_000, 3_000_000]


def test_definite_article_before_a_singular_scale_word_is_one() -> None:
    text = "Regeringen vil bruge den milliard kroner, som går til herberger, på boliger."
    assert [(a.text, a.value) for a in find_amounts(text)] == [("den milliard kroner", 1_000_000_000)]


def test_definite_article_needs_the_scale_word() -> None:
    assert find_amounts("Den store pulje på den anden side er ikke fordelt.") == []
    assert [a.value for a in find_amounts("Den 5. maj fik skolen 40.000 kr.")] == [40_000]


def test_mil_kr_is_millions() -> None:
    assert [a.value for a in find_amounts("  2. 3,4 mil. kr. frigives til et nyt værested.")] == [3_400_000]


def test_the_year_of_a_date_does_not_start_a_range() -> None:
    text = "Taksten fastsættes pr. 1. januar 2025 til 1.500 kr., inkl. moms."
    assert [(a.text, a.value) for a in find_amounts(text)] == [("1.500 kr.", 1_500)]
    text = "Ydelsen hæves fra 15. marts 2019 til 2.800 kr. om måneden."
    assert [(a.text, a.value) for a in find_amounts(text)] == [("2.800 kr.", 2_800)]


@pytest.mark.parametrize(
    "text",
    [
        "Over tre millioner pensionister og lønmodtagere får en check i år.",
        "Omkring 1,5 mio. studerende er berørt.",
        "Beløb i 1.000 kr.\n\nDrift og anlæg",
        "Regnskab 2023 (i 1.000 kr.)",
        "Alle tal i 1.000 kr.",
        "Verden har over 100 millioner gadebørn.",
        "Fonden giver 40 mio. dollar til vacciner.",
        "Projektet koster 3 mio. euro.",
        "Omkring 60 millioner af klodens børn får ingen skolegang.",
    ],
)
def test_counts_of_people_and_table_units_are_no_amounts(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Fonden giver 2 millioner til projektet.", 2_000_000),
        ("Der gives 5 millioner mere end sidste år.", 5_000_000),
        ("Gebyret er på 1.000 kr. i år.", 1000),
    ],
)
def test_scale_amounts_before_ordinary_words_stay(text: str, value: int) -> None:
    assert [a.value for a in find_amounts(text)] == [value]


def test_a_change_from_one_amount_to_another_is_the_new_amount_not_a_range() -> None:
    text = "Fondet udvider sin pulje til lokale klubber fra 40 til 55 mio. kr. i de kommende år."
    [amount] = find_amounts(text)
    assert (amount.text, amount.value, amount.low, amount.high) == ("55 mio. kr.", 55_000_000, None, None)


def test_from_to_without_a_verb_of_change_stays_a_range() -> None:
    text = "Foreningerne kan søge tilskud fra 20.000 til 75.000 kr. til aktiviteter for unge."
    [amount] = find_amounts(text)
    assert (amount.low, amount.high) == (20_000, 75_000)


def test_millions_of_a_pool_are_still_money() -> None:
    assert [a.value for a in find_amounts("Heraf går 12 millioner af puljens midler til Gellerup.")] == [12_000_000]


@pytest.mark.parametrize(
    ("text", "value"),
    [("Aftalen fordeler ½ mia. kr. til socialområdet.", 500_000_000), ("Der afsættes 2½ mio. kr. årligt.", 2_500_000),
     ("Rammen er ¾ million kroner.", 750_000)],
)
def test_vulgar_fractions(text: str, value: int) -> None:
    (amount,) = find_amounts(text)
    assert amount.value == value


def test_two_amounts_joined_by_a_dash_are_a_range() -> None:
    (amount,) = find_amounts("Lejen ligger på 512 kr. – 688 kr. pr. m2 om året.")
    assert (amount.low, amount.high, amount.text, amount.per_year) == (512, 688, "512 kr. – 688 kr.", True)


def test_a_subtraction_of_amounts_is_no_range() -> None:
    assert [a.value for a in find_amounts("Budget: 5 mio. kr. - 2 mio. kr. = 3 mio. kr.")] == [5_000_000, 2_000_000, 3_000_000]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # two amounts, each with its year: the first year is not the low end of a range
        ("Udgiften til hjemmeplejen voksede fra 310,5 mio. kr. i 2015 til 402,8 mio. kr. i 2019.",
         [310_500_000, 402_800_000]),
        ("Tilskuddet var 1,2 mio. kr. år 2018 til 1,6 mio. kr. år 2022.", [1_200_000, 1_600_000]),
        # a table heading whose figures are missing: the year before "kr." is no amount
        ("Besparelse kr. mill. i 2024 kr. mill. i 2025", []),
    ],
)
def test_a_year_after_a_preposition_of_time_is_no_amount(text: str, values: list[int]) -> None:
    found = find_amounts(text)
    assert [a.value for a in found] == values
    assert all(a.low is None for a in found)


def test_a_range_that_starts_at_a_plain_figure_stays_a_range() -> None:
    (amount,) = find_amounts("Projekterne koster mellem 2000 og 5000 kr. pr. deltager.")
    assert (amount.low, amount.high) == (2000, 5000)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Tilsagnene ligger fra 2,5 mio. kr. til 14,8 mio. kr. pr. boligområde.", 2_500_000, 14_800_000),
        ("Merudgiften skønnes at blive mellem 3,1 mio. kr. og 4,6 mio. kr. i 2026.", 3_100_000, 4_600_000),
    ],
)
def test_two_whole_amounts_as_the_ends_of_a_range(text: str, low: int, high: int) -> None:
    (amount,) = find_amounts(text)
    assert (amount.low, amount.high) == (low, high)


def test_an_old_and_a_new_amount_after_a_verb_of_change_are_no_range() -> None:
    found = find_amounts("Taksten hæves fra 1.200 kr. til 1.350 kr. pr. måned.")
    assert [(a.value, a.low) for a in found] == [(1200, None), (1350, None)]
