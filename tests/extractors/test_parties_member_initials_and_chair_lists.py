"""Parties: a member's initials in brackets that a gazetteer also lists as an organisation's short
form ("(BL)", "(JM)"), and a chair's surname before a coordinated committee name."""

from __future__ import annotations

from entity_views import party_names as names


def test_member_initials_matching_a_gazetteer_abbreviation_name_no_organisation() -> None:
    text = ("Referat af bestyrelsesmøde i Nordvig Boligforening\n\n"
            "Til stede: Birte Lund (BL), Jonas Mørk (JM), Tove Sand (TS)\nAfbud: Kim Dahl (KD)\n\n"
            "1. Godkendelse af dagsorden\nGodkendt.")
    found = names(text)
    assert "BL" not in found and "Justitsministeriet" not in found
    assert not any("Almene Boliger" in n for n in found)


def test_one_members_initials_with_a_middle_name_name_no_organisation() -> None:
    text = "Mødeleder var Bent Ove Lauritsen (BL), som bød velkommen til de fremmødte beboere."
    assert names(text) == []


def test_abbreviation_in_brackets_after_an_organisation_still_counts() -> None:
    text = "Sagen er sendt til Justitsministeriet (JM), som svarer inden sommerferien."
    assert names(text) == ["Justitsministeriet"]


def test_bracketed_abbreviation_that_is_no_persons_initials_still_counts() -> None:
    text = "Forslaget er drøftet med Morten Bak (KL), der repræsenterer kommunerne."
    assert "KL" in names(text)


def test_chairs_surname_before_a_coordinated_committee_is_cut_off() -> None:
    text = ("Torsdag tager borgmester Ole Brink og Lis K. Hammer, Social- og Sundhedsudvalgets formand, "
            "det første spadestik til et nyt bofællesskab.")
    assert names(text) == ["Social- og Sundhedsudvalget"]


def test_chair_with_first_name_only_before_the_committee() -> None:
    text = "Ifølge Karen Holt, Børne- og Ungeudvalgets formand, er der brug for flere pladser."
    assert names(text) == ["Børne- og Ungeudvalget"]


def test_comma_listed_committee_name_keeps_its_first_item() -> None:
    text = "Sagen blev behandlet i Teknik, Miljø og Klimaudvalget den 3. maj."
    assert names(text) == ["Teknik, Miljø og Klimaudvalget"]


def test_member_initials_after_a_title_word_name_no_organisation() -> None:
    text = "Referent Birte Lund (BL) udsender referatet til alle beboere i afdelingen."
    assert names(text) == []
