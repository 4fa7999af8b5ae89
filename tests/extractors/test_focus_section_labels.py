"""Focus areas as headings over a repeated label line ("Nye initiativer:"), as categories opened by the
next sentence ("… fire kategorier. Henholdsvis 1) A, 2) B …"), as strategic goals written as themes,
and names that go on after a dash ("… – og fremtiden")."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    found = find_focus_areas(normalize(text), text)
    assert all(text[f.start:f.end] == f.text for f in found)
    return [f.name for f in found]


def test_headings_each_over_the_same_label_line() -> None:
    text = ("Overblik: Sådan styrker regeringen indsatsen for hjemløse\n\nVOKSNE\n\n"
            "Flere veje ud af hjemløshed\n\nNye initiativer:\n\n • Flere midlertidige boliger i de store byer.\n"
            " • Opsøgende teams på gaden om natten.\n\n"
            "Fokus på psykiatri og misbrug\n\nNye initiativer:\n\n • Fælles behandling af psykisk syge misbrugere.\n\n"
            "UNGE\n\nUnge uden fast bopæl\n\nNye initiativer:\n\n • Ungeboliger med tilknyttet støtte.\n")
    assert focus(text) == ["Flere veje ud af hjemløshed", "Fokus på psykiatri og misbrug", "Unge uden fast bopæl"]


def test_a_single_label_line_names_no_heading() -> None:
    text = ("Budgetaftale 2026\n\nGrøn omstilling af kommunens bilpark\n\nInitiativer:\n\n"
            " • Ladestandere ved rådhuset.\n • Elbiler til hjemmeplejen.\n")
    assert focus(text) == []


def test_a_label_under_a_sentence_names_nothing() -> None:
    text = ("Vi har i år arbejdet med mange ting i foreningen.\nInitiativer:\n • Fælles spisning.\n\n"
            "Bestyrelsen holdt også møde med kommunen om parkeringen.\nInitiativer:\n • Nye skilte.\n")
    assert focus(text) == []


def test_categories_named_in_the_next_sentence_with_numbers() -> None:
    text = ("Legatet har i mange år uddelt sine midler inden for tre kategorier. Henholdsvis 1) Børn og unge, "
            "2) Idræt og bevægelse, og 3) Kunst og kultur. Sådan vil det også være fremover.\n")
    assert focus(text) == ["Børn og unge", "Idræt og bevægelse", "Kunst og kultur"]


def test_categories_without_a_cue_of_focus_are_no_list() -> None:
    text = "Boligerne er delt i tre kategorier: små, mellemstore og store lejligheder.\n"
    assert focus(text) == []


def test_strategic_goals_written_as_themes_under_a_count() -> None:
    text = ("Sagsfremstilling\nI denne valgperiode har kommunalbestyrelsen arbejdet med 4 strategiske målsætninger.\n\n"
            "    • Et godt liv hele livet\n    • Læring i fællesskab\n    • Grøn by i bevægelse\n"
            "    • Nærhed i hverdagen\n\nStatus gives på næste møde.\n")
    assert focus(text) == ["Et godt liv hele livet", "Læring i fællesskab", "Grøn by i bevægelse",
                           "Nærhed i hverdagen"]


def test_strategic_goals_written_as_sentences_are_no_focus_areas() -> None:
    text = ("Udvalget har vedtaget 3 strategiske målsætninger.\n\n • Flere ledige skal i job\n"
            " • Alle børn skal kunne læse\n • Ventetiden skal ned\n")
    assert focus(text) == []


def test_a_dash_before_og_goes_on_with_the_name() -> None:
    text = ("Der kan søges tilskud til projekter inden for temaerne:\n\nByens fortid \u2013 og fremtiden\n"
            "Naturen omkring fjorden\nFællesskab på tværs af generationer\n\nAnsøgningsfristen er 1. marts.\n")
    assert focus(text) == ["Byens fortid \u2013 og fremtiden", "Naturen omkring fjorden",
                           "Fællesskab på tværs af generationer"]


def test_a_dash_before_an_explanation_still_ends_the_name() -> None:
    text = ("Planen har fire indsatsområder:\n\n - Tryghed \u2013 flere voksne i gaderne\n - Uddannelse\n"
            " - Beskæftigelse\n - Sundhed\n")
    assert focus(text) == ["Tryghed", "Uddannelse", "Beskæftigelse", "Sundhed"]


def test_counted_categories_with_capitalised_names_joined_by_eller() -> None:
    text = ("Alle ansøgninger skal passe ind i en af følgende to projektkategorier: Grønne fællesskaber eller "
            "Trygge boligområder.\n")
    assert focus(text) == ["Grønne fællesskaber", "Trygge boligområder"]


def test_counted_general_noun_needs_as_many_names_as_it_counts() -> None:
    text = "Puljen dækker tre områder: Ældre og Handicap.\n"
    assert focus(text) == []


def test_counted_general_noun_over_places_names_no_focus_areas() -> None:
    text = "Helhedsplanen omfatter tre områder: Vollsmose, Korsløkken og Bøgeparken.\n"
    assert focus(text) == []


def test_counted_pillars_with_capitalised_names() -> None:
    assert focus("Børnepolitikken hviler på tre søjler: Leg, Læring og Livsglæde.\n") == ["Leg", "Læring", "Livsglæde"]


def test_pillars_without_a_count_are_no_list() -> None:
    assert focus("Søjler:\nBetonsøjlerne i kælderen skal udskiftes.\nArbejdet tager to uger.\n") == []


def test_fields_of_effort_over_bullets() -> None:
    text = ("Ungestrategien har fire indsatsfelter:\n\n • Fravær i skolen\n • Fritidsjob\n • Mentorordninger\n"
            " • Sundhed og trivsel\n\nStrategien evalueres i 2027.\n")
    assert focus(text) == ["Fravær i skolen", "Fritidsjob", "Mentorordninger", "Sundhed og trivsel"]


def test_a_dash_after_a_counted_list_noun_opens_the_list() -> None:
    text = "Legatet uddeler midler inden for tre indsatsområder – Natur og miljø, Idræt og Kulturarv.\n"
    assert focus(text) == ["Natur og miljø", "Idræt", "Kulturarv"]


def test_a_counted_general_noun_over_capitalised_budget_lines_is_no_list() -> None:
    assert focus("Besparelserne fordeles på tre områder: Ældre, Handicap og Psykiatri.\n") == []


def test_a_plan_with_focus_on_three_things() -> None:
    text = ("Helhedsplanen skal have fokus på at styrke forældrenes netværk, unges vej til fritidsjob samt "
            "sundhed for de ældre beboere.\n")
    assert focus(text) == ["forældrenes netværk", "unges vej til fritidsjob", "sundhed for de ældre beboere"]


def test_a_plan_with_focus_on_two_things_is_no_list() -> None:
    assert focus("Planen har fokus på lektiehjælp og fritidsjob i afdelingen.\n") == []


def test_another_subject_with_focus_on_three_things_is_no_list() -> None:
    text = "Undersøgelsen har fokus på ventetider, sagsbehandling og brugen af vikarer i kommunerne.\n"
    assert focus(text) == []


def test_a_plan_with_focus_on_themes_leaves_the_list_to_the_noun() -> None:
    text = "Strategien har fokus på temaer som bevægelse, kost, og ro i hverdagen for beboerne.\n"
    assert focus(text) == ["bevægelse", "kost", "ro i hverdagen"]


def test_counted_noun_with_nemlig_leaves_the_opener_out_of_the_first_item() -> None:
    text = "Helhedsplanen har to fokusområder, nemlig tidlig opsporing og forældresamarbejde.\n"
    assert focus(text) == ["tidlig opsporing", "forældresamarbejde"]


def test_counted_bold_titles_each_over_a_paragraph() -> None:
    text = ("Helhedsplanens tre indsatsområder er:\n\n**Tryghed og trivsel**\nVi styrker naboskabet i gårdene.\n\n"
            "**Job og uddannelse**\nJobcaféen har åbent hver tirsdag.\n\n**Forældre**\nKurser for nye forældre.\n")
    assert focus(text) == ["Tryghed og trivsel", "Job og uddannelse", "Forældre"]


def test_headings_over_a_bold_label_line() -> None:
    text = ("## Mere plads til fællesskaber\n\n**Nye tiltag:**\n- Flere klubaftener.\n\n"
            "## Tryg vej til skole\n\n**Nye tiltag:**\n- Skolepatruljer.\n")
    assert focus(text) == ["Mere plads til fællesskaber", "Tryg vej til skole"]


def test_bold_headings_over_a_label_line() -> None:
    text = ("**Sunde rammer**\n\nIndsatser:\n- Frugt i klubben.\n\n**Ro i hjemmet**\n\nIndsatser:\n- Familiekurser.\n")
    assert focus(text) == ["Sunde rammer", "Ro i hjemmet"]
