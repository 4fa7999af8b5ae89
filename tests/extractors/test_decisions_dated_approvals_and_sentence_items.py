"""Small boards' minutes: an item whose lines approve dated papers ("Referat af mødet den 5. oktober
2010 - godkendt."), where the outcome after the date is the meeting's own, and numbered items written
as sentences that record the outcome themselves ("1. Formanden bød velkommen, og dagsordenen blev
godkendt.") with the next item's long paragraph not read as a heading.

All texts are written for these tests."""

from __future__ import annotations

from tests.extractors.minutes_run import run


def outcomes(raw: str) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


DATED_APPROVALS = """Referat af skolebestyrelsesmøde
Nordby Skole, mødelokale 2
tirsdag den 9. marts 2021 kl. 18.00 - 20.30

Deltagere:
Forældrevalgte: Eva Holm, Bo Dam, Kim Lund.

 1. Godkendelser:
  Referat af skolebestyrelsesmødet den 2. februar 2021 - godkendt.
  Dagsorden til mødet den 9. marts 2021 - godkendt.

 2. Meddelelser:
  a) Formanden, Eva Holm:
  • Skolens nye legeplads åbner efter påske.

 3. Skolens budget
  Budgettet blev gennemgået og drøftet.
"""


def test_approving_dated_papers_is_the_meetings_own_outcome() -> None:
    assert (1, "approved") in outcomes(DATED_APPROVALS)


def test_an_earlier_decision_told_with_its_date_stays_no_outcome() -> None:
    raw = DATED_APPROVALS.replace(
        "  Referat af skolebestyrelsesmødet den 2. februar 2021 - godkendt.\n"
        "  Dagsorden til mødet den 9. marts 2021 - godkendt.\n",
        "  Planen blev godkendt af byrådet den 2. februar 2021.\n")
    assert 1 not in [item for item, _ in outcomes(raw)]


SENTENCE_ITEMS = """Referat af årsmøde i Nordby Landsbyråd den 12. april 2022

Til stede: Eva Holm, Bo Dam og Kim Lund

  1. Formanden bød velkommen, og dagsordenen blev godkendt.
  2. Eva orienterede fra landsbyforum om arbejdet med en fælles kalender for byens foreninger, og forsamlingen drøftede længe, hvordan kalenderen kan holdes opdateret, hvem der skal have adgang til at rette i den, og om den skal trykkes i byens blad, som udkommer fire gange om året og bringes ud af frivillige. Det mest synlige resultat af arbejdet er indtil videre en ny opslagstavle ved købmanden. Forslaget blev ikke vedtaget.
  3. Bo Dam blev bevilget 2500 kr. til nye bænke ved gadekæret.

Kim Lund
"""


def test_a_numbered_sentence_records_its_own_outcome_over_a_long_paragraph() -> None:
    assert (1, "approved") in outcomes(SENTENCE_ITEMS)


def test_a_numbered_sentence_without_an_outcome_records_none() -> None:
    raw = SENTENCE_ITEMS.replace("Formanden bød velkommen, og dagsordenen blev godkendt.",
                                 "Formanden bød velkommen til de fremmødte.")
    assert 1 not in [item for item, _ in outcomes(raw)]
