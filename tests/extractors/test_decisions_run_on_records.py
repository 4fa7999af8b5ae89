"""Decisions of small boards' plain minutes, where the record runs on in the item's own paragraph:
items numbered ``N:`` with a ``Beslutning.`` label, a numbered paragraph whose title sentence is
followed by the whole account, an election's result after the title (``Valg af referent. Ib valgt som
referent.``), a numbered line that is itself the record under an agenda list, and unnumbered
paragraphs ``Title: outcome`` in a text without any item headings.

All texts are written for these tests."""

from __future__ import annotations

import datetime as dt

from socdoc.extractors import dates
from socdoc.extractors.minutes import MinutesResult, extract_minutes
from socdoc.extractors.minutes_layout import parse_layout
from socdoc.normalize import normalize


def run(raw: str, published: dt.date | None = None) -> MinutesResult:
    text = normalize(raw)
    result = extract_minutes(text, raw, dates.find_candidates(text), published)
    for d in result.decisions:
        assert d.start is not None and raw[d.start:d.end] == d.text
    return result


def outcomes(raw: str) -> list[tuple[int | None, str]]:
    return [(d.item, d.outcome) for d in run(raw).decisions]


# --- items numbered "N:" and a decision label closed by a full stop --------------------------------

COLON_NUMBERS = """Boligselskabet Lærkely

Bestyrelsesmøde onsdag den 6. marts 2019 - kl. 17.00.

1: Godkendelse af referat fra den 9. januar 2019
Referatet blev godkendt uden bemærkninger.

2: Regnskab 2018
Kassereren gennemgik regnskabet post for post.

Beslutning:          Regnskabet blev enstemmigt vedtaget.

3: Udflugt for beboerne
Der har været ønske om en udflugt til Møns Klint i august.

Beslutning.          Udflugten gennemføres i uge 33. Formanden indhenter tilbud på bus.
"""


def test_items_numbered_with_a_colon_are_items() -> None:
    layout = parse_layout(normalize(COLON_NUMBERS))
    assert [item.head.number for item in layout.items if item.head] == [1, 2, 3]


def test_decision_label_with_a_full_stop_opens_the_decision() -> None:
    found = run(COLON_NUMBERS).decisions
    assert [(d.item, d.outcome) for d in found] == [(1, "approved"), (2, "approved"), (3, "other")]
    assert found[2].text.startswith("Udflugten gennemføres")


def test_time_with_a_colon_is_no_item() -> None:
    layout = parse_layout(normalize("Mødet\n\n19:30 Kaffe i salen\n\n20:15 Afslutning\n"))
    assert layout.items == []


# --- a numbered paragraph: title sentence, then the account ----------------------------------------

RUN_ON_PARAGRAPHS = """Mandag den 3. oktober 2022 kl. 10.00 – 12.00 i Fælleshuset

Afbud fra Grethe og Poul.

1.Valg af ordstyrer. Kirsten valgt som ordstyrer.

2.Valg af referent.  Anders valgt som referent.

3.Godkendelse af referat fra mødet den 5.september 2022. Referat godkendt.

4.Meddelelser fra formanden og kassereren. Formanden fortalte om mødet med kommunens ældrekonsulent, hvor man havde talt om de nye træningstilbud i idrætshallen og om kørselsordningen til aktivitetscentret. Kassereren oplyste, at foreningens økonomi er sund, og at kontingentet kan fastholdes næste år. Der kommer en ny oversigt over medlemmerne inden jul, så vi kan sende indkaldelse til generalforsamlingen ud i god tid,

5.Julefrokost. Planlægningen overtages af Kirsten og Anders.

6.Eventuelt. Intet.
"""


def test_a_long_numbered_paragraph_opened_by_a_title_sentence_is_an_item() -> None:
    layout = parse_layout(normalize(RUN_ON_PARAGRAPHS))
    assert [item.head.number for item in layout.items if item.head] == [1, 2, 3, 4, 5, 6]


def test_run_on_records_of_elections_and_approvals() -> None:
    found = outcomes(RUN_ON_PARAGRAPHS)
    assert (1, "other") in found and (2, "other") in found and (3, "approved") in found
    assert not any(item == 4 for item, _ in found)  # the account tells, it decides nothing


def test_a_long_numbered_point_of_prose_stays_no_item() -> None:
    point = ("1. Kommunen har i de senere år oplevet et stigende antal henvendelser om vedligeholdelse af "
             "de grønne områder, og forvaltningen har derfor gennemgått alle aftaler med entreprenørerne, "
             "hvilket har vist, at der er behov for en ny model for tilsyn og for den løbende dialog med "
             "grundejerforeningerne om beskæring, græsslåning og renholdelse af stier og legepladser.")
    layout = parse_layout(normalize("Sagsfremstilling\n\n" + point + "\n"))
    assert all(item.head is None or item.head.number != 1 for item in layout.items)


def test_an_election_after_a_dash_in_the_heading() -> None:
    found = run("Bestyrelsesmøde tirsdag den 7. maj 2024\n\n1. Valg af referent – det blev Karen\n\n"
                "2. Godkendelse af dagsorden\nGodkendt.\n").decisions
    assert [(d.item, d.outcome, d.text) for d in found][0] == (1, "other", "det blev Karen")


def test_an_election_title_with_a_topic_after_it_is_no_result() -> None:
    found = outcomes("Møde den 7. maj 2024\n\n1. Valg af revisor. Drøftelse af fremgangsmåden.\n\n"
                     "2. Eventuelt\n")
    assert not any(item == 1 for item, _ in found)


# --- a numbered line that is itself the record, the titles in the agenda above -----------------------

RECORD_LINES = """Møde onsdag den 12. maj kl. 19.00 i klubhuset

Dagsorden

1 valg af dirigent

2 godkendelse af referat

3 nyt fra formanden

4 eventuelt

Referat af møde i Skovby Beboerforening d. 12/5 2021

1.Hans Jensen blev valgt til dirigent

2.Referatet blev godkendt

3.Nyt fra formanden
Foreningen har fået tilskud til nye bænke ved søen.

4.Eventuelt
"""


def test_a_numbered_line_that_states_the_record() -> None:
    found = outcomes(RECORD_LINES)
    assert (1, "other") in found and (2, "approved") in found
    assert not any(item == 3 for item, _ in found)


# --- unnumbered paragraphs "Title: outcome" without any item headings ----------------------------------

TITLED_PARAGRAPHS = """Grundejerforeningen Bakkely, bestyrelsesmøde, 14. april 2016.

Til stede: Bestyrelsen, dog ikke Lone Vest (afbud).

Valg af ordstyrer. Mads K Holm blev valgt.

Nyt fra formanden: Vejen er blevet asfalteret, og kommunen har lovet nye skilte.

Referat fra sidste møde, godkendt.

Godkendelse af budget for 2017: Godkendt.

Hjemmesiden: Mads undersøger priser på et nyt design.
"""


def test_titled_paragraphs_without_items() -> None:
    found = run(TITLED_PARAGRAPHS).decisions
    assert [(d.item, d.outcome, d.title) for d in found] == [
        (None, "other", "Valg af ordstyrer"),
        (None, "approved", "Referat fra sidste møde"),
        (None, "approved", "Godkendelse af budget for 2017"),
    ]


def test_one_titled_paragraph_alone_gives_no_decision() -> None:
    text = ("Nyhedsbrev fra foreningen, april 2016.\n\nSommerfesten: Godkendt af bestyrelsen i går.\n\n"
            "Vi glæder os til at se jer alle sammen i haven.\n")
    assert run(text).decisions == []


def test_the_agenda_approval_as_a_titled_paragraph_is_read_once() -> None:
    found = run("Bestyrelsesmøde i Lille Fjordby Vandværk, 3. maj 2018.\n\nGodkendelse af dagsorden: Godkendt.\n\n"
                "Referat fra sidste møde, godkendt.\n\nVandprøver: Alle prøver var fine.\n").decisions
    assert [(d.item, d.outcome, d.title) for d in found] == [
        (None, "approved", "Godkendelse af dagsorden"),
        (None, "approved", "Referat fra sidste møde"),
    ]


# --- items run together on a page line before the first item the line reader found -------------------

RUN_TOGETHER_PAGE = """Referat fra repræsentantskabsmøde i Boligforeningen Nordhøj

Transkript

1 DAGSORDEN: 1) Godkendelse af forretningsorden 2) Regnskab for 2011 3) Orientering fra bestyrelsen 4) Eventuelt Formanden bød velkommen og præsenterede bestyrelsen, administrationen og de nye medlemmer af repræsentantskabet. Ad pkt. 1 Godkendelse af forretningsorden. Forretningsordenen blev godkendt. Ad pkt. 2 Regnskab for 2011. Regnskabet blev godkendt uden bemærkninger. Ad pkt. 3 Orientering fra bestyrelsen

2 Ad pkt. 3 fortsat Formanden fortalte om året, der var gået i afdelingerne.
"""


def test_items_run_together_before_the_first_found_item() -> None:
    found = outcomes(RUN_TOGETHER_PAGE)
    assert (1, "approved") in found and (2, "approved") in found
    assert len([item for item, _ in found if item in (1, 2)]) == 2
