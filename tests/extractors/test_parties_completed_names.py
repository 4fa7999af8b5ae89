"""Parties: a body the text names by one word ("Lokalrådet") and elsewhere completes with its
place or acronym ("Lokalråd Vestby", "Brugerråd NV", "DGF Brugerforum") is one party under the
complete name; the acronym inside that name is no party of its own."""

from __future__ import annotations

from model_ents import doc_with_ents

from socdoc.extractors.parties import find_parties
from socdoc.normalize import normalize


def names(text: str, ents: dict[str, str] | None = None) -> list[str]:
    norm = normalize(text)
    parties, _ = find_parties(norm, text, doc_with_ents(norm, ents or {}))
    return [p.name for p in parties]


def test_bare_body_word_takes_the_village_that_completes_it() -> None:
    text = ("Dagsorden\n3. Lokalforum Jystrups årsmøde\n\n"
            "Formanden oplyste, at Lokalforum har søgt kommunen om tilskud til en ny legeplads.")
    found = names(text, {"Lokalforum": "ORG"})
    assert "Lokalforum Jystrup" in found
    assert "Lokalforum" not in found


def test_acronym_after_the_body_word_belongs_to_its_name() -> None:
    text = ("Brugerråd NV har sendt sine forslag til borgmesteren. Brugerrådet mødes hver måned, "
            "og medlemmerne af Brugerråd NVs udvalg for trivsel har skrevet et brev.")
    found = names(text, {"Brugerrådet": "ORG", "NVs": "ORG"})
    assert "Brugerråd NV" in found
    assert "Brugerrådet" not in found and "NV" not in found


def test_acronym_before_the_body_word_belongs_to_its_name() -> None:
    text = ("Referat af 4. møde i DGF Brugerforum den 3. maj.\n\n"
            "Brugerforum godkendte dagsordenen, og Brugerforum drøftede den nye standard.")
    found = names(text, {"Brugerforum": "ORG"})
    assert "DGF Brugerforum" in found
    assert "Brugerforum" not in found


def test_legend_code_after_a_committee_is_no_part_of_its_name() -> None:
    text = "ØU = Økonomiudvalget BU = Børneudvalget\n\nØkonomiudvalget godkendte budgettet."
    found = names(text)
    assert not [n for n in found if n.endswith(" BU")]


def test_two_ways_of_completing_the_word_leave_it_alone() -> None:
    text = ("Lokalråd Hvalsø og Lokalråd Gørlev holdt fælles møde. "
            "Lokalrådet i Hvalsø fremlagde sin plan.")
    found = names(text)
    assert "Lokalrådet" in found  # not renamed to either
