"""Focus areas: where a list's items end ("og" inside an item, dashes in ranges), which counts and
nouns open a list, and short verbless "Fokus på …" sentences."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


def test_counted_comma_list_whose_last_items_hold_og() -> None:
    text = ("Boligorganisationen har bygget ansøgningen op om fire indsatsområder: Sundhed og Trivsel, "
            "Digital Inklusion, Læring og Fritid og Tryghed og Naboskab. Afdelingerne vægter dem forskelligt.")
    assert focus(text) == ["Sundhed og Trivsel", "Digital Inklusion", "Læring og Fritid", "Tryghed og Naboskab"]


def test_uncounted_comma_list_of_pairs() -> None:
    text = ("Planen har følgende fokusområder: sundhed og trivsel, digital inklusion, læring og fritid og "
            "tryghed og naboskab.")
    assert focus(text) == ["sundhed og trivsel", "digital inklusion", "læring og fritid", "tryghed og naboskab"]


def test_count_keeps_a_last_pair_whole() -> None:
    text = "Ældrerådet arbejder i år med tre temaer: tryghed, ældreliv, kultur og fritid."
    assert focus(text) == ["tryghed", "ældreliv", "kultur og fritid"]


def test_plain_final_og_still_separates() -> None:
    text = "Strategien har fire fokusområder: bevægelse og idræt, kost, søvn og mental sundhed."
    assert focus(text) == ["bevægelse og idræt", "kost", "søvn", "mental sundhed"]


def test_count_nearest_the_noun_and_year_range_in_quotes() -> None:
    text = ("Udvalget holder dialogmøder den 3., 4. og 10. maj kl. 16 - 18 med to temaer: \"Budget 2026 - 2029\" "
            "(herunder besparelser) og \"Ny skolestruktur\".")
    assert focus(text) == ["Budget 2026 - 2029", "Ny skolestruktur"]


def test_dash_still_cuts_an_explanation() -> None:
    text = "Politikken har to indsatsområder:\n\n- Ensomhed - flere skal have et netværk\n- Bevægelse - flere skal røre sig\n"
    assert focus(text) == ["Ensomhed", "Bevægelse"]


def test_verbless_focus_sentence_opening_a_paragraph() -> None:
    text = ("Projektlederen gennemgik den nye helhedsplan.\n\n"
            "Fokus på ensomhed og beskæftigelse. Planen omfatter to afdelinger i bydelen.\n")
    assert focus(text) == ["ensomhed", "beskæftigelse"]


def test_focus_sentence_with_a_verb_is_no_list() -> None:
    text = "Rådet drøftede sagen.\n\nFokus på trivsel og læring er vigtigt for skolerne. Sagen tages op igen.\n"
    assert focus(text) == []
    text = "Rådet drøftede sagen.\n\nFokus på at nedbringe ventetid og sygefravær. Sagen tages op igen.\n"
    assert focus(text) == []


def test_pool_categories_described_as_activities_are_no_focus_areas() -> None:
    text = ("Foreninger kan søge tilskud inden for følgende tre kategorier:\n\n"
            "  • Fællesspisning og samvær for ensomme ældre\n"
            "  • Lektiehjælp til børn fra udsatte familier\n"
            "  • Motion og bevægelse for borgere med handicap\n\n"
            "Ansøgningsfristen er 1. marts.\n")
    assert focus(text) == []


def test_pool_categories_named_by_short_labels() -> None:
    text = "Legatet falder i én af følgende to projektkategorier: Grønne fællesskaber eller Levende bymidter."
    assert focus(text) == ["Grønne fællesskaber", "Levende bymidter"]


def test_single_definite_things_and_tasks_are_no_focus_areas() -> None:
    assert focus("Mødet havde særligt fokus på budgettet.") == []
    assert focus("Udvalget ønsker særligt fokus på projektet.") == []
    assert focus("Der er særligt fokus på arbejdet med den nye handleplan.") == []
    assert focus("Skolen har særligt fokus på kvaliteten.") == []


def test_abstract_nouns_on_itet_still_pair() -> None:
    assert focus("Klubben har særligt fokus på kriminalitet og uddannelse.") == ["kriminalitet", "uddannelse"]


def test_single_named_area_after_focus_phrase_is_kept() -> None:
    assert focus("Byrådet har i år særligt fokus på det gode seniorliv.") == ["det gode seniorliv"]


def test_account_number_label_is_no_focus_area() -> None:
    assert focus("Indsatsområde: 51.20 Dagtilbud\nBevilling: 2,4 mio. kr.\n") == []


def test_page_cut_inside_a_counted_bullet_list() -> None:
    text = "Foreningen kræver indsatser på fem områder:\n\n  • Bedre økonomi for familierne\n  • Flere forældre i job"
    assert focus(text) == ["Bedre økonomi for familierne", "Flere forældre i job"]
    assert focus(text + "\n\nDet er vores krav til den nye regering.\n") == []


def test_counted_noun_with_relative_clause_over_bullets() -> None:
    text = ("Foreningen foreslår en indsats på tre områder, som tilsammen skal styrke børnenes hverdag:\n\n"
            "  • Gratis fritidsaktiviteter\n  • Bedre boligforhold\n  • Hjælp til lektier\n\nForslaget sendes til ministeren.\n")
    assert focus(text) == ["Gratis fritidsaktiviteter", "Bedre boligforhold", "Hjælp til lektier"]


def test_relative_clause_list_cut_where_the_page_ends() -> None:
    text = ("Foreningen foreslår en indsats på fire områder, som skal forebygge fattigdom:\n\n"
            "  • Sikker indkomst for familierne\n")
    assert focus(text) == ["Sikker indkomst for familierne"]


def test_relative_clause_list_with_too_few_bullets_and_more_text() -> None:
    text = ("Foreningen foreslår en indsats på fire områder, som skal forebygge fattigdom:\n\n"
            "  • Familiernes indkomst skal sikres\n\nLæs hele udspillet på hjemmesiden.\n")
    assert focus(text) == []


def test_capitals_tell_the_items_when_they_match_the_count() -> None:
    text = "Planen har fire indsatsområder: Tryghed, Job, Ældre og pårørende og Sundhed."
    assert focus(text) == ["Tryghed", "Job", "Ældre og pårørende", "Sundhed"]


def test_initiatives_of_a_plan_are_no_focus_areas() -> None:
    text = ("Der igangsættes følgende indsatser:\n\n• Etablering af lektiecafé\n• Ansættelse af to mentorer\n"
            "• Forældrekurser\n\nUdgiften afholdes af puljen.\n")
    assert focus(text) == []
    assert focus("Forvaltningen anbefaler disse indsatser:\n- Lektiecafé\n- Mentorordning\n") == []


def test_fields_of_work_after_inden_for_følgende_indsatser() -> None:
    text = ("Planen løber i fire år, og der arbejdes inden for følgende indsatser:\n\n  • Tryghed og trivsel\n"
            "  • Job, uddannelse og erhverv\n  • Sundhed\n\nStyregruppen mødes fire gange om året.\n")
    assert focus(text) == ["Tryghed og trivsel", "Job, uddannelse og erhverv", "Sundhed"]
    # the same words running on in the sentence open no list
    assert focus("Vi arbejder inden for følgende indsatser, som er aftalt med kommunen.") == []


def test_counted_crosscutting_efforts_still_open_a_list() -> None:
    text = "Handleplanen samler arbejdet i tre tværgående indsatser:\n\n- Sundhedsområdet\n- Fritidsområdet\n- Boligområdet\n"
    assert focus(text) == ["Sundhedsområdet", "Fritidsområdet", "Boligområdet"]


def test_counted_noun_needs_focus_aimed_at_it() -> None:
    assert focus("Indsatsen involverer tre parter: kommunen, politiet og boligselskabet.") == []
    assert focus("Indsatsen har to faser: en analysefase og en implementeringsfase.") == []
    assert focus("Indsatsen sker i tre trin: kortlægning, dialog og opfølgning.") == []
    text = "Fonden vil fokusere sine midler på tre store udfordringer, ensomhed, stress og mistrivsel."
    assert focus(text) == ["ensomhed", "stress", "mistrivsel"]


def test_theme_column_of_a_meeting_plan_is_no_list() -> None:
    text = ("Mødeplan for udvalget 2026\n\n| Dato | Tema |\n|---|---|\n| 12. marts | Budget 2027 |\n"
            "| 9. april | Ny skolestruktur |\n| 7. maj | Ældreområdet |\n\nPlanen blev godkendt.\n")
    assert focus(text) == []


def test_goals_written_as_sentences_are_no_focus_areas() -> None:
    text = "Udvalget drøftede fokuspunkter for 2026:\n\n- Flere ledige skal i job\n- Sygefraværet skal ned\n\nSagen genoptages.\n"
    assert focus(text) == []
    text = "Indsatsområder:\n- Flere unge skal i uddannelse\n- Færre borgere skal modtage kontanthjælp\n"
    assert focus(text) == []
    text = "Indsatsområder:\n- Uddannelse til flere unge\n- Færre borgere skal modtage kontanthjælp\n"
    assert focus(text) == ["Uddannelse til flere unge", "Færre borgere skal modtage kontanthjælp"]


def test_odd_run_after_pairs_ends_in_a_pair_and_a_single_item() -> None:
    text = "Helhedsplanen har følgende indsatsområder: Sundhed og Trivsel, Læring og Fritid og Naboskab."
    assert focus(text) == ["Sundhed og Trivsel", "Læring og Fritid", "Naboskab"]


def test_lowercase_word_after_og_stays_with_the_capitalised_item_before_it() -> None:
    text = ("Planen bygger på overskrifterne Børn og Familier, Sundhed, Kriminalitetsforebyggelse og "
            "Fællesskab og naboskab.")
    assert focus(text) == ["Børn og Familier", "Sundhed", "Kriminalitetsforebyggelse", "Fællesskab og naboskab"]


def test_themes_under_a_strategy_heading_and_an_introducing_sentence() -> None:
    text = ("Vores strategi\n\nLegatet arbejder for et lokalsamfund kendetegnet ved:\n\n"
            "  • Lige muligheder for alle børn\n  • Et stærkt foreningsliv\n  • Grøn omstilling i hverdagen\n\n"
            "Læs hele strategien her.\n")
    assert focus(text) == ["Lige muligheder for alle børn", "Et stærkt foreningsliv", "Grøn omstilling i hverdagen"]


def test_strategy_heading_over_labels_names_or_goals_is_no_list() -> None:
    assert focus("Strategi og handleplan\n\nTidsplan:\n- Januar: høring\n- Marts: vedtagelse\n") == []
    assert focus("Strategi for klimatilpasning\n\nDer er modtaget høringssvar fra:\n"
                 "- Danmarks Naturfredningsforening\n- Landbrug og Fødevarer\n") == []
    assert focus("Strategi for boligområdet\n\n- Anne Hansen, formand\n- Peter Jensen, næstformand\n") == []
    assert focus("Kommunens strategi\n\nStrategien blev vedtaget af byrådet og omfatter:\n- Ældreområdet\n"
                 "- Skoleområdet\n") == []
    assert focus("Strategiske mål\n\nUdvalget har i år valgt disse mål:\n- Flere ledige i job\n- Lavere sygefravær\n") == []
