"""Focus areas: the titled sections right under a strategy heading ("Strategien i praksis" / a theme title
over its paragraph or bullets / …) name the strategy's tracks or themes."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str, minutes: bool = False) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text, minutes)]


def test_infinitive_titles_each_over_a_paragraph() -> None:
    text = ("Idrætspolitik 2024-2028\n\nPolitikken sætter retning for idrætten i kommunen.\n\n"
            "Strategien med idrætspolitikken\n\n"
            "At bruge idræt til at samle generationerne\n\n"
            "Idræt skal bringe unge og ældre sammen i klubber, haller og parker, så flere mødes på tværs.\n\n"
            "At bruge idræt som vej ind i fællesskabet\n\n"
            "Foreningerne skal åbne dørene for nye medlemmer, også dem der aldrig har dyrket sport.\n\n"
            "At bruge naturen som idrætsarena\n\n"
            "Skove, strande og søer skal i højere grad bruges til motion året rundt.\n")
    expected = ["At bruge idræt til at samle generationerne", "At bruge idræt som vej ind i fællesskabet",
                "At bruge naturen som idrætsarena"]
    assert focus(text) == expected
    assert focus(text, minutes=True) == expected


def test_tracks_and_goals_heading_over_titles_with_bullets() -> None:
    text = ("Om planen\n\nPlanen er bygget op om tre spor med verdensmålene som ramme.\n\n"
            "Strategispor og mål\n\n"
            "Ren luft og rent vand\n\n"
            "  • Udledningen fra landets havne skal halveres inden 2032.\n"
            "  • Alle vandløb skal have god økologisk tilstand i 2035.\n\n"
            "Stærke kompetencer til fremtiden\n\n"
            "  • Flere unge skal vælge en teknisk uddannelse.\n\n"
            "Grøn og effektiv transport\n\n"
            "  • Halvdelen af pendlerne skal tage toget eller cyklen i 2035.\n\n"
            "Tværgående temaer\n\n  • Partnerskaber\n  • Digitalisering\n")
    assert focus(text) == ["Ren luft og rent vand", "Stærke kompetencer til fremtiden", "Grøn og effektiv transport"]


def test_a_cut_last_paragraph_still_counts_as_the_sections_text() -> None:
    text = ("Vores strategi\n\nTryghed i hverdagen\n\nVi vil skabe trygge rammer i alle afdelinger og ved alle "
            "indgange.\n\nLiv mellem husene\n\nFælleshuse og grønne arealer skal bruges af flere beboere.\n\n"
            "Gode veje til uddannelse\n\nLektiehjælp skal gives")
    assert focus(text) == ["Tryghed i hverdagen", "Liv mellem husene", "Gode veje til uddannelse"]


def test_two_sections_are_too_few() -> None:
    text = ("Strategi for området\n\nTryghed i hverdagen\n\nVi vil skabe trygge rammer i alle afdelinger.\n\n"
            "Liv mellem husene\n\nFælleshuse og grønne arealer skal bruges af flere beboere.\n")
    assert focus(text) == []


def test_an_introduction_under_the_heading_opens_other_text() -> None:
    text = ("Ny strategi vedtaget\n\nByrådet vedtog i går den nye strategi efter en lang debat i salen.\n\n"
            "Stor opbakning\n\nEt flertal stemte for planen, som har været i høring i to måneder.\n\n"
            "Kritik fra oppositionen\n\nEnkelte partier mente, at planen var for vag.\n\n"
            "Næste skridt\n\nForvaltningen går i gang efter sommerferien.\n")
    assert focus(text) == []


def test_capitalised_or_dated_titles_are_no_tracks() -> None:
    text = ("Strategi 2030\n\nAnne Marie Holm\n\nFormanden fortæller om arbejdet med den nye plan.\n\n"
            "Januar 2025\n\nPlanen blev sendt i høring hos alle afdelinger.\n\n"
            "Møde i Hovedbestyrelsen\n\nBestyrelsen godkendte planen på sit møde.\n")
    assert focus(text) == []


def test_a_heading_of_goals_alone_opens_no_sections() -> None:
    text = ("Strategiens mål\n\nFlere i beskæftigelse\n\nLedigheden i området skal ned med en tredjedel.\n\n"
            "Færre unge uden uddannelse\n\nAlle unge skal have en plan efter 9. klasse.\n\n"
            "Bedre sundhed\n\nFlere beboere skal dyrke motion hver uge.\n")
    assert focus(text) == []
