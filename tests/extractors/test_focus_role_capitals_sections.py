"""Focus areas in four more layouts of unseen publishers: a list noun with "som" and its role ending its line
above bullets ("følgende temaer som omdrejningspunkt:"), bullets led by the area's name in capitals with an
explanation in lower case, numbered section titles under a title of focus areas with paragraphs and bullets
of aims between them, and unnumbered labels with the same word after a dash glued together in a flattened
table of contents. Also a service's fields "inden for områderne …", which are no focus areas."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    found = find_focus_areas(normalize(text), text)
    assert all(text[f.start:f.end] == f.text for f in found)
    return [f.name for f in found]


# "temaer som omdrejningspunkt:" over bullets


def test_list_noun_with_its_role_over_bullets() -> None:
    text = ("Ældrepolitik\n\nPolitikken blev vedtaget i 2021.\n\nÆldrepolitikken har følgende temaer som "
            "udgangspunkt:\n- Aktivt seniorliv\n- Tryghed, pleje og omsorg\n- Boliger for ældre\n\n"
            "Ringsted Kommune - logo\n")
    assert focus(text) == ["Aktivt seniorliv", "Tryghed, pleje og omsorg", "Boliger for ældre"]


def test_a_role_not_over_bullets_opens_no_list() -> None:
    text = "Politikken har temaer som omdrejningspunkt: se bilaget til politikken for detaljer.\n"
    assert focus(text) == []


# Bullets led by the name in capitals


def test_bullets_led_by_a_name_in_capitals() -> None:
    text = ("Byrådets vision har tre pejlemærker.\n\nDe tre pejlemærker er:\n\n"
            "  • FÆLLESSKAB så ingen står alene\n"
            "  • GRØN OMSTILLING som drivkraft for nye arbejdspladser, vækst og udvikling\n"
            "  • LEVENDE LANDSBYER så hele kommunen har liv\n\n"
            "Visionen gælder frem til 2030.\n")
    assert focus(text) == ["FÆLLESSKAB", "GRØN OMSTILLING", "LEVENDE LANDSBYER"]


def test_an_abbreviation_leading_a_bullet_stays_in_the_name() -> None:
    text = ("Rådet har tre fokusområder:\n\n- EU midler til landdistrikter\n- Grøn energi\n- Lokal trafik\n")
    assert focus(text) == ["EU midler til landdistrikter", "Grøn energi", "Lokal trafik"]


# Numbered section titles under a title of focus areas


def test_numbered_sections_under_a_title_of_focus_areas() -> None:
    text = ("Vores fokusområder\n\n1. Stærke lokalsamfund\n\n\nForeningen arbejder for, at der er liv i alle "
            "landsbyer, og at borgerne kan finde fællesskab tæt på.\n\nForeningen vil arbejde for:\n\n"
            " • At sikre flere forsamlingshuse\n\n • At styrke de lokale foreninger\n\n"
            "2. Mobilitet på landet\n\n\nForeningen arbejder for bedre busser og cykelstier mellem byerne.\n\n"
            "Foreningen vil arbejde for:\n\n • At sikre flere busruter\n\n"
            "3. Nærhed i velfærden\n\n\nSkoler og børnehaver skal ligge tæt på borgerne.\n")
    assert focus(text) == ["Stærke lokalsamfund", "Mobilitet på landet", "Nærhed i velfærden"]


def test_numbered_agenda_under_a_title_is_no_list_of_sections() -> None:
    text = ("Fokusområder\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n")
    assert "Eventuelt" not in focus(text)


def test_numbers_not_starting_at_one_are_no_sections() -> None:
    text = ("Fokusområder\n\n3. Bedre busser\n\nTekst om busser i kommunen.\n\n4. Flere cykelstier\n\n"
            "Tekst om stier.\n")
    assert "Flere cykelstier" not in focus(text)


# Unnumbered labels with the same word after a dash, in a flattened table of contents


def test_labels_with_the_same_tail_in_a_flattened_contents() -> None:
    text = ("3 Indholdsfortegnelse 1. Baggrund 4 2. Vision og indsatsområder 6 Indsatsområde Godt naboskab - "
            "projekter Nabohjælp Fælles grillaften Indsatsområde børn/lektier - projekter Lektiecafé "
            "Indsatsområde Grønne Gårde - projekter Plantekasser Budget 20\n")
    assert focus(text) == ["Godt naboskab", "børn/lektier", "Grønne Gårde"]


def test_one_label_with_a_dash_is_no_series() -> None:
    text = "Indsatsområde Tryghed - projekter i gang\n\nVi har startet nattevandring i området.\n"
    assert focus(text) == []


# "inden for områderne" needs a sentence of focus


def test_fields_of_a_service_are_no_focus_areas() -> None:
    text = ("Bestyrelsen ser på:\n\n • Foreningens vision og mission samt fokusområder og målsætninger.\n"
            " • Foreningens ydelser inden for områderne rådgivning, kurser, netværk og analyser.\n")
    assert focus(text) == []
    text = "Byrådet vil prioritere projekter inden for områderne misbrug, ensomhed og boligløshed."
    assert focus(text) == ["misbrug", "ensomhed", "boligløshed"]
