"""Areas: an estate named by a definite common noun right after a noun for a housing area
("boligområdet Grævlingen"), and an estate named after a title's verbal noun ("Udstykning
Nordgården")."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.areas import find_areas
from socdoc.normalize import normalize


def areas(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    return [a.name for a in find_areas(norm, text, doc_with_ents(norm, ents or {}))]


def test_definite_common_noun_after_a_housing_area_noun_is_the_estate() -> None:
    text = "7. Forslag til lokalplan for boligområdet Ræven i Nordby\n8. Eventuelt\n"
    assert "Ræven" in areas(text)


def test_definite_verbal_noun_after_a_housing_area_noun_is_no_name() -> None:
    assert areas("Beboerne i bebyggelsen Renoveringen af tagene er utilfredse.\n") == []


def test_dictionary_form_after_a_district_noun_stays_out() -> None:
    assert areas("Der er klaget over støj i bydelen Centrum.\n") == []


def test_estate_after_a_title_verbal_noun_is_the_estate() -> None:
    text = "4. Anlægsregnskab vedr. Udstykning Nordgården, etape 1\n5. Eventuelt\n"
    assert areas(text) == ["Nordgården"]


def test_estate_after_a_plain_common_noun_of_a_title_stays_out() -> None:
    assert areas("3. Rammeaftale Kildegården\n4. Eventuelt\n") == []
