"""Focus areas whose list stands apart from its counted noun: after the rest of the paragraph, before the
noun, or behind a compound noun; and objects of a focus phrase that only refer to something."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    return [f.name for f in find_focus_areas(normalize(text), text)]


# A compound of a list noun or a general noun with a leading word that ranks it.

def test_compound_of_a_general_noun_after_a_focus_verb() -> None:
    text = ("Kommuneplanen bygger på planstrategien, hvor der blev fokuseret på de fem hovedemner: Gode boliger, "
            "Levende bymidter, Naturen tæt på, Plads til virksomheder og Sundhed for alle.")
    assert focus(text) == ["Gode boliger", "Levende bymidter", "Naturen tæt på", "Plads til virksomheder",
                           "Sundhed for alle"]


def test_compound_of_a_list_noun_with_a_count() -> None:
    assert focus("Planen har tre kernetemaer: Tryghed, Uddannelse og Job.") == ["Tryghed", "Uddannelse", "Job"]


# Objects of a focus phrase that refer to someone or something rather than name an area, and a new main
# clause after the list, which ends it.

def test_a_determiner_and_a_noun_before_a_restrictive_clause_is_no_area() -> None:
    text = "Under krisen var der særligt fokus på de familier, der sad isoleret i deres lejligheder."
    assert focus(text) == []


def test_a_definite_plural_noun_refers_to_those_named_before() -> None:
    text = "Rådgiverne taler med forældrene. Det er vigtigt, at vi har et særligt fokus på eleverne, som er udsatte."
    assert focus(text) == []


def test_a_correlative_conjunction_after_the_object_ends_it() -> None:
    text = "I den nye plan er der særligt fokus på grøn omstilling, både i landsbyerne og i hovedbyen."
    assert focus(text) == ["grøn omstilling"]


def test_a_main_clause_after_a_comma_and_og_ends_the_list() -> None:
    text = "De tre indsatsområder er tryghed, sundhed og uddannelse, og de skal evalueres hvert andet år."
    assert focus(text) == ["tryghed", "sundhed", "uddannelse"]


# A label repeated before each item of a list ("Spor 1: …") is no part of the area's name.

def test_numbered_label_before_each_line_under_a_counted_noun() -> None:
    text = "Projektet arbejder i tre spor:\n\nSpor 1: Tidlig opsporing\nSpor 2: Forældresamarbejde\nSpor 3: Fritidsjob"
    assert focus(text) == ["Tidlig opsporing", "Forældresamarbejde", "Fritidsjob"]


def test_numbered_label_before_each_bullet_with_a_dash() -> None:
    text = ("Helhedsplanen har fire indsatsområder:\n- Indsatsområde A - Tryghed\n- Indsatsområde B - Job\n"
            "- Indsatsområde C - Sundhed\n- Indsatsområde D - Læring")
    assert focus(text) == ["Tryghed", "Job", "Sundhed", "Læring"]


# A counted noun inside a paragraph that goes on past it, over exactly as many bullets; titles each followed
# by a paragraph under a counted noun and its clause, also when the titles are numbered.

def test_counted_noun_mid_paragraph_over_as_many_bullets() -> None:
    text = ("Den nye ældrepolitik er bygget op om tre overordnede, tværgående indsatsområder. For hvert af dem "
            "er der opstillet konkrete mål og handlinger.\n"
            "- Et aktivt seniorliv.\n- Værdighed i plejen.\n- Stærke fællesskaber.\n\nPolitikken gælder til 2028.")
    assert focus(text) == ["Et aktivt seniorliv", "Værdighed i plejen", "Stærke fællesskaber"]


def test_counted_noun_mid_paragraph_over_more_bullets_names_nothing() -> None:
    text = ("Strategien har to indsatsområder. Vi har derfor gjort følgende i år.\n"
            "- Holdt møder med foreningerne\n- Lavet en ny hjemmeside\n- Ansat en koordinator\n\nTak for i år.")
    assert focus(text) == []


def test_counted_noun_mid_paragraph_over_bullets_of_sentences_names_nothing() -> None:
    text = ("Bestyrelsen har drøftet de tre fokusområder. Følgende blev besluttet på mødet.\n"
            "- Budgettet for 2025 blev godkendt.\n- Næste møde holdes den 4. juni.\n"
            "- Formanden skal tale med kommunen om lokalerne.\n\nMødet sluttede kl. 21.")
    assert focus(text) == []


def test_line_ending_in_a_colon_introduces_its_own_list() -> None:
    text = ("Vi arbejder i fire indsatsområder. Her er de aktiviteter, vi har sat i gang:\n"
            "- Lektiehjælp\n- Fodbold om fredagen\n- Madklub\n- Rådgivning\n\nKom og vær med.")
    assert focus(text) == []


def test_a_short_sentence_leading_into_the_bullets_keeps_them_the_counted_areas() -> None:
    text = "Planen har fire fokusområder. Det drejer sig om:\n- Tryghed\n- Job\n- Sundhed\n- Læring\n\nMere tekst."
    assert focus(text) == ["Tryghed", "Job", "Sundhed", "Læring"]


def test_a_sentence_of_its_own_ending_in_a_colon_opens_its_own_list() -> None:
    text = "Vi har tre indsatsområder. Se aktiviteterne her:\n- Lektiehjælp\n- Fodbold\n- Madklub"
    assert focus(text) == []


def test_numbered_titles_each_over_a_paragraph_under_a_counted_clause() -> None:
    text = ("Planen samler arbejdet i tre indsatsområder, som beskrives herunder.\n\n"
            "1. Tidlig hjælp\nFamilier skal have hjælp, før problemerne vokser.\n\n"
            "2. Fritid for alle\nFlere børn skal gå til en fritidsaktivitet.\n\n"
            "3. Trygge boligområder\nVi vil have mindre hærværk i opgangene.")
    assert focus(text) == ["Tidlig hjælp", "Fritid for alle", "Trygge boligområder"]


def test_numbered_agenda_under_a_counted_clause_names_nothing() -> None:
    text = ("Rådet drøftede de to indsatsområder, som blev vedtaget sidste år.\n\n"
            "1. Godkendelse af dagsorden\nDagsordenen blev godkendt.\n\n"
            "2. Eventuelt\nIntet at bemærke.")
    assert focus(text) == []


# A list that opens its sentence, joined by a verb to a counted noun after it.

def test_list_before_its_counted_noun() -> None:
    text = ("Tryghed, læring, grønne fællesskaber og lokal demokrati udgør de fire byggesten i foreningens "
            "nye strategi. Bestyrelsen har arbejdet med den i et år.")
    assert focus(text) == ["Tryghed", "læring", "grønne fællesskaber", "lokal demokrati"]


def test_list_before_its_counted_noun_with_coordinated_items() -> None:
    text = "Tryghed og trivsel, Værdighed i plejen og Læring for livet er de tre pejlemærker i planen."
    assert focus(text) == ["Tryghed og trivsel", "Værdighed i plejen", "Læring for livet"]


def test_two_items_before_a_list_noun() -> None:
    assert focus("Sundhed og bevægelse er de to temaer for festugen i år.") == ["Sundhed", "bevægelse"]


def test_list_before_a_count_that_does_not_agree_names_nothing() -> None:
    assert focus("Tryghed, læring og fællesskab udgør de fire byggesten i strategien.") == []


def test_places_or_values_before_a_counted_noun_are_no_focus_areas() -> None:
    assert focus("Holstebro, Struer og Lemvig er de tre største byer i området.") == []
    assert focus("Respekt, tillid og ansvar er vores tre kerneværdier.") == []


def test_a_sentence_before_a_counted_noun_is_no_list() -> None:
    assert focus("Vi har i år valgt sundhed og trivsel, som er de to temaer.") == []


# A numbered list flattened onto one line with full stops after the numbers.

def test_inline_list_numbered_with_full_stops() -> None:
    assert focus("Strategien har tre temaer: 1. Tryghed 2. Uddannelse 3. Job\n") == ["Tryghed", "Uddannelse", "Job"]
    assert focus("Planen har tre temaer: 1. Natur, 2. Klima og 3. Vand. Den vedtages i maj.\n") == ["Natur", "Klima", "Vand"]


def test_numbers_out_of_sequence_are_no_inline_list() -> None:
    assert focus("Rådet har to temaer: 3. Maj og 7. Juni er mødedage.\n") == []


def test_a_date_after_the_colon_is_no_numbered_list() -> None:
    assert focus("Rådet har to temaer: 1. Maj og 7. Juni er mødedage.\n") == []


# Guards: the sentence right above the bullets must speak of the areas; names and things before a counted noun.

def test_a_further_sentence_that_owns_the_bullets_takes_them_from_the_counted_noun() -> None:
    text = ("Udvalget drøftede de tre temaer fra temamødet. Der var enighed om følgende.\n"
            "- Budgettet overholdes\n- Byggeriet fortsætter\n- Der holdes et nyt møde\n\nMødet sluttede.")
    assert focus(text) == []
    text = ("Der er afsat midler til de fire indsatsområder. Pengene fordeles således.\n"
            "- Tryghed\n- Job\n- Sundhed\n- Læring\n\nSlut.")
    assert focus(text) == []


def test_names_or_definite_things_before_a_counted_noun_are_no_areas() -> None:
    assert focus("Jens, Ole og Marie er de tre pejlemærker for os.") == []
    assert focus("Skolen, hallen og biblioteket er de tre byggesten i det nye kulturcenter.") == []


# Bullet glyphs of word processors and PDF converters mark list lines like "•".

def test_square_circle_arrow_and_private_use_bullets_mark_items() -> None:
    for glyph in ["▪", "●", "■", "◦", "➢", "\uf0b7"]:
        text = f"Strategien har tre temaer:\n{glyph} Klima\n{glyph} Natur\n{glyph} Vand\n\nMere tekst.\n"
        assert focus(text) == ["Klima", "Natur", "Vand"], glyph
        text = f"Puljens fokusområder:\n\n{glyph} Opsøgende arbejde\n{glyph} Forældrestøtte\n\nDer kan søges.\n"
        assert focus(text) == ["Opsøgende arbejde", "Forældrestøtte"], glyph


# Number and letter marks in parentheses or as capitals ("(1) A", "A. B").

def test_parenthesised_and_capital_letter_marks() -> None:
    assert focus("Strategien har tre temaer:\n(1) Klima\n(2) Natur\n(3) Vand\n\nTekst.\n") == ["Klima", "Natur", "Vand"]
    assert focus("Strategien har tre temaer:\nA. Klima\nB. Natur\nC. Vand\n\nTekst.\n") == ["Klima", "Natur", "Vand"]
    assert focus("Strategien har tre temaer: (1) klima, (2) natur og (3) vand.\n") == ["klima", "natur", "vand"]


# Items parted by semicolons, each with its own explaining clause.

def test_semicolon_items_each_with_a_clause_as_many_as_counted() -> None:
    text = "Helhedsplanen har tre indsatsområder: Tryghed, hvor vi vil skabe ro; Job, hvor flere skal i arbejde; og Sundhed.\n"
    assert focus(text) == ["Tryghed", "Job", "Sundhed"]


# Every verb of focusing with an adverb of emphasis, and attention with an adjective of emphasis.

def test_verbs_and_adverbs_of_focus_in_either_order() -> None:
    assert focus("Projektet fokuserer især på ensomhed og mistrivsel blandt unge.") == ["ensomhed", "mistrivsel"]
    assert focus("Der er særligt fokuseret på ensomhed og trivsel.") == ["ensomhed", "trivsel"]
    assert focus("Klubben vil navnlig fokusere på bevægelse.") == ["bevægelse"]


def test_special_attention_names_its_object() -> None:
    assert focus("Rådet har særlig opmærksomhed på ensomhed og mistrivsel.") == ["ensomhed", "mistrivsel"]
    assert focus("Vi har særlig opmærksomhed på, at alle får hjælp.") == []


def test_special_attention_to_one_thing_is_no_area() -> None:
    assert focus("Der skal være særlig opmærksomhed på borgere med demens.") == []


def test_titles_numbered_from_past_one_are_the_next_agenda_items() -> None:
    text = ("Udvalget skal i år behandle tre temaer, som blev besluttet på sidste møde.\n\n"
            "4. Ny legeplads\nSagen blev drøftet.\n\n5. Trafik ved skolen\nTaget til efterretning.\n\n"
            "6. Nye stier\nGodkendt.")
    assert focus(text) == []


def test_bullets_numbered_from_past_one_under_a_counted_noun_are_agenda_items() -> None:
    text = "Udvalget har tre temaer, der går igen hvert år.\n4. Ny legeplads\n5. Trafik ved skolen\n6. Nye stier\n\nSlut."
    assert focus(text) == []
    text = "Udvalget har tre temaer, der går igen hvert år.\n1. Ny legeplads\n2. Trafik ved skolen\n3. Nye stier\n\nSlut."
    assert focus(text) == ["Ny legeplads", "Trafik ved skolen", "Nye stier"]
