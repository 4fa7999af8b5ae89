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
