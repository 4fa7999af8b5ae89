"""Numbered notes whose numbered line is itself the record and closes with a clause about the agenda
or the minutes ("1. Formanden bød velkommen, og dagsordenen blev godkendt."): that line is the
item's decision; a closing clause about something else is not read this way.

All texts are written for these tests."""

from __future__ import annotations

from socdoc.extractors.minutes import _title_record
from tests.extractors.minutes_run import run


def test_last_clause_of_heading_line() -> None:
    found = _title_record(0, "Næstformanden bød velkommen, og referatet blev godkendt.")
    assert found is not None and found[0] == "Næstformanden bød velkommen, og referatet blev godkendt."
    assert _title_record(0, "Næstformanden bød velkommen, og kaffen blev drukket.") is None


NOTES = """Referat af møde i Nørreby Landsbyråd

Fremmødte: Anne, Bo og Carsten

 1. Næstformanden bød velkommen, og dagsordenen blev godkendt.
 2. Kassereren fremlagde regnskabet.
"""


def test_numbered_note_is_record() -> None:
    found = {(d.item, d.outcome) for d in run(NOTES).decisions}
    assert (1, "approved") in found
