"""Focus areas introduced by forms that recur across publishers: a sentence of focus whose object
ends its line with a colon over bullets."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


def test_focus_sentence_ending_in_colon_over_bullets() -> None:
    text = ("Kommunen har sat en ny undersøgelse i gang med fokus på de største udfordringer:\n\n"
            "  • Ensomhed blandt ældre.\n  • Mental sundhed\n  • Tryghed i boligområderne\n\n"
            "Resultaterne ventes til foråret.")
    assert focus(text) == ["Ensomhed blandt ældre", "Mental sundhed", "Tryghed i boligområderne"]


def test_activities_with_their_kinds_after_herunder() -> None:
    text = ("Fonden støtter en række projekter med fokus på en række aktiviteter, herunder:\n\n"
            "- Lektiehjælp og uddannelse\n- Sundhed og bevægelse\n- Fællesskaber, der samler beboerne på tværs\n")
    assert focus(text) == ["Lektiehjælp og uddannelse", "Sundhed og bevægelse",
                           "Fællesskaber, der samler beboerne på tværs"]


def test_focus_colon_over_goals_or_sentences_is_no_list() -> None:
    text = ("Planen har fokus på disse mål:\n\n- Flere unge i job\n- Færre i kriminalitet\n")
    assert focus(text) == []
    text = ("Arbejdet har fokus på det, der virker:\n\n- Vi vil mødes hver måned.\n- Alle kan deltage.\n")
    assert focus(text) == []
    text = ("Mødet havde fokus på 2025:\n\n- Budget 2025\n- Valg af formand\n")
    assert focus(text) == []


def test_counted_noun_named_by_the_next_sentence() -> None:
    text = ("Politi og kommuner har aftalt tre fokusområder for det fælles arbejde i 2025. Der er tale om "
            "cyberkriminalitet, vold i nattelivet samt trafiksikkerhed omkring skolerne.")
    assert focus(text) == ["cyberkriminalitet", "vold i nattelivet", "trafiksikkerhed omkring skolerne"]
    text = "Udvalget vedtog fire indsatsområder. Det er ensomhed, motion, kost og søvn."
    assert focus(text) == ["ensomhed", "motion", "kost", "søvn"]


def test_counted_noun_named_by_a_clause_of_content() -> None:
    text = "Strategien rummer fem temaer, og de handler om læsning, trivsel, fravær, overgange og forældresamarbejde."
    assert focus(text) == ["læsning", "trivsel", "fravær", "overgange", "forældresamarbejde"]


def test_next_sentence_that_names_no_areas() -> None:
    assert focus("Foreningen har to fokusområder. Det er nyt og spændende.") == []
    assert focus("Vi drøftede de tre temaer. Det er Karen Holm, Jens Berg og Lise Dahl, der leder dem.") == []
    assert focus("Planen har tre temaer, der omhandler både børn, unge og ældre borgere.") == []
    assert focus("Der er fire indsatsområder i år. De er beskrevet i bilag 1, bilag 2, bilag 3 og bilag 4.") == []


def test_list_noun_opening_a_sentence_with_a_verb() -> None:
    # a definite list noun at a line start joined by a verb to its items is a sentence, not a menu title
    text = "Temaerne for næste års seminar er klimatilpasning, boligmangel og mobilitet."
    assert focus(text) == ["klimatilpasning", "boligmangel", "mobilitet"]
    # three words of time or purpose between the noun and its verb
    text = "Fokusområderne for den nye periode bliver ensomhed, skolefravær og psykisk mistrivsel."
    assert focus(text) == ["ensomhed", "skolefravær", "psykisk mistrivsel"]
    assert focus("Temaerne for mødet er ikke fastlagt endnu.") == []
    assert focus("Temaer\n\nNyheder\nKalender\nKontakt\n") == []


def test_counted_noun_over_dels_dels() -> None:
    text = "Foreningen arbejder med to indsatsområder, dels lektiehjælp, dels sommeraktiviteter for familier."
    assert focus(text) == ["lektiehjælp", "sommeraktiviteter for familier"]
    # the parts must add up to the count, and a part that starts with a conjunction is a reason, not an area
    assert focus("Planen rummer tre temaer, dels natteliv og alkohol, dels trafik.") == []
    assert focus("Rådet valgte to temaer, dels fordi de er aktuelle, dels fordi borgerne ønsker det.") == []


def test_heading_naming_the_plan_then_the_list_noun() -> None:
    text = ("Lokalrådets handleplan 2025 - fokusområder\n\n• Skolevejene\n• Hærværk ved stationen\n"
            "• Ensomme ældre\n\nHandleplanen blev vedtaget i marts.")
    assert focus(text) == ["Skolevejene", "Hærværk ved stationen", "Ensomme ældre"]
    # a weak list noun after the dash still needs a count or an owner: an agenda is no list of themes
    text = "Punkt 4 - temaer\n\n• Godkendelse af referat\n• Eventuelt\n"
    assert focus(text) == []


def test_focus_phrase_over_a_counted_noun_keeps_the_order() -> None:
    # the counted noun opens the list; the focus phrase before it does not read "tre temaer: …" as an item
    text = "Fonden har i år særligt fokus på tre temaer: biodiversitet, grønne tage og regnvand."
    assert focus(text) == ["biodiversitet", "grønne tage", "regnvand"]
