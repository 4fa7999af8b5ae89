"""Focus areas after "… er følgende:", a "stærkt fokus på", a semicolon, a closing ", samt" and long bullets."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


def test_definite_noun_is_following_over_bullets() -> None:
    text = ("Indsatsområderne er valgt ud fra en kortlægning af borgernes trivsel. Indsatsområderne er følgende:\n\n"
            "  • Bedre mental sundhed\n  • Tidlig hjælp vedr. søvn og skærmtid\n  • Aktive seniorer\n\nLæs hele planen her\n")
    assert focus(text) == ["Bedre mental sundhed", "Tidlig hjælp vedr. søvn og skærmtid", "Aktive seniorer"]


def test_abbreviation_full_stop_before_capital_still_explains() -> None:
    text = ("Fokusområderne er følgende:\n\n  • Trafiksikkerhed. Vi vil have flere cykelstier\n"
            "  • Grønne byrum. Parkerne skal plejes\n")
    assert focus(text) == ["Trafiksikkerhed", "Grønne byrum"]


def test_strong_focus_names_a_list_up_to_its_target() -> None:
    text = ("Planen lægger vægt på et stærkt fokus på forebyggelse, opsporing og opfølgning over for "
            "unge, der begår hærværk i bydelen.")
    assert focus(text) == ["forebyggelse", "opsporing", "opfølgning"]


def test_strong_focus_on_one_thing_is_no_area() -> None:
    assert focus("Bestyrelsen har et stærkt fokus på økonomien i år.") == []
    assert focus("Skolen har et stærkt fokus på trivsel.") == []


def test_semicolon_after_counted_noun_inside_a_bullet() -> None:
    text = ("Formanden har siden sidst deltaget i:\n"
            "  • seminaret, hvor der blev drøftet følgende fokuspunkter; naturpleje, stier, foreningsliv og \n"
            "  • Vandrådet; hvordan kan søen blive renere\n")
    assert focus(text) == ["naturpleje", "stier", "foreningsliv"]


def test_semicolon_after_uncounted_noun_opens_no_list() -> None:
    assert focus("Rådet talte om indsatsområder; det blev aftalt at vente til efteråret.") == []


def test_closing_samt_keeps_the_last_coordination_whole() -> None:
    text = ("Klubbens arbejde knytter sig især til to af vores indsatsområder, nemlig klimaomstilling, "
            "samt nye fællesskaber og medlemmer.")
    assert focus(text) == ["klimaomstilling", "nye fællesskaber og medlemmer"]


def test_long_explained_bullets_keep_their_labels() -> None:
    explanation = ("Foreningen arbejder for, at de lokale frivillige får bedre rammer, flere lokaler og en stærkere "
                   "stemme i kommunens beslutninger, og at samarbejdet med skoler, klubber og boligforeninger "
                   "bliver mere forpligtende, så flere børn, unge og ældre får glæde af de mange tilbud, der findes "
                   "i lokalområdet, også når økonomien er stram, og når de frivillige kræfter skal deles mellem "
                   "mange gode formål og projekter i hele kommunen.")
    text = ("Vores arbejde tager afsæt i tre strategiske fokusområder:\n\n"
            "  • Lokal forankring: Foreningen er til stede i alle bydele.\n"
            f"  • Stærke fællesskaber: {explanation}\n"
            f"  • Læring og udvikling: {explanation}\n")
    assert focus(text) == ["Lokal forankring", "Stærke fællesskaber", "Læring og udvikling"]


def test_speech_tag_after_a_focus_phrase_is_no_item() -> None:
    text = ("- Vi vil også fremover have et stærkt fokus på indbrud i de nye boligområder, "
            "siger borgmester Lise Holm.")
    assert focus(text) == []
