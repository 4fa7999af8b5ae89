"""Minutes as a document viewer's transcript: the first line names the meeting with its date and clock, the pages
are run together into long lines, and the record's labels stand inline ("Indholdsfortegnelse 1. …",
"Medlemmer Eva …", "Beslutning Udvalget …"). Texts written for these tests."""

from __future__ import annotations

from socdoc.extractors.docinfo import classify

VIEWER_TRANSCRIPT = """Kultur- og Fritidsudvalget onsdag den 3. februar 2010, kl. 16:00 i Mødelokale 2

Størrelse: px
Starte visningen fra side:

Download "Kultur- og Fritidsudvalget onsdag den 3. februar 2010, kl. 16:00 i Mødelokale 2"

Transkript

1 Kultur- og Fritidsudvalget onsdag den 3. februar 2010, kl. 16:00 i Mødelokale 2 Åbent møde Tilstede Bente Holm (A) - formand Niels Vang (V) Rikke Bech (F) Afbud Ole Krag (O) INDHOLDSFORTEGNELSE Åbent møde 1... Meddelelser 2... Tilskud til foreninger 2010 3... Renovering af svømmehallen
2 Lukket møde 4. Salg af grund Sagsnr.: Dok.nr.: Udvalget blev orienteret om sæsonens aktiviteter i hallerne og om ventelisterne til svømning.
"""

# The same kind of transcript opened by the sentence that dates the meeting, with members and decisions inline.
SENTENCE_OPENING = """Mødet blev holdt torsdag den 12. maj 2016 på rådhuset. Mødet begyndte kl. 17:00 og sluttede kl. 19:10.

Download "Mødet blev holdt torsdag den 12. maj 2016 på rådhuset."

1 Byrådet Møde nr. 7 Medlemmer Karen Lund (A), Per Smed (V), Ida Holt (C) 1. Godkendelse af dagsorden 2. Budgetopfølgning 3. Ny skolestruktur
2 Budgetopfølgning Sagsnr.: Beslutning Byrådet den 12. maj 2016 Godkendt med 15 stemmer for. Fraværende Ingen
"""

# A municipality's news about a meeting: dated and timed first line, but no record labels inline.
MEETING_NEWS = """Borgermøde tirsdag den 4. marts 2014 kl. 19 om den nye skolestruktur

Kommunen inviterer alle forældre til et møde om forslaget til en ny skolestruktur. Børne- og skoleudvalget
fremlægger forslaget, og der bliver god tid til spørgsmål fra salen. Medlemmer af byrådet deltager også.
Mødet holdes i aulaen på Vestskolen, og der serveres kaffe. Tilmelding er ikke nødvendig.
"""

# Only one family of labels (members) inline: not enough for a record.
ONE_FAMILY = """Generalforsamling lørdag den 6. april 2019 kl. 14 i klubhuset

Medlemmer Ole Friis og Hanne Lind blev hyldet for 25 års medlemskab, og formanden takkede dem for deres indsats
gennem årene. Bagefter var der kaffe og kage, og mange blev hængende til langt ud på eftermiddagen i det gode vejr.
"""


def test_viewer_transcript_of_a_committee_is_minutes():
    assert classify(VIEWER_TRANSCRIPT) == "minutes"


def test_transcript_opening_with_the_meeting_sentence_is_minutes():
    assert classify(SENTENCE_OPENING) == "minutes"


def test_timed_meeting_news_without_record_labels_is_not_minutes():
    assert classify(MEETING_NEWS) != "minutes"


def test_one_label_family_is_not_enough():
    assert classify(ONE_FAMILY) != "minutes"
