"""Parties: a pronoun opening a grant headline, an acronym that names the law of a section ("§ 129 SL"),
a fund pool written as a hyphenated compound ("TV-overvågningspulje"), a file's name in a list of
attachments and a function word of a heading in capitals are no parties."""

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
