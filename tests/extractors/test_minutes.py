"""Minutes: meeting header, agenda items, one decision per item, outcomes, votes."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from socdoc.extractors import dates
from socdoc.extractors.decisions import classify, parse_vote, postponed_to
from socdoc.extractors.minutes import MinutesResult, extract_minutes, looks_like_minutes
from socdoc.extractors.minutes_layout import parse_decision_heading, parse_people
from socdoc.normalize import normalize


def run(raw: str, published: dt.date | None = None) -> MinutesResult:
    text = normalize(raw)
    return extract_minutes(text, raw, dates.find_candidates(text), published)


def decisions(raw: str) -> list[tuple]:
    return [(d.item, d.title, d.outcome, d.postponed_to, d.text) for d in run(raw).decisions]


# --- outcomes ------------------------------------------------------------------------------------

OUTCOMES = [
    ("Godkendt.", "approved"),
    ("Vedtaget.", "approved"),
    ("Bevilget med 15.000 kr. af puljen.", "approved"),
    ("Tiltrådt.", "approved"),
    ("Indstillingen tiltrådt.", "approved"),
    ("Anbefalingen godkendt.", "approved"),
    ("Godkendt som indstillet.", "approved"),
    ("Indstillingens pkt. 1 godkendt. Pkt. 2 anbefales.", "approved"),
    ("Social- og Sundhedsudvalget godkendte indstillingen.", "approved"),
    ("Anbefales.", "recommended"),
    ("Indstillingen anbefales.", "recommended"),
    ("Anbefales over for Økonomiudvalget og Byrådet.", "recommended"),
    ("Indstilles til Byrådets godkendelse.", "recommended"),
    ("Økonomiudvalget anbefaler Byrådet at godkende indstillingen.", "recommended"),
    ("Ad 1.-2. Anbefales.", "recommended"),
    ("Udsat.", "postponed"),
    ("Udsat til næste møde.", "postponed"),
    ("Sagen udsættes til mødet den 17. august 2016.", "postponed"),
    ("Sagens behandling blev udsat.", "postponed"),
    ("Taget til efterretning.", "noted"),
    ("Orienteringen taget til efterretning.", "noted"),
    ("Rådet tog orienteringen til efterretning og ønsker at blive repræsenteret.", "noted"),
    ("Taget til orientering.", "noted"),
    ("Borgmesteren orienterede om mødet.\nMeddelelserne taget til efterretning.", "noted"),
    ("Forkastet.", "rejected"),
    ("Forslaget blev forkastet.", "rejected"),
    ("Ikke godkendt.", "rejected"),
    ("Forslaget blev ikke godkendt.", "rejected"),
    ("Afvist.", "rejected"),
    ("Ansøgningen imødekommes ikke.", "rejected"),
    ("Udvalget kunne ikke imødekomme ansøgningen.", "rejected"),
    ("Drøftet.", "discussed"),
    ("Drøftet. Udvalget ønsker forslag 3 og 6 nærmere beskrevet.", "discussed"),
    ("Drøftet og godkendt.", "approved"),
    ("Underskrevet digitalt.", "signed"),
    ("Referatet blev underskrevet af de fremmødte medlemmer.", "signed"),
    ("Godkendt og underskrevet.", "signed"),
    ("Sagen oversendes til Social- og Sundhedsudvalget med henblik på fornyet behandling.", "other"),
    ("Kommunalbestyrelsen besluttede at sende sagen tilbage til By- og Miljøudvalget.", "other"),
    ("Rådmand Ida Lykke Brinch orienterede om status på kontanthjælpsreformen.", "other"),
    ("Formanden og næstformanden udarbejder et høringssvar på baggrund af drøftelsen.", "other"),
    ("Sagen blev udsat, da udvalget ønsker en supplerende redegørelse.", "postponed"),
    ("Udvalget ønsker flere oplysninger om driftsudgifterne.\n\nSagen genoptages på næste møde.", "postponed"),
    ("Godkendt med den ændring, at tilskuddet nedsættes til 40.000 kr.", "approved"),
    ("Et flertal (A, B og SF) godkendte indstillingen; et mindretal (V og C) stemte imod.", "approved"),
    ("Årets frivillighedspris tildeles Foreningen Nabohjælp.", "approved"),
    ("Forslaget til ny ældrepolitik sendes i høring.", "approved"),
    ("Udvalget drøftede sagen og oversender den til Økonomiudvalgets budgetseminar.", "other"),
    ("Direktøren oplyste, at styrelsen har bevilget 2 mio. kr. til projektet.", "other"),
]


@pytest.mark.parametrize("text,outcome", OUTCOMES, ids=[c[0][:40] for c in OUTCOMES])
def test_outcome(text: str, outcome: str) -> None:
    assert classify(text) == outcome


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Udsat til 16. juni 2020.", dt.date(2020, 6, 16)),
        ("Udsat til mødet den 2. april 2014, idet udvalget ønsker høringssvaret.", dt.date(2014, 4, 2)),
        ("Udsat til næste møde den 11. november 2009.", dt.date(2009, 11, 11)),
        ("Sagen udsættes til mødet den 17. august.", dt.date(2016, 8, 17)),
        ("Udsat til næste møde.", None),
        ("Udsat.", None),
    ],
)
def test_postponed_to(text: str, expected: dt.date | None) -> None:
    assert postponed_to(text, dt.date(2016, 6, 15) if "august." in text else None) == expected


# --- votes ---------------------------------------------------------------------------------------


def test_vote_labelled_lines() -> None:
    vote = parse_vote("For stemte: A, F og Ø (15)\nImod stemte: V (6)\nUndlod at stemme: C")
    assert vote is not None
    assert (vote.for_, vote.for_count, vote.against, vote.against_count, vote.abstained) == (
        ["A", "F", "Ø"], 15, ["V"], 6, ["C"])


def test_vote_counts_before_parties() -> None:
    vote = parse_vote("For stemte 25 (A, V, O, C, F og B), 2 undlod at stemme (Ø).")
    assert vote is not None
    assert (vote.for_, vote.for_count, vote.abstained, vote.abstained_count) == (
        ["A", "V", "O", "C", "F", "B"], 25, ["Ø"], 2)


def test_vote_with_stemmer_for_and_imod() -> None:
    vote = parse_vote("Forslaget blev forkastet med 6 stemmer (Ø, F og Å) for og 18 stemmer (C, A, V, O, B og I) imod.")
    assert vote is not None
    assert (vote.for_, vote.for_count, vote.against_count) == (["Ø", "F", "Å"], 6, 18)
    assert vote.against == ["C", "A", "V", "O", "B", "I"]


def test_vote_groups_and_count_after_colon() -> None:
    vote = parse_vote("For: Gruppe A og Gruppe F (3)\n\nImod: Gruppe C, O, V og Ø (4)")
    assert vote is not None
    assert (vote.for_, vote.for_count, vote.against, vote.against_count) == (["A", "F"], 3, ["C", "O", "V", "Ø"], 4)
    vote = parse_vote("For stemte 5: A, B og Ø\nImod stemte 2: V og C")
    assert vote is not None
    assert (vote.for_, vote.for_count, vote.against, vote.against_count) == (["A", "B", "Ø"], 5, ["V", "C"], 2)


def test_no_vote() -> None:
    assert parse_vote("Godkendt.") is None


def test_vote_serialises_with_for() -> None:
    vote = parse_vote("For stemte: A (3)")
    assert vote is not None and json.loads(vote.model_dump_json())["for"] == ["A"]


# --- headings and attendance lists ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,body,date_text,inline",
    [
        ("Beslutning", None, None, None),
        ("BESLUTNING", None, None, None),
        ("Beslutning:", None, None, None),
        ("Beslutning i Økonomiudvalget den 02-06-2020", "Økonomiudvalget", "02-06-2020", None),
        ("Beslutning i Socialudvalget den 4. september 2017:", "Socialudvalget", "4. september 2017", None),
        ("Beslutning Social & Arbejdsmarkedsudvalg den 30.05.2012", "Social & Arbejdsmarkedsudvalg", "30.05.2012", None),
        ("Beslutning i Udvalget for Voksne den 20-04-2015", "Udvalget for Voksne", "20-04-2015", None),
        ("Socialudvalgets beslutning den 02.03.2015", "Socialudvalget", "02.03.2015", None),
        ("Kommunalbestyrelsens beslutning i mødet den 23. marts 2015", "Kommunalbestyrelsen", "23. marts 2015", None),
        ("Beslutning: Udsat til næste møde.", None, None, "Udsat til næste møde."),
        ("BeslutningGodkendt.", None, None, "Godkendt."),
        ("BeslutningKommunalbestyrelsen 29. marts 2012: Godkendt.", "Kommunalbestyrelsen", "29. marts 2012", "Godkendt."),
        ("Økonomi-, Erhvervs- og Planudvalget 21. marts 2012: Anbefales.", "Økonomi-, Erhvervs- og Planudvalget",
         "21. marts 2012", "Anbefales."),
    ],
)
def test_decision_heading(line: str, body: str | None, date_text: str | None, inline: str | None) -> None:
    found = parse_decision_heading(line)
    assert found is not None
    assert (found.body, found.date_text) == (body, date_text)
    assert (line[found.inline:] if found.inline is not None else None) == inline


@pytest.mark.parametrize(
    "line", ["Beslutningstema", "Beslutning om samling af borgerservice i Rønne", "Beslutningskompetence: SSU",
             "Beslutning af ny model for frivillighedspuljen", "Borgmesteren orienterede om mødet den 20. marts."]
)
def test_not_decision_heading(line: str) -> None:
    assert parse_decision_heading(line) is None


@pytest.mark.parametrize(
    "value,expected",
    [
        ("Poul Erik Vestergaard, (O)", [("Poul Erik Vestergaard", "O")]),
        ("Lise Bjerre (A)", [("Lise Bjerre", "A")]),
        ("Lise Bjerre, formand (A)", [("Lise Bjerre", "A")]),
        ("Kirsten Bach Laursen (A), formand", [("Kirsten Bach Laursen", "A")]),
        ("Formand Lone Dyrby (A)", [("Lone Dyrby", "A")]),
        ("A: Lise Bjerre", [("Lise Bjerre", "A")]),
        ("Anette Holm-Poulsen (SF)", [("Anette Holm-Poulsen", "SF")]),
        ("Jens Kr. Jensen (C)", [("Jens Kr. Jensen", "C")]),
        ("Lene Bech Mortensen, formand (SAND Hjørring)", [("Lene Bech Mortensen", None)]),
        ("Niels Højager (V), formand, Birthe Rasmussen (A), Jette Thorgaard (C)",
         [("Niels Højager", "V"), ("Birthe Rasmussen", "A"), ("Jette Thorgaard", "C")]),
        ("Birgitte Lund Holm, Jens Otto Friis", [("Birgitte Lund Holm", None), ("Jens Otto Friis", None)]),
        ("Ingen", []),
    ],
)
def test_parse_people(value: str, expected: list[tuple]) -> None:
    assert [(p.name, p.party) for p in parse_people(value, 0)] == expected


# --- whole documents -----------------------------------------------------------------------------

FIRST_AGENDA = """Referat (Tillægsdagsorden) af møde i Økonomiudvalget

Den 16.03.2021 kl. 08:15 i Byrådsstue Ole Rømer


Indholdsfortegnelse


Deltagere:

Poul Erik Vestergaard, (O)
Carsten Mølgaard, (C)
Jan Kirkegaard, (V)
Lise Bjerre, (A)


87.   Tiltag mod uro og hærværk i Søparken


Indstilling
Forvaltningen indstiller til Økonomiudvalget, at udvalget drøfter mulige initiativer.
Baggrund og vurdering

Der har i vinter været flere episoder med hærværk i Søparken.

Økonomi
Budget 2021 rummer ikke midler til de beskrevne tiltag.
Beslutning
Udsat til 23. marts 2021.
Fraværende
Jan Kirkegaard (V)

Til toppen


88.   Underskriftsblad - Økonomiudvalget


Beslutning
Underskrevet digitalt.

Til toppen

Opdateret af Køge Kommune 17.03.21
"""


def test_first_agenda_web_export() -> None:
    result = run(FIRST_AGENDA)
    m = result.meeting
    assert (m.body, m.date, m.time, m.location) == ("Økonomiudvalget", dt.date(2021, 3, 16), "08:15", "Byrådsstue Ole Rømer")
    assert [(p.name, p.party) for p in m.participants] == [
        ("Poul Erik Vestergaard", "O"), ("Carsten Mølgaard", "C"), ("Jan Kirkegaard", "V"), ("Lise Bjerre", "A")]
    assert m.absent == ["Jan Kirkegaard"]
    assert decisions(FIRST_AGENDA) == [
        (87, "Tiltag mod uro og hærværk i Søparken", "postponed", dt.date(2021, 3, 23),
         "Udsat til 23. marts 2021."),
        (88, "Underskriftsblad - Økonomiudvalget", "signed", None, "Underskrevet digitalt."),
    ]
    first = result.decisions[0]
    assert first.absent == ["Jan Kirkegaard"]
    assert FIRST_AGENDA[first.start:first.end] == first.text


SEVERAL_BODIES = """Byrådet

REFERAT

Mandag den 27. juni 2011 kl. 16.00
Byrådssalen, Fredericia Rådhus

Fraværende: Hanne Lykkegaard (A), Torben Ravn (V)

INDHOLDSFORTEGNELSE

142. Regnskab 2010 - endelig godkendelse ....................... 3
143. Boligsocial helhedsplan for Korskærparken ................... 5


Byrådet, 27-06-2011                                                Side 3 af 12

142. Regnskab 2010 - endelig godkendelse
Sagsnr.: 10/8834

Resumé
Årsregnskabet for 2010 udviser et overskud på 41,7 mio. kr.

Beslutning i Økonomiudvalget den 20-06-2011:
Anbefales.


Byrådet, 27-06-2011                                                Side 4 af 12

Beslutning i Byrådet den 27-06-2011:
Godkendt.
For stemte 25 (A, V, O, C, F og B), 2 undlod at stemme (Ø).


Byrådet, 27-06-2011                                                Side 5 af 12

143. Boligsocial helhedsplan for Korskærparken

Beslutning i Social- og Sundhedsudvalget den 08-06-2011:
Anbefales.

Beslutning i Økonomiudvalget den 20-06-2011:
Udsat.

Beslutning i Byrådet den 27-06-2011:
Ikke godkendt.
"""


def test_several_bodies_final_and_history() -> None:
    result = run(SEVERAL_BODIES)
    m = result.meeting
    assert (m.body, m.date, m.time, m.location) == ("Byrådet", dt.date(2011, 6, 27), "16:00",
                                                    "Byrådssalen, Fredericia Rådhus")
    assert m.absent == ["Hanne Lykkegaard", "Torben Ravn"]
    assert m.participants == []
    d142, d143 = result.decisions
    assert (d142.item, d142.outcome, d142.text) == (
        142, "approved", "Godkendt.\nFor stemte 25 (A, V, O, C, F og B), 2 undlod at stemme (Ø).")
    assert [(h.body, h.outcome, h.text) for h in d142.history] == [("Økonomiudvalget", "recommended", "Anbefales.")]
    assert d142.vote is not None and (d142.vote.for_count, d142.vote.abstained) == (25, ["Ø"])
    assert (d143.item, d143.outcome) == (143, "rejected")
    assert [h.body for h in d143.history] == ["Social- og Sundhedsudvalget", "Økonomiudvalget"]


PDF_EXPORT = """ESBJERG KOMMUNE

Social & Arbejdsmarkedsudvalg

REFERAT

Dato: Onsdag den 30. maj 2012
Tid: Kl. 14:00
Sted: Mødelokale 1, Rådhuset, Torvegade 74, 6700 Esbjerg

Fraværende: Karsten Lauritzen Ebbe (V)

Medlemmer:
Kirsten Bach Laursen (A), formand
Anette Holm-Poulsen (SF)
Karsten Lauritzen Ebbe (V)


Sagsoversigt:
1. Godkendelse af dagsorden
2. Kvalitetsstandard for botilbud
3. Lukket sag: Personalesag


1. Godkendelse af dagsorden
Dok.nr.: 1022-12    Sagsid.: 12/3301    Åben sag

Beslutning Social & Arbejdsmarkedsudvalg den 30.05.2012
Godkendt.
Fraværende: Karsten Lauritzen Ebbe (V)


2. Kvalitetsstandard for botilbud
Dok.nr.: 6741-12    Sagsid.: 12/1187    Åben sag

Indstilling:
Social & Sundhed indstiller, at kvalitetsstandarden godkendes.

Beslutning Social & Arbejdsmarkedsudvalg den 02.05.2012
Udsat.
Fraværende: Lis Thygesen (A)

Beslutning Social & Arbejdsmarkedsudvalg den 30.05.2012
Godkendt.
For stemte: A og SF (4)
Imod stemte: O og V (2)
Fraværende: Karsten Lauritzen Ebbe (V)


3. Lukket sag: Personalesag
Dok.nr.: 7301-12    Sagsid.: 12/3412    Lukket sag
"""


def test_pdf_export_toc_skipped_history_absent_not_counted() -> None:
    result = run(PDF_EXPORT)
    m = result.meeting
    assert (m.body, m.date, m.time, m.location) == (
        "Social & Arbejdsmarkedsudvalg", dt.date(2012, 5, 30), "14:00", "Mødelokale 1, Rådhuset, Torvegade 74, 6700 Esbjerg")
    assert [(p.name, p.party) for p in m.participants] == [
        ("Kirsten Bach Laursen", "A"), ("Anette Holm-Poulsen", "SF")]  # the absent member did not take part
    assert m.absent == ["Karsten Lauritzen Ebbe"]
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [
        (1, "approved", "Godkendt."), (2, "approved", "Godkendt.")]
    vote = result.decisions[1].vote
    assert vote is not None and (vote.for_, vote.for_count, vote.against, vote.against_count) == (
        ["A", "SF"], 4, ["O", "V"], 2)
    assert [h.outcome for h in result.decisions[1].history] == ["postponed"]


GLUED = """Kommunalbestyrelsen
Referat
29-03-2012 kl. 17:00
Store mødesal, Ullasvej 23, Rønne
Afbud: Kristian Dam (V)
PrintDel

1Godkendelse af dagsorden
BeslutningGodkendt.

5Beslutning om samling af borgerservice i Rønne
ResuméDer foreslås en samling af borgerservice.
Økonomi-, Erhvervs- og Planudvalget 21. marts 2012: Anbefales.
BeslutningGodkendt.
For stemte 18 (A, V, C, O), imod stemte 4 (F og Ø).
Fraværende: Kristian Dam (V)

7Beslutning om ny besejling af Christiansø
BeslutningUdsat.

8Lukket punkt: Salg af grund i Rønne Nord
BeslutningGodkendt.
"""


def test_glued_numbers_and_headings() -> None:
    result = run(GLUED)
    m = result.meeting
    assert (m.body, m.date, m.time, m.location, m.absent) == (
        "Kommunalbestyrelsen", dt.date(2012, 3, 29), "17:00", "Store mødesal, Ullasvej 23, Rønne", ["Kristian Dam"])
    assert [(d.item, d.title, d.outcome) for d in result.decisions] == [
        (1, "Godkendelse af dagsorden", "approved"),
        (5, "Beslutning om samling af borgerservice i Rønne", "approved"),
        (7, "Beslutning om ny besejling af Christiansø", "postponed"),
        (8, "Lukket punkt: Salg af grund i Rønne Nord", "approved"),
    ]
    five = result.decisions[1]
    assert five.vote is not None and (five.vote.for_count, five.vote.against) == (18, ["F", "Ø"])
    assert [(h.body, h.outcome) for h in five.history] == [("Økonomi-, Erhvervs- og Planudvalget", "recommended")]


HANDWRITTEN = """Hjørring Kommune
Udsatterådet

Referat af møde i Udsatterådet
Tirsdag den 15. marts 2011 kl. 16.00-18.30
Sted: Hjørring Rådhus, Springvandspladsen 5, mødelokale 2

Til stede:
Lene Bech Mortensen, formand (SAND Hjørring)
Poul Erik Skov, byrådsmedlem (F)

Afbud:
Jytte Kongsgaard (Blå Kors Hjørring)

Dagsorden:
1. Godkendelse af dagsorden
2. Udsattepolitik – forslag om temadag
3. Næste møde og eventuelt


1. Godkendelse af dagsorden
Dagsorden og referat blev godkendt uden bemærkninger.

2. Udsattepolitik – forslag om temadag
Allan Frandsen foreslog en temadag. Der var ikke enighed om formen.
Beslutning: Udsat til næste møde. Allan Frandsen udarbejder et oplæg.

3. Næste møde og eventuelt
Næste møde afholdes i uge 17. Kurt Vestergaard Nielsen orienterede om varmestuen.


Referent: Birthe Sloth, tlf. 72 33 33 33
"""


def test_handwritten_word_minutes() -> None:
    result = run(HANDWRITTEN)
    m = result.meeting
    assert (m.body, m.date, m.time, m.location) == (
        "Udsatterådet", dt.date(2011, 3, 15), "16:00", "Hjørring Rådhus, Springvandspladsen 5, mødelokale 2")
    assert [(p.name, p.party) for p in m.participants] == [("Lene Bech Mortensen", None), ("Poul Erik Skov", "F")]
    assert m.absent == ["Jytte Kongsgaard"]
    assert decisions(HANDWRITTEN) == [
        (1, "Godkendelse af dagsorden", "approved", None, "Dagsorden og referat blev godkendt uden bemærkninger."),
        (2, "Udsattepolitik – forslag om temadag", "postponed", None,
         "Udsat til næste møde. Allan Frandsen udarbejder et oplæg."),
    ]


SBSYS = """Socialudvalget – Referat – 4. september 2017

Mødetid: Kl. 17.00
Mødested: Rådhuset, mødelokale 1
Medlemmer: Britt Kjærgaard (A), Jens Erik Lyck (C), Fatma Yilmaz (Ø)


1. Godkendelse af dagsorden (B)

Indstilling
Direktøren indstiller,
1.    at dagsordenen godkendes
Beslutning i Socialudvalget den 4. september 2017:
Fraværende: Jens Erik Lyck (C)
Godkendt.


4. Etablering af skæve boliger i Korsør (B)

Indstilling
Direktøren indstiller,
1.    at Socialudvalget anbefaler Byrådet at godkende projektet
Beslutning i Socialudvalget den 7. august 2017:
Fraværende: Fatma Yilmaz (Ø)
Udsat til næste møde.
Beslutning i Socialudvalget den 4. september 2017:
Fraværende: Jens Erik Lyck (C)
Indstillingen anbefales.


7. Klage over afgørelse om botilbud (B) – Lukket punkt
"""


def test_item_code_absent_before_text_lukket_punkt() -> None:
    result = run(SBSYS)
    m = result.meeting
    assert (m.body, m.date, m.time, m.location) == ("Socialudvalget", dt.date(2017, 9, 4), "17:00", "Rådhuset, mødelokale 1")
    assert m.absent == ["Jens Erik Lyck"]
    assert [(d.item, d.title, d.outcome, d.text) for d in result.decisions] == [
        (1, "Godkendelse af dagsorden", "approved", "Godkendt."),
        (4, "Etablering af skæve boliger i Korsør", "recommended", "Indstillingen anbefales."),
    ]
    assert result.decisions[1].history[0].outcome == "postponed"


NETPUBLICATOR = """Rødovre Kommune
Politik › Udvalg › Social- og Sundhedsudvalget

Social- og Sundhedsudvalget

05-09-2017

Medlemmer

Formand Lone Dyrby (A)
Søren Quist (C)

Fraværende

Søren Quist (C)

Godkendelse af dagsorden
Sag nr. 61

Beslutning

Godkendt.

Demensstrategi 2017-2021
Sag nr. 64

Indstilling

at udvalget anbefaler strategien over for Kommunalbestyrelsen.

Beslutning

Udsat til mødet den 3. oktober 2017.

Rødovre Kommune · Rødovre Parkvej 150 · 2610 Rødovre
"""


def test_title_above_sag_nr() -> None:
    result = run(NETPUBLICATOR)
    m = result.meeting
    assert (m.body, m.date, m.time, m.location) == ("Social- og Sundhedsudvalget", dt.date(2017, 9, 5), None, None)
    assert [(p.name, p.party) for p in m.participants] == [("Lone Dyrby", "A")]
    assert m.absent == ["Søren Quist"]
    assert decisions(NETPUBLICATOR) == [
        (61, "Godkendelse af dagsorden", "approved", None, "Godkendt."),
        (64, "Demensstrategi 2017-2021", "postponed", dt.date(2017, 10, 3), "Udsat til mødet den 3. oktober 2017."),
    ]


PUNKT = """Sønderborg Kommune

Referat
Børne- og Uddannelsesudvalget

Mødedato:        Mandag den 7. maj 2018
Mødetidspunkt:   08:30
Mødested:        Mødelokale 1.3, Rådhuset, Sønderborg
Medlemmer:       Tove Larsen (A), formand
                 Karsten Friis Nissen (V)
Afbud:           Karsten Friis Nissen (V)

Indholdsfortegnelse
Punkt 1   Godkendelse af dagsorden
Punkt 2   Forslag til ny skolestruktur på Nordals - høring


Punkt 1   Godkendelse af dagsorden
Sagsnr.: 18/9811

Beslutning Børne- og Uddannelsesudvalget den 07-05-2018
Godkendt.


Punkt 2   Forslag til ny skolestruktur på Nordals - høring
Sagsnr.: 17/41877

Sagsfremstilling
Elevtallet på Nordals er faldet med 18 % siden 2012.

Beslutning Børne- og Uddannelsesudvalget den 07-05-2018
Ikke godkendt.
For indstillingen stemte 2 (V). Imod stemte 4 (A, S og Ø).
"""


def test_punkt_numbers_and_aligned_header() -> None:
    result = run(PUNKT)
    m = result.meeting
    assert (m.body, m.date, m.time, m.location) == (
        "Børne- og Uddannelsesudvalget", dt.date(2018, 5, 7), "08:30", "Mødelokale 1.3, Rådhuset, Sønderborg")
    assert [(p.name, p.party) for p in m.participants] == [("Tove Larsen", "A")]
    assert m.absent == ["Karsten Friis Nissen"]
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "approved"), (2, "rejected")]
    vote = result.decisions[1].vote
    assert vote is not None and (vote.for_, vote.for_count, vote.against, vote.against_count) == (
        ["V"], 2, ["A", "S", "Ø"], 4)


UNNUMBERED = """Referat Aarhus Byråd 19-06-2019

Mødetidspunkt: Kl. 17.00
Mødested: Byrådssalen, Aarhus Rådhus

    Ny model for misbrugsbehandling for unge under 25 år

    Beslutning
    Sagens behandling blev udsat.
    Resumé
    Center for Rusmiddelbehandling foreslår et nyt ungetilbud.

    Bilag

    Regnskab 2018 for Sociale Forhold og Beskæftigelse

    Beslutning
    Taget til efterretning.

    For stemte: A, B, F, V, C, Ø og Å (27)
    Imod stemte: O (4)
    Resumé
    Magistratsafdelingen kom ud af 2018 med et mindreforbrug.
"""


def test_unnumbered_items() -> None:
    result = run(UNNUMBERED)
    m = result.meeting
    assert (m.body, m.date, m.time, m.location) == (
        "Aarhus Byråd", dt.date(2019, 6, 19), "17:00", "Byrådssalen, Aarhus Rådhus")
    assert decisions(UNNUMBERED) == [
        (None, "Ny model for misbrugsbehandling for unge under 25 år", "postponed", None, "Sagens behandling blev udsat."),
        (None, "Regnskab 2018 for Sociale Forhold og Beskæftigelse", "noted", None, "Taget til efterretning."),
    ]
    vote = result.decisions[1].vote
    assert vote is not None and (vote.for_count, vote.against, vote.against_count) == (27, ["O"], 4)


@pytest.mark.parametrize(
    "header,time",
    [
        ("Den 16.03.2021 kl. 08:15 i Byrådsstue Ole Rømer", "08:15"),
        ("Mandag den 27. juni 2011 kl. 8.30", "08:30"),
        ("Tirsdag den 15. marts 2011 kl. 16.00-18.30", "16:00"),
        ("Mødetidspunkt: Kl. 17.00", "17:00"),
        ("Mødedato: 23.03.2015, kl. 19:00", "19:00"),
        ("STARTTIDSPUNKT\n\n20-04-2015 14:00:00", "14:00"),
        ("Mødetidspunkt: 15-06-2016 15:30", "15:30"),
        ("Mødedato: 09.06.2020\nMødelokale 0.23", None),
        ("Mødedato\nTirsdag den 9. marts 2021\n\nMødetidspunkt\n15:00 - 17:40\n\nX forlod mødet kl. 16.50", "15:00"),
    ],
)
def test_meeting_time(header: str, time: str | None) -> None:
    raw = f"Økonomiudvalget\n\nReferat\n{header}\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    assert run(raw).meeting.time == time


FRAVAER_I_PUNKT = """Frederiksberg Kommune

Kommunalbestyrelsen

Mødedato: 23.03.2015, kl. 19:00
Mødested: Rådhuset, Kommunalbestyrelsens mødesal

1. Godkendelse af dagsorden

Beslutning
Dagsordenspunkt 1: Godkendelse af dagsorden
Kommunalbestyrelsens beslutning i mødet den 23. marts 2015

Mødet startede kl. 19.00 og sluttede kl. 21.45.

Fraværende med afbud:
Kirsten Holmgaard (A)

Stedfortræder:
Jens Christian Brink (A) deltog for Kirsten Holmgaard.

Dagsordenen blev godkendt.

Til top


2. Meddelelser fra borgmesteren

Socialudvalgets beslutning den 02.03.2015
Anbefalet.

Beslutning
Dagsordenspunkt 2: Meddelelser fra borgmesteren
Kommunalbestyrelsens beslutning i mødet den 23. marts 2015

Borgmesteren orienterede om status for letbaneprojektet.

Taget til efterretning.

Til top
"""


def test_absent_under_item_and_subheadings_dropped() -> None:
    result = run(FRAVAER_I_PUNKT)
    assert result.meeting.absent == ["Kirsten Holmgaard"]
    assert result.meeting.participants == []
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [
        (1, "approved", "Dagsordenen blev godkendt."),
        (2, "noted", "Borgmesteren orienterede om status for letbaneprojektet.\n\nTaget til efterretning."),
    ]
    assert result.decisions[0].absent == ["Kirsten Holmgaard"]
    assert [h.body for h in result.decisions[1].history] == ["Socialudvalget"]


def test_uppercase_list_in_indstilling_is_not_an_item() -> None:
    raw = """Udvalget for Voksne

Referat

38. Godkendelse af dagsorden

Indstilling
Koncerndirektøren indstiller at:
1. Dagsorden til mødet godkendes.
2. Udvalget tager orienteringen til efterretning.

Beslutning i Udvalget for Voksne den 20-04-2015
Dagsordenen blev godkendt.

Fraværende: Ulrik Hjorth (V)


39. Orientering om bostedet Tornhøj

Beslutning i Udvalget for Voksne den 20-04-2015
Taget til efterretning.
"""
    result = run(raw)
    assert result.meeting.body == "Udvalget for Voksne"
    assert [(d.item, d.outcome) for d in result.decisions] == [(38, "approved"), (39, "noted")]
    assert result.meeting.absent == ["Ulrik Hjorth"]


def test_afbud_fra_inline() -> None:
    raw = """Referat af møde i Kommunalbestyrelsen
Torsdag den 5. marts 2020 kl. 17.00 i Byrådssalen
Afbud fra Jens Hansen (V) og Karin Sørensen (A).

Punkt 1: Godkendelse af dagsorden
Beslutning: Godkendt.

Punkt 2: Orientering fra borgmesteren
Beslutning: Taget til efterretning.
"""
    result = run(raw)
    m = result.meeting
    assert (m.body, m.time, m.location) == ("Kommunalbestyrelsen", "17:00", "Byrådssalen")
    assert m.absent == ["Jens Hansen", "Karin Sørensen"]
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "approved"), (2, "noted")]


def test_looks_like_minutes() -> None:
    assert looks_like_minutes(FIRST_AGENDA)
    assert looks_like_minutes(SEVERAL_BODIES)
    assert not looks_like_minutes("Kommunen giver 8,1 mio. kr. årligt. Beslutningen blev truffet i går.")


def test_seed_minutes_end_to_end(seeds_dir) -> None:
    from socdoc import extract

    path = seeds_dir / "docs" / "002_440ea75c3b58bef9.txt"
    gold = json.loads((seeds_dir / "gold" / "002_440ea75c3b58bef9.json").read_text(encoding="utf-8"))
    doc = extract(path.read_text(encoding="utf-8"))
    assert doc.kind == "minutes"
    assert str(doc.published) == gold["published"]
    meeting = doc.model_dump(mode="json")["meeting"]
    for key in ("body", "date", "time", "location", "absent"):
        assert meeting[key] == gold["meeting"][key]
    assert [(p["name"], p["party"]) for p in meeting["participants"]] == [
        (p["name"], p["party"]) for p in gold["meeting"]["participants"]]
    got = [(d.item, d.title, d.outcome, str(d.postponed_to) if d.postponed_to else None, d.text) for d in doc.decisions]
    assert got == [(d["item"], d["title"], d["outcome"], d["postponed_to"], d["text"]) for d in gold["decisions"]]
    raw = path.read_text(encoding="utf-8")
    for d in doc.decisions:
        assert raw[d.start:d.end] == d.text


EDOC = """Ældre- og Sundhedsudvalget - Referat
Mødedato 12.03.2019 Kl. 16:00
Mødested Mødelokale 2, Rådhuset
Deltagere Anne Hansen (A), Bo Jensen (V)
Fraværende Bo Jensen (V)

Punkt 3: Budgetopfølgning for
ældreområdet
Sagsfremstilling
Der forventes et merforbrug.
Beslutning i Ældre- og Sundhedsudvalget den 12-03-2019
Fremsendes til byrådet med anbefaling.

Punkt 4: Orientering om demens
Beslutning i Ældre- og Sundhedsudvalget den 12-03-2019
Udsat til udvalgets møde den 9. april.
"""


def test_labels_without_colon_and_wrapped_title() -> None:
    result = run(EDOC)
    m = result.meeting
    assert (m.body, m.date, m.time, m.location) == (
        "Ældre- og Sundhedsudvalget", dt.date(2019, 3, 12), "16:00", "Mødelokale 2, Rådhuset")
    assert [(p.name, p.party) for p in m.participants] == [("Anne Hansen", "A")]
    assert m.absent == ["Bo Jensen"]
    assert decisions(EDOC) == [
        (3, "Budgetopfølgning for ældreområdet", "recommended", None, "Fremsendes til byrådet med anbefaling."),
        (4, "Orientering om demens", "postponed", dt.date(2019, 4, 9), "Udsat til udvalgets møde den 9. april."),
    ]


PARTY_FIRST = """Referat fra Byrådets møde den 24. juni 2020 kl. 18

Til stede: A: Lise Bjerre, Hans Hansen
V: Bo Bent Jensen
Ikke til stede: Bo Bent Jensen

Sag nr. 7 Takster 2021
Indstilling
Forvaltningen indstiller, at taksterne godkendes.
Beslutning:
Vedtaget.
For stemte: A (10)
Imod stemte: V (5)
Undlod at stemme: C (2)

Sag nr. 8 Lukket punkt: Køb af jord
"""


def test_party_letter_first_and_hour_only() -> None:
    result = run(PARTY_FIRST)
    m = result.meeting
    assert (m.body, m.date, m.time) == ("Byrådet", dt.date(2020, 6, 24), "18:00")
    assert [(p.name, p.party) for p in m.participants] == [
        ("Lise Bjerre", "A"), ("Hans Hansen", "A")]
    assert m.absent == ["Bo Bent Jensen"]
    assert [(d.item, d.outcome, d.text) for d in result.decisions] == [(7, "approved", "Vedtaget.")]
    vote = result.decisions[0].vote
    assert vote is not None and vote.model_dump(by_alias=True) == {
        "for": ["A"], "against": ["V"], "abstained": ["C"], "for_count": 10, "against_count": 5, "abstained_count": 2}


def test_component_sets_kind_when_items_have_decisions() -> None:
    from socdoc import extract

    text = ("Økonomiudvalget\n\n1. Budget 2021\n\nBeslutning\nGodkendt.\n\n"
            "2. Takster for madservice\n\nBeslutning\nAnbefales.\n")
    doc = extract(text)
    assert doc.kind == "minutes"
    assert [(d.item, d.outcome) for d in doc.decisions] == [(1, "approved"), (2, "recommended")]
    assert doc.meeting is not None and doc.meeting.body == "Økonomiudvalget"


def test_press_release_has_no_minutes() -> None:
    from socdoc import extract

    doc = extract("Pressemeddelelse\n\nKommunen giver 8,1 mio. kr. årligt til en ny helhedsplan, "
                  "siger borgmester Lise Bjerre (A). Beslutningen blev godkendt i Byrådet i går.")
    assert doc.meeting is None and doc.decisions == []


# --- layouts of other municipalities -------------------------------------------------------------

PKT_ABOVE_TITLE = """Holmsted Kommune
Forside › Politik › Referater › Ældre- og Sundhedsudvalget

Referat

Dato: Onsdag, April 3, 2019 - 16:30
Sted: Mødelokale 4, Holmsted Rådhus, Torvet 1, Holmsted

 • Pkt. 12 Godkendelse af dagsorden

   Pkt. 12
   Godkendelse af dagsorden
   Sagsnr. 19/1101   Ældre- og Sundhedsudvalget   Åbent punkt

   Ældre- og Sundhedsudvalget, 03-04-2019, pkt. 12
   Godkendt.
   Fraværende: Per Vinther (C) - Ole Krogh (C) mødte som stedfortræder.

 • Pkt. 13 Kvalitetsstandard for madservice

   Pkt. 13
   Kvalitetsstandard for madservice
   Sagsnr. 19/2207   Ældre- og Sundhedsudvalget   Åbent punkt

   Indstilling
   Forvaltningen indstiller, at kvalitetsstandarden godkendes.

   Ældre- og Sundhedsudvalget, 03-04-2019, pkt. 13
   Sagen blev udsat.
"""


def test_pkt_above_title_and_body_date_heading() -> None:
    result = run(PKT_ABOVE_TITLE)
    m = result.meeting
    assert (m.body, m.time, m.location) == (
        "Ældre- og Sundhedsudvalget", "16:30", "Mødelokale 4, Holmsted Rådhus, Torvet 1, Holmsted")
    assert [(d.item, d.title, d.outcome, d.text) for d in result.decisions] == [
        (12, "Godkendelse af dagsorden", "approved", "Godkendt."),
        (13, "Kvalitetsstandard for madservice", "postponed", "Sagen blev udsat."),
    ]
    assert m.absent == ["Per Vinther"]


def test_body_date_item_heading() -> None:
    heading = parse_decision_heading("Ældre- og Sundhedsudvalget, 03-04-2019, pkt. 12")
    assert heading is not None and (heading.body, heading.date_text) == ("Ældre- og Sundhedsudvalget", "03-04-2019")
    assert parse_decision_heading("Ældre- og Sundhedsudvalget, 03-04-2019") is None
    assert parse_decision_heading("BESLUTNINGSPROTOKOL") is None


SAG_PROTOKOL = """BØGEBJERG KOMMUNE

BESLUTNINGSPROTOKOL

Beskæftigelses- og Integrationsudvalget

Mødedato:     Mandag den 7. marts 2016
Mødetid:      Kl. 15:30 - 17:00
Mødested:     Udvalgsværelse 3, Rådhuset, Storegade 12, Bøgebjerg

Til stede:    Karen Møller Friis (A), formand
              Jens Ulrik Dahl (V), næstformand
              Sara Bech (SF)

Fraværende:   Ingen


Oversigt
Sag 1:  Godkendelse af dagsorden ............................... Åbent punkt
Sag 2:  Ny integrationspolitik .................................. Åbent punkt


Sag 1:  Godkendelse af dagsorden                                  Åbent punkt

Protokol:
Godkendt.


Sag 2:  Ny integrationspolitik                                    Åbent punkt

Forvaltningens forslag:
At politikken godkendes.

Protokol:
Godkendt med den ændring, at afsnittet om sprogundervisning uddybes.
"""


def test_sag_items_with_protokol_and_status_column() -> None:
    result = run(SAG_PROTOKOL)
    m = result.meeting
    assert (m.body, m.date, m.time, m.location) == (
        "Beskæftigelses- og Integrationsudvalget", dt.date(2016, 3, 7), "15:30",
        "Udvalgsværelse 3, Rådhuset, Storegade 12, Bøgebjerg")
    assert [(p.name, p.party) for p in m.participants] == [
        ("Karen Møller Friis", "A"), ("Jens Ulrik Dahl", "V"), ("Sara Bech", "SF")]
    assert m.absent == []
    assert [(d.item, d.title, d.outcome) for d in result.decisions] == [
        (1, "Godkendelse af dagsorden", "approved"), (2, "Ny integrationspolitik", "approved")]


PAREN_ITEMS = """ØSTERØ KOMMUNE

Kommunalbestyrelsen

Referat fra ordinært møde torsdag d. 12. september 2024
Byrådssalen, Østerø Rådhus, Havnevej 2, Østerby
Mødet begyndte kl. 18.30

Til stede:
Lise Dahl (A), borgmester
Ebbe Krag (V)

Fraværende: Ingen


Dagsorden
1)  Godkendelse af dagsorden
2)  Helhedsplan for Nørreparken


1)  Godkendelse af dagsorden

Afgørelse:
Godkendt.

Fraværende:

Ingen


2)  Helhedsplan for Nørreparken

Sagsfremstilling:
Boligselskabet har søgt om medfinansiering på 300.000 kr. årligt.

Afgørelse:
Kommunalbestyrelsen ønsker en nærmere beskrivelse af indsatsen.

Sagen genoptages på næste møde.
"""


def test_paren_items_afgoerelse_and_place_after_date() -> None:
    result = run(PAREN_ITEMS)
    m = result.meeting
    assert (m.body, m.time, m.location) == (
        "Kommunalbestyrelsen", "18:30", "Byrådssalen, Østerø Rådhus, Havnevej 2, Østerby")
    assert [(d.item, d.outcome, d.postponed_to) for d in result.decisions] == [
        (1, "approved", None), (2, "postponed", None)]
    assert result.decisions[0].text == "Godkendt." and m.absent == []


AD_ITEMS = """Vestby Kommune – Ældrerådet
Referat

Mødedato:                   4. februar 2015
Mødelokale:                 Mødelokale 7, Vestby Rådhus
Starttidspunkt for møde:    10:00
Afbud meddelt af:           Grethe Ravn

Ad. 1)  Godkendelse af referat

Konklusion:
Referatet blev godkendt.


Ad. 2)  Høring om kvalitetsstandarder

Konklusion:
Rådet afgiver et høringssvar og sender det til Social- og Sundhedsudvalget.
"""


def test_ad_items_konklusion_and_labelled_header() -> None:
    result = run(AD_ITEMS)
    m = result.meeting
    assert (m.body, m.time, m.location) == ("Ældrerådet", "10:00", "Mødelokale 7, Vestby Rådhus")
    assert m.absent == ["Grethe Ravn"]
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "approved"), (2, "other")]


DAGSORDENSPUNKT = """Nordlund Kommune

Referat
Børne- og Familieudvalget

Tirsdag den 5. marts 2024
Mødelokale Egetræet, Rådhuset, Skolegade 8, Nordlund
Mødet startede kl. 16.00

Afbud:
Mona Riis (V)

Dagsordenspunkt 1   Godkendelse af dagsorden                       Åbent punkt

Udvalgets beslutning:
Godkendt.


Dagsordenspunkt 2   Takster for dagtilbud 2025                     Åbent punkt
Sagsnr.: 24/1102

Udvalgets beslutning:
Et flertal (A og F) godkendte indstillingen; et mindretal (V) stemte imod.


Dagsordenspunkt 3   Status på familiehuset                          Åbent punkt

Orientering:
Familiehuset har haft 140 henvendelser i 2023.
"""


def test_dagsordenspunkt_items_and_place_with_room_name() -> None:
    result = run(DAGSORDENSPUNKT)
    m = result.meeting
    assert (m.body, m.time, m.location) == (
        "Børne- og Familieudvalget", "16:00", "Mødelokale Egetræet, Rådhuset, Skolegade 8, Nordlund")
    assert m.absent == ["Mona Riis"]
    assert [(d.item, d.title, d.outcome) for d in result.decisions] == [
        (1, "Godkendelse af dagsorden", "approved"), (2, "Takster for dagtilbud 2025", "approved")]


def test_nobody_absent_ends_the_list() -> None:
    raw = """Referat
Socialudvalget

Mødedato:        Torsdag den 13-10-2016
Fraværende:      Ingen.
                 Bent Holm deltog ikke i behandlingen af pkt. 2.

1.  Budgetopfølgning

Beslutning:
Taget til efterretning.

2.  Takster 2017

Beslutning:
Godkendt.
"""
    result = run(raw)
    assert result.meeting.absent == []
    assert [(d.item, d.outcome) for d in result.decisions] == [(1, "noted"), (2, "approved")]
