"""Areas: shapes that look like a place's name and are not one (a word cut by the end of the text)."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.areas import find_areas
from socdoc.normalize import normalize


def areas(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    return [a.name for a in find_areas(norm, text, doc_with_ents(norm, ents or {}))]


def test_word_cut_by_the_end_of_the_text_is_no_place() -> None:
    text = "Beslutning i Økonomiudvalget den 3. oktober\nAnbefales.\nBeslutning i Kommunalbesty"
    assert areas(text, {"Kommunalbesty": "LOC"}) == []


def test_place_ending_the_text_stays() -> None:
    assert "Nørre Aaby" in areas("Borgermødet blev holdt i Nørre Aaby", {"Nørre Aaby": "LOC"})


def test_place_before_a_body_compound_is_part_of_its_name() -> None:
    text = ("94. Arealoverførsel, Rosenvænget\n95. Renovering af Skovly Skole\n"
            "101. Bakkegård Rideklub - principbeslutning om ridehallen\n")
    assert "Bakkegård" not in areas(text)


def test_place_after_an_association_of_summer_residents_is_part_of_its_name() -> None:
    text = "Jens Holm - Landliggersammenslutningen Gribskov Vest\nTina Lund - Grundejerforeningen Strandbo"
    assert "Gribskov Vest" not in areas(text)


def test_place_before_a_lower_case_word_stays() -> None:
    assert "Nordby" in areas("Der bygges en ny rideklub i Nordby.", {"Nordby": "LOC"})


def test_place_written_with_and_without_its_hyphen_is_one_area() -> None:
    text = ("De nye boligområder er Ellehaven i Høje Taastrup og Solvænget i Viborg.\n"
            "Listen:\n- Tåstrupgård, Høje-Taastrup\n- Gadehavegård, Høje-Taastrup\n")
    found = areas(text)
    assert "Høje-Taastrup" in found and "Høje Taastrup" not in found


def test_name_after_a_business_area_noun_is_a_place() -> None:
    assert "Tranemosen" in areas("12. Status på myndighedsbehandlingen i Erhvervsområde Tranemosen\n")


def test_housing_company_listed_after_a_plural_head_is_no_area() -> None:
    from socdoc.extractors.parties import find_party_candidates

    text = "Boligselskaberne Strandbo og Lindegården har fælles helhedsplaner i de tre boligområder."
    norm = normalize(text)
    found = [a.name for a in find_areas(norm, text, parties=find_party_candidates(norm))]
    assert "Lindegården" not in found


def test_adjective_before_by_is_a_programme_not_a_village() -> None:
    found = areas("Forvaltningen sender den nye Tryg By strategi i høring. Turen gik gennem Nordrup By.")
    assert "Tryg" not in found
    assert "Nordrup" in found


def test_definite_avenue_is_a_street() -> None:
    assert areas("Udvalget godkendte daghaver ved Lindealleen i Holbæk.") == ["Holbæk"]


def test_place_name_that_is_a_noun_before_af_is_no_place() -> None:
    text = "337. Tilskud til Fanø Trold Løsning af debitoropgaven 338. Valg af revisor\n"
    assert "Løsning" not in areas(text, {"Løsning": "LOC"})
    assert "Løsning" in areas("Familien flyttede til Løsning ved Hedensted.\n")
