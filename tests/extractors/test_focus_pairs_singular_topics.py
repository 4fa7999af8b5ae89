"""Focus areas: two abstract nouns right after a definite list noun ("fokusområderne trivsel og læring"), one area
named after a singular list noun ("… på indsatsområde madspild"), areas that a clause's activities must fit, and
the subjects a council proposes for its meetings (no focus areas in minutes)."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str, minutes: bool = False) -> list[str]:
    found = find_focus_areas(normalize(text), text, minutes=minutes)
    assert all(text[f.start:f.end] == f.text for f in found)
    return [f.name for f in found]


def test_definite_list_noun_with_two_abstract_nouns_before_a_passive_verb() -> None:
    text = ("Med fokusområderne sundhed og uddannelse støttes projekter, der hjælper unge videre i livet. "
            "Fonden uddeler midler to gange om året.\n")
    assert focus(text) == ["sundhed", "uddannelse"]


def test_definite_list_noun_with_two_abstract_nouns_ending_the_sentence() -> None:
    assert focus("Legatet gives inden for temaerne bevægelse og ledelse.\n") == ["bevægelse", "ledelse"]


def test_definite_list_noun_with_finite_verb_after_the_pair() -> None:
    assert focus("Fokusområderne trivsel og dannelse er fondens pejlemærker.\n") == ["trivsel", "dannelse"]


def test_definite_list_noun_with_a_group_of_people_is_no_pair() -> None:
    assert focus("Indsatsområderne børn og unge prioriteres højt i år.\n") == []


def test_pair_of_concrete_nouns_is_no_list() -> None:
    assert focus("Vi støtter projekter inden for temaerne idræt og musik.\n") == []


def test_one_of_the_areas_joined_by_a_verb_stays_one() -> None:
    text = "Planen bygger på visionen, hvor ét af indsatsområderne er medborgerskab og livskvalitet. Det betyder meget.\n"
    assert focus(text) == ["medborgerskab og livskvalitet"]


def test_pair_of_abstract_nouns_followed_by_a_compound_is_no_pair() -> None:
    assert focus("Med fokusområderne trivsel og dannelsesrejser støttes projekter.\n") == []


def test_singular_list_noun_names_one_area_in_an_agenda() -> None:
    text = ("Dagsorden\n\nPkt. 4.     Godkendelse af referat\n\nPkt. 5.     Afsluttende status på indsatsområde "
            "madspild\n\nPkt. 6.     Eventuelt\n")
    assert focus(text, minutes=True) == ["madspild"]


def test_singular_list_noun_before_a_verb_names_nothing() -> None:
    assert focus("For hvert indsatsområde beskrives mål og midler.\n") == []
    assert focus("Rådet har under dette indsatsområde haft fokus på boliger.\n") == []


def test_singular_list_noun_with_a_number_is_no_name() -> None:
    assert focus("Udvalget fik en status på fokusområde 3.\n", minutes=True) == []


def test_counted_areas_that_activities_must_fit() -> None:
    text = ("Fonden har fastlagt tre indsatsområder, som boligafdelingens aktiviteter skal passe ind i:\n\n"
            "  • Beskæftigelse\n  • Tryghed og trivsel\n  • Forældre og Børn\n\nMere om fonden her.\n")
    assert focus(text) == ["Beskæftigelse", "Tryghed og trivsel", "Forældre og Børn"]


def test_counted_areas_with_goals_as_their_content_stay_goals() -> None:
    text = ("Planen har tre indsatsområder, som har følgende mål:\n\n  • Flere i job\n  • Færre i kriminalitet\n"
            "  • Bedre skoler\n\nMere tekst her.\n")
    assert focus(text) == []


def test_subjects_proposed_for_a_council_in_minutes_are_no_focus_areas() -> None:
    text = ("3. Temaer for Seniorrådet 2027\n\nSagsfremstilling\n\nRådet skal drøfte, hvilke temaer, som der er "
            "behov for at tage op på møderne.\n\nBeslutning\n\nFølgende emner blev foreslået:\n\n"
            "  • Ensomhed blandt enlige\n  • Åbningstider i Café Solsikken\n  • Fremtiden for Bådehuset\n\n"
            "4. Eventuelt\n")
    assert focus(text, minutes=True) == []
