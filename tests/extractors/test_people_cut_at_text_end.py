"""A saved excerpt cut in the middle of a name: the cut name is the person named in full before it."""

from __future__ import annotations

import socdoc


def test_a_name_cut_by_the_end_of_the_text_is_the_person_named_before() -> None:
    text = ("Rapporten om den nye ældrelov er klar. Bo Hollmann fra FOA har været med i arbejdet.\n\n"
            "”Vi har brug for et nationalt kompromis,” siger Eva Lund. Det mener også FOAs Bo Hollma")
    assert [p.name for p in socdoc.extract(text).people] == ["Bo Hollmann", "Eva Lund"]


def test_a_whole_name_at_the_end_of_the_text_stays() -> None:
    text = "Rapporten om den nye ældrelov er klar.\n\nFoto: Bo Hollmann"
    assert [p.name for p in socdoc.extract(text).people] == ["Bo Hollmann"]
