"""Parties: a pronoun opening a grant headline, an acronym that names the law of a section ("§ 129 SL"),
a fund pool written as a hyphenated compound ("TV-overvågningspulje"), a file's name in a list of
attachments and a function word of a heading in capitals are no parties; a committee named by fields set
off by commas is one name, and a person after "ved" is none of an organisation's."""

from __future__ import annotations

from socdoc.extractors.entities import compound_head

from entities_run import parties


def test_a_pronoun_opening_a_grant_headline_is_no_recipient() -> None:
    text = ("De får støtte til forebyggelse\n\n"
            "Fem jyske kommuner får støtte fra Socialstyrelsen til at forebygge kriminalitet blandt unge.\n")
    assert parties(text) == ["Socialstyrelsen"]


def test_the_law_after_a_section_sign_is_no_party() -> None:
    text = ("Flytninger efter § 129 SL og § 85, stk. 2 SEL i 3. kvartal blev gennemgået af Ældreudvalget, "
            "og KL blev orienteret.\n")
    assert parties(text, {"SL": "ORG", "SEL": "ORG", "KL": "ORG"}) == ["Ældreudvalget", "KL"]


def test_a_pool_written_after_a_hyphen_is_a_thing() -> None:
    assert compound_head("TV-overvågningspulje") == "pulje"
    assert compound_head("CVR-nummer") == "nummer"
    text = "Udvalget skal fordele midlerne fra Tryg Bys TV-overvågningspulje i 2015.\n"
    assert "Tryg Bys TV-overvågningspulje" not in parties(text, {"Tryg Bys TV-overvågningspulje": "ORG"})


def test_a_file_name_and_a_shouted_function_word_are_no_parties() -> None:
    text = ("Sager til behandling: Ansøgning fra Handicaprådet til kurset LÆR AT TACKLE job og sygdom.\n\n"
            "Bilag: Principper for arbejdet i Center for Udsatte Borgere.pdf og Referat af mødet.docx\n")
    assert parties(text, {"AT": "ORG", "Center for Udsatte Borgere.pdf": "ORG"}) == ["Handicaprådet"]


def test_a_committee_named_by_a_list_of_fields_set_off_by_commas() -> None:
    text = ("Det siger formand for Børne, Unge og Familieudvalget, Peter Frederiksen (V). "
            "Byrådet, Arbejdsmarked og Integrationsudvalget mødes i næste uge.\n")
    assert parties(text) == ["Børne, Unge og Familieudvalget", "Byrådet", "Arbejdsmarked og Integrationsudvalget"]


def test_a_person_after_ved_is_no_part_of_the_organisations_name() -> None:
    text = ("1. Foretræde ved Musikterapeutforeningen ved Marie Bolette Falk om musikterapi. "
            "Institut for Psykologi ved Aarhus Universitet og Rådet for Sikker Trafik deltog.\n")
    found = parties(text)
    assert "Musikterapeutforeningen" in found and not any("Falk" in name for name in found)
    assert "Rådet for Sikker Trafik" in found  # a field after "for" that reads like a name stays
