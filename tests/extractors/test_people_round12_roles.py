"""Round 12 families: a first name the model left out before its span after a role and a body, the
occupations of public figures in news (culture, media, sport) and of speakers at a meeting, and a
role after "som" with the organisation the person comes from in between."""

from __future__ import annotations

from people_run import people


# --- a known first name before the model's span after "<role> for <body>" -------------------------

def test_first_name_before_the_model_span_after_a_role_and_a_body_is_taken_back():
    text = "Det mener formand for Sundhedsudvalget Birthe Juul Kristoffersen (V)."
    found = people(text, "Juul Kristoffersen")
    assert "Birthe Juul Kristoffersen" in found
    assert found["Birthe Juul Kristoffersen"].role == "formand"
    assert "Juul Kristoffersen" not in found


def test_a_body_word_before_the_model_span_stays_out_of_the_name():
    text = "Det mener formand for Sundhedsudvalget Birthe Kristoffersen (V)."
    found = people(text, "Birthe Kristoffersen")
    assert "Birthe Kristoffersen" in found and found["Birthe Kristoffersen"].role == "formand"


