"""Focus areas: talk of focus in other tenses and with other adverbs, a list that is a clause, and a
list item cut off where a saved page ends."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


def test_focus_in_the_perfect_tense_with_an_adverb() -> None:
    text = "Puljen har i sit første år især haft fokus på ensomme ældre.\n"
    assert focus(text) == ["ensomme ældre"]


def test_focus_verb_after_i_hoej_grad() -> None:
    text = "Handleplanerne vil i høj grad fokusere på mental trivsel, gode fællesskaber og tidlig hjælp.\n"
    assert focus(text) == ["mental trivsel", "gode fællesskaber", "tidlig hjælp"]


def test_plain_focus_verb_without_emphasis_names_no_single_area() -> None:
    assert focus("Rådet vil fokusere på sagen.\n") == []


def test_list_noun_joined_to_a_clause_is_no_list() -> None:
    text = "Politikken har de samme temaer. Temaerne er nu samlet under værdierne mod, ro og omsorg.\n"
    assert focus(text) == []


def test_last_item_cut_inside_a_word_where_the_page_ends() -> None:
    text = ("Planen har to indsatsområder:\n\n1. Tidlig opsporing af sygdom – herunder:\n\n"
            " • Bedre screening hos egen læge.\n\n2. Bedre kv")
    assert focus(text) == ["Tidlig opsporing af sygdom"]


def test_last_item_with_a_whole_short_word_where_the_page_ends() -> None:
    text = "Planen har to indsatsområder:\n\n • Sundhed og trivsel\n • Flere i job"
    assert focus(text) == ["Sundhed og trivsel", "Flere i job"]


def minutes_focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text, minutes=True)]


def test_minutes_themes_of_a_policy_named_in_the_paragraph_before() -> None:
    text = ("Der er holdt et dialogmøde om de overordnede temaer i handicappolitikken.\n\n"
            "Følgende temaer blev drøftet:\n\n 1. Bolig\n 2. Beskæftigelse\n 3. Fritid\n\nSagen sendes i høring.\n")
    assert minutes_focus(text) == ["Bolig", "Beskæftigelse", "Fritid"]


def test_minutes_themes_of_a_compound_policy_in_the_openers_sentence() -> None:
    text = "Sundhedspolitikken har tre temaer: kost, motion og søvn. Udvalget godkendte udkastet.\n"
    assert minutes_focus(text) == ["kost", "motion", "søvn"]


def test_minutes_themes_of_a_budget_stay_out() -> None:
    text = ("Der er indkommet ønsker til budgettet.\n\n"
            "Følgende temaer blev drøftet:\n\n 1. Vejvedligehold\n 2. Skolebusser\n\nSagen oversendes.\n")
    assert minutes_focus(text) == []
