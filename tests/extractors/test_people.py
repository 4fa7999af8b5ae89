"""People: roles from titles, appositions, labels and contact blocks; party letters; surnames."""

from __future__ import annotations

from socdoc.extractors.people import find_people
from socdoc.normalize import normalize


def people(text: str, **kwargs):
    return {p.name: p for p in find_people(normalize(text), text, **kwargs)}


def test_title_before_name_and_party_letter() -> None:
    found = people("Det siger socialborgmester Tina Frandsen (R), og fortsætter. Borgmester Lise Bjerre siger ja.")
    assert found["Tina Frandsen"].role == "socialborgmester"
    assert found["Tina Frandsen"].party == "R"
    assert found["Lise Bjerre"].role == "borgmester"


def test_compound_minister_title() -> None:
    found = people("Økonomi- og indenrigsminister Margrethe Vestager siger:")
    assert found["Margrethe Vestager"].role == "økonomi- og indenrigsminister"


def test_organisation_prefix_on_role() -> None:
    found = people("Kravet er ifølge DS-formand Marianne Brix helt centralt.")
    assert found["Marianne Brix"].role == "formand"


def test_contact_block_and_apposition() -> None:
    text = "Kontakt:\n\nSten Kristensen\nPressechef\nSocialforvaltningen\n\nSvar fra Jonas Bæk Iversen, boligsocial leder."
    found = people(text)
    assert found["Sten Kristensen"].role == "pressechef"
    assert found["Jonas Bæk Iversen"].role == "boligsocial leder"


def test_participant_list_and_label_lines() -> None:
    text = (
        "Deltagere:\n\nPoul Erik Vestergaard, (O)\nPeder Kirk Hove (V), formand\nLisbeth Dam (A)\n\n"
        "Sagsnr.: 00.22.04 Sagsbehandler: Lotte Rahbek\n"
    )
    found = people(text)
    assert found["Poul Erik Vestergaard"].party == "O"
    assert found["Peder Kirk Hove"].role == "formand"
    assert found["Lisbeth Dam"].role is None
    assert found["Lotte Rahbek"].role == "sagsbehandler"


def test_surname_joins_the_person() -> None:
    text = "Borgmester Lise Bjerre åbnede mødet. Senere sagde Bjerre, at aftalen er god."
    found = find_people(normalize(text), text)
    assert len(found) == 1 and len(found[0].mentions) == 2


def test_byline_with_title_line() -> None:
    text = "Teksten.\n\nAf Mikkel Pedersen\nLeder af Det Boligsociale Fællessekretariat i Køge\n"
    assert people(text)["Mikkel Pedersen"].role == "leder"


def test_no_people_from_organisations() -> None:
    assert people("Økonomiudvalget og Byrådet godkendte sagen i Køge Kommune.") == {}


def role(text: str, name: str):
    return people(text)[name].role


def test_title_after_name_is_its_head() -> None:
    assert role("- Det virker, siger Lars Hvidt Hansen, direktør i KAB, i dag.", "Lars Hvidt Hansen") == "direktør"
    assert role("Søren Bach, formand for afdelingsbestyrelsen i Egedalsvænge, glæder sig.", "Søren Bach") \
        == "formand"
    assert role("Anne Brask, formand for Beboerrådet i Trekanten, udtaler:", "Anne Brask") \
        == "formand"
    assert role("udtaler Kirsten Winther Jørgensen (A), formand for Børne- og Skoleudvalget.",
                "Kirsten Winther Jørgensen") == "formand"
    found = people("Gitte Ravn, formand for Kalundborg Almennyttige Boligselskab, udtaler:")
    assert list(found) == ["Gitte Ravn"] and found["Gitte Ravn"].role == "formand"


def test_title_and_committee_before_name() -> None:
    text = "Det er vigtigt, siger formand for Social- og Arbejdsmarkedsudvalget Birthe Nørgaard (SF)."
    assert role(text, "Birthe Nørgaard") == "formand"
    text = "Det siger rådmand for Sociale Forhold og Beskæftigelse Anders Winnerskjold (A)."
    assert role(text, "Anders Winnerskjold") == "rådmand"


def test_genitive_title_then_name_and_role_in_parentheses() -> None:
    text = "Udvalgets formand, Mette Frisk Lauridsen (F), udtaler:"
    assert role(text, "Mette Frisk Lauridsen") == "formand"
    text = "Partiets retsordfører, Henrik Vestergaard Munk (DD), mener noget andet."
    assert role(text, "Henrik Vestergaard Munk") == "retsordfører"
    found = people("Mødedeltagere: Hanne Klit (formand), Jørn Klausen (næstformand), Karsten Kjær")
    assert found["Hanne Klit"].role == "formand" and found["Jørn Klausen"].role == "næstformand"


def test_role_labels_and_kept_prefix() -> None:
    assert role("Protokolfører: Charlotte Holm, Sekretariatet for Social og Handicap", "Charlotte Holm") \
        == "protokolfører"
    assert role("SSP-koordinator Nadia Lund Rasmussen, tlf. 32 46 46 46", "Nadia Lund Rasmussen") \
        == "SSP-koordinator"
