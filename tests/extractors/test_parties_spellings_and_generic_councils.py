"""Parties: swapped letters in a name, a venue's definite head, a body's name doubled across a line
break, a coalition government after an article, councils in general."""

from __future__ import annotations

from entity_views import party_names as parties


# --- two neighbouring letters swapped: the same organisation -------------------------------------


def test_name_with_swapped_letters_joins_the_right_spelling() -> None:
    text = ("Forvaltningen har kontaktet Vestby Musikcenter om en koncert i foråret.\n\n"
            "Sagen er drøftet med Vestby Musikcetner, som vender tilbage med et tilbud.\n")
    assert parties(text) == ["Vestby Musikcenter"]


def test_two_different_names_of_one_length_stay_apart() -> None:
    text = ("Tilskuddet går til Nordby Roklub, og Nordby Sejlklub har også søgt puljen.\n")
    assert set(parties(text)) == {"Nordby Roklub", "Nordby Sejlklub"}


def test_misspelt_venue_is_a_venue_like_its_right_spelling() -> None:
    text = ("Seniorrådet var enige om, at mødet holdes på Østerby Idrætscenter.\n\n"
            "Karen finder en dato, hvor Ole Bertelsen og Østerby Idrætscetner er ledige.\n")
    assert parties(text) == ["Seniorrådet"]


# --- "Kulturcentrets tilbud": the named centre again -------------------------------------------------


def test_definite_head_of_a_named_centre_is_that_centre() -> None:
    text = ("Forvaltningen har kontaktet Sønderby Kongrescenter, hvor mødet sidst blev afholdt.\n\n"
            "Kongrescentrets tilbud medsendes dagsordenen.\n")
    assert parties(text) == ["Sønderby Kongrescenter"]


# --- a heading that ends in a body, and the body opening the next line -------------------------------


def test_body_ending_a_heading_and_opening_the_next_line_is_not_doubled() -> None:
    text = ("Forhold af betydning for Ældrerådet\n"
            "Ældrerådet skal især se på adgangen til de nye boliger.\n")
    assert parties(text) == ["Ældrerådet"]


# --- "den tidligere VK-regering": one government named by its parties' letters --------------------


def test_coalition_after_article_and_adjective_is_a_party() -> None:
    text = "I 2010 indgik den tidligere VK-regering en aftale om de almene boliger.\n"
    assert "VK-regering" in parties(text)


def test_coalition_as_a_term_is_no_party() -> None:
    text = "Under den tidligere VK-regering blev puljen til boligområderne skåret ned.\n"
    assert parties(text) == []


def test_indefinite_coalition_without_article_is_no_party() -> None:
    text = "Et flertal ønskede en VK-regering efter valget.\n"
    assert parties(text) == []


# --- "Kommunalbestyrelsen i den enkelte kommune": every council ---------------------------------------


def test_council_in_every_municipality_is_no_party() -> None:
    text = ("Kommunalbestyrelsen i den enkelte kommune skal vedtage en politik for ældreplejen.\n\n"
            "I politikken skal kommunalbestyrelsen beskrive, hvordan plejen tilrettelægges.\n")
    assert parties(text) == []


def test_council_of_the_minutes_is_still_a_party() -> None:
    text = ("Kommunalbestyrelsen godkendte budgettet for 2024.\n\n"
            "Sagen sendes herefter videre, og kommunalbestyrelsen orienteres i juni.\n")
    assert parties(text) == ["Kommunalbestyrelsen"]


# --- "Nordby Kommunes Idræts- og Fritidsfaciliteter": the municipality's things, not a unit -----------


def test_municipality_facilities_in_an_agenda_title_are_no_unit() -> None:
    text = "12. Kortlægning af Faxe Kommunes Kultur- og Idrætsfaciliteter\n\nFaxe Kommune har bestilt en kortlægning.\n"
    assert parties(text) == ["Faxe Kommune"]


def test_municipality_unit_after_a_coordination_stays_a_unit() -> None:
    text = "Sagen er behandlet af Sorø Kommunes Børne- og Ungeforvaltning, som anbefaler forslaget.\n"
    assert parties(text) == ["Sorø Kommunes Børne- og Ungeforvaltning"]
