"""A first name left at a line's end where a list of people's full names wraps is no village."""
from socdoc.extractors import areas


def _names(text: str) -> list[str]:
    return [c.name for c in areas._candidates(text, None, areas.patterns())]


def test_first_name_at_wrapped_line_end_is_no_area() -> None:
    text = ("Deltog: Mette Skovgaard Lund, Jonas Bech, Sarah Holm Nielsen, Kaspar Ravn, Zehra\n"
            "Aydin Kaya, Lise Dam, Victor Bro\n")
    assert "Zehra" not in _names(text)


def test_village_after_title_comma_stays() -> None:
    text = "Ny cykelsti langs Fjordvejen, Hvalpsund\nSagen blev godkendt."
    assert "Hvalpsund" in _names(text)
