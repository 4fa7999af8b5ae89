"""Agenda items and one decision per item across the layouts that real minutes are published in:
glued and bare item numbers, tables of contents, numbered lists inside items, unnumbered items,
page breaks, decisions flattened into running text, decision headings and outcome wordings.

All texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from socdoc.extractors import dates
from socdoc.extractors.decisions import classify
from socdoc.extractors.minutes import MinutesResult, extract_minutes
from socdoc.extractors.minutes_layout import parse_decision_heading
from socdoc.normalize import normalize



def run(raw: str, published: dt.date | None = None) -> MinutesResult:
    text = normalize(raw)
    return extract_minutes(text, raw, dates.find_candidates(text), published)


def outcomes(raw: str) -> list[tuple]:
    result = run(raw)
    for d in result.decisions:
        assert d.start is not None and raw[d.start:d.end] == d.text
    return [(d.item, d.outcome) for d in result.decisions]


# --- item headings -------------------------------------------------------------------------------

GLUED = """Referat
Socialudvalget
Dato: 3. marts 2021

6Godkendelse af dagsorden
Beslutning
Godkendt.

7Orientering om budgetopfølgning
Sagsfremstilling
Forvaltningen orienterer om forbruget i første kvartal.
Beslutning
Orienteringen taget til efterretning.
"""


def test_numbers_glued_to_titles() -> None:
    result = run(GLUED)
    assert [(d.item, d.title, d.outcome) for d in result.decisions] == [
        (6, "Godkendelse af dagsorden", "approved"),
        (7, "Orientering om budgetopfølgning", "noted"),
    ]


BARE_NUMBERS = """Referat af mødet i Ældrerådet den 4. maj 2022

81.
Godkendelse af dagsorden

Beslutning:
Godkendt.

82.
Høring om kvalitetsstandarder for hjemmepleje

Beslutning:
Rådet drøftede høringen og sender et høringssvar.
"""


def test_number_alone_above_its_title() -> None:
    result = run(BARE_NUMBERS)
    assert [(d.item, d.title, d.outcome, d.text) for d in result.decisions] == [
        (81, "Godkendelse af dagsorden", "approved", "Godkendt."),
        (82, "Høring om kvalitetsstandarder for hjemmepleje", "discussed",
         "Rådet drøftede høringen og sender et høringssvar."),
    ]


PREFIXED = """Byrådet - referat

Nr.212 - Godkendelse af dagsordenen

Beslutning i Byrådet den 14-03-2022

Dagsordenen blev godkendt.

Sag nr.: 213 Salg af grund til almene boliger

Beslutning i Byrådet den 14-03-2022

Godkendt.
"""


@pytest.mark.parametrize("line,number,title", [
    ("Ad pkt. 3 Budgetopfølgning", 3, "Budgetopfølgning"),
    ("Punkt nr. 4 Takster 2024", 4, "Takster 2024"),
    ("Dagsordenspunkt 7: Høring", 7, "Høring"),
])
def test_prefixed_item_numbers(line: str, number: int, title: str) -> None:
    from socdoc.extractors.minutes_layout import _item_candidate, split_lines

    head = _item_candidate(split_lines(line), 0)
    assert head is not None and (head.number, head.title) == (number, title)


def test_nr_and_sag_nr_with_colon() -> None:
    assert [(d.item, d.title) for d in run(PREFIXED).decisions] == [
        (212, "Godkendelse af dagsordenen"), (213, "Salg af grund til almene boliger")]


TABLE_ROWS = """Referat
Handicaprådet
Mødedato: | 8. november 2022 |

| 1. | Godkendelse af dagsorden |
| Beslutning | Godkendt. |

| 2. | Høring om ny busplan |
| Beslutning | Rådet anbefaler, at stoppestedet ved sundhedshuset bevares. |

3 - Eventuelt
Beslutning: Intet.
"""


def test_items_and_decisions_in_table_rows_and_dashed_numbers() -> None:
    result = run(TABLE_ROWS)
    assert [(d.item, d.title, d.outcome, d.text) for d in result.decisions] == [
        (1, "Godkendelse af dagsorden", "approved", "Godkendt."),
        (2, "Høring om ny busplan", "recommended", "Rådet anbefaler, at stoppestedet ved sundhedshuset bevares."),
        (3, "Eventuelt", "other", "Intet."),
    ]


GLUED_LABELS = """Kommunalbestyrelsen - Referat

Dato: 2. februar 2022

Indholdsfortegnelse1. Meddelelser fra borgmesteren


Sagsfremstilling

Borgmesteren orienterer om kommende arrangementer.

Beslutning

Taget til efterretning.


Referat2. Godkendelse af stedfortræder

Beslutning

Godkendt.
"""


def test_contents_label_and_referat_glued_before_number() -> None:
    result = run(GLUED_LABELS)
    assert [(d.item, d.title, d.outcome) for d in result.decisions] == [
        (1, "Meddelelser fra borgmesteren", "noted"),
        (2, "Godkendelse af stedfortræder", "approved"),
    ]


TOC_GLUED = """UDVALG

Udvalget for Ældre og Sundhed

STARTTIDSPUNKT

12-03-2014 15:00:00


PUNKTER

21. Godkendelse af dagsorden for Udvalget for Ældre og Sundhed den 12.03.2014
22. Budgetopfølgning på ældreområdet
23. Eventuelt - Udvalget for Ældre og Sundhed den 12.03.201421. Godkendelse af dagsorden for Udvalget for Ældre og Sundhed den 12.03.2014

Hovedindstilling

Direktøren indstiller, at dagsordenen godkendes.

Beslutning i Udvalget for Ældre og Sundhed den 12-03-2014

Godkendt

Referat22. Budgetopfølgning på ældreområdet

Hovedindstilling

Direktøren indstiller, at budgetopfølgningen tages til efterretning.

Beslutning i Udvalget for Ældre og Sundhed den 12-03-2014

Taget til efterretning
"""


def test_contents_block_and_first_item_glued_to_its_last_entry() -> None:
    assert outcomes(TOC_GLUED) == [(21, "approved"), (22, "noted")]


TOC_CUT = """Referat
Social- og Sundhedsudvalget
Mødedato: 7. juni 2023

Indhold
1. Godkendelse af dagsorden
2. Plejeboliger i Nordbyen
3. Rehabiliteringsforløb
4. Meddelelser
5. Eventuelt

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Plejeboliger i Nordbyen
Indstilling
Forvaltningen indstiller, at udvalget anbefaler byggeriet.
Beslutning
Anbefales.
"""


def test_contents_whose_last_entries_are_cut_off() -> None:
    assert outcomes(TOC_CUT) == [(1, "approved"), (2, "recommended")]


LIST_IN_DECISION = """1. Godkendelse af dagsorden

Beslutning

Økonomiudvalgets beslutning i mødet den 2. maj 2023

Mødet blev holdt som videomøde.

Deltagerne var:

1. Borgmester Anne Holm (A)

2. Peter Lund (V)

3. Karin Bak (Ø)

Dagsordenen blev herefter godkendt.
"""


def test_numbered_participants_inside_a_decision_are_not_items() -> None:
    assert outcomes(LIST_IN_DECISION) == [(1, "approved")]


EMPTY_LABEL_BEFORE_ITEM = """Socialudvalget - 20-01-2022

Referat
Udvalg:
Dato:
Torsdag, 20 januar, 2022 - 15:30
Lokation:
1. Godkendelse af dagsorden

Beslutning

Godkendt.

2. Orientering om handleplan

Resume

Status på handleplanen.
"""


def test_item_after_a_header_label_without_value() -> None:
    assert outcomes(EMPTY_LABEL_BEFORE_ITEM) == [(1, "approved")]


# --- unnumbered items ----------------------------------------------------------------------------

UNNUMBERED_SECTIONS = """Referat
Beskæftigelsesudvalget tirsdag den 5. september 2023 kl. 16.00

Mødelokale 2, Rådhuset

Sagsfremstilling

Udvalget besøger to virksomheder i oktober.

Beslutning

Formanden orienterede om programmet.

Til efterretning.

Sagsfremstilling

Udvalget har bedt om nøgletal for de unge ledige. Indsatserne er:


  1. Mentorordning for unge uden uddannelse.
  2. Virksomhedspraktik med fast kontaktperson.


Indstilling

at udvalget tager orienteringen til efterretning.

Beslutning

Tiltrådt.

Sagsfremstilling

Der er kommet nye regler for sygedagpenge.
"""


def test_unnumbered_items_opened_by_sections_and_list_inside_item() -> None:
    result = run(UNNUMBERED_SECTIONS)
    assert [(d.item, d.title, d.outcome) for d in result.decisions] == [
        (None, None, "noted"), (None, None, "approved")]
    assert result.meeting.location == "Mødelokale 2, Rådhuset"


STATUS_LINES = """Byrådet 4. april 2024

Åben

Beslutning

Godkendt.

Anne Holm var fraværende.

Åben

Indstilling

Teknik- og Miljøudvalget indstiller, at byrådet godkender en anlægsbevilling.

Økonomiudvalget anbefaler indstillingen.

Beslutning

Godkendt.

Åben

Indstilling

Teknik- og Miljøudvalget indstiller, at
"""


def test_status_lines_start_unnumbered_items() -> None:
    assert outcomes(STATUS_LINES) == [(None, "approved"), (None, "approved")]


def test_title_under_a_status_line() -> None:
    raw = STATUS_LINES.replace("Åben\n\nIndstilling", "Åben\n\nAnlægsbevilling til cykelsti\n\nIndstilling", 1)
    result = run(raw)
    assert [(d.title, d.outcome) for d in result.decisions] == [
        (None, "approved"), ("Anlægsbevilling til cykelsti", "approved")]


DECISION_FIRST = """Referat Byrådet 12-06-2019

    Ny plan for misbrugsbehandling

    Beslutning
    Fremsendes til Socialudvalget til videre behandling.
     
    Sagen blev behandlet sammen med sag 7.
    Resumé
    Planen samler tilbuddene til unge.
    Indstilling
    At byrådet godkender planen.

    Regnskab 2018 for Sociale Forhold

    Beslutning
    Taget til efterretning.
    Resumé
    Afdelingen havde et mindreforbrug.
"""


def test_decision_first_layout_keeps_sections_after_the_decision() -> None:
    result = run(DECISION_FIRST)
    assert [(d.title, d.outcome) for d in result.decisions] == [
        ("Ny plan for misbrugsbehandling", "other"), ("Regnskab 2018 for Sociale Forhold", "noted")]
    assert result.decisions[0].text.startswith("Fremsendes til Socialudvalget")


UNNUMBERED_TOC = """Referat
Teknik- og Miljøudvalget 14. september 2023

Indholdsfortegnelse
Godkendelse af dagsorden
Trafikplan for bymidten
Eventuelt

Godkendelse af dagsorden

Beslutning
Godkendt.

Trafikplan for bymidten

Sagsfremstilling
Administrationen har udarbejdet et udkast.

Beslutning
Sagen udsættes.
"""


def test_unnumbered_titled_items_after_a_decision() -> None:
    result = run(UNNUMBERED_TOC)
    assert [(d.item, d.title, d.outcome) for d in result.decisions] == [
        (None, "Godkendelse af dagsorden", "approved"), (None, "Trafikplan for bymidten", "postponed")]


NUMBERED_CONTENTS_UNNUMBERED_HEADINGS = """Referat
Miljøudvalget 6. juni 2023

1. Godkendelse af dagsorden
2. Støjhandleplan
3. Eventuelt

Godkendelse af dagsorden

Beslutning
Godkendt.

Støjhandleplan

Sagsfremstilling
Planen skal revideres hvert femte år.

Indstilling
Forvaltningen indstiller, at planen sendes i høring.

Beslutning
Godkendt med den ændring, at høringsperioden forlænges.
"""


def test_numbers_from_the_contents_for_unnumbered_headings() -> None:
    result = run(NUMBERED_CONTENTS_UNNUMBERED_HEADINGS)
    assert [(d.item, d.title, d.outcome) for d in result.decisions] == [
        (1, "Godkendelse af dagsorden", "approved"), (2, "Støjhandleplan", "approved")]


# --- page breaks and flattened text ------------------------------------------------------------

PAGE_BREAK = """Referat
Børne- og Ungeudvalget
Mødedato: 5. oktober 2020

12. Skolestruktur - høring
Sagsfremstilling
Udvalget sendte forslaget i høring i august.

Børne- og Ungeudvalget, 05-10-2020                               Side 4 af 9

12. Skolestruktur - høring (fortsat)
Indstilling
Forvaltningen indstiller, at høringssvarene tages til efterretning.
Beslutning
Taget til efterretning.

13. Eventuelt
Beslutning
Intet.
"""


def test_item_heading_repeated_after_a_page_break() -> None:
    result = run(PAGE_BREAK)
    assert [(d.item, d.title, d.outcome) for d in result.decisions] == [
        (12, "Skolestruktur - høring", "noted"), (13, "Eventuelt", "other")]


FLATTENED = """Referat af Byrådets møde d. 18.10.2022

Punkt 88: Godkendelse af dagsorden

27.00.00-A00-2-22 Beslutning Byrådet, 18.10.2022 Ole Berg og Lise Dahl var fraværende. Godkendt.

Punkt 89: Anden behandling af budget 2023-2026

27.00.00-S00-4-22 Resume Kompetence: Byrådet INDSTILLING Økonomiudvalget indstiller, at budgettet vedtages. Beslutning Byrådet, 18.10.2022 Ole Berg og Lise Dahl var fraværende. Budgettet blev vedtaget. Sagsfremstilling Budgettet er i balance i alle årene, og anlægsrammen er 120 mio. kr.
"""


def test_decision_flattened_into_running_text() -> None:
    result = run(FLATTENED)
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [
        (88, "approved", "Godkendt."), (89, "approved", "Budgettet blev vedtaget.")]
    for d in result.decisions:
        assert FLATTENED[d.start:d.end] == d.text
    assert result.meeting.absent == ["Ole Berg", "Lise Dahl"]


# --- decision headings and wording ---------------------------------------------------------------


@pytest.mark.parametrize("line,body,date_text", [
    ("Beslutning i Økonomiudvalget den 02-06-2020", "Økonomiudvalget", "02-06-2020"),
    ("Beslutning fra mødet den 12.05.2020", None, "12.05.2020"),
    ("Beslutning (Byrådet 12.05.2020)", "Byrådet", "12.05.2020"),
    ("Beslutning - Byrådet 12.05.2020", "Byrådet", "12.05.2020"),
    ("Beslutning, Byrådet, 27.10.2015", "Byrådet", "27.10.2015"),
    ("Beslutning i KU den 9. marts 2021", "KU", "9. marts 2021"),
    ("Beslutning i udvalget", "udvalget", None),
    ("Kommunalbestyrelsens beslutning den 11. juni 2020", "Kommunalbestyrelsen", "11. juni 2020"),
])
def test_decision_heading_forms(line: str, body: str | None, date_text: str | None) -> None:
    heading = parse_decision_heading(line)
    assert heading is not None and (heading.body, heading.date_text) == (body, date_text)


@pytest.mark.parametrize("line", [
    "Beslutning om ny skolestruktur", "Beslutning i forhold til planen", "Beslutning, der skal træffes"])
def test_not_decision_headings(line: str) -> None:
    assert parse_decision_heading(line) is None


@pytest.mark.parametrize("line,inline", [
    ("Beslutning | Godkendt.", len("Beslutning | ")),
    ("Beslutning\tGodkendt.", len("Beslutning\t")),
    ("Beslutning    Godkendt.", len("Beslutning    ")),
])
def test_decision_in_a_table_cell_or_column(line: str, inline: int) -> None:
    heading = parse_decision_heading(line)
    assert heading is not None and heading.inline == inline


@pytest.mark.parametrize("wording,outcome", [
    ("Godkendt.", "approved"),
    ("Anbefales.", "recommended"),
    ("Indstillingen anbefales.", "recommended"),
    ("Tiltrådt.", "approved"),
    ("Taget til efterretning.", "noted"),
    ("Orienteringen taget til efterretning.", "noted"),
    ("Orientering givet.", "noted"),
    ("Drøftet.", "discussed"),
    ("Udsat.", "postponed"),
    ("Sagen udsættes.", "postponed"),
    ("Udvalget besluttede at udsætte sagen.", "postponed"),
    ("Punktet færdigbehandles på et ekstraordinært møde.", "postponed"),
    ("Faldet.", "rejected"),
    ("Ikke godkendt.", "rejected"),
    ("Udgik.", "other"),
    ("Punktet udgik, da sagen er afgjort administrativt og godkendt.", "other"),
    ("Sagen blev taget af dagsordenen.", "other"),
    ("Indstilles godkendt.", "recommended"),
    ("Udvalget indstiller, at Byrådet godkender planen.", "recommended"),
    ("Udvalget godkender indstillingen.", "approved"),
    ("Udvalget godkender ikke ansøgningen.", "rejected"),
    ("Ledigheden er faldet med 5 pct. Orienteringen taget til efterretning.", "noted"),
    ("Punktet blev ikke behandlet.", "postponed"),
    ("Vedtoges enstemmigt.", "approved"),
    ("Anbefaledes.", "recommended"),
    ("Underskrevet.", "signed"),
    ("Ændringsforslaget fra V faldt. Indstillingen blev herefter godkendt.", "approved"),
    ("Social- og Sundhedsudvalget anbefalede den 4. maj 2021 indstillingen. Godkendt.", "approved"),
    ("Udvalget har på mødet den 4. maj 2021 godkendt planen.\nTil efterretning.", "noted"),
])
def test_outcome_wordings(wording: str, outcome: str) -> None:
    assert classify(wording) == outcome


def test_meeting_own_dated_decision_is_not_history() -> None:
    wording = ("Tilbagesendes til forvaltningen, idet byrådet i sit møde den 19. juni 2019 har vedtaget "
               "indstillingen.\nGruppen kunne ikke tiltræde indstillingen.")
    assert classify(wording, dt.date(2019, 6, 19)) == "approved"


VOTES_FIRST = """Byrådet - referat - 12. maj 2021

Punkt 5 - Budgetrevision
Indstilling
Direktionen indstiller, at revisionen godkendes.
Beslutning
For stemte: A, F og V (20)
Imod stemte: O (3)
Indstillingen blev herefter godkendt.

Punkt 6 - Takster for svømmehallen
Beslutning
Godkendt.
For stemte: A og V (18)
Imod stemte: F og O (5)
Gruppe O kunne ikke godkende taksterne og ønskede lavere priser.
"""


def test_votes_around_the_outcome_do_not_hide_it() -> None:
    result = run(VOTES_FIRST)
    assert [(d.item, d.outcome) for d in result.decisions] == [(5, "approved"), (6, "approved")]
    first, second = result.decisions
    assert first.vote is not None and (first.vote.for_count, first.vote.against) == (20, ["O"])
    assert second.text == "Godkendt."


SEVERAL_BODIES = """Referat fra Byrådets møde den 23. marts 2021

Sag nr. 24 Plan for hjemløseområdet
Indstilling
Forvaltningen indstiller, at planen godkendes.
Beslutning i Social- og Sundhedsudvalget den 3. marts 2021
Anbefales.
Beslutning i Økonomiudvalget den 10. marts 2021
Indstillingen anbefales.
Beslutning i Byrådet den 23. marts 2021
Tiltrådt.

Sag nr. 25 Lukning af aktivitetscenter
Beslutning i Økonomiudvalget den 10. marts 2021
Anbefales ikke.
Beslutning i Byrådet den 23. marts 2021
Faldet.
"""


def test_the_item_own_decision_is_final_and_others_are_history() -> None:
    result = run(SEVERAL_BODIES)
    assert [(d.item, d.outcome, [(h.body, h.outcome) for h in d.history]) for d in result.decisions] == [
        (24, "approved", [("Social- og Sundhedsudvalget", "recommended"), ("Økonomiudvalget", "recommended")]),
        (25, "rejected", [("Økonomiudvalget", "rejected")]),
    ]


CUT_SHORT = """Referat
Socialudvalget 4. april 2022

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Ny strategi for udsatte borgere
Beslutning
Social"""

CUT_NARRATIVE = CUT_SHORT[: -len("Social")] + "Udvalget stillede spørgsmål til, hvordan strategien skal følges op, og hvem der"


def test_decision_cut_off_before_its_outcome_gives_no_guess() -> None:
    assert outcomes(CUT_SHORT) == [(1, "approved")]
    assert outcomes(CUT_NARRATIVE) == [(1, "approved"), (2, "other")]


def test_last_decision_heading_cut_off_does_not_fall_back_to_history() -> None:
    cut = SEVERAL_BODIES[: SEVERAL_BODIES.index("Faldet.")]
    assert outcomes(cut) == [(24, "approved")]


INDENTED = """Referat
Økonomiudvalget

 • 159. Dagsorden - godkendelse

   Beslutning

   Ikke til stede: Anne Holm (V)

   Jens Vang (F) var som gruppeformand inviteret til at overvære mødet

   Godkendt.

 • 160. Lånoptagelse 2019

   Beslutning

   Økonomiudvalget anbefaler Byrådet
   at godkende lånoptagelsen.

   Peter Lund (A) deltog ikke i behandlingen af punktet.

   Lånet optages i 2019.
"""


def test_text_is_the_span_of_indented_lines() -> None:
    result = run(INDENTED)
    first, second = result.decisions
    assert (first.item, first.outcome, first.text) == (159, "approved", "Godkendt.")
    assert first.absent == ["Anne Holm"]
    assert (second.item, second.outcome) == (160, "recommended")
    assert INDENTED[second.start:second.end] == second.text
    assert second.text.startswith("Økonomiudvalget anbefaler Byrådet\n   at godkende")
    assert second.text.endswith("Lånet optages i 2019.")


# --- real documents ------------------------------------------------------------------------------


ONE_DECISION_LEFT = """Referat
Kultur- og Fritidsudvalget
Mødedato: 3. oktober 2022

3. Godkendelse af dagsorden
Beslutning
Godkendt.

4. Tilskud til foreningernes lokaler
Sagsfremstilling
Foreningerne har søgt om tilskud til husleje. Forvaltningen har gennemgået

5. Eventuelt
"""


def test_one_decision_before_the_cut_still_makes_minutes() -> None:
    from socdoc.extractors.minutes import looks_like_minutes

    assert looks_like_minutes(ONE_DECISION_LEFT)
    assert not looks_like_minutes("Byrådet traf en beslutning om skolerne.\n\nBeslutningen blev godt modtaget.")


PROTOKOLLAT = """Referat
Byrådet 12. maj 2021

5. Budgetrevision
Beslutning
Godkendt.

Protokollat:
V kunne ikke tiltræde indstillingen, da gruppen ønsker lavere skatter.

6. Eventuelt
Beslutning
Intet.
"""


def test_a_recorded_statement_after_the_decision_is_not_the_decision() -> None:
    result = run(PROTOKOLLAT)
    assert [(d.item, d.outcome, d.history) for d in result.decisions] == [(5, "approved", []), (6, "other", [])]


# --- bare and glued item numbers, capitalised decision headings --------------------------------

BULLETED_NUMBER = """Referat

Tirsdag den 4. maj 2021 kl. 16:00

Mødested: Mødelokale 2
Udvalg: Ældre- og Sundhedsudvalget
Bemærkninger: Dagsordenen blev godkendt
  • 4
    Beslutning - Ny plan for rehabilitering 2021
    Sagsid.: 21/1187

    RESUMÉ:

    Planen beskriver, hvordan kommunen vil styrke genoptræningen de kommende år.

    BESLUTNING: Ældre- og Sundhedsudvalget den 04-05-2021

    Godkendt.

    SAGSFREMSTILLING:

    Planen er udarbejdet sammen med de praktiserende fysioterapeuter.
"""


def test_bulleted_bare_number_with_title_below() -> None:
    result = run(BULLETED_NUMBER)
    assert [(d.item, d.title, d.outcome, d.text) for d in result.decisions] == [
        (4, "Beslutning - Ny plan for rehabilitering 2021", "approved", "Godkendt.")]


BULLET_NUMBER_BLANK_TITLE = """Byråd: Referat af mødet 10. oktober 2019

Mødelokale: Byrådssalen
  • 212. 

    Beslutningssag: Indkaldelse af stedfortræder

    Beslutningssag: Indkaldelse af stedfortræder


    INDHOLD
    INDSTILLING:
    Borgmesteren indstiller, at stedfortræderen indkaldes.


    BESLUTNING I BYRÅDET den 10-10-2019
    FRAVÆRENDE: -
     
    Stedfortræderen blev indkaldt

  • 213. 

    Beslutningssag: Godkendelse af dagsorden

    INDHOLD

    INDSTILLING:

    Kommunaldirektøren indstiller:
     
    1. at dagsordenen godkendes.

    BESLUTNING I BYRÅDET den 10-10-2019
    FRAVÆRENDE: -
     
    Dagsordenen godkendt
"""


def test_bulleted_number_title_after_blank_line_and_capitalised_heading() -> None:
    result = run(BULLET_NUMBER_BLANK_TITLE)
    assert [(d.item, d.title, d.outcome) for d in result.decisions] == [
        (212, "Beslutningssag: Indkaldelse af stedfortræder", "other"),
        (213, "Beslutningssag: Godkendelse af dagsorden", "approved"),
    ]
    assert [d.text for d in result.decisions] == ["Stedfortræderen blev indkaldt", "Dagsordenen godkendt"]


def test_navigation_label_is_no_title_below_a_number() -> None:
    raw = "Referat\n\n  • 7.\n\n    Indhold\n    Beslutning\n    Godkendt.\n"
    assert all(d.title != "Indhold" for d in run(raw).decisions)


NUMBER_GLUED_WITH_DOT = """Udvalg: Byrådet

Mødedato: 14-06-2022

3.Boligselskabet Vesthjem, 24 ældreboliger i Nørregade, Skema A (C)

Sagsnummer: 22/3310

Administrativ indstilling

Forvaltningen indstiller, at skema A godkendes.
Beslutning Økonomiudvalget den 07-06-2022

Indstilles godkendt.

Beslutning Byrådet den 14-06-2022

Godkendt.

Sagsfremstilling

Boligselskabet søger om tilsagn til nye ældreboliger.
"""


def test_number_glued_to_title_after_its_dot() -> None:
    result = run(NUMBER_GLUED_WITH_DOT)
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [(3, "approved", "Godkendt.")]
    assert result.decisions[0].title.startswith("Boligselskabet Vesthjem, 24 ældreboliger")
    assert [h.outcome for h in result.decisions[0].history] == ["recommended"]


@pytest.mark.parametrize("line, body, date_text, inline", [
    ("BESLUTNING: Børne- og Skoleudvalget den 09-08-2022", "Børne- og Skoleudvalget", "09-08-2022", None),
    ("BESLUTNING I BYRÅDET den 23-11-2017", "BYRÅDET", "23-11-2017", None),
    ("BESLUTNING I KOMMUNALBESTYRELSEN DEN 02-05-2013", "KOMMUNALBESTYRELSEN", "02-05-2013", None),
    ("BESLUTNING I KOMMUNALBESTYRELSEN DEN", "KOMMUNALBESTYRELSEN", None, None),
    ("Beslutning Godkendt.", None, None, 11),
    ("Beslutning - Udsat.", None, None, 13),
    ("Beslutning Taget til efterretning.", None, None, 11),
    ("Beslutning Udvalget godkendte indstillingen.", None, None, 11),
    ("Beslutning: Godkendt med den tilføjelse, at planen evalueres.", None, None, 12),
])
def test_decision_heading_forms_with_inline_wording(line: str, body: str | None, date_text: str | None, inline: int | None) -> None:
    heading = parse_decision_heading(line)
    assert heading is not None
    assert (heading.body, heading.date_text, heading.inline) == (body, date_text, inline)


@pytest.mark.parametrize("line", [
    "Beslutning - Ny plan for rehabilitering 2021",  # a title, not the decision
    "Beslutning om lukning af dagtilbud",
    "Beslutning Se bilag",
    "Beslutning Forslag til ny skolestruktur i Nordbyen godkendes ikke",  # the outcome comes too late
])
def test_titles_and_late_outcomes_are_not_decision_headings(line: str) -> None:
    assert parse_decision_heading(line) is None


LABEL_AND_OUTCOME_ONE_SPACE = """Referat
Kultur- og Fritidsudvalget
Dato: 2. februar 2022

1. Godkendelse af dagsorden
Beslutning Godkendt.

2. Tilskud til foreningernes ungdomsarbejde
Sagsfremstilling
Der er kommet ni ansøgninger til puljen.
Beslutning Udsat til næste møde.
"""


def test_label_and_outcome_on_one_line() -> None:
    result = run(LABEL_AND_OUTCOME_ONE_SPACE)
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [
        (1, "approved", "Godkendt."), (2, "postponed", "Udsat til næste møde.")]


COLLAPSED_SECTIONS = """Sundhedsudvalget - Referat - 3. april 2017

Mødedato
03-04-2017 kl. 15:00 - 17:00

  Sagsnr. 17/411
  1. Orientering fra formanden
  fold dette punkt ind Resume
  fold dette punkt ind Sagsfremstilling
  fold dette punkt ind Beslutning i Sundhedsudvalget den 03-04-2017

  Godkendt.

  Sagsnr. 17/412
  2. Status på akutpladser
  fold dette punkt ind Beslutning i Sundhedsudvalget den 03-04-2017

  Udvalget tog orienteringen til efterretning.
"""


def test_collapsible_section_controls_before_headings() -> None:
    result = run(COLLAPSED_SECTIONS)
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "approved"), (2, "noted")]
    assert result.decisions[0].text == "Godkendt."


# --- PDF transcripts: one line per page --------------------------------------------------------

PDF_PAGES = """Referat til Kommunalbestyrelsen

Transkript

1 SKOVBY KOMMUNE Referat til Kommunalbestyrelsen Mødedato: Tirsdag den 7. maj 2019 Mødetidspunkt: 18:00 Medlemmer: Anne Holm, Bo Lund, Carl Friis

2 Indholdsfortegnelse Punkter til dagsorden Side 1. Godkendelse af dagsorden 2. Tilsyn med botilbud 3. Udvidelse af dagplejen

3 1. Godkendelse af dagsorden Åben sag Sagsnr.: 19/2210 Sagsansvarlig: abc.kf RESUMÉ Dagsordenen forelægges til godkendelse. BESLUTNING I KOMMUNALBESTYRELSEN DEN Godkendt. 3

4 2. Tilsyn med botilbud, kl A00 19/4471 Åben sag Sagsgang: KB Sagsfremstilling Socialtilsynet har besøgt to botilbud i foråret og har ingen væsentlige bemærkninger. Beslutning i Kommunalbestyrelsen den Orienteringen blev taget til efterretning. 4

5 3. Udvidelse af dagplejen Åben sag Sagsnr.: 19/3005 RESUMÉ Forvaltningen foreslår tolv nye pladser i dagplejen. BESLUTNING I KOMMUNALBESTYRELSEN DEN 07-05-2019 Udsat.
"""


def test_pdf_transcript_pages_with_inline_decisions() -> None:
    result = run(PDF_PAGES)
    assert [(d.item, d.title, d.outcome, d.text) for d in result.decisions] == [
        (1, "Godkendelse af dagsorden", "approved", "Godkendt."),
        (2, "Tilsyn med botilbud", "noted", "Orienteringen blev taget til efterretning."),
        (3, "Udvidelse af dagplejen", "postponed", "Udsat."),
    ]
    for d in result.decisions:
        assert PDF_PAGES[d.start:d.end] == d.text


def test_long_numbered_line_without_item_furniture_is_no_page_item() -> None:
    raw = ("Referat\n\n4 2. Kvartal viste et merforbrug på plejeområdet, som forvaltningen forklarer med flere "
           "borgere i hjemmeplejen og flere vikartimer end budgetteret i starten af året. Beslutning: Godkendt.\n")
    assert all(d.item != 2 for d in run(raw).decisions)


PDF_PAGE_WITH_NEXT_ITEM = """Transkript

3 1. Godkendelse af dagsorden Åben sag Sagsnr.: 19/2210 RESUMÉ Dagsordenen forelægges. BESLUTNING I KOMMUNALBESTYRELSEN DEN Godkendt. 2. Navngivning af ny skole Åben sag Sagsnr.: 19/2301 RESUMÉ Skolebestyrelsen foreslår et nyt navn. BESLUTNING I KOMMUNALBESTYRELSEN DEN Udsat. 3
"""


def test_pdf_page_holding_the_next_item_keeps_each_decision_apart() -> None:
    result = run(PDF_PAGE_WITH_NEXT_ITEM)
    assert [(d.item, d.title, d.outcome, d.text) for d in result.decisions] == [
        (1, "Godkendelse af dagsorden", "approved", "Godkendt."),
        (2, "Navngivning af ny skole", "postponed", "Udsat."),
    ]
    for d in result.decisions:
        assert PDF_PAGE_WITH_NEXT_ITEM[d.start:d.end] == d.text


PDF_ITEM_RUNS_ONTO_NEXT_PAGE = """Transkript

3 1. Godkendelse af dagsorden Åben sag Sagsnr.: 19/2210 BESLUTNING I KOMMUNALBESTYRELSEN DEN Godkendt. 2. Navngivning af ny skole Åben sag Sagsnr.: 19/2301 RESUMÉ Skolebestyrelsen foreslår et nyt navn efter en afstemning blandt eleverne. 3

4 Sagsfremstilling Forslaget har været drøftet i skolebestyrelsen. BESLUTNING I KOMMUNALBESTYRELSEN DEN Ikke godkendt. 4
"""


def test_pdf_item_started_inside_a_page_takes_its_decision_from_the_next_page() -> None:
    result = run(PDF_ITEM_RUNS_ONTO_NEXT_PAGE)
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [
        (1, "approved", "Godkendt."), (2, "rejected", "Ikke godkendt.")]


def test_pdf_item_without_its_own_decision_takes_none_from_the_item_before() -> None:
    raw = PDF_ITEM_RUNS_ONTO_NEXT_PAGE.split("\n\n4 ")[0] + "\n"
    assert [(d.item, d.outcome) for d in run(raw).decisions] == [(1, "approved")]


def test_pdf_page_item_title_ends_at_its_first_section_label() -> None:
    raw = ("Transkript\n\n5 3. Budgetopfølgning for første kvartal Indstilling Direktionen indstiller, at "
           "budgetopfølgningen tages til efterretning. Beslutning i Økonomiudvalget den Taget til efterretning. 5\n")
    result = run(raw)
    assert [(d.item, d.title, d.outcome, d.text) for d in result.decisions] == [
        (3, "Budgetopfølgning for første kvartal", "noted", "Taget til efterretning.")]


def test_space_colon_item_numbers_and_glued_empty_section() -> None:
    raw = ("Referat: 4. juni 2024 kl. 09:00\nKulturudvalget\n\n1 : Godkendelse af dagsorden\n\nSagsnr:\n\n"
           "Beslutning\n\nGodkendt.\n\n2 : Orientering om biblioteksplanen\n\nSagsfremstilling\n\n"
           "Forvaltningen orienterer om planen.\n\nBilagBeslutning\n\nOrienteringen tages til efterretning.\n")
    result = run(raw)
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "approved"), (2, "noted")]


def test_bulleted_case_lines_open_unnumbered_items_and_budget_rows_are_not_items() -> None:
    raw = ("Referat\n\nTorsdag den 9. marts 2023 kl. 15:00\n\nMødested: Mødelokale 3\nUdvalg: Teknikudvalget\n"
           "Medlemmer: Jonas Lind, Rikke Holm, Tage Bruun\n"
           "  • Sagsid.:\n\n    Beslutning Teknikudvalget den 09-03-2023\n\n    Dagsordenen blev godkendt.\n\n"
           "  • Sagsid.: 23/118\n\n    Indstilling\n\n    Forvaltningen indstiller, at opfølgningen tages til efterretning.\n\n"
           "    Sagsfremstilling\n\n    Mindreforbruget fordeler sig således:\n\n"
           "    1.        Vejvedligeholdelse -1.250.000 kr.\n\n    2.        Parker og grønne arealer -300.000 kr.\n\n"
           "    3.        Kollektiv trafik 1.400.000\n\n"
           "    Beslutning Teknikudvalget den 09-03-2023\n\n"
           "    Teknikudvalget indstiller, at opfølgningen tages til efterretning.\n")
    result = run(raw)
    assert [(d.item, d.outcome) for d in result.decisions] == [(None, "approved"), (None, "recommended")]
