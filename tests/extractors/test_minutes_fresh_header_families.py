"""Minutes header families seen on fresh pages: a web agenda viewer whose absence label is glued to the
place, a PDF transcript titled "side 1 Åbent referat for …s møde", an association's minutes pasted into a
page under a bare "Referat:", and a housing meeting's attendance groups ("Fra Organisationsbestyrelsen:").
Texts written for these tests; all names are invented."""

from __future__ import annotations

from socdoc.extractors.docinfo import classify
from tests.extractors.minutes_run import run

# A web agenda viewer: the page lost the line break between the place and the absence label.
GLUED_ABSENCE = """Dagsordener

Hjem
Dagsorden

Beskæftigelsesudvalget - Referat 7. marts 2019

Beskæftigelsesudvalget

Åben

Referat


Torsdag den 07-03-2019 kl. 15:00

Mødelokale 3.12, Havnegade 4, 3. salAfbud fra:
Karina Lykke Dahl

Oversigtsdagsorden: Åben referat


1. Orientering om ledighedstal

Åbent - 2019/01234

Sagsresumé

Forvaltningen orienterer om udviklingen i ledigheden i det seneste kvartal.

Beslutning

Orienteringen blev taget til efterretning.
"""

# The same viewer with the label on a line of its own: nothing changes.
SEPARATE_ABSENCE = GLUED_ABSENCE.replace("3. salAfbud fra:", "3. sal\nAfbud fra:")

# A place whose last word merely starts with a capital after a small letter, no label: kept whole.
GLUED_NO_LABEL = GLUED_ABSENCE.replace("3. salAfbud fra:\nKarina Lykke Dahl", "3. sal")


def test_glued_absence_label_ends_the_place():
    meeting = run(GLUED_ABSENCE).meeting
    assert meeting.location == "Mødelokale 3.12, Havnegade 4, 3. sal"
    assert meeting.absent == ["Karina Lykke Dahl"]


def test_absence_label_on_its_own_line_reads_the_same():
    meeting = run(SEPARATE_ABSENCE).meeting
    assert meeting.location == "Mødelokale 3.12, Havnegade 4, 3. sal"
    assert meeting.absent == ["Karina Lykke Dahl"]


def test_place_without_glued_label_is_unchanged():
    meeting = run(GLUED_NO_LABEL).meeting
    assert meeting.location == "Mødelokale 3.12, Havnegade 4, 3. sal"
    assert meeting.absent == []


# A document site's transcript of a PDF: the first line drops the date, the download line keeps it, and the
# title opens with the page marker and the access status.
PDF_TITLE = """side 1 Åbent referat for Teknik- og miljøudvalgs møde den kl. 17:00 Byrådssalen Tilgår pressen

Størrelse: px
Starte visningen fra side:

Download "side 1 Åbent referat for Teknik- og miljøudvalgs møde den 14.03.2011 kl. 17:00 Byrådssalen Tilgår pressen"

Transkript

1 side 1 Åbent referat for Teknik- og miljøudvalgs møde den kl. 17:00 Byrådssalen Tilgår pressen

2 side 2 Indholdsfortegnelse: 31. Vejbelysning i Nørreby Cykelsti langs Åvej Meddelelser

3 side 31. Vejbelysning i Nørreby Sagsnr. 11/223 Forvaltningen har undersøgt udskiftning af gadelamper i Nørreby.
"""

# A news story that quotes such a title is no record: no date of the record after the title word.
PDF_TITLE_NEWS = """Side 1 Åbent referat er nu en fast rubrik i avisen

Hver uge bringer vi på side 1 et kort overblik over, hvad politikerne har besluttet i den forgangne uge.
Læserne har taget godt imod rubrikken, siger redaktøren.
"""


def test_pdf_transcript_title_with_page_marker_is_minutes():
    assert classify(PDF_TITLE) == "minutes"


def test_pdf_transcript_title_names_body_place_and_time():
    meeting = run(PDF_TITLE).meeting
    assert meeting.body == "Teknik- og miljøudvalget"
    assert meeting.location == "Byrådssalen"
    assert meeting.time == "17:00"


def test_news_about_a_page_one_rubric_is_not_minutes():
    assert classify(PDF_TITLE_NEWS) != "minutes"


# An association's annual meeting pasted into a web page: "Referat:" over numbered agenda items.
BARE_RECORD_TITLE = """Referat:

1. Velkomst ved formanden
2. Valg af dirigent

Dirigent: Henning Bro

3. Bestyrelsens beretning

Beretningen blev godkendt.

4. Regnskab

Regnskabet godkendt.

5. Eventuelt

Juletræstænding i byen blev drøftet.
"""

# "Referat:" as a caption over a story with no agenda: not minutes.
BARE_TITLE_STORY = """Referat:

Formanden fortalte om et travlt år i foreningen, og mange medlemmer deltog i sommerens arbejdsdage.
Der blev også tid til kaffe og hyggeligt samvær, og alle var enige om at gentage det næste år.
"""


def test_bare_record_title_over_numbered_items_is_minutes():
    assert classify(BARE_RECORD_TITLE) == "minutes"


def test_bare_record_title_over_prose_is_not_minutes():
    assert classify(BARE_TITLE_STORY) != "minutes"


# A housing department's meeting: the attendance groups name who came from where, never the body.
GROUPED_ATTENDANCE = """Referat af ekstraordinært afdelingsmøde i afdeling 7

Mødedato:    4. oktober 2022

Mødested:    Fælleshuset, Lærkevej 12, 4000 Roskilde

Til stede:

Fra afdelingsbestyrelsen: Pia Vestergaard
Fra Organisationsbestyrelsen:
Fra administrationen: Søren Kragh

DAGSORDEN

1. Valg af dirigent og referent
Dirigent Søren Kragh, referent Pia Vestergaard

2. Godkendelse af driftsbudget for 2023

Driftsbudgettet blev godkendt.
"""


def test_attendance_group_label_is_not_the_body():
    body = run(GROUPED_ATTENDANCE).meeting.body
    assert body is None or not body.startswith("Fra ")
