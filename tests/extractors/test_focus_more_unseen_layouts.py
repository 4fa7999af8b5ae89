"""Focus areas in further layouts of unseen publishers: a list noun whose line ends in a semicolon over
bullets ("følgende temaer inden for idræt;"), an adverb between the preposition of focus and a count
("fokus på især to udfordringer: A og B", a lone pair split as the count says), a counted list noun
followed straight by its quoted names without a colon ("de tre temaer ”A”, ”B” samt ”C”"), and one followed
by "om" and as many items ("tre pejlemærker om A, B og C")."""

from __future__ import annotations

from socdoc.extractors.focus_areas import find_focus_areas
from socdoc.normalize import normalize


def focus(text: str) -> list[str]:
    found = find_focus_areas(normalize(text), text)
    assert all(text[f.start:f.end] == f.text for f in found)
    return [f.name for f in found]


# A list noun ending its line in a semicolon


def test_semicolon_ending_the_line_over_bullets() -> None:
    text = ("Puljen giver tilskud inden for følgende temaer på idrætsområdet;\n\n  • Svømning for skolebørn\n"
            "  • Foreningsidræt for seniorer\n\nAnsøgninger uden for temaerne behandles ikke.\n")
    assert focus(text) == ["Svømning for skolebørn", "Foreningsidræt for seniorer"]


def test_semicolon_inside_a_sentence_opens_no_list() -> None:
    text = ("Udvalget drøftede temaer; de blev sendt videre til byrådet.\n\n  • Referat godkendt\n"
            "  • Næste møde i marts\n")
    assert focus(text) == []


# An adverb between the preposition of focus and the count


def test_adverb_between_focus_preposition_and_count() -> None:
    text = ("Foreningen har i år haft fokus på især to store opgaver: Ventelisterne og "
            "frivilligrekrutteringen. Begge fortsætter næste år.\n")
    assert focus(text) == ["Ventelisterne", "frivilligrekrutteringen"]


def test_adverb_and_count_without_focus_words_name_nothing() -> None:
    text = "Mødet handlede om især to store sager: Budgettet og skolestrukturen. Begge blev udsat.\n"
    assert focus(text) == []


def test_counted_pair_with_capitalised_second_word_keeps_the_capitals() -> None:
    text = ("Rådet sætter fokus på især to områder: Børn og Unge og Ældre og Sundhed. Arbejdet starter nu.\n")
    assert focus(text) == ["Børn og Unge", "Ældre og Sundhed"]


# A counted list noun followed straight by its quoted names


def test_counted_noun_followed_by_quoted_names() -> None:
    text = ("Arbejdet med den nye plan er mundet ud i de tre temaer ”Grøn omstilling i landsbyerne”, "
            "”Levende bymidter” samt ”Trygge skoleveje”. Planen vedtages til efteråret.\n")
    assert focus(text) == ["Grøn omstilling i landsbyerne", "Levende bymidter", "Trygge skoleveje"]


def test_counted_noun_with_fewer_quotes_than_counted_names_nothing() -> None:
    text = ("Udvalget har valgt fire temaer ”Grøn omstilling” og ”Levende bymidter”, "
            "og de sidste to følger senere.\n")
    assert focus(text) == []


# A counted list noun, "om" and as many items


def test_counted_noun_with_om_and_as_many_items() -> None:
    text = ("Rapporten følger op på planens tre pejlemærker om færre skolefravær, flere i fritidsjob og "
            "bedre trivsel i klubberne. Næste opfølgning kommer om et år.\n")
    assert focus(text) == ["færre skolefravær", "flere i fritidsjob", "bedre trivsel i klubberne"]


def test_counted_noun_with_om_and_a_question_or_a_time_names_no_items_after_om() -> None:
    assert focus("Planen har tre temaer om hvordan vi arbejder med børn, unge og familier.\n") == []
    assert focus("Byrådet fik tre indsatsområder om året fra staten: skoler, veje og ældre.\n") == [
        "skoler", "veje", "ældre"]


def test_counted_noun_with_om_and_too_few_items_names_nothing() -> None:
    assert focus("Planen har tre temaer om sundhed og trivsel i skolen.\n") == []
