"""Areas: a lake, wood or bog named after a listed town or village ("Nordby Sø") is a place of its
own, like one named after an unlisted word; a town's harbour or manor keeps the old reading."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.areas import find_areas
from socdoc.normalize import normalize


def areas(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    return [a.name for a in find_areas(norm, text, doc_with_ents(norm, ents or {}))]


def test_lake_named_after_a_listed_town_is_the_lake() -> None:
    text = "Et medlem spurgte, hvornår stien rundt om Ishøj Sø bliver færdig.\n"
    assert areas(text) == ["Ishøj Sø"]


def test_wood_named_after_a_listed_town_in_an_agenda_title() -> None:
    text = "4. Budget 2025\n5. Forslag om fredning af arealet syd for Silkeborg Skov\n6. Eventuelt\n"
    assert "Silkeborg Skov" in areas(text)


def test_person_named_like_a_feature_is_no_place() -> None:
    assert areas("Mødet blev ledet af Lars Skov, og referent var Anne Sø.\n") == []


def test_town_alone_stays_the_town() -> None:
    assert areas("Der bygges nye rækkehuse i Ishøj.\n") == ["Ishøj"]
