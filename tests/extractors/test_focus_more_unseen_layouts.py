"""Focus areas in further layouts of unseen publishers: a list noun whose line ends in a semicolon over
bullets ("følgende temaer inden for idræt;"), an adverb between the preposition of focus and a count
("fokus på især to udfordringer: A og B", a lone pair split as the count says), and a counted list noun
followed straight by its quoted names without a colon ("de tre temaer ”A”, ”B” samt ”C”")."""

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
