"""Focus areas in layouts of unseen publishers: a counted noun whose relative clause ends in a colon over
bullets ("fire strategiske spor, der binder os sammen:"), a list set off by dashes ("tre spor - A, B og C -
og …"), bullets each with an indented explanation under them, a numbered label alone on its line with the
name on the next (also in a table of contents with dot leaders), and "to af indsatsområderne …" ending a
paragraph over titled paragraphs."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    found = find_focus_areas(normalize(text), text)
    assert all(text[f.start:f.end] == f.text for f in found)
    return [f.name for f in found]


# A counted noun, a relative clause, a colon and the bullets


def test_relative_clause_ending_in_a_colon_over_bullets() -> None:
    text = ("Fælles strategi for egnen\n\nKommunerne har sammen lagt tre strategiske spor, som skal binde "
            "egnen tættere sammen:\n\n  • Turisme og oplevelser\n  • Grøn energi\n  • Kollektiv trafik\n\n"
            "Strategien følges op hvert andet år.\n")
    assert focus(text) == ["Turisme og oplevelser", "Grøn energi", "Kollektiv trafik"]


def test_relative_clause_without_an_adjective() -> None:
    text = ("Netværket arbejder i fire temaer, der er valgt af medlemmerne:\n\n- Ensomhed\n- Bevægelse\n"
            "- Frivillighed\n- Pårørende\n")
    assert focus(text) == ["Ensomhed", "Bevægelse", "Frivillighed", "Pårørende"]


def test_relative_clause_over_more_bullets_than_counted_names_nothing() -> None:
    text = ("Rådet har drøftet to temaer, der fylder meget lige nu:\n\n- Parkering ved skolen\n"
            "- Nye cykelstier\n- Støj fra motorvejen\n- Affald i parken\n")
    assert focus(text) == []


# A list set off by dashes


def test_list_between_two_dashes() -> None:
    text = ("Ministeriet præsenterede i dag en plan for idrætten. Planen har tre spor - bevægelse, "
            "fællesskab og faciliteter - og rummer ti konkrete initiativer for 40 mio. kr.\n")
    assert focus(text) == ["bevægelse", "fællesskab", "faciliteter"]


def test_list_between_two_en_dashes() -> None:
    text = ("Udspillet har fire indsatsområder – tidlig opsporing, bedre behandling, flere pladser og mere "
            "forskning – og skal forhandles i efteråret.\n")
    assert focus(text) == ["tidlig opsporing", "bedre behandling", "flere pladser", "mere forskning"]


# Bullets each explained by indented lines under them


def test_bullets_each_with_an_indented_explanation() -> None:
    text = ("Seniorpolitikken bygger på fire fokusområder:\n\n"
            " • Aktivt seniorliv\n   Fordi mange ønsker at bruge deres tid og erfaring i fællesskaber\n"
            " • Trygge boliger\n   Fordi en bolig der passer til livet gør hverdagen lettere\n"
            " • Velfærdsteknologi\n   Fordi nye hjælpemidler kan give mere selvhjulpenhed\n"
            " • Pårørende som samarbejdspartnere\n   Fordi de pårørende kender borgeren bedst\n\n"
            "Politikken gælder fra 2025.\n")
    assert focus(text) == ["Aktivt seniorliv", "Trygge boliger", "Velfærdsteknologi",
                           "Pårørende som samarbejdspartnere"]


def test_unindented_text_after_a_bullet_ends_the_list() -> None:
    text = ("Foreningen har tre indsatsområder:\n\n • Lektiehjælp\nDet var en god sommer i foreningen.\n"
            " • Husk kontingentet\n • Generalforsamling i marts\n")
    assert focus(text) == ["Lektiehjælp"]


# A numbered label alone on its line, the name on the next


def test_table_of_contents_with_labels_over_names() -> None:
    text = ("Indhold\nFORORD\nEt fælles ansvar for velfærden ........................ 4\n"
            "INDSATSOMRÅDE 1\nTidlig hjælp til børnefamilier ............................ 8\n"
            "INDSATSOMRÅDE 2\nFlere unge i uddannelse og job ............................ 12\n"
            "INDSATSOMRÅDE 3\nEt stærkere samarbejde med civilsamfundet og de frivillige\n"
            "foreninger i hele kommunen ................................... 16\n")
    assert focus(text) == ["Tidlig hjælp til børnefamilier", "Flere unge i uddannelse og job",
                           "Et stærkere samarbejde med civilsamfundet og de frivillige foreninger i hele kommunen"]


def test_labels_over_headings_in_the_body() -> None:
    text = ("Tema 1\nNatur og friluftsliv\n\nKommunen vil åbne flere stier for borgerne.\n\n"
            "Tema 2\nLokale fællesskaber\n\nForsamlingshusene skal have bedre vilkår.\n")
    assert focus(text) == ["Natur og friluftsliv", "Lokale fællesskaber"]


def test_a_label_over_a_dated_line_names_nothing() -> None:
    text = "Program for temadagen\n\nTema 1\nKl. 9.30 Velkomst og kaffe\n\nTema 2\nKl. 11.00 Oplæg\n"
    assert focus(text) == []


def test_a_label_over_a_sentence_names_nothing() -> None:
    text = "Spor 2\nVi skal blive bedre til at tale sammen på tværs af afdelingerne.\n"
    assert focus(text) == []


# "to af indsatsområderne …" ending a paragraph, titled paragraphs below


def test_some_of_the_areas_as_titled_paragraphs() -> None:
    text = ("Styrelsen har ansvaret for to af indsatsområderne i programmet.\n\n"
            "Lokale arbejdspladser\nFlere små virksomheder skal kunne vokse uden for byerne.\n\n"
            "Formålet er at holde på de unge familier.\n\n"
            "Bedre levevilkår på landet\nBorgerne skal have adgang til service tæt på.\n")
    assert focus(text) == ["Lokale arbejdspladser", "Bedre levevilkår på landet"]


def test_counted_sentence_over_fewer_titled_paragraphs_names_nothing() -> None:
    text = ("Udvalget har godkendt tre af indsatsområderne i planen.\n\n"
            "Næste møde\nUdvalget mødes igen i juni.\n")
    assert focus(text) == []


# A list in parentheses after a counted noun; a definite noun with a verb and a colon


def test_list_in_parentheses_after_a_counted_noun() -> None:
    text = ("Klubben har tre fokusområder (talentudvikling, frivillige og faciliteter), som bestyrelsen "
            "følger op på hvert år.\n")
    assert focus(text) == ["talentudvikling", "frivillige", "faciliteter"]


def test_a_reference_in_parentheses_names_nothing() -> None:
    text = "Planen har fire indsatsområder (se bilag 3), som beskrives nærmere i handleplanen.\n"
    assert focus(text) == []


def test_definite_noun_verb_and_colon_keeps_no_verb_as_an_area() -> None:
    text = "Fokusområderne er: ensomhed, bevægelse og kost.\n"
    assert focus(text) == ["ensomhed", "bevægelse", "kost"]


def test_counted_sentence_over_numbered_agenda_lines_names_nothing() -> None:
    text = ("Byrådet behandlede to af indsatsområderne på mødet.\n\n"
            "Punkt 4\nGodkendt uden bemærkninger.\n\nPunkt 5\nUdsat til næste møde.\n")
    assert focus(text) == []



def test_a_single_label_alone_on_its_line_names_nothing() -> None:
    text = "Toget kører fra\nSpor 1\nAfgang mod Aarhus og Aalborg\n"
    assert focus(text) == []
