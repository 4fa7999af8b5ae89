"""People: a person's age as an adjective before the full name, and a transcript's page label run on
after the last name of a list."""

from __future__ import annotations

import socdoc


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in socdoc.extract(text).people]


def test_age_before_an_unlisted_name_names_a_person() -> None:
    text = ("Tolv nye bydelsmødre\n\n59-årige Mamez Amid fra Måløv og 37-årige Melisa Damgaard fra "
            "Grantofteparken er to af de nye bydelsmødre.\n")
    found = [name for name, _ in people(text)]
    assert "Mamez Amid" in found and "Melisa Damgaard" in found
    assert "Melisa Damgaard" not in [a.name for a in socdoc.extract(text).areas]


def test_page_label_after_a_list_is_no_part_of_the_last_name() -> None:
    text = ("1 Teknik- og Miljøudvalget Protokol kl. 15:30 Udvalgsværelse 1 Derudover deltog Direktør Bo "
            "Holm Markussen Udvalgssekretær Karen Elisabeth Dam Side 1 af 40\n")
    assert ("Karen Elisabeth Dam", "udvalgssekretær") in people(text)
