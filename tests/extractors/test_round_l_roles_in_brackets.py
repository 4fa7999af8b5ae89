"""A person's role in brackets before the organisation or unit they work for, and a coordinated title that
opens with an acronym ("PR- og foreningskonsulent")."""

from __future__ import annotations

import socdoc


def roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in socdoc.extract(text).people}


BOARD = ("Nyt råd for Nordby Museum\n\n"
         "Kulturministeren har udpeget rådet, der får følgende sammensætning:\n"
         "Karin Bak Holm (underdirektør, Marked & Salg, Tivoli Sydhavn)\n"
         "Mette Dam (analysechef, VisitNordby)\n"
         "Ole Vang (professor, Nordby Universitet)\n\n"
         "Rådet mødes første gang i marts.")


def test_the_role_before_the_employer_in_brackets() -> None:
    found = roles(BOARD)
    assert found["Mette Dam"] == "analysechef"
    assert found["Ole Vang"] == "professor"


def test_the_role_before_a_unit_and_an_employer_in_brackets() -> None:
    assert roles(BOARD)["Karin Bak Holm"] == "underdirektør"


def test_a_unit_before_the_role_in_brackets_still_gives_the_role() -> None:
    text = "Til stede fra forvaltningen var Eva Lund (Sekretariatet, referent) og Bo Dam (formand, A)."
    found = roles(text)
    assert found["Eva Lund"] == "referent"
    assert found["Bo Dam"] == "formand"


def test_a_name_and_a_place_in_brackets_give_no_role() -> None:
    text = "Prisen gik til Jens Bak (Nordby, Vestjylland), der har trænet klubbens unge i 30 år."
    assert roles(text).get("Jens Bak") is None


def test_a_coordinated_title_that_opens_with_an_acronym_keeps_it() -> None:
    text = ("Det fortæller Lone Berg, PR- og foreningskonsulent i Nordby Idrætsråd.\n\n"
            "Anne Holm (PR- og kommunikationschef) glæder sig også.")
    found = roles(text)
    assert found["Lone Berg"] == "pr- og foreningskonsulent"
    assert found["Anne Holm"] == "pr- og kommunikationschef"


def test_an_employers_acronym_glued_to_a_title_is_no_part_of_the_role() -> None:
    text = "Det oplyser Bo Dam, KL-chef, til avisen. Eva Lund, IT-chef i kommunen, er enig."
    found = roles(text)
    assert found["Bo Dam"] == "chef"
    assert found["Eva Lund"] == "IT-chef"  # a field of work the title keeps
