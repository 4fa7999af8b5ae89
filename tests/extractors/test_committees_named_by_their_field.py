"""A committee named by its field in words of several kinds ("Klima og miljø", "Børn, skole og fritid")
is the body whose meeting the minutes' heading names, and so is such a name coordinated with it in the
text; a sentence before "… møde den" names no body. A role for a body that labels an attendance line
("Repræsentant fra Elevrådet: Sofie Lind") is the role of the name after the colon.

All texts are written for these tests."""

from __future__ import annotations

from entities_run import parties


def test_the_heading_names_the_committee_that_meets() -> None:
    text = "Klima og miljøs møde den 3. marts 2023\n\nReferat\n\nSagen blev godkendt.\n"
    assert "Klima og miljø" in parties(text)


def test_a_heading_with_a_lead_and_a_list_of_fields() -> None:
    text = "Referat fra Børn, skole og fritids møde den 12. maj 2021\n\nGodkendt.\n"
    assert "Børn, skole og fritid" in parties(text)


def test_a_field_committee_beside_the_meeting_one_is_a_body_too() -> None:
    text = ("Klima og miljøs møde den 3. marts 2023\n\n"
            "Sagen forelægges Plan, vej og trafik og Klima og miljø parallelt.\n")
    found = parties(text)
    assert {"Klima og miljø", "Plan, vej og trafik"} <= set(found)


def test_a_sentence_before_a_meeting_names_no_body() -> None:
    text = "Sagen blev udsat på Byrådets møde den 4. maj 2020.\nReferat af Byrådets møde den 5. maj 2020\n"
    assert not any(name.startswith(("Sagen", "Referat")) for name in parties(text))


def test_a_role_for_a_body_labels_the_name_after_its_colon() -> None:
    import socdoc

    record = socdoc.extract("Øvrige deltagere:\nRepræsentant fra Elevrådet: Sofie Lind\nSekretær for udvalget: Bo Dam\n\n"
                            "Hun er formand for foreningen: Lis Holm kom ikke.\n")
    roles = {p.name: p.role for p in record.people}
    assert roles["Sofie Lind"] == "repræsentant"
    assert roles["Bo Dam"] == "sekretær"
    assert roles.get("Lis Holm") is None  # inside a sentence the colon ends the role's phrase
