"""Focus areas, linked names: a subject naming one area is joined to the list noun in other tenses, with an
adverb, or to a singular list noun ("Trivsel har i flere år været et fokusområde for rådet"); a counted partitive
subject is joined by a verb to exactly as many items ("To af de nye indsatsområder er A og B"); a label noun names
its area with a capital and no quotes when a dash, colon or the line's end sets the name off ("under temaet Det
gode naboskab – …")."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    found = find_focus_areas(normalize(text), text)
    assert all(text[f.start:f.end] == f.text for f in found)
    return [f.name for f in found]


# The subject of "X har … været et fokusområde", "X er fortsat blandt …"

def test_subject_joined_in_the_perfect_tense() -> None:
    text = "Ensomhed blandt ældre har gennem flere år været et fokusområde hos foreningen og kommunen."
    assert focus(text) == ["Ensomhed blandt ældre"]
    text = "Trafiksikkerhed har længe været et af byrådets indsatsområder."
    assert focus(text) == ["Trafiksikkerhed"]


def test_subject_joined_with_an_adverb_or_a_singular_noun() -> None:
    assert focus("Sund kost er fortsat blandt skolens kerneområder.") == ["Sund kost"]
    assert focus("Mental sundhed er et vigtigt fokusområde for rådet i år.") == ["Mental sundhed"]


def test_no_subject_of_its_own_names_no_area() -> None:
    assert focus("I år har trivsel været et fokusområde for os.") == []
    assert focus("Derfor har trafik været et indsatsområde.") == []
    assert focus("Der er et fokusområde i planen om trafik.") == []
    assert focus("Det har længe været et fokusområde for os.") == []
    assert focus("Byggeriet er et vigtigt indsatsområde i år.") == []
    assert focus("Økonomien er et tema, vi ofte drøfter.") == []


def test_subject_inside_a_clause_names_no_area() -> None:
    text = "Faldet kommer efter, at cykeltyverier i en periode har været et fokuspunkt i samarbejdet."
    assert focus(text) == []


# "To af de nye fokusområder er A og B"

def test_counted_partitive_subject() -> None:
    text = "Rådet har lagt en ny plan. To af de nye indsatsområder er ældres trivsel og digital inklusion. Planen gælder i tre år."
    assert focus(text) == ["ældres trivsel", "digital inklusion"]
    text = "Et af fokusområderne er også sund kost i daginstitutionerne."
    assert focus(text) == ["sund kost i daginstitutionerne"]


def test_partitive_subject_over_a_clause_or_other_count_names_no_area() -> None:
    assert focus("Et af fokusområderne er at styrke samarbejdet med skolerne.") == []
    assert focus("To af indsatsområderne er nye i år, og de handler om trivsel og sundhed.") == []
    assert focus("Tre af temaerne er fra sidste år.") == []


# "inden for temaet Det gode naboskab – …"

def test_capitalised_label_name_without_quotes() -> None:
    text = "Puljen støtter i år projekter inden for temaet Det gode naboskab – fællesskab på tværs af generationer."
    assert focus(text) == ["Det gode naboskab"]


def test_capitalised_label_name_needs_its_delimiter() -> None:
    assert focus("Under indsatsområdet Sundhed og motion etableres bl.a. en løbeklub for unge.") == []
    assert focus("Formand for indsatsområdet Karen Holm Bech siger, at de er glade.") == []
    assert focus("Temaet Det gode liv er drøftet på mødet i dag:") == []
