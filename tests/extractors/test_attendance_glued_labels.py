"""Attendance labels a web page glued to the end of the line before them, where the page lost its line
breaks: the participants label after the title's date ("… 4. marts 2021Deltagere:") and the absence
label after the last member's organisation ("… Ældresagen Fraværende:" run together). Texts written for
these tests; all names are invented."""

from __future__ import annotations

from tests.extractors.minutes_run import run

GLUED_LISTS = """Referat 4. marts 2021

Referat fra Ældrerådsmøde torsdag den 4. marts 2021Deltagere:
Birthe Sandholm, Ældresagen
Jonas Frederiksen, Ældresagen
Karen Ulstrup, Byrådet (Sundhedsudvalget)
Poul Erik Vestergaard, Byrådet
Signe Mølgaard, Sundhedsdirektør
Tage Brinch, Afdelingsleder, ÆldreplejenFraværende:
Karen Ulstrup og Tage Brinch med afbud.

Sager til behandling:
1. Godkendelse af dagsorden
2. Orientering om budget

Punkt nummer: 1
Godkendelse af dagsorden

Beslutning:
Dagsordenen blev godkendt.

Punkt nummer: 2
Orientering om budget

Beslutning:
Taget til efterretning.
"""

# The same lists with the labels on lines of their own: read the same.
SEPARATE_LISTS = GLUED_LISTS.replace("2021Deltagere:", "2021\nDeltagere:").replace(
    "ÆldreplejenFraværende:", "Ældreplejen\nFraværende:")

# A title whose last word merely runs into a capitalised word without a colon: no list is opened.
NO_LABEL = GLUED_LISTS.replace("2021Deltagere:", "2021Deltagere")


def test_glued_participants_label_opens_the_list():
    meeting = run(GLUED_LISTS).meeting
    assert [p.name for p in meeting.participants] == [
        "Birthe Sandholm", "Jonas Frederiksen", "Poul Erik Vestergaard", "Signe Mølgaard"]


def test_glued_absence_label_ends_the_participants_and_opens_the_absentees():
    meeting = run(GLUED_LISTS).meeting
    assert sorted(meeting.absent) == ["Karen Ulstrup", "Tage Brinch"]


def test_labels_on_their_own_lines_read_the_same():
    glued, separate = run(GLUED_LISTS).meeting, run(SEPARATE_LISTS).meeting
    assert [p.name for p in glued.participants] == [p.name for p in separate.participants]
    assert sorted(glued.absent) == sorted(separate.absent)


def test_glued_word_without_colon_opens_no_participants_list():
    assert "Birthe Sandholm" not in [p.name for p in run(NO_LABEL).meeting.participants]
