"""A minister's portfolio after "for" stays in the role, also after the definite form before the
name ("ministeren for by, bolig og landdistrikter Eva Holm") and on the line under a name."""

from __future__ import annotations

from people_run import people


def test_definite_minister_with_portfolio_before_name() -> None:
    text = "I et brev fra ministeren for kultur og kirke Pernille Vange Skov skriver hun om planen."
    assert people(text)["Pernille Vange Skov"].role == "minister for kultur og kirke"


def test_definite_minister_alone_gets_base_form() -> None:
    text = "Det oplyser ministeren Jørgen Staun Holm i et svar til udvalget."
    assert people(text)["Jørgen Staun Holm"].role == "minister"


def test_portfolio_on_the_line_under_the_name() -> None:
    text = "Nyhed\n\nMalene Brix Lind\nMinister for land- og fiskeri\n\nPuljen er nu fordelt."
    assert people(text)["Malene Brix Lind"].role == "minister for land- og fiskeri"


def test_title_on_the_line_under_the_name_keeps_no_unit() -> None:
    text = "Kontakt\n\nKarsten Vibe\nKontorchef\nTelefon 33 92 00 00\n"
    assert people(text)["Karsten Vibe"].role == "kontorchef"
