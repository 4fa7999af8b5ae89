"""Parties: names a leading word opens (a legal form, a school before its board)."""

from __future__ import annotations

from entity_views import party_names as names


def test_company_named_after_its_legal_form() -> None:
    assert "I/S Nordaffald" in names("Punkt 4. Ændring af vedtægter for I/S Nordaffald. Godkendt.")
    found = names("Gebyrer fra I/S Vestaffald og I/S Kystvarme Sydhavn (TMU) blev drøftet.")
    assert "I/S Vestaffald" in found and "I/S Kystvarme Sydhavn" in found


def test_heading_run_on_after_a_form_led_name_stays_out() -> None:
    found = names("5. Ændring af vedtægter for I/S Nordaffald Oprettelse af udvidet SFO på Bakkeskolen")
    assert "I/S Nordaffald" in found
    assert not any("Oprettelse" in n for n in found)


def test_form_closing_a_name_does_not_open_the_next_heading() -> None:
    found = names("Regnskab 2019 for Fjordby Køkken I/S Pris- og kvalitetskrav til leverandører")
    assert not any(n.startswith("I/S") for n in found)


def test_school_board_is_named_with_its_school() -> None:
    text = ("42. Dialogmøde med Kildeskolens bestyrelse\n\n"
            "Kildeskolens bestyrelse er inviteret til dialogmøde kl. 17.00. Kildeskolen har sendt to emner.")
    found = names(text)
    assert "Kildeskolens bestyrelse" in found
    assert "Kildeskolen" not in found


def test_school_board_nouns_of_other_kinds() -> None:
    assert "Engskolens skolebestyrelse" in names(
        "Lis Dahl, formand for Engskolens skolebestyrelse, har skrevet til udvalget om budgettet.")
    assert "Åskolens fællesbestyrelse" in names(
        "Henvendelse fra Åskolens fællesbestyrelse vedr. kortere åbningstider i SFO.")


def test_board_of_another_owner_is_not_named_so() -> None:
    found = names("Handelsforeningens bestyrelse har skrevet til udvalget om julebelysningen.")
    assert "Handelsforeningens bestyrelse" not in found


def test_unit_named_by_its_organisations_genitive() -> None:
    found = names("Det viser en ny opgørelse fra Socialministeriets Analysekontor. Den udkom i går.")
    assert "Socialministeriets Analysekontor" in found
    assert "Socialministeriet" not in found
    assert "Nordfondens Støtte- og bevillingsadministration" in names(
        "siger Lise Holm, direktør i Nordfondens Støtte- og bevillingsadministration.")


def test_unit_led_by_an_acronyms_genitive_keeps_the_previous_name_apart() -> None:
    found = names("i samarbejde med KL's Center for Arbejdsmarked og Integration og KL's Juridisk sekretariat i år.")
    assert "KL's Juridisk sekretariat" in found
    assert not any(n.startswith("Integration og") for n in found)


def test_lowercase_or_common_noun_after_a_genitive_is_no_unit() -> None:
    found = names("Det viser en ny rapport fra Socialministeriets kontor om udsatte børn.")
    assert "Socialministeriets kontor" not in found
