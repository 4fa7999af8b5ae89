"""Bodies named bare: the standing bodies written in the indefinite ("forelægges Økonomiudvalg og Byråd") are
the text's own council and committee, named in the definite; a bare head led by a name's adjective ("Grønt
Råd Nordby") is a body's name; names listed one per line stay apart."""

from __future__ import annotations

import socdoc


def names(text: str) -> list[str]:
    return [p.name for p in socdoc.extract(text).parties]


def test_standing_bodies_written_bare_are_named_in_the_definite() -> None:
    assert names("Budgetforslaget forelægges Økonomiudvalg og Byråd i september.") == ["Økonomiudvalget", "Byrådet"]


def test_other_bodies_written_bare_keep_their_form() -> None:
    assert "Folkeoplysningsudvalg" in names("Sagen sendes til høring i Folkeoplysningsudvalg inden mødet.")


def test_adjective_led_council_with_its_place() -> None:
    assert names("Grønt Råd Skive har holdt sit første møde på rådhuset.") == ["Grønt Råd Skive"]


def test_adjective_led_council_without_a_place() -> None:
    assert "Lokalt Råd" in names("Forslaget blev drøftet i Lokalt Råd i marts.")


def test_adjective_inside_an_owners_longer_name_leads_nothing() -> None:
    found = names("Referat fra KL's Social- og Sundhedspolitiske Forum 2018 blev udsendt.")
    assert "KL" in found
    assert not any(n.startswith("Social- og Sundhedspolitiske") for n in found)


def test_names_listed_one_per_line_stay_apart() -> None:
    text = "Andre udvalg:\n\n\nSydby Ungeråd\nIdrætsrådet\nGrønt Råd Skive\n"
    assert names(text) == ["Sydby Ungeråd", "Idrætsrådet", "Grønt Råd Skive"]


def test_abstract_nouns_ending_like_a_unit_are_no_bodies() -> None:
    assert names("Åbenheden var stor, og Sikkerheden blev drøftet på mødet.") == []
    assert names("Integrationsenheden har sendt et notat til udvalget.") == ["Integrationsenheden"]


def test_surname_before_a_committee_written_small_is_no_item_of_it() -> None:
    found = names("Det er godt nyt, siger Ayse Demir, social- og sundhedsudvalget, Nordby Kommune.")
    assert not any(n.startswith("Demir") for n in found)
    assert "social- og sundhedsudvalget" in [n.casefold() for n in found]


def test_agenda_session_marker_after_a_name_is_no_part_of_it() -> None:
    text = "ØU Valg af to medlemmer til bestyrelsen for Produktionsskolen Vestkysten Lukket - ØU - Ansøgning om lån"
    found = names(text)
    assert not any(n.endswith("Lukket") for n in found)
