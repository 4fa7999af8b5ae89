"""A municipality or its council named only as the owner of its own rule book is no party."""
from socdoc.extractors.entities import Candidate
from socdoc.extractors.parties import _rulebook_owner, find_party_candidates


def _parties(text: str) -> list[str]:
    return [c.name for c in find_party_candidates(text) if c.type != "label"]


def test_council_in_rulebook_title_is_no_party() -> None:
    text = ('Skriftlige spørgsmål til Kommunalbestyrelsen, jf. bestemmelse i § 3 i "Forretningsorden for '
            'Skovby Kommunalbestyrelse". Borgmesteren besvarede spørgsmålene.')
    assert "Skovby Kommunalbestyrelse" not in _parties(text)
    assert "Kommunalbestyrelsen" in _parties(text)


def test_municipality_in_statute_reference_is_no_party() -> None:
    text = "Udvalget skal tage stilling til indkaldelse af stedfortræder, jf. styrelsesvedtægten for Lindby Kommune § 12."
    assert "Lindby Kommune" not in _parties(text)


def test_other_rulebook_owner_stays() -> None:
    text = "Bestyrelsen vedtog nye vedtægter for Havnefronten Bådelaug på generalforsamlingen."
    assert all(not name.endswith("Kommune") for name in _parties(text))


def test_title_changing_the_statute_is_no_citation() -> None:
    text = "7. Ændring af styrelsesvedtægten for Lindby Kommune\n\nByrådet skal tage stilling til udvalgenes størrelse."
    start = text.index("Lindby")
    cand = Candidate(start, start + len("Lindby Kommune"), "Lindby Kommune", "municipality", 3)
    assert not _rulebook_owner(text, cand)
