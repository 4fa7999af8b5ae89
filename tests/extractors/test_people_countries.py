"""People: a country of two capitalised words is no person's name."""

from __future__ import annotations

import socdoc


def test_country_of_two_words_is_no_person() -> None:
    record = socdoc.extract("Fonden støtter klinikker i Uganda og Burkina Faso. Det oplyser direktør Anne Holm.\n")
    assert [p.name for p in record.people] == ["Anne Holm"]
