"""Minutes: absentee lists whose entries name the stand-in in a sentence of their own ("Eva Holm. I
stedet deltog Bo Dam."), attendance written as one sentence with an exception ("Medlemmerne var til
stede, undtagen: …") and a body name with its election term glued on by an underscore."""

from __future__ import annotations

from socdoc.extractors.minutes import MinutesResult, _body_from_text
from socdoc.extractors.minutes_layout import absence_statements, split_lines

from minutes_run import run


def absent(result: MinutesResult) -> list[str]:
    return list(result.meeting.absent)


ITEMS = "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Orientering\nBeslutning\nTaget til efterretning.\n"


# --- an absentee's line with the stand-in's sentence after the name ---------------------------------


def test_stand_in_sentence_after_an_absentee_keeps_the_absentee_and_the_list_going() -> None:
    raw = ("Referat\nLokaludvalget for Vestbyen\nMødedato: 3.4.2019, kl. 19:00\nMødested: Kulturhuset, Lindevej 2\n"
           + ITEMS +
           "\nOm mødet\n\nFraværende med afbud\n"
           "Karina Mølgaard. I stedet deltog Torben Skov.\n"
           "Henrik S. Lauridsen. I stedet mødte Lone Brix.\n"
           "Mette Vinther.\n"
           "Allan Kofoed.\n")
    assert absent(run(raw)) == ["Karina Mølgaard", "Henrik S. Lauridsen", "Mette Vinther", "Allan Kofoed"]


def test_stand_in_clause_after_a_dash_keeps_the_absentee() -> None:
    raw = ("Referat\nRegionsrådet\nMødedato: 12.6.2019, kl. 14:00\nMødested: Regionshuset\n"
           + ITEMS +
           "\nAfbud:\n"
           "Lene Kvist - Per Holm deltager som stedfortræder.\n"
           "Søren Mikkelsen - Anna Brink deltager som stedfortræder.\n")
    assert absent(run(raw)) == ["Lene Kvist", "Søren Mikkelsen"]


def test_stand_in_named_first_in_the_second_sentence() -> None:
    raw = ("Referat\nBoligudvalget\nMødedato: 12.9.2022\nMødested: Fælleshuset\n\nAfbud:\n"
           "Susanne Bech. Niels Krog deltog i stedet.\n"
           "Ole Thygesen.\n" + ITEMS)
    assert absent(run(raw)) == ["Susanne Bech", "Ole Thygesen"]


def test_a_sentence_of_another_kind_after_the_name_still_ends_the_list() -> None:
    raw = ("Referat\nBoligudvalget\nMødedato: 12.9.2022\nMødested: Fælleshuset\n\nAfbud:\n"
           "Susanne Bech.\n"
           "Niels Krog deltog som suppleant for Ole Thygesen.\n" + ITEMS)
    assert "Niels Krog" not in absent(run(raw))
    assert "Susanne Bech" in absent(run(raw))


# --- "the members were present, except …" ------------------------------------------------------------


def test_members_present_except_with_colon_and_comma() -> None:
    line = "Medlemmerne var til stede, undtagen: Rasmus Falk (C). I stedet for Rasmus Falk deltog Ida Lund"
    assert [p.name for p in absence_statements(split_lines(line))] == ["Rasmus Falk"]


def test_members_of_a_named_body_present_except_two() -> None:
    for line in ("Udvalgets medlemmer var mødt bortset fra Pia Hedegaard og Jonas Brandt.",
                 "Byrådsmedlemmerne var til stede, undtagen Pia Hedegaard og Jonas Brandt."):
        assert [p.name for p in absence_statements(split_lines(line))] == ["Pia Hedegaard", "Jonas Brandt"]


def test_members_present_without_exception_name_nobody() -> None:
    assert absence_statements(split_lines("Medlemmerne var til stede.")) == []


# --- an election term glued to the body name ---------------------------------------------------------


def test_body_with_election_term_after_an_underscore() -> None:
    assert _body_from_text("Referat fra mødet i Byrådet_2022-25 den 3. maj 2023 kl. 17:00") == "Byrådet"
    assert _body_from_text("Dagsorden til mødet i Socialudvalget_2018-21 den 1. juni 2020") == "Socialudvalget"


def test_body_with_election_term_in_brackets_on_a_labelled_line() -> None:
    raw = ("Referat\n\nUdvalg Kulturudvalget (2014-2017)\nMødedato 3. maj 2016\nMødetidspunkt 16:00\n\n"
           "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
    assert run(raw).meeting.body == "Kulturudvalget"


# --- flattened pages: absentees right before the decision or after a bare label ------------------------


def test_decision_word_after_the_absentees_is_no_part_of_a_name() -> None:
    line = "Beslutning i Kultur- og Fritidsudvalget den Fraværende: Birgit Lykke Holm Godkendt. 3"
    assert [p.name for p in absence_statements(split_lines(line))] == ["Birgit Lykke Holm"]


def test_bare_absence_label_after_a_sentence_reads_the_names_up_to_the_next_label() -> None:
    line = ("2. Godkendelse af dagsorden Udvalget godkendte dagsordenen. Afbud Signe Damgaard "
            "Fraværende uden afbud: Mikkel Aagaard Side 2")
    names = [p.name for p in absence_statements(split_lines(line))]
    assert "Signe Damgaard" in names and "Mikkel Aagaard" in names


def test_bare_absence_word_before_a_common_noun_names_nobody() -> None:
    assert absence_statements(split_lines("Sagen blev godkendt. Afbud Tilbudslisten blev sendt ud.")) == []
