"""A bare municipality name before the same predicate as a named "X Kommune" ("Nordby Kommune har
fået 8 mio. kr., Sydby har fået 3 mio. kr.") is that municipality acting; not where a preposition
governs either name, where the bare name ends a list, or where the verb has its own subject after it."""

from __future__ import annotations

import pytest

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize
from entity_views import area_names as areas


def names(text: str) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, {}))
    return [p.name for p in parties]


def test_bare_name_before_the_shared_predicate_acts() -> None:
    text = ("Vejle Kommune har fået 2 mio. kr. fra puljen til nye legepladser. "
            "Også Fredericia har fået 900.000 kr. til formålet.")
    assert "Fredericia Kommune" in names(text)


@pytest.mark.parametrize(("text", "name"), [
    # the named municipality is the place ("i … Kommune får man"), and so is the bare one after "På"
    ("Puljen er fordelt efter indbyggertal. På Læsø får man i år 2 mio. kroner – i Aabenraa Kommune "
     "får man 7,5 mio. kroner.", "Læsø Kommune"),
    # the bare name ends a list: the three places share the grant, none of them alone acts
    ("Næstved Kommune har fået 600.000 kroner fra landsbypuljen. Nabokommunerne Faxe, Stevns og "
     "Vordingborg har fået henholdsvis 1,1 mio., 0,8 mio. og 400.000 kroner.", "Vordingborg Kommune"),
    ("Næstved Kommune har fået 600.000 kroner fra landsbypuljen, mens Faxe, Vordingborg har fået "
     "400.000 kroner.", "Vordingborg Kommune"),
    # a long name before the list's joint
    ("Næstved Kommune har fået 600.000 kroner. Nabokommunerne Guldborgsund og Vordingborg har fået "
     "henholdsvis 1,1 mio. og 400.000 kroner.", "Vordingborg Kommune"),
])
def test_bare_name_as_place_or_list_item_is_no_party(text: str, name: str) -> None:
    assert name not in names(text)


def test_list_of_bare_names_stays_places() -> None:
    text = ("Næstved Kommune har fået 600.000 kroner fra landsbypuljen. Nabokommunerne Faxe, Stevns og "
            "Vordingborg har fået henholdsvis 1,1 mio., 0,8 mio. og 400.000 kroner.")
    assert "Vordingborg Kommune" not in names(text)
    assert "Vordingborg" in areas(text)


# a locative before a pair of names governs both: "i Nordby og Sydby Kommune" names two places


@pytest.mark.parametrize("text", [
    "Mange frivillige hjælper på tværs af landet. I Randers og Norddjurs Kommune, som vi besøgte i maj, "
    "har man ansat en koordinator.",
    "Der er ventelister til dagtilbud i Lemvig og Struer Kommune.",
])
def test_pair_after_locative_is_no_party(text: str) -> None:
    assert not {"Norddjurs Kommune", "Struer Kommune"} & set(names(text))


def test_pair_after_locative_gives_the_named_municipality_as_place() -> None:
    text = "Der er ventelister til dagtilbud i Lemvig og Struer Kommune."
    assert "Struer Kommune" in areas(text)


def test_pair_as_subject_still_acts() -> None:
    text = "Lemvig og Struer Kommune har indgået en aftale om fælles beredskab."
    assert "Struer Kommune" in names(text)


def test_clauses_joined_by_comma_or_og_still_share_the_predicate() -> None:
    text = ("Vejle Kommune har fået 2 mio. kroner, Horsens har fået 1 mio. kroner og Skanderborg har fået "
            "700.000 kroner.")
    assert {"Horsens Kommune", "Skanderborg Kommune"} <= set(names(text))
