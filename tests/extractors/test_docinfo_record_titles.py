"""Kind: a page whose first lines name it as the record of a dated meeting is minutes."""

from __future__ import annotations

from socdoc.extractors.docinfo import _dated_record_title


def test_record_title_with_written_date() -> None:
    assert _dated_record_title("Gå til indhold\n\nReferat 14. marts 2011\n\nFremmødte drøftede vejfesten.\n")


def test_letter_spaced_record_title_of_a_pdf() -> None:
    assert _dated_record_title("R e f e r a t MØDE Borgerrådet. Mandag den 2. maj 2016 kl Mødesal 3\n")


def test_record_title_with_meeting_word_and_short_date() -> None:
    assert _dated_record_title("Referat Elevrådsmøde d. 9. oktober 2019\n\n1. Kantinen\n")
    assert _dated_record_title("Referat af mødet 03.04.19\n\nTil stede: Bo, Eva\n")


def test_no_record_title_without_a_date_or_in_a_sentence() -> None:
    assert not _dated_record_title("Referat fra byrådet\nNyheder 3. maj 2020\n")
    assert not _dated_record_title("Referatet af mødet 3. maj 2020 viser en uenighed om budgettet.\n")
