"""Focus areas named after a clause, by the subject of a sentence, after a sharp focus, and split
where a coordinated phrase has one modifier or two."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


# A counted list noun, a relative clause, the sentence's end, then as many bullets.

def test_counted_noun_with_clause_over_bullets() -> None:
    text = ("Årsrapporten gennemgår tre faste temaer, der vender tilbage hvert år.\n\n"
            " • Beskæftigelse blandt unge\n • Tryghed i boligområderne\n • Sundhed og trivsel\n\n"
            "Hovedresultater\n\n • Ledigheden faldt med to procent.\n")
    assert focus(text) == ["Beskæftigelse blandt unge", "Tryghed i boligområderne", "Sundhed og trivsel"]


def test_counted_noun_with_clause_needs_as_many_bullets() -> None:
    text = ("Foreningen har fire temaer, som bestyrelsen vælger hvert forår.\n\n"
            "- Natur og friluftsliv\n- Kulturarv\n\nLæs mere på hjemmesiden.")
    assert focus(text) == []


def test_clause_over_bullets_of_news_is_no_list() -> None:
    text = ("Vi har tre fokusområder, som skal evalueres til sommer.\n\n"
            "- Vi har holdt to møder.\n- Der kom 40 deltagere.\n- Næste møde er den 3. maj.\n")
    assert focus(text) == []


# A counted list noun whose clause runs to the sentence's end; the next sentence names the areas.

def test_next_sentence_names_the_counted_areas() -> None:
    text = ("Fonden sætter fokus på tre temaer, hvor der er brug for nye idéer, mod og samarbejde. "
            "Det drejer sig om bedre udearealer, fællesskab på tværs af generationer og grønne løsninger i hverdagen.")
    assert focus(text) == ["bedre udearealer", "fællesskab på tværs af generationer", "grønne løsninger i hverdagen"]


def test_clause_after_the_count_is_no_item() -> None:
    text = "Kampagnen har tre temaer, hvor der er brug for at tænke nyt, prøve ting af og dele erfaringer."
    assert focus(text) == []


def test_next_sentence_must_name_as_many() -> None:
    text = ("Bestyrelsen har vedtaget tre indsatsområder. Der er tale om en videreførelse af sidste års arbejde, "
            "som har virket godt.")
    assert focus(text) == []


def test_cut_compound_keeps_its_og() -> None:
    text = ("Puljen støtter tre temaer, som alle handler om nærmiljøet. Det handler om grønne gårdrum, "
            "trygge stier og nyt liv i små butiks- og foreningslokaler.")
    assert focus(text) == ["grønne gårdrum", "trygge stier", "nyt liv i små butiks- og foreningslokaler"]


# The subject of a sentence "X er et af [owner's] [adjective] list noun".

def test_subject_is_one_of_the_core_areas() -> None:
    text = "Ensomhed blandt ældre er et af foreningens vigtigste indsatsområder. Det mærkes især om vinteren."
    assert focus(text) == ["Ensomhed blandt ældre"]
    text = "Trafiksikkerhed er blandt rådets kerneområder, og det bliver ved med at være sådan."
    assert focus(text) == ["Trafiksikkerhed"]


def test_subject_must_be_a_noun_phrase_of_its_own() -> None:
    assert focus("Dette er et af de vigtigste indsatsområder for os.") == []
    assert focus("Projektet er et af fondens fokusområder i år.") == []
    assert focus("I år er trivsel et af temaerne.") == []
    assert focus("Anne Jensen er et af bestyrelsens kerneområder.") == []
    assert focus("Når det gælder skolerne, er trivsel et af temaerne.") == []


# "skarpt fokus på A og B": a list of two or more.

def test_sharp_focus_on_a_bare_noun_and_a_modified_noun() -> None:
    text = "Næste år vil rådet også have et skarpt fokus på mobning og digitale krænkelser, der rammer mange unge."
    assert focus(text) == ["mobning", "digitale krænkelser"]


def test_sharp_focus_on_one_thing_is_no_area() -> None:
    assert focus("Planen har et skarpt fokus på de største udfordringer i bydelen.") == []


def test_modifier_after_both_nouns_keeps_them_together() -> None:
    text = "Klinikken har særligt fokus på børn og unge med spiseforstyrrelser."
    assert focus(text) == ["børn og unge med spiseforstyrrelser"]


# A counted list whose last part holds more "og"s than items.

def test_bare_noun_joins_the_phrase_after_it() -> None:
    text = ("Planen har især fokus på to områder: voksne med svær depression og børn og unge med angst. "
            "Her er behovet størst.")
    assert focus(text) == ["voksne med svær depression", "børn og unge med angst"]


def test_count_phrase_is_no_area() -> None:
    text = "Strategien har især fokus på to områder: sund kost og daglig bevægelse."
    assert "to områder" not in focus(text)


# Quoted titles and subtitles after a dash are kept whole; enumerating words are not part of a name.

def test_quoted_title_keeps_its_dash() -> None:
    text = ("Handlingsplanen har to indsatsområder, som der vil være særligt fokus på: For det første "
            "”Skolevejen – tryghed og trafik”, for det andet ”Nattelivet”.")
    assert focus(text) == ["Skolevejen – tryghed og trafik", "Nattelivet"]


def test_bullet_with_a_subtitle_of_nouns() -> None:
    text = ("Udvalget arbejder med fire temaer, som går igen hvert år:\n\n• Ældreomsorg – pleje og rehabilitering\n"
            "• Kultur\n• Idræt\n• Natur og miljø\n")
    assert focus(text) == ["Ældreomsorg – pleje og rehabilitering", "Kultur", "Idræt", "Natur og miljø"]


def test_bullet_with_an_explanation_is_cut() -> None:
    text = "Planen har to indsatsområder:\n\n1. Ungeområdet – flere unge skal i job.\n2. Seniorområdet – længere arbejdsliv.\n"
    assert focus(text) == ["Ungeområdet", "Seniorområdet"]


def test_enumerating_words_are_dropped() -> None:
    text = ("Foreningen peger på to indsatsområder, som der vil være særligt fokus på: for det første "
            "trafiksikkerhed, for det andet ensomhed blandt ældre.")
    assert focus(text) == ["trafiksikkerhed", "ensomhed blandt ældre"]
    assert focus("Klubben arbejder med to temaer: dels friluftsliv, dels madlavning.") == ["friluftsliv", "madlavning"]


# "følgende områder, der er prioriteret:"

def test_areas_that_are_prioritised() -> None:
    text = "Udvalget har vedtaget følgende områder, der er prioriteret højest:\n\n• Tidlig indsats\n• Mental sundhed\n• Bevægelse\n"
    assert focus(text) == ["Tidlig indsats", "Mental sundhed", "Bevægelse"]


def test_clause_over_an_agenda_is_no_list() -> None:
    text = ("Udvalget drøftede tre temaer, der blev udskudt fra sidste møde.\n\n"
            "1. Budget 2025\n2. Status på byggeriet\n3. Eventuelt\n")
    assert focus(text) == []
    text = ("Bestyrelsen tog fat på tre temaer, som medlemmerne havde bedt om.\n\n"
            "- Nyt fra formanden\n- Status på renoveringen\n- Eventuelt\n")
    assert focus(text) == []
