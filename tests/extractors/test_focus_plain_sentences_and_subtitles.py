"""Two families of focus areas: a plain sentence of focus without a plan as its subject ("Der er fokus på A, B og
C.", "… ved at sætte fokus på A, B og C.") names areas only as a list of three or more bare names that ends the
sentence; and a title line in a list of areas keeps a short subtitle after a dash ("Sammen om trivsel – hele
livet"), while a dash before an explanation or a goal in short still ends the name."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str, minutes: bool = False) -> list[str]:
    found = find_focus_areas(normalize(text), text, minutes=minutes)
    assert all(text[f.start:f.end] == f.text for f in found)
    return [f.name for f in found]


def test_existential_focus_sentence_with_three_bare_names() -> None:
    text = ("Partierne bag budgetforliget i Egebjerg Kommune er enige om de næste fire år. "
            "Der er fokus på grøn omstilling, nærhed og økonomisk balance.\n")
    assert focus(text) == ["grøn omstilling", "nærhed", "økonomisk balance"]


def test_inverted_existential_focus_sentence() -> None:
    text = "I den nye plan er der fokus på bevægelse, kost og søvn.\n"
    assert focus(text) == ["bevægelse", "kost", "søvn"]


def test_setting_focus_on_three_names_in_a_press_release() -> None:
    text = ("Afdelingerne i Lyngbakken går sammen om en række aktiviteter, der skal gøre området tryggere ved at "
            "sætte fokus på brandsikkerhed, renholdelse og naboskab. Det sker i samarbejde med beboerne.\n")
    assert focus(text) == ["brandsikkerhed", "renholdelse", "naboskab"]


def test_two_names_after_a_plain_focus_sentence_are_no_list() -> None:
    assert focus("Der er fokus på vækst og velfærd.\n") == []


def test_one_thing_with_coordinated_adjectives_is_no_list() -> None:
    text = "Hermed er der fokus på en samlet, tværfaglig og helhedsorienteret tilgang til arbejdet med unge.\n"
    assert focus(text) == []


def test_a_list_the_sentence_goes_on_about_is_no_list() -> None:
    text = ("Projekterne sætter fokus på samarbejde, bemanding og brugen af vikarer, som skal danne grundlag "
            "for en ny plan.\n")
    assert focus(text) == []


def test_examples_after_a_plain_focus_sentence_are_no_list() -> None:
    text = ("Projekterne sætter fokus på aktuelle udfordringer i kommunerne, fx oversvømmelser, nye veje og en "
            "bedre dialog med borgerne.\n")
    assert focus(text) == []


def test_a_plain_focus_list_cut_by_a_time_phrase_is_no_list() -> None:
    assert focus("Der er fokus på vækst, velfærd og økonomisk balance i de kommende år.\n") == []


def test_a_plain_focus_sentence_in_minutes_names_no_areas() -> None:
    text = "Udvalget drøftede sagen. Der er fokus på vækst, velfærd og økonomisk balance.\n"
    assert focus(text, minutes=True) == []


def test_bullets_keep_a_short_subtitle_after_a_dash() -> None:
    text = ("De fire temaer, som visionen bygger på, er:\n\n"
            "  • Sammen om trivsel - gennem hele livet\n"
            "  • Sammen om foreningsliv og natur - idræt og oplevelser, kunst og friluftsliv\n"
            "  • Sammen om job og erhverv - en stærk og grøn erhvervskommune\n"
            "  • Sammen om klima og biodiversitet\n\nLæs hele visionen her\n")
    assert focus(text) == ["Sammen om trivsel - gennem hele livet",
                           "Sammen om foreningsliv og natur - idræt og oplevelser, kunst og friluftsliv",
                           "Sammen om job og erhverv - en stærk og grøn erhvervskommune",
                           "Sammen om klima og biodiversitet"]


def test_a_capitalised_slogan_after_a_dash_stays_with_the_title() -> None:
    text = ("Ældrestrategien har fire indsatsområder:\n\n    • Nærvær – hele døgnet\n    • Pårørende\n"
            "    • Kost og motion\n    • Faglighed – Borgeren kommer først\n\nLæs strategien her\n")
    assert focus(text) == ["Nærvær – hele døgnet", "Pårørende", "Kost og motion", "Faglighed – Borgeren kommer først"]


def test_a_goal_in_short_after_a_dash_is_still_cut() -> None:
    text = ("Planen har tre indsatsområder:\n\n - Tryghed – færre indbrud i bebyggelsen\n - Uddannelse – mere "
            "hjælp til lektier\n - Sundhed\n")
    assert focus(text) == ["Tryghed", "Uddannelse", "Sundhed"]
    text = "Planen har to indsatsområder:\n\n - Ensomhed – alle skal have en ven\n - Job – flere i arbejde\n"
    assert focus(text) == ["Ensomhed", "Job"]


def test_counted_initiatives_under_a_heading_of_activities_are_no_areas() -> None:
    text = ("AKTIVITETER\n\nForeningens hjælp består foreløbig af tre dele, og flere er på vej. "
            "De tre første indsatser er:\n\n • Besøgsvenner\n  Frivillige besøger ældre, der sidder alene.\n"
            " • Telefonkæde – en daglig opringning\n • Madudbringning\n")
    assert focus(text) == []


def test_counted_initiatives_under_another_heading_still_name_areas() -> None:
    text = "Om aftalen\n\nBudgetaftalen har tre tværgående indsatser:\no   Sundhed og trivsel\no   Uddannelse\no   Tryghed\n"
    assert focus(text) == ["Sundhed og trivsel", "Uddannelse", "Tryghed"]
